"""`harness compare` as a report: verdict, regressions, then one table per kind of change."""

from __future__ import annotations

from harness.compare.models import Comparison, PairComparison, PerfDelta, RepeatSummary
from harness.report.sections import Section
from harness.stats.paired import PairedDifference
from harness.stats.rates import Rate
from harness.stats.spread import Estimate

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
    """Why the gate could not judge, regressions, what differs, warnings, then notes."""
    gate = comparison.gate
    out = [f"- NOT JUDGED: {r}" for r in comparison.unjudged]
    out += [f"- REGRESSION {r}" for r in comparison.regressions]
    for pair in comparison.pairs:
        out += [f"- differs ({pair.label}): {d}" for d in pair.setup_differences]
    out += [f"- WARNING {w}" for w in comparison.warnings]
    out.append(
        f"- gate: a pass-rate drop fails only when beyond {gate.pass_rate_drop:g} points and "
        f"significant (paired test over cases, p < {gate.alpha:g}); flips that are not are "
        "within noise; a must-pass case fails on its own"
    )
    out += [f"- note: {n}" for n in comparison.notes]
    for side, names in (
        ("baseline", comparison.baseline_only_targets),
        ("candidate", comparison.candidate_only_targets),
    ):
        if names:
            out.append(f"- only in the {side}: {', '.join(names)} (not compared)")
    return out


def _rate(rate: Rate | None, passed: int | None = None) -> str:
    if rate is None or rate.n == 0:
        return "-"
    return rate.text() if passed is None else rate.counted(passed)


def _difference(d: PairedDifference | None) -> str:
    if d is None:
        return "-"
    return f"{d.points:+.1f} pts [{100 * d.ci_low:+.1f}, {100 * d.ci_high:+.1f}]"


def _p(d: PairedDifference | None) -> str:
    return "-" if d is None else f"{d.p_value:.2g}"


def _suite_rows(pair: PairComparison) -> list[list[str]]:
    return [
        [
            pair.label,
            s.suite,
            str(s.cases),
            _rate(s.baseline_rate, s.baseline_passed),
            _rate(s.candidate_rate, s.candidate_passed),
            _difference(s.difference),
            f"{s.difference.worse} / {s.difference.better}",
            _p(s.difference),
            "none" if s.detectable_drop_points is None else f"{s.detectable_drop_points:.0f} pts",
            s.verdict.upper() if s.regression else s.verdict,
        ]
        for s in pair.suites
    ]


def _flip_rows(pair: PairComparison) -> list[list[str]]:
    return [
        [
            pair.label,
            f"{f.suite}/{f.case}",
            f.direction,
            f"{f.baseline_passed}/{f.baseline_total} → {f.candidate_passed}/{f.candidate_total}",
            f.suite_verdict,
            f.check,
            _short(f.evidence),
        ]
        for f in pair.flips
    ]


def _tool_rows(pair: PairComparison) -> list[list[str]]:
    return [
        [
            pair.label,
            t.metric,
            _rate(t.baseline),
            _rate(t.candidate),
            _difference(t.difference),
            _p(t.difference),
            "REGRESSION" if t.regression else "",
        ]
        for t in pair.tools
    ]


def _must_pass_rows(pair: PairComparison) -> list[list[str]]:
    return [
        [
            pair.label,
            f"{m.suite}/{m.case}",
            f"{m.baseline_passed}/{m.baseline_total}",
            f"{m.candidate_passed}/{m.candidate_total}",
            m.why,
            "REGRESSION"
            if m.regression
            else "fails in both runs"
            if m.candidate_passed < m.candidate_total
            else "ok",
        ]
        for m in pair.must_pass
    ]


def _flaky_rows(pair: PairComparison) -> list[list[str]]:
    return [
        [pair.label, f.side, f"{f.suite}/{f.case}", f"{f.passed}/{f.total}"] for f in pair.flaky
    ]


def _repeat_row(label: str, side: str, r: RepeatSummary | None) -> list[list[str]]:
    if r is None:
        return []
    return [[label, side, str(r.k), f"{r.pass_at_1:.0%}", f"{r.pass_at_k:.0%}",
             f"{r.pass_hat_k:.0%}", str(r.flaky_cases)]]  # fmt: skip


