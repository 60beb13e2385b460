"""Pythonic calls: `[f(a=1), g(b="x")]` (Llama 3.2, ToolACE, BFCL prompts)."""

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

LIST = re.compile(r"\[\s*[A-Za-z_][\w.]*\s*\(.*\)\s*\]", re.DOTALL)


@register
class Pythonic(Dialect):
    """A Python list of keyword-argument calls, parsed with `ast`, never evaluated."""

    name = "pythonic"
    priority = 70
    namespaced = True
    description = '[f(a=1), g(b="x")] (Llama 3.2, ToolACE, BFCL)'

    def detect(self, text: str) -> bool:
        """A bracketed list that starts with `name(`."""
        return LIST.search(text) is not None

    def parse(self, text: str, result: ParseResult) -> list[ToolCall]:
        """Parse the bracketed list."""
        match = LIST.search(text)
        assert match is not None
        note_surrounding_text(text, match.start(), match.end(), result)
        return parse_python_calls(match.group(0), result)

    def render_prompt(self, tools: list[dict[str, Any]]) -> str:
        """The BFCL-style pythonic prompt."""
        return (
            "You have these functions:\n"
            f"{tool_list_json(tools)}\n"
            "To call functions, reply only with a Python list of calls with keyword arguments, "
            'e.g. [func_name1(param="value"), func_name2(n=1)]. If no function fits, answer normally.'
        )
