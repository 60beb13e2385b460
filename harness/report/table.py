"""One way to print a table in the terminal: names left-aligned, figures right-aligned."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

TEXT_COLUMNS = {
    "backend", "model", "suite", "case", "check", "evidence", "backend/model", "metric",
    "verdict", "flip", "side", "note",
}  # fmt: skip


def print_table(
    console: Console,
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    bold_rows: Sequence[bool] = (),
) -> None:
    """Print `rows` under `headers`; nothing at all when there are no rows."""
    if not rows:
        return
    table = Table(title=title)
    for header in headers:
        table.add_column(
            header, justify="left" if header in TEXT_COLUMNS else "right", overflow="fold"
        )
    for index, row in enumerate(rows):
        bold = index < len(bold_rows) and bold_rows[index]
        # Text, not markup: evidence such as `\[ x \]` or `[INST]` is shown verbatim.
        table.add_row(*(Text(cell) for cell in row), style="bold" if bold else None)
    console.print(table)