def _figure(value: float, unit: str) -> str:
    digits = 3 if unit == "s" else 1 if value < 1000 else 0
    return f"{value:.{digits}f} {unit}"


def _mean(e: Estimate | None, unit: str) -> str:
    if e is None or e.ci_low is None or e.ci_high is None:
        return "-"
    return f"{_figure(e.value, unit)} [{_figure(e.ci_low, '')}–{_figure(e.ci_high, '')}]".replace(
        " ]", "]"
    ).replace(" –", "–")


def _cv(base: float | None, cand: float | None) -> str:
    if base is None and cand is None:
        return "-"
    return " / ".join("-" if v is None else f"{v:.0%}" for v in (base, cand))


PERF_VERDICTS = {
    "regression": "REGRESSION",
    "other machine": "other machine: not gated",
    "other load": "other concurrency: not gated",
    "noisy": "noisy: not gated",
    "unconfirmed": "unconfirmed: not gated",
}


def _perf_row(label: str, p: PerfDelta) -> list[str]:
    return [
        label,
        p.metric,
        _figure(p.baseline, p.unit),
        _figure(p.candidate, p.unit),
        _mean(p.baseline_mean, p.unit),
        _mean(p.candidate_mean, p.unit),
        _cv(p.baseline_cv, p.candidate_cv),
        f"{p.change_pct:+.1f}%",
        f"{'-' if p.higher_is_better else '+'}{p.threshold_pct:g}%",
        f"{p.samples[0]} / {p.samples[1]}",
        "-" if p.p_value is None else f"{p.p_value:.3g}",
        PERF_VERDICTS.get(p.status, p.status),
    ]


def _one_sided_rows(pair: PairComparison) -> list[list[str]]:
    return [[pair.label, "baseline only", c] for c in pair.baseline_only] + [
        [pair.label, "candidate only", c] for c in pair.candidate_only
    ]


SUITE_HEADERS = [
    "backend/model", "suite", "cases", "baseline", "candidate", "change [95% CI]",
    "worse / better", "p", "detectable drop", "verdict",
]  # fmt: skip
TOOL_HEADERS = [
    "backend/model", "metric", "baseline", "candidate", "change [95% CI]", "p", "verdict",
]  # fmt: skip


def sections(comparison: Comparison) -> list[Section]:
    """The tables of a comparison, each over every compared pair."""
    pairs = comparison.pairs
    return [
        Section(
            "Pass rate by suite, 95% intervals (cases both runs have, paired by case)",
            SUITE_HEADERS,
            [row for p in pairs for row in _suite_rows(p)],
        ),
        Section(
            "Must-pass cases (a pass→fail flip fails the gate alone)",
            ["backend/model", "case", "baseline", "candidate", "why", "verdict"],
            [row for p in pairs for row in _must_pass_rows(p)],
        ),
        Section(
            "Flipped cases (worse first; suite verdict says whether beyond noise)",
            ["backend/model", "case", "flip", "passed", "suite verdict", "check", "evidence"],
            [row for p in pairs for row in _flip_rows(p)],
        ),
        Section(
            "Flaky cases (passed some repeats, failed others)",
            ["backend/model", "side", "case", "passed"],
            [row for p in pairs for row in _flaky_rows(p)],
        ),
        Section(
            "Repeats: pass@1, pass@k (any of k passed), pass^k (all k passed)",
            ["backend/model", "side", "k", "pass@1", "pass@k", "pass^k", "flaky cases"],
            [
                row
                for p in pairs
                for side, r in (
                    ("baseline", p.baseline_repeats),
                    ("candidate", p.candidate_repeats),
                )
                for row in _repeat_row(p.label, side, r)
            ],
        ),
        Section(
            "Tool calling, 95% intervals (paired by case)",
            TOOL_HEADERS,
            [row for p in pairs for row in _tool_rows(p)],
        ),
        Section(
            "Performance (median over cases; mean [95% CI] and CV over repeats; gate: "
            "threshold and rank test, same machine only, CV within limit)",
            [
                "backend/model",
                "metric",
                "baseline",
                "candidate",
                "baseline mean",
                "candidate mean",
                "CV",
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
