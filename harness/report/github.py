"""The GitHub Actions job summary: markdown appended to the file `$GITHUB_STEP_SUMMARY` names."""

from __future__ import annotations

import os
from pathlib import Path


def append_step_summary(markdown: str) -> Path | None:
    """Append to the job summary when running in GitHub Actions; the file, or None."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return None
    path = Path(target)
    with path.open("a", encoding="utf-8") as handle:
        handle.write(markdown if markdown.endswith("\n") else markdown + "\n")
    return path
