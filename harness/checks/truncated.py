"""`truncated`: the answer ran into the token limit instead of ending."""

from __future__ import annotations

from harness.checks import register
from harness.checks.base import Answer, Check, CheckParams, CheckResult


@register
class Truncated(Check):
    """Passes unless the engine reports that generation stopped on max_tokens."""

    name = "truncated"
    params_model = CheckParams
    description = "the answer ended by itself, not on the token limit"

    def run(self, answer: Answer, params: CheckParams) -> CheckResult:
        """Judge by the finish reason the engine reported."""
        if answer.finish_reason == "length":
            tail = answer.text[-60:].replace("\n", "\\n")
            return self.result(False, f"stopped on the token limit, ending …{tail!r}")
        if answer.finish_reason is None:
            return self.result(True, "finish reason not reported; assumed complete")
        return self.result(True, f"finished: {answer.finish_reason}")
