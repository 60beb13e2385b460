"""`tool_calls`: score the calls of an answer like BFCL, ending in exactly one outcome.

Outcomes, in the order they are decided: `unparseable` (a call was attempted but did not
parse), `answered_instead` (a call was wanted, none came), `unwanted_call` (no call was
wanted: an irrelevance case), `invented_name` (a tool that was not offered),
`wrong_count`, `wrong_tool` (an offered tool, not the expected one), `schema_violation`
(arguments break the tool's JSON Schema), `wrong_values`, and `correct`.

Numbers are typed as BFCL types them: an `integer` parameter given `5.0` is a schema
violation (a Python tool breaks on `range(5.0)`), a `number` accepts ints. A suite whose
tools coerce says `numbers: lenient`. Parallel calls pair up as a bipartite matching, so any
number of them may come in any order.
"""

from __future__ import annotations

import json
from typing import Any, ClassVar, Literal

import jsonschema
from jsonschema.protocols import Validator
from pydantic import BaseModel, ConfigDict, Field, field_validator

from harness.checks import register
from harness.checks.base import Answer, Check, CheckParams, CheckResult
from harness.toolcalls.assignment import max_matching
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
Numbers = Literal["strict", "lenient"]


def _is_int(checker: Any, instance: Any) -> bool:
    return isinstance(instance, int) and not isinstance(instance, bool)


# jsonschema's `integer` accepts 5.0; BFCL (and a Python tool) does not.
StrictNumbersValidator: type[Validator] = jsonschema.validators.extend(  # type: ignore[no-untyped-call]
    jsonschema.Draft202012Validator,
    type_checker=jsonschema.Draft202012Validator.TYPE_CHECKER.redefine("integer", _is_int),
)


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
    # None: the suite's `numbers` setting.
    numbers: Numbers | None = None
    # `types`: the tool's schema checks only types and required parameters; values are left
    # to the matchers, as BFCL's checker leaves enums and ranges to its acceptable values.
    schema_checks: Literal["full", "types"] = "full"


# JSON Schema keywords that constrain values rather than shapes.
VALUE_KEYWORDS = frozenset(
    {
        "enum", "const", "pattern", "format", "minimum", "maximum", "exclusiveMinimum",
        "exclusiveMaximum", "multipleOf", "minLength", "maxLength", "minItems", "maxItems",
        "uniqueItems", "minProperties", "maxProperties",
    }
)  # fmt: skip


def types_only(schema: Any) -> Any:
    """The schema without its value constraints: types, properties, items and required stay."""
    if isinstance(schema, dict):
        return {
            key: (
                {name: types_only(sub) for name, sub in value.items()}
                if key in ("properties", "$defs", "patternProperties") and isinstance(value, dict)
                else types_only(value)
            )
            for key, value in schema.items()
            if key not in VALUE_KEYWORDS
        }
    if isinstance(schema, list):
        return [types_only(item) for item in schema]
    return schema


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=repr)
    return text if len(text) <= 60 else text[:60] + "…"


def _schema_problem(
    call: dict[str, Any], tools: dict[str, dict[str, Any]], numbers: Numbers, only_types: bool
) -> str | None:
    schema = tools[call["name"]].get("parameters") or {"type": "object"}
    if only_types:
        schema = types_only(schema)
    validator: type[Validator] = (
        StrictNumbersValidator if numbers == "strict" else jsonschema.Draft202012Validator
    )
    errors = sorted(
        validator(schema).iter_errors(call["arguments"]), key=lambda e: list(e.absolute_path)
    )
    if not errors:
        return None
    error = errors[0]
    where = "/".join(str(p) for p in error.absolute_path) or "(arguments)"
    message = error.message
    if error.validator == "type":
        wanted = error.validator_value
        kinds = " or ".join(wanted) if isinstance(wanted, list) else str(wanted)
        message = f"{kinds} expected, got {_shown(error.instance)}"
    return f"{call['name']}: {where}: {message}"


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
        numbers = params.numbers or answer.numbers
        for call in calls:
            problem = _schema_problem(call, offered, numbers, params.schema_checks == "types")
            if problem:
                return self.outcome("schema_violation", problem)
        diffs: dict[tuple[int, int], str] = {}

        def diff(row: int, col: int) -> str:
            if (row, col) not in diffs:
                expected, actual = params.calls[row], calls[col]
                if actual["name"] != expected.name:
                    diffs[(row, col)] = f"matched with {actual['name']}"
                else:
                    diffs[(row, col)] = argument_diff(
                        expected.arguments,
                        actual["arguments"],
                        params.loose_strings,
                        params.allow_extra_arguments,
                    )
            return diffs[(row, col)]

        count = len(calls)
        if params.order == "exact":
            pairs = {i: i for i in range(count) if not diff(i, i)}
            unmatched = {i: [i] for i in range(count) if i not in pairs}
        else:
            pairs = max_matching(count, count, lambda row, col: not diff(row, col))
            free = [col for col in range(count) if col not in pairs.values()]
            unmatched = {
                row: [col for col in free if calls[col]["name"] == params.calls[row].name]
                for row in range(count)
                if row not in pairs
            }
        if not unmatched:
            return self.outcome("correct", f"{names} with the expected arguments")
        evidence = []
        for row, candidates in unmatched.items():
            # The closest free call of the same name is the most useful diff to show.
            closest = min((diff(row, col) for col in candidates), key=len, default="no call left")
            evidence.append(f"{params.calls[row].name}: {closest}")
        return self.outcome("wrong_values", " | ".join(evidence).replace("\n", "; "))
