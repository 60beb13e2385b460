"""Mistral: `[TOOL_CALLS][{...}]` (v3) and `[TOOL_CALLS]name[ARGS]{json}` (v11)."""

from __future__ import annotations

import re

from harness.toolcalls import register
from harness.toolcalls.base import (
    CallSyntaxError,
    Dialect,
    ParseResult,
    ToolCall,
    calls_from_json,
    decode_arguments,
    first_json_value,
)

MARKER = "[TOOL_CALLS]"
NAMED = re.compile(r"\s*([A-Za-z_][\w.-]*)\s*\[ARGS\]")


@register
class Mistral(Dialect):
    """Everything after `[TOOL_CALLS]`: a JSON list of calls, or `name[ARGS]{json}` pairs."""

    name = "mistral"
    priority = 10
    description = "[TOOL_CALLS][{...}] and [TOOL_CALLS]name[ARGS]{json}"

    def detect(self, text: str) -> bool:
        """The `[TOOL_CALLS]` marker."""
        return MARKER in text

    def parse(self, text: str, result: ParseResult) -> list[ToolCall]:
        """Both Mistral layouts; several `[TOOL_CALLS]` markers are allowed."""
        calls: list[ToolCall] = []
        for index, segment in enumerate(text.split(MARKER)[1:], start=1):
            where = f"[TOOL_CALLS] #{index}"
            named = NAMED.match(segment)
            if named:
                found = first_json_value(segment, named.end())
                if found is None:
                    raise CallSyntaxError(f"{where}: [ARGS] not followed by a JSON object")
                calls.append(ToolCall(named.group(1), decode_arguments(found[0], result, where)))
                continue
            body = segment.strip()
            if not body:
                raise CallSyntaxError(f"{where}: nothing after the marker")
            calls.extend(calls_from_json(body, result, where))
        return calls
