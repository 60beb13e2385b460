"""One way to print a table in the terminal: names left-aligned, figures right-aligned."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from harness.untrusted import for_terminal

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
    table = Table(title=Text(for_terminal(title)))
    for header in headers:
        table.add_column(
            Text(for_terminal(header)),
            justify="left" if header in TEXT_COLUMNS else "right",
            overflow="fold",
        )
    for index, row in enumerate(rows):
        bold = index < len(bold_rows) and bold_rows[index]
        # Text, not markup: evidence such as `\[ x \]` or `[INST]` is shown verbatim.
        # Cells quote answers and names from run files: no escapes or CI commands get through.
        cells = (Text(for_terminal(cell)) for cell in row)
        table.add_row(*cells, style="bold" if bold else None)
    console.print(table)
