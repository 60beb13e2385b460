"""Functionary / Llama 3.1 custom: `<function=name>{json}</function>`."""

from __future__ import annotations

import re

from harness.toolcalls import register
from harness.toolcalls.base import (
    CallSyntaxError,
    Dialect,
    ParseResult,
    ToolCall,
    decode_arguments,
    load_json,
    note_surrounding_text,
)

BLOCK = re.compile(r"<function=([^>\s]+)>(.*?)(?:</function>|(?=<function=)|\Z)", re.DOTALL)


@register
class Functionary(Dialect):
    """The function name in the tag, JSON arguments inside."""

    name = "functionary"
    priority = 18
    description = "<function=name>{json}</function> (Functionary, Llama 3.1 custom)"

    def detect(self, text: str) -> bool:
        """A `<function=` tag."""
        return "<function=" in text

    def parse(self, text: str, result: ParseResult) -> list[ToolCall]:
        """One call per tag."""
        calls = []
        blocks = list(BLOCK.finditer(text))
        if not blocks:
            raise CallSyntaxError("<function= tag without a closing `>`")
        for index, block in enumerate(blocks, start=1):
            where = f"<function={block.group(1)}> #{index}"
            if "</function>" not in block.group(0):
                result.leniencies.append("missing_closing_tag")
            body = block.group(2).strip()
            raw = load_json(body, result, where) if body else {}
            calls.append(ToolCall(block.group(1), decode_arguments(raw, result, where)))
        note_surrounding_text(text, blocks[0].start(), blocks[-1].end(), result)
        return calls
