"""Repeats in a comparison: the flaky cases of each side, pass@k and pass^k."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from harness.compare.models import FlakyCase, RepeatSummary
from harness.results.records import CaseRecord
from harness.stats.repeats import is_flaky, mean_pass_at_k, mean_pass_hat_k

CaseKey = tuple[str, str]


def _counts(
    groups: dict[CaseKey, list[CaseRecord]], keys: Sequence[CaseKey]
) -> list[tuple[int, int]]:
    return [(sum(r.status == "passed" for r in groups[k]), len(groups[k])) for k in keys]


def flaky_cases(
    side: Literal["baseline", "candidate"],
    groups: dict[CaseKey, list[CaseRecord]],
    keys: Sequence[CaseKey],
) -> list[FlakyCase]:
    """Cases of one side that passed on some repeats and failed on others."""
    return [
        FlakyCase(side=side, suite=k[0], case=k[1], passed=passed, total=total)
        for k, (passed, total) in zip(keys, _counts(groups, keys), strict=True)
        if is_flaky(passed, total)
    ]


def repeat_summary(
    groups: dict[CaseKey, list[CaseRecord]], keys: Sequence[CaseKey]
) -> RepeatSummary | None:
    """pass@1, pass@k and pass^k with k the fewest repeats of any case; None without repeats."""
    counts = _counts(groups, keys)
    k = min((total for _, total in counts), default=1)
    if k < 2:
        return None
    pass_at_1, pass_at_k = mean_pass_at_k(counts, 1), mean_pass_at_k(counts, k)
    pass_hat_k = mean_pass_hat_k(counts, k)
    if pass_at_1 is None or pass_at_k is None or pass_hat_k is None:
        return None
    return RepeatSummary(
        k=k,
        pass_at_1=pass_at_1,
        pass_at_k=pass_at_k,
        pass_hat_k=pass_hat_k,
        flaky_cases=sum(is_flaky(p, t) for p, t in counts),
    )
