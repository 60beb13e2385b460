"""Performance before → after, called a regression only beyond a threshold *and* the noise."""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from harness.compare.gate import GateConfig
from harness.compare.models import PerfDelta, PerfStatus
from harness.results.records import CaseRecord
from harness.stats.spread import case_mean, median_cv

CaseSamples = dict[tuple[str, str], list[float]]


@dataclass(frozen=True)
class PerfMetric:
    """A timed figure of a record, which way is better, and its gate threshold."""

    name: str
    field: str
    unit: str
    higher_is_better: bool
    threshold: Callable[[GateConfig], float]


METRICS = (
    PerfMetric("TTFT", "ttft_s", "s", False, lambda g: g.ttft_increase_pct),
    PerfMetric("prefill", "prefill_tokens_per_s", "tok/s", True, lambda g: g.prefill_drop_pct),
    PerfMetric("decode", "decode_tokens_per_s", "tok/s", True, lambda g: g.decode_drop_pct),
    PerfMetric("peak VRAM", "vram_peak_mib", "MiB", False, lambda g: g.memory_increase_pct),
    PerfMetric("peak RSS", "rss_peak_mib", "MiB", False, lambda g: g.memory_increase_pct),
)


def case_samples(records: Sequence[CaseRecord], field: str) -> CaseSamples:
    """The measured values of `field` per (suite, case), over repeats; errors left out."""
    samples: CaseSamples = {}
    for record in records:
        value = getattr(record, field)
        if record.status != "error" and value is not None:
            samples.setdefault((record.suite, record.case), []).append(float(value))
    return samples


def _noise_p(baseline: CaseSamples, candidate: CaseSamples) -> float | None:
    """Rank test over samples scaled by each case's baseline median; None without repeats.

    Scaling by the case removes the spread between cases (long and short prompts), so what
    is left on the baseline side is run-to-run noise, and the test asks whether the
    candidate's samples lie beyond it.
    """
    from scipy.stats import mannwhitneyu  # lazily: scipy.stats costs 0.7 s to import

    if not any(len(v) > 1 for v in baseline.values()) or not any(
        len(v) > 1 for v in candidate.values()
    ):
        return None
    before: list[float] = []
    after: list[float] = []
    for key, base_values in baseline.items():
        scale = statistics.median(base_values)
        if scale <= 0:
            continue
        before.extend(v / scale for v in base_values)
        after.extend(v / scale for v in candidate[key])
    if not before or not after:
        return None
    if len(set(before) | set(after)) == 1:
        return 1.0  # every value equal: nothing tells the samples apart
    return float(mannwhitneyu(before, after, alternative="two-sided").pvalue)


def _status(
    worse_pct: float,
    threshold: float,
    p: float | None,
    incomparable: PerfStatus | None,
    noisy: bool,
    gate: GateConfig,
) -> PerfStatus:
    if incomparable is not None:
        return incomparable  # never compared as if it were the same hardware and load
    if noisy:
        return "noisy"
    if -worse_pct > threshold:
        return "improved"
    if worse_pct <= threshold:
        return "unchanged"
    if p is None:
        return "unconfirmed"
    return "regression" if p < gate.alpha else "within noise"


def compare_metric(
    metric: PerfMetric,
    baseline: Sequence[CaseRecord],
    candidate: Sequence[CaseRecord],
    gate: GateConfig,
    incomparable: PerfStatus | None = None,
) -> PerfDelta | None:
    """One metric over the cases both sides measured, or None when they share none.

    `incomparable` ("other machine", "other load") is the status of every figure when the
    two sides were not measured alike.
    """
    base = case_samples(baseline, metric.field)
    cand = case_samples(candidate, metric.field)
    shared = sorted(base.keys() & cand.keys())
    if not shared:
        return None
    base = {k: base[k] for k in shared}
    cand = {k: cand[k] for k in shared}
    before = statistics.median(statistics.median(v) for v in base.values())
    after = statistics.median(statistics.median(v) for v in cand.values())
    if before <= 0:
        return None
    change = 100.0 * (after / before - 1.0)
    worse = -change if metric.higher_is_better else change
    threshold = metric.threshold(gate)
    p = _noise_p(base, cand)
    cvs = (median_cv(base.values()), median_cv(cand.values()))
    noisy = any(cv is not None and 100.0 * cv > gate.noisy_cv_pct for cv in cvs)
    return PerfDelta(
        metric=metric.name,
        unit=metric.unit,
        higher_is_better=metric.higher_is_better,
        baseline=before,
        candidate=after,
        change_pct=change,
        threshold_pct=threshold,
        samples=(sum(map(len, base.values())), sum(map(len, cand.values()))),
        p_value=p,
        status=_status(worse, threshold, p, incomparable, noisy, gate),
        baseline_mean=case_mean(base.values()),
        candidate_mean=case_mean(cand.values()),
        baseline_cv=cvs[0],
        candidate_cv=cvs[1],
    )


def compare_perf(
    baseline: Sequence[CaseRecord],
    candidate: Sequence[CaseRecord],
    gate: GateConfig,
    incomparable: PerfStatus | None = None,
) -> list[PerfDelta]:
    """Every metric both sides measured; VRAM stands in for RSS where the GPU holds the model."""
    deltas = []
    for metric in METRICS:
        delta = compare_metric(metric, baseline, candidate, gate, incomparable)
        if delta is not None:
            deltas.append(delta)
    if any(d.metric == "peak VRAM" for d in deltas):
        deltas = [d for d in deltas if d.metric != "peak RSS"]
    return deltas


def gate_fails(delta: PerfDelta, gate: GateConfig) -> bool:
    """Whether this delta fails the gate: a confirmed regression, or an unconfirmed one if asked."""
    return delta.status == "regression" or (delta.status == "unconfirmed" and gate.fail_unconfirmed)
