"""A load run as tables (terminal, markdown) and as an HTML page with the latency-throughput curve."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from html import escape
from typing import Any

from harness.report.html import STYLE
from harness.report.sections import Section, markdown_table
from harness.untrusted import for_xml

# The knee: the busiest level before one that adds less than this share of throughput...
KNEE_MIN_GAIN = 0.10
# ...while its median end-to-end latency grows by more than this share.
KNEE_LATENCY_GROWTH = 0.25

HEADERS = [
    "backend/model", "level", "requests", "req/s", "out tok/s", "TTFT p50/p90/p99 ms",
    "ITL p50/p90/p99 ms", "e2e p50/p90/p99 s", "errors", "checks pass", "goodput",
    "lag p50/p99 ms", "RSS peak MiB", "server queue/KV peak", "note",
]  # fmt: skip


def _ms(q: dict[str, float | None]) -> str:
    return "/".join("-" if v is None else f"{v * 1000:.0f}" for v in q.values())


def _s(q: dict[str, float | None]) -> str:
    return "/".join("-" if v is None else f"{v:.2f}" for v in q.values())


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.0f}%"


def _num(value: float | None, digits: int = 2) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def _server(metrics: dict[str, Any] | None) -> str:
    if not metrics:
        return "-"
    return f"{_num(metrics.get('queue_peak'), 0)}/{_num(metrics.get('kv_cache_peak'))}"


def level_rows(levels: Sequence[dict[str, Any]]) -> list[list[str]]:
    """One table row per level."""
    knees = {id(level) for level in knee_levels(levels)}
    rows = []
    for level in levels:
        notes = []
        if level["client_limited"]:
            notes.append(f"client-limited: {level['client_limited_reason']}")
        if id(level) in knees:
            notes.append("knee")
        lag = level["lag_s"]
        rows.append(
            [
                f"{level['backend']}:{level['model']}",
                level["level"],
                str(level["requests"]),
                _num(level["requests_per_s"]),
                _num(level["output_tokens_per_s"], 1),
                _ms(level["ttft_s"]),
                _ms(level["itl_s"]),
                _s(level["e2e_s"]),
                _pct(level["error_rate"]),
                _pct(level["checks_pass_rate"]),
                _pct(level["goodput"]),
                _ms({"p50": lag["p50"], "p99": lag["p99"]}),
                _num((level.get("memory") or {}).get("rss_peak_mib"), 0),
                _server(level.get("server_metrics")),
                "; ".join(notes),
            ]
        )
    return rows


def sections(run: dict[str, Any]) -> list[Section]:
    """The level table of a load run."""
    return [Section("Load levels", HEADERS, level_rows(run.get("levels") or []))]


def lines(run: dict[str, Any]) -> list[str]:
    """Facts about the sweep shown above its table."""
    settings = run.get("settings") or {}
    facts = [
        f"- status: {run.get('status')}; levels: {', '.join(settings.get('levels') or [])}",
        f"- per level: {settings.get('requests_per_level') or '-'} requests, "
        f"{settings.get('duration_s') or '-'} s, after {settings.get('warmup')} warm-up request(s)",
        f"- goodput SLO: {settings.get('slo')}",
    ]
    for backend in run.get("backends") or []:
        if backend.get("load_error"):
            facts.append(f"- {backend['spec']}: did not load: {backend['load_error']}")
    return facts


def markdown(run: dict[str, Any]) -> str:
    """The run as markdown: facts, then the level table."""
    table = markdown_table(HEADERS, level_rows(run.get("levels") or []))
    return f"## Load {run.get('run_id')}\n\n" + "\n".join(lines(run)) + f"\n\n{table}\n"


def _series(levels: Sequence[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    series: dict[str, list[dict[str, Any]]] = {}
    for level in levels:
        key = f"{level['backend']}:{level['model']} ({level['kind']})"
        series.setdefault(key, []).append(level)
    return series


def knee(levels: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """The level past which more load buys little throughput and much latency, if reached."""
    ordered = sorted(levels, key=lambda level: float(level["value"]))
    for before, after in itertools.pairwise(ordered):
        low, high = before.get("requests_per_s"), after.get("requests_per_s")
        lat_low, lat_high = before["e2e_s"]["p50"], after["e2e_s"]["p50"]
        if not low or high is None or not lat_low or lat_high is None:
            continue
        if high / low - 1 < KNEE_MIN_GAIN and lat_high / lat_low - 1 > KNEE_LATENCY_GROWTH:
            return before
    return None


def knee_levels(levels: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The knee of each backend/model and kind of level."""
    found = (knee(group) for group in _series(levels).values())
    return [level for level in found if level is not None]


