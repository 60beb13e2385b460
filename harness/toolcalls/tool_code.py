"""Gemma-style fenced ```tool_code blocks holding `name(arg=value)` calls."""

from __future__ import annotations

import re
from typing import Any

from harness.toolcalls import register
from harness.toolcalls._python import parse_python_calls
from harness.toolcalls.base import (
    Dialect,
    ParseResult,
    ToolCall,
    note_surrounding_text,
    tool_list_json,
)

BLOCK = re.compile(r"```tool_code\s*\n?(.*?)(?:```|\Z)", re.DOTALL)


@register
class ToolCode(Dialect):
    """One or more ```tool_code fences; `print(default_api.f(...))` is unwrapped."""

    name = "tool_code"
    priority = 30
    namespaced = True
    description = "```tool_code\\nname(arg=value)\\n``` (Gemma)"

    def detect(self, text: str) -> bool:
        """A tool_code fence."""
        return "```tool_code" in text

    def parse(self, text: str, result: ParseResult) -> list[ToolCall]:
        """Parse each fence's Python calls."""
        calls: list[ToolCall] = []
        blocks = list(BLOCK.finditer(text))
        for block in blocks:
            if not block.group(0).rstrip().endswith("```") or block.group(0).count("```") < 2:
                result.leniencies.append("missing_closing_fence")
            calls.extend(parse_python_calls(block.group(1), result))
        note_surrounding_text(text, blocks[0].start(), blocks[-1].end(), result)
        return calls

    def render_prompt(self, tools: list[dict[str, Any]]) -> str:
        """Gemma's tool_code prompt."""
        return (
            "You have these Python functions:\n"
            f"{tool_list_json(tools)}\n"
            "To call one, reply with a fenced block:\n```tool_code\nfunction_name(param=value)\n```\n"
            "If no function fits, answer normally."
        )
