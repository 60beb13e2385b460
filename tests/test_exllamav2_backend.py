"""exllamav2: its chat-template rendering runs everywhere; generation needs a CUDA device."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from harness.backends import BackendSpec, BackendUnavailable, availability, create_backend
from harness.backends.base import GenerationRequest
from harness.backends.exllamav2 import ChatTemplate, cuda_reason
from harness.suite import Sampling

MESSAGES = [
    {"role": "system", "content": "Be brief."},
    {"role": "user", "content": "What is 2+2?"},
]


def _smollm2_template(smollm2_path: Path) -> str:
    llama_cpp = pytest.importorskip("llama_cpp", reason="llama-cpp-python is not installed")
    llm = llama_cpp.Llama(model_path=str(smollm2_path), vocab_only=True, verbose=False)
    return str(llm.metadata["tokenizer.chat_template"])


def test_chat_template_renders_like_llama_cpp(tmp_path: Path, smollm2_path: Path) -> None:
    from llama_cpp.llama_chat_format import Jinja2ChatFormatter

    template = _smollm2_template(smollm2_path)
    (tmp_path / "tokenizer_config.json").write_text(
        json.dumps(
            {"chat_template": template, "bos_token": "<|im_start|>", "eos_token": "<|im_end|>"}
        )
    )
    ours = ChatTemplate(tmp_path).render(MESSAGES, [])
    theirs = Jinja2ChatFormatter(template, eos_token="<|im_end|>", bos_token="<|im_start|>")(
        messages=MESSAGES
    ).prompt
    assert ours == theirs
    assert ours.endswith("<|im_start|>assistant\n")


def test_missing_model_folder_is_named(tmp_path: Path) -> None:
    backend = create_backend(BackendSpec("exllamav2", str(tmp_path / "nope")))
    with pytest.raises(BackendUnavailable, match="exllamav2 model folder not found"):
        backend.load()


def test_unavailable_without_cuda_says_why() -> None:
    state = availability("exllamav2")
    if state.available:
        pytest.skip("exllamav2 and a CUDA device are present: nothing to explain")
    assert "not installed" in str(state.reason) or state.reason == cuda_reason()


EXL2_MODEL = os.environ.get("HARNESS_EXL2_MODEL")
GPU_SKIP = cuda_reason() or (
    None if EXL2_MODEL else "no EXL2 model: set HARNESS_EXL2_MODEL to a model folder"
)


@pytest.mark.gpu
@pytest.mark.skipif(GPU_SKIP is not None, reason=str(GPU_SKIP))
def test_generates_on_gpu() -> None:
    backend = create_backend(BackendSpec("exllamav2", str(EXL2_MODEL)))
    info = backend.load()
    try:
        generation = backend.generate(GenerationRequest(MESSAGES, Sampling(max_tokens=16)))
    finally:
        backend.close()
    assert info.settings["device"] == "cuda"
    assert generation.text and generation.ttft_s is not None
    assert generation.prompt_tokens and generation.output_tokens
    assert generation.token_source == "engine"
