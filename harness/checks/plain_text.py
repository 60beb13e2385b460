"""`plain_text`: markdown where the UI shows text as-is."""

from __future__ import annotations

import re
from typing import ClassVar

from pydantic import Field

from harness.checks import register
from harness.checks.base import Answer, Check, CheckParams, CheckResult, excerpt

MARKDOWN = (
    ("heading", re.compile(r"(?m)^[ \t]{0,3}#{1,6}[ \t]+\S")),
    ("bold", re.compile(r"\*\*(?=\S)[^*\n]+?(?<=\S)\*\*|(?<!\w)__(?=\S)[^_\n]+?(?<=\S)__(?!\w)")),
    (
        "table",
        re.compile(r"(?m)^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$"),
    ),
    ("code fence", re.compile(r"(?m)^[ \t]*(?:```|~~~)")),
    ("link", re.compile(r"\[[^\]\n]+\]\((?:https?://|/|#)[^)\s]*\)")),
)
BULLET = re.compile(r"(?m)^[ \t]*[-*+•][ \t]+\S")


class PlainTextParams(CheckParams):
    """Bullet lines tolerated before a list counts as markdown."""

    shorthand: ClassVar[str | None] = "max_bullets"
    max_bullets: int = Field(1, ge=0)


@register
class PlainText(Check):
    """Passes when the answer has no markdown headings, bold, lists, tables, fences or links."""

    name = "plain_text"
    params_model = PlainTextParams
    description = "no markdown formatting (headings, bold, bullet lists, tables, fences, links)"

    def run(self, answer: Answer, params: CheckParams) -> CheckResult:
        """Fail naming the first markdown construct found."""
        assert isinstance(params, PlainTextParams)
        text = answer.text
        for name, pattern in MARKDOWN:
            match = pattern.search(text)
            if match:
                return self.result(
                    False, f"markdown {name}: {excerpt(text, match.start(), match.end())}"
                )
        bullets = list(BULLET.finditer(text))
        if len(bullets) > params.max_bullets:
            first = bullets[0]
            return self.result(
                False,
                f"markdown bullet list ({len(bullets)} items): {excerpt(text, first.start(), first.end())}",
            )
        return self.result(True, "no markdown found")
