"""`json_only`: the whole answer is JSON, optionally inside one markdown code fence (IFEval)."""

from __future__ import annotations

import json

from harness.checks import register
from harness.checks.base import Answer, Check, CheckParams, CheckResult


def strip_fence(text: str) -> str:
    """The answer without one surrounding ```json … ``` fence, as IFEval strips it."""
    return (
        text.strip()
        .removeprefix("```json")
        .removeprefix("```Json")
        .removeprefix("```JSON")
        .removeprefix("```")
        .removesuffix("```")
        .strip()
    )


@register
class JsonOnly(Check):
    """Nothing but JSON: no prose before or after, one code fence allowed."""

    name = "json_only"
    description = "the whole answer parses as JSON (one ``` fence allowed)"

    def run(self, answer: Answer, params: CheckParams) -> CheckResult:
        """Parse the answer, fence stripped."""
        body = strip_fence(answer.text)
        try:
            value = json.loads(body)
        except ValueError as exc:
            return self.result(False, f"not JSON: {exc}")
        return self.result(True, f"JSON {type(value).__name__}")
