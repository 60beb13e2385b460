"""Must-pass cases: a flip of one of these fails the gate on its own, whatever the statistics.

A case is must-pass when its suite tags it `must-pass`, or when `[tool.harness.gate]`
`must_pass` (or `--must-pass`) names it as `SUITE/CASE`, `CASE` or `tag:NAME`.
"""

from __future__ import annotations

from collections.abc import Sequence

from harness.compare.gate import GateConfig
from harness.compare.models import MustPass
from harness.results.records import CaseRecord

CaseKey = tuple[str, str]
MUST_PASS_TAG = "must-pass"


def why_must_pass(key: CaseKey, tags: set[str], gate: GateConfig) -> str | None:
    """The tag or gate entry that makes this case must-pass, or None."""
    if MUST_PASS_TAG in tags:
        return f"tagged {MUST_PASS_TAG} in its suite"
    for entry in gate.must_pass:
        tag = entry.removeprefix("tag:")
        if (entry.startswith("tag:") and tag in tags) or entry in (f"{key[0]}/{key[1]}", key[1]):
            return f"must_pass: {entry}"
    return None


def must_pass_cases(
    baseline: dict[CaseKey, list[CaseRecord]],
    candidate: dict[CaseKey, list[CaseRecord]],
    shared: Sequence[CaseKey],
    gate: GateConfig,
) -> list[MustPass]:
    """Every shared must-pass case; a regression when the candidate passes it less often."""
    found = []
    for key in shared:
        tags = {t for r in [*baseline[key], *candidate[key]] for t in r.tags}
        why = why_must_pass(key, tags, gate)
        if why is None:
            continue
        base_pass = sum(r.status == "passed" for r in baseline[key])
        cand_pass = sum(r.status == "passed" for r in candidate[key])
        base_total, cand_total = len(baseline[key]), len(candidate[key])
        found.append(
            MustPass(
                suite=key[0],
                case=key[1],
                why=why,
                baseline_passed=base_pass,
                baseline_total=base_total,
                candidate_passed=cand_pass,
                candidate_total=cand_total,
                regression=cand_pass * base_total < base_pass * cand_total,
            )
        )
    return found
