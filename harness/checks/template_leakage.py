"""`template_leakage`: chat-template special tokens in the visible answer."""

from __future__ import annotations

import re

from harness.checks import register
from harness.checks._text import mask_code
from harness.checks.base import Answer, Check, CheckParams, CheckResult, excerpt

# `<|...|>` covers ChatML, Llama 3, Phi, harmony and most others; the rest are named.
SPECIAL_TOKENS = re.compile(
    r"<\|[A-Za-z][A-Za-z0-9_]*(?:\|[A-Za-z0-9_]+)*\|>"
    r"|<｜[^｜>\n]{1,40}｜>"
    r"|<(?:start|end)_of_turn>"
    r"|\[/?INST\]|\[/?SYS\]|<<SYS>>|<</SYS>>"
    r"|<(?:bos|eos|pad|unk)>"
    # <s> and </s> are also HTML strikethrough: count them only where a leak puts them, at
    # either end of the text, right after a sentence, or next to another template token.
    r"|^\s*</?s>|</?s>\s*$|(?<=[.!?])\s*</?s>|</?s>\s*(?=<|\[INST\])",
)


def find_template_tokens(text: str, limit: int = 3) -> list[re.Match[str]]:
    """Special tokens outside code, in order, at most `limit`."""
    return list(SPECIAL_TOKENS.finditer(mask_code(text)))[:limit]


@register
class TemplateLeakage(Check):
    """Passes when no chat-template token shows in the answer (quoted in code is fine)."""

    name = "template_leakage"
    params_model = CheckParams
    description = "no chat-template special tokens in the visible answer"

    def run(self, answer: Answer, params: CheckParams) -> CheckResult:
        """Fail naming the tokens found."""
        found = find_template_tokens(answer.text)
        if not found:
            return self.result(True, "no template tokens found")
        shown = "; ".join(
            f"{m.group(0).strip()!r}: {excerpt(answer.text, m.start(), m.end(), 20)}" for m in found
        )
        return self.result(False, shown)