def curve_svg(levels: Sequence[dict[str, Any]]) -> str:
    """Median end-to-end latency against requests/s, one line per backend/model, knees ringed."""
    # The project's SVG frame (axes, ticks, legend), drawn on directly to ring the knee.
    from harness.report.svg import COLOURS, _Frame, _legend

    series = {
        name: [
            (float(level["requests_per_s"]), float(level["e2e_s"]["p50"]), level)
            for level in group
            if level.get("requests_per_s") is not None and level["e2e_s"]["p50"] is not None
        ]
        for name, group in _series(levels).items()
    }
    xs = [0.0, *(x for points in series.values() for x, _, _ in points)]
    ys = [y for points in series.values() for _, y, _ in points]
    frame = _Frame(xs, ys, "requests/s (achieved)", "median end-to-end latency (s)")
    frame.axes()
    for index, (name, points) in enumerate(series.items()):
        colour = COLOURS[index % len(COLOURS)]
        ordered = sorted(points, key=lambda p: float(p[2]["value"]))
        path = " ".join(f"{frame.x(x):.1f},{frame.y(y):.1f}" for x, y, _ in ordered)
        frame.parts.append(
            f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="1.5"/>'
        )
        bend = knee([p[2] for p in ordered])
        for x, y, level in ordered:
            label = escape(f"{name} {level['level']}: {x:.2f} req/s, {y:.2f} s")
            frame.parts.append(
                f'<circle cx="{frame.x(x):.1f}" cy="{frame.y(y):.1f}" r="3" fill="{colour}">'
                f"<title>{label}</title></circle>"
                f'<text x="{frame.x(x) + 5:.1f}" y="{frame.y(y) - 5:.1f}">{escape(level["level"])}</text>'
            )
            if level is bend:
                frame.parts.append(
                    f'<circle cx="{frame.x(x):.1f}" cy="{frame.y(y):.1f}" r="9" fill="none" '
                    f'stroke="{colour}" stroke-width="2"><title>knee: {label}</title></circle>'
                )
    _legend(frame, list(series))
    return frame.svg("latency-throughput curve")


def html(run: dict[str, Any]) -> str:
    """The whole load report as one self-contained page."""
    rows = level_rows(run.get("levels") or [])
    head = "".join(f"<th>{escape(h)}</th>" for h in HEADERS)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    facts = "".join(f"<li>{escape(line.removeprefix('- '))}</li>" for line in lines(run))
    title = escape(f"Load {run.get('run_id')}")
    figure = (
        f"<figure>{curve_svg(run.get('levels') or [])}<figcaption>Each point is a level; the "
        "ringed point is the knee, the busiest level before added load bought under "
        f"{KNEE_MIN_GAIN:.0%} more throughput for over {KNEE_LATENCY_GROWTH:.0%} more latency."
        "</figcaption></figure>"
    )
    # Model names and run ids come from files anyone can edit: no character XML forbids.
    return for_xml(
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f"<style>{STYLE}</style></head><body><h1>{title}</h1><ul>{facts}</ul>"
        f"<table><tr>{head}</tr>{body}</table>{figure}</body></html>\n"
    )
