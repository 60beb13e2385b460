"""One streamed chat completion over httpx's async client, timed from the moment it was sent.

Load requests are never retried: a retry would hide the failure and distort the latency
that the level is measuring. A failure becomes a request with status `error`.
"""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, field
from typing import Any

import httpx

from harness.backends.sse import DONE, StreamError, iter_chunks, iter_event_data
from harness.backends.stream import StreamAssembler, feed_choice
from harness.timing.clock import percentile
from harness.untrusted import storable


@dataclass
class Answer:
    """What came back for one request, with its token arrival times (perf_counter seconds)."""

    sent: float
    text: str = ""
    finish_reason: str | None = None
    tool_calls: list[dict[str, Any]] = field(default_factory=list)
    token_times: list[float] = field(default_factory=list)
    end: float | None = None
    prompt_tokens: int | None = None
    output_tokens: int | None = None
    token_source: str | None = None
    error: str | None = None

    def timing(self) -> dict[str, float | None]:
        """TTFT, end-to-end latency, time per output token and inter-token latency percentiles."""
        times = self.token_times
        gaps = [b - a for a, b in itertools.pairwise(times)]
        tokens = self.output_tokens or 0
        tpot = (times[-1] - times[0]) / (tokens - 1) if times and tokens > 1 else None
        return {
            "ttft_s": times[0] - self.sent if times else None,
            "latency_s": (self.end or time.perf_counter()) - self.sent,
            "last_token_s": times[-1] - self.sent if times else None,
            "tpot_s": tpot,
            "itl_p50_s": percentile(gaps, 0.5),
            "itl_p90_s": percentile(gaps, 0.9),
            "itl_p99_s": percentile(gaps, 0.99),
        }

    @property
    def gaps(self) -> list[float]:
        """Seconds between successive content chunks."""
        return [b - a for a, b in zip(self.token_times, self.token_times[1:], strict=False)]


def _is_done(lines: list[str]) -> bool:
    return any(data.strip() == DONE for data in iter_event_data(lines))


def _feed(event: list[str], assembler: StreamAssembler, answer: Answer) -> None:
    """Apply one SSE event's chunk to the assembler, stamping each chunk that carried tokens."""
    for chunk in iter_chunks(event):
        before = assembler.chunks
        usage = chunk.get("usage")
        if usage:
            answer.prompt_tokens = usage.get("prompt_tokens")
            answer.output_tokens = usage.get("completion_tokens")
            answer.token_source = "usage"
        for choice in chunk.get("choices") or []:
            feed_choice(assembler, choice)
        if assembler.chunks > before:
            answer.token_times.append(time.perf_counter())


async def stream_once(
    client: httpx.AsyncClient, url: str, body: dict[str, Any], redact: Any
) -> Answer:
    """Send `body` to `url` now and read the whole stream; failures land in `Answer.error`."""
    answer = Answer(sent=time.perf_counter())
    assembler = StreamAssembler()
    try:
        async with client.stream("POST", url, json=body) as response:
            if response.status_code != 200:
                text = (await response.aread()).decode("utf-8", "replace")[:300]
                answer.error = f"HTTP {response.status_code}: {text}"
            else:
                event: list[str] = []
                async for line in response.aiter_lines():
                    if line:
                        event.append(line)
                        continue
                    if _is_done(event):
                        break
                    _feed(event, assembler, answer)
                    event = []
                else:
                    if event and not _is_done(event):
                        _feed(event, assembler, answer)
                if answer.error is None and assembler.finish_reason is None:
                    answer.error = f"the stream ended after {assembler.chunks} chunk(s) without a finish_reason"
    except StreamError as exc:
        answer.error = str(exc)
    except httpx.TimeoutException:
        answer.error = f"timed out after {assembler.chunks} chunk(s)"
    except httpx.TransportError as exc:
        answer.error = (
            f"the connection failed after {assembler.chunks} chunk(s): {exc or type(exc).__name__}"
        )
    answer.end = time.perf_counter()
    answer.text = storable(assembler.generation(None, None).text)
    answer.finish_reason = assembler.finish_reason
    answer.tool_calls = assembler.tool_calls()
    if answer.output_tokens is None:
        answer.output_tokens = assembler.chunks
        answer.token_source = "stream_chunks"
    if answer.error is not None:
        answer.error = storable(redact(answer.error))
    return answer
