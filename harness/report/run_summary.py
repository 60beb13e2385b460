"""What `harness run` prints at the end, as sections any renderer can render."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from harness.metrics import tool_metrics
from harness.report.failures import failure_rows
from harness.report.fallback import HEADERS as FALLBACK_HEADERS
from harness.report.fallback import fallback_rows
from harness.report.sections import Section
from harness.report.summary import ALL_SUITES, repeat_rows, summarize, table_rows
from harness.report.summary import HEADERS as SUMMARY_HEADERS
from harness.report.timing import HEADERS as TIMING_HEADERS
from harness.report.timing import timing_rows
from harness.report.tools import HEADERS as TOOL_HEADERS
from harness.report.tools import tool_rows
from harness.results.records import CaseRecord


def sections(records: Sequence[CaseRecord], show_failures: int) -> list[Section]:
    """Failures (at most `show_failures`), timing, tool calling, fallback, repeats, the summary."""
    failures = failure_rows(records) if show_failures > 0 else []
    left_out = len(failures) - show_failures
    summary = summarize(records)
    return [
        Section(
            "Failures (first failing check of each case)",
            ("case", "check", "evidence"),
            failures[:show_failures],
            note=f"… and {left_out} more in cases.jsonl" if left_out > 0 else None,
        ),
        Section(
            "Timing (mean ± stddev over cases and repeats)", TIMING_HEADERS, timing_rows(records)
        ),
        Section("Tool calling", TOOL_HEADERS, tool_rows(tool_metrics(records))),
        Section(
            "Fallback (primary errored or broke a tool call)",
            FALLBACK_HEADERS,
            fallback_rows(records),
        ),
        Section(
            "Repeats: pass@k (any of k passed), pass^k (all k passed), flaky cases",
            ("backend", "model", "k", "pass@1", "pass@k", "pass^k", "flaky cases"),
            repeat_rows(records),
        ),
        Section(
            "Run summary",
            SUMMARY_HEADERS,
            table_rows(summary),
            bold=[row.suite == ALL_SUITES for row in summary],
        ),
    ]


def summary_data(records: Sequence[CaseRecord]) -> list[dict[str, Any]]:
    """The run summary for JSON: counts, medians and the pass rate as a rate object."""
    return [
        {
            "backend": row.backend,
            "model": row.model,
            "suite": row.suite,
            "cases": row.cases,
            "passed": row.passed,
            "failed": row.failed,
            "errors": row.errors,
            "pass_rate": row.interval.model_dump(exclude_none=True) if row.interval else None,
            "median_ttft_s": row.median_ttft_s,
            "median_decode_tokens_per_s": row.median_decode_tokens_per_s,
        }
        for row in summarize(records)
    ]
