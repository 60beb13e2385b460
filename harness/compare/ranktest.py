"""Mann–Whitney U: do two samples come from the same distribution? (two-sided p-value)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache

EXACT_LIMIT = 12  # both sides at most this long and no ties: the exact distribution


def _ranks(values: Sequence[float]) -> tuple[list[float], list[int]]:
    """Average ranks (1-based) of `values`, and the sizes of tied groups."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    ties = []
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and values[order[end + 1]] == values[order[start]]:
            end += 1
        for k in range(start, end + 1):
            ranks[order[k]] = (start + end) / 2 + 1
        ties.append(end - start + 1)
        start = end + 1
    return ranks, ties


@lru_cache(maxsize=256)
def _u_counts(n1: int, n2: int) -> tuple[int, ...]:
    """How many orderings give each U from 0 to n1*n2 (no ties)."""
    # counts[m][n][u] by the recurrence on the largest element; kept as rows over m.
    prev = [[1] + [0] * (n1 * n2) for _ in range(n2 + 1)]  # m = 0: U is always 0
    for m in range(1, n1 + 1):
        cur = [[0] * (n1 * n2 + 1) for _ in range(n2 + 1)]
        cur[0][0] = 1
        for n in range(1, n2 + 1):
            for u in range(m * n + 1):
                # the largest is from sample 1 (adds n to U) or from sample 2 (adds 0)
                cur[n][u] = (prev[n][u - n] if u >= n else 0) + cur[n - 1][u]
        prev = cur
    return tuple(prev[n2])


def mann_whitney_p(first: Sequence[float], second: Sequence[float]) -> float:
    """Two-sided p-value that `first` and `second` differ in location."""
    n1, n2 = len(first), len(second)
    if n1 == 0 or n2 == 0:
        raise ValueError("both samples need at least one value")
    ranks, ties = _ranks([*first, *second])
    u1 = sum(ranks[:n1]) - n1 * (n1 + 1) / 2
    mean = n1 * n2 / 2
    if max(n1, n2) <= EXACT_LIMIT and all(t == 1 for t in ties):
        counts = _u_counts(n1, n2)
        total = sum(counts)
        low = min(u1, n1 * n2 - u1)
        tail = sum(counts[: int(low) + 1]) / total
        return min(1.0, 2 * tail)
    n = n1 + n2
    tie_term = sum(t**3 - t for t in ties) / (n * (n - 1))
    variance = n1 * n2 / 12 * ((n + 1) - tie_term)
    if variance <= 0:
        return 1.0  # every value equal: nothing tells the samples apart
    z = (abs(u1 - mean) - 0.5) / math.sqrt(variance)  # with continuity correction
    return min(1.0, math.erfc(max(z, 0.0) / math.sqrt(2)))
