"""Where a run happened: machine, software, project commit, and model file identity."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import platform
import subprocess
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

import psutil

from harness import __version__
from harness.results.records import SuiteRecord
from harness.suite import SuiteFile
from harness.timing.memory import nvml


def cpu_model() -> str:
    """The CPU's marketing name, read from /proc/cpuinfo on Linux."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def git_commit(cwd: str | Path = ".") -> dict[str, Any] | None:
    """The commit checked out in `cwd` and whether the tree has changes, or None."""
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=cwd, capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=cwd,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    return {"commit": commit, "dirty": bool(dirty)}


def gpu_names() -> list[str]:
    """The names of the NVIDIA GPUs NVML sees; empty where there is none."""
    lib = nvml()
    if lib is None:
        return []
    names = []
    for index in range(lib.nvmlDeviceGetCount()):
        name = lib.nvmlDeviceGetName(lib.nvmlDeviceGetHandleByIndex(index))
        names.append(name.decode() if isinstance(name, bytes) else str(name))
    return names


def environment() -> dict[str, Any]:
    """Facts about this machine and software that a result depends on."""
    return {
        "harness_version": __version__,
        "git": git_commit(),
        "python": sys.version.split()[0],
        "python_implementation": platform.python_implementation(),
        "os": platform.platform(),
        "cpu": cpu_model(),
        "cpu_logical": psutil.cpu_count(),
        "cpu_physical": psutil.cpu_count(logical=False),
        "memory_gib": round(psutil.virtual_memory().total / 2**30, 1),
        "gpus": gpu_names(),
        "hostname": platform.node(),
        "pid": os.getpid(),
    }


@lru_cache(maxsize=32)
def file_sha256(path: str) -> str:
    """SHA-256 of a file, read in chunks (model files are gigabytes)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def now_iso() -> str:
    """The current UTC time in ISO 8601."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def suite_record(suite: SuiteFile) -> SuiteRecord:
    """What run.json keeps of a suite: its name, path, sha256, size and default sampling."""
    return SuiteRecord(
        name=suite.name,
        path=str(suite.path),
        sha256=suite.sha256,
        cases=len(suite.cases),
        sampling=suite.suite.defaults.sampling.model_dump(),
    )
