"""The per-suite summary printed at the end of a run."""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rich.console import Console

from harness.report.table import print_table
from harness.results.records import CaseRecord
from harness.stats.rates import Rate, rate_of
from harness.stats.repeats import is_flaky, mean_pass_at_k, mean_pass_hat_k

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
    interval: Rate | None = None  # the pass rate's 95% interval, clustered by case

    @property
    def pass_rate(self) -> float:
        """Passed over all records, errors included (an error is not a pass)."""
        return self.passed / self.cases if self.cases else 0.0


def median_present(values: Iterable[float | None]) -> float | None:
    """The median of the values that are not None, or None when there are none."""
    present = [v for v in values if v is not None]
    return statistics.median(present) if present else None


def case_outcomes(records: Sequence[CaseRecord]) -> dict[tuple[str, str], list[bool]]:
    """Whether each repeat passed, per (suite, case)."""
    by_case: dict[tuple[str, str], list[bool]] = {}
    for record in records:
        by_case.setdefault((record.suite, record.case), []).append(record.status == "passed")
    return by_case


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
        interval=rate_of(list(case_outcomes(records).values())) if records else None,
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
    "pass rate [95% CI]",
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
            r.interval.text() if r.interval else f"{r.pass_rate:.0%}",
            fmt_number(r.median_ttft_s, 3),
            fmt_number(r.median_decode_tokens_per_s, 1),
        ]
        for r in rows
    ]


def render_terminal(rows: Sequence[SummaryRow], console: Console | None = None) -> None:
    """Print the summary as a table."""
    bold = [row.suite == ALL_SUITES for row in rows]
    print_table(console or Console(), "Run summary", HEADERS, table_rows(rows), bold)


def repeat_rows(records: Sequence[CaseRecord]) -> list[list[str]]:
    """Per backend/model with repeats: k, pass@1, pass@k, pass^k and its flaky cases."""
    groups: dict[tuple[str, str], list[CaseRecord]] = {}
    for record in records:
        groups.setdefault((record.backend, record.model), []).append(record)
    rows = []
    for (backend, model), group in groups.items():
        counts = [(sum(v), len(v)) for v in case_outcomes(group).values()]
        k = min(total for _, total in counts)
        at_1, at_k, hat_k = (
            mean_pass_at_k(counts, 1),
            mean_pass_at_k(counts, k),
            mean_pass_hat_k(counts, k),
        )
        if k < 2 or at_1 is None or at_k is None or hat_k is None:
            continue
        flaky = [f"{s}/{c} ({sum(v)}/{len(v)})" for (s, c), v in case_outcomes(group).items()
                 if is_flaky(sum(v), len(v))]  # fmt: skip
        rows.append([backend, model, str(k), f"{at_1:.0%}", f"{at_k:.0%}", f"{hat_k:.0%}",
                     ", ".join(flaky) or "none"])  # fmt: skip
    return rows
