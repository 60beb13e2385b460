"""Whether a comparison covers enough to be a gate at all: a vacuous pass is not a pass."""

from __future__ import annotations

from harness.compare.models import Comparison


def coverage_problems(
    comparison: Comparison, allow_incomplete: bool = False, require_pairs: bool = False
) -> list[str]:
    """Why the gate cannot judge this candidate (exit 2); empty when it can."""
    problems = []
    candidate = comparison.candidate
    if candidate.status != "completed" and not allow_incomplete:
        problems.append(
            f"the candidate run is {candidate.status} ({candidate.cases} record(s)), not "
            "completed: a gate over part of a run proves nothing (--allow-incomplete to "
            "compare what it has)"
        )
    if comparison.pairs and comparison.compared_cases == 0:
        problems.append("the runs share no case: nothing was compared")
    else:
        problems.extend(
            f"{pair.label}: the runs share no case of this pair"
            for pair in comparison.pairs
            if pair.compared_cases == 0
        )
    if require_pairs and comparison.candidate_only_targets:
        problems.append(
            f"{', '.join(comparison.candidate_only_targets)}: no baseline to compare with "
            "(--require-pairs; add a baseline made on this machine, or --pair BASE=CAND)"
        )
    return problems
