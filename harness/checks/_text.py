"""Text helpers shared by the formatting checks: masking code, locating matches."""

from __future__ import annotations

import re

FENCED_CODE = re.compile(r"(?ms)^[ \t]*(```|~~~)[^\n]*\n.*?(?:^[ \t]*\1[ \t]*$|\Z)")
INLINE_CODE = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.DOTALL)
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# A line of a bulleted or numbered list.
LIST_LINE = re.compile(r"^[ \t]*(?:[-*•]|\d+[.)])[ \t]", re.MULTILINE)


def alternation(*parts: str) -> str:
    """One regex alternation of `parts`, each in its own group; empty parts are left out."""
    return "|".join(f"(?:{p})" for p in parts if p)


def last_paragraph(text: str) -> int | None:
    """Where the last paragraph starts, when some text stands before it."""
    body = text.rstrip()
    breaks = list(PARAGRAPH_BREAK.finditer(body))
    if not breaks or not body[: breaks[-1].start()].strip():
        return None
    return breaks[-1].end()


def blank(text: str, start: int, end: int) -> str:
    """Replace text[start:end] with spaces (newlines kept), so offsets stay valid."""
    span = "".join("\n" if ch == "\n" else " " for ch in text[start:end])
    return text[:start] + span + text[end:]


def mask_code(text: str, inline: bool = True) -> str:
    """Blank out fenced code blocks (and inline code spans), keeping every offset."""
    masked = text
    for match in FENCED_CODE.finditer(text):
        masked = blank(masked, match.start(), match.end())
    if inline:
        for match in INLINE_CODE.finditer(masked):
            masked = blank(masked, match.start(), match.end())
    return masked
