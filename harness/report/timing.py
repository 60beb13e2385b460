"""The timing table of a run: mean ± stddev per backend/model/suite, memory and roofline."""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from rich.console import Console

from harness.report.table import print_table
from harness.results.records import CaseRecord
from harness.timing.stats import mean_stddev

HEADERS = [
    "backend",
    "model",
    "suite",
    "n",
    "TTFT (ms)",
    "prefill (tok/s)",
    "decode (tok/s)",
    "engine decode (tok/s)",
    "ITL p95 (ms)",
    "peak RSS (MiB)",
    "peak VRAM (MiB)",
    "bandwidth (GB/s)",
    "of peak",
]


def _values(records: Sequence[CaseRecord], field: str, scale: float = 1.0) -> list[float]:
    return [float(v) * scale for v in (getattr(r, field) for r in records) if v is not None]


def _max(values: list[float]) -> str:
    return f"{max(values):.0f}" if values else "-"


def timing_rows(records: Sequence[CaseRecord]) -> list[list[str]]:
    """One row per backend/model/suite over the records that produced an answer."""
    groups: dict[tuple[str, str, str], list[CaseRecord]] = {}
    for record in records:
        if record.status != "error":
            groups.setdefault((record.backend, record.model, record.suite), []).append(record)
    rows = []
    for (backend, model, suite), group in groups.items():
        share = _values(group, "bandwidth_share", 100.0)
        itl = _values(group, "itl_p95_s", 1000.0)
        rows.append(
            [
                backend,
                model,
                suite,
                str(len(group)),
                mean_stddev(_values(group, "ttft_s", 1000.0)),
                mean_stddev(_values(group, "prefill_tokens_per_s")),
                mean_stddev(_values(group, "decode_tokens_per_s")),
                mean_stddev(_values(group, "engine_decode_tokens_per_s")),
                f"{statistics.median(itl):.1f}" if itl else "-",
                _max(_values(group, "rss_peak_mib")),
                _max(_values(group, "vram_peak_mib")),
                mean_stddev(_values(group, "bandwidth_gb_per_s")),
                f"{statistics.fmean(share):.0f}%" if share else "-",
            ]
        )
    return rows


def render_timing(records: Sequence[CaseRecord], console: Console) -> None:
    """Print the timing table (nothing when no case produced an answer)."""
    title = "Timing (mean ± stddev over cases and repeats)"
    print_table(console, title, HEADERS, timing_rows(records))
