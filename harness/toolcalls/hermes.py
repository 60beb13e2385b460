"""Hermes / Qwen: `<tool_call>{"name": .., "arguments": ..}</tool_call>`, one block per call."""

from __future__ import annotations

import re
from typing import Any

from harness.toolcalls import register
from harness.toolcalls.base import (
    CallSyntaxError,
    Dialect,
    ParseResult,
    ToolCall,
    call_from_object,
    load_json,
    note_surrounding_text,
    tool_list_json,
)

BLOCK = re.compile(r"<tool_call>\s*(.*?)\s*(?:</tool_call>|(?=<tool_call>)|\Z)", re.DOTALL)


@register
class Hermes(Dialect):
    """`<tool_call>` blocks holding JSON; a missing closing tag is tolerated."""

    name = "hermes"
    priority = 20
    description = "<tool_call>{json}</tool_call> (Hermes, Qwen)"

    def detect(self, text: str) -> bool:
        """Any `<tool_call>` tag."""
        return "<tool_call>" in text

    def parse(self, text: str, result: ParseResult) -> list[ToolCall]:
        """Each block is one call object."""
        calls = []
        blocks = list(BLOCK.finditer(text))
        for index, block in enumerate(blocks):
            if "</tool_call>" not in block.group(0):
                result.leniencies.append("missing_closing_tag")
            body = block.group(1).strip()
            if not body:
                raise CallSyntaxError(f"<tool_call> #{index + 1} is empty")
            calls.append(
                call_from_object(
                    load_json(body, result, f"<tool_call> #{index + 1}"),
                    result,
                    f"<tool_call> #{index + 1}",
                )
            )
        note_surrounding_text(text, blocks[0].start(), blocks[-1].end(), result)
        return calls

    def render_prompt(self, tools: list[dict[str, Any]]) -> str:
        """The Hermes function-calling prompt."""
        return (
            "You may call functions to answer. The functions are:\n<tools>\n"
            f"{tool_list_json(tools)}\n</tools>\n"
            "To call a function, reply with exactly:\n"
            '<tool_call>\n{"name": "FUNCTION_NAME", "arguments": {ARGUMENTS_AS_JSON}}\n</tool_call>\n'
            "one block per call. If no function fits, answer normally."
        )
