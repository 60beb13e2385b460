"""Tool-calling metrics per backend/model, from the outcome of each tool case."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console

# Re-exported for code that still imports them from here.
from harness.metrics import ToolMetrics as ToolMetrics
from harness.metrics import tool_metrics as tool_metrics
from harness.report.table import print_table
from harness.results.records import CaseRecord

HEADERS = [
    "backend", "model", "tool cases", "call accuracy", "irrelevance accuracy", "answered instead",
    "invented name", "unparseable", "schema violation", "wrong values", "needs fallback",
]  # fmt: skip


def _pct(part: int, whole: int) -> str:
    return f"{part / whole:.0%} ({part}/{whole})" if whole else "-"


def tool_rows(
    metrics: Sequence[ToolMetrics], records: Sequence[CaseRecord] = ()
) -> list[list[str]]:
    """The metrics as strings, in HEADERS order; with the records, rates carry 95% intervals."""
    if records:
        return [_interval_row(m, records) for m in metrics]
    return [
        [
            m.backend,
            m.model,
            str(m.total),
            _pct(m.call_correct, m.call_cases),
            _pct(m.irrelevance_correct, m.irrelevance_cases),
            f"{m.rate('answered_instead'):.0%}",
            f"{m.rate('invented_name'):.0%}",
            f"{m.rate('unparseable'):.0%}",
            f"{m.rate('schema_violation'):.0%}",
            f"{m.rate('wrong_values'):.0%}",
            f"{m.fallback_share:.0%}",
        ]
        for m in metrics
    ]


def _interval_row(m: ToolMetrics, records: Sequence[CaseRecord]) -> list[str]:
    from harness.report.tool_rates import tool_rates

    mine = [r for r in records if r.backend == m.backend and r.model == m.model]
    rates = tool_rates(mine)

    def shown(name: str) -> str:
        rate = rates.get(name)
        return "-" if rate is None else rate.text()

    return [m.backend, m.model, str(m.total)] + [
        shown(name)
        for name in (
            "call accuracy", "irrelevance accuracy", "answered instead", "invented name",
            "unparseable", "schema violation", "wrong values", "needs fallback",
        )
    ]  # fmt: skip


def render_tools(records: Sequence[CaseRecord], console: Console) -> None:
    """Print the tool-calling table with 95% intervals (nothing when no tool case ran)."""
    print_table(
        console, "Tool calling (95% intervals)", HEADERS, tool_rows(tool_metrics(records), records)
    )
