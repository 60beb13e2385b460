"""Tool-call scoring: every outcome class, every matcher, readable diffs."""

from __future__ import annotations

from typing import Any

import pytest

from harness.checks import Answer, get_check, parse_params
from harness.checks.tool_calls import OUTCOMES
from harness.toolcalls.matchers import argument_diff

TOOLS = [
    {"type": "function", "function": {"name": "calculator", "parameters": {
        "type": "object", "properties": {"expression": {"type": "string"}}, "required": ["expression"]}}},
    {"type": "function", "function": {"name": "get_weather", "parameters": {
        "type": "object", "properties": {"city": {"type": "string"}, "unit": {"enum": ["celsius", "fahrenheit"]}},
        "required": ["city"]}}},
]  # fmt: skip
CALC = {
    "calls": [{"name": "calculator", "arguments": {"expression": {"regex": r"777\s*\*\s*7777"}}}]
}


def outcome(
    expect: Any, calls: list[dict[str, Any]] | None = None, error: str | None = None, text: str = ""
) -> tuple[str, str]:
    result = get_check("tool_calls").run(
        Answer(text, tool_calls=calls or [], tool_call_error=error, tools=TOOLS),
        parse_params("tool_calls", expect),
    )
    assert result.outcome in OUTCOMES
    assert result.passed is (result.outcome == "correct")
    assert result.detail.startswith(f"{result.outcome}: ")
    return result.outcome or "", result.detail


