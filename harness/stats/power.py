"""The smallest pass-rate drop a paired comparison of n cases can detect.

The model: each case flips pass→fail with probability `noise + drop` and fail→pass with
probability `noise`, independently; the gate fires when the drop is beyond its threshold
and the exact McNemar test is significant at alpha. The detectable drop is the smallest
whole number of cases (as a share of n) that the gate catches with the given power.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

POWER = 0.8


@lru_cache(maxsize=512)
def _max_better(discordant: int, alpha: float) -> int:
    """The most fail→pass flips among `discordant` that still leave the drop significant."""
    from scipy.stats import binom  # lazily: scipy.stats costs 0.7 s to import

    # Two-sided exact McNemar with worse > better: p = 2 * P(X <= better), X ~ Bin(m, 1/2).
    cdf = binom.cdf(np.arange(discordant + 1), discordant, 0.5)
    significant = np.nonzero(2 * cdf < alpha)[0]
    return int(significant[-1]) if significant.size else -1


def smallest_significant_flips(n: int, alpha: float) -> int | None:
    """Fewest pass→fail flips (and none the other way) that the exact test calls significant."""
    for worse in range(1, n + 1):
        if _max_better(worse, alpha) >= 0:
            return worse
    return None


def gate_power(n: int, drop: float, noise: float, alpha: float, threshold: float = 0.0) -> float:
    """Probability that the gate fires for a true drop (share) with the given flip noise."""
    from scipy.stats import binom  # lazily: scipy.stats costs 0.7 s to import

    worse_p = min(noise + drop, 1.0)
    better_p = min(noise, 1.0 - worse_p)
    worse = np.arange(n + 1)
    worse_pmf = binom.pmf(worse, n, worse_p)
    total = 0.0
    for w in worse[worse_pmf > 1e-12]:
        better = np.arange(n - w + 1)
        rest = better_p / (1.0 - worse_p) if worse_p < 1 else 0.0
        better_pmf = binom.pmf(better, n - w, rest)
        limits = np.array([_max_better(int(w + b), alpha) for b in better])
        fires = (better < w) & (better <= limits) & (100.0 * (w - better) / n > threshold)
        total += float(worse_pmf[w] * better_pmf[fires].sum())
    return total


def detectable_drop(
    n: int, alpha: float, noise: float = 0.0, threshold: float = 0.0, power: float = POWER
) -> float | None:
    """Smallest drop (share of n, in whole cases) caught with `power`; None when none is."""
    if n == 0 or gate_power(n, 1.0 - noise, noise, alpha, threshold) < power:
        return None
    low, high = 0, n  # power grows with the drop: bisect on the number of cases
    while high - low > 1:
        middle = (low + high) // 2
        if gate_power(n, middle / n, noise, alpha, threshold) >= power:
            high = middle
        else:
            low = middle
    return high / n
