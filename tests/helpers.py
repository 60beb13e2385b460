"""Helpers shared by the tests: running the real `harness` command, reading JSONL."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).parent.parent


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


def default_sigint() -> None:
    """preexec_fn for a child that must take Ctrl-C, even when pytest was started with it ignored.

    A shell starts background jobs (`nohup ... &`) with SIGINT ignored, and children inherit
    that; Python then installs no KeyboardInterrupt handler at all.
    """
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Parse every line of a JSONL file."""
    return [json.loads(line) for line in path.read_text().split("\n") if line.strip()]


def one_case_replay(root: Path, replay_text: str) -> tuple[Path, Path]:
    """A suite `s` with one case `a`, and a replay file holding `replay_text`."""
    suite = root / "s.yaml"
    suite.write_text("name: s\ncases: [{id: a, prompt: x}]\n")
    replay = root / "r.jsonl"
    replay.write_text(replay_text)
    return suite, replay
