"""The markdown for GitHub's job summary: every table capped, the whole under GitHub's 1 MiB."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from harness.report.sections import Section, render_markdown

# GitHub refuses a step's summary above 1 MiB; leave room for what other steps append.
LIMIT_BYTES = 900 * 1024
MAX_ROWS = 100
MAX_LINES = 50
MAX_CELL_CHARS = 300


def _cell(text: str) -> str:
    return text if len(text) <= MAX_CELL_CHARS else text[: MAX_CELL_CHARS - 1] + "…"


def _capped(section: Section, rows: int, where: str) -> Section:
    shown = [[_cell(c) for c in row] for row in section.rows[:rows]]
    left = len(section.rows) - len(shown)
    title = section.title
    if left:
        title += f" (first {len(shown)} of {len(section.rows)} rows; {left} left out: {where})"
    return replace(section, title=title, rows=shown)


def summary_markdown(
    title: str, lines: Sequence[str], sections: Sequence[Section], full_report: str | None
) -> str:
    """The report as markdown small enough for a job summary; cut tables say where the rest is."""
    where = f"see {full_report}" if full_report else "run with --html FILE for every row"
    shown_lines = list(lines[:MAX_LINES])
    if len(lines) > MAX_LINES:
        shown_lines.append(f"- … and {len(lines) - MAX_LINES} more line(s): {where}")
    rows = MAX_ROWS
    while True:
        markdown = render_markdown(title, shown_lines, [_capped(s, rows, where) for s in sections])
        if len(markdown.encode("utf-8")) <= LIMIT_BYTES or rows == 0:
            return markdown
        rows //= 2
