"""Server-Sent Events as OpenAI-compatible servers stream them: `data:` lines, blank-line framed."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

DONE = "[DONE]"


class StreamError(ValueError):
    """An event that is not a chat chunk: malformed data, or an error the server sent."""


def iter_event_data(lines: Iterable[str]) -> Iterator[str]:
    """The `data` of each event; multi-line data is joined with newlines, as the spec says."""
    buffer: list[str] = []
    for line in lines:
        if not line:
            if buffer:
                yield "\n".join(buffer)
                buffer = []
            continue
        if line.startswith(":"):
            continue  # a comment, used by servers as a keep-alive
        field, _, value = line.partition(":")
        if field == "data":
            buffer.append(value[1:] if value.startswith(" ") else value)
        # `event`, `id` and `retry` fields carry nothing the chat stream needs.
    if buffer:
        yield "\n".join(buffer)


def iter_chunks(lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """Decoded JSON chunks up to `[DONE]`; anything else raises StreamError."""
    for data in iter_event_data(lines):
        if data.strip() == DONE:
            return
        try:
            chunk = json.loads(data)
        except json.JSONDecodeError as exc:
            # Whole, not cut: whoever records the message redacts secrets first, then cuts.
            raise StreamError(f"malformed SSE event ({exc.msg}): {data!r}") from None
        if not isinstance(chunk, dict):
            raise StreamError(f"SSE event is not a JSON object: {data!r}")
        if "error" in chunk and not chunk.get("choices"):
            # Servers report a failure mid-stream as an event of its own.
            raise StreamError(f"the server sent an error event: {json.dumps(chunk['error'])}")
        yield chunk
