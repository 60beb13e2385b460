"""The run directory: `run.json` replaced atomically, `cases.jsonl` appended line by line."""

from __future__ import annotations

import json
import os
from pathlib import Path

from harness.results.records import CaseRecord, RunRecord

RUN_FILE = "run.json"
CASES_FILE = "cases.jsonl"


class RunExists(Exception):
    """The output directory already holds a run."""


class RunWriter:
    """Writes one run; every case line is flushed and fsynced as soon as it is known."""

    def __init__(self, out_dir: str | Path):
        self.dir = Path(out_dir)
        if (self.dir / CASES_FILE).exists() or (self.dir / RUN_FILE).exists():
            raise RunExists(f"{self.dir} already holds a run; choose another --out")
        self.dir.mkdir(parents=True, exist_ok=True)
        self._cases = (self.dir / CASES_FILE).open("a", encoding="utf-8")

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


def read_cases(path: str | Path) -> list[CaseRecord]:
    """Read every complete line of a cases.jsonl file."""
    records = []
    with Path(path).open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                records.append(CaseRecord.model_validate(json.loads(line)))
    return records
