"""Llama 3.1 built-in tools: `<|python_tag|>brave_search.call(query="...")<|eom_id|>`."""

from __future__ import annotations

import re
from dataclasses import replace

from harness.toolcalls import register
from harness.toolcalls._python import parse_python_calls
from harness.toolcalls.base import Dialect, ParseResult, ToolCall

TAG = "<|python_tag|>"
# A Python call right after the tag; JSON after the tag is the llama3_json dialect's.
CALL_AFTER_TAG = re.compile(r"<\|python_tag\|>\s*[A-Za-z_][\w.]*\s*\(")
END = re.compile(r"<\|(?:eom_id|eot_id|end_of_text)\|>")


@register
class Llama3Builtin(Dialect):
    """Built-in tool calls (`brave_search`, `wolfram_alpha`) in Python syntax after the tag."""

    name = "llama3_builtin"
    priority = 75  # before llama3_json, which claims every `<|python_tag|>`
    description = '<|python_tag|>brave_search.call(query="..") (Llama 3.1 built-in tools)'

    def detect(self, text: str) -> bool:
        """`<|python_tag|>` followed by `name(` or `name.call(`."""
        return CALL_AFTER_TAG.search(text) is not None

    def parse(self, text: str, result: ParseResult) -> list[ToolCall]:
        """The calls between the tag and the end-of-message token; `.call` is syntax, not name."""
        body = text.split(TAG, 1)[1]
        end = END.search(body)
        if end is not None:
            body = body[: end.start()]
        calls = parse_python_calls(body, result)
        return [replace(c, name=c.name.removesuffix(".call")) for c in calls]
