"""Baseline against candidate on the same cases: the paired difference, its interval and p.

With one answer per case (or repeats that always agree) only the discordant cases decide:
the exact McNemar test (a sign test on them, `scipy.stats.binomtest`) and Newcombe's
square-and-add interval for paired proportions (Newcombe 1998, method 10). With flaky
repeats each case contributes its pass fraction: a paired permutation test (the sign of
each case's difference flipped, `scipy.stats.permutation_test`) and a bootstrap interval
over cases (`scipy.stats.bootstrap`), since repeats of one case are not independent.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Sequence

import numpy as np
from pydantic import BaseModel, ConfigDict

from harness.stats.rates import CONFIDENCE, wilson

SEED = 20240917  # resampling is seeded: the same runs always give the same verdict
RESAMPLES = 9999


class PairedDifference(BaseModel):
    """Candidate minus baseline over the same cases (shares, -1..1), with interval and p."""

    model_config = ConfigDict(frozen=True)

    value: float
    ci_low: float
    ci_high: float
    p_value: float
    n: int  # cases
    worse: int  # cases whose pass fraction fell
    better: int  # cases whose pass fraction rose
    method: str

    @property
    def points(self) -> float:
        """The difference in percentage points."""
        return 100.0 * self.value

    def text(self) -> str:
        """`-6.6 pts [-12.1, -1.2], p=0.031`."""
        return (
            f"{self.points:+.1f} pts [{100 * self.ci_low:+.1f}, {100 * self.ci_high:+.1f}], "
            f"p={self.p_value:.2g}"
        )


def mcnemar_exact_p(worse: int, better: int) -> float:
    """Two-sided exact McNemar p-value: a sign test on the discordant cases."""
    from scipy.stats import binomtest  # lazily: scipy.stats costs 0.7 s to import

    if worse + better == 0:
        return 1.0
    return float(binomtest(worse, worse + better, 0.5).pvalue)


def newcombe_paired(
    both: int, base_only: int, cand_only: int, neither: int, confidence: float = CONFIDENCE
) -> tuple[float, float]:
    """Newcombe's square-and-add interval for (candidate - baseline) pass share, paired."""
    n = both + base_only + cand_only + neither
    p1, p2 = (both + base_only) / n, (both + cand_only) / n  # baseline, candidate
    l1, u1 = wilson(both + base_only, n, confidence)
    l2, u2 = wilson(both + cand_only, n, confidence)
    margins = (
        (both + base_only) * (cand_only + neither) * (both + cand_only) * (base_only + neither)
    )
    phi = 0.0
    if margins > 0:
        a = both * neither - base_only * cand_only
        phi = (a - n / 2) / math.sqrt(margins) if a > n / 2 else min(a, 0) / math.sqrt(margins)
    d = p2 - p1
    low = d - math.sqrt(max((p2 - l2) ** 2 + (u1 - p1) ** 2 - 2 * phi * (p2 - l2) * (u1 - p1), 0))
    high = d + math.sqrt(max((u2 - p2) ** 2 + (p1 - l1) ** 2 - 2 * phi * (u2 - p2) * (p1 - l1), 0))
    return max(-1.0, low), min(1.0, high)


def _mean_difference(x: np.ndarray, y: np.ndarray, axis: int = -1) -> np.ndarray:
    difference: np.ndarray = np.mean(y - x, axis=axis)
    return difference


def _permutation_p(base: np.ndarray, cand: np.ndarray) -> float:
    from scipy.stats import permutation_test  # lazily: scipy.stats costs 0.7 s to import

    moved = base != cand  # unchanged cases add nothing to a sign-flip test
    if moved.sum() < 2:
        return 1.0  # one moved case: both signs are equally extreme
    result = permutation_test(
        (base[moved], cand[moved]),
        _mean_difference,
        permutation_type="samples",
        vectorized=True,
        n_resamples=RESAMPLES,
        rng=np.random.default_rng(SEED),
    )
    return float(min(1.0, result.pvalue))


def _bootstrap_interval(diffs: np.ndarray, confidence: float) -> tuple[float, float]:
    from scipy.stats import bootstrap  # lazily: scipy.stats costs 0.7 s to import

    if np.all(diffs == diffs[0]):
        return float(diffs[0]), float(diffs[0])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a degenerate BCa falls back to percentiles below
        for method in ("BCa", "percentile"):
            interval = bootstrap(
                (diffs,),
                np.mean,
                confidence_level=confidence,
                n_resamples=RESAMPLES,
                method=method,
                rng=np.random.default_rng(SEED),
            ).confidence_interval
            if np.isfinite(interval.low) and np.isfinite(interval.high):
                return float(interval.low), float(interval.high)
    return float(diffs.min()), float(diffs.max())


def paired_difference(
    baseline: Sequence[float], candidate: Sequence[float], confidence: float = CONFIDENCE
) -> PairedDifference:
    """Compare per-case pass fractions (0..1) of the same cases, baseline and candidate."""
    if len(baseline) != len(candidate) or not baseline:
        raise ValueError("paired fractions need the same, non-zero number of cases")
    base, cand = np.asarray(baseline, float), np.asarray(candidate, float)
    worse, better = int(np.sum(cand < base)), int(np.sum(cand > base))
    value = float(np.mean(cand - base))
    binary = bool(np.all(np.isin(base, (0.0, 1.0))) and np.all(np.isin(cand, (0.0, 1.0))))
    if binary:
        both = int(np.sum((base == 1) & (cand == 1)))
        neither = int(np.sum((base == 0) & (cand == 0)))
        low, high = newcombe_paired(both, worse, better, neither, confidence)
        p, method = mcnemar_exact_p(worse, better), "exact McNemar"
    else:
        low, high = _bootstrap_interval(cand - base, confidence)
        p, method = _permutation_p(base, cand), "paired permutation of pass fractions"
    return PairedDifference(
        value=value,
        ci_low=low,
        ci_high=high,
        p_value=p,
        n=len(base),
        worse=worse,
        better=better,
        method=method,
    )
