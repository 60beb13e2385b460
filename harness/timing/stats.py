"""Summaries of repeated measurements: mean ± stddev, median, min, with the raw samples."""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from typing import Any

from harness.results.records import CaseRecord

TIMED_METRICS = (
    "ttft_s", "ttfvt_s", "prefill_tokens_per_s", "decode_tokens_per_s", "latency_s", "itl_p95_s",
)  # fmt: skip


def describe(samples: Sequence[float]) -> dict[str, Any]:
    """mean, sample stddev (0 for one sample), median, min, max, n and the samples."""
    return {
        "mean": statistics.fmean(samples),
        "stddev": statistics.stdev(samples) if len(samples) > 1 else 0.0,
        "median": statistics.median(samples),
        "min": min(samples),
        "max": max(samples),
        "n": len(samples),
        "samples": list(samples),
    }


def timing_table(records: Iterable[CaseRecord]) -> list[dict[str, Any]]:
    """One entry per backend/model/suite/case with each timed metric described."""
    groups: dict[tuple[str, str, str, str], list[CaseRecord]] = {}
    for record in records:
        if record.status != "error":
            groups.setdefault((record.backend, record.model, record.suite, record.case), []).append(
                record
            )
    table = []
    for (backend, model, suite, case), group in groups.items():
        entry: dict[str, Any] = {"backend": backend, "model": model, "suite": suite, "case": case}
        for metric in TIMED_METRICS:
            values = [v for v in (getattr(r, metric) for r in group) if v is not None]
            if values:
                entry[metric] = describe(values)
        table.append(entry)
    return table


def mean_stddev(values: Sequence[float]) -> str:
    """`mean ± stddev` as llama-bench prints it."""
    if not values:
        return "-"
    if len(values) == 1:
        return f"{values[0]:.2f}"
    return f"{statistics.fmean(values):.2f} ± {statistics.stdev(values):.2f}"