# expect, calls, parse error, text, expected outcome, evidence
OUTCOME_CASES: list[tuple[Any, list[dict[str, Any]], str | None, str, str, str]] = [
    (CALC, [{"name": "calculator", "arguments": {"expression": "777 * 7777"}}], None, "", "correct", "calculator"),
    (CALC, [], None, "777 * 7777 = 6,042,729", "answered_instead", "6,042,729"),
    ([], [{"name": "get_weather", "arguments": {"city": "Rome"}}], None, "", "unwanted_call", "get_weather"),
    ([], [], None, "Rome is the capital.", "correct", "no call"),
    (CALC, [], "<tool_call> #1: not JSON", "", "unparseable", "not JSON"),
    (CALC, [{"name": "calc", "arguments": {"expression": "1"}}], None, "", "invented_name", "'calc'"),
    (CALC, [{"name": "calculator", "arguments": {"expression": "777*7777"}}] * 2, None, "", "wrong_count", "got 2"),
    (CALC, [{"name": "get_weather", "arguments": {"city": "Rome"}}], None, "", "wrong_tool", "get_weather"),
    (CALC, [{"name": "calculator", "arguments": {"expression": 6042729}}], None, "", "schema_violation", "string expected, got 6042729"),
    ({"calls": [{"name": "get_weather", "arguments": {"city": "Rome"}}]}, [{"name": "get_weather", "arguments": {"city": "Rome", "unit": "kelvin"}}], None, "", "schema_violation", "kelvin"),
    (CALC, [{"name": "calculator", "arguments": {"expression": "777 + 7777"}}], None, "", "wrong_values", "777 + 7777"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("expect", "calls", "error", "text", "expected_outcome", "evidence"), OUTCOME_CASES
)
def test_every_outcome(
    expect: Any,
    calls: list[dict[str, Any]],
    error: str | None,
    text: str,
    expected_outcome: str,
    evidence: str,
) -> None:
    got, detail = outcome(expect, calls, error, text)
    assert got == expected_outcome
    assert evidence in detail


def test_all_outcomes_are_exercised() -> None:
    # An outcome added to the check without a row in the table above fails here.
    assert {row[4] for row in OUTCOME_CASES} == set(OUTCOMES)


def test_parallel_calls_match_in_any_order_unless_told_otherwise() -> None:
    expect = {
        "calls": [
            {"name": "get_weather", "arguments": {"city": "Paris"}},
            {"name": "get_weather", "arguments": {"city": "Rome"}},
        ]
    }
    calls = [
        {"name": "get_weather", "arguments": {"city": "Rome"}},
        {"name": "get_weather", "arguments": {"city": "Paris"}},
    ]
    assert outcome(expect, calls)[0] == "correct"
    assert outcome({**expect, "order": "exact"}, calls)[0] == "wrong_values"
    mixed = [
        {"name": "get_weather", "arguments": {"city": "Rome"}},
        {"name": "get_weather", "arguments": {"city": "Oslo"}},
    ]
    got, detail = outcome(expect, mixed)
    assert got == "wrong_values" and "Oslo" in detail and "Rome" not in detail.split("|")[0]


@pytest.mark.parametrize(
    ("expected", "actual", "matches"),
    [
        ({"city": "Paris"}, {"city": "Paris"}, True),
        ({"city": "Paris"}, {"city": "paris"}, False),
        ({"n": 2}, {"n": 2.0}, True),
        ({"flag": True}, {"flag": 1}, False),
        ({"unit": {"one_of": ["celsius", "c"]}}, {"unit": "c"}, True),
        ({"unit": {"one_of": ["celsius", "c"]}}, {"unit": "kelvin"}, False),
        ({"city": {"regex": "^Par"}}, {"city": "Paris"}, True),
        ({"city": {"regex": "^Par"}}, {"city": 5}, False),
        ({"x": {"approx": 3.14, "tolerance": 0.01}}, {"x": 3.1415}, True),
        ({"x": {"approx": 3.14, "tolerance": 0.01}}, {"x": 3.2}, False),
        ({"x": {"approx": 1}}, {"x": True}, False),
        ({"id": {"any": True}}, {"id": [1, 2]}, True),
        ({"id": {"any": True}}, {}, False),
        ({"unit": {"optional": "celsius"}}, {}, True),
        ({"unit": {"optional": "celsius"}}, {"unit": "celsius"}, True),
        ({"unit": {"optional": "celsius"}}, {"unit": "kelvin"}, False),
        ({"city": {"loose": "New York"}}, {"city": "new_york."}, True),
        # BFCL's normalisation drops only spaces and , . / - _ * ^
        ({"city": {"loose": "New York"}}, {"city": "new-york!"}, False),
        ({"lang": {"loose": "C#"}}, {"lang": "C"}, False),
        ({"op": {"loose": ">"}}, {"op": "<"}, False),
        ({"to": {"loose": "ann@x.org"}}, {"to": "annx.org"}, False),
        ({"f": {"loose": "3x**2 + 2x"}}, {"f": "3x**2 2x"}, False),
        ({"f": {"loose": "3x**2 + 2x"}}, {"f": "3X^2+2X"}, True),  # BFCL drops * and ^ too
        ({"d": {"loose": "April 1, 2024"}}, {"d": "april 1 2024"}, True),
        ({"s": {"loose": "it's"}}, {"s": 'IT"S'}, True),
        ({"q": {"exact": {"regex": "x"}}}, {"q": {"regex": "x"}}, True),
        ({"start": {"date": "2026-12-01", "time": {"regex": "^10"}}}, {"start": {"date": "2026-12-01", "time": "10:00"}}, True),
        ({"start": {"date": "2026-12-01"}}, {"start": {"date": "2026-12-02"}}, False),
        ({"tags": ["a", {"any": True}]}, {"tags": ["a", "b"]}, True),
        ({"tags": ["a", "b"]}, {"tags": ["b", "a"]}, False),
        ({"tags": ["a"]}, {"tags": ["a", "b"]}, False),
        ({"city": "Paris"}, {"city": "Paris", "extra": 1}, False),
    ],
)  # fmt: skip
def test_matchers(expected: dict[str, Any], actual: dict[str, Any], matches: bool) -> None:
    assert (argument_diff(expected, actual) == "") is matches


def test_loose_mode_extra_arguments_and_readable_diff() -> None:
    assert argument_diff({"city": "new york"}, {"city": "New York."}, loose=True) == ""
    assert argument_diff({"city": "Paris"}, {"city": "Paris", "unit": "c"}, allow_extra=True) == ""
    diff = argument_diff(
        {"city": {"regex": "^Par"}, "unit": "celsius"}, {"city": "London", "days": 3}
    )
    assert "arguments['city']" in diff and "London" in diff
    assert "arguments['days']" in diff and "added" in diff
    assert "arguments['unit']" in diff and "removed" in diff


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"x": {"regex": "("}}, "invalid regular expression"),
        ({"x": {"approx": "three"}}, "approx must be a number"),
        ({"x": {"one_of": []}}, "one_of must be a non-empty list"),
        ({"x": {"approx": 1, "tolerance": -1}}, "tolerance must be a non-negative number"),
    ],
)
def test_bad_matchers_are_refused_when_the_suite_loads(
    arguments: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        parse_params("tool_calls", [{"name": "calculator", "arguments": arguments}])
