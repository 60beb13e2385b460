"""Text the harness did not write (model answers, server bodies, run directories) made safe.

Model output is hostile input: it may carry lone surrogates that no UTF-8 writer accepts,
terminal escape sequences, characters XML 1.0 forbids, and GitHub Actions workflow commands
(`##[error]` anywhere in a log line, `::error::` at the start of one). Every place that
stores, prints or renders such text goes through one of these functions.
"""

from __future__ import annotations

import re

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
