"""The failed and errored cases of a run, with the evidence of the first failing check."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console

from harness.report.table import print_table
from harness.results.records import CaseRecord


def failure_rows(records: Sequence[CaseRecord]) -> list[list[str]]:
    """One row per failed or errored record: where, which check (or error), and why."""
    rows = []
    for record in records:
        where = f"{record.backend}:{record.model} {record.suite}/{record.case}#{record.repeat}"
        if record.status == "error":
            rows.append([where, "error", record.error or ""])
        elif record.status == "failed":
            failing = next((c for c in record.checks if not c.passed), None)
            if failing is not None:
                rows.append([where, failing.name, failing.detail])
    return rows


def render_failures(records: Sequence[CaseRecord], limit: int, console: Console) -> None:
    """Print at most `limit` failures, saying how many more there are."""
    rows = failure_rows(records)
    if limit <= 0:
        return
    title = "Failures (first failing check of each case)"
    print_table(console, title, ("case", "check", "evidence"), rows[:limit])
    if len(rows) > limit:
        console.print(f"… and {len(rows) - limit} more in cases.jsonl", markup=False)
