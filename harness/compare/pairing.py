"""Which backend/model of the baseline is compared with which of the candidate."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from harness.results.records import CaseRecord, RunRecord, target


class PairingError(Exception):
    """An explicit `--pair` names a target a run does not have."""


def targets(records: Sequence[CaseRecord]) -> list[str]:
    """The targets of a run's records, in first-seen order."""
    return list(dict.fromkeys(target(r) for r in records))


def pair_targets(
    baseline: Sequence[str], candidate: Sequence[str], explicit: Sequence[tuple[str, str]] = ()
) -> tuple[list[tuple[str, str]], list[str]]:
    """Pairs to compare and notes on how they were chosen.

    Explicit pairs first; then targets with the same name; then, when exactly one target
    is left on each side, those two (the usual "this model against that one").
    """
    pairs: list[tuple[str, str]] = []
    notes: list[str] = []
    for base, cand in explicit:
        if base not in baseline:
            raise PairingError(f"--pair {base}={cand}: the baseline has no {base!r}")
        if cand not in candidate:
            raise PairingError(f"--pair {base}={cand}: the candidate has no {cand!r}")
        pairs.append((base, cand))
    left_base = [t for t in baseline if t not in {b for b, _ in pairs}]
    left_cand = [t for t in candidate if t not in {c for _, c in pairs}]
    for name in list(left_base):
        if name in left_cand:
            pairs.append((name, name))
            left_base.remove(name)
            left_cand.remove(name)
    if len(left_base) == 1 and len(left_cand) == 1:
        pairs.append((left_base[0], left_cand[0]))
        notes.append(
            f"compared {left_base[0]} with {left_cand[0]}: the only backend/model left on "
            "each side (name others with --pair BASE=CAND)"
        )
    return pairs, notes


def machine(run: RunRecord, spec_target: str) -> tuple[Any, ...]:
    """What the timing of a target depends on: CPU, cores and GPUs of the machine it ran on.

    A merged run keeps each target's own environment under `machines`, since matrix jobs
    run on different machines.
    """
    environment = (getattr(run, "machines", None) or {}).get(spec_target) or run.environment
    gpus = environment.get("gpus") or []
    return (environment.get("cpu"), environment.get("cpu_logical"), tuple(gpus))
