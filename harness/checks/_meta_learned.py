"""A learned second opinion for `meta_rambling`: logistic regression over hashed n-grams.

The rules describe the failure's structure in words each language has; a new author finds
wordings they lack. The model weighs every character 2-5-gram, word 1-3-gram and the first
and last words of an answer, learned from the development corpus (never a frozen part:
`_meta_learned_train` refuses one). Features are hashed into 2**BITS slots with CRC-32, so
the same text gives the same score on every machine and Python version.

Its verdict is evidence like any rule's, weighed by how sure it is (`TIERS`): sure, it fails an
answer alone; less sure, it only adds to what the rules found (`meta_rambling.find_evidence`).
A suite can `ignore` it.
"""

from __future__ import annotations

import json
import re
import zlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from harness.checks._text import PARAGRAPH_BREAK

BITS = 18
HEAD_WORDS = 30  # the opening and closing words, where preambles and tails sit
FEATURE_VERSION = 1
MODEL_PATH = Path(__file__).parent / "data" / "meta_rambling_model.npz"
RULE = "learned model"
# Probability -> weight, set on author-held-out folds of the development files: sure, the
# model alone fails an answer; likely, it turns the rules' small signs into a score; leaning,
# it adds to a sign of the rules.
STRONG = 0.90
LIKELY = 0.70
LEANS = 0.40
TIERS = ((STRONG, 1.5), (LIKELY, 1.0), (LEANS, 0.5))
# Under this many words an answer gives the model too little to go on ("The answer should
# be 12, since 3 × 4 = 12." reads like a preamble): it weighs 1.0 when likely, else nothing.
SHORT_WORDS = 20
SHORT_TIERS = ((LIKELY, 1.0),)
# A paragraph of at least PARAGRAPH_WORDS words that the model, reading it alone, is this sure
# of fails the answer, when the answer has two such paragraphs or more.
PARAGRAPH_WORDS = 6
PARAGRAPH_SURE = 0.95
# The first paragraph is where a preamble sits, before the answer: there a lower bar holds
# (set on the same folds: +1.0 recall point at 0.1 points of precision). At least
# PREAMBLE_CHARS characters, so a bare "Hi!" or "Ok." is not read alone; a lead-in of at
# most LEAD_IN_WORDS words ending in a colon introduces the answer and is not read either.
PREAMBLE_SURE = 0.85
PREAMBLE_CHARS = 12
LEAD_IN_WORDS = 5
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


@dataclass(frozen=True)
class LearnedModel:
    """Weights per hashed slot, a bias, and what the model was trained on."""

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
        return float(1.0 / (1.0 + np.exp(-self.logit(text))))

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


def learned_sign(text: str, model: LearnedModel | None = None) -> tuple[float, int, int] | None:
    """The model's evidence (weight, start, end) when it finds `text` meta-like, else None.

    The span is the sentence or line the model rates most meta-like on its own, so the
    message shows the words that carried the verdict.
    """
    model = model or load_model()
    probability = model.probability(text)
    tiers = SHORT_TIERS if len(text.split()) < SHORT_WORDS else TIERS
    weight = next((weight for floor, weight in tiers if probability >= floor), 0.0)
    lo, hi = 0, len(text)
    spans = _paragraphs(text)
    paragraph = _preamble(text, spans, model) or _surest_paragraph(text, spans, model)
    if paragraph is not None:
        weight, lo, hi = 1.5, *paragraph
    if not weight:
        return None
    chunks = [m for m in _CHUNK.finditer(text, lo, hi) if m.group().strip()]
    if not chunks:
        return weight, lo, hi
    top = max(chunks, key=lambda m: model.logit(m.group()))
    return weight, top.start(), top.end()


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each paragraph that is not blank."""
    spans, start = [], 0
    for brk in [*PARAGRAPH_BREAK.finditer(text), None]:
        end = brk.start() if brk else len(text)
        if text[start:end].strip():
            spans.append((start, end))
        start = brk.end() if brk else start
    return spans


def _preamble(
    text: str, spans: list[tuple[int, int]], model: LearnedModel
) -> tuple[int, int] | None:
    """The first paragraph (start, end), when the model reads it alone as meta before the answer."""
    if len(spans) < 2:
        return None
    lo, hi = spans[0]
    first = text[lo:hi].strip()
    if len(first) < PREAMBLE_CHARS and len(first.split()) < 3:
        return None
    if first.endswith((":", "：")) and len(first.split()) <= LEAD_IN_WORDS:
        return None  # "Poem, as requested:", "Entwurf:": a lead-in that heads the answer
    return (lo, hi) if model.probability(text[lo:hi]) >= PREAMBLE_SURE else None


def _surest_paragraph(
    text: str, spans: list[tuple[int, int]], model: LearnedModel
) -> tuple[int, int] | None:
    """A paragraph the model is sure of on its own, in an answer of several (start, end).

    A whole meta paragraph inside a long answer is diluted among the answer's n-grams;
    read alone, it is not.
    """
    long_enough = [(lo, hi) for lo, hi in spans if len(text[lo:hi].split()) >= PARAGRAPH_WORDS]
    if len(long_enough) < 2:
        return None
    sure = [(model.probability(text[lo:hi]), lo, hi) for lo, hi in long_enough]
    probability, lo, hi = max(sure)
    return (lo, hi) if probability >= PARAGRAPH_SURE else None
