"""The run directory: `run.json` replaced atomically, `cases.jsonl` appended line by line."""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from harness.results.records import CaseRecord, RunRecord
from harness.results.validate import RecordError, parse_record
from harness.untrusted import storable_json

RUN_FILE = "run.json"
CASES_FILE = "cases.jsonl"
LOCK_FILE = "run.lock"


INTERRUPTED = "interrupted by the user (Ctrl-C)"


class RunExists(Exception):
    """The output directory already holds a run."""


class RunUnreadable(Exception):
    """A directory holds no run, or one that cannot be read; the message names it."""


class NothingToResume(Exception):
    """`--resume` named a directory without a run in it."""


class RunLocked(RunExists):
    """Another live process is writing the run directory."""


class RunWriteError(OSError):
    """Writing the run directory failed (disk full, read-only...); the message names the file."""


@contextlib.contextmanager
def writing(path: Path) -> Iterator[None]:
    """Turn an OS error while writing `path` into RunWriteError naming the file and the cause."""
    try:
        yield
    except RunWriteError:
        raise
    except OSError as exc:
        raise RunWriteError(f"cannot write {path}: {exc.strerror or exc}") from None


def _lock(run_dir: Path) -> IO[bytes]:
    """An exclusive lock on the run directory, held while the file stays open.

    flock locks belong to the open file: the kernel drops them when the holder exits,
    however it dies, so a lock left by a killed run is never stale.
    """
    path = run_dir / LOCK_FILE
    with writing(path):
        handle = path.open("ab")
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        raise RunLocked(
            f"{run_dir} is being written by another harness process; wait for it to finish "
            "(or stop it), then resume"
        ) from None
    return handle


def _complete_records(path: Path) -> tuple[list[CaseRecord], bool]:
    """The records worth keeping from a cases file, and whether anything was dropped.

    A line cut off by a kill (no newline, or not JSON) and a case that was interrupted
    are dropped, so that resuming runs them again and each case ends up recorded once.
    """
    if not path.exists():
        return [], False
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise NothingToResume(f"{path}: cannot resume from it: {exc}") from None
    lines = raw.split("\n")
    dropped = bool(lines[-1].strip())  # text after the last newline: a partial write
    records = []
    for number, line in enumerate(lines[:-1], start=1):
        if not line.strip():
            continue
        try:
            record = parse_record(line, CaseRecord, f"{path}:{number}")
        except RecordError as exc:
            if "not JSON" not in str(exc):
                # A whole line with bad values was written by something else, not cut by a kill.
                raise NothingToResume(f"cannot resume: {exc}") from None
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
        if resume and not (self.dir / RUN_FILE).is_file():
            raise NothingToResume(f"{self.dir} holds no run to resume (no {RUN_FILE} file)")
        with writing(self.dir):
            self.dir.mkdir(parents=True, exist_ok=True)
        # Locked before looking at what is there: two runs starting at once cannot both
        # find the directory empty.
        self._lock = _lock(self.dir)
        try:
            if resume:
                self.existing, dropped = _complete_records(cases_path)
                if dropped:  # rewrite without the partial or interrupted lines, atomically
                    text = "".join(storable_json(r) + "\n" for r in self.existing)
                    replace_file(cases_path, text)
            elif cases_path.exists() or (self.dir / RUN_FILE).exists():
                raise RunExists(
                    f"{self.dir} already holds a run; choose another --out or --resume it"
                )
            with writing(cases_path):
                self._cases = os.open(cases_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        except BaseException:
            self._lock.close()
            raise

    def write_run(self, run: RunRecord) -> None:
        """Replace run.json atomically, so a reader never sees half a file."""
        replace_file(self.dir / RUN_FILE, storable_json(run, indent=2) + "\n")

    def append(self, record: CaseRecord) -> None:
        """Append one case line and make it durable before returning."""
        data = memoryview((storable_json(record) + "\n").encode("utf-8"))
        with writing(self._cases_path):
            size = os.fstat(self._cases).st_size
            try:
                while data:
                    data = data[os.write(self._cases, data) :]
                os.fsync(self._cases)
            except OSError:
                # A full disk takes half a line: cut it off, so every line stays a record.
                os.ftruncate(self._cases, size)
                raise

    @property
    def _cases_path(self) -> Path:
        return self.dir / CASES_FILE

    def close(self) -> None:
        """Close the cases file and release the directory."""
        try:
            os.close(self._cases)
        finally:
            self._lock.close()


def replace_file(target: Path, text: str, make_parent: bool = False) -> None:
    """Write `target` through a temporary file and a rename; no temporary file is left behind."""
    tmp = target.with_name(target.name + ".tmp")
    try:
        with writing(target):
            if make_parent:
                target.parent.mkdir(parents=True, exist_ok=True)
            with tmp.open("w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise


def read_run(run_dir: str | Path) -> tuple[RunRecord, list[CaseRecord]]:
    """Read a run directory back; a malformed file raises OSError or RecordError (a ValueError)."""
    run_dir = Path(run_dir)
    run_path = run_dir / RUN_FILE
    run = parse_record(run_path.read_text(encoding="utf-8"), RunRecord, str(run_path))
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
    """Read every line of a cases.jsonl file; a bad line raises RecordError naming it."""
    records = []
    with Path(path).open(encoding="utf-8") as handle:
        try:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    records.append(parse_record(line, CaseRecord, f"{path}:{number}"))
        except UnicodeDecodeError as exc:
            raise RecordError(f"{path}: not UTF-8 text: {exc.reason}") from None
    return records
