"""`harness merge`: runs made by separate jobs (one per matrix entry) combined into one."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from harness.results.records import CaseRecord, RunRecord, SuiteRecord, case_key, target
from harness.results.store import RunExists, RunUnreadable, RunWriter, read_run_dir
from harness.timing.stats import timing_table


class MergeError(Exception):
    """The runs cannot be merged; the message names the directories and what differs."""


def _suites(runs: Sequence[tuple[Path, RunRecord]], allow_mismatch: bool) -> list[SuiteRecord]:
    seen: dict[str, tuple[Path, SuiteRecord]] = {}
    for path, run in runs:
        for suite in run.suites:
            first = seen.setdefault(suite.name, (path, suite))
            if first[1].sha256 != suite.sha256 and not allow_mismatch:
                raise MergeError(
                    f"suite {suite.name} differs: {first[0]} ran {first[1].sha256[:12]}, "
                    f"{path} ran {suite.sha256[:12]} (--allow-suite-mismatch to merge anyway)"
                )
    return [suite for _, suite in seen.values()]


def merge_runs(
    dirs: Sequence[str | Path],
    out: str | Path,
    allow_suite_mismatch: bool = False,
    command: Sequence[str] = (),
) -> RunRecord:
    """Merge run directories into `out`; each record keeps its own machine in `machines`."""
    paths = [Path(d) for d in dirs]
    try:
        loaded = [(path, *read_run_dir(path)) for path in paths]
    except RunUnreadable as exc:
        raise MergeError(str(exc)) from None
    suites = _suites([(p, run) for p, run, _ in loaded], allow_suite_mismatch)
    owner: dict[tuple[str, str, str, str, int], Path] = {}
    records: list[CaseRecord] = []
    machines: dict[str, object] = {}
    for path, run, cases in loaded:
        for record in cases:
            key = case_key(record)
            if key in owner:
                raise MergeError(
                    f"{owner[key]} and {path} both hold {record.suite}/{record.case} "
                    f"for {record.backend}:{record.model} (repeat {record.repeat})"
                )
            owner[key] = path
            records.append(record)
            machines.setdefault(target(record), run.environment)
    runs = [run for _, run, _ in loaded]
    merged = RunRecord(
        run_id=Path(out).name,
        status="completed" if all(r.status == "completed" for r in runs) else "interrupted",
        harness_version=runs[0].harness_version,
        started_at=min(r.started_at for r in runs),
        finished_at=max((r.finished_at for r in runs if r.finished_at), default=None),
        command=list(command),
        repeat=max(r.repeat for r in runs),
        warmup=max(r.warmup for r in runs),
        sample_interval_s=runs[0].sample_interval_s,
        environment=runs[0].environment,
        suites=suites,
        backends=[b for r in runs for b in r.backends],
        counts={s: sum(r.status == s for r in records) for s in ("passed", "failed", "error")},
        timing=timing_table(records),
        merged_from=[
            {"path": str(p), "run_id": r.run_id, "status": r.status, "started_at": r.started_at}
            for p, r, _ in loaded
        ],
        machines=machines,
    )
    try:
        writer = RunWriter(out)
    except RunExists as exc:
        raise MergeError(str(exc)) from None
    try:
        for record in records:
            writer.append(record)
        writer.write_run(merged)
    finally:
        writer.close()
    return merged
