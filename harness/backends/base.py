"""The backend protocol and the plain data that crosses it (picklable, for worker processes)."""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol, TypeVar, runtime_checkable

from pydantic import BaseModel, ConfigDict, ValidationError

from harness.suite.models import Sampling


class BackendError(Exception):
    """A backend could not load or generate; the message is safe to record."""


class BackendUnavailable(BackendError):
    """The backend's package, device or model file is missing on this machine."""


@dataclass(frozen=True)
class Availability:
    """Whether a backend can run on this machine: its package version, or why not."""

    version: str | None
    reason: str | None = None  # None when it is available

    @property
    def available(self) -> bool:
        """True when nothing is missing."""
        return self.reason is None


def package_availability(module: str, distribution: str, extra: str) -> Availability:
    """Availability of a backend that needs one package, found without importing it."""
    if importlib.util.find_spec(module) is None:
        return Availability(None, f"{distribution} is not installed: {_install_hint(extra)}")
    try:
        return Availability(f"{distribution} {metadata.version(distribution)}")
    except metadata.PackageNotFoundError:
        return Availability(f"{distribution} (version unknown)")


def _install_hint(extra: str) -> str:
    return f"pip install 'llm-regression-harness[{extra}]'"


def import_engine(kind: str, module: str, distribution: str, extra: str) -> ModuleType:
    """Import a backend's engine package when a model loads, or say what to install."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise BackendUnavailable(
            f"backend {kind!r} needs {distribution}: {_install_hint(extra)} ({exc})"
        ) from None


class EngineSettings(BaseModel):
    """Engine settings of one backend; each backend module declares a subclass as `settings_model`.

    Unknown fields are refused, so a misspelled setting is an error, not a silent default.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)


# What a spec's options carry for the harness rather than for the engine (see RunTarget).
RUN_KEYS = frozenset(
    {
        "entry",
        "label",
        "labels",
        "tool_prompt",
        "server",
        "fallback",
        "prompt_cache",
        "reasoning",
        "concurrency",
    }
)

_Settings = TypeVar("_Settings", bound=EngineSettings)


def settings_errors(exc: ValidationError) -> list[tuple[str, str]]:
    """(`settings.FIELD`, reason) for each error of a settings model."""
    return [
        ("settings." + ".".join(str(part) for part in error["loc"]), error["msg"])
        for error in exc.errors()
    ]


@dataclass(frozen=True)
class RunTarget:
    """What the harness (not the engine) needs to know of a spec: its name, label and helpers."""

    entry: str | None = None  # the matrix entry it came from
    label: str | None = None  # the `model` its records carry
    labels: dict[str, Any] = field(default_factory=dict)
    tool_prompt: str | None = None
    server: dict[str, Any] | None = None  # a managed server to start first
    fallback: BackendSpec | None = None
    prompt_cache: bool = False


@dataclass(frozen=True)
class BackendSpec:
    """A parsed `KIND:TARGET` backend argument, with optional settings from a matrix."""

    kind: str
    target: str
    options: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def parse(cls, text: str) -> BackendSpec:
        """Parse `llamacpp:PATH.gguf`, `llamacpp:smollm2` and the like."""
        kind, sep, target = text.partition(":")
        if not sep or not kind or not target:
            raise ValueError(f"backend spec {text!r} is not KIND:TARGET (e.g. llamacpp:smollm2)")
        return cls(kind=kind.strip(), target=target.strip())

    def __str__(self) -> str:
        return f"{self.kind}:{self.target}"

    @property
    def run(self) -> RunTarget:
        """The harness's part of the options, typed."""
        return RunTarget(
            entry=self.options.get("entry"),
            label=self.options.get("label"),
            labels=dict(self.options.get("labels") or {}),
            tool_prompt=self.options.get("tool_prompt"),
            server=self.options.get("server"),
            fallback=self.options.get("fallback"),
            prompt_cache=bool(self.options.get("prompt_cache", False)),
        )

    def engine_options(self) -> dict[str, Any]:
        """The engine's part of the options, unvalidated: everything but the RUN_KEYS."""
        return {k: v for k, v in self.options.items() if k not in RUN_KEYS}

    def settings(self, model: type[_Settings]) -> _Settings:
        """The engine settings validated by `model`; BackendError names a bad field."""
        try:
            return model.model_validate(self.engine_options())
        except ValidationError as exc:
            problems = "; ".join(f"{where}: {why}" for where, why in settings_errors(exc))
            raise BackendError(f"{self}: {problems}") from None


def command_line_specs(
    backends: list[str] | None, matrix: str | None, entries: list[str] | None
) -> list[BackendSpec]:
    """The targets of `--backend SPEC...` and `--matrix FILE [--entry NAME...]`, in that order."""
    specs = [BackendSpec.parse(text) for text in backends or []]
    if matrix:
        from harness.matrix import load_matrix, select_entries  # only when a matrix is given

        loaded = load_matrix(matrix)
        specs.extend(select_entries(loaded, entries) if entries else loaded)
    elif entries:
        raise ValueError("--entry picks entries of a --matrix file; give --matrix too")
    return specs


