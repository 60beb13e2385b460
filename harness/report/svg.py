"""Small inline SVG charts (scatter, box plots, lines), so an HTML report needs no script."""

from __future__ import annotations

import math
import statistics
from collections.abc import Mapping, Sequence
from html import escape

WIDTH, HEIGHT = 560, 340
LEFT, RIGHT, TOP, BOTTOM = 64, 20, 20, 48
LEGEND_ROW = 14
COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2")


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values covering [low, high]; at most a few more than `count`, whatever the input.

    Non-finite bounds fall back to [0, 1]; a range too small to tell apart from its ends
    (`1e-25` next to 0, or 1e300 ± 1) gets a span of its own.
    """
    if not (math.isfinite(low) and math.isfinite(high)):
        low, high = 0.0, 1.0
    if high <= low:
        high = low + 1.0
    raw = (high - low) / count
    if not math.isfinite(raw) or raw <= abs(high) * 1e-12:
        # Ticks closer than float precision (or a span that overflows) cannot be drawn apart.
        span = max(abs(low), abs(high), 1.0)
        if not math.isfinite(span * 2):
            return [low, high]
        low, high = (low - span, high + span) if low < 0 else (0.0, high + span)
        raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    start = float(math.floor(low / step)) * step
    ticks = [start]
    # Bounded: `step` is at least a fifth of the range, so this ends within count + 2 ticks.
    while ticks[-1] < high - step * 1e-9 and len(ticks) <= count + 2:
        ticks.append(start + step * len(ticks))
    return [_tidy(t, step) for t in ticks]


def _tidy(value: float, step: float) -> float:
    """`value` rounded to the precision of `step`, so 0.30000000000000004 reads 0.3."""
    digits = max(0, -math.floor(math.log10(step)) + 2)
    return round(value, digits) if digits < 300 else value


class _Frame:
    """Maps data to pixels inside the axes and draws them."""

    def __init__(self, xs: Sequence[float], ys: Sequence[float], x_label: str, y_label: str):
        self.x_ticks = nice_ticks(min(xs, default=0.0), max(xs, default=1.0))
        self.y_ticks = nice_ticks(min(0.0, *ys) if ys else 0.0, max(ys, default=1.0))
        self.x_label, self.y_label = x_label, y_label
        self.parts: list[str] = []
        self.legend_rows = 0

    def x(self, value: float) -> float:
        low, high = self.x_ticks[0], self.x_ticks[-1]
        return LEFT + (value - low) / (high - low or 1) * (WIDTH - LEFT - RIGHT)

    def y(self, value: float) -> float:
        low, high = self.y_ticks[0], self.y_ticks[-1]
        return HEIGHT - BOTTOM - (value - low) / (high - low or 1) * (HEIGHT - TOP - BOTTOM)

    def axes(self, x_names: Sequence[str] = ()) -> None:
        bottom, left = HEIGHT - BOTTOM, LEFT
        self.parts.append(
            f'<line x1="{left}" y1="{bottom}" x2="{WIDTH - RIGHT}" y2="{bottom}" stroke="#333"/>'
            f'<line x1="{left}" y1="{TOP}" x2="{left}" y2="{bottom}" stroke="#333"/>'
        )
        for tick in self.y_ticks:
            y = self.y(tick)
            self.parts.append(
                f'<line x1="{left}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}" stroke="#eee"/>'
                f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{tick:g}</text>'
            )
        if not x_names:
            for tick in self.x_ticks:
                x = self.x(tick)
                self.parts.append(
                    f'<text x="{x:.1f}" y="{bottom + 16}" text-anchor="middle">{tick:g}</text>'
                )
        self.parts.append(
            f'<text x="{(LEFT + WIDTH - RIGHT) / 2}" y="{HEIGHT - 8}" '
            f'text-anchor="middle">{escape(self.x_label)}</text>'
            f'<text transform="translate(14,{(TOP + HEIGHT - BOTTOM) / 2}) rotate(-90)" '
            f'text-anchor="middle">{escape(self.y_label)}</text>'
        )

    def svg(self, title: str) -> str:
        height = HEIGHT + LEGEND_ROW * self.legend_rows
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
            f'width="{WIDTH}" height="{height}" role="img" font-size="11" '
            f'font-family="sans-serif"><title>{escape(title)}</title>{"".join(self.parts)}</svg>'
        )


def _legend(frame: _Frame, names: Sequence[str]) -> None:
    # Below the chart, one row per name, so it never hides a point.
    frame.legend_rows = len(names)
    for index, name in enumerate(names):
        y = HEIGHT + LEGEND_ROW * index + 4
        colour = COLOURS[index % len(COLOURS)]
        frame.parts.append(
            f'<rect x="{LEFT}" y="{y - 8}" width="9" height="9" fill="{colour}"/>'
            f'<text x="{LEFT + 14}" y="{y}">{escape(name)}</text>'
        )


def scatter(
    points: Sequence[tuple[str, float, float]], title: str, x_label: str, y_label: str
) -> str:
    """One labelled, coloured dot per (name, x, y)."""
    # Both axes from zero, so distances between models read as ratios.
    frame = _Frame([0.0, *(p[1] for p in points)], [p[2] for p in points], x_label, y_label)
    frame.axes()
    for index, (name, x, y) in enumerate(points):
        colour = COLOURS[index % len(COLOURS)]
        frame.parts.append(
            f'<circle cx="{frame.x(x):.1f}" cy="{frame.y(y):.1f}" r="6" fill="{colour}">'
            f"<title>{escape(name)}: {x:g}, {y:g}</title></circle>"
        )
    _legend(frame, [p[0] for p in points])
    return frame.svg(title)


def box_plots(groups: Mapping[str, Sequence[float]], title: str, y_label: str) -> str:
    """A box (quartiles), whiskers (min, max) and median line per named group."""
    names = [n for n, v in groups.items() if v]
    values = [v for n in names for v in groups[n]]
    frame = _Frame([0.0, float(len(names))], values, "", y_label)
    frame.axes(x_names=names)
    slot = (WIDTH - LEFT - RIGHT) / max(len(names), 1)
    for index, name in enumerate(names):
        data = sorted(groups[name])
        q1, median, q3 = (
            statistics.quantiles(data, n=4, method="inclusive") if len(data) > 1 else [data[0]] * 3
        )
        centre = LEFT + slot * (index + 0.5)
        half = min(slot * 0.3, 40)
        colour = COLOURS[index % len(COLOURS)]
        frame.parts.append(
            f'<line x1="{centre:.1f}" y1="{frame.y(data[0]):.1f}" x2="{centre:.1f}" '
            f'y2="{frame.y(data[-1]):.1f}" stroke="{colour}"/>'
            f'<rect x="{centre - half:.1f}" y="{frame.y(q3):.1f}" width="{2 * half:.1f}" '
            f'height="{max(frame.y(q1) - frame.y(q3), 1):.1f}" fill="{colour}" fill-opacity="0.3" '
            f'stroke="{colour}"><title>{escape(name)}: median {median:g}, n={len(data)}</title></rect>'
            f'<line x1="{centre - half:.1f}" y1="{frame.y(median):.1f}" x2="{centre + half:.1f}" '
            f'y2="{frame.y(median):.1f}" stroke="{colour}" stroke-width="2"/>'
            f'<text x="{centre:.1f}" y="{HEIGHT - BOTTOM + 16}" text-anchor="middle">'
            f"{escape(name)}</text>"
        )
    return frame.svg(title)


def line_chart(
    series: Mapping[str, Sequence[tuple[float, float]]], title: str, x_label: str, y_label: str
) -> str:
    """One coloured polyline per named series of (x, y) points."""
    xs = [x for points in series.values() for x, _ in points]
    ys = [y for points in series.values() for _, y in points]
    frame = _Frame(xs, ys, x_label, y_label)
    frame.axes()
    for index, (name, points) in enumerate(series.items()):
        colour = COLOURS[index % len(COLOURS)]
        path = " ".join(f"{frame.x(x):.1f},{frame.y(y):.1f}" for x, y in sorted(points))
        frame.parts.append(
            f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="1.5">'
            f"<title>{escape(name)}</title></polyline>"
        )
    _legend(frame, list(series))
    return frame.svg(title)
