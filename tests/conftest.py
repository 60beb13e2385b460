"""Shared fixtures: the embedded model, and running the real `harness` command."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from harness.backends.embedded import resolve_model_path

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).parent.parent


@pytest.fixture(scope="session")
def smollm2_path() -> Path:
    """The embedded default model; the tests session installs it, so absence is a failure."""
    return resolve_model_path("smollm2")


def run_harness(
    *args: str, cwd: Path | None = None, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    """Run `python -m harness ARGS` as a user would, capturing its output."""
    return subprocess.run(
        [sys.executable, "-m", "harness", *args],
        cwd=cwd or REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture
def harness_cli() -> Callable[..., subprocess.CompletedProcess[str]]:
    """The `harness` command as a fixture."""
    return run_harness


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Parse every line of a JSONL file."""
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
