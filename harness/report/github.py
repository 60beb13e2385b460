"""The GitHub Actions job summary: markdown appended to the file `$GITHUB_STEP_SUMMARY` names."""

from __future__ import annotations

import os
from pathlib import Path

from harness.results.store import writing
from harness.untrusted import for_terminal


def append_step_summary(markdown: str) -> Path | None:
    """Append to the job summary when running in GitHub Actions; the file, or None.

    A path that cannot be written raises RunWriteError naming it.
    """
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return None
    path = Path(target)
    # The summary quotes answers and names; the runner must not read any of it as a command.
    text = for_terminal(markdown if markdown.endswith("\n") else markdown + "\n")
    with writing(path), path.open("a", encoding="utf-8") as handle:
        handle.write(text)
    return path
