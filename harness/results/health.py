"""Whether a completed run can be trusted as a measurement: every backend loaded, few errors."""

from __future__ import annotations

from collections.abc import Sequence

from harness.results.records import CaseRecord, RunRecord


def unhealthy(
    run: RunRecord, records: Sequence[CaseRecord], max_error_rate: float | None
) -> list[str]:
    """Why the run should not count as a clean measurement (exit 3); empty when it should."""
    problems = [
        f"backend {b.spec} never loaded: {b.load_error}" for b in run.backends if b.load_error
    ]
    if max_error_rate is not None and records:
        errors = sum(r.status == "error" for r in records)
        share = errors / len(records)
        if share > max_error_rate:
            problems.append(
                f"{errors} of {len(records)} case(s) errored ({share:.0%}), "
                f"more than --max-error-rate {max_error_rate:g}"
            )
    return problems
