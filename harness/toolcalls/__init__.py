"""Tool calls in the text dialects open models emit: one module per dialect, auto-detection."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace
from typing import Any

from harness.registry import ModuleDiscovery
from harness.toolcalls.base import DECLARED, CallSyntaxError, Dialect, ParseResult, ToolCall
from harness.toolcalls.names import resolve_name

_REGISTRY: dict[str, Dialect] = {}
_DISCOVERY = ModuleDiscovery(__name__, __path__, exclude={"base", "matchers"})

# Words that betray an attempt at a call even when no dialect can read it.
ATTEMPT_MARKERS = re.compile(
    r"<\|?/?tool_?call|\[TOOL_CALLS|<function[=_]|<tool_use|```tool_code|to=functions\.|"
    r"\"(?:name|function)\"\s*:\s*\"[\w.-]+\"\s*,\s*\"(?:arguments|parameters)\"",
    re.IGNORECASE,
)


def register(cls: type[Dialect]) -> type[Dialect]:
    """Class decorator that makes a dialect available by name."""
    if cls.name in _REGISTRY:
        raise RuntimeError(f"dialect {cls.name!r} registered twice")
    _REGISTRY[cls.name] = cls()
    return cls


def registry() -> dict[str, Dialect]:
    """All dialects by name."""
    _DISCOVERY.ensure()
    return _REGISTRY


def get_dialect(name: str) -> Dialect:
    """The dialect called `name`; KeyError names the known ones."""
    dialects = registry()
    if name not in dialects:
        raise KeyError(f"unknown dialect {name!r} (known: auto, {', '.join(sorted(dialects))})")
    return dialects[name]


def _run(dialect: Dialect, text: str) -> ParseResult:
    result = ParseResult(dialect=dialect.name)
    try:
        result.calls = dialect.parse(text, result)
    except CallSyntaxError as exc:
        result.calls = []
        result.error = str(exc)
    except (ValueError, TypeError, KeyError, IndexError, RecursionError, MemoryError) as exc:
        # A parser bug must not take a run down; tests assert this never happens.
        result.calls = []
        result.error = f"internal parser error: {type(exc).__name__}: {exc}"
    result.leniencies = list(dict.fromkeys(result.leniencies))
    return result


def _resolve(result: ParseResult, tools: Collection[str] | None) -> ParseResult:
    namespaced = result.dialect is not None and registry()[result.dialect].namespaced
    result.calls = [
        replace(call, name=resolve_name(call.name, tools, namespaced)) for call in result.calls
    ]
    return result


def parse_tool_calls(
    text: str,
    dialect: str = "auto",
    structured: list[dict[str, Any]] | None = None,
    tools: Collection[str] | None = None,
) -> ParseResult:
    """Find the tool calls in an answer; never raises on any text.

    `tools` are the declared tool names: a namespaced name (`functions.f`) is kept when it is
    declared as written and loses its prefix only when the bare name is declared.
    """
    token = DECLARED.set(frozenset(tools) if tools is not None else None)
    try:
        return _resolve(_parse(text, dialect, structured), tools)
    finally:
        DECLARED.reset(token)


def _parse(text: str, dialect: str, structured: list[dict[str, Any]] | None) -> ParseResult:
    if structured:
        from harness.toolcalls.openai import parse_structured

        result = ParseResult(dialect="openai")
        try:
            result.calls = parse_structured(structured, result)
        except CallSyntaxError as exc:
            result.error = str(exc)
        return result
    if dialect != "auto":
        chosen = get_dialect(dialect)
        if not chosen.detect(text):
            if ATTEMPT_MARKERS.search(text):
                return ParseResult(
                    dialect=None,
                    error=f"tool-call markers present, but not in the {dialect} dialect",
                )
            return ParseResult(dialect=None)
        return _run(chosen, text)
    for candidate in sorted(registry().values(), key=lambda d: d.priority):
        if candidate.detect(text):
            return _run(candidate, text)
    if ATTEMPT_MARKERS.search(text):
        return ParseResult(
            dialect=None, error="tool-call markers present, but no dialect could read them"
        )
    return ParseResult(dialect=None)


__all__ = [
    "CallSyntaxError",
    "Dialect",
    "ParseResult",
    "ToolCall",
    "get_dialect",
    "parse_tool_calls",
    "register",
    "registry",
]
