"""How often each backend/model needed its fallback, and how the fallback did."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from rich.console import Console

from harness.report.table import print_table
from harness.results.records import CaseRecord

HEADERS = ["backend", "model", "cases", "fell back", "fallback rate", "fallback", "fallback passed"]


def fallback_rows(records: Sequence[CaseRecord]) -> list[list[str]]:
    """One row per backend/model that fell back at least once."""
    groups: dict[tuple[str, str], list[CaseRecord]] = defaultdict(list)
    for record in records:
        groups[(record.backend, record.model)].append(record)
    rows = []
    for (backend, model), group in groups.items():
        used = [r.fallback for r in group if r.fallback is not None]
        if not used:
            continue
        names = sorted({f"{f.get('backend')}:{f.get('model')}" for f in used})
        passed = sum(1 for f in used if f.get("status") == "passed")
        rows.append(
            [
                backend,
                model,
                str(len(group)),
                str(len(used)),
                f"{len(used) / len(group):.0%}",
                ", ".join(names),
                f"{passed}/{len(used)}",
            ]
        )
    return rows


def render_fallback(records: Sequence[CaseRecord], console: Console) -> None:
    """Print the fallback table; nothing when no case fell back."""
    print_table(
        console, "Fallback (primary errored or broke a tool call)", HEADERS, fallback_rows(records)
    )
