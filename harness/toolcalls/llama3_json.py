"""Llama 3.1 JSON calls: `{"name": .., "parameters": ..}`, maybe after `<|python_tag|>`, `;`-joined."""

from __future__ import annotations

import json
import re
from typing import Any

from harness.toolcalls import register
from harness.toolcalls.base import (
    CallSyntaxError,
    Dialect,
    ParseResult,
    ToolCall,
    call_from_object,
    first_json_value,
    is_call_object,
    tool_list_json,
)

TAG = "<|python_tag|>"
CALL_KEYS = re.compile(
    r'"name"\s*:\s*"[^"]*"[^{}]*?"(?:arguments|parameters)"\s*:|"(?:arguments|parameters)"\s*:.*?"name"\s*:',
    re.DOTALL,
)


def _objects(body: str) -> list[Any]:
    """Top-level JSON values separated by `;` or whitespace, up to an end token like `<|eom_id|>`."""
    decoder = json.JSONDecoder()
    values, index = [], 0
    while index < len(body):
        while index < len(body) and body[index] in " \t\r\n;":
            index += 1
        if index >= len(body) or body.startswith("<|", index):
            break
        try:
            value, index = decoder.raw_decode(body, index)
        except json.JSONDecodeError as exc:
            raise CallSyntaxError(f"JSON call: {exc.msg} at column {exc.colno}") from None
        values.append(value)
    return values


def _embedded(text: str, result: ParseResult) -> list[ToolCall]:
    """Call objects found anywhere in prose: the commonest sloppy answer."""
    decoder = json.JSONDecoder()
    calls: list[ToolCall] = []
    index = text.find("{")
    while index >= 0:
        try:
            value, end = decoder.raw_decode(text, index)
        except json.JSONDecodeError:
            index = text.find("{", index + 1)
            continue
        if (
            isinstance(value, dict)
            and "name" in value
            and ("arguments" in value or "parameters" in value)
        ):
            calls.append(call_from_object(value, result, f"call #{len(calls) + 1}"))
        index = text.find("{", end)
    if not calls:
        raise CallSyntaxError("a call object in the text is not valid JSON")
    result.leniencies.append("surrounding_text")
    return calls


@register
class Llama3Json(Dialect):
    """The whole answer is one or more JSON call objects (Llama 3.1/3.3 style)."""

    name = "llama3_json"
    priority = 80
    description = '{"name": .., "parameters": ..} (Llama 3.1), after <|python_tag|>, ;-joined'

    def detect(self, text: str) -> bool:
        """`<|python_tag|>`, an answer that is a JSON call object, or a call object inside prose.

        Without the tag, a JSON object is a call only if `is_call_object` says so: a record
        that merely has a `name` key is an answer, not a call.
        """
        if TAG in text:
            return True
        stripped = text.strip()
        if stripped.startswith("{") and '"name"' in stripped:
            found = first_json_value(stripped)
            if found is not None:
                return is_call_object(found[0])
        return CALL_KEYS.search(text) is not None

    def parse(self, text: str, result: ParseResult) -> list[ToolCall]:
        """Decode each object; a list of objects counts too; calls in prose are a leniency."""
        if TAG not in text:
            stripped = text.strip()
            found = first_json_value(stripped) if stripped.startswith("{") else None
            if not stripped.startswith("{") or (found is not None and not is_call_object(found[0])):
                return _embedded(text, result)
        body = text.split(TAG, 1)[1] if TAG in text else text
        values = _objects(body.strip())
        if not values:
            raise CallSyntaxError("<|python_tag|> with no call after it")
        objects: list[Any] = []
        for value in values:
            objects.extend(value if isinstance(value, list) else [value])
        return [call_from_object(obj, result, f"call #{i + 1}") for i, obj in enumerate(objects)]

    def render_prompt(self, tools: list[dict[str, Any]]) -> str:
        """The Llama 3.1 JSON tool-calling prompt."""
        return (
            "You have these functions:\n"
            f"{tool_list_json(tools)}\n"
            'To call a function, reply only with JSON: {"name": FUNCTION_NAME, "parameters": '
            "{ARGUMENT: VALUE}}. If no function fits, answer normally."
        )
