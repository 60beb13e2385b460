"""Assemble a streamed chat completion (content and tool-call deltas) into a timed Generation."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from harness.backends.base import Generation
from harness.timing.clock import StreamClock


@dataclass
class _ToolCallParts:
    id: str | None = None
    name: str = ""
    arguments: list[str] = field(default_factory=list)


class StreamAssembler:
    """Collects deltas as they arrive; each delta that carries generated text marks a token.

    Structured tool calls arrive split across chunks: the name once, the arguments as JSON
    fragments, keyed by the call's index.
    """

    def __init__(self) -> None:
        self.clock = StreamClock()
        self.parts: list[str] = []
        self.calls: dict[int, _ToolCallParts] = {}
        self.finish_reason: str | None = None
        self.chunks = 0  # deltas that carried generated text
        self.chars = 0
        self.marks: list[tuple[int, float]] = []
        self.reasoning_parts: list[str] = []

    def content(self, text: str | None) -> None:
        """A content delta."""
        if text:
            self.clock.token()
            self.chunks += 1
            self.parts.append(text)
            self.chars += len(text)
            self.marks.append((self.chars, self.clock.last_token_s or 0.0))

    def reasoning(self, text: str | None) -> None:
        """A reasoning delta sent apart from the content (`reasoning_content`): a token, not visible."""
        if text:
            self.clock.token()
            self.chunks += 1
            self.reasoning_parts.append(text)

    def tool_call(
        self, index: int, call_id: str | None, name: str | None, arguments: str | None
    ) -> None:
        """A fragment of structured tool call number `index`."""
        parts = self.calls.setdefault(index, _ToolCallParts())
        if call_id:
            parts.id = call_id
        if name and not parts.name:  # sent once by OpenAI, on every fragment by llama.cpp
            parts.name = name
        if arguments:
            self.clock.token()
            self.chunks += 1
            parts.arguments.append(arguments)

    def finish(self, reason: str | None) -> None:
        """The choice's finish_reason, when a chunk carries one."""
        if reason:
            self.finish_reason = reason

    def tool_calls(self) -> list[dict[str, Any]]:
        """The assembled calls in the OpenAI shape, arguments as the JSON string sent."""
        return [
            {
                "id": parts.id,
                "type": "function",
                "function": {"name": parts.name, "arguments": "".join(parts.arguments)},
            }
            for _, parts in sorted(self.calls.items())
        ]

    def generation(
        self,
        prompt_tokens: int | None,
        output_tokens: int | None,
        engine_timings: dict[str, float | int] | None = None,
        token_source: str | None = None,
        attempts: int = 1,
    ) -> Generation:
        """Stop the clock and build the Generation."""
        clock = self.clock
        if clock.end_ns is None:
            clock.stop()
        return Generation(
            text="".join(self.parts),
            finish_reason=self.finish_reason,
            prompt_tokens=prompt_tokens,
            output_tokens=output_tokens,
            latency_s=clock.latency_s,
            ttft_s=clock.ttft_s,
            last_token_s=clock.last_token_s,
            tool_calls=self.tool_calls(),
            engine_timings=engine_timings,
            itl_p50_s=clock.inter_token_latency_s(0.5),
            itl_p95_s=clock.inter_token_latency_s(0.95),
            token_source=token_source,
            attempts=attempts,
            content_marks=tuple(self.marks),
            reasoning_text="".join(self.reasoning_parts) or None,
            reasoning_chunks=len(self.reasoning_parts),
        )


def feed_choice(assembler: StreamAssembler, choice: dict[str, Any]) -> None:
    """Add one streamed OpenAI choice (reasoning, content, tool-call parts, finish) to assembler."""
    delta = choice.get("delta") or {}
    assembler.reasoning(delta.get("reasoning_content") or delta.get("reasoning"))
    assembler.content(delta.get("content"))
    for call in delta.get("tool_calls") or []:
        function = call.get("function") or {}
        assembler.tool_call(
            int(call.get("index", 0)),
            call.get("id"),
            function.get("name"),
            function.get("arguments"),
        )
    assembler.finish(choice.get("finish_reason"))
