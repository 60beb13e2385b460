"""`openai:MODEL@BASE_URL`: any OpenAI-compatible Chat Completions server, streamed over SSE.

Settings (from a matrix entry or `--set`) are OpenAISettings. The key is read from the environment when the backend loads and is never recorded: every
message that leaves this module passes through `redact`.
"""

from __future__ import annotations

import dataclasses
import os
import random
import time
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import metadata
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
from harness.backends.sse import StreamError, iter_chunks
from harness.backends.stream import StreamAssembler, feed_choice
from harness.untrusted import map_strings, redact

# How much of a server's error body a message keeps, cut after redaction.
BODY_CHARS = 300
EVENT_CHARS = 200

DEFAULT_KEY_ENV = "OPENAI_API_KEY"
RETRY_STATUS = {408, 409, 429, 500, 502, 503, 504}
MAX_RETRY_AFTER_S = 30.0


class _Retryable(Exception):
    """A failure worth another attempt: connection trouble, 429 or 5xx."""

    def __init__(self, message: str, retry_after_s: float | None = None):
        super().__init__(message)
        self.retry_after_s = retry_after_s


def split_target(target: str) -> tuple[str, str]:
    """`MODEL@BASE_URL` → (model, base URL without a trailing slash)."""
    model, sep, base_url = target.rpartition("@")
    if not sep or not model or not base_url.startswith(("http://", "https://")):
        raise BackendError(
            f"openai target {target!r} is not MODEL@BASE_URL (e.g. gpt-4o-mini@https://api.openai.com/v1)"
        )
    return model, base_url.rstrip("/")


def _retry_after(value: str | None) -> float | None:
    try:
        return min(float(value), MAX_RETRY_AFTER_S) if value else None
    except ValueError:
        return None  # an HTTP date; the backoff schedule applies instead


def _engine_timings(timings: dict[str, Any]) -> dict[str, float | int] | None:
    """llama.cpp's server reports its own counters; map them onto the engine_timings keys."""
    mapping = {
        "prompt_n": "prompt_tokens",
        "prompt_ms": "prompt_ms",
        "predicted_n": "decode_tokens",
        "predicted_ms": "decode_ms",
    }
    found = {ours: timings[theirs] for theirs, ours in mapping.items() if theirs in timings}
    return found or None


class OpenAISettings(EngineSettings):
    """Settings of `openai` entries: how requests are sent to the server."""

    api_key_env: str = Field(
        DEFAULT_KEY_ENV, min_length=1, description="environment variable holding the API key"
    )
    timeout_s: float = Field(300.0, gt=0, description="per request, in seconds")
    retries: int = Field(
        2, ge=0, description="further attempts after a 429, 5xx or lost connection"
    )
    backoff_s: float = Field(0.5, ge=0, description="first wait between attempts (doubles)")
    tool_choice: str | dict[str, Any] | None = Field(
        None, description="sent with native tools: auto, required, none or a function"
    )
    extra_body: dict[str, Any] = Field(
        default_factory=dict,
        description="fields merged into each request, e.g. llama.cpp's {repeat_penalty: 1.0}",
    )


