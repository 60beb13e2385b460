"""OpenAI structured `tool_calls` from an API: `[{"type": "function", "function": {...}}]`."""

from __future__ import annotations

import json
from typing import Any

from harness.toolcalls import register
from harness.toolcalls.base import CallSyntaxError, Dialect, ParseResult, ToolCall, structured_call


def parse_structured(tool_calls: list[dict[str, Any]], result: ParseResult) -> list[ToolCall]:
    """Calls from a response's `message.tool_calls`; arguments arrive as a JSON string."""
    return [
        structured_call(item, result, f"tool_calls[{index}]")
        for index, item in enumerate(tool_calls)
    ]


@register
class OpenAI(Dialect):
    """Structured calls, or the same list written out as JSON text."""

    name = "openai"
    priority = 55
    description = 'structured tool_calls: [{"type": "function", "function": {"name", "arguments"}}]'

    def detect(self, text: str) -> bool:
        """A JSON list of `{"type": "function", "function": ...}` items, or `{"tool_calls": [..]}`."""
        stripped = text.strip()
        if stripped.startswith("{"):
            return '"tool_calls"' in stripped and '"function"' in stripped
        return stripped.startswith("[") and '"function"' in stripped and '"type"' in stripped

    def parse(self, text: str, result: ParseResult) -> list[ToolCall]:
        """Decode the list (or the message object's list), then read it as structured calls."""
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            raise CallSyntaxError(f"tool_calls JSON: {exc.msg}") from None
        if isinstance(value, dict) and isinstance(value.get("tool_calls"), list):
            value = value["tool_calls"]
        if not isinstance(value, list):
            raise CallSyntaxError("tool_calls must be a list")
        return parse_structured(value, result)
