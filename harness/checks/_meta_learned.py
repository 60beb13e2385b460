"""A learned second opinion for `meta_rambling`: logistic regression over hashed n-grams.

The rules describe the failure's structure in words each language has; a new author finds
wordings they lack. The model weighs every character 2-5-gram, word 1-3-gram and the first
and last words of an answer, learned from the development corpus (never a frozen part:
`_meta_learned_train` refuses one). Features are hashed into 2**BITS slots with CRC-32, so
the same text gives the same score on every machine and Python version.

The model reads an answer whole and reads some of its paragraphs alone (`readings`). A
blend, a small logistic regression fitted by the trainer on readings the model made of
development authors it was not trained on, weighs those readings together with the sum of
the rules' evidence into one probability. When that is at least the blend's `sure` bar (set
by the trainer at the highest recall with precision 0.96 on those folds), the model's sign
is evidence like any rule's, +1.5, which fails an answer alone (+1.0 under SHORT_WORDS
words: then only beside a sign of the rules); otherwise it adds nothing.
The rules' own verdict stands either way (`meta_rambling.find_evidence`). A suite can
`ignore` it.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from harness.checks._meta_signs import sign_sums
from harness.checks._text import PARAGRAPH_BREAK

BITS = 18
HEAD_WORDS = 30  # the opening and closing words, where preambles and tails sit
FEATURE_VERSION = 2
MODEL_PATH = Path(__file__).parent / "data" / "meta_rambling_model.npz"
RULE = "learned model"
WEIGHT = 1.5  # a sure verdict fails an answer alone
# The model reads an answer whole and, when it has two paragraphs or more, reads some of
# them alone: a meta paragraph is diluted among a long answer's n-grams, read alone it is
# not. The surest paragraph of at least PARAGRAPH_WORDS words; the first, where a preamble
# sits, and the last, where a closing aside sits, when at least PARAGRAPH_CHARS characters
# or three words long ("Ok." is too short to judge).
PARAGRAPH_WORDS = 6
PARAGRAPH_CHARS = 12
# A first paragraph of at most LEAD_IN_WORDS words ending in a colon ("Poem, as requested:",
# "Entwurf:") heads the answer; it is not read as a preamble.
LEAD_IN_WORDS = 5
ABSENT = -5.0  # the log-odds given to a reading an answer lacks (a single paragraph)
LOGIT_CAP = 9.2  # log-odds beyond ±9.2 (probability 1e-4) say nothing more
# Under this many words an answer gives the model little to go on ("The answer should be
# 12, since 3 × 4 = 12." reads like a preamble): there its sign weighs SHORT_WEIGHT, which
# fails an answer only beside a sign of the rules.
SHORT_WORDS = 20
SHORT_WEIGHT = 1.0
# What the blend weighs, in order: the model's readings, the answer's length, and the sum
# of the rules' evidence (signs of 1 or more; smaller signs, once per rule).
INPUTS = (
    "whole answer",
    "surest paragraph",
    "first paragraph",
    "last paragraph",
    "log words",
    "rules' signs",
    "rules' small signs",
    "rules' signs reach 1.5",
    "under 20 words",
)
_TOKEN = re.compile(r"\w+|[^\w\s]")
_CHUNK = re.compile(r"[^\n.!?。！？]+[.!?。！？]*")


def grams(text: str) -> set[str]:
    """The n-grams the model reads: characters within words, words, and the text's ends."""
    tokens = _TOKEN.findall(text.lower())
    found: set[str] = set()
    for token in tokens:
        if token[0].isalnum() or token[0] == "_":
            padded = f" {token} "
            for n in (2, 3, 4, 5):
                found.update("c" + padded[i : i + n] for i in range(len(padded) - n + 1))
    for n in (1, 2, 3):
        found.update("w" + " ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    for tag, part in (("h", tokens[:HEAD_WORDS]), ("t", tokens[-HEAD_WORDS:])):
        for n in (1, 2):
            found.update(tag + " ".join(part[i : i + n]) for i in range(len(part) - n + 1))
    return found


def feature_ids(text: str, bits: int = BITS) -> list[int]:
    """The hashed slots of `text`'s n-grams, sorted and unique."""
    mask = (1 << bits) - 1
    return sorted({zlib.crc32(gram.encode("utf-8")) & mask for gram in grams(text)})


def sigmoid(z: Any) -> Any:
    """The logistic function, for a log-odds or an array of them."""
    return 1.0 / (1.0 + np.exp(-z))


@dataclass(frozen=True)
class Blend:
    """Logistic weights over `INPUTS`, and the probability at which the verdict is sure."""

    weights: tuple[float, ...]
    bias: float
    sure: float

    def probability(self, inputs: list[float]) -> float:
        """The blended probability that an answer with these inputs is meta-rambling."""
        return float(sigmoid(float(np.dot(self.weights, inputs)) + self.bias))

    @classmethod
    def whole_answer(cls, sure: float) -> Blend:
        """A blend that passes the whole-answer reading through unchanged (for tests, probes)."""
        return cls((1.0,) + (0.0,) * (len(INPUTS) - 1), 0.0, sure)


@dataclass(frozen=True)
class LearnedModel:
    """Weights per hashed slot, a bias, the blend, and what the model was trained on."""

    weights: np.ndarray
    bias: float
    meta: dict[str, Any] = field(default_factory=dict)

    def logit(self, text: str) -> float:
        """The log-odds that `text` is meta-rambling (features L2-normalised, binary)."""
        ids = feature_ids(text, int(self.meta.get("bits", BITS)))
        if not ids:
            return self.bias
        return float(self.weights[ids].astype(np.float64).sum() / np.sqrt(len(ids)) + self.bias)

    def probability(self, text: str) -> float:
        """The probability that `text` is meta-rambling."""
        return float(sigmoid(self.logit(text)))

    @property
    def blend(self) -> Blend:
        """How the readings and the rules' evidence make one verdict (set by the trainer)."""
        blend = self.meta.get("blend")
        if blend is None:
            raise ValueError("this model has no blend; rebuild it with `nox -s train_meta`")
        return Blend(tuple(blend["weights"]), float(blend["bias"]), float(blend["sure"]))

    def save(self, path: Path) -> None:
        """Write the weights (float16: half the size, scores differ by under 0.01)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as handle:
            np.savez_compressed(
                handle,
                weights=self.weights.astype(np.float16),
                bias=np.array(self.bias),
                meta=np.array(json.dumps(self.meta, sort_keys=True)),
            )


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_PATH) -> LearnedModel:
    """The trained model shipped with the harness; a clear error when its file is missing."""
    if not path.is_file():
        raise FileNotFoundError(
            f"meta_rambling's learned model {path} is missing; rebuild it with `nox -s train_meta`"
        )
    with np.load(path, allow_pickle=False) as data:
        meta = json.loads(str(data["meta"]))
        if meta.get("feature_version") != FEATURE_VERSION:
            raise ValueError(
                f"{path}: features version {meta.get('feature_version')}, this code reads"
                f" {FEATURE_VERSION}; rebuild it with `nox -s train_meta`"
            )
        return LearnedModel(data["weights"], float(data["bias"]), meta)


def rule_inputs(rule_weights: Iterable[tuple[str, float]]) -> list[float]:
    """The rules' evidence, from (rule, weight) pairs, as the blend reads it (`INPUTS` 5-7).

    Signs of 1 or more are summed; smaller signs count once per rule, as `total` counts them.
    """
    strong, weak = sign_sums(rule_weights)
    return [min(strong, 3.0), min(weak, 2.0), float(strong >= 1.5)]


def readings(text: str, model: LearnedModel) -> tuple[list[float], tuple[int, int]]:
    """The model's readings of `text` (`INPUTS` 0-3) and the span it rates most meta-like.

    Readings are log-odds (ABSENT where the answer lacks the paragraph); the span is the
    paragraph the model is surest of, or the whole text.
    """
    whole = _capped(model.logit(text))
    spans = _paragraphs(text)
    long_enough = [(lo, hi) for lo, hi in spans if len(text[lo:hi].split()) >= PARAGRAPH_WORDS]
    read = {span: _capped(model.logit(text[span[0] : span[1]])) for span in long_enough}
    surest = ABSENT
    if len(long_enough) >= 2:
        surest = max(read[span] for span in long_enough)
    ends = [ABSENT, ABSENT]
    if len(spans) >= 2:
        for i, span in enumerate((spans[0], spans[-1])):
            part = text[span[0] : span[1]].strip()
            lead_in = i == 0 and part.endswith((":", "：")) and len(part.split()) <= LEAD_IN_WORDS
            if (len(part) >= PARAGRAPH_CHARS or len(part.split()) >= 3) and not lead_in:
                if span not in read:
                    read[span] = _capped(model.logit(text[span[0] : span[1]]))
                ends[i] = read[span]
    span = max(read, key=lambda s: read[s]) if len(spans) >= 2 and read else (0, len(text))
    return [whole, surest, ends[0], ends[1]], span


def blend_inputs(
    text: str, rule_weights: Iterable[tuple[str, float]], model: LearnedModel
) -> tuple[list[float], tuple[int, int]]:
    """What the blend weighs for `text` (`INPUTS`), and the span the model rates most meta-like."""
    found, span = readings(text, model)
    words = len(text.split())
    length = [float(np.log1p(words))]
    return found + length + rule_inputs(rule_weights) + [float(words < SHORT_WORDS)], span


def sign_weight(text: str) -> float:
    """What the model's sign weighs in `text`: less under SHORT_WORDS words."""
    return SHORT_WEIGHT if len(text.split()) < SHORT_WORDS else WEIGHT


def learned_sign(
    text: str, rule_weights: Iterable[tuple[str, float]] = (), model: LearnedModel | None = None
) -> tuple[float, int, int] | None:
    """The model's evidence (weight, start, end) when it is sure `text` is meta-rambling.

    It blends its readings of the answer with the rules' evidence (`rule_weights`, pairs of
    rule and weight), so a lean of the model and a small sign of the rules can make a
    verdict together. The span is the sentence or line it rates most meta-like on its own,
    inside the paragraph it is surest of, so the message shows the words that carried it.
    """
    model = model or load_model()
    inputs, (lo, hi) = blend_inputs(text, rule_weights, model)
    blend = model.blend
    if blend.probability(inputs) < blend.sure:
        return None
    weight = sign_weight(text)
    chunks = [m for m in _CHUNK.finditer(text, lo, hi) if m.group().strip()]
    if not chunks:
        return weight, lo, hi
    top = max(chunks, key=lambda m: model.logit(m.group()))
    return weight, top.start(), top.end()


def _capped(logit: float) -> float:
    return max(-LOGIT_CAP, min(LOGIT_CAP, logit))


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each paragraph that is not blank."""
    spans, start = [], 0
    for brk in [*PARAGRAPH_BREAK.finditer(text), None]:
        end = brk.start() if brk else len(text)
        if text[start:end].strip():
            spans.append((start, end))
        start = brk.end() if brk else start
    return spans
