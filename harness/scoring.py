"""Score one answer against a case's expectations."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from harness.checks import Answer, CheckResult, get_check
from harness.results.records import Status
from harness.suite.models import Case, Suite
from harness.toolcalls import ParseResult


def score(case: Case, answer: Answer) -> list[CheckResult]:
    """Run every check of `case.expect` on the answer, in order."""
    return [get_check(spec.name).run(answer, spec.params) for spec in case.expect]


def status_of(results: list[CheckResult]) -> Status:
    """`passed` when every check passed (a case with no checks only measures)."""
    return "passed" if all(r.passed for r in results) else "failed"


@dataclass(frozen=True)
class Verdict:
    """Everything scoring decides about one case: the checks, the status, the tool outcome."""

    checks: list[CheckResult]
    status: Status
    tool_outcome: str | None
    tool_calls: list[dict[str, Any]]

    def record_fields(self, parsed: ParseResult) -> dict[str, Any]:
        """The case-record fields this verdict fills."""
        return {
            "status": self.status,
            "checks": [c.to_dict() for c in self.checks],
            "tool_calls": self.tool_calls,
            "tool_call_dialect": parsed.dialect,
            "tool_call_error": parsed.error,
            "tool_call_leniencies": parsed.leniencies,
            "tool_outcome": self.tool_outcome,
        }


def judge(
    suite: Suite,
    case: Case,
    final_text: str,
    finish_reason: str | None,
    parsed: ParseResult,
    extra: Sequence[CheckResult] = (),
) -> Verdict:
    """Score a case: its first round's parsed calls, its final answer's text, and `extra` verdicts."""
    calls = [c.to_dict() for c in parsed.calls]
    answer = Answer(
        text=final_text,
        finish_reason=finish_reason,
        tool_calls=calls,
        tool_call_error=parsed.error,
        tools=suite.tool_dicts_for(case),
        numbers=suite.numbers,
        messages=suite.messages_for(case),
    )
    results = [*score(case, answer), *extra]
    outcome = next((r.outcome for r in results if r.outcome is not None), None)
    return Verdict(results, status_of(results), outcome, calls)


def tool_case_kind(case: Case) -> str | None:
    """`call` or `irrelevance` for a case with a tool_calls expectation, else None."""
    for spec in case.expect:
        if spec.name == "tool_calls":
            return "call" if getattr(spec.params, "calls", None) else "irrelevance"
    return None
