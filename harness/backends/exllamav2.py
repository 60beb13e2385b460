"""exllamav2 in-process on CUDA: an EXL2 (or FP16) model folder, the dynamic generator.

exllamav2 applies no chat template of its own, so the model's `chat_template` from
`tokenizer_config.json` is rendered here with Jinja2, as transformers would.
"""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path
from typing import Any, ClassVar

from pydantic import Field

from harness.backends import register
from harness.backends.base import (
    Availability,
    BackendError,
    BackendSpec,
    BackendUnavailable,
    EngineSettings,
    Generation,
    GenerationRequest,
    ModelInfo,
    import_engine,
    package_availability,
)
from harness.backends.stream import StreamAssembler
from harness.timing.memory import footprint_delta, footprint_now

DEFAULT_MAX_SEQ_LEN = 4096
# The dynamic generator's end reasons, in the OpenAI vocabulary the checks read.
FINISH_REASONS = {"max_new_tokens": "length", "stop_token": "stop", "stop_string": "stop"}


def cuda_reason() -> str | None:
    """Why CUDA cannot be used here, or None when a device is present."""
    try:
        import torch
    except ImportError:
        return "no CUDA device (torch is not installed; exllamav2 needs a CUDA build of torch)"
    if not torch.cuda.is_available():
        return "no CUDA device"
    return None


def model_folder(target: str) -> Path:
    """The model folder of a spec, checked for the files exllamav2 reads."""
    folder = Path(target).expanduser()
    if not folder.is_dir():
        raise BackendUnavailable(
            f"exllamav2 model folder not found: {folder} (weights are never downloaded)"
        )
    for name in ("config.json", "tokenizer_config.json"):
        if not (folder / name).is_file():
            raise BackendUnavailable(f"exllamav2 model folder {folder} has no {name}")
    return folder


class ChatTemplate:
    """The model's own Jinja chat template, rendered like transformers' apply_chat_template."""

    def __init__(self, folder: Path, override: str | None = None):
        config = json.loads((folder / "tokenizer_config.json").read_text(encoding="utf-8"))
        source = override or config.get("chat_template")
        if isinstance(source, list):  # several named templates: take the default one
            source = next((t["template"] for t in source if t.get("name") == "default"), None)
        if not source:
            raise BackendError(f"{folder}/tokenizer_config.json has no chat_template")
        from jinja2.sandbox import ImmutableSandboxedEnvironment

        env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True)
        env.globals["raise_exception"] = _raise_template_error
        self.source = source
        self.template = env.from_string(source)
        self.special = {
            key: _token_text(config.get(key)) for key in ("bos_token", "eos_token", "pad_token")
        }

    def render(self, messages: list[dict[str, Any]], tools: list[dict[str, Any]]) -> str:
        """The prompt text, ending where the assistant's answer begins."""
        return str(
            self.template.render(
                messages=messages,
                tools=tools or None,
                add_generation_prompt=True,
                **self.special,
            )
        )


def _token_text(value: Any) -> str:
    if isinstance(value, dict):  # {"content": "<s>", ...} in newer tokenizer configs
        return str(value.get("content", ""))
    return str(value or "")


def _raise_template_error(message: str) -> None:
    raise BackendError(f"the chat template refused the conversation: {message}")


class ExLlamaV2Settings(EngineSettings):
    """Engine settings of `exllamav2` entries."""

    max_seq_len: int = Field(
        DEFAULT_MAX_SEQ_LEN, ge=1, description="context length the cache is sized for"
    )
    chat_template: str | None = Field(
        None, description="a Jinja chat template to use instead of tokenizer_config.json's"
    )


