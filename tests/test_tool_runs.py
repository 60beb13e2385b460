"""Tool suites end to end: prompted tool use, multi-round loops (replay), a real llama.cpp run."""

from __future__ import annotations

import json
import textwrap
from collections import Counter
from pathlib import Path

import pytest

from harness.checks import Answer, get_check
from harness.checks.tool_calls import OUTCOMES
from harness.suite import SuiteError, load_suite, load_suites
from harness.toolcalls import parse_tool_calls
from tests.helpers import REPO, read_jsonl, run_harness

SUITE = """
name: loop
tool_prompt: hermes
defaults: {system: Use tools., sampling: {max_tokens: 64}}
tools:
  - function:
      name: calculator
      parameters: {type: object, properties: {expression: {type: string}}, required: [expression]}
cases:
  - id: two-rounds
    prompt: What is 777 * 7777?
    tool_results: {calculator: "6042729"}
    max_rounds: 2
    expect:
      - tool_calls: [{name: calculator, arguments: {expression: {regex: "777\\\\s*\\\\*\\\\s*7777"}}}]
      - number_equals: 6042729
  - id: answers-instead
    prompt: What is 2 + 2?
    expect:
      - tool_calls: [{name: calculator, arguments: {expression: {any: true}}}]
  - id: missing-second-round
    prompt: What is 3 * 3?
    tool_results: {calculator: "9"}
    max_rounds: 2
    expect:
      - tool_calls: [{name: calculator, arguments: {expression: {any: true}}}]
  - id: not-recorded
    prompt: Anything?
    expect:
      - tool_calls: []
"""
CALL = '<tool_call>{"name": "calculator", "arguments": {"expression": "777 * 7777"}}</tool_call>'


def write_suite(tmp_path: Path) -> Path:
    path = tmp_path / "loop.yaml"
    path.write_text(textwrap.dedent(SUITE))
    return path


def test_prompted_tool_use_renders_the_tools_into_the_system_prompt(tmp_path: Path) -> None:
    suite = load_suite(write_suite(tmp_path)).suite
    system = suite.messages_for(suite.cases[0])[0]
    assert system["role"] == "system" and system["content"].startswith("Use tools.")
    assert "<tool_call>" in system["content"] and '"name": "calculator"' in system["content"]
    assert suite.native_tools == []
    native = load_suites([REPO / "suites" / "tools" / "native.yaml"])[0].suite
    assert [t["function"]["name"] for t in native.native_tools] == ["calculator", "get_weather"]
    assert "<tool_call>" not in str(native.messages_for(native.cases[0]))


def test_a_multi_round_case_feeds_the_tool_result_back(tmp_path: Path) -> None:
    replay = tmp_path / "answers.jsonl"
    replay.write_text(
        "".join(
            json.dumps(line) + "\n"
            for line in [
                {"case": "loop/two-rounds", "text": CALL, "ttft_s": 0.25, "output_tokens": 20},
                {"case": "loop/two-rounds", "round": 2, "text": "777 × 7777 = 6,042,729."},
                {"case": "loop/answers-instead", "text": "2 + 2 = 4."},
                {"case": "loop/missing-second-round", "text": CALL.replace("777 * 7777", "3 * 3")},
                {"case": "elsewhere/unknown", "text": "ignored"},
            ]
        )
    )
    out = tmp_path / "run"
    result = run_harness(
        "run", str(write_suite(tmp_path)), "--backend", f"replay:{replay}", "--out", str(out)
    )
    assert result.returncode == 0, result.stderr
    records = {r["case"]: r for r in read_jsonl(out / "cases.jsonl")}

    loop = records["two-rounds"]
    assert loop["status"] == "passed", loop["checks"]
    assert loop["tool_outcome"] == "correct" and loop["tool_call_dialect"] == "hermes"
    assert loop["tool_calls"] == [{"name": "calculator", "arguments": {"expression": "777 * 7777"}}]
    assert [r["output"] for r in loop["rounds"]] == [CALL, "777 × 7777 = 6,042,729."]
    assert (
        loop["output"] == "777 × 7777 = 6,042,729."
    )  # the final answer is what ordinary checks see
    assert loop["ttft_s"] == 0.25 and loop["output_tokens"] == 20  # recorded timing carried over

    assert records["answers-instead"]["tool_outcome"] == "answered_instead"
    assert records["missing-second-round"]["status"] == "error"
    assert (
        "no recorded answer for loop/missing-second-round round 2"
        in records["missing-second-round"]["error"]
    )
    assert records["not-recorded"]["status"] == "error"
    assert "no recorded answer for loop/not-recorded" in records["not-recorded"]["error"]
    assert "Tool calling" in result.stdout


