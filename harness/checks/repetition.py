"""`repetition`: degenerate loops, the same phrase or line over and over."""

from __future__ import annotations

import re
from typing import ClassVar

from pydantic import Field

from harness.checks import register
from harness.checks.base import Answer, Check, CheckParams, CheckResult

WORD = re.compile(r"\w+(?:['’]\w+)*")


class RepetitionParams(CheckParams):
    """How many back-to-back copies of a phrase (of up to `max_ngram` words) make a loop."""

    shorthand: ClassVar[str | None] = "min_repeats"
    min_repeats: int = Field(3, ge=2)
    max_ngram: int = Field(12, ge=1, le=50)
    # A single word repeated needs more copies: "very, very, very" is emphasis, not a loop.
    min_repeats_single_word: int = Field(5, ge=2)


def find_loop(words: list[str], params: RepetitionParams) -> tuple[int, int, int] | None:
    """(start, ngram size, copies) of the longest-covering back-to-back repeat, or None."""
    best: tuple[int, int, int] | None = None
    for size in range(1, params.max_ngram + 1):
        needed = params.min_repeats_single_word if size == 1 else params.min_repeats
        start = 0
        while start + size * needed <= len(words):
            gram = words[start : start + size]
            copies = 1
            while words[start + copies * size : start + (copies + 1) * size] == gram:
                copies += 1
            if copies >= needed and (best is None or copies * size > best[1] * best[2]):
                best = (start, size, copies)
            start += max(1, (copies - 1) * size) if copies > 1 else 1
    return best


@register
class Repetition(Check):
    """Passes when no phrase repeats back to back `min_repeats` times or more."""

    name = "repetition"
    params_model = RepetitionParams
    description = "no degenerate loops (a phrase or line repeated back to back)"

    def run(self, answer: Answer, params: CheckParams) -> CheckResult:
        """Fail showing the looping phrase and how often it repeats."""
        assert isinstance(params, RepetitionParams)
        words = [w.casefold() for w in WORD.findall(answer.text)]
        loop = find_loop(words, params)
        if loop is None:
            return self.result(True, "no repeated phrase")
        start, size, copies = loop
        phrase = " ".join(words[start : start + size])
        return self.result(False, f"{phrase!r} repeated {copies} times in a row")
