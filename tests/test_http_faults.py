"""The openai backend against faults a real server will not produce on demand (tests/faultserver.py)."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from harness.backends import BackendError, BackendSpec, BackendUnavailable, create_backend
from harness.backends.base import GenerationRequest
from harness.backends.managed import free_port
from harness.suite import Sampling
from tests.faultserver import fault_server
from tests.helpers import REPO, default_sigint, read_jsonl, run_harness

SECRET = "sk-test-7f3a9c-do-not-print"
REQUEST = GenerationRequest([{"role": "user", "content": "capital of France?"}], Sampling())
FAST = {"backoff_s": 0.01, "timeout_s": 5.0}


def _backend(url: str, **options: object):  # type: ignore[no-untyped-def]
    backend = create_backend(BackendSpec("openai", f"fault@{url}", {**FAST, **options}))
    backend.load()
    return backend


def test_stream_with_usage_and_timings_is_assembled() -> None:
    with fault_server(["ok_usage"]) as server:
        backend = _backend(server.base_url)
        generation = backend.generate(REQUEST)
        backend.close()
    assert generation.text == "The capital of France is Paris."
    assert generation.finish_reason == "stop"
    assert (generation.prompt_tokens, generation.output_tokens) == (21, 4)
    assert generation.token_source == "usage"
    assert generation.engine_timings == {
        "prompt_tokens": 21, "prompt_ms": 10.5, "decode_tokens": 4, "decode_ms": 40.0,
    }  # fmt: skip
    assert generation.engine_decode_tokens_per_s == pytest.approx(100.0)
    sent = server.requests[0]
    assert sent["stream"] is True and sent["stream_options"] == {"include_usage": True}


def test_tool_call_fragments_are_joined() -> None:
    with fault_server(["tool_call"]) as server:
        backend = _backend(server.base_url)
        generation = backend.generate(REQUEST)
    assert generation.tool_calls == [
        {
            "id": "call_1",
            "type": "function",
            "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'},
        }
    ]


def test_500_then_success_is_retried() -> None:
    with fault_server(["error_500", "rate_limited", "ok"]) as server:
        backend = _backend(server.base_url)
        generation = backend.generate(REQUEST)
    assert generation.text == "The capital of France is Paris."
    assert generation.attempts == 3
    assert len(server.requests) == 3


def test_stream_dropped_every_time_gives_up_with_the_cause() -> None:
    with fault_server(["drop"]) as server:
        backend = _backend(server.base_url, retries=1)
        with pytest.raises(BackendError) as caught:
            backend.generate(REQUEST)
    message = str(caught.value)
    assert "without a finish_reason" in message or "broke off" in message
    assert "gave up after 2 attempts" in message
    assert len(server.requests) == 2


def test_malformed_event_is_an_error_not_retried() -> None:
    with fault_server(["malformed"]) as server:
        backend = _backend(server.base_url)
        with pytest.raises(BackendError, match="malformed SSE event"):
            backend.generate(REQUEST)
    assert len(server.requests) == 1


def test_a_server_that_never_answers_times_out() -> None:
    with fault_server(["hang"]) as server:
        backend = _backend(server.base_url, timeout_s=0.5, retries=0)
        with pytest.raises(BackendError, match=r"no answer within 0.5 s"):
            backend.generate(REQUEST)


def test_unreachable_server_is_named() -> None:
    url = f"http://127.0.0.1:{free_port()}/v1"
    backend = create_backend(BackendSpec("openai", f"m@{url}"))
    with pytest.raises(BackendUnavailable, match=rf"cannot reach the server at {url}"):
        backend.load()


def test_the_key_is_sent_and_never_recorded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MY_KEY", SECRET)
    suite = tmp_path / "s.yaml"
    suite.write_text("name: s\ncases: [{id: a, prompt: hi, expect: [{contains: Paris}]}]\n")
    with fault_server(["ok"], key=SECRET) as server:
        result = run_harness(
            "run", str(suite), "--backend", f"openai:fault@{server.base_url}",
            "--api-key-env", "MY_KEY", "--out", str(tmp_path / "run"), "--no-progress",
        )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert server.headers_seen[-1]["Authorization"] == f"Bearer {SECRET}"
    (record,) = read_jsonl(tmp_path / "run" / "cases.jsonl")
    assert record["status"] == "passed"
    written = (tmp_path / "run" / "run.json").read_text() + json.dumps(record)
    assert SECRET not in written + result.stdout + result.stderr
    assert '"api_key_env": "MY_KEY"' in (tmp_path / "run" / "run.json").read_text()


def test_a_refused_key_names_the_variable_never_the_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    suite = tmp_path / "s.yaml"
    suite.write_text("name: s\ncases: [{id: a, prompt: hi}, {id: b, prompt: ho}]\n")
    with fault_server(["ok"], key="the-right-key") as server:
        result = run_harness(
            "run", str(suite), "--backend", f"openai:fault@{server.base_url}",
            "--out", str(tmp_path / "run"), "--no-progress",
        )  # fmt: skip
    assert result.returncode == 3, result.stderr  # the run completes; its backend never loaded
    records = read_jsonl(tmp_path / "run" / "cases.jsonl")
    assert [r["status"] for r in records] == ["error", "error"]
    assert "refused the API key from $OPENAI_API_KEY (HTTP 401)" in records[0]["error"]
    everything = (
        (tmp_path / "run" / "run.json").read_text()
        + (tmp_path / "run" / "cases.jsonl").read_text()
        + result.stdout
        + result.stderr
    )
    assert SECRET not in everything


def test_faults_cost_one_case_and_the_run_goes_on(tmp_path: Path) -> None:
    suite = tmp_path / "s.yaml"
    suite.write_text(
        "name: s\ncases:\n"
        + "".join(f"  - {{id: c{i}, prompt: q, expect: [{{contains: Paris}}]}}\n" for i in range(4))
    )
    # c0 malformed, c1 fine, c2 a 500 then fine (retried), c3 fine.
    with fault_server(["malformed", "ok", "error_500", "ok"]) as server:
        result = run_harness(
            "run", str(suite), "--backend", f"openai:fault@{server.base_url}",
            "--out", str(tmp_path / "run"), "--no-progress",
        )  # fmt: skip
    assert result.returncode == 0, result.stderr
    records = {r["case"]: r for r in read_jsonl(tmp_path / "run" / "cases.jsonl")}
    assert records["c0"]["status"] == "error" and "malformed SSE event" in records["c0"]["error"]
    assert [records[c]["status"] for c in ("c1", "c2", "c3")] == ["passed"] * 3
    assert records["c2"]["attempts"] == 2


def test_ctrl_c_stops_a_managed_server(tmp_path: Path) -> None:
    suite = tmp_path / "s.yaml"
    suite.write_text("name: s\ncases: [{id: a, prompt: q}, {id: b, prompt: q}]\n")
    matrix = tmp_path / "matrix.yaml"
    # The server answers health checks but never a chat request: the run waits in case `a`.
    matrix.write_text(
        "entries:\n"
        "  - name: hanging\n"
        "    backend: openai\n"
        "    model: fault\n"
        "    server: {command: ['{python}', -m, tests.faultserver, '{port}', hang]}\n"
    )
    out = tmp_path / "run"
    process = subprocess.Popen(
        [sys.executable, "-m", "harness", "run", str(suite), "--matrix", str(matrix), "--out", str(out), "--no-progress"],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=default_sigint,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (out / "servers" / "hanging.log").exists():
        time.sleep(0.1)
    run_json = out / "run.json"
    while time.monotonic() < deadline and "base_url" not in (
        run_json.read_text() if run_json.exists() else ""
    ):
        time.sleep(0.1)
    url = json.loads(run_json.read_text())["backends"][0]["settings"]["base_url"]
    assert urllib.request.urlopen(url + "/models", timeout=2).status == 200
    time.sleep(0.5)  # inside case a's request now
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    (record,) = read_jsonl(out / "cases.jsonl")
    assert record["error"] == "interrupted by the user (Ctrl-C)"
    with pytest.raises(OSError):  # the server's whole process group was stopped
        urllib.request.urlopen(url + "/models", timeout=2)