@register("openai")
class OpenAIBackend:
    """Streams chat completions from an HTTP server; the engine is the server's business."""

    settings_model: ClassVar[type[EngineSettings]] = OpenAISettings

    # No native code runs here, so a worker process would only add a pipe to the timing.
    in_process: ClassVar[bool] = True

    def __init__(self, spec: BackendSpec):
        self.spec = spec
        self.model, self.base_url = split_target(spec.target)
        settings = spec.settings(OpenAISettings)
        self.key_env = settings.api_key_env
        self.timeout_s = settings.timeout_s
        self.retries = settings.retries
        self.backoff_s = settings.backoff_s
        self.tool_choice = settings.tool_choice
        # Server-specific request fields, e.g. llama.cpp's {"repeat_penalty": 1.0}.
        self.extra_body = dict(settings.extra_body)
        self._key: str | None = None
        self._client: Any = None

    @staticmethod
    def availability() -> Availability:
        """httpx installed."""
        return package_availability("httpx", "httpx", "server")

    def redact(self, message: str, limit: int | None = None) -> str:
        """The message with the API key blanked out, then cut to `limit` characters.

        Redaction comes first: a key that straddles the cut would otherwise leak all but
        its last few characters.
        """
        message = redact(message, [self._key])
        if limit is not None and len(message) > limit:
            message = message[: limit - 1] + "…"
        return message

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._key}"} if self._key else {}

    def _refused(self, status: int) -> BackendError:
        if self._key:
            why = f"refused the API key from ${self.key_env}"
        else:
            why = f"wants an API key and ${self.key_env} is not set"
        return BackendError(
            f"the server at {self.base_url} {why} (HTTP {status}); "
            "set the variable, or name another with api_key_env / --api-key-env"
        )

    def load(self) -> ModelInfo:
        """Check the server answers (and takes the key) before any case runs."""
        httpx = import_engine("openai", "httpx", "httpx", "server")
        self._key = os.environ.get(self.key_env) or None
        timeout = httpx.Timeout(self.timeout_s, connect=min(10.0, self.timeout_s))
        self._client = httpx.Client(timeout=timeout, headers=self._headers())
        started = time.perf_counter()
        served: list[str] = []
        try:
            response = self._client.get(f"{self.base_url}/models")
        except httpx.TransportError as exc:
            self.close()
            raise BackendUnavailable(
                self.redact(f"cannot reach the server at {self.base_url}: {_transport_reason(exc)}")
            ) from None
        if response.status_code in (401, 403):
            refused = self._refused(response.status_code)
            self.close()
            raise refused
        if response.status_code == 200:
            try:
                served = [self.redact(str(m.get("id"))) for m in response.json().get("data", [])]
            except (ValueError, AttributeError):
                served = []
        return ModelInfo(
            backend="openai",
            backend_version=f"httpx {metadata.version('httpx')}",
            model=self.model,
            settings={
                "base_url": self.base_url,
                "api_key_env": self.key_env,  # the variable's name only, never its value
                "api_key_set": self._key is not None,
                "timeout_s": self.timeout_s,
                "retries": self.retries,
                "served_models": served,
            },
            load_s=time.perf_counter() - started,
        )

    def _body(self, request: GenerationRequest) -> dict[str, Any]:
        sampling = request.sampling
        body: dict[str, Any] = {
            "model": self.model,
            "messages": request.messages,
            "stream": True,
            "stream_options": {"include_usage": True},
            "max_tokens": sampling.max_tokens,
            "temperature": sampling.temperature,
            "top_p": sampling.top_p,
        }
        if sampling.seed is not None:
            body["seed"] = sampling.seed
        if sampling.stop:
            body["stop"] = sampling.stop
        if sampling.top_k is not None:
            body["top_k"] = (
                sampling.top_k
            )  # llama.cpp, vLLM and mistral.rs take it; others ignore it
        if request.tools:
            body["tools"] = request.tools
            if self.tool_choice is not None:
                body["tool_choice"] = self.tool_choice
        return {**body, **self.extra_body}

    def request_body(self, request: GenerationRequest) -> dict[str, Any]:
        """The JSON body this backend streams for `request` (`harness load` sends it itself)."""
        return self._body(request)

    def auth_headers(self) -> dict[str, str]:
        """The Authorization header of the loaded key, for another client of the same server."""
        return self._headers()

    def generate(self, request: GenerationRequest) -> Generation:
        """Stream one completion, retrying connection failures, 429 and 5xx with backoff."""
        if self._client is None:
            raise BackendError("openai backend used before load()")
        body = self._body(request)
        last = ""
        for attempt in range(1, self.retries + 2):
            try:
                return self._stream(body, attempt)
            except _Retryable as exc:
                last = str(exc)
                if attempt > self.retries:
                    break
                delay = exc.retry_after_s
                if delay is None:
                    delay = self.backoff_s * 2 ** (attempt - 1) * (1 + random.random() / 4)
                time.sleep(delay)
        raise BackendError(self.redact(f"{last} (gave up after {self.retries + 1} attempts)"))

    def _stream(self, body: dict[str, Any], attempt: int) -> Generation:
        url = f"{self.base_url}/chat/completions"
        assembler = StreamAssembler()
        with self._transport_errors(), self._client.stream("POST", url, json=body) as response:
            self._check_status(response)
            usage, timings = self._read(url, response, assembler)
        if usage:
            prompt_tokens, output_tokens = (
                usage.get("prompt_tokens"),
                usage.get("completion_tokens"),
            )
            source = "usage"
        else:
            # Without usage, one streamed delta per token is the best count there is.
            prompt_tokens, output_tokens, source = None, assembler.chunks, "stream_chunks"
        generation = assembler.generation(
            prompt_tokens, output_tokens, _engine_timings(timings), source, attempt
        )
        # What the server says is stored and printed: an echoed key must not be.
        return dataclasses.replace(
            generation,
            text=self.redact(generation.text),
            tool_calls=map_strings(generation.tool_calls, self.redact),
        )

    def _read(
        self, url: str, response: Any, assembler: StreamAssembler
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """Feed the stream's deltas to `assembler`; return the usage and timings objects seen."""
        import httpx

        usage: dict[str, Any] = {}
        timings: dict[str, Any] = {}
        deadline = time.monotonic() + self.timeout_s
        try:
            for chunk in iter_chunks(response.iter_lines()):
                if time.monotonic() > deadline:
                    raise BackendError(f"no complete answer within {self.timeout_s:g} s")
                usage = chunk.get("usage") or usage
                timings = chunk.get("timings") or timings
                for choice in chunk.get("choices") or []:
                    feed_choice(assembler, choice)
        except StreamError as exc:
            raise BackendError(f"{url}: {self.redact(str(exc), EVENT_CHARS)}") from None
        except httpx.TimeoutException:
            raise BackendError(
                f"{url}: the stream stalled for {self.timeout_s:g} s after "
                f"{assembler.chunks} chunk(s) (timeout_s)"
            ) from None
        except httpx.TransportError as exc:
            raise _Retryable(
                f"{url}: the stream broke off after {assembler.chunks} chunk(s): "
                f"{_transport_reason(exc)}"
            ) from None
        if assembler.finish_reason is None:
            # Every server ends an answer with a finish_reason; a bare EOF is a dropped stream.
            raise _Retryable(
                f"{url}: the stream ended after {assembler.chunks} chunk(s) without a finish_reason"
            )
        return usage, timings

    @contextmanager
    def _transport_errors(self) -> Iterator[None]:
        import httpx

        try:
            yield
        except httpx.TimeoutException:
            raise BackendError(
                f"{self.base_url}: no answer within {self.timeout_s:g} s (timeout_s)"
            ) from None
        except httpx.TransportError as exc:
            raise _Retryable(f"{self.base_url}: {_transport_reason(exc)}") from None

    def _check_status(self, response: Any) -> None:
        status = response.status_code
        if status == 200:
            return
        if status in (401, 403):
            raise self._refused(status)
        text = self.redact(response.read().decode("utf-8", "replace"), BODY_CHARS)
        message = f"{self.base_url}: HTTP {status}: {text}"
        if status in RETRY_STATUS:
            raise _Retryable(message, _retry_after(response.headers.get("retry-after")))
        raise BackendError(message)

    def close(self) -> None:
        """Close the connection pool and forget the key."""
        if self._client is not None:
            self._client.close()
            self._client = None
        self._key = None


def _transport_reason(exc: Exception) -> str:
    """A short cause for a connection failure, without request details."""
    cause = exc.__cause__ or exc.__context__
    reason = str(exc) or type(exc).__name__
    if cause is not None and str(cause) and str(cause) not in reason:
        reason = f"{reason} ({cause})"
    return reason
