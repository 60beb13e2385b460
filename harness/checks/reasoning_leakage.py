"""`reasoning_leakage`: reasoning a user would see (an unterminated block, reasoning outside markers).

A well-formed `<think>…</think>` block or harmony analysis channel is fine here (a UI
hides it); `forbid: true` refuses any reasoning at all. The same verdict is added to every
case of a suite or matrix entry run with `reasoning: strip | forbid`.
"""

from __future__ import annotations

from harness.checks import register
from harness.checks.base import Answer, Check, CheckParams, CheckResult


class ReasoningLeakageParams(CheckParams):
    """Whether any reasoning at all fails the answer."""

    forbid: bool = False


@register
class ReasoningLeakage(Check):
    """Passes when no reasoning would reach the user."""

    name = "reasoning_leakage"
    params_model = ReasoningLeakageParams
    description = "no unterminated reasoning block, no reasoning outside its markers"

    def run(self, answer: Answer, params: CheckParams) -> CheckResult:
        """Split the answer and name each way its reasoning leaks."""
        from harness.reasoning import leakage_result, split_reasoning

        assert isinstance(params, ReasoningLeakageParams)
        return leakage_result(split_reasoning(answer.text), params.forbid)
