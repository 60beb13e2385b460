"""Repeated answers to one case: pass@k, pass^k and flakiness.

pass@k is the chance that at least one of k answers passes, pass^k that all k do; both are
estimated without bias from n answers of which c passed (Chen et al. 2021 for pass@k, the
tau-bench paper for pass^k) and averaged over cases.
"""

from __future__ import annotations

from collections.abc import Sequence
from math import comb


def pass_at_k(n: int, c: int, k: int) -> float:
    """Chance that at least one of k answers drawn from these n passes."""
    if k > n:
        raise ValueError(f"k={k} is more than the {n} answers")
    return 1.0 - comb(n - c, k) / comb(n, k)


def pass_hat_k(n: int, c: int, k: int) -> float:
    """Chance that all of k answers drawn from these n pass (pass^k)."""
    if k > n:
        raise ValueError(f"k={k} is more than the {n} answers")
    return comb(c, k) / comb(n, k)


def is_flaky(passed: int, total: int) -> bool:
    """A case that passed on some repeats and failed on others."""
    return 0 < passed < total


def mean_pass_at_k(counts: Sequence[tuple[int, int]], k: int) -> float | None:
    """pass@k averaged over cases given (passed, total) each; None when a case has < k."""
    if not counts or any(total < k for _, total in counts):
        return None
    return sum(pass_at_k(total, passed, k) for passed, total in counts) / len(counts)


def mean_pass_hat_k(counts: Sequence[tuple[int, int]], k: int) -> float | None:
    """pass^k averaged over cases given (passed, total) each; None when a case has < k."""
    if not counts or any(total < k for _, total in counts):
        return None
    return sum(pass_hat_k(total, passed, k) for passed, total in counts) / len(counts)
