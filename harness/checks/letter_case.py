"""`all_lowercase` and `all_capitals`: the whole answer in one letter case (IFEval)."""

from __future__ import annotations

from harness.checks import register
from harness.checks.base import Answer, Check, CheckParams, CheckResult, excerpt


def _first_offender(text: str, wrong: str) -> int:
    """Offset of the first letter in the wrong case, or -1."""
    for index, char in enumerate(text):
        if (char.isupper() if wrong == "upper" else char.islower()) and char.isalpha():
            return index
    return -1


def _has_cased_letter(text: str) -> bool:
    return any(ch != ch.swapcase() for ch in text)


@register
class AllLowercase(Check):
    """Every letter of the answer is lowercase (and there is at least one letter)."""

    name = "all_lowercase"
    description = "every letter is lowercase"

    def run(self, answer: Answer, params: CheckParams) -> CheckResult:
        """Find the first capital letter."""
        text = answer.text
        if not _has_cased_letter(text):
            return self.result(False, "no letters to judge")
        pos = _first_offender(text, "upper")
        if pos < 0 and text.islower():
            return self.result(True, "all lowercase")
        pos = max(pos, 0)
        return self.result(False, f"capital letter: {excerpt(text, pos, pos + 1)}")


@register
class AllCapitals(Check):
    """Every letter of the answer is a capital (and there is at least one letter)."""

    name = "all_capitals"
    description = "every letter is a capital"

    def run(self, answer: Answer, params: CheckParams) -> CheckResult:
        """Find the first lowercase letter."""
        text = answer.text
        if not _has_cased_letter(text):
            return self.result(False, "no letters to judge")
        pos = _first_offender(text, "lower")
        if pos < 0 and text.isupper():
            return self.result(True, "all capitals")
        pos = max(pos, 0)
        return self.result(False, f"lowercase letter: {excerpt(text, pos, pos + 1)}")
