"""`tool_calls`: score the calls of an answer like BFCL, ending in exactly one outcome.

Outcomes, in the order they are decided: `unparseable` (a call was attempted but did not
parse), `answered_instead` (a call was wanted, none came), `unwanted_call` (no call was
wanted: an irrelevance case), `invented_name` (a tool that was not offered),
`wrong_count`, `wrong_tool` (an offered tool, not the expected one), `schema_violation`
(arguments break the tool's JSON Schema), `wrong_values`, and `correct`.
"""

from __future__ import annotations

import itertools
from typing import Any, ClassVar, Literal

import jsonschema
from pydantic import BaseModel, ConfigDict, Field, field_validator

from harness.checks import register
from harness.checks.base import Answer, Check, CheckParams, CheckResult
from harness.toolcalls.matchers import argument_diff, validate_expected

OUTCOMES = (
    "correct",
    "answered_instead",
    "unwanted_call",
    "unparseable",
    "invented_name",
    "wrong_count",
    "wrong_tool",
    "schema_violation",
    "wrong_values",
)
# Failures a deployment can see at run time, without knowing the right answer: the cases a
# "fall back to the hosted model" policy re-routes.
FALLBACK_OUTCOMES = frozenset({"unparseable", "invented_name", "schema_violation"})
MAX_PERMUTED = 6


class ExpectedCall(BaseModel):
    """One expected call: the tool's name and matchers for its arguments."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    arguments: dict[str, Any] = Field(default_factory=dict)

    @field_validator("arguments")
    @classmethod
    def _matchers_are_valid(cls, value: dict[str, Any]) -> dict[str, Any]:
        validate_expected(value)
        return value


class ToolCallsParams(CheckParams):
    """The expected calls (an empty list: no call wanted) and how to compare them."""

    shorthand: ClassVar[str | None] = "calls"
    calls: list[ExpectedCall]
    order: Literal["any", "exact"] = "any"
    loose_strings: bool = False
    allow_extra_arguments: bool = False


def _schema_problem(call: dict[str, Any], tools: dict[str, dict[str, Any]]) -> str | None:
    schema = tools[call["name"]].get("parameters") or {"type": "object"}
    errors = sorted(
        jsonschema.Draft202012Validator(schema).iter_errors(call["arguments"]),
        key=lambda e: list(e.absolute_path),
    )
    if not errors:
        return None
    where = "/".join(str(p) for p in errors[0].absolute_path) or "(arguments)"
    return f"{call['name']}: {where}: {errors[0].message}"


def _pairings(
    expected: list[ExpectedCall], actual: list[dict[str, Any]], order: str
) -> list[list[int]]:
    if order == "exact" or len(actual) > MAX_PERMUTED:
        return [list(range(len(actual)))]
    return [list(p) for p in itertools.permutations(range(len(actual)))]


@register
class ToolCalls(Check):
    """Passes only for the `correct` outcome; the detail carries the evidence."""

    name = "tool_calls"
    params_model = ToolCallsParams
    description = "the answer makes the expected tool calls (none for irrelevance cases)"

    def outcome(self, outcome: str, detail: str) -> CheckResult:
        """A result for one outcome class."""
        return CheckResult(self.name, outcome == "correct", f"{outcome}: {detail}", outcome)

    def run(self, answer: Answer, params: CheckParams) -> CheckResult:
        """Classify the answer's calls into exactly one outcome."""
        assert isinstance(params, ToolCallsParams)
        calls = answer.tool_calls
        offered = {t.get("function", t)["name"]: t.get("function", t) for t in answer.tools}
        names = [c["name"] for c in calls]
        if answer.tool_call_error:
            return self.outcome("unparseable", answer.tool_call_error)
        if not params.calls:
            if calls:
                return self.outcome("unwanted_call", f"no call was wanted, got {names}")
            return self.outcome("correct", "no call, as wanted")
        if not calls:
            text = answer.text.strip().replace("\n", " ")
            shown = text if len(text) <= 80 else text[:80] + "…"
            return self.outcome("answered_instead", f"no call; answered {shown!r}")
        invented = [n for n in names if n not in offered]
        if invented:
            return self.outcome(
                "invented_name", f"{invented} not among the offered tools {sorted(offered)}"
            )
        wanted = [e.name for e in params.calls]
        if len(calls) != len(params.calls):
            return self.outcome(
                "wrong_count", f"expected {len(wanted)} call(s) {wanted}, got {len(calls)} {names}"
            )
        if sorted(names) != sorted(wanted) or (params.order == "exact" and names != wanted):
            return self.outcome("wrong_tool", f"expected {wanted}, got {names}")
        for call in calls:
            problem = _schema_problem(call, offered)
            if problem:
                return self.outcome("schema_violation", problem)
        best: list[str] | None = None
        for pairing in _pairings(params.calls, calls, params.order):
            diffs = []
            for expected, index in zip(params.calls, pairing, strict=True):
                actual = calls[index]
                if actual["name"] != expected.name:
                    diffs.append(f"call {expected.name}: matched with {actual['name']}")
                    continue
                diff = argument_diff(
                    expected.arguments,
                    actual["arguments"],
                    params.loose_strings,
                    params.allow_extra_arguments,
                )
                if diff:
                    diffs.append(f"{expected.name}: {diff}")
            if not diffs:
                return self.outcome("correct", f"{names} with the expected arguments")
            if best is None or len(diffs) < len(best):
                best = diffs
        assert best is not None
        return self.outcome("wrong_values", " | ".join(best).replace("\n", "; "))
