"""Text the harness did not write (model answers, server bodies, run directories) made safe.

Model output is hostile input: it may carry lone surrogates that no UTF-8 writer accepts,
terminal escape sequences, characters XML 1.0 forbids, and GitHub Actions workflow commands
(`##[error]` anywhere in a log line, `::error::` at the start of one). Every place that
stores, prints or renders such text goes through one of these functions.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterable
from typing import Any

from pydantic import BaseModel

REPLACEMENT = "\ufffd"
ZERO_WIDTH_SPACE = "\u200b"

_SURROGATE = re.compile("[\ud800-\udfff]")
# C0 controls except tab and newline, DEL, and C1 controls (0x9b is a one-byte CSI).
_TERMINAL_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Characters outside XML 1.0's Char production, surrogates and U+FFFE/U+FFFF included.
_XML_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_WORKFLOW_HASH = re.compile(r"##\[")
# The runner trims a line before it looks for `::`; so does this.
_WORKFLOW_COLONS = re.compile(r"(?m)^(\s*):(?=:)")


def storable(text: str) -> str:
    """Replace lone surrogates, which no UTF-8 encoder accepts, with U+FFFD."""
    return _SURROGATE.sub(REPLACEMENT, text)


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    return "\\r" if char == "\r" else f"\\x{ord(char):02x}"


def neutralize_workflow_commands(text: str) -> str:
    """Break `##[` and a line-leading `::` so a CI runner never reads them as commands."""
    text = _WORKFLOW_HASH.sub(f"#{ZERO_WIDTH_SPACE}#[", text)
    return _WORKFLOW_COLONS.sub(rf"\1:{ZERO_WIDTH_SPACE}", text)


def for_terminal(text: str) -> str:
    """Text safe to print to a terminal or CI log: controls shown as `\\xNN`, commands broken."""
    text = _TERMINAL_CONTROL.sub(_visible, storable(text))
    return neutralize_workflow_commands(text)


def for_xml(text: str) -> str:
    """Text that XML 1.0 can hold: forbidden characters replaced with U+FFFD."""
    return _XML_ILLEGAL.sub(REPLACEMENT, storable(text))


def map_strings(value: Any, convert: Callable[[str], str]) -> Any:
    """JSON-like data with `convert` applied to every string in it, mapping keys included."""
    if isinstance(value, str):
        return convert(value)
    if isinstance(value, dict):
        return {map_strings(k, convert): map_strings(v, convert) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [map_strings(v, convert) for v in value]
    return value


def storable_tree(value: Any) -> Any:
    """JSON-like data with every string made storable."""
    return map_strings(value, storable)


def storable_json(model: BaseModel, indent: int | None = None) -> str:
    """A pydantic model as JSON, whatever text it holds (lone surrogates become U+FFFD)."""
    try:
        return model.model_dump_json(indent=indent)
    except ValueError:  # pydantic refuses to encode a lone surrogate
        clean = type(model).model_validate(storable_tree(model.model_dump()))
        return clean.model_dump_json(indent=indent)


def redact(text: str, secrets: Iterable[str | None]) -> str:
    """`text` with every secret blanked out; redact before cutting text short, never after."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "[redacted]")
    return text


_JSON_RAW_CONTROL = re.compile("[\x7f-\x9f]")


def json_for_terminal(text: str) -> str:
    """JSON text safe to print: DEL and C1 controls escaped as `\\u00XX`, commands broken.

    JSON already escapes C0 controls; the rest can only sit inside strings, where these
    escapes mean the same characters, so the text still parses to the same value.
    """
    text = _JSON_RAW_CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", storable(text))
    return neutralize_workflow_commands(text)


def dumps_for_terminal(value: Any, indent: int | None = None) -> str:
    """JSON-like data as one printable JSON text (see json_for_terminal)."""
    return json_for_terminal(json.dumps(storable_tree(value), ensure_ascii=False, indent=indent))


class TerminalFormatter(logging.Formatter):
    """A log formatter whose lines are terminal- and CI-log-safe: messages quote case names."""

    def format(self, record: logging.LogRecord) -> str:
        """The formatted line, neutralised."""
        return for_terminal(super().format(record))
