"""`no_commas`: an instruction to write without any comma (IFEval's punctuation family)."""

from __future__ import annotations

from harness.checks import register
from harness.checks.base import Answer, Check, CheckParams, CheckResult, excerpt

# The ASCII comma and the full-width and ideographic ones a model may emit instead.
COMMAS = (",", "，", "、")


@register
class NoCommas(Check):
    """The answer contains no comma."""

    name = "no_commas"
    description = "answer contains no comma"

    def run(self, answer: Answer, params: CheckParams) -> CheckResult:
        """Fail at the first comma, showing where it is."""
        positions = [p for p in (answer.text.find(c) for c in COMMAS) if p >= 0]
        if not positions:
            return self.result(True, "no comma")
        pos = min(positions)
        count = sum(answer.text.count(c) for c in COMMAS)
        return self.result(False, f"{count} comma(s), first: {excerpt(answer.text, pos, pos + 1)}")
