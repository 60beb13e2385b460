"""`harness compare` as a report: verdict, regressions, then one table per kind of change."""

from __future__ import annotations

from harness.compare.models import Comparison, PairComparison, PerfDelta
from harness.report.sections import Section

EVIDENCE_CHARS = 160


def _short(text: str, limit: int = EVIDENCE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def title(comparison: Comparison) -> str:
    """The verdict in one line, with how many cases it is about and what it left unpaired."""
    return (
        f"Compare {comparison.baseline.run_id} → {comparison.candidate.run_id}: "
        f"{_verdict(comparison)}"
    )


def _verdict(comparison: Comparison) -> str:
    verdict = "REGRESSION" if comparison.regressed else "no regression"
    if comparison.unjudged:
        verdict = "NOT JUDGED"
    verdict += f" ({comparison.compared_cases} case(s) compared"
    unpaired = comparison.candidate_only_targets
    if unpaired:
        verdict += f"; not compared: {', '.join(unpaired)}"
    return verdict + ")"


def lines(comparison: Comparison) -> list[str]:
    """Why the gate could not judge, regressions, then notes on how the runs were compared."""
    out = [f"- NOT JUDGED: {r}" for r in comparison.unjudged]
    out += [f"- REGRESSION {r}" for r in comparison.regressions]
    out += [f"- note: {n}" for n in comparison.notes]
    for side, names in (
        ("baseline", comparison.baseline_only_targets),
        ("candidate", comparison.candidate_only_targets),
    ):
        if names:
            out.append(f"- only in the {side}: {', '.join(names)} (not compared)")
    return out


def _rate(passed: int, total: int) -> str:
    return f"{passed}/{total} ({passed / total:.0%})" if total else "-"


def _suite_rows(pair: PairComparison) -> list[list[str]]:
    return [
        [
            pair.label,
            s.suite,
            _rate(s.baseline_passed, s.baseline_total),
            _rate(s.candidate_passed, s.candidate_total),
            f"{s.delta_points:+.0f} pts",
            "REGRESSION" if s.regression else "ok",
        ]
        for s in pair.suites
    ]


def _flip_rows(pair: PairComparison) -> list[list[str]]:
    return [
        [pair.label, f"{f.suite}/{f.case}", f.direction, f.check, _short(f.evidence)]
        for f in pair.flips
    ]


def _share(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def _tool_rows(pair: PairComparison) -> list[list[str]]:
    rows = []
    for t in pair.tools:
        change = (
            f"{100 * (t.candidate - t.baseline):+.0f} pts"
            if t.baseline is not None and t.candidate is not None
            else "-"
        )
        verdict = "REGRESSION" if t.regression else ""
        rows.append([pair.label, t.metric, _share(t.baseline), _share(t.candidate), change,
                     verdict])  # fmt: skip
    return rows


def _figure(value: float, unit: str) -> str:
    digits = 3 if unit == "s" else 1 if value < 1000 else 0
    return f"{value:.{digits}f} {unit}"


def _perf_row(label: str, p: PerfDelta) -> list[str]:
    return [
        label,
        p.metric,
        _figure(p.baseline, p.unit),
        _figure(p.candidate, p.unit),
        f"{p.change_pct:+.1f}%",
        f"{'-' if p.higher_is_better else '+'}{p.threshold_pct:g}%",
        f"{p.samples[0]} / {p.samples[1]}",
        "-" if p.p_value is None else f"{p.p_value:.3g}",
        p.status.upper() if p.status == "regression" else p.status,
    ]


def _one_sided_rows(pair: PairComparison) -> list[list[str]]:
    return [[pair.label, "baseline only", c] for c in pair.baseline_only] + [
        [pair.label, "candidate only", c] for c in pair.candidate_only
    ]


def sections(comparison: Comparison) -> list[Section]:
    """The tables of a comparison, each over every compared pair."""
    pairs = comparison.pairs
    return [
        Section(
            "Pass rate by suite (cases both runs have)",
            ["backend/model", "suite", "baseline", "candidate", "change", "verdict"],
            [row for p in pairs for row in _suite_rows(p)],
        ),
        Section(
            "Flipped cases (pass→fail first)",
            ["backend/model", "case", "flip", "check", "evidence"],
            [row for p in pairs for row in _flip_rows(p)],
        ),
        Section(
            "Tool calling",
            ["backend/model", "metric", "baseline", "candidate", "change", "verdict"],
            [row for p in pairs for row in _tool_rows(p)],
        ),
        Section(
            "Performance (median over cases; gate: threshold and rank test)",
            [
                "backend/model",
                "metric",
                "baseline",
                "candidate",
                "change",
                "threshold",
                "samples",
                "p",
                "verdict",
            ],
            [_perf_row(p.label, d) for p in pairs for d in p.perf],
        ),
        Section(
            "Cases on one side only",
            ["backend/model", "side", "case"],
            [row for p in pairs for row in _one_sided_rows(p)],
        ),
    ]
