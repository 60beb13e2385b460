"""A self-contained HTML report of a run: the deploy table, plots and failures, no scripts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from html import escape

from harness.report import deploy
from harness.report.failures import failure_rows
from harness.report.sections import Section
from harness.report.svg import box_plots, line_chart, scatter
from harness.results.records import CaseRecord, RunRecord

FAILURE_LIMIT = 200
STYLE = """
body { font-family: sans-serif; margin: 2em; color: #222; max-width: 1200px; }
table { border-collapse: collapse; margin: 1em 0; font-size: 13px; }
th, td { border: 1px solid #ccc; padding: 4px 8px; text-align: right; vertical-align: top; }
th { background: #f4f4f4; }
td.text { text-align: left; max-width: 560px; overflow-wrap: break-word; }
.plots { display: flex; flex-wrap: wrap; gap: 16px; }
figure { margin: 0; border: 1px solid #ddd; padding: 8px; }
figcaption { font-size: 12px; color: #555; max-width: 560px; }
"""


def _table(section: Section, text_columns: int) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in section.headers)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="text">{escape(c)}</td>' if i < text_columns else f"<td>{escape(c)}</td>"
            for i, c in enumerate(row)
        )
        + "</tr>"
        for row in section.rows
    )
    return f"<h2>{escape(section.title)}</h2><table><tr>{head}</tr>{body}</table>"


def _target(record: CaseRecord) -> str:
    return f"{record.backend}:{record.model}"


def _seconds(iso: str | None, start: dt.datetime | None) -> float | None:
    if iso is None or start is None:
        return None
    try:
        return (dt.datetime.fromisoformat(iso) - start).total_seconds()
    except ValueError:
        return None


def _figure(svg: str, caption: str) -> str:
    return f"<figure>{svg}<figcaption>{escape(caption)}</figcaption></figure>"


def plots(run: RunRecord, records: Sequence[CaseRecord], rows: Sequence[deploy.DeployRow]) -> str:
    """Pass rate against decode speed, TTFT distributions, and memory over the run."""
    figures = []
    points = [
        (f"{r.backend}:{r.model}", r.median_decode_tokens_per_s, 100.0 * r.pass_rate)
        for r in rows
        if r.median_decode_tokens_per_s is not None
    ]
    if points:
        svg = scatter(points, "pass rate vs decode speed", "median decode (tok/s)", "pass rate (%)")
        figures.append(_figure(svg, "Up and to the right is better: quality against speed."))
    ttft: dict[str, list[float]] = {}
    for record in records:
        if record.ttft_s is not None:
            ttft.setdefault(_target(record), []).append(record.ttft_s)
    if ttft:
        svg = box_plots(ttft, "TTFT distribution", "time to first token (s)")
        figures.append(_figure(svg, "TTFT per case: box = quartiles, whiskers = min and max."))
    try:
        start: dt.datetime | None = dt.datetime.fromisoformat(run.started_at)
    except ValueError:
        start = None
    memory: dict[str, list[tuple[float, float]]] = {}
    for record in records:
        at = _seconds(record.started_at, start)
        value = record.vram_peak_mib if record.vram_peak_mib is not None else record.rss_peak_mib
        if at is not None and value is not None:
            memory.setdefault(_target(record), []).append((at, value))
    if memory:
        svg = line_chart(memory, "memory over the run", "seconds since the run started",
                         "peak memory per case (MiB)")  # fmt: skip
        figures.append(
            _figure(
                svg, "Peak VRAM (or RSS without a GPU) sampled during each case, by start time."
            )
        )
    return f'<div class="plots">{"".join(figures)}</div>'


def html_report(
    run: RunRecord, records: Sequence[CaseRecord], rows: Sequence[deploy.DeployRow]
) -> str:
    """The whole page as one string: open it in any browser, offline."""
    facts = "".join(
        f"<li>{escape(line.removeprefix('- '))}</li>" for line in deploy.lines(run, records)
    )
    tables = "".join(_table(s, 2) for s in deploy.sections(rows))
    failures = failure_rows(records)
    failure_table = _table(
        Section(
            f"Failures ({len(failures)}; first {min(len(failures), FAILURE_LIMIT)} shown)",
            ["case", "check", "evidence"],
            failures[:FAILURE_LIMIT],
        ),
        3,
    )
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>harness report {escape(run.run_id)}</title><style>{STYLE}</style></head><body>"
        f"<h1>Run {escape(run.run_id)}</h1><ul>{facts}</ul>{tables}"
        f"<h2>Plots</h2>{plots(run, records, rows)}{failure_table if failures else ''}"
        "</body></html>\n"
    )
