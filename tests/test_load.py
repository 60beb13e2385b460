"""`harness load`: a real llama-cpp-python server (one request at a time) and loopback faults."""

from __future__ import annotations

import itertools
import json
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from harness.load.levels import parse_levels, parse_slo
from harness.load.metrics import parse_exposition, summarize
from tests.faultserver import fault_server
from tests.helpers import REPO, default_sigint, read_jsonl, run_harness
from tests.instantserver import instant_server

CONTRACT = {
    "level",
    "scheduled_at",
    "sent_at",
    "ttft_s",
    "latency_s",
    "output_tokens",
    "status",
    "checks",
}
SUITE = """\
name: trio
cases:
  - {id: capital, prompt: What is the capital of France?, expect: [{contains: Paris}]}
  - {id: planet, prompt: What is the largest planet in our solar system?, expect: [{contains: Jupiter}]}
"""
# llama-cpp-python's server. `--interrupt_requests False`: by default a new request cuts the
# stream in flight short (see the test below).
MATRIX = """\
entries:
  - name: lcp
    backend: openai
    model: smollm2
    server:
      command: ["{python}", "-m", "llama_cpp.server", "--model", "{model_path}", "--host", "127.0.0.1",
                "--port", "{port}", "--n_ctx", "2048", "--n_threads", "2",
                "--model_alias", "smollm2", "--interrupt_requests", "%s"]
      model: smollm2
"""


def _suite(tmp_path: Path, text: str = SUITE) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "suite.yaml"
    path.write_text(text)
    return path


def _load(tmp_path: Path, *args: str) -> tuple[Any, dict[str, Any], list[dict[str, Any]]]:
    out = tmp_path / "load"
    result = run_harness("load", str(_suite(tmp_path)), *args, "--out", str(out))
    run = json.loads((out / "run.json").read_text()) if (out / "run.json").exists() else {}
    lines = read_jsonl(out / "requests.jsonl") if (out / "requests.jsonl").exists() else []
    return result, run, lines


def _interval(line: dict[str, Any]) -> tuple[float, float]:
    """When the request's first and last tokens arrived, on the level's clock."""
    return line["sent_at"] + line["ttft_s"], line["sent_at"] + line["last_token_s"]


