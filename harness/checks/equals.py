"""`equals`: the whole answer is exactly one expected value."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field, field_validator

from harness.checks import register
from harness.checks.base import Answer, Check, CheckParams, CheckResult

_TRAILING = ".!。"


class EqualsParams(CheckParams):
    """Expected answer(s); by default surrounding space and a final period are ignored."""

    shorthand: ClassVar[str | None] = "value"
    value: list[str] = Field(min_length=1)
    case_sensitive: bool = False
    strip: bool = True

    @field_validator("value", mode="before")
    @classmethod
    def _one_or_many(cls, value: object) -> object:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return [str(value)]
        return [value] if isinstance(value, str) else value

    def normalise(self, text: str) -> str:
        """Apply the configured leniencies to a string."""
        if self.strip:
            text = text.strip().rstrip(_TRAILING).strip()
        return text if self.case_sensitive else text.casefold()


@register
class Equals(Check):
    """The answer equals one of the expected values."""

    name = "equals"
    params_model = EqualsParams
    description = "answer equals the value (one of the values)"

    def run(self, answer: Answer, params: CheckParams) -> CheckResult:
        """Compare the normalised answer with each expected value."""
        assert isinstance(params, EqualsParams)
        got = params.normalise(answer.text)
        for expected in params.value:
            if got == params.normalise(expected):
                return self.result(True, f"equals {expected!r}")
        shown = answer.text if len(answer.text) <= 120 else answer.text[:120] + "…"
        return self.result(False, f"expected one of {params.value!r}, got {shown!r}")
