"""A call (or list of calls) as JSON in a ```json fence, with prose around it."""

from __future__ import annotations

import re
from typing import Any

from harness.toolcalls import register
from harness.toolcalls.base import (
    CallSyntaxError,
    Dialect,
    ParseResult,
    ToolCall,
    calls_from_json,
    note_surrounding_text,
    tool_list_json,
)

FENCE = re.compile(r"```(?:json|JSON)?\s*\n(.*?)(?:```|\Z)", re.DOTALL)


def _looks_like_call(body: str) -> bool:
    return '"name"' in body and ('"arguments"' in body or '"parameters"' in body)


@register
class JsonFence(Dialect):
    """JSON call objects inside a markdown code fence."""

    name = "json_fence"
    priority = 60
    description = '```json\\n{"name": .., "arguments": ..}\\n```'

    def detect(self, text: str) -> bool:
        """A fence whose body names a function and its arguments."""
        return any(_looks_like_call(m.group(1)) for m in FENCE.finditer(text))

    def parse(self, text: str, result: ParseResult) -> list[ToolCall]:
        """Decode each call-shaped fence."""
        calls: list[ToolCall] = []
        fences = [m for m in FENCE.finditer(text) if _looks_like_call(m.group(1))]
        for index, fence in enumerate(fences, start=1):
            where = f"json fence #{index}"
            calls.extend(calls_from_json(fence.group(1).strip(), result, where, trailing_ok=False))
        if not calls:
            raise CallSyntaxError("json fence without a call")
        note_surrounding_text(text, fences[0].start(), fences[-1].end(), result)
        return calls

    def render_prompt(self, tools: list[dict[str, Any]]) -> str:
        """A plain JSON tool prompt."""
        return (
            f"You have these functions:\n{tool_list_json(tools)}\n"
            'To call one, reply with ```json\n{"name": "FUNCTION_NAME", "arguments": {...}}\n```\n'
            "If no function fits, answer normally."
        )
