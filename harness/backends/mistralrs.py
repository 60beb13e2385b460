"""mistral.rs in-process through the `mistralrs` wheel, loading a local GGUF file."""

from __future__ import annotations

import json
import os
import time
from typing import Any, ClassVar

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


class MistralRsSettings(EngineSettings):
    """Engine settings of `mistralrs` entries."""

    n_threads: int | None = Field(
        None, ge=1, description="CPU threads (RAYON_NUM_THREADS; default: every core)"
    )
    chat_template: str | None = Field(
        None,
        description="a chat template (as mistral.rs's `chat_template` takes it) instead of the GGUF's",
    )
    seed: int | None = Field(None, description="the engine's sampling seed")


@register("mistralrs")
class MistralRsBackend:
    """Loads one GGUF (tokenizer and chat template from the file) and streams chat completions."""

    in_process: ClassVar[bool] = False  # native code: a worker process of its own
    settings_model: ClassVar[type[EngineSettings]] = MistralRsSettings

    def __init__(self, spec: BackendSpec):
        self.spec = spec
        self.settings = spec.settings(MistralRsSettings)
        self._runner: Any = None
        self._mistralrs: Any = None
        # Off by default so TTFT is cold: mistral.rs otherwise reuses cached prompt prefixes.
        self.prompt_cache = spec.run.prompt_cache

    @staticmethod
    def availability() -> Availability:
        """The mistralrs wheel installed (the PyPI build runs on CPU)."""
        return package_availability("mistralrs", "mistralrs", "mistralrs")

    def load(self) -> ModelInfo:
        """Load the GGUF named by the spec; the hub is never asked for anything."""
        path = resolve_model_path(self.spec.target)
        # Set before the import: the engine reads it when it decides where files come from.
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ.setdefault("RUST_LOG", "warn")  # its INFO lines would bury the progress bar
        if self.settings.n_threads:
            os.environ["RAYON_NUM_THREADS"] = str(self.settings.n_threads)
        mistralrs = import_engine("mistralrs", "mistralrs", "mistralrs", "mistralrs")
        template = self.settings.chat_template
        settings: dict[str, Any] = {
            "max_seqs": 1,
            "prefix_cache_n": 16 if self.prompt_cache else 0,
            "chat_template": template,
            "threads": os.environ.get("RAYON_NUM_THREADS") or os.cpu_count(),
            "hf_hub_offline": True,
            "device": "cpu",  # the PyPI wheel; CUDA builds are separate distributions
        }
        before = footprint_now()
        started = time.perf_counter()
        try:
            which = mistralrs.Which.GGUF(
                quantized_model_id=str(path.parent), quantized_filename=path.name
            )
            self._runner = mistralrs.Runner(
                which=which,
                max_seqs=1,
                prefix_cache_n=settings["prefix_cache_n"],
                token_source="none",
                chat_template=template,
                seed=self.settings.seed,
            )
        except Exception as exc:  # the Rust side raises plain exceptions for bad files
            raise BackendError(f"mistral.rs could not load {path}: {exc}") from None
        load_s = time.perf_counter() - started
        self._mistralrs = mistralrs
        return ModelInfo(
            backend="mistralrs",
            backend_version=self.availability().version or "mistralrs",
            model=path.stem,
            model_path=str(path),
            settings=settings,
            load_s=load_s,
            footprint=footprint_delta(before, footprint_now()),
        )

    def generate(self, request: GenerationRequest) -> Generation:
        """Stream one chat completion, timing it in this process."""
        if self._runner is None:
            raise BackendError("mistralrs backend used before load()")
        sampling = request.sampling
        chat = self._mistralrs.ChatCompletionRequest(
            model="default",
            messages=request.messages,
            max_tokens=sampling.max_tokens,
            temperature=sampling.temperature,
            top_p=sampling.top_p,
            top_k=sampling.top_k,
            stop_seqs=sampling.stop or None,
            tool_schemas=[json.dumps(tool) for tool in request.tools] or None,
            stream=True,
        )
        stream = StreamAssembler()
        usage: Any = None
        try:
            for chunk in self._runner.send_chat_completion_request(chat):
                usage = chunk.usage or usage
                for choice in chunk.choices:
                    stream.content(choice.delta.content)
                    for call in choice.delta.tool_calls or []:
                        stream.tool_call(
                            call.index, call.id, call.function.name, call.function.arguments
                        )
                    stream.finish(choice.finish_reason)
        except (ValueError, RuntimeError) as exc:
            raise BackendError(f"mistral.rs refused the request: {exc}") from None
        if usage is None:
            return stream.generation(None, stream.chunks, token_source="stream_chunks")
        return stream.generation(
            int(usage.prompt_tokens),
            int(usage.completion_tokens),
            engine_timings={
                "prompt_ms": float(usage.total_prompt_time_sec) * 1000.0,
                "prompt_tokens": int(usage.prompt_tokens),
                "decode_ms": float(usage.total_completion_time_sec) * 1000.0,
                "decode_tokens": int(usage.completion_tokens),
            },
            token_source="engine",
        )

    def close(self) -> None:
        """Drop the engine; its memory goes with the worker process."""
        self._runner = None
