"""`contains` and `not_contains`: substrings that must (not) appear in the answer."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field, field_validator

from harness.checks import register
from harness.checks.base import Answer, Check, CheckParams, CheckResult, excerpt


class SubstringParams(CheckParams):
    """One or more substrings; case-insensitive unless asked otherwise."""

    shorthand: ClassVar[str | None] = "text"
    text: list[str] = Field(min_length=1)
    case_sensitive: bool = False
    mode: Literal["all", "any"] = "all"

    @field_validator("text", mode="before")
    @classmethod
    def _one_or_many(cls, value: object) -> object:
        return [value] if isinstance(value, str) else value

    @field_validator("text")
    @classmethod
    def _not_empty(cls, value: list[str]) -> list[str]:
        if any(item == "" for item in value):
            raise ValueError("an empty string matches every answer")
        return value


def _find(answer: str, needle: str, case_sensitive: bool) -> int:
    if case_sensitive:
        return answer.find(needle)
    return answer.casefold().find(needle.casefold())


@register
class Contains(Check):
    """The answer contains the given text (all of them, or any with `mode: any`)."""

    name = "contains"
    params_model = SubstringParams
    description = "answer contains the text(s)"

    def run(self, answer: Answer, params: CheckParams) -> CheckResult:
        """Pass when the required substrings are present."""
        assert isinstance(params, SubstringParams)
        found = {t: _find(answer.text, t, params.case_sensitive) for t in params.text}
        missing = [t for t, pos in found.items() if pos < 0]
        present = [t for t, pos in found.items() if pos >= 0]
        passed = not missing if params.mode == "all" else bool(present)
        if passed:
            first = present[0]
            pos = found[first]
            return self.result(
                True, f"found {first!r}: {excerpt(answer.text, pos, pos + len(first))}"
            )
        return self.result(False, f"missing {missing!r} in {excerpt(answer.text, 0, 0, 80)!r}")


@register
class NotContains(Check):
    """The answer contains none of the given texts."""

    name = "not_contains"
    params_model = SubstringParams
    description = "answer contains none of the text(s)"

    def run(self, answer: Answer, params: CheckParams) -> CheckResult:
        """Fail on the first forbidden substring, showing where it is."""
        assert isinstance(params, SubstringParams)
        for needle in params.text:
            pos = _find(answer.text, needle, params.case_sensitive)
            if pos >= 0:
                return self.result(
                    False, f"found {needle!r}: {excerpt(answer.text, pos, pos + len(needle))}"
                )
        return self.result(True, f"none of {params.text!r} present")
