"""Pair expected calls with actual calls: a maximum bipartite matching, any count, any order."""

from __future__ import annotations

from collections.abc import Callable


def max_matching(rows: int, cols: int, fits: Callable[[int, int], bool]) -> dict[int, int]:
    """The largest set of `row -> col` pairs that fit, each row and column used once.

    Kuhn's augmenting paths: O(rows * cols^2) tests of `fits` at worst, each tested once, so
    eight parallel calls cost 64 comparisons where trying permutations would cost 40,320.
    """
    cache: dict[tuple[int, int], bool] = {}

    def fit(row: int, col: int) -> bool:
        if (row, col) not in cache:
            cache[(row, col)] = fits(row, col)
        return cache[(row, col)]

    owner: dict[int, int] = {}  # col -> row

    def augment(row: int, seen: set[int]) -> bool:
        for col in range(cols):
            if col in seen or not fit(row, col):
                continue
            seen.add(col)
            if col not in owner or augment(owner[col], seen):
                owner[col] = row
                return True
        return False

    for row in range(rows):
        augment(row, set())
    return {row: col for col, row in owner.items()}
