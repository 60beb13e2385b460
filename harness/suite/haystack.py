"""Long-context cases: a haystack of filler text generated from a seed, with needles in it.

A suite file states only the seed, the length and the needles; the text is generated when
the case is sent, the same for the same seed on every machine. Lengths are in estimated
tokens (four characters each, about right for English with the usual tokenizers); the
runner shrinks a haystack that would not fit the model's context window, and the record
says which length was used (`haystack`), beside the engine's own `prompt_tokens`.
"""

from __future__ import annotations

import random
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

CHARS_PER_TOKEN = 4
# Kept free of digits and of the needles' subjects, so that only a needle answers a question.
_SUBJECTS = (
    "The old lighthouse keeper", "A small fishing village", "The morning train",
    "The city library", "A quiet mountain road", "The annual harvest fair", "The river ferry",
    "A family of otters", "The school choir", "The hillside vineyard", "An autumn storm",
    "The weekly market", "A retired sailor", "The botanical garden", "The village baker",
)  # fmt: skip
_VERBS = (
    "was described in a letter about", "slowly changed the character of",
    "became a favourite topic during", "was painted many times throughout",
    "quietly shaped the routine of", "was remembered fondly after", "drew visitors toward",
    "was mentioned in stories about", "set the pace for", "brought a sense of calm to",
)  # fmt: skip
_OBJECTS = (
    "the long summer evenings", "the people who lived along the coast", "the winter festival",
    "the narrow streets near the harbour", "the gardens behind the church", "the spring rains",
    "the travellers crossing the valley", "the children walking to school",
    "the fields after the first frost", "the bells of the old tower",
)  # fmt: skip
_CODAS = (
    "", " Nobody could quite explain why.", " Everyone agreed it was worth noting.",
    " The details were written down carefully.", " It happened without much fuss.",
)  # fmt: skip
INTRO = "Read the document below, then answer the question after it."


class Needle(BaseModel):
    """A sentence hidden in the haystack at a relative depth (0 = start, 1 = end)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str = Field(min_length=1)
    depth: float = Field(0.5, ge=0.0, le=1.0)


class Haystack(BaseModel):
    """Filler text of about `tokens` tokens from `seed`, with the needles placed in it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    seed: int = 0
    tokens: int = Field(ge=64, le=131072)
    needles: list[Needle] = Field(min_length=1)
    # Set by the runner when the model's context window forced a shorter haystack.
    requested_tokens: int | None = None

    def fit(self, limit_tokens: int | None) -> Haystack:
        """This haystack, shortened to at most `limit_tokens` (never below 64)."""
        if limit_tokens is None or self.tokens <= limit_tokens:
            return self
        return self.model_copy(
            update={"tokens": max(64, limit_tokens), "requested_tokens": self.tokens}
        )

    def text(self) -> str:
        """The haystack: filler sentences from the seed, each needle at its depth."""
        rng = random.Random(self.seed)
        budget = self.tokens * CHARS_PER_TOKEN - sum(len(n.text) + 1 for n in self.needles)
        sentences: list[str] = []
        used = 0
        while used < budget:
            sentence = (
                f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}."
                f"{rng.choice(_CODAS)}"
            )
            sentences.append(sentence)
            used += len(sentence) + 1
        for needle in sorted(self.needles, key=lambda n: n.depth, reverse=True):
            sentences.insert(round(needle.depth * len(sentences)), needle.text)
        return " ".join(sentences)

    def prompt(self, question: str) -> str:
        """The user message: the document, then the question."""
        return f"{INTRO}\n\n<document>\n{self.text()}\n</document>\n\nQuestion: {question}"

    def record(self) -> dict[str, Any]:
        """What a case record keeps: the length used and, when capped, the one asked for."""
        return {
            "seed": self.seed,
            "tokens": self.tokens,
            "requested_tokens": self.requested_tokens or self.tokens,
            "capped": self.requested_tokens is not None,
            "needles": len(self.needles),
            "depths": [n.depth for n in self.needles],
        }


def context_limit(n_ctx: Any, max_tokens: int, question: str) -> int | None:
    """The most haystack tokens that leave room for the question and the answer."""
    if not isinstance(n_ctx, int) or n_ctx <= 0:
        return None
    overhead = (len(INTRO) + len(question)) // CHARS_PER_TOKEN + 64  # template and tags
    # Estimated tokens can be short of real ones: keep a 25% margin for the tokenizer.
    return int((n_ctx - max_tokens - overhead) * 0.75)


def fit_case(case: Any, sampling_max_tokens: int, n_ctx: Any) -> Any:
    """The case with its haystack shortened to the model's context window, where it has one."""
    haystack = getattr(case, "haystack", None)
    if haystack is None:
        return case
    fitted = haystack.fit(context_limit(n_ctx, sampling_max_tokens, case.prompt or ""))
    return case if fitted is haystack else case.model_copy(update={"haystack": fitted})
