"""`max_words`: the answer stays under a word budget."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from harness.checks import register
from harness.checks.base import Answer, Check, CheckParams, CheckResult


class MaxWordsParams(CheckParams):
    """The largest number of whitespace-separated words allowed."""

    shorthand: ClassVar[str | None] = "limit"
    limit: int = Field(ge=1)


@register
class MaxWords(Check):
    """The answer has at most `limit` words."""

    name = "max_words"
    params_model = MaxWordsParams
    description = "answer has at most N words"

    def run(self, answer: Answer, params: CheckParams) -> CheckResult:
        """Count whitespace-separated words."""
        assert isinstance(params, MaxWordsParams)
        count = len(answer.text.split())
        passed = count <= params.limit
        return self.result(passed, f"{count} words (limit {params.limit})")
