"""`keyword_count` and `forbidden_words`: which words the answer must use, how often, or avoid."""

from __future__ import annotations

import re
from typing import ClassVar

from pydantic import Field, field_validator

from harness.checks import register
from harness.checks._counts import CountBounds
from harness.checks.base import Answer, Check, CheckParams, CheckResult, excerpt


class KeywordCountParams(CountBounds):
    """A keyword (matched case-insensitively, as text) and bounds on how often it appears."""

    keyword: str = Field(min_length=1)
    whole_word: bool = False  # IFEval counts substrings: "cat" in "concatenate"


def keyword_pattern(keyword: str, whole_word: bool) -> re.Pattern[str]:
    """The keyword as a literal, case-insensitive pattern."""
    body = re.escape(keyword)
    return re.compile(rf"\b{body}\b" if whole_word else body, re.IGNORECASE)


@register
class KeywordCount(Check):
    """The keyword appears the required number of times."""

    name = "keyword_count"
    params_model: ClassVar[type[CheckParams]] = KeywordCountParams
    description = "how many times a keyword appears (case-insensitive) within bounds"

    def run(self, answer: Answer, params: CheckParams) -> CheckResult:
        """Count the keyword's occurrences."""
        assert isinstance(params, KeywordCountParams)
        count = len(keyword_pattern(params.keyword, params.whole_word).findall(answer.text))
        detail = f"{params.keyword!r} {count} time(s) (want {params.describe()})"
        return self.result(params.admits(count), detail)


class ForbiddenParams(CheckParams):
    """Words that must not appear as whole words (case-insensitive)."""

    shorthand: ClassVar[str | None] = "words"
    words: list[str] = Field(min_length=1)

    @field_validator("words", mode="before")
    @classmethod
    def _one_or_many(cls, value: object) -> object:
        return [value] if isinstance(value, str) else value

    @field_validator("words")
    @classmethod
    def _not_empty(cls, value: list[str]) -> list[str]:
        if any(not word.strip() for word in value):
            raise ValueError("an empty word cannot be forbidden")
        return value


@register
class ForbiddenWords(Check):
    """None of the words appears as a whole word."""

    name = "forbidden_words"
    params_model: ClassVar[type[CheckParams]] = ForbiddenParams
    description = "none of the words appears as a whole word (case-insensitive)"

    def run(self, answer: Answer, params: CheckParams) -> CheckResult:
        """Fail on the first forbidden word found."""
        assert isinstance(params, ForbiddenParams)
        for word in params.words:
            match = re.search(r"\b" + re.escape(word) + r"\b", answer.text, re.IGNORECASE)
            if match:
                return self.result(
                    False, f"used {word!r}: {excerpt(answer.text, match.start(), match.end())}"
                )
        return self.result(True, f"none of {params.words!r}")
