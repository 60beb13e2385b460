"""Shares with 95% intervals: Wilson's score interval, clustered by case when there are repeats.

Repeats of one case are not independent answers: a model that fails a case fails most of its
repeats. The interval therefore uses an effective sample size (Korn & Graubard, 1998): the
number of answers that would give the observed spread of per-case pass counts if they were
independent. One answer per case gives exactly Wilson's interval over the answers; repeats
that always agree give exactly Wilson's interval over the cases.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict

CONFIDENCE = 0.95


class Rate(BaseModel):
    """A share with its interval: `{"value", "ci_low", "ci_high", "n"}` in JSON (0..1)."""

    model_config = ConfigDict(frozen=True)

    value: float
    ci_low: float
    ci_high: float
    n: int  # answers (records) the share is over
    cases: int | None = None  # distinct cases, where repeats make them fewer than n

    def text(self) -> str:
        """`42% [31–53%]`: the value and its 95% interval, in percent."""
        return f"{self.value:.0%} [{self.ci_low:.0%}–{self.ci_high:.0%}]"

    def counted(self, passed: int) -> str:
        """`42% [31–53%] (38/91)`."""
        return f"{self.text()} ({passed}/{self.n})"


def wilson(successes: float, n: float, confidence: float = CONFIDENCE) -> tuple[float, float]:
    """Wilson's score interval for successes out of n (n may be an effective, fractional size)."""
    from scipy.stats import norm  # lazily: scipy.stats costs 0.7 s to import

    if n <= 0:
        return 0.0, 1.0
    z = float(norm.ppf(0.5 + confidence / 2))
    p = min(max(successes / n, 0.0), 1.0)
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z / denominator * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return max(0.0, centre - half), min(1.0, centre + half)


def effective_size(passes: Sequence[int], totals: Sequence[int]) -> float:
    """Answers' worth of independent evidence in per-case pass counts (design effect applied)."""
    n = sum(totals)
    if n == 0:
        return 0.0
    if max(totals) == 1:
        return float(n)
    p = sum(passes) / n
    spread = sum((y - p * m) ** 2 for y, m in zip(passes, totals, strict=True))
    if p in (0.0, 1.0):
        return float(len(totals))  # no spread to measure: count each case once
    if spread == 0:
        return float(n)
    return min(float(n), p * (1 - p) * n * n / spread)


def clustered_rate(
    passes: Sequence[int], totals: Sequence[int], confidence: float = CONFIDENCE
) -> Rate:
    """The share of passes over all answers, its interval clustered by case."""
    n = sum(totals)
    value = sum(passes) / n if n else 0.0
    size = effective_size(passes, totals)
    low, high = wilson(value * size, size, confidence)
    cases = len(totals) if max(totals, default=1) > 1 else None
    return Rate(value=value, ci_low=low, ci_high=high, n=n, cases=cases)


def rate_of(outcomes: Sequence[Sequence[bool]], confidence: float = CONFIDENCE) -> Rate:
    """The share of True over every outcome; `outcomes` holds one list per case (its repeats)."""
    groups = [g for g in outcomes if g]
    return clustered_rate([sum(g) for g in groups], [len(g) for g in groups], confidence)
