"""Timing figures over repeats: the mean with its interval, and run-to-run variation (CV)."""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Sequence

from pydantic import BaseModel, ConfigDict

from harness.stats.rates import CONFIDENCE


class Estimate(BaseModel):
    """A mean with its interval: `{"value", "ci_low", "ci_high", "n"}` in JSON."""

    model_config = ConfigDict(frozen=True)

    value: float
    ci_low: float | None  # None without repeats: run-to-run noise unknown
    ci_high: float | None
    n: int  # samples


def case_mean(samples: Iterable[Sequence[float]], confidence: float = CONFIDENCE) -> Estimate:
    """Mean over cases (one sample list each) of each case's mean; the interval is run-to-run noise, cases held fixed.

    The same cases run on both sides, so what is uncertain is each case's figure, not which
    cases were chosen: the variance is the pooled within-case variance of the repeats.
    """
    from scipy.stats import t as student_t  # lazily: scipy.stats costs 0.7 s to import

    groups = [list(v) for v in samples if v]
    k = len(groups)
    value = sum(statistics.fmean(g) for g in groups) / k
    n = sum(len(g) for g in groups)
    dof = sum(len(g) - 1 for g in groups)
    if dof == 0:
        return Estimate(value=value, ci_low=None, ci_high=None, n=n)
    variance = sum(statistics.variance(g) / len(g) for g in groups if len(g) > 1) / k**2
    half = float(student_t.ppf(0.5 + confidence / 2, dof)) * math.sqrt(variance)
    return Estimate(value=value, ci_low=value - half, ci_high=value + half, n=n)


def median_cv(samples: Iterable[Sequence[float]]) -> float | None:
    """Median over cases of stddev/mean of the repeats (a share); None without repeats."""
    cvs = [
        statistics.stdev(v) / abs(statistics.fmean(v))
        for v in samples
        if len(v) > 1 and statistics.fmean(v) != 0
    ]
    return statistics.median(cvs) if cvs else None
