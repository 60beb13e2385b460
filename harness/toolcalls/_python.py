"""Python call syntax `f(a=1, b="x")`, parsed with `ast` and literal evaluation only."""

from __future__ import annotations

import ast
from typing import Any

from harness.toolcalls.base import CallSyntaxError, ParseResult, ToolCall

JSON_NAMES = {"true": True, "false": False, "null": None}


def _literal(node: ast.expr, result: ParseResult) -> Any:
    if isinstance(node, ast.Name) and node.id in JSON_NAMES:
        if "json_literals_in_python" not in result.leniencies:
            result.leniencies.append("json_literals_in_python")
        return JSON_NAMES[node.id]
    if isinstance(node, ast.List):
        return [_literal(item, result) for item in node.elts]
    if isinstance(node, ast.Dict):
        return {
            _literal(k, result) if k is not None else None: _literal(v, result)
            for k, v in zip(node.keys, node.values, strict=True)
        }
    try:
        return ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, RecursionError):
        raise CallSyntaxError(
            f"argument is not a literal value: {ast.unparse(node)[:80]}"
        ) from None


def _name(func: ast.expr) -> str:
    parts: list[str] = []
    while isinstance(func, ast.Attribute):
        parts.append(func.attr)
        func = func.value
    if not isinstance(func, ast.Name):
        raise CallSyntaxError(f"not a function name: {ast.unparse(func)}")
    parts.append(func.id)
    # Namespace prefixes stay: `resolve_name` strips them only when the bare name is declared.
    return ".".join(reversed(parts))


def _call(node: ast.expr, result: ParseResult) -> ToolCall:
    # print(f(...)) is how Gemma's tool_code wraps a call.
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "print"
        and len(node.args) == 1
        and isinstance(node.args[0], ast.Call)
    ):
        node = node.args[0]
    if not isinstance(node, ast.Call):
        raise CallSyntaxError(f"not a function call: {ast.unparse(node)[:60]}")
    if node.args:
        raise CallSyntaxError(
            f"{_name(node.func)}: positional arguments cannot be matched to parameters"
        )
    arguments: dict[str, Any] = {}
    for keyword in node.keywords:
        if keyword.arg is None:
            raise CallSyntaxError(f"{_name(node.func)}: **kwargs is not a literal argument")
        arguments[keyword.arg] = _literal(keyword.value, result)
    return ToolCall(_name(node.func), arguments)


def parse_python_calls(source: str, result: ParseResult) -> list[ToolCall]:
    """Calls from `[f(a=1), g()]`, `f(a=1)`, or one call per line; never evaluates code."""
    source = source.strip()
    try:
        tree = ast.parse(source, mode="exec")
    except SyntaxError as exc:
        raise CallSyntaxError(f"Python syntax error: {exc.msg} (line {exc.lineno})") from None
    except (ValueError, RecursionError, MemoryError) as exc:
        raise CallSyntaxError(f"unparseable Python: {exc}") from None
    calls: list[ToolCall] = []
    for statement in tree.body:
        if not isinstance(statement, ast.Expr):
            raise CallSyntaxError(f"not a call expression: {ast.unparse(statement)[:60]}")
        value = statement.value
        if isinstance(value, (ast.List, ast.Tuple)):
            calls.extend(_call(item, result) for item in value.elts)
        else:
            calls.append(_call(value, result))
    if not calls:
        raise CallSyntaxError("empty call list")
    return calls
