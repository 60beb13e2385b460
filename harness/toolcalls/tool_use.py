"""`<tool_use>` blocks with `tool_name:` and `arguments:` lines."""

from __future__ import annotations

import re
from typing import Any

from harness.toolcalls import register
from harness.toolcalls.base import (
    CallSyntaxError,
    Dialect,
    ParseResult,
    ToolCall,
    decode_arguments,
    load_json,
    note_surrounding_text,
    tool_list_json,
)

BLOCK = re.compile(r"<tool_use>(.*?)(?:</tool_use>|(?=<tool_use>)|\Z)", re.DOTALL)
NAME = re.compile(r"^\s*tool_name\s*:\s*(\S+)\s*$", re.MULTILINE)
ARGUMENTS = re.compile(r"^\s*arguments\s*:\s*(.*)", re.MULTILINE | re.DOTALL)


@register
class ToolUse(Dialect):
    """The `<tool_use>` prompt format: a name line and a JSON arguments line."""

    name = "tool_use"
    priority = 25
    description = "<tool_use>\\ntool_name: X\\narguments: {json}\\n</tool_use>"

    def detect(self, text: str) -> bool:
        """A `<tool_use>` tag."""
        return "<tool_use>" in text

    def parse(self, text: str, result: ParseResult) -> list[ToolCall]:
        """Each block: its tool_name line and its arguments JSON."""
        calls = []
        blocks = list(BLOCK.finditer(text))
        for index, block in enumerate(blocks, start=1):
            where = f"<tool_use> #{index}"
            if "</tool_use>" not in block.group(0):
                result.leniencies.append("missing_closing_tag")
            name = NAME.search(block.group(1))
            if name is None:
                raise CallSyntaxError(f"{where}: no `tool_name:` line")
            arguments = ARGUMENTS.search(block.group(1))
            raw: Any = {}
            if arguments is not None and arguments.group(1).strip():
                raw = load_json(arguments.group(1).strip(), result, where)
            calls.append(ToolCall(name.group(1), decode_arguments(raw, result, where)))
        note_surrounding_text(text, blocks[0].start(), blocks[-1].end(), result)
        return calls

    def render_prompt(self, tools: list[dict[str, Any]]) -> str:
        """The `<tool_use>` prompt."""
        return (
            "When you need to use a tool, output in this exact format:\n"
            "<tool_use>\ntool_name: NAME\narguments: {JSON_ARGUMENTS}\n</tool_use>\n"
            f"Available tools:\n{tool_list_json(tools)}\n"
            "If no tool fits, answer normally."
        )
