"""A report as titled tables, rendered the same way to the terminal and to markdown."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from rich.console import Console
from rich.text import Text
from tabulate import tabulate

from harness.report.table import print_table
from harness.untrusted import dumps_for_terminal, for_terminal


@dataclass(frozen=True)
class Section:
    """One table of a report; empty sections are left out of every rendering."""

    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[str]]
    bold: Sequence[bool] = field(default_factory=tuple)
    note: str | None = None  # a line under the table, e.g. how many rows were left out


def _cell(text: str) -> str:
    # A pipe ends a GitHub table cell and a newline ends its row.
    text = text.replace("|", "\\|").replace("\r", " ").replace("\n", " ")
    return for_terminal(text)


def markdown_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A GitHub-flavoured markdown table."""
    return tabulate(
        [[_cell(c) for c in row] for row in rows],
        headers=[_cell(h) for h in headers],
        tablefmt="github",
        disable_numparse=True,
    )


def render_markdown(title: str, lines: Sequence[str], sections: Sequence[Section]) -> str:
    """`## title`, the lines as one block, then `### section` and its table each."""
    parts = [f"## {title}", *(["\n".join(lines)] if lines else [])]
    for section in sections:
        if section.rows:
            parts.append(f"### {section.title}\n\n{markdown_table(section.headers, section.rows)}")
            if section.note:
                parts.append(_cell(section.note))
    # Titles and lines quote run ids, names and notes: printed and put in the job summary.
    return for_terminal("\n\n".join(parts) + "\n")


def render_terminal(
    title: str, lines: Sequence[str], sections: Sequence[Section], console: Console
) -> None:
    """The same report as rich tables."""
    console.print(Text(for_terminal(title), style="bold"))
    for line in lines:
        console.print(for_terminal(line), markup=False, highlight=False)
    for section in sections:
        print_table(console, section.title, section.headers, section.rows, section.bold)
        if section.note and section.rows:
            console.print(section.note, markup=False, highlight=False)


def render_json(
    title: str,
    lines: Sequence[str],
    sections: Sequence[Section],
    data: dict[str, Any] | None = None,
) -> str:
    """The same report as JSON: each section's rows as objects keyed by its headers.

    `data` adds typed fields beside them (rates as `{value, ci_low, ci_high, n}` objects).
    """
    return dumps_for_terminal(
        {
            **(data or {}),
            "title": title,
            "lines": list(lines),
            "sections": [
                {
                    "title": section.title,
                    "rows": [dict(zip(section.headers, row, strict=True)) for row in section.rows],
                    **({"note": section.note} if section.note else {}),
                }
                for section in sections
                if section.rows
            ],
        },
        indent=2,
    )