@pytest.mark.model
def test_sweep_against_a_one_slot_server_shows_the_queue(tmp_path: Path) -> None:
    matrix = tmp_path / "matrix.yaml"
    matrix.write_text(MATRIX % "False")
    result, run, lines = _load(
        tmp_path, "--matrix", str(matrix), "--concurrency", "1,2", "--requests", "4",
        "--max-tokens", "8", "--slo", "ttft=30,checks=pass",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert run["status"] == "completed"
    assert [level["level"] for level in run["levels"]] == ["c=1", "c=2"]
    assert len(lines) == 8 and all(set(line) >= CONTRACT for line in lines)
    assert all(line["status"] != "error" for line in lines), lines
    for level in run["levels"]:
        assert level["errors"] == 0 and level["requests"] == 4
        assert level["memory"]["rss_peak_mib"] > 50  # the managed server's RSS: a model is loaded
        assert level["ttft_s"]["p50"] is not None and level["requests_per_s"] > 0
        assert not level["client_limited"]
    pair = [line for line in lines if line["level"] == "c=2"]
    # One slot: no two answers were generated at the same time...
    for first, second in itertools.combinations(pair, 2):
        a, b = sorted([_interval(first), _interval(second)])
        assert a[1] <= b[0], (first, second)
    # ...so at c=2 a request sent while another was generating waited for all of it: its TTFT
    # covers the other's remaining tokens.
    queued = [
        line for line in pair
        if any(line["sent_at"] < _interval(other)[1] <= _interval(line)[0] for other in pair if other is not line)
    ]  # fmt: skip
    assert queued, pair
    assert (tmp_path / "load" / "report.html").read_text().count("<svg") == 1
    assert "c=2" in result.stdout and "goodput" in result.stdout


@pytest.mark.model
def test_default_llama_cpp_python_server_cuts_streams_short_under_concurrency(
    tmp_path: Path,
) -> None:
    matrix = tmp_path / "matrix.yaml"
    matrix.write_text(MATRIX % "True")
    result, run, lines = _load(
        tmp_path, "--matrix", str(matrix), "--concurrency", "2", "--requests", "4",
        "--max-tokens", "32", "--warmup", "0",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    cut = [line for line in lines if line["status"] == "error"]
    assert cut and all("without a finish_reason" in line["error"] for line in cut), lines
    assert run["levels"][0]["error_rate"] == len(cut) / 4


def test_faults_under_load_are_errors_of_their_level(tmp_path: Path) -> None:
    with fault_server(["ok", "error_500", "drop", "ok"]) as server:
        result, run, lines = _load(
            tmp_path, "--backend", f"openai:fault@{server.base_url}", "--concurrency", "1",
            "--requests", "4", "--warmup", "0", "--slo", "checks=pass",
        )  # fmt: skip
    assert result.returncode == 0, result.stderr
    # Cases alternate capital (Paris: passes) and planet (Jupiter: the fake's Paris fails it).
    assert [line["status"] for line in lines] == ["passed", "error", "error", "failed"]
    assert "HTTP 500" in lines[1]["error"]
    assert "without a finish_reason" in lines[2]["error"] or "failed" in lines[2]["error"]
    (level,) = run["levels"]
    assert level["error_rate"] == 0.5 and level["goodput"] == 0.25
    assert level["checks_pass_rate"] == 0.5  # of the answers that came back


def test_poisson_rate_level_is_seeded_and_scrapes_metrics(tmp_path: Path) -> None:
    with instant_server() as server:
        args = (
            "--backend",
            f"openai:instant@{server.base_url}",
            "--rate",
            "40",
            "--requests",
            "12",
        )
        first, run, lines = _load(tmp_path / "a", *args, "--seed", "7")
        again, _, lines_again = _load(tmp_path / "b", *args, "--seed", "7")
        other, _, lines_other = _load(tmp_path / "c", *args, "--seed", "8")
    assert first.returncode == again.returncode == other.returncode == 0, first.stderr
    due = [line["scheduled_at"] for line in lines]
    assert due == sorted(due) and due[0] == 0.0
    assert due == [line["scheduled_at"] for line in lines_again]
    assert due != [line["scheduled_at"] for line in lines_other]
    assert all(line["sent_at"] >= line["scheduled_at"] for line in lines)
    (level,) = run["levels"]
    assert level["level"] == "rate=40" and level["lag_s"]["p99"] is not None
    metrics = level["server_metrics"]
    assert metrics["delta"]["llamacpp:tokens_predicted_total"] == 12 * 6  # 12 answers of 6 tokens
    assert metrics["queue_time_mean_s"] == pytest.approx(0.002)


def test_a_client_that_falls_behind_is_labelled(tmp_path: Path) -> None:
    with instant_server() as server:
        # A lag allowance of a microsecond: no client keeps that schedule.
        result, run, _ = _load(
            tmp_path, "--backend", f"openai:instant@{server.base_url}", "--rate", "200",
            "--requests", "20", "--max-lag-ms", "0.001",
        )  # fmt: skip
    assert result.returncode == 0, result.stderr
    (level,) = run["levels"]
    assert level["client_limited"] and "send lag" in level["client_limited_reason"]
    assert "client-limited" in result.stdout


def test_compare_gates_on_goodput_per_shared_level(tmp_path: Path) -> None:
    runs = {}
    for name, script in (("base", ["ok"]), ("cand", ["ok", "error_500"])):
        with fault_server(script) as server:
            result, _, _ = _load(
                tmp_path / name, "--backend", f"openai:fault@{server.base_url}",
                "--concurrency", "1", "--requests", "12", "--warmup", "0",
            )  # fmt: skip
            assert result.returncode == 0, result.stderr
        runs[name] = str(tmp_path / name / "load")
    same = run_harness("compare", runs["base"], runs["base"], "--format", "markdown")
    assert same.returncode == 0, same.stdout + same.stderr
    worse = run_harness("compare", runs["base"], runs["cand"], "--format", "markdown")
    assert worse.returncode == 1, worse.stdout + worse.stderr
    assert "goodput" in worse.stdout and "regression" in worse.stdout
    html = tmp_path / "report.html"
    shown = run_harness("report", runs["cand"], "--format", "markdown", "--html", str(html))
    assert shown.returncode == 0 and "| openai:fault" in shown.stdout and "c=1" in shown.stdout
    assert "latency-throughput curve" in html.read_text()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--concurrency", "1,x"), "'x' is not a number"),
        (("--rate", "0"), "must be positive"),
        (("--concurrency", "1", "--slo", "ttft=fast"), "not a number of seconds"),
        (("--concurrency", "1", "--slo", "latency=1"), "unknown objective 'latency'"),
        ((), "give --concurrency"),
        (("--concurrency", "1", "--backend", "llamacpp:smollm2"), "drives HTTP servers"),
    ],
)
def test_bad_load_arguments_exit_2(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    result = run_harness(
        "load", str(_suite(tmp_path)), "--backend", "openai:m@http://127.0.0.1:9/v1", *args
    )
    assert result.returncode == 2 and message in result.stderr, result.stderr


def test_level_and_slo_parsing() -> None:
    levels = parse_levels("1,4", "0.5")
    assert [level.label for level in levels] == ["c=1", "c=4", "rate=0.5"]
    slo = parse_slo("ttft=0.5,itl_p99=0.05,checks=pass")
    assert slo.met({"status": "passed", "ttft_s": 0.4, "itl_p99_s": 0.01})
    assert not slo.met({"status": "failed", "ttft_s": 0.4, "itl_p99_s": 0.01})
    assert not slo.met({"status": "passed", "ttft_s": 0.6, "itl_p99_s": 0.01})
    assert not slo.met({"status": "error"})
    assert parse_exposition('a_total 3\n# HELP x\nb{l="1 2"} 0.5 1700000000\n') == {
        "a_total": 3.0,
        'b{l="1 2"}': 0.5,
    }


def test_ctrl_c_keeps_what_finished_and_marks_the_run_interrupted(tmp_path: Path) -> None:
    out = tmp_path / "load"
    # Two answers, then a server that never answers: the third request hangs.
    with fault_server(["ok", "ok", "hang"]) as server:
        process = subprocess.Popen(
            [sys.executable, "-m", "harness", "load", str(_suite(tmp_path)), "--backend",
             f"openai:fault@{server.base_url}", "--concurrency", "1", "--requests", "4",
             "--warmup", "0", "--out", str(out)],
            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            preexec_fn=default_sigint,
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(server.requests) < 3:
            time.sleep(0.05)
        time.sleep(0.2)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert json.loads((out / "run.json").read_text())["status"] == "interrupted"
    lines = read_jsonl(out / "requests.jsonl")
    assert [line["index"] for line in lines] == [0, 1]
    assert all(line["status"] != "error" for line in lines)


def test_only_counters_have_an_increase() -> None:
    """A gauge's before/after difference (a rate, a queue length) is no figure for the level."""
    before = {"llamacpp:tokens_predicted_total": 10.0, "llamacpp:predicted_tokens_seconds": 57.0}
    after = {"llamacpp:tokens_predicted_total": 42.0, "llamacpp:predicted_tokens_seconds": 12.0}
    summary = summarize(before, after, {})
    assert summary is not None
    assert summary["delta"] == {"llamacpp:tokens_predicted_total": 32.0}
