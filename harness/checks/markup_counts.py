"""`bullet_count`, `highlight_count`, `placeholder_count`, `has_title`: markup instructions.

The patterns are IFEval's: a bullet is a line starting with `* ` or `-`; a highlight is
`*text*` or `**text**` on one line; a placeholder is `[text]`; a title is `<<text>>`.
"""

from __future__ import annotations

import re
from typing import ClassVar

from harness.checks import register
from harness.checks._counts import CountBounds
from harness.checks.base import Answer, Check, CheckParams, CheckResult

STAR_BULLET = re.compile(r"^\s*\*[^\*].*$", re.MULTILINE)
DASH_BULLET = re.compile(r"^\s*-.*$", re.MULTILINE)
HIGHLIGHT = re.compile(r"\*[^\n\*]*\*")
DOUBLE_HIGHLIGHT = re.compile(r"\*\*[^\n\*]*\*\*")
PLACEHOLDER = re.compile(r"\[.*?\]")
TITLE = re.compile(r"<<[^\n]+>>")


def bullets(text: str) -> list[str]:
    """Bullet lines: `* item` or `- item`."""
    return STAR_BULLET.findall(text) + DASH_BULLET.findall(text)


def highlights(text: str) -> list[str]:
    """Non-empty `*highlighted*` and `**bold**` spans (a bold span counts in both forms)."""
    single = [h for h in HIGHLIGHT.findall(text) if h.strip("*").strip()]
    double = [
        h for h in DOUBLE_HIGHLIGHT.findall(text) if h.removeprefix("**").removesuffix("**").strip()
    ]
    return single + double


def _shown(items: list[str], limit: int = 3) -> str:
    return ", ".join(repr(i.strip()[:40]) for i in items[:limit]) + (
        " …" if len(items) > limit else ""
    )


class BulletParams(CountBounds):
    """Bounds on the number of bullet lines."""

    shorthand: ClassVar[str | None] = "exactly"


class AtLeastParams(CountBounds):
    """Bounds on a count; a bare number means at least that many."""

    shorthand: ClassVar[str | None] = "at_least"


class _ItemCount(Check):
    """Counts the items `found` finds in the answer and compares the count with the bounds."""

    noun: ClassVar[str]

    def found(self, text: str) -> list[str]:
        """The counted items of `text`."""
        raise NotImplementedError

    def run(self, answer: Answer, params: CheckParams) -> CheckResult:
        """Count the items, compare with the bounds, and show the first few."""
        assert isinstance(params, CountBounds)
        found = self.found(answer.text)
        detail = f"{len(found)} {self.noun} (want {params.describe()})"
        return self.result(
            params.admits(len(found)), detail + (f": {_shown(found)}" if found else "")
        )


@register
class BulletCount(_ItemCount):
    """The answer has the required number of bullet points."""

    name = "bullet_count"
    noun = "bullets"
    params_model: ClassVar[type[CheckParams]] = BulletParams
    description = "number of `* `/`-` bullet lines (a bare number: exactly N)"

    def found(self, text: str) -> list[str]:
        """Bullet lines."""
        return bullets(text)


@register
class HighlightCount(_ItemCount):
    """The answer highlights enough sections with markdown emphasis."""

    name = "highlight_count"
    noun = "highlights"
    params_model: ClassVar[type[CheckParams]] = AtLeastParams
    description = "number of *highlighted* sections (a bare number: at least N)"

    def found(self, text: str) -> list[str]:
        """Non-empty emphasis spans."""
        return highlights(text)


@register
class PlaceholderCount(_ItemCount):
    """The answer has enough `[placeholder]` slots."""

    name = "placeholder_count"
    noun = "placeholders"
    params_model: ClassVar[type[CheckParams]] = AtLeastParams
    description = "number of [placeholders] (a bare number: at least N)"

    def found(self, text: str) -> list[str]:
        """Bracketed placeholders."""
        return PLACEHOLDER.findall(text)


@register
class HasTitle(Check):
    """The answer carries a title wrapped in double angular brackets, `<<like this>>`."""

    name = "has_title"
    description = "a non-empty <<title>> appears"

    def run(self, answer: Answer, params: CheckParams) -> CheckResult:
        """Find a non-empty `<<title>>`."""
        for title in TITLE.findall(answer.text):
            if title.lstrip("<").rstrip(">").strip():
                return self.result(True, f"title {title!r}")
        return self.result(False, "no <<title>>")
