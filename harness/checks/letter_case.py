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


class _OneCase(Check):
    """Every letter of the answer in one case (and there is at least one letter)."""

    wrong: str  # the case no letter may have: "upper" or "lower"
    clean: str  # the detail when it passes
    offender: str  # what the first letter in the wrong case is called

    def run(self, answer: Answer, params: CheckParams) -> CheckResult:
        """Find the first letter in the wrong case."""
        text = answer.text
        if not _has_cased_letter(text):
            return self.result(False, "no letters to judge")
        pos = _first_offender(text, self.wrong)
        if pos < 0 and (text.islower() if self.wrong == "upper" else text.isupper()):
            return self.result(True, self.clean)
        pos = max(pos, 0)
        return self.result(False, f"{self.offender}: {excerpt(text, pos, pos + 1)}")


@register
class AllLowercase(_OneCase):
    """Every letter of the answer is lowercase (and there is at least one letter)."""

    name = "all_lowercase"
    description = "every letter is lowercase"
    wrong, clean, offender = "upper", "all lowercase", "capital letter"


@register
class AllCapitals(_OneCase):
    """Every letter of the answer is a capital (and there is at least one letter)."""

    name = "all_capitals"
    description = "every letter is a capital"
    wrong, clean, offender = "lower", "all capitals", "lowercase letter"
