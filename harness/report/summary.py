"""The per-suite summary printed at the end of a run."""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rich.console import Console

from harness.report.table import print_table
from harness.results.records import CaseRecord

ALL_SUITES = "(all)"


@dataclass(frozen=True)
class SummaryRow:
    """Counts and medians for one backend/model on one suite (or all suites)."""

    backend: str
    model: str
    suite: str
    cases: int
    passed: int
    failed: int
    errors: int
    median_ttft_s: float | None
    median_decode_tokens_per_s: float | None

    @property
    def pass_rate(self) -> float:
        """Passed over all records, errors included (an error is not a pass)."""
        return self.passed / self.cases if self.cases else 0.0


def median_present(values: Iterable[float | None]) -> float | None:
    """The median of the values that are not None, or None when there are none."""
    present = [v for v in values if v is not None]
    return statistics.median(present) if present else None


def _row(backend: str, model: str, suite: str, records: Sequence[CaseRecord]) -> SummaryRow:
    return SummaryRow(
        backend=backend,
        model=model,
        suite=suite,
        cases=len(records),
        passed=sum(r.status == "passed" for r in records),
        failed=sum(r.status == "failed" for r in records),
        errors=sum(r.status == "error" for r in records),
        median_ttft_s=median_present(r.ttft_s for r in records),
        median_decode_tokens_per_s=median_present(r.decode_tokens_per_s for r in records),
    )


def summarize(records: Sequence[CaseRecord]) -> list[SummaryRow]:
    """One row per backend/model and suite, then a total row per backend/model."""
    groups: dict[tuple[str, str], dict[str, list[CaseRecord]]] = {}
    for record in records:
        by_suite = groups.setdefault((record.backend, record.model), {})
        by_suite.setdefault(record.suite, []).append(record)
    rows = []
    for (backend, model), by_suite in groups.items():
        for suite, suite_records in by_suite.items():
            rows.append(_row(backend, model, suite, suite_records))
        if len(by_suite) > 1:
            everything = [r for rs in by_suite.values() for r in rs]
            rows.append(_row(backend, model, ALL_SUITES, everything))
    return rows


def fmt_number(value: float | None, digits: int) -> str:
    """The value with `digits` decimals, or `-` when absent."""
    return "-" if value is None else f"{value:.{digits}f}"


HEADERS = [
    "backend",
    "model",
    "suite",
    "cases",
    "passed",
    "failed",
    "errors",
    "pass rate",
    "median TTFT (s)",
    "median decode (tok/s)",
]


def table_rows(rows: Sequence[SummaryRow]) -> list[list[str]]:
    """The summary as strings, in HEADERS order."""
    return [
        [
            r.backend,
            r.model,
            r.suite,
            str(r.cases),
            str(r.passed),
            str(r.failed),
            str(r.errors),
            f"{r.pass_rate:.0%}",
            fmt_number(r.median_ttft_s, 3),
            fmt_number(r.median_decode_tokens_per_s, 1),
        ]
        for r in rows
    ]


def render_terminal(rows: Sequence[SummaryRow], console: Console | None = None) -> None:
    """Print the summary as a table."""
    bold = [row.suite == ALL_SUITES for row in rows]
    print_table(console or Console(), "Run summary", HEADERS, table_rows(rows), bold)
