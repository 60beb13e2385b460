"""OpenAI structured `tool_calls` from an API: `[{"type": "function", "function": {...}}]`."""

from __future__ import annotations

import json
from typing import Any

from harness.toolcalls import register
from harness.toolcalls.base import CallSyntaxError, Dialect, ParseResult, ToolCall, call_from_object


def parse_structured(tool_calls: list[dict[str, Any]], result: ParseResult) -> list[ToolCall]:
    """Calls from a response's `message.tool_calls`; arguments arrive as a JSON string."""
    calls = []
    for index, item in enumerate(tool_calls, start=1):
        where = f"tool_calls[{index - 1}]"
        function = item.get("function", item) if isinstance(item, dict) else item
        if isinstance(function, dict) and isinstance(function.get("arguments"), str):
            # A JSON string is the API's normal encoding here, not a leniency.
            try:
                function = {**function, "arguments": json.loads(function["arguments"] or "{}")}
            except json.JSONDecodeError as exc:
                raise CallSyntaxError(f"{where}: arguments are not JSON: {exc.msg}") from None
        calls.append(call_from_object(function, result, where))
    return calls


@register
class OpenAI(Dialect):
    """Structured calls, or the same list written out as JSON text."""

    name = "openai"
    priority = 55
    description = 'structured tool_calls: [{"type": "function", "function": {"name", "arguments"}}]'

    def detect(self, text: str) -> bool:
        """A JSON list of `{"type": "function", "function": ...}` items."""
        stripped = text.strip()
        return stripped.startswith("[") and '"function"' in stripped and '"type"' in stripped

    def parse(self, text: str, result: ParseResult) -> list[ToolCall]:
        """Decode the list, then read it as structured calls."""
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            raise CallSyntaxError(f"tool_calls JSON: {exc.msg}") from None
        if not isinstance(value, list):
            raise CallSyntaxError("tool_calls must be a list")
        return parse_structured(value, result)
