"""Every tool-call dialect on real-looking answers, sloppy ones included; never a crash."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from harness.toolcalls import parse_tool_calls, registry
from tests.helpers import run_harness

PARIS = [{"name": "get_weather", "arguments": {"city": "Paris"}}]
TWO = [
    {"name": "get_weather", "arguments": {"city": "Paris", "unit": "celsius"}},
    {"name": "get_time", "arguments": {"timezone": "Europe/Paris"}},
]

# (dialect, answer, expected calls, expected leniencies)
CASES = [
    ("hermes", '<tool_call>\n{"name": "get_weather", "arguments": {"city": "Paris"}}\n</tool_call>', PARIS, []),
    (
        "hermes",
        'Let me check.\n<tool_call>\n{"name": "get_weather", "arguments": {"city": "Paris", "unit": "celsius"}}\n'
        '</tool_call>\n<tool_call>\n{"name": "get_time", "arguments": {"timezone": "Europe/Paris"}}\n</tool_call>',
        TWO,
        ["surrounding_text"],
    ),
    (
        "hermes",
        '<tool_call>{"name": "get_weather", "arguments": "{\\"city\\": \\"Paris\\"}"}',
        PARIS,
        ["missing_closing_tag", "arguments_as_json_string"],
    ),
    ("hermes", "<tool_call>{'name': 'get_weather', 'arguments': {'city': 'Paris'}}</tool_call>", PARIS, ["python_literal_instead_of_json"]),
    ("llama3_json", '{"name": "get_weather", "parameters": {"city": "Paris"}}', PARIS, []),
    ("llama3_json", '<|python_tag|>{"name": "get_weather", "parameters": {"city": "Paris"}}<|eom_id|>', None, None),
    (
        "llama3_json",
        '<|python_tag|>{"name": "get_weather", "parameters": {"city": "Paris", "unit": "celsius"}}; '
        '{"name": "get_time", "parameters": {"timezone": "Europe/Paris"}}',
        TWO,
        [],
    ),
    ("llama3_json", 'Sure, calling {"name": "get_weather", "arguments": {"city": "Paris"}} for you.', PARIS, ["surrounding_text"]),
    ("llama3_builtin", '<|python_tag|>get_weather.call(city="Paris")<|eom_id|>', PARIS, []),
    ("pythonic", '[get_weather(city="Paris", unit="celsius"), get_time(timezone="Europe/Paris")]', TWO, []),
    ("pythonic", 'I will use: [get_weather(city="Paris")]', PARIS, ["surrounding_text"]),
    ("pythonic", "[get_weather(city='Paris', verbose=true)]", [{"name": "get_weather", "arguments": {"city": "Paris", "verbose": True}}], ["json_literals_in_python"]),
    ("mistral", '[TOOL_CALLS][{"name": "get_weather", "arguments": {"city": "Paris"}}]', PARIS, []),
    ("mistral", '[TOOL_CALLS]get_weather[ARGS]{"city": "Paris", "unit": "celsius"}[TOOL_CALLS]get_time[ARGS]{"timezone": "Europe/Paris"}', TWO, []),
    ("tool_code", '```tool_code\nprint(default_api.get_weather(city="Paris"))\n```', PARIS, []),
    ("tool_code", 'Checking the weather.\n```tool_code\nget_weather(city="Paris")', PARIS, ["missing_closing_fence", "surrounding_text"]),
    ("tool_use", '<tool_use>\ntool_name: get_weather\narguments: {"city": "Paris"}\n</tool_use>', PARIS, []),
    ("tool_use", 'I\'ll look it up.\n<tool_use>\ntool_name: get_weather\narguments: {"city": "Paris"}', PARIS, ["missing_closing_tag", "surrounding_text"]),
    ("phi4", '<|tool_call|>[{"name": "get_weather", "arguments": {"city": "Paris"}}]<|/tool_call|>', PARIS, []),
    ("phi4", '<|tool_call|>[{"name": "get_weather", "arguments": {"city": "Paris"}}]', PARIS, ["missing_closing_tag"]),
    ("functionary", '<function=get_weather>{"city": "Paris"}</function>', PARIS, []),
    (
        "functionary",
        '<function=get_weather>{"city": "Paris", "unit": "celsius"}</function><function=get_time>{"timezone": "Europe/Paris"}',
        TWO,
        ["missing_closing_tag"],
    ),
    (
        "harmony",
        '<|start|>assistant<|channel|>commentary to=functions.get_weather <|constrain|>json<|message|>{"city":"Paris"}<|call|>',
        PARIS,
        [],
    ),
    ("harmony", '<|channel|>commentary to=functions.get_weather<|message|>{"city": "Paris"}', PARIS, ["missing_call_token"]),
    ("json_fence", 'Here is the call:\n```json\n{"name": "get_weather", "arguments": {"city": "Paris"}}\n```', PARIS, ["surrounding_text"]),
    ("json_fence", '```json\n[{"name": "get_weather", "arguments": {"city": "Paris", "unit": "celsius"}}, {"name": "get_time", "arguments": {"timezone": "Europe/Paris"}}]\n```', TWO, []),
    ("openai", '[{"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": "{\\"city\\": \\"Paris\\"}"}}]', PARIS, []),
]  # fmt: skip


@pytest.mark.parametrize(("dialect", "text", "calls", "leniencies"), CASES)
def test_dialects(
    dialect: str, text: str, calls: list[dict[str, object]] | None, leniencies: list[str] | None
) -> None:
    result = parse_tool_calls(text)
    assert result.error is None, result.error
    assert result.dialect == dialect
    assert [c.to_dict() for c in result.calls] == (calls or PARIS)
    if leniencies is not None:
        assert result.leniencies == leniencies
    # naming the dialect gives the same calls as auto-detection
    assert [c.to_dict() for c in parse_tool_calls(text, dialect=dialect).calls] == (calls or PARIS)


def test_every_registered_dialect_is_covered() -> None:
    assert {dialect for dialect, *_ in CASES} == set(registry())


def test_structured_calls_from_an_api() -> None:
    structured = [
        {
            "id": "1",
            "type": "function",
            "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'},
        }
    ]
    result = parse_tool_calls("", structured=structured)
    assert result.dialect == "openai" and [c.to_dict() for c in result.calls] == PARIS
    broken = parse_tool_calls(
        "", structured=[{"type": "function", "function": {"name": "f", "arguments": "{oops"}}]
    )
    assert broken.error is not None and broken.calls == []


@pytest.mark.parametrize(
    "text",
    [
        "The capital of France is Paris.",
        "Use a [link](https://x.org) or a {placeholder}.",
        "",
        "f(x) = x^2 for all x",
    ],
)
def test_no_call(text: str) -> None:
    result = parse_tool_calls(text)
    assert (result.dialect, result.calls, result.error) == (None, [], None)
    assert not result.attempted


@pytest.mark.parametrize(
    ("text", "dialect", "error"),
    [
        (
            '<tool_call>{"name": "get_weather", "arguments": {"city": }</tool_call>',
            "hermes",
            "not JSON",
        ),
        ("<tool_call></tool_call>", "hermes", "empty"),
        (
            '<tool_call>{"arguments": {"city": "Paris"}}</tool_call>',
            "hermes",
            "without a function name",
        ),
        ('[get_weather(city=os.system("rm -rf /"))]', "pythonic", "not a literal value"),
        ('[get_weather("Paris")]', "pythonic", "positional arguments"),
        ("[TOOL_CALLS]", "mistral", "nothing after the marker"),
        ("<tool_use>\narguments: {}\n</tool_use>", "tool_use", "no `tool_name:` line"),
        ('<function=get_weather>{"city": "Pa', "functionary", "not JSON"),
        ('{"name": "FUNCTION_NAME", "arguments": {ARGUMENTS_AS_JSON}}', "llama3_json", "JSON call"),
        (
            '<tool_call> {"name": "calc", "arguments": "not json"} </tool_call>',
            "hermes",
            "arguments string is not JSON",
        ),
    ],
)
def test_attempts_that_do_not_parse_are_told_apart(text: str, dialect: str, error: str) -> None:
    result = parse_tool_calls(text)
    assert result.dialect == dialect
    assert result.calls == []
    assert result.error is not None and error in result.error, result.error
    assert result.attempted


def test_markers_without_a_readable_dialect_are_an_attempt() -> None:
    result = parse_tool_calls('I would call "name": "get_weather", "arguments" here')
    assert result.dialect is None and result.error is not None
    wrong = parse_tool_calls(
        '<tool_call>{"name": "f", "arguments": {}}</tool_call>', dialect="pythonic"
    )
    assert wrong.error is not None and "not in the pythonic dialect" in wrong.error


def test_python_calls_are_never_evaluated(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    result = parse_tool_calls(f"[f(x=open({str(marker)!r}, 'w').write('x'))]")
    assert result.error is not None
    assert not marker.exists()


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        st.text(max_size=300),
        st.builds(
            lambda prefix, body, suffix: prefix + body + suffix,
            st.sampled_from(["<tool_call>", "[TOOL_CALLS]", "<|python_tag|>", "```tool_code\n", "<function=f>",
                             "<tool_use>\ntool_name: f\narguments: ", "<|tool_call|>", "to=functions.f<|message|>", "[", "```json\n"]),
            st.text(alphabet=st.characters(codec="utf-8"), max_size=120) | st.sampled_from(['{"name": "f", "arguments": {', "f(a=", '{"a": [1, 2', "'x'"]),
            st.sampled_from(["", "</tool_call>", "]", ")", "}", "```", "<|call|>"]),
        ),
    )
)  # fmt: skip
def test_the_parser_never_raises(text: str) -> None:
    result = parse_tool_calls(text)
    assert isinstance(result.calls, list)
    assert result.error is None or "internal parser error" not in result.error, result.error
    assert not (result.calls and result.error)
    json.dumps(result.to_dict())  # always serialisable


def test_parse_tool_calls_command_follows_the_contract(tmp_path: Path) -> None:
    answers = tmp_path / "answers.jsonl"
    lines = [
        {
            "id": "a",
            "text": '<tool_call>{"name": "get_weather", "arguments": {"city": "Paris"}}</tool_call>',
        },
        {"id": "b", "text": "Paris is sunny."},
        {"id": "c", "text": "<tool_call>{broken</tool_call>"},
        {
            "id": "d",
            "text": "",
            "tool_calls": [{"type": "function", "function": {"name": "f", "arguments": "{}"}}],
        },
    ]
    answers.write_text("".join(json.dumps(line) + "\n" for line in lines))
    result = run_harness("parse-tool-calls", "--jsonl", str(answers))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    for row in rows:
        assert {"id", "dialect", "calls", "error"} <= set(row)
    assert rows[0]["dialect"] == "hermes" and rows[0]["calls"] == PARIS and rows[0]["error"] is None
    assert rows[1] == {**rows[1], "dialect": None, "calls": [], "error": None}
    assert rows[2]["dialect"] == "hermes" and rows[2]["calls"] == [] and rows[2]["error"]
    assert rows[3]["dialect"] == "openai" and rows[3]["calls"] == [{"name": "f", "arguments": {}}]

    named = run_harness("parse-tool-calls", "--jsonl", str(answers), "--dialect", "pythonic")
    assert json.loads(named.stdout.splitlines()[0])["error"].endswith("not in the pythonic dialect")
    unknown = run_harness("parse-tool-calls", "--jsonl", str(answers), "--dialect", "klingon")
    assert unknown.returncode == 2 and "unknown dialect 'klingon'" in unknown.stderr
