"""Score one answer against a case's expectations."""

from __future__ import annotations

from harness.checks import Answer, CheckResult, get_check
from harness.results.records import Status
from harness.suite.models import Case


def score(case: Case, answer: Answer) -> list[CheckResult]:
    """Run every check of `case.expect` on the answer, in order."""
    return [get_check(spec.name).run(answer, spec.params) for spec in case.expect]


def status_of(results: list[CheckResult]) -> Status:
    """`passed` when every check passed (a case with no checks only measures)."""
    return "passed" if all(r.passed for r in results) else "failed"
