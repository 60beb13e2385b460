"""`harness run --concurrency N` against HTTP backends: same answers, same checks, same tool loops."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from harness.backends.managed import ManagedServer, free_port
from tests.faultserver import fault_server
from tests.helpers import REPO, default_sigint, read_jsonl, run_harness

SUITE = """\
name: mixed
tool_prompt: hermes
defaults: {sampling: {temperature: 0, seed: 0}}
tools:
  - function:
      name: calculator
      description: Evaluate an arithmetic expression and return the exact result.
      parameters: {type: object, properties: {expression: {type: string}}, required: [expression]}
cases:
  - {id: capital, prompt: What is the capital of France?, expect: [{contains: Paris}]}
  - {id: planet, prompt: What is the largest planet in our solar system?, expect: [{contains: Jupiter}]}
  - {id: opposite, prompt: What is the opposite of hot?, expect: [{contains: cold}]}
  - id: multiply
    prompt: What is 777 * 7777? Use the calculator.
    tool_results: {calculator: "6042729"}
    max_rounds: 2
    expect: [{tool_calls: [{name: calculator}]}, {number_equals: 6042729}]
"""
KEPT = ("status", "output", "checks", "tool_calls", "rounds", "output_tokens")


@pytest.fixture(scope="module")
def one_slot_server(tmp_path_factory: pytest.TempPathFactory, smollm2_path: Path) -> Iterator[str]:
    """llama-cpp-python's server, queueing concurrent requests instead of cutting them short."""
    port = free_port()
    command = [
        sys.executable, "-m", "llama_cpp.server", "--model", str(smollm2_path),
        "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "2048", "--n_threads", "2",
        "--model_alias", "smollm2", "--interrupt_requests", "False",
    ]  # fmt: skip
    url = f"http://127.0.0.1:{port}/v1"
    server = ManagedServer(command, url, tmp_path_factory.mktemp("server") / "server.log")
    server.start()
    yield url
    server.stop()


@pytest.mark.model
def test_concurrent_run_answers_and_scores_as_the_sequential_one(
    tmp_path: Path, one_slot_server: str
) -> None:
    suite = tmp_path / "mixed.yaml"
    suite.write_text(SUITE)
    runs = {}
    for width in (1, 3):
        out = tmp_path / f"c{width}"
        result = run_harness(
            "run", str(suite), "--backend", f"openai:smollm2@{one_slot_server}",
            "--concurrency", str(width), "--max-tokens", "24", "--out", str(out), "--no-progress",
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        runs[width] = {r["case"]: r for r in read_jsonl(out / "cases.jsonl")}
    assert set(runs[1]) == set(runs[3]) == {"capital", "planet", "opposite", "multiply"}
    for case, sequential in runs[1].items():
        concurrent = runs[3][case]
        assert (sequential["concurrency"], concurrent["concurrency"]) == (1, 3)
        # One slot and temperature 0: the same answers, checks and tool rounds.
        assert {k: concurrent.get(k) for k in KEPT} == {k: sequential.get(k) for k in KEPT}, case
        assert concurrent["ttft_s"] is not None and concurrent["status"] != "error"


def test_matrix_concurrency_needs_an_http_backend(tmp_path: Path) -> None:
    matrix = tmp_path / "m.yaml"
    matrix.write_text(
        "entries:\n  - {name: a, backend: llamacpp, model: smollm2, concurrency: 2}\n"
    )
    suite = tmp_path / "s.yaml"
    suite.write_text("name: s\ncases: [{id: a, prompt: q}]\n")
    result = run_harness("run", str(suite), "--matrix", str(matrix), "--out", str(tmp_path / "r"))
    assert result.returncode == 2
    assert "entry 'a': concurrency: only an HTTP backend" in result.stderr


def test_ctrl_c_records_every_case_in_flight_and_resume_finishes(tmp_path: Path) -> None:
    suite = tmp_path / "s.yaml"
    suite.write_text(
        "name: s\ncases:\n"
        + "".join(f"  - {{id: c{i}, prompt: q, expect: [{{contains: Paris}}]}}\n" for i in range(5))
    )
    out = tmp_path / "run"
    with fault_server(["hang"]) as server:
        process = subprocess.Popen(
            [sys.executable, "-m", "harness", "run", str(suite), "--backend",
             f"openai:fault@{server.base_url}", "--concurrency", "2", "--out", str(out), "--no-progress"],
            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            preexec_fn=default_sigint,
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(server.requests) < 2:
            time.sleep(0.05)
        assert len(server.requests) == 2  # two cases in flight, none answered
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    interrupted = read_jsonl(out / "cases.jsonl")
    assert {r["case"] for r in interrupted} >= {"c0", "c1"}
    assert all(r["error"] == "interrupted by the user (Ctrl-C)" for r in interrupted)
    with fault_server(["ok"]) as server:
        result = run_harness(
            "run", str(suite), "--backend", f"openai:fault@{server.base_url}",
            "--concurrency", "2", "--resume", str(out), "--no-progress",
        )  # fmt: skip
    assert result.returncode == 0, result.stderr
    records = read_jsonl(out / "cases.jsonl")
    assert sorted(r["case"] for r in records) == [f"c{i}" for i in range(5)]
    assert all(r["status"] == "passed" and r["concurrency"] == 2 for r in records)
