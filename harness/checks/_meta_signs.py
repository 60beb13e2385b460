"""How `meta_rambling`'s signs add up: the rules' score and the learned blend both count them so."""

from __future__ import annotations

from collections.abc import Iterable


def sign_sums(rule_weights: Iterable[tuple[str, float]]) -> tuple[float, float]:
    """The sum of signs of 1 or more, and of smaller signs counted once per rule (the heaviest)."""
    strong = 0.0
    weak: dict[str, float] = {}
    for rule, weight in rule_weights:
        if weight >= 1.0:
            strong += weight
        else:
            weak[rule] = max(weak.get(rule, 0.0), weight)
    return strong, sum(weak.values())
