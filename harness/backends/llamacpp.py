"""llama.cpp in-process through `llama-cpp-python`."""

from __future__ import annotations

import hashlib
import time
from typing import Any, ClassVar

import psutil
from pydantic import Field

from harness.backends import register
from harness.backends.base import (
    Availability,
    BackendError,
    BackendSpec,
    EngineSettings,
    Generation,
    GenerationRequest,
    ModelInfo,
    import_engine,
    package_availability,
)
from harness.backends.embedded import resolve_model_path
from harness.backends.stream import StreamAssembler
from harness.timing.memory import footprint_delta, footprint_now

DEFAULT_N_CTX = 4096


def default_threads() -> int:
    """Physical cores: llama.cpp decode is memory-bound and gains nothing from SMT siblings.

    llama-cpp-python's own default is half the logical cores, which is one thread on a
    two-core machine; the harness chooses deliberately and records the choice.
    """
    return psutil.cpu_count(logical=False) or psutil.cpu_count() or 1


class LlamaCppSettings(EngineSettings):
    """Engine settings of `llamacpp` entries (passed to `llama_cpp.Llama`)."""

    n_ctx: int = Field(DEFAULT_N_CTX, ge=1, description="context window in tokens")
    n_threads: int | None = Field(
        None, ge=1, description="CPU threads for decode (default: the physical cores)"
    )
    n_gpu_layers: int = Field(-1, ge=-1, description="layers offloaded to the GPU (-1: all)")
    n_batch: int = Field(512, ge=1, description="prompt tokens evaluated per batch")
    chat_format: str | None = Field(
        None, description="a llama-cpp-python chat format instead of the GGUF's own template"
    )
    verbose: bool = Field(
        False, description="llama.cpp's own log, written to the run's logs/ENTRY.log"
    )


@register("llamacpp")
class LlamaCppBackend:
    """Loads one GGUF with the model's own chat template and streams chat completions."""

    in_process: ClassVar[bool] = False  # native code: a worker process of its own
    settings_model: ClassVar[type[EngineSettings]] = LlamaCppSettings

    def __init__(self, spec: BackendSpec):
        self.spec = spec
        self.settings = spec.settings(LlamaCppSettings)
        self._llm: Any = None
        self._llama_cpp: Any = None
        # Off by default so TTFT is cold; on, a shared prompt prefix is evaluated once.
        self.prompt_cache = spec.run.prompt_cache

    @staticmethod
    def availability() -> Availability:
        """llama-cpp-python installed (any build: CPU, CUDA, Metal)."""
        return package_availability("llama_cpp", "llama-cpp-python", "llamacpp")

    def load(self) -> ModelInfo:
        """Load the GGUF named by the spec (a path or an embedded alias)."""
        path = resolve_model_path(self.spec.target)
        llama_cpp = import_engine("llamacpp", "llama_cpp", "llama-cpp-python", "llamacpp")
        settings: dict[str, Any] = {
            **self.settings.model_dump(),
            "n_threads": self.settings.n_threads or default_threads(),
        }
        before = footprint_now()
        started = time.perf_counter()
        try:
            self._llm = llama_cpp.Llama(model_path=str(path), **settings)
        except (ValueError, RuntimeError, OSError) as exc:
            raise BackendError(f"llama.cpp could not load {path}: {exc}") from None
        load_s = time.perf_counter() - started
        after = footprint_now()
        self._llama_cpp = llama_cpp
        template = self._llm.metadata.get("tokenizer.chat_template")
        gpu_offload = bool(llama_cpp.llama_supports_gpu_offload())
        settings.update(
            {
                "chat_format": self._llm.chat_format,
                "chat_template_sha256": (
                    hashlib.sha256(template.encode()).hexdigest() if template else None
                ),
                "prompt_cache": self.prompt_cache,
                # A template that never reads `tools` drops native tool definitions silently.
                "template_mentions_tools": bool(template and "tools" in template),
                "gpu_offload_supported": gpu_offload,
                # Where the weights are read from during decode, for the bandwidth roofline.
                "device": "cuda" if gpu_offload and settings["n_gpu_layers"] != 0 else "cpu",
            }
        )
        return ModelInfo(
            backend="llamacpp",
            backend_version=f"llama-cpp-python {llama_cpp.__version__}",
            model=self._llm.metadata.get("general.name") or path.stem,
            model_path=str(path),
            settings=settings,
            load_s=load_s,
            footprint=footprint_delta(before, after),
        )

    def generate(self, request: GenerationRequest) -> Generation:
        """Stream one chat completion from a cold prompt, timing it in this process."""
        if self._llm is None:
            raise BackendError("llamacpp backend used before load()")
        llm, llama_cpp = self._llm, self._llama_cpp
        sampling = request.sampling
        if not self.prompt_cache:
            # Forget the previous prompt: otherwise llama-cpp-python reuses the shared prefix
            # and TTFT/prefill would measure only the part of the prompt that changed.
            llm.reset()
        llama_cpp.llama_perf_context_reset(llm._ctx.ctx)
        kwargs: dict[str, Any] = {
            "messages": request.messages,
            "stream": True,
            "max_tokens": sampling.max_tokens,
            "temperature": sampling.temperature,
            "top_p": sampling.top_p,
            "seed": sampling.seed,
            "stop": sampling.stop or None,
        }
        if sampling.top_k is not None:
            kwargs["top_k"] = sampling.top_k
        if request.tools:
            kwargs["tools"] = request.tools
        stream = StreamAssembler()
        try:
            for chunk in llm.create_chat_completion(**kwargs):
                choice = chunk["choices"][0]
                stream.content(choice["delta"].get("content"))
                stream.finish(choice.get("finish_reason"))
        except ValueError as exc:  # e.g. the prompt does not fit the context window
            raise BackendError(f"llama.cpp refused the request: {exc}") from None
        stream.clock.stop()
        perf = llama_cpp.llama_perf_context(llm._ctx.ctx)
        # The engine decodes every generated token but the last one it samples; that last
        # token is an end-of-generation token unless the answer hit max_tokens.
        output_tokens = perf.n_eval + (1 if stream.finish_reason == "length" else 0)
        # The context holds the whole prompt (cached or evaluated now) plus every decoded token.
        prompt_tokens = int(llm.n_tokens) - int(perf.n_eval)
        return stream.generation(
            prompt_tokens,
            int(output_tokens),
            engine_timings={
                "prompt_ms": float(perf.t_p_eval_ms),
                "prompt_tokens": int(perf.n_p_eval),
                "decode_ms": float(perf.t_eval_ms),
                "decode_tokens": int(perf.n_eval),
            },
            token_source="engine",
        )

    def close(self) -> None:
        """Free the model and its context."""
        if self._llm is not None:
            self._llm.close()
            self._llm = None
