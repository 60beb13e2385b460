"""`regex` and `not_regex`: a pattern that must (not) match somewhere in the answer."""

from __future__ import annotations

import re
from typing import ClassVar

from pydantic import field_validator

from harness.checks import register
from harness.checks.base import Answer, Check, CheckParams, CheckResult, excerpt


class RegexParams(CheckParams):
    """A Python regular expression, searched anywhere in the answer."""

    shorthand: ClassVar[str | None] = "pattern"
    pattern: str
    ignore_case: bool = False
    multiline: bool = False

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"invalid regular expression: {exc}") from None
        return value

    def compiled(self) -> re.Pattern[str]:
        """The pattern compiled with the requested flags."""
        flags = (re.IGNORECASE if self.ignore_case else 0) | (re.MULTILINE if self.multiline else 0)
        return re.compile(self.pattern, flags)


@register
class Regex(Check):
    """The pattern matches somewhere in the answer."""

    name = "regex"
    params_model = RegexParams
    description = "answer matches the regular expression"

    def run(self, answer: Answer, params: CheckParams) -> CheckResult:
        """Pass when the pattern is found."""
        assert isinstance(params, RegexParams)
        match = params.compiled().search(answer.text)
        if match:
            return self.result(True, f"matched: {excerpt(answer.text, match.start(), match.end())}")
        return self.result(False, f"no match for /{params.pattern}/")


@register
class NotRegex(Check):
    """The pattern matches nowhere in the answer."""

    name = "not_regex"
    params_model = RegexParams
    description = "answer does not match the regular expression"

    def run(self, answer: Answer, params: CheckParams) -> CheckResult:
        """Fail when the pattern is found, showing the match."""
        assert isinstance(params, RegexParams)
        match = params.compiled().search(answer.text)
        if match:
            return self.result(
                False,
                f"matched /{params.pattern}/: {excerpt(answer.text, match.start(), match.end())}",
            )
        return self.result(True, f"no match for /{params.pattern}/")