@register("exllamav2")
class ExLlamaV2Backend:
    """Loads a model folder onto the GPU(s) and streams one job at a time."""

    in_process: ClassVar[bool] = False  # native code: a worker process of its own
    settings_model: ClassVar[type[EngineSettings]] = ExLlamaV2Settings

    def __init__(self, spec: BackendSpec):
        self.spec = spec
        self.settings = spec.settings(ExLlamaV2Settings)
        self._generator: Any = None
        self._tokenizer: Any = None
        self._template: ChatTemplate | None = None
        self._exl: Any = None

    @staticmethod
    def availability() -> Availability:
        """The exllamav2 package, and a CUDA device for it."""
        package = package_availability("exllamav2", "exllamav2", "exllamav2")
        if not package.available:
            return package
        reason = cuda_reason()
        return Availability(package.version, reason)

    def load(self) -> ModelInfo:
        """Load the folder's weights, split across the visible GPUs as they fit."""
        folder = model_folder(self.spec.target)
        reason = cuda_reason()
        if reason is not None:
            raise BackendUnavailable(f"backend 'exllamav2' cannot run here: {reason}")
        exllamav2 = import_engine("exllamav2", "exllamav2", "exllamav2", "exllamav2")
        from exllamav2.generator import ExLlamaV2DynamicGenerator

        max_seq_len = self.settings.max_seq_len
        self._template = ChatTemplate(folder, self.settings.chat_template)
        before = footprint_now()
        started = time.perf_counter()
        try:
            config = exllamav2.ExLlamaV2Config(str(folder))
            config.arch_compat_overrides()
            config.max_seq_len = max_seq_len
            model = exllamav2.ExLlamaV2(config)
            cache = exllamav2.ExLlamaV2Cache(model, max_seq_len=max_seq_len, lazy=True)
            model.load_autosplit(cache, progress=False)
            self._tokenizer = exllamav2.ExLlamaV2Tokenizer(config)
            self._generator = ExLlamaV2DynamicGenerator(
                model=model, cache=cache, tokenizer=self._tokenizer
            )
        except (RuntimeError, ValueError, OSError, AssertionError) as exc:
            raise BackendError(f"exllamav2 could not load {folder}: {exc}") from None
        load_s = time.perf_counter() - started
        self._exl = exllamav2
        settings = {
            "max_seq_len": max_seq_len,
            "chat_template_sha256": hashlib.sha256(self._template.source.encode()).hexdigest(),
            "template_mentions_tools": "tools" in self._template.source,
            "device": "cuda",
        }
        return ModelInfo(
            backend="exllamav2",
            backend_version=f"exllamav2 {exllamav2.__version__}",
            model=folder.name,
            model_path=str(folder),
            settings=settings,
            load_s=load_s,
            footprint=footprint_delta(before, footprint_now()),
        )

    def _settings(self, request: GenerationRequest) -> Any:
        from exllamav2.generator import ExLlamaV2Sampler

        sampling = request.sampling
        settings = ExLlamaV2Sampler.Settings()
        if sampling.temperature == 0:
            settings.greedy()
        else:
            settings.temperature = sampling.temperature
            settings.top_p = sampling.top_p
            settings.top_k = sampling.top_k or 0
        return settings

    def generate(self, request: GenerationRequest) -> Generation:
        """Enqueue one job and stream its results, timing each token here."""
        if self._generator is None or self._template is None:
            raise BackendError("exllamav2 backend used before load()")
        from exllamav2.generator import ExLlamaV2DynamicJob

        prompt = self._template.render(request.messages, request.tools)
        # The template writes the BOS token itself; encoding special tokens keeps it one token.
        input_ids = self._tokenizer.encode(prompt, add_bos=False, encode_special_tokens=True)
        stream = StreamAssembler()
        job = ExLlamaV2DynamicJob(
            input_ids=input_ids,
            max_new_tokens=request.sampling.max_tokens,
            gen_settings=self._settings(request),
            stop_conditions=[self._tokenizer.eos_token_id, *request.sampling.stop],
            seed=request.sampling.seed,
        )
        self._generator.enqueue(job)
        final: dict[str, Any] = {}
        while self._generator.num_remaining_jobs():
            for result in self._generator.iterate():
                if result.get("stage") != "streaming":
                    continue
                stream.content(result.get("text"))
                if result.get("eos"):
                    final = result
        stream.finish(FINISH_REASONS.get(str(final.get("eos_reason")), "stop"))
        prompt_tokens = int(final.get("prompt_tokens", input_ids.shape[-1]))
        new_tokens = final.get("new_tokens")
        timings: dict[str, float | int] = {}
        if final.get("time_prefill") is not None and new_tokens is not None:
            timings = {
                "prompt_ms": float(final["time_prefill"]) * 1000.0,
                "prompt_tokens": prompt_tokens - int(final.get("cached_tokens", 0)),
                "decode_ms": float(final["time_generate"]) * 1000.0,
                "decode_tokens": int(new_tokens),
            }
        return stream.generation(
            prompt_tokens,
            int(new_tokens) if new_tokens is not None else stream.chunks,
            engine_timings=timings or None,
            token_source="engine" if new_tokens is not None else "stream_chunks",
        )

    def close(self) -> None:
        """Drop the generator and model; the worker's exit frees the GPU memory."""
        self._generator = None
        self._tokenizer = None
