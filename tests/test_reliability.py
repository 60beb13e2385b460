"""Reliability: kills, Ctrl-C, resume, timeouts, broken models and hostile suite files."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from harness.backends import BackendSpec, GenerationRequest
from harness.backends.worker import BackendTimeout, IsolatedBackend
from harness.suite import SuiteError, load_suite
from harness.suite.models import Sampling
from tests.helpers import REPO, default_sigint, one_case_replay, read_jsonl, run_harness

SUITES = ["suites/chat", "suites/formatting/identity.yaml", "suites/formatting/plain_text.yaml"]


def expected_keys() -> Counter[tuple[str, str, int]]:
    from harness.suite import load_suites

    return Counter(
        (s.name, c.id, 0) for s in load_suites([REPO / p for p in SUITES]) for c in s.cases
    )


def start_run(out: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "harness", "run", *SUITES, "--backend", "llamacpp:smollm2", "--no-progress", *extra],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=default_sigint,
    )  # fmt: skip


def wait_for_lines(
    path: Path, count: int, process: subprocess.Popen[str], limit_s: float = 300
) -> None:
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        if path.exists() and len(path.read_text().splitlines()) >= count:
            return
        assert process.poll() is None, process.communicate()
        time.sleep(0.05)
    raise AssertionError(f"{path} never reached {count} lines")


def keys(out: Path) -> Counter[tuple[str, str, int]]:
    return Counter((r["suite"], r["case"], r["repeat"]) for r in read_jsonl(out / "cases.jsonl"))


@pytest.mark.model
def test_sigkill_mid_run_then_resume_records_every_case_exactly_once(tmp_path: Path) -> None:
    out = tmp_path / "run"
    process = start_run(out, "--out", str(out))
    wait_for_lines(out / "cases.jsonl", 4, process)
    process.kill()  # SIGKILL: no handler runs, nothing is flushed on the way out
    process.wait()
    with (out / "cases.jsonl").open("a") as handle:  # as if killed in the middle of a write
        handle.write('{"suite": "chat-basics", "case": "capi')
    assert json.loads((out / "run.json").read_text())["status"] == "running"
    recorded_before = (
        len((out / "cases.jsonl").read_text().splitlines()) - 1
    )  # less the partial line

    result = run_harness(
        "run", *SUITES, "--backend", "llamacpp:smollm2", "--resume", str(out), "--no-progress"
    )
    assert result.returncode == 0, result.stderr
    assert keys(out) == expected_keys()  # every case once: none lost, none twice
    run = json.loads((out / "run.json").read_text())
    assert run["status"] == "completed" and len(run["resumes"]) == 1
    assert sum(run["counts"].values()) == sum(expected_keys().values())
    assert recorded_before >= 4


@pytest.mark.model
def test_ctrl_c_records_the_running_case_as_interrupted_and_resume_reruns_it(
    tmp_path: Path,
) -> None:
    out = tmp_path / "run"
    process = start_run(out, "--out", str(out))
    wait_for_lines(out / "cases.jsonl", 3, process)
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    assert "interrupted" in stderr and "Run summary" in stdout
    records = read_jsonl(out / "cases.jsonl")
    assert (
        records[-1]["status"] == "error"
        and records[-1]["error"] == "interrupted by the user (Ctrl-C)"
    )
    assert json.loads((out / "run.json").read_text())["status"] == "interrupted"

    result = run_harness(
        "run", *SUITES, "--backend", "llamacpp:smollm2", "--resume", str(out), "--no-progress"
    )
    assert result.returncode == 0, result.stderr
    assert keys(out) == expected_keys()
    assert not [
        r
        for r in read_jsonl(out / "cases.jsonl")
        if r["error"] == "interrupted by the user (Ctrl-C)"
    ]


def test_resume_refuses_changed_suites_and_empty_directories(tmp_path: Path) -> None:
    suite, replay = one_case_replay(tmp_path, json.dumps({"case": "s/a", "text": "hi"}) + "\n")
    out = tmp_path / "run"
    assert (
        run_harness(
            "run", str(suite), "--backend", f"replay:{replay}", "--out", str(out)
        ).returncode
        == 0
    )
    again = run_harness("run", str(suite), "--backend", f"replay:{replay}", "--resume", str(out))
    assert again.returncode == 0 and len(read_jsonl(out / "cases.jsonl")) == 1  # nothing left to do
    suite.write_text("name: s\ncases: [{id: a, prompt: changed}]\n")
    changed = run_harness("run", str(suite), "--backend", f"replay:{replay}", "--resume", str(out))
    assert changed.returncode == 2 and "suite(s) s changed since" in changed.stderr
    empty = run_harness(
        "run", str(suite), "--backend", f"replay:{replay}", "--resume", str(tmp_path / "none")
    )
    assert empty.returncode == 2 and "holds no run to resume" in empty.stderr


@pytest.mark.model
def test_a_generation_over_the_time_limit_is_stopped_and_the_next_one_runs() -> None:
    isolated = IsolatedBackend(BackendSpec.parse("llamacpp:smollm2"), timeout_s=0.001)
    isolated.load()
    request = GenerationRequest(
        [{"role": "user", "content": "Tell me a story."}], Sampling(max_tokens=64)
    )
    try:
        first_pid = isolated.pid
        with pytest.raises(BackendTimeout, match=r"no answer within 0\.001 s"):
            isolated.generate(request)
        assert isolated.pid is None  # the stuck worker is gone
        isolated.timeout_s = None
        assert isolated.generate(request).text
        assert isolated.pid not in (None, first_pid)
    finally:
        isolated.close()


@pytest.mark.model
def test_token_cap_and_timeout_flags(tmp_path: Path) -> None:
    out = tmp_path / "run"
    result = run_harness(
        "run", "suites/chat/basics.yaml", "--backend", "llamacpp:smollm2", "--out", str(out), "--max-tokens", "3",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    records = read_jsonl(out / "cases.jsonl")
    assert all(r["output_tokens"] <= 3 for r in records)
    assert any(r["finish_reason"] == "length" for r in records)
    timed = tmp_path / "timed"
    result = run_harness(
        "run", "suites/chat/basics.yaml", "--backend", "llamacpp:smollm2", "--out", str(timed), "--case-timeout", "0.001",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert all("no answer within 0.001 s" in r["error"] for r in read_jsonl(timed / "cases.jsonl"))


@pytest.mark.model
def test_a_corrupt_model_beside_a_good_one_costs_only_its_own_cases(
    tmp_path: Path, smollm2_path: Path
) -> None:
    broken = tmp_path / "truncated.gguf"
    broken.write_bytes(smollm2_path.read_bytes()[: 256 * 1024])
    out = tmp_path / "run"
    result = run_harness(
        "run", "suites/chat/basics.yaml", "--backend", f"llamacpp:{broken}", "--backend", "llamacpp:smollm2",
        "--out", str(out), "--no-progress",
    )  # fmt: skip
    assert result.returncode == 3, result.stderr  # a backend never loaded
    records = read_jsonl(out / "cases.jsonl")
    bad = [r for r in records if r["model"] == "truncated"]
    good = [r for r in records if r["model"] == "smollm2"]
    assert len(bad) == len(good) == 7
    assert all(r["status"] == "error" and "model did not load" in r["error"] for r in bad)
    assert all(r["status"] in ("passed", "failed") for r in good)
    backends = json.loads((out / "run.json").read_text())["backends"]
    assert backends[0]["load_error"] and backends[1]["load_error"] is None


def test_directory_given_as_a_model_and_a_missing_model(tmp_path: Path) -> None:
    suite = tmp_path / "s.yaml"
    suite.write_text("name: s\ncases: [{id: a, prompt: x}]\n")
    out = tmp_path / "run"
    result = run_harness("run", str(suite), "--backend", f"llamacpp:{tmp_path}", "--out", str(out))
    assert result.returncode == 3
    assert "model path is a directory" in read_jsonl(out / "cases.jsonl")[0]["error"]


YAML_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)
SUITE_LIKE = st.fixed_dictionaries(
    {"cases": st.lists(st.fixed_dictionaries({}, optional={
        "id": st.text(max_size=8) | st.integers(), "prompt": st.text(max_size=20) | YAML_VALUES,
        "expect": st.lists(st.dictionaries(st.sampled_from(["contains", "regex", "tool_calls", "nope", "max_words"]), YAML_VALUES, max_size=2), max_size=3),
        "tool_results": YAML_VALUES, "max_rounds": YAML_VALUES, "sampling": YAML_VALUES,
    }), max_size=3)},
    optional={"name": YAML_VALUES, "defaults": YAML_VALUES, "tools": YAML_VALUES, "tool_prompt": YAML_VALUES},
)  # fmt: skip


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.one_of(
        st.text(max_size=200), SUITE_LIKE.map(lambda d: yaml.safe_dump(d, allow_unicode=True))
    )
)
def test_the_suite_loader_raises_nothing_but_suite_errors(tmp_path: Path, text: str) -> None:
    path = tmp_path / "fuzz.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        load_suite(path)
    except SuiteError as exc:
        assert exc.problems and all(str(p).startswith(str(path)) for p in exc.problems)


def test_suite_file_that_is_not_text(tmp_path: Path) -> None:
    path = tmp_path / "binary.yaml"
    path.write_bytes(b"\xff\xfe\x00cases")
    with pytest.raises(SuiteError, match="not UTF-8"):
        load_suite(path)


@pytest.mark.skipif(os.geteuid() == 0, reason="running as root: every file is readable")
def test_suite_file_that_cannot_be_read(tmp_path: Path) -> None:
    locked = tmp_path / "locked.yaml"
    locked.write_text("cases: []\n")
    locked.chmod(0)
    with pytest.raises(SuiteError, match="cannot read"):
        load_suite(locked)
