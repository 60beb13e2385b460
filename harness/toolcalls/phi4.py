"""Phi-4-mini: `<|tool_call|>[{...}]<|/tool_call|>`, the closing tag often missing."""

from __future__ import annotations

import re

from harness.toolcalls import register
from harness.toolcalls.base import (
    CallSyntaxError,
    Dialect,
    ParseResult,
    ToolCall,
    calls_from_json,
)

BLOCK = re.compile(r"<\|tool_call\|>(.*?)(?:<\|/tool_call\|>|(?=<\|tool_call\|>)|\Z)", re.DOTALL)


@register
class Phi4(Dialect):
    """A JSON list (or object) of calls between Phi's tool-call tokens."""

    name = "phi4"
    priority = 15
    description = "<|tool_call|>[...]<|/tool_call|> (Phi-4-mini)"

    def detect(self, text: str) -> bool:
        """The `<|tool_call|>` token."""
        return "<|tool_call|>" in text

    def parse(self, text: str, result: ParseResult) -> list[ToolCall]:
        """Decode each block's JSON."""
        calls: list[ToolCall] = []
        for index, block in enumerate(BLOCK.finditer(text), start=1):
            where = f"<|tool_call|> #{index}"
            if "<|/tool_call|>" not in block.group(0):
                result.leniencies.append("missing_closing_tag")
            body = block.group(1).strip()
            if not body:
                raise CallSyntaxError(f"{where}: empty")
            calls.extend(calls_from_json(body, result, where))
        return calls