def test_expectations_must_name_tools_the_suite_defines(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(
        textwrap.dedent(
            """
            tools: [{function: {name: calculator}}]
            cases:
              - id: a
                prompt: x
                tool_results: {weather: sunny}
                expect: [{tool_calls: [{name: calc}]}]
            """
        )
    )
    with pytest.raises(SuiteError) as info:
        load_suite(path)
    assert [str(p) for p in info.value.problems] == [
        f"{path}: case 'a': expect[0].tool_calls.calls[0].name: tool 'calc' is not defined in the suite's tools (['calculator'])",
        f"{path}: case 'a': tool_results.weather: tool 'weather' is not defined in the suite's tools (['calculator'])",
    ]


def test_shipped_tool_suites_cover_the_required_kinds() -> None:
    suites = load_suites([REPO / "suites" / "tools"])
    cases = [case for suite in suites for case in suite.cases]
    assert len(cases) >= 40
    tags = Counter(tag for case in cases for tag in case.tags)
    for kind in (
        "single",
        "choose",
        "parallel",
        "irrelevance",
        "calculator",
        "typed",
        "unicode",
        "multi-round",
    ):
        assert tags[kind] >= 2, kind


@pytest.mark.model
def test_real_run_of_the_tool_suites_gives_consistent_outcomes(tmp_path: Path) -> None:
    out = tmp_path / "run"
    # a shared 700-token tool prompt: the prompt cache saves re-reading it for every case
    result = run_harness(
        "run", "suites/tools", "--backend", "llamacpp:smollm2", "--out", str(out), "--no-progress", "--prompt-cache"
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    records = read_jsonl(out / "cases.jsonl")
    assert (
        json.loads((out / "run.json").read_text())["backends"][0]["settings"]["prompt_cache"]
        is True
    )
    suites = {s.name: s for s in load_suites([REPO / "suites" / "tools"])}
    assert len(records) == sum(len(s.cases) for s in suites.values())
    for record in records:
        assert record["status"] in ("passed", "failed"), record["error"]
        assert record["tool_outcome"] in OUTCOMES
        suite = suites[record["suite"]]
        case = next(c for c in suite.cases if c.id == record["case"])
        first_output = record["rounds"][0]["output"] if record["rounds"] else record["output"]
        parsed = parse_tool_calls(first_output)
        # what was stored is what the parser says about the stored answer...
        assert record["tool_calls"] == [c.to_dict() for c in parsed.calls]
        assert (
            record["tool_call_dialect"] == parsed.dialect
            and record["tool_call_error"] == parsed.error
        )
        # ...and scoring it again gives the same single outcome
        spec = next(s for s in case.expect if s.name == "tool_calls")
        answer = Answer(record["output"], tool_calls=record["tool_calls"], tool_call_error=parsed.error,
                        tools=suite.suite.tool_dicts)  # fmt: skip
        assert get_check("tool_calls").run(answer, spec.params).outcome == record["tool_outcome"]
        if record["tool_outcome"] == "answered_instead":
            assert not parsed.attempted
        if record["tool_outcome"] == "unparseable":
            assert parsed.error
    irrelevance = [r for r in records if r["tool_case"] == "irrelevance"]
    assert irrelevance and all(
        r["tool_outcome"] in ("correct", "unwanted_call", "unparseable") for r in irrelevance
    )
    assert "Tool calling" in result.stdout and "call accuracy" in result.stdout
