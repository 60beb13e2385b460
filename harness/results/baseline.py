"""Baselines kept in the repository: `results/baselines/NAME/`, a copy of a completed run."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from harness.results.store import CASES_FILE, RUN_FILE, RunUnreadable, read_run_dir

NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


class BaselineError(Exception):
    """The run cannot be promoted; the message says why."""


def promote(run_dir: str | Path, name: str, baselines: Path, force: bool = False) -> Path:
    """Copy run.json and cases.jsonl of a completed run to `baselines/name`."""
    source = Path(run_dir)
    if not NAME.match(name):
        raise BaselineError(f"baseline name {name!r}: use letters, digits, '.', '_' and '-'")
    try:
        run, records = read_run_dir(source)
    except RunUnreadable as exc:
        raise BaselineError(str(exc)) from None
    if run.status != "completed":
        raise BaselineError(
            f"{source}: the run is {run.status}; only a completed run is a baseline"
        )
    if not records:
        raise BaselineError(f"{source}: the run has no case records")
    target = baselines / name
    if target.exists():
        if not force:
            raise BaselineError(f"{target} exists; --force replaces it")
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for file in (RUN_FILE, CASES_FILE):
        shutil.copy2(source / file, target / file)
    return target
