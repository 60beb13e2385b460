"""Compare a candidate run with a baseline run: quality, tool calling and performance."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from harness.compare.flaky import flaky_cases, repeat_summary
from harness.compare.gate import GateConfig
from harness.compare.models import Comparison, PairComparison, PerfStatus, RunRef
from harness.compare.mustpass import must_pass_cases
from harness.compare.pairing import machine, pair_targets, targets
from harness.compare.perf import compare_perf, gate_fails
from harness.compare.quality import by_case, flips, suite_deltas, tool_deltas
from harness.results.answer_setup import run_warnings, setup_differences
from harness.results.records import CaseRecord, RunRecord, target
from harness.results.store import read_run_dir


class CompareError(Exception):
    """The runs share nothing to compare."""


@dataclass(frozen=True)
class Side:
    """One run of a comparison, read once and shared by the comparison and its renderers."""

    path: str
    run: RunRecord
    records: list[CaseRecord]


def read_side(path: str | Path, role: str) -> Side:
    """Read a run directory as the `role` ("baseline", "candidate") of a comparison."""
    run, records = read_run_dir(path, role)
    return Side(str(path), run, records)


def _ref(side: Side) -> RunRef:
    return RunRef(
        path=side.path, run_id=side.run.run_id, status=side.run.status, cases=len(side.records)
    )


def _compare_pair(
    base_name: str,
    cand_name: str,
    baseline: Sequence[CaseRecord],
    candidate: Sequence[CaseRecord],
    gate: GateConfig,
    incomparable: PerfStatus | None,
) -> PairComparison:
    base_cases = by_case([r for r in baseline if target(r) == base_name])
    cand_cases = by_case([r for r in candidate if target(r) == cand_name])
    shared = [k for k in base_cases if k in cand_cases]
    base_shared = [r for k in shared for r in base_cases[k]]
    cand_shared = [r for k in shared for r in cand_cases[k]]
    suites = suite_deltas(base_cases, cand_cases, shared, gate) if shared else []
    return PairComparison(
        baseline=base_name,
        candidate=cand_name,
        suites=suites,
        flips=flips(base_cases, cand_cases, shared, suites),
        tools=tool_deltas(base_shared, cand_shared, gate),
        perf=compare_perf(base_shared, cand_shared, gate, incomparable),
        baseline_only=[f"{s}/{c}" for s, c in base_cases if (s, c) not in cand_cases],
        candidate_only=[f"{s}/{c}" for s, c in cand_cases if (s, c) not in base_cases],
        must_pass=must_pass_cases(base_cases, cand_cases, shared, gate),
        flaky=[
            *flaky_cases("baseline", base_cases, shared),
            *flaky_cases("candidate", cand_cases, shared),
        ],
        baseline_repeats=repeat_summary(base_cases, shared),
        candidate_repeats=repeat_summary(cand_cases, shared),
        compared_cases=len(shared),
    )


def _regressions(pair: PairComparison, gate: GateConfig) -> list[str]:
    found = []
    for suite in pair.suites:
        if suite.regression:
            found.append(
                f"{pair.label}: {suite.suite}: pass rate {suite.baseline_rate.text()} → "
                f"{suite.candidate_rate.text()}, {suite.difference.text()} "
                f"(threshold {gate.pass_rate_drop:g} pts, alpha {gate.alpha:g})"
            )
    for case in pair.must_pass:
        if case.regression:
            found.append(
                f"{pair.label}: must-pass case {case.suite}/{case.case} "
                f"{case.baseline_passed}/{case.baseline_total} → "
                f"{case.candidate_passed}/{case.candidate_total} passed ({case.why})"
            )
    for tool in pair.tools:
        if tool.regression and tool.baseline and tool.candidate and tool.difference:
            found.append(
                f"{pair.label}: {tool.metric} {tool.baseline.text()} → "
                f"{tool.candidate.text()}, {tool.difference.text()}"
            )
    for perf in pair.perf:
        if gate_fails(perf, gate):
            found.append(
                f"{pair.label}: {perf.metric} {perf.change_pct:+.1f}% "
                f"(threshold {perf.threshold_pct:g}%, {perf.status})"
            )
    return found


def _suite_notes(baseline: RunRecord, candidate: RunRecord) -> list[str]:
    before = {s.name: s.sha256 for s in baseline.suites}
    return [
        f"suite {s.name} changed between the runs ({before[s.name][:12]} → {s.sha256[:12]}); "
        "its cases are compared by id"
        for s in candidate.suites
        if s.name in before and before[s.name] != s.sha256
    ]


def load_levels(records: Sequence[CaseRecord], name: str) -> frozenset[int]:
    """The concurrency levels a target's cases were measured under (1 before records said)."""
    return frozenset(
        int(getattr(r, "concurrency", None) or 1) for r in records if target(r) == name
    )


def _levels(levels: frozenset[int]) -> str:
    return "/".join(str(level) for level in sorted(levels)) or "none"


def compare_runs(
    baseline: Side,
    candidate: Side,
    gate: GateConfig,
    explicit_pairs: Sequence[tuple[str, str]] = (),
) -> Comparison:
    """Compare two runs under `gate`."""
    base_run, base_records = baseline.run, baseline.records
    cand_run, cand_records = candidate.run, candidate.records
    base_targets, cand_targets = targets(base_records), targets(cand_records)
    pairs, notes = pair_targets(base_targets, cand_targets, explicit_pairs)
    if not pairs:
        raise CompareError(
            f"nothing to compare: the baseline has {', '.join(base_targets) or 'no cases'}, "
            f"the candidate {', '.join(cand_targets) or 'no cases'} "
            "(pair them with --pair BASE=CAND)"
        )
    comparison = Comparison(
        baseline=_ref(baseline),
        candidate=_ref(candidate),
        gate=gate,
        baseline_only_targets=[t for t in base_targets if t not in {b for b, _ in pairs}],
        candidate_only_targets=[t for t in cand_targets if t not in {c for _, c in pairs}],
        notes=notes + _suite_notes(base_run, cand_run),
    )
    for run, role in ((base_run, "baseline"), (cand_run, "candidate")):
        comparison.warnings.extend(f"{role}: {w}" for w in run_warnings(run))
        if run.status != "completed":
            comparison.notes.append(f"the {role} run is {run.status}, not completed")
    for base_name, cand_name in pairs:
        same = machine(base_run, base_name) == machine(cand_run, cand_name)
        if not same:
            comparison.notes.append(
                f"{base_name} and {cand_name} ran on different machines: "
                "performance is shown, not gated"
            )
        loads = load_levels(base_records, base_name), load_levels(cand_records, cand_name)
        if loads[0] != loads[1]:
            comparison.notes.append(
                f"{base_name} ran at concurrency {_levels(loads[0])} and {cand_name} at "
                f"{_levels(loads[1])}: latency under different load is shown, not gated"
            )
        incomparable: PerfStatus | None = (
            "other machine" if not same else "other load" if loads[0] != loads[1] else None
        )
        pair = _compare_pair(base_name, cand_name, base_records, cand_records, gate, incomparable)
        pair.setup_differences = setup_differences(base_run, base_name, cand_run, cand_name)
        if loads[0] != loads[1]:
            pair.setup_differences.append(f"concurrency: {_levels(loads[0])} → {_levels(loads[1])}")
        comparison.pairs.append(pair)
        comparison.regressions.extend(_regressions(pair, gate))
    return comparison
