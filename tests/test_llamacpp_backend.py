"""The llama.cpp backend on the real embedded model: answers, engine token counts, timing."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from harness.backends import BackendSpec, BackendUnavailable, GenerationRequest, create_backend
from harness.backends.llamacpp import LlamaCppBackend
from harness.backends.worker import BackendCrashed, IsolatedBackend
from harness.suite.models import Sampling

pytestmark = pytest.mark.model

CAPITAL = [
    {"role": "system", "content": "You are a helpful assistant."},
    {"role": "user", "content": "What is the capital of France?"},
]


def request(max_tokens: int = 48, messages: list[dict[str, str]] = CAPITAL) -> GenerationRequest:
    return GenerationRequest(messages=messages, sampling=Sampling(max_tokens=max_tokens))


@pytest.fixture(scope="module")
def backend() -> Iterator[LlamaCppBackend]:
    instance = create_backend(BackendSpec.parse("llamacpp:smollm2"))
    assert isinstance(instance, LlamaCppBackend)
    instance.load()
    yield instance
    instance.close()


def test_load_reports_provenance(smollm2_path: Path) -> None:
    instance = LlamaCppBackend(BackendSpec("llamacpp", str(smollm2_path), {"n_threads": 1}))
    info = instance.load()
    try:
        assert info.backend == "llamacpp"
        assert info.backend_version.startswith("llama-cpp-python 0.3")
        assert info.model_path == str(smollm2_path)
        assert info.settings["n_threads"] == 1
        assert (
            info.settings["chat_template_sha256"]
            and len(info.settings["chat_template_sha256"]) == 64
        )
        assert info.load_s is not None and info.load_s > 0
    finally:
        instance.close()


def test_answers_with_the_models_chat_template(backend: LlamaCppBackend) -> None:
    # What a 135M model says differs between CPUs (here "Paris", there French word salad,
    # mistral.rs agreeing), so this asserts what the template does, not the model's words.
    generation = backend.generate(request())
    assert generation.text.strip()
    # the template's special tokens never reach the answer text
    assert "<|im_start|>" not in generation.text and "<|im_end|>" not in generation.text
    raw = sum(
        len(backend._llm.tokenize(m["content"].encode(), add_bos=False, special=False))
        for m in CAPITAL
    )
    # the engine saw the rendered template: each message wrapped in
    # <|im_start|>ROLE\n ... <|im_end|>\n, and the assistant turn opened
    assert generation.prompt_tokens is not None and generation.prompt_tokens >= raw + 3 * 3


def test_token_counts_come_from_the_engine(backend: LlamaCppBackend) -> None:
    generation = backend.generate(request(max_tokens=5))
    assert generation.finish_reason == "length"
    # exactly max_tokens were generated, however the stream chunked them
    assert generation.output_tokens == 5
    timings = generation.engine_timings
    assert timings is not None
    assert generation.prompt_tokens == timings["prompt_tokens"]
    # the same prompt always tokenises to the same length: the prompt cache is not used
    again = backend.generate(request(max_tokens=5))
    assert again.prompt_tokens == generation.prompt_tokens
    assert (
        again.engine_timings is not None
        and again.engine_timings["prompt_tokens"] == timings["prompt_tokens"]
    )


def test_timing_is_positive_and_ordered(backend: LlamaCppBackend) -> None:
    generation = backend.generate(request(max_tokens=32))
    assert generation.ttft_s is not None and generation.last_token_s is not None
    assert 0 < generation.ttft_s <= generation.last_token_s <= generation.latency_s
    decode = generation.decode_tokens_per_s
    prefill = generation.prefill_tokens_per_s
    assert decode is not None and prefill is not None
    # positive and not absurd for a 135M model; no lower bound on speed, which a busy
    # machine can push below any figure (0.6 tok/s was seen while llama.cpp compiled beside it)
    assert 0 < decode < 100_000
    assert 0 < prefill < 1_000_000


def test_greedy_decoding_is_repeatable(backend: LlamaCppBackend) -> None:
    first = backend.generate(request(max_tokens=24))
    second = backend.generate(request(max_tokens=24))
    assert first.text == second.text


def test_prompt_longer_than_the_context_is_a_backend_error(backend: LlamaCppBackend) -> None:
    from harness.backends import BackendError

    long_prompt = [{"role": "user", "content": "word " * 6000}]
    with pytest.raises(BackendError, match="exceed context window"):
        backend.generate(request(messages=long_prompt))
    # and the backend still answers afterwards
    after = backend.generate(request(max_tokens=8))
    assert after.text.strip() and after.output_tokens is not None and 0 < after.output_tokens <= 8


def test_missing_model_file_is_named_and_nothing_is_downloaded(tmp_path: Path) -> None:
    missing = tmp_path / "nope.gguf"
    with pytest.raises(BackendUnavailable, match=f"model file not found: {missing}"):
        LlamaCppBackend(BackendSpec("llamacpp", str(missing))).load()
    with pytest.raises(BackendUnavailable, match="is a directory"):
        LlamaCppBackend(BackendSpec("llamacpp", str(tmp_path))).load()


def test_worker_crash_costs_one_request_and_the_worker_restarts() -> None:
    isolated = IsolatedBackend(BackendSpec.parse("llamacpp:smollm2"))
    isolated.load()
    try:
        before = isolated.generate(request()).text
        assert before
        first_pid = isolated.pid
        assert first_pid is not None and first_pid != os.getpid()
        os.kill(first_pid, signal.SIGKILL)
        with pytest.raises(BackendCrashed, match="killed by SIGKILL"):
            isolated.generate(request())
        # the fresh worker loaded the same model: greedy decoding gives the same answer
        assert isolated.generate(request()).text == before
        assert isolated.pid not in (None, first_pid)
        assert isolated.restarts == 1
    finally:
        isolated.close()
    assert isolated.pid is None


def test_load_error_in_worker_keeps_its_type(tmp_path: Path) -> None:
    isolated = IsolatedBackend(BackendSpec("llamacpp", str(tmp_path / "absent.gguf")))
    with pytest.raises(BackendUnavailable, match="model file not found"):
        isolated.load()
    assert isolated.pid is None


def test_prompt_cache_reuses_the_shared_prefix_and_still_counts_the_whole_prompt() -> None:
    cached = LlamaCppBackend(BackendSpec("llamacpp", "smollm2", {"prompt_cache": True}))
    assert cached.load().settings["prompt_cache"] is True
    try:
        first = cached.generate(request(max_tokens=8))
        other_question = [CAPITAL[0], {"role": "user", "content": "What is the capital of Spain?"}]
        second = cached.generate(request(max_tokens=8, messages=other_question))
    finally:
        cached.close()
    assert first.engine_timings is not None and second.engine_timings is not None
    assert first.engine_timings["prompt_tokens"] == first.prompt_tokens
    # the system prompt was not evaluated again, yet the whole prompt is counted
    assert second.engine_timings["prompt_tokens"] < second.prompt_tokens
    assert second.prompt_tokens == first.prompt_tokens
