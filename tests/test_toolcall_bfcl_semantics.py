"""BFCL's judging semantics: typed numbers, parallel calls of any count, namespaces, dialects."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from harness.checks import Answer, get_check, parse_params
from harness.suite import load_suites
from harness.toolcalls import parse_tool_calls
from harness.toolcalls.assignment import max_matching

SPAN = {
    "type": "function",
    "function": {
        "name": "make_range",
        "parameters": {
            "type": "object",
            "properties": {
                "height": {"type": "integer"},
                "ratio": {"type": "number"},
                "sizes": {"type": "array", "items": {"type": "integer"}},
            },
            "required": ["height"],
        },
    },
}


def judge(
    expect: Any,
    calls: list[dict[str, Any]],
    tools: list[dict[str, Any]] | None = None,
    numbers: Any = "strict",
) -> tuple[str, str]:
    result = get_check("tool_calls").run(
        Answer("", tool_calls=calls, tools=tools or [SPAN], numbers=numbers),
        parse_params("tool_calls", expect),
    )
    return result.outcome or "", result.detail


@pytest.mark.parametrize(
    ("arguments", "outcome", "evidence"),
    [
        ({"height": 5.0}, "schema_violation", "height: integer expected, got 5.0"),
        ({"height": 5}, "correct", ""),
        ({"height": True}, "schema_violation", "integer expected, got true"),
        ({"height": 5, "ratio": 2}, "correct", ""),  # a number accepts an int
        (
            {"height": 5, "sizes": [1, 2.0]},
            "schema_violation",
            "sizes/1: integer expected, got 2.0",
        ),
        ({"height": "5"}, "schema_violation", 'integer expected, got "5"'),
    ],
)
def test_integers_are_typed_as_bfcl_types_them(
    arguments: dict[str, Any], outcome: str, evidence: str
) -> None:
    expect = [{"name": "make_range", "arguments": {k: {"any": True} for k in arguments}}]
    got, detail = judge(expect, [{"name": "make_range", "arguments": arguments}])
    assert got == outcome, detail
    assert evidence in detail


def test_lenient_numbers_accept_an_integral_float(tmp_path: Path) -> None:
    expect = [{"name": "make_range", "arguments": {"height": 5}}]
    call = [{"name": "make_range", "arguments": {"height": 5.0}}]
    assert judge(expect, call, numbers="lenient")[0] == "correct"
    assert judge({"calls": expect, "numbers": "lenient"}, call)[0] == "correct"
    assert judge({"calls": expect, "numbers": "strict"}, call, numbers="lenient")[0] == (
        "schema_violation"
    )
    # the suite-level setting reaches the check through the suite file
    suite = tmp_path / "coerce.yaml"
    suite.write_text(
        "numbers: lenient\ncases: [{id: a, prompt: hi}]\n"
        "tools: [{function: {name: f, parameters: {type: object}}}]\n"
    )
    assert load_suites([suite])[0].suite.numbers == "lenient"


def test_eight_parallel_calls_in_any_order() -> None:
    cities = ["Paris", "Rome", "Oslo", "Lima", "Kyiv", "Doha", "Baku", "Riga"]
    tool = {"type": "function", "function": {"name": "get_weather", "parameters": {}}}
    expect = [{"name": "get_weather", "arguments": {"city": c}} for c in cities]
    shuffled = [{"name": "get_weather", "arguments": {"city": c}} for c in reversed(cities)]
    assert judge(expect, shuffled, [tool])[0] == "correct"
    assert judge({"calls": expect, "order": "exact"}, shuffled, [tool])[0] == "wrong_values"
    wrong = [*shuffled[:-1], {"name": "get_weather", "arguments": {"city": "Bern"}}]
    got, detail = judge(expect, wrong, [tool])
    assert got == "wrong_values"
    # the one expected call left over is shown against the one free actual call
    assert detail.count("|") == 0 and "Paris" in detail and "Bern" in detail


def test_matching_finds_a_pairing_a_greedy_pass_misses() -> None:
    # row 0 fits columns 0 and 1, row 1 only column 0: greedy 0->0 strands row 1
    fits = {(0, 0), (0, 1), (1, 0)}
    assert max_matching(2, 2, lambda r, c: (r, c) in fits) == {0: 1, 1: 0}
    assert len(max_matching(3, 3, lambda r, c: c == 0)) == 1


@pytest.mark.parametrize(
    ("text", "declared", "name"),
    [
        ("[functions.intersect(a=1)]", {"functions.intersect"}, "functions.intersect"),
        ("[functions.intersect(a=1)]", {"intersect"}, "intersect"),
        ("[functions.intersect(a=1)]", {"other"}, "functions.intersect"),
        ("[math.factorial(number=5)]", {"math.factorial"}, "math.factorial"),
        ("[math.factorial(number=5)]", {"factorial"}, "math.factorial"),  # not a namespace
        ("[functions.intersect(a=1)]", None, "intersect"),  # nothing declared: as before
        ('<tool_call>{"name": "functions.f", "arguments": {}}</tool_call>', {"f"}, "f"),
        ('<tool_call>{"name": "functions.f", "arguments": {}}</tool_call>', None, "functions.f"),
    ],
)
def test_namespaces_are_kept_when_declared(text: str, declared: set[str] | None, name: str) -> None:
    result = parse_tool_calls(text, tools=declared)
    assert result.error is None and [c.name for c in result.calls] == [name]


@pytest.mark.parametrize(
    ("text", "dialect", "calls"),
    [
        (
            '<|python_tag|>brave_search.call(query="weather in Paris")<|eom_id|>',
            "llama3_builtin",
            [{"name": "brave_search", "arguments": {"query": "weather in Paris"}}],
        ),
        (
            "<|python_tag|>wolfram_alpha.call(query='solve x^2=4')",
            "llama3_builtin",
            [{"name": "wolfram_alpha", "arguments": {"query": "solve x^2=4"}}],
        ),
        (
            '<|start|>assistant to=functions.get_weather<|channel|>commentary json<|message|>{"city": "Paris"}<|call|>',
            "harmony",
            [{"name": "get_weather", "arguments": {"city": "Paris"}}],
        ),
        (
            '<|channel|>analysis<|message|>Need weather.<|end|><|start|>assistant to=functions.get_weather'
            '<|channel|>commentary <|constrain|>json<|message|>{"city": "Rome"}<|call|>',
            "harmony",
            [{"name": "get_weather", "arguments": {"city": "Rome"}}],
        ),
        (
            'Calling it:\n```json\n{"tool_calls": [{"id": "call_1", "type": "function", "function": '
            '{"name": "get_weather", "arguments": "{\\"city\\": \\"Paris\\"}"}}]}\n```',
            "json_fence",
            [{"name": "get_weather", "arguments": {"city": "Paris"}}],
        ),
        (
            '{"tool_calls": [{"type": "function", "function": {"name": "get_time", "arguments": "{}"}}]}',
            "openai",
            [{"name": "get_time", "arguments": {}}],
        ),
        ('{"name": "get_time"}', "llama3_json", [{"name": "get_time", "arguments": {}}]),
    ],
)  # fmt: skip
def test_more_dialects(text: str, dialect: str, calls: list[dict[str, Any]]) -> None:
    result = parse_tool_calls(text)
    assert result.error is None, result.error
    assert result.dialect == dialect
    assert [c.to_dict() for c in result.calls] == calls
    assert "arguments_as_json_string" not in result.leniencies


@pytest.mark.parametrize(
    "text",
    [
        '{"name": "Widget", "price": 9.5, "stock": 3}',
        '  {"name": "Ada Lovelace", "born": 1815}\n',
        'The record is {"name": "Widget", "price": 9.5}.',
        '```json\n{"name": "Widget", "price": 9.5, "stock": 3}\n```',
    ],
)
def test_a_record_with_a_name_is_not_a_call(text: str) -> None:
    result = parse_tool_calls(text)
    assert (result.calls, result.error) == ([], None), result.to_dict()


@pytest.mark.parametrize(
    ("text", "declared", "calls", "leniencies"),
    [
        ('{"name": "get_weather", "city": "Paris"}', {"get_weather"}, [{"name": "get_weather", "arguments": {"city": "Paris"}}], ["arguments_beside_name"]),
        ('{"name": "get_weather", "city": "Paris"}', None, [], []),
        ('{"name": "Widget"}', {"get_weather"}, [], []),
        ('{"name": "Widget"}', None, [{"name": "Widget", "arguments": {}}], []),
        ('<tool_call>{"name": "get_weather", "city": "Paris"}</tool_call>', None, [{"name": "get_weather", "arguments": {"city": "Paris"}}], ["arguments_beside_name"]),
    ],
)  # fmt: skip
def test_a_call_needs_arguments_or_a_declared_name(
    text: str, declared: set[str] | None, calls: list[dict[str, Any]], leniencies: list[str]
) -> None:
    result = parse_tool_calls(text, tools=declared)
    assert result.error is None
    assert [c.to_dict() for c in result.calls] == calls
    assert result.leniencies == leniencies
