"""What a tool-call parser returns, and the helpers every dialect shares."""

from __future__ import annotations

import ast
import json
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, ClassVar


@dataclass(frozen=True)
class ToolCall:
    """One call: a function name and its arguments as a JSON object."""

    name: str
    arguments: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        """The `{name, arguments}` shape of the contract."""
        return {"name": self.name, "arguments": self.arguments}


@dataclass
class ParseResult:
    """The calls found in one answer.

    Three states: no call (`calls` empty, `error` None); calls; and an attempt at a call
    that did not parse (`error` set). `leniencies` names each repair that was needed.
    """

    dialect: str | None = None
    calls: list[ToolCall] = field(default_factory=list)
    error: str | None = None
    leniencies: list[str] = field(default_factory=list)

    @property
    def attempted(self) -> bool:
        """The answer tried to call a tool (whether or not it parsed)."""
        return bool(self.calls) or self.error is not None

    def to_dict(self) -> dict[str, Any]:
        """The `{dialect, calls, error}` shape of `harness parse-tool-calls`, plus leniencies."""
        return {
            "dialect": self.dialect,
            "calls": [c.to_dict() for c in self.calls],
            "error": self.error,
            "leniencies": self.leniencies,
        }


class CallSyntaxError(ValueError):
    """A call was attempted but its syntax is broken; the message says where."""


class Dialect:
    """A text dialect of tool calls: a cheap marker test and a parser."""

    name: ClassVar[str]
    # Lower runs first in auto-detection: specific tags before generic JSON.
    priority: ClassVar[int] = 50
    description: ClassVar[str] = ""
    # Python-syntax dialects write `default_api.f(...)`: the prefix is syntax, not the name.
    namespaced: ClassVar[bool] = False

    def detect(self, text: str) -> bool:
        """Whether the text carries this dialect's markers (an attempt, parseable or not)."""
        raise NotImplementedError

    def parse(self, text: str, result: ParseResult) -> list[ToolCall]:
        """Extract the calls; raise CallSyntaxError for a broken attempt."""
        raise NotImplementedError

    def render_prompt(self, tools: list[dict[str, Any]]) -> str | None:
        """System-prompt text teaching this dialect to a model without native tool support."""
        return None


def decode_arguments(raw: Any, result: ParseResult, where: str) -> dict[str, Any]:
    """Arguments as a dict, decoding a JSON-encoded string (a leniency) where needed."""
    if raw is None:
        return {}
    if isinstance(raw, str):
        stripped = raw.strip()
        if not stripped:
            return {}
        try:
            raw = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise CallSyntaxError(f"{where}: arguments string is not JSON: {exc.msg}") from None
        result.leniencies.append("arguments_as_json_string")
    if not isinstance(raw, dict):
        raise CallSyntaxError(f"{where}: arguments must be an object, got {type(raw).__name__}")
    return raw


def load_json(text: str, result: ParseResult, where: str) -> Any:
    """Parse JSON; fall back to a Python literal (single quotes, True/None) as a leniency."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        error = exc
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        raise CallSyntaxError(
            f"{where}: not JSON: {error.msg} at line {error.lineno} column {error.colno}"
        ) from None
    result.leniencies.append("python_literal_instead_of_json")
    return value


def first_json_value(text: str, start: int = 0) -> tuple[Any, int] | None:
    """The JSON value starting at the first `{` or `[` at/after `start`, and where it ends."""
    decoder = json.JSONDecoder()
    for index in range(start, len(text)):
        if text[index] in "{[":
            try:
                return decoder.raw_decode(text, index)
            except json.JSONDecodeError:
                return None
    return None


# Keys a call object carries besides its arguments.
_CALL_ENVELOPE = {"name", "type", "id"}


def call_from_object(obj: Any, result: ParseResult, where: str) -> ToolCall:
    """A ToolCall from `{"name": .., "arguments"|"parameters": ..}` (or OpenAI's nesting)."""
    if not isinstance(obj, dict):
        raise CallSyntaxError(f"{where}: a call must be an object, got {type(obj).__name__}")
    if "function" in obj and isinstance(obj["function"], dict):
        obj = obj["function"]
    name = obj.get("name")
    if not isinstance(name, str) or not name.strip():
        raise CallSyntaxError(f"{where}: call without a function name")
    if "arguments" in obj:
        raw = obj["arguments"]
    elif "parameters" in obj:
        raw = obj["parameters"]
    else:
        # `{"name": "f", "city": "Paris"}`: the arguments written beside the name.
        raw = {k: v for k, v in obj.items() if k not in _CALL_ENVELOPE} or None
        if raw:
            result.leniencies.append("arguments_beside_name")
    return ToolCall(name.strip(), decode_arguments(raw, result, where))


# The tool names the answer's case declares, while `parse_tool_calls` runs (None: unknown).
DECLARED: ContextVar[frozenset[str] | None] = ContextVar("declared_tools", default=None)


def is_call_object(obj: Any) -> bool:
    """Whether a JSON value found without a call marker is a call, not a record with a `name`.

    A call has `arguments` or `parameters` (possibly inside OpenAI's `function`), or names a
    declared tool; with no tools known, a bare `{"name": ..}` counts. `{"name": "Widget",
    "price": 9.5}` is data, not a call.
    """
    if not isinstance(obj, dict):
        return False
    if isinstance(obj.get("function"), dict):
        obj = obj["function"]
    name = obj.get("name")
    if not isinstance(name, str):
        return False
    if "arguments" in obj or "parameters" in obj:
        return True
    declared = DECLARED.get()
    return set(obj) <= _CALL_ENVELOPE if declared is None else name.strip() in declared


def structured_call(item: Any, result: ParseResult, where: str) -> ToolCall:
    """One OpenAI `tool_calls` item; its arguments arrive as a JSON string, as the API sends them."""
    function = item.get("function", item) if isinstance(item, dict) else item
    if isinstance(function, dict) and isinstance(function.get("arguments"), str):
        # A JSON string is the API's normal encoding here, not a leniency.
        try:
            function = {**function, "arguments": json.loads(function["arguments"] or "{}")}
        except json.JSONDecodeError as exc:
            raise CallSyntaxError(f"{where}: arguments are not JSON: {exc.msg}") from None
    return call_from_object(function, result, where)


def calls_from_json(
    body: str, result: ParseResult, where: str, trailing_ok: bool = True
) -> list[ToolCall]:
    """Calls from a JSON call object or list of them; text after the JSON is ignored if `trailing_ok`.

    An OpenAI message object `{"tool_calls": [...]}` counts too.
    """
    found = first_json_value(body) if trailing_ok else None
    value = found[0] if found is not None else load_json(body, result, where)
    if isinstance(value, dict) and isinstance(value.get("tool_calls"), list):
        return [
            structured_call(item, result, f"{where}: tool_calls[{index}]")
            for index, item in enumerate(value["tool_calls"])
        ]
    items = value if isinstance(value, list) else [value]
    return [call_from_object(item, result, where) for item in items]


def note_surrounding_text(text: str, start: int, end: int, result: ParseResult) -> None:
    """Record prose around the call as a leniency."""
    prose = text[:start].strip() or text[end:].strip()
    if prose and "surrounding_text" not in result.leniencies:
        result.leniencies.append("surrounding_text")


def tool_list_json(tools: list[dict[str, Any]]) -> str:
    """The offered tools as compact JSON function specs, for prompts."""
    specs = [t.get("function", t) for t in tools]
    return "\n".join(json.dumps(spec, ensure_ascii=False) for spec in specs)
