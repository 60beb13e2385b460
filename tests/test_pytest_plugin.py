"""The pytest plugin: suites collected as tests, ids `FILE::CASE[BACKEND]`, evidence on failure."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from harness.results.store import read_run
from tests.runs import GOOD, SUITE, WORSE


def run_pytest(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-rA", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
    )


def suite_dir(root: Path) -> Path:
    suites = root / "suites"
    suites.mkdir()
    (suites / "facts.yaml").write_text(SUITE)
    (suites / "matrix.yaml").write_text("entries: []\n")  # YAML that is no suite: not collected
    answers = {**GOOD, "capital": WORSE["capital"]}
    (root / "answers.jsonl").write_text(
        "".join(json.dumps({"case": f"facts/{c}", "text": t}) + "\n" for c, t in answers.items())
    )
    return suites


def test_each_case_is_a_test_and_a_failure_shows_its_evidence(tmp_path: Path) -> None:
    suite_dir(tmp_path)
    result = run_pytest(
        tmp_path, "suites", "--harness-backend", "replay:answers.jsonl", "--harness-out", "run"
    )
    assert result.returncode == 1, result.stdout + result.stderr
    out = result.stdout
    assert "PASSED suites/facts.yaml::sum[replay:answers.jsonl]" in out
    assert "FAILED suites/facts.yaml::capital[replay:answers.jsonl]" in out
    assert "facts/capital on replay:answers.jsonl: contains: missing ['Paris'] in 'Lyon" in out
    assert "answer: Lyon, I think." in out
    assert "1 failed, 3 passed" in out
    run, records = read_run(tmp_path / "run")
    assert run.status == "completed"
    assert {r.case: r.status for r in records} == {
        "capital": "failed", "sum": "passed", "identity": "passed", "times": "passed",
    }  # fmt: skip


def test_without_a_backend_suites_are_not_collected(tmp_path: Path) -> None:
    suite_dir(tmp_path)
    result = run_pytest(tmp_path, "suites")
    assert result.returncode == pytest.ExitCode.NO_TESTS_COLLECTED


def test_a_bad_suite_is_a_collection_error_naming_the_case_and_field(tmp_path: Path) -> None:
    suites = suite_dir(tmp_path)
    (suites / "bad.yaml").write_text(
        "name: bad\ncases: [{id: x, prompt: hi, expect: [nonsense]}]\n"
    )
    result = run_pytest(tmp_path, "suites", "--harness-backend", "replay:answers.jsonl",
                        "--harness-out", "run")  # fmt: skip
    assert result.returncode == pytest.ExitCode.INTERRUPTED  # collection errors stop the session
    assert "suites/bad.yaml: case 'x': expect[0]" in result.stdout


def test_a_backend_that_does_not_load_fails_every_case_with_the_reason(tmp_path: Path) -> None:
    suite_dir(tmp_path)
    result = run_pytest(tmp_path, "suites", "--harness-backend", "replay:missing.jsonl",
                        "--harness-out", "run")  # fmt: skip
    assert result.returncode == 1
    assert result.stdout.count("model did not load: replay file not found: missing.jsonl") >= 4
    _, records = read_run(tmp_path / "run")
    assert [r.status for r in records] == ["error"] * 4


@pytest.mark.model
def test_the_embedded_model_runs_as_tests(tmp_path: Path) -> None:
    suites = tmp_path / "suites"
    suites.mkdir()
    (suites / "hello.yaml").write_text(
        "name: hello\ncases:\n"
        "  - {id: greet, prompt: 'Say hello.', expect: [template_leakage]}\n"
        "  - {id: latex, prompt: 'Say hello.', expect: [{contains: zzzz-never}]}\n"
    )
    result = run_pytest(tmp_path, "suites", "--harness-backend", "llamacpp:smollm2",
                        "--harness-out", "run", "--harness-max-tokens", "16")  # fmt: skip
    assert "PASSED suites/hello.yaml::greet[llamacpp:smollm2]" in result.stdout, result.stdout
    assert "hello/latex on llamacpp:smollm2: contains: missing ['zzzz-never']" in result.stdout
    _, records = read_run(tmp_path / "run")
    assert all(r.decode_tokens_per_s for r in records)
