"""The run directory: `run.json` replaced atomically, `cases.jsonl` appended line by line."""

from __future__ import annotations

import json
import os
from pathlib import Path

from harness.results.records import CaseRecord, RunRecord

RUN_FILE = "run.json"
CASES_FILE = "cases.jsonl"


INTERRUPTED = "interrupted by the user (Ctrl-C)"


class RunExists(Exception):
    """The output directory already holds a run."""


class RunUnreadable(Exception):
    """A directory holds no run, or one that cannot be read; the message names it."""


class NothingToResume(Exception):
    """`--resume` named a directory without a run in it."""


def _complete_records(path: Path) -> tuple[list[CaseRecord], bool]:
    """The records worth keeping from a cases file, and whether anything was dropped.

    A line cut off by a kill (no newline, or not JSON) and a case that was interrupted
    are dropped, so that resuming runs them again and each case ends up recorded once.
    """
    if not path.exists():
        return [], False
    raw = path.read_text(encoding="utf-8")
    lines = raw.split("\n")
    dropped = bool(lines[-1].strip())  # text after the last newline: a partial write
    records = []
    for line in lines[:-1]:
        if not line.strip():
            continue
        try:
            record = CaseRecord.model_validate(json.loads(line))
        except ValueError:
            dropped = True
            continue
        if record.status == "error" and record.error == INTERRUPTED:
            dropped = True
            continue
        records.append(record)
    return records, dropped


class RunWriter:
    """Writes one run; every case line is flushed and fsynced as soon as it is known."""

    def __init__(self, out_dir: str | Path, resume: bool = False):
        self.dir = Path(out_dir)
        self.existing: list[CaseRecord] = []
        cases_path = self.dir / CASES_FILE
        if resume:
            if not (self.dir / RUN_FILE).exists():
                raise NothingToResume(f"{self.dir} holds no run to resume (no {RUN_FILE})")
            self.existing, dropped = _complete_records(cases_path)
            if dropped:  # rewrite without the partial or interrupted lines, atomically
                tmp = cases_path.with_suffix(".jsonl.tmp")
                tmp.write_text(
                    "".join(r.model_dump_json() + "\n" for r in self.existing), encoding="utf-8"
                )
                os.replace(tmp, cases_path)
        elif cases_path.exists() or (self.dir / RUN_FILE).exists():
            raise RunExists(f"{self.dir} already holds a run; choose another --out or --resume it")
        self.dir.mkdir(parents=True, exist_ok=True)
        self._cases = cases_path.open("a", encoding="utf-8")

    def write_run(self, run: RunRecord) -> None:
        """Replace run.json atomically, so a reader never sees half a file."""
        target = self.dir / RUN_FILE
        tmp = target.with_suffix(".json.tmp")
        tmp.write_text(run.model_dump_json(indent=2) + "\n", encoding="utf-8")
        with tmp.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)

    def append(self, record: CaseRecord) -> None:
        """Append one case line and make it durable before returning."""
        self._cases.write(record.model_dump_json() + "\n")
        self._cases.flush()
        os.fsync(self._cases.fileno())

    def close(self) -> None:
        """Close the cases file."""
        self._cases.close()


def read_run(run_dir: str | Path) -> tuple[RunRecord, list[CaseRecord]]:
    """Read a run directory back."""
    run_dir = Path(run_dir)
    run = RunRecord.model_validate_json((run_dir / RUN_FILE).read_text(encoding="utf-8"))
    return run, read_cases(run_dir / CASES_FILE)


def read_run_dir(run_dir: str | Path, role: str = "run") -> tuple[RunRecord, list[CaseRecord]]:
    """Read a run directory, or raise RunUnreadable saying which (`role`) and why."""
    path = Path(run_dir)
    if not (path / RUN_FILE).is_file():
        raise RunUnreadable(f"{role} {path}: no {RUN_FILE} (is it a run directory?)")
    try:
        return read_run(path)
    except (OSError, ValueError) as exc:
        raise RunUnreadable(f"{role} {path}: cannot read the run: {exc}") from None


def read_cases(path: str | Path) -> list[CaseRecord]:
    """Read every line of a cases.jsonl file."""
    records = []
    with Path(path).open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                records.append(CaseRecord.model_validate(json.loads(line)))
    return records
