"""Quality before → after, paired by case: pass rates per suite, flipped cases, tool metrics.

Each case counts by its pass fraction over repeats (1 or 0 without repeats). A drop is a
regression when it is beyond the gate's threshold *and* the paired test says it is beyond
noise (p < alpha); see harness.stats.paired.
"""

from __future__ import annotations

from collections.abc import Sequence

from harness.compare.gate import GateConfig
from harness.compare.models import Flip, QualityVerdict, SuiteDelta, ToolDelta
from harness.report.tool_rates import TOOL_RATES, case_hits, tool_rate
from harness.results.records import CaseRecord
from harness.stats.paired import PairedDifference, paired_difference
from harness.stats.power import detectable_drop
from harness.stats.rates import clustered_rate

CaseKey = tuple[str, str]
EPSILON = 1e-9  # pass rates are ratios of small integers: compare without float noise
ALL_SUITES = "(all)"


def by_case(records: Sequence[CaseRecord]) -> dict[CaseKey, list[CaseRecord]]:
    """Records grouped by (suite, case), repeats together, in first-seen order."""
    groups: dict[CaseKey, list[CaseRecord]] = {}
    for record in records:
        groups.setdefault((record.suite, record.case), []).append(record)
    return groups


def evidence(records: Sequence[CaseRecord]) -> tuple[str, str]:
    """(check, detail) of the first record that did not pass: the error or failing check."""
    for record in records:
        if record.status == "error":
            return "error", record.error or ""
        failing = next((c for c in record.checks if not c.passed), None)
        if record.status == "failed" and failing is not None:
            return failing.name, failing.detail
    return "", ""


def passes(records: Sequence[CaseRecord]) -> int:
    """How many of a case's repeats passed."""
    return sum(r.status == "passed" for r in records)


def fraction(records: Sequence[CaseRecord]) -> float:
    """A case's pass fraction over its repeats."""
    return passes(records) / len(records) if records else 0.0


def verdict(
    difference: PairedDifference, allowed_drop_points: float, alpha: float
) -> QualityVerdict:
    """What a paired difference means for the gate: unchanged, within noise, regression..."""
    if difference.worse == 0 and difference.better == 0:
        return "unchanged"
    significant = difference.p_value < alpha
    if difference.points < -allowed_drop_points - EPSILON and significant:
        return "regression"
    if difference.value > EPSILON and significant:
        return "improved"
    return "within noise"


def _noise(difference: PairedDifference) -> float:
    # Flips against the direction of the change are the visible noise of this comparison.
    return min(difference.worse, difference.better) / difference.n


def _suite_delta(
    name: str,
    keys: Sequence[CaseKey],
    baseline: dict[CaseKey, list[CaseRecord]],
    candidate: dict[CaseKey, list[CaseRecord]],
    gate: GateConfig,
) -> SuiteDelta:
    base_passes = [passes(baseline[k]) for k in keys]
    cand_passes = [passes(candidate[k]) for k in keys]
    base_totals = [len(baseline[k]) for k in keys]
    cand_totals = [len(candidate[k]) for k in keys]
    difference = paired_difference(
        [p / t for p, t in zip(base_passes, base_totals, strict=True)],
        [p / t for p, t in zip(cand_passes, cand_totals, strict=True)],
    )
    result = verdict(difference, gate.pass_rate_drop, gate.alpha)
    drop = detectable_drop(len(keys), gate.alpha, _noise(difference), gate.pass_rate_drop)
    return SuiteDelta(
        suite=name,
        baseline_passed=sum(base_passes),
        baseline_total=sum(base_totals),
        candidate_passed=sum(cand_passes),
        candidate_total=sum(cand_totals),
        baseline_rate=clustered_rate(base_passes, base_totals),
        candidate_rate=clustered_rate(cand_passes, cand_totals),
        difference=difference,
        cases=len(keys),
        detectable_drop_points=None if drop is None else 100.0 * drop,
        verdict=result,
        regression=result == "regression",
    )


def suite_deltas(
    baseline: dict[CaseKey, list[CaseRecord]],
    candidate: dict[CaseKey, list[CaseRecord]],
    shared: Sequence[CaseKey],
    gate: GateConfig,
) -> list[SuiteDelta]:
    """Per suite over the shared cases, then every shared case together (`(all)`)."""
    suites: dict[str, list[CaseKey]] = {}
    for key in shared:
        suites.setdefault(key[0], []).append(key)
    deltas = [_suite_delta(s, keys, baseline, candidate, gate) for s, keys in suites.items()]
    if len(suites) > 1:
        deltas.append(_suite_delta(ALL_SUITES, shared, baseline, candidate, gate))
    return deltas


def flips(
    baseline: dict[CaseKey, list[CaseRecord]],
    candidate: dict[CaseKey, list[CaseRecord]],
    shared: Sequence[CaseKey],
    suites: Sequence[SuiteDelta] = (),
) -> list[Flip]:
    """Cases whose pass fraction changed, worse first, each with its suite's verdict."""
    verdicts = {s.suite: s.verdict for s in suites}
    worse: list[Flip] = []
    better: list[Flip] = []
    for key in shared:
        was, now = fraction(baseline[key]), fraction(candidate[key])
        if was == now:
            continue
        failing_side = candidate[key] if now < was else baseline[key]
        check, detail = evidence(failing_side)
        flip = Flip(
            suite=key[0],
            case=key[1],
            direction="pass→fail" if now < was else "fail→pass",
            check=check,
            evidence=detail,
            baseline_passed=passes(baseline[key]),
            baseline_total=len(baseline[key]),
            candidate_passed=passes(candidate[key]),
            candidate_total=len(candidate[key]),
            suite_verdict=verdicts.get(key[0], "unchanged"),
        )
        (worse if now < was else better).append(flip)
    return worse + better


def tool_deltas(
    baseline: Sequence[CaseRecord], candidate: Sequence[CaseRecord], gate: GateConfig
) -> list[ToolDelta]:
    """Tool-calling shares before → after, paired by case; tool accuracy is gated."""
    deltas = []
    for rate in TOOL_RATES:
        was, now = tool_rate(baseline, rate), tool_rate(candidate, rate)
        if was is None and now is None:
            continue
        before, after = case_hits(baseline, rate), case_hits(candidate, rate)
        keys = [k for k in before if k in after]
        difference = (
            paired_difference(
                [sum(before[k]) / len(before[k]) for k in keys],
                [sum(after[k]) / len(after[k]) for k in keys],
            )
            if keys
            else None
        )
        regression = (
            rate.name == "tool accuracy"
            and difference is not None
            and verdict(difference, gate.tool_accuracy_drop, gate.alpha) == "regression"
        )
        deltas.append(
            ToolDelta(
                metric=rate.name,
                baseline=was,
                candidate=now,
                difference=difference,
                regression=regression,
            )
        )
    return deltas
