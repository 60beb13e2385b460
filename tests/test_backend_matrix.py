"""The backend matrix on real engines: llama.cpp and mistral.rs in-process, a managed llama.cpp server."""

from __future__ import annotations

import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from harness.backends import BackendSpec, create_backend
from harness.backends.base import GenerationRequest
from harness.backends.managed import ManagedServer, free_port
from harness.suite import Sampling
from tests.helpers import REPO, read_jsonl, run_harness

pytestmark = pytest.mark.model

SERVER_COMMAND = [
    "{python}", "-m", "llama_cpp.server", "--model", "{model_path}", "--host", "127.0.0.1",
    "--port", "{port}", "--n_ctx", "4096", "--n_threads", "2", "--model_alias", "smollm2",
]  # fmt: skip

# llama-cpp-python's server defaults to repeat_penalty 1.1; in-process it is 1.0.
SAME_SAMPLING = {"extra_body": {"repeat_penalty": 1.0}}

SUITE = """\
name: trio
cases:
  - {id: capital, prompt: What is the capital of France?, expect: [{contains: Paris}]}
  - {id: planet, prompt: What is the largest planet in our solar system?, expect: [{contains: Jupiter}]}
  - {id: opposite, prompt: What is the opposite of hot?, expect: [{contains: cold}]}
"""


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory: pytest.TempPathFactory, smollm2_path: Path) -> Iterator[str]:
    """A real OpenAI-compatible server (llama-cpp-python's) on 127.0.0.1 with the embedded model."""
    port = free_port()
    command = [
        part.replace("{python}", sys.executable)
        .replace("{model_path}", str(smollm2_path))
        .replace("{port}", str(port))
        for part in SERVER_COMMAND
    ]
    url = f"http://127.0.0.1:{port}/v1"
    server = ManagedServer(command, url, tmp_path_factory.mktemp("server") / "server.log")
    server.start()
    yield url
    server.stop()


def _generate(spec: BackendSpec, request: GenerationRequest):  # type: ignore[no-untyped-def]
    backend = create_backend(spec)
    backend.load()
    try:
        return backend.generate(request)
    finally:
        backend.close()


def test_http_backend_streams_the_same_answer_as_in_process(llama_server: str) -> None:
    request = GenerationRequest(
        [{"role": "user", "content": "What is the capital of France?"}], Sampling(max_tokens=32)
    )
    remote = _generate(BackendSpec("openai", f"smollm2@{llama_server}", SAME_SAMPLING), request)
    local = _generate(BackendSpec("llamacpp", "smollm2"), request)
    # Same engine, same weights, greedy: the same text, token for token.
    assert remote.text == local.text and remote.text
    assert remote.finish_reason == local.finish_reason
    assert remote.ttft_s is not None and remote.decode_tokens_per_s is not None
    # llama-cpp-python's server sends no usage while streaming: one token per delta.
    assert remote.token_source == "stream_chunks"
    assert remote.output_tokens == local.output_tokens


def test_http_backend_assembles_structured_tool_calls(llama_server: str) -> None:
    tool = {
        "type": "function",
        "function": {
            "name": "get_weather",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
        },
    }
    choice = {"type": "function", "function": {"name": "get_weather"}}
    spec = BackendSpec("openai", f"smollm2@{llama_server}", {"tool_choice": choice})
    request = GenerationRequest(
        [{"role": "user", "content": "Weather in Paris?"}], Sampling(max_tokens=40), [tool]
    )
    generation = _generate(spec, request)
    (call,) = generation.tool_calls
    assert call["function"]["name"] == "get_weather"
    assert isinstance(call["function"]["arguments"], str) and call["function"]["arguments"]
    assert generation.finish_reason == "tool_calls"


def _answers(url: str) -> bool:
    try:
        urllib.request.urlopen(url + "/models", timeout=2)
    except (urllib.error.URLError, OSError):
        return False
    return True


def test_matrix_runs_three_engines_on_one_model(tmp_path: Path) -> None:
    suite = tmp_path / "trio.yaml"
    suite.write_text(SUITE)
    matrix = tmp_path / "matrix.yaml"
    matrix.write_text(
        "entries:\n"
        "  - {name: llamacpp, backend: llamacpp, model: smollm2, settings: {n_threads: 2}}\n"
        "  - {name: mistralrs, backend: mistralrs, model: smollm2, labels: {engine: mistral.rs}}\n"
        "  - name: server\n"
        "    backend: openai\n"
        "    model: smollm2\n"
        "    settings: {extra_body: {repeat_penalty: 1.0}}\n"
        "    server:\n"
        "      model: smollm2\n"
        f"      command: {SERVER_COMMAND!r}\n"
    )
    out = tmp_path / "run"
    result = run_harness(
        "run", str(suite), "--matrix", str(matrix), "--out", str(out), "--no-progress"
    )
    assert result.returncode == 0, result.stderr
    records = read_jsonl(out / "cases.jsonl")
    by_backend: dict[str, dict[str, dict]] = {}  # type: ignore[type-arg]
    for record in records:
        by_backend.setdefault(record["backend"], {})[record["case"]] = record
    assert sorted(by_backend) == ["llamacpp", "mistralrs", "openai"]
    for backend, cases in by_backend.items():
        assert sorted(cases) == ["capital", "opposite", "planet"], backend
        assert all(r["status"] != "error" for r in cases.values()), (backend, cases)
    for case in ("capital", "planet", "opposite"):
        llama, mistral = by_backend["llamacpp"][case], by_backend["mistralrs"][case]
        # Both engines count the prompt the same way from the same GGUF template.
        assert llama["prompt_tokens"] == mistral["prompt_tokens"] is not None
        # The server is llama.cpp too: the same greedy answer as in-process.
        assert by_backend["openai"][case]["output"] == llama["output"]
    import json

    run = json.loads((out / "run.json").read_text())
    server = next(b for b in run["backends"] if b["backend"] == "openai")["settings"]["server"]
    log = Path(server["log"])
    assert log.is_file() and log.parent == out / "servers"
    assert "Uvicorn running" in log.read_text() or "Application startup" in log.read_text()
    # The server was stopped with the run: its port no longer answers.
    url = next(b for b in run["backends"] if b["backend"] == "openai")["settings"]["base_url"]
    assert not _answers(url)


def test_backends_command_lists_availability() -> None:
    result = run_harness("backends")
    assert result.returncode == 0, result.stderr
    lines = {line.split("│")[1].strip(): line for line in result.stdout.splitlines() if "│" in line}
    for kind in ("llamacpp", "mistralrs", "openai", "replay"):
        assert " yes " in lines[kind], lines[kind]
    assert "exllamav2" in lines
    if " no " in lines["exllamav2"]:
        assert "not installed" in lines["exllamav2"] or "no CUDA device" in lines["exllamav2"]


def test_repo_matrix_is_valid() -> None:
    from harness.matrix import load_matrix

    specs = load_matrix(REPO / "matrix.yaml")
    assert [s.kind for s in specs][:3] == ["llamacpp", "mistralrs", "openai"]
