"""`harness run --format`: the end-of-run tables through the same renderers as compare/report."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import REPO, one_case_replay

ANSWER = '{"case": "s/a", "text": "Lyon", "ttft_s": 0.1, "latency_s": 0.5, "output_tokens": 3}\n'


def _run(tmp_path: Path, fmt: str) -> tuple[subprocess.CompletedProcess[str], Path]:
    suite, replay = one_case_replay(tmp_path, ANSWER)
    suite.write_text("name: s\ncases: [{id: a, prompt: Capital?, expect: [{contains: Paris}]}]\n")
    summary = tmp_path / "summary.md"
    result = subprocess.run(
        [sys.executable, "-m", "harness", "run", str(suite), "--backend", f"replay:{replay}",
         "--out", str(tmp_path / "run"), "--no-progress", "--format", fmt],
        cwd=REPO, capture_output=True, text=True, timeout=120,
        env={**os.environ, "GITHUB_STEP_SUMMARY": str(summary)},
    )  # fmt: skip
    return result, summary


def test_markdown_goes_to_stdout_and_the_job_summary(tmp_path: Path) -> None:
    result, summary = _run(tmp_path, "markdown")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("## Run run\n")
    assert "### Failures (first failing check of each case)" in result.stdout
    assert "### Run summary" in result.stdout
    last = result.stdout.rstrip().splitlines()[-1]
    assert [cell.strip() for cell in last.split("|")[1:5]] == ["replay", "r.jsonl", "s", "1"]
    assert summary.read_text() == result.stdout
    assert f"results: {tmp_path / 'run'}" in result.stderr


def test_json_is_one_document_of_the_same_sections(tmp_path: Path) -> None:
    result, summary = _run(tmp_path, "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    titles = [section["title"] for section in report["sections"]]
    assert titles[0] == "Failures (first failing check of each case)"
    assert titles[-1] == "Run summary"
    (row,) = report["sections"][-1]["rows"]
    assert row["backend"] == "replay" and row["failed"] == "1"
    assert row["pass rate [95% CI]"].startswith("0% [0%–")
    # rates are typed objects (DESIGN.md), beside the sections' display strings
    rates = [entry["pass_rate"] for entry in report["summary"] if entry["suite"] == "s"]
    assert rates == [{"value": 0.0, "ci_low": 0.0, "ci_high": rates[0]["ci_high"], "n": 1}]
    assert 0.5 < rates[0]["ci_high"] < 1
    (failure,) = report["sections"][0]["rows"]
    assert failure["check"] == "contains" and "Lyon" in failure["evidence"]
    assert summary.read_text().startswith("## Run run\n")  # the job summary is markdown


def test_terminal_keeps_its_tables(tmp_path: Path) -> None:
    result, _ = _run(tmp_path, "terminal")
    assert result.returncode == 0, result.stderr
    for title in ("Failures (first failing check of each case)", "Run summary"):
        assert title in result.stdout
    assert result.stdout.rstrip().endswith(f"results: {tmp_path / 'run'}")
