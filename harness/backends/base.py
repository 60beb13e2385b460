"""The backend protocol and the plain data that crosses it (picklable, for worker processes)."""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass, field
from importlib import metadata
from types import ModuleType
from typing import Any, Protocol, runtime_checkable

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
