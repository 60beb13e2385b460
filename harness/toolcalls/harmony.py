"""GPT-OSS harmony: `to=functions.NAME ... <|message|>{json}<|call|>`.

The recipient comes after the channel (`<|channel|>commentary to=functions.f`) or in the role
header before it (`<|start|>assistant to=functions.f<|channel|>commentary json`).
"""

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
)

CALL = re.compile(
    r"to=functions\.([A-Za-z_][\w.-]*)[^<]*(?:<\|(?:channel|constrain)\|>[^<]*)*<\|message\|>(.*?)(?:<\|call\|>|<\|end\|>|(?=<\|start\|>)|\Z)",
    re.DOTALL,
)


@register
class Harmony(Dialect):
    """Calls addressed `to=functions.NAME`, arguments after `<|message|>`."""

    name = "harmony"
    priority = 5
    description = "to=functions.NAME ... <|message|>{json}<|call|> (GPT-OSS harmony)"

    def detect(self, text: str) -> bool:
        """A `to=functions.` recipient."""
        return "to=functions." in text

    def parse(self, text: str, result: ParseResult) -> list[ToolCall]:
        """One call per addressed message."""
        calls = []
        for index, match in enumerate(CALL.finditer(text), start=1):
            where = f"harmony call #{index}"
            if "<|call|>" not in match.group(0):
                result.leniencies.append("missing_call_token")
            body = match.group(2).strip()
            raw = load_json(body, result, where) if body else {}
            calls.append(ToolCall(match.group(1), decode_arguments(raw, result, where)))
        if not calls:
            raise CallSyntaxError("to=functions.NAME without a <|message|> carrying arguments")
        return calls