def model_label(spec: BackendSpec) -> str:
    """A short, stable name for the model of a spec: an alias, or the file/folder name."""
    label = spec.run.label
    if label:
        return str(label)
    model, at, url = spec.target.rpartition("@")
    if at and "://" in url:  # openai:MODEL@BASE_URL
        return model
    return Path(spec.target).name.removesuffix(".gguf") or spec.target


@dataclass(frozen=True)
class GenerationRequest:
    """What one case asks a backend to do."""

    messages: list[dict[str, Any]]
    sampling: Sampling
    tools: list[dict[str, Any]] = field(default_factory=list)
    # Which case and round this is ("SUITE/CASE", 1-based): engines ignore it, replay needs it.
    case: str | None = None
    round: int = 1


@dataclass(frozen=True)
class ModelInfo:
    """What a backend reports after loading, for the run's provenance."""

    backend: str
    backend_version: str
    model: str
    model_path: str | None = None
    settings: dict[str, Any] = field(default_factory=dict)
    load_s: float | None = None
    # Memory the loaded model added to its process: {"rss_mib": .., "vram_mib": ..}.
    footprint: dict[str, float | None] = field(default_factory=dict)
    # Cases ("SUITE/CASE") a backend can only answer for, such as a replay file's.
    known_cases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Generation:
    """One answer with its timing, measured where the engine runs.

    Times are seconds from sending the request. Token counts come from the engine.
    `engine_timings` holds the engine's own figures where it reports them.
    """

    text: str
    finish_reason: str | None
    prompt_tokens: int | None
    output_tokens: int | None
    latency_s: float
    ttft_s: float | None
    last_token_s: float | None
    tool_calls: list[dict[str, Any]] = field(default_factory=list)
    engine_timings: dict[str, float | int] | None = None
    itl_p50_s: float | None = None
    itl_p95_s: float | None = None
    # Where token counts came from: "engine", "usage" (the server's), or "stream_chunks".
    token_source: str | None = None
    attempts: int = 1  # requests sent, retries included
    # (characters of text so far, seconds) after each content chunk: when each part arrived.
    content_marks: tuple[tuple[int, float], ...] = ()
    # Reasoning a server sent apart from the content (`reasoning_content`), and its chunks.
    reasoning_text: str | None = None
    reasoning_chunks: int = 0

    def _engine_rate(self, tokens_key: str, ms_key: str) -> float | None:
        timings = self.engine_timings or {}
        tokens, ms = timings.get(tokens_key), timings.get(ms_key)
        if not tokens or not ms:
            return None
        return float(tokens) / (float(ms) / 1000.0)

    @property
    def engine_decode_tokens_per_s(self) -> float | None:
        """Decode speed by the engine's own clock and counter, for cross-checking."""
        return self._engine_rate("decode_tokens", "decode_ms")

    @property
    def engine_prefill_tokens_per_s(self) -> float | None:
        """Prompt-eval speed by the engine's own clock and counter."""
        return self._engine_rate("prompt_tokens", "prompt_ms")

    @property
    def decode_tokens_per_s(self) -> float | None:
        """Tokens after the first, over the time from first to last token."""
        if self.ttft_s is None or self.last_token_s is None or not self.output_tokens:
            return None
        span = self.last_token_s - self.ttft_s
        if self.output_tokens < 2 or span <= 0:
            return None
        return (self.output_tokens - 1) / span

    @property
    def prefill_tokens_per_s(self) -> float | None:
        """Prompt tokens over the engine's prompt-eval time, or over TTFT when it has none."""
        if not self.prompt_tokens:
            return None
        engine = self.engine_prefill_tokens_per_s
        if engine is not None:
            return engine
        if self.ttft_s:
            return self.prompt_tokens / self.ttft_s
        return None


@runtime_checkable
class Backend(Protocol):
    """An engine with one model loaded: load once, generate many times, close."""

    def load(self) -> ModelInfo:
        """Load the model; raise BackendError with a clear message when it cannot."""
        ...

    def generate(self, request: GenerationRequest) -> Generation:
        """Answer one request, streaming internally to time it."""
        ...

    def close(self) -> None:
        """Release the model."""
        ...


class BackendClass(Protocol):
    """What the registry and the runner use of a backend class, declared rather than probed."""

    # True when no native code runs (HTTP, replay): no worker process is needed.
    in_process: bool
    settings_model: type[EngineSettings]

    def __call__(self, spec: BackendSpec) -> Backend:
        """Build (but do not load) a backend for the spec."""
        ...

    @staticmethod
    def availability() -> Availability:
        """Whether it can run on this machine, asked without loading an engine."""
        ...


@runtime_checkable
class Sampled(Protocol):
    """A loaded backend whose memory lives in another process (a worker): that process's id."""

    @property
    def pid(self) -> int | None:
        """The process to sample, while it runs."""
        ...
