"""A self-contained HTML report of a run: the deploy table, plots and failures, no scripts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from harness.compare import Side
from harness.compare.models import Comparison
from harness.report import comparison as compare_view
from harness.report import deploy
from harness.report.failures import failure_rows
from harness.report.sections import Section
from harness.report.svg import box_plots, line_chart, scatter
from harness.report.table import TEXT_COLUMNS
from harness.results.records import CaseRecord, RunRecord, target
from harness.untrusted import for_xml, neutralize_workflow_commands

FAILURE_LIMIT = 200
STYLE = """
body { font-family: sans-serif; margin: 2em; color: #222; max-width: 1200px; }
table { border-collapse: collapse; margin: 1em 0; font-size: 13px; }
th, td { border: 1px solid #ccc; padding: 4px 8px; text-align: right; vertical-align: top; }
th { background: #f4f4f4; }
th.text, td.text { text-align: left; max-width: 560px; overflow-wrap: break-word; }
.plots { display: flex; flex-wrap: wrap; gap: 16px; }
figure { margin: 0; border: 1px solid #ddd; padding: 8px; }
figcaption { font-size: 12px; color: #555; max-width: 560px; }
"""


def _table(section: Section) -> str:
    text = [h in TEXT_COLUMNS for h in section.headers]
    head = "".join(
        f'<th class="text">{escape(h)}</th>' if text[i] else f"<th>{escape(h)}</th>"
        for i, h in enumerate(section.headers)
    )
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="text">{escape(c)}</td>' if text[i] else f"<td>{escape(c)}</td>"
            for i, c in enumerate(row)
        )
        + "</tr>"
        for row in section.rows
    )
    return f"<h2>{escape(section.title)}</h2><table><tr>{head}</tr>{body}</table>"


@dataclass(frozen=True)
class PlotGroup:
    """The records of one backend/model of one run, as the plots show them."""

    label: str
    records: Sequence[CaseRecord]
    run_started_at: str


def groups_of_run(
    run: RunRecord, records: Sequence[CaseRecord], prefix: str = ""
) -> list[PlotGroup]:
    """One group per backend/model of a run, labelled `prefix backend:model`."""
    by_target: dict[str, list[CaseRecord]] = {}
    for record in records:
        by_target.setdefault(target(record), []).append(record)
    return [
        PlotGroup(f"{prefix}{target}", group, run.started_at) for target, group in by_target.items()
    ]


def _seconds(iso: str | None, start: str) -> float | None:
    try:
        return (
            dt.datetime.fromisoformat(iso or "") - dt.datetime.fromisoformat(start)
        ).total_seconds()
    except ValueError:
        return None


def _figure(svg: str, caption: str) -> str:
    return f"<figure>{svg}<figcaption>{escape(caption)}</figcaption></figure>"


def plots(groups: Sequence[PlotGroup]) -> str:
    """Pass rate against decode speed, TTFT distributions, and memory over the run."""
    figures = []
    points = []
    for group in groups:
        (row,) = deploy.deploy_rows(group.records)
        if row.median_decode_tokens_per_s is not None:
            points.append((group.label, row.median_decode_tokens_per_s, 100.0 * row.pass_rate))
    if points:
        svg = scatter(points, "pass rate vs decode speed", "median decode (tok/s)", "pass rate (%)")
        figures.append(_figure(svg, "Up and to the right is better: quality against speed."))
    ttft = {g.label: [r.ttft_s for r in g.records if r.ttft_s is not None] for g in groups}
    if any(ttft.values()):
        svg = box_plots(ttft, "TTFT distribution", "time to first token (s)")
        figures.append(_figure(svg, "TTFT per case: box = quartiles, whiskers = min and max."))
    memory: dict[str, list[tuple[float, float]]] = {}
    for group in groups:
        for record in group.records:
            at = _seconds(record.started_at, group.run_started_at)
            value = (
                record.vram_peak_mib if record.vram_peak_mib is not None else record.rss_peak_mib
            )
            if at is not None and value is not None:
                memory.setdefault(group.label, []).append((at, value))
    if memory:
        svg = line_chart(memory, "memory over the run", "seconds since the run started",
                         "peak memory per case (MiB)")  # fmt: skip
        figures.append(
            _figure(
                svg, "Peak VRAM (or RSS without a GPU) sampled during each case, by start time."
            )
        )
    return f'<div class="plots">{"".join(figures)}</div>'


def page(
    title: str,
    facts: Sequence[str],
    sections: Sequence[Section],
    groups: Sequence[PlotGroup],
    failures: Sequence[Sequence[str]],
) -> str:
    """A whole page as one string: open it in any browser, offline."""
    items = "".join(f"<li>{escape(line.removeprefix('- '))}</li>" for line in facts)
    tables = "".join(_table(s) for s in sections if s.rows)
    failure_table = _table(
        Section(
            f"Failures ({len(failures)}; first {min(len(failures), FAILURE_LIMIT)} shown)",
            ["case", "check", "evidence"],
            failures[:FAILURE_LIMIT],
        )
    )
    # The page quotes answers: characters no HTML (or XML) parser accepts are replaced, and
    # CI commands broken in case a tool prints the page into a log.
    return neutralize_workflow_commands(
        for_xml(
            '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>"
            f"<h1>{escape(title)}</h1><ul>{items}</ul>{tables}"
            f"<h2>Plots</h2>{plots(groups)}{failure_table if failures else ''}"
            "</body></html>\n"
        )
    )


def html_report(
    run: RunRecord, records: Sequence[CaseRecord], rows: Sequence[deploy.DeployRow]
) -> str:
    """The report of one run: the deploy table, plots, and every failure's evidence."""
    return page(
        f"Run {run.run_id}",
        deploy.lines(run, records),
        deploy.sections(rows),
        groups_of_run(run, records),
        failure_rows(records),
    )


def comparison_html(comparison: Comparison, baseline: Side, candidate: Side) -> str:
    """The comparison's tables, with both runs in the plots side by side."""
    groups = [
        *groups_of_run(baseline.run, baseline.records, "baseline "),
        *groups_of_run(candidate.run, candidate.records, "candidate "),
    ]
    return page(
        compare_view.title(comparison),
        compare_view.lines(comparison),
        compare_view.sections(comparison),
        groups,
        [],
    )
