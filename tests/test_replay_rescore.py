"""Replay, rescore and export: recorded answers scored without a model, and round trips."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import one_case_replay, read_jsonl, run_harness

TOOLS = """
tools:
  - function:
      name: calculator
      parameters: {type: object, properties: {expression: {type: string}}, required: [expression]}
  - function:
      name: get_weather
      parameters: {type: object, properties: {city: {type: string}}, required: [city]}
"""
CALC = r"[{name: calculator, arguments: {expression: {regex: '777\s*\*\s*7777'}}}]"
CALL = '<tool_call>{{"name": "{name}", "arguments": {args}}}</tool_call>'

# case id: (expect entries, recorded answer, expected tool outcome or None, expected status)
CASES: dict[str, tuple[str, dict[str, Any], str | None, str]] = {
    "tool-correct": (f"tool_calls: {CALC}", {"text": CALL.format(name="calculator", args='{"expression": "777 * 7777"}')}, "correct", "passed"),
    "tool-answered-instead": (f"tool_calls: {CALC}", {"text": "It is 6,042,729."}, "answered_instead", "failed"),
    "tool-unwanted": ("tool_calls: []", {"text": CALL.format(name="get_weather", args='{"city": "Rome"}')}, "unwanted_call", "failed"),
    "tool-irrelevance-ok": ("tool_calls: []", {"text": "Rome is the capital of Italy."}, "correct", "passed"),
    "tool-unparseable": (f"tool_calls: {CALC}", {"text": '<tool_call>{"name": "calculator", "arguments": {oops}</tool_call>'}, "unparseable", "failed"),
    "tool-invented": (f"tool_calls: {CALC}", {"text": CALL.format(name="calc", args='{"expression": "1"}')}, "invented_name", "failed"),
    "tool-wrong-count": (f"tool_calls: {CALC}", {"text": CALL.format(name="calculator", args='{"expression": "777*7777"}') * 2}, "wrong_count", "failed"),
    "tool-wrong-tool": (f"tool_calls: {CALC}", {"text": CALL.format(name="get_weather", args='{"city": "Rome"}')}, "wrong_tool", "failed"),
    "tool-schema": (f"tool_calls: {CALC}", {"text": CALL.format(name="calculator", args='{"expression": 6042729}')}, "schema_violation", "failed"),
    "tool-wrong-values": (f"tool_calls: {CALC}", {"text": CALL.format(name="calculator", args='{"expression": "777 + 7777"}')}, "wrong_values", "failed"),
    "structured-call": (f"tool_calls: {CALC}", {"text": "", "tool_calls": [{"type": "function", "function": {"name": "calculator", "arguments": '{"expression": "777*7777"}'}}]}, "correct", "passed"),
    "latex-bad": ("latex_leakage", {"text": r"[ 7777 \times 777 = 6{,}042{,}729 ]"}, None, "failed"),
    "latex-ok": ("latex_leakage", {"text": "It costs $5 and $10."}, None, "passed"),
    "rambling-bad": ("meta_rambling", {"text": "It looks like the user asks: 'What are you?' We can elaborate."}, None, "failed"),
    "rambling-ok": ("meta_rambling", {"text": "I am an AI assistant."}, None, "passed"),
    "template-bad": ("template_leakage", {"text": "Hello!<|im_end|>"}, None, "failed"),
    "template-ok": ("template_leakage", {"text": "Hello!"}, None, "passed"),
    "repetition-bad": ("repetition", {"text": "la la la la la la la"}, None, "failed"),
    "repetition-ok": ("repetition", {"text": "A calm answer."}, None, "passed"),
    "truncated-bad": ("truncated", {"text": "and then", "finish_reason": "length"}, None, "failed"),
    "truncated-ok": ("truncated", {"text": "Done.", "finish_reason": "stop"}, None, "passed"),
    "plain-bad": ("plain_text", {"text": "# Title\n- a\n- b"}, None, "failed"),
    "plain-ok": ("plain_text", {"text": "Apples, pears and plums."}, None, "passed"),
    "number-bad": ("number_equals: 6042729", {"text": "About six million."}, None, "failed"),
    "number-ok": ("number_equals: 6042729", {"text": "7777 × 777 = 6,042,729"}, None, "passed"),
    "json-bad": ("json_valid", {"text": '{"city": '}, None, "failed"),
    "json-ok": ("json_valid", {"text": '{"city": "Paris"}'}, None, "passed"),
}  # fmt: skip


def write_fixture(root: Path) -> tuple[Path, Path]:
    cases = "\n".join(
        f"  - id: {case_id}\n    prompt: question {case_id}\n    expect:\n      - {expect}"
        for case_id, (expect, _, _, _) in CASES.items()
    )
    suite = root / "recorded.yaml"
    suite.write_text(f"name: recorded\n{textwrap.dedent(TOOLS)}cases:\n{cases}\n")
    replay = root / "answers.jsonl"
    lines = [
        {"case": f"recorded/{case_id}", **answer} for case_id, (_, answer, _, _) in CASES.items()
    ]
    lines.append({"case": "recorded/no-such-case", "text": "orphan"})
    lines.append({"case": "other-suite/x", "text": "orphan"})
    replay.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return suite, replay


@pytest.fixture
def replayed(tmp_path: Path) -> tuple[Path, Path, Path, str]:
    suite, replay = write_fixture(tmp_path)
    out = tmp_path / "run"
    result = run_harness(
        "run", str(suite), "--backend", f"replay:{replay}", "--out", str(out), "--no-progress"
    )
    assert result.returncode == 0, result.stderr
    return suite, replay, out, result.stderr


def test_replay_gives_the_expected_verdict_for_every_outcome_and_check(
    replayed: tuple[Path, Path, Path, str],
) -> None:
    _, _, out, _ = replayed
    records = {r["case"]: r for r in read_jsonl(out / "cases.jsonl")}
    assert set(records) == set(CASES)
    for case_id, (_, _, outcome, status) in CASES.items():
        record = records[case_id]
        assert record["status"] == status, (case_id, record["checks"])
        assert record["tool_outcome"] == outcome, case_id
        assert record["backend"] == "replay"


def test_recorded_answers_without_a_case_are_reported(
    replayed: tuple[Path, Path, Path, str],
) -> None:
    _, _, out, stderr = replayed
    (backend,) = json.loads((out / "run.json").read_text())["backends"]
    (warning,) = backend["warnings"]
    assert warning.startswith("2 recorded answer(s) match no case")
    assert "recorded/no-such-case" in warning and "other-suite/x" in warning
    assert "match no case" in stderr


def test_recorded_timing_is_carried_and_absent_timing_is_null(tmp_path: Path) -> None:
    suite = tmp_path / "s.yaml"
    suite.write_text(
        "name: s\ncases: [{id: a, prompt: x}, {id: b, prompt: y}, {id: c, prompt: z}]\n"
    )
    replay = tmp_path / "r.jsonl"
    replay.write_text(
        json.dumps({"case": "s/a", "text": "hi", "ttft_s": 0.5, "output_tokens": 3, "prompt_tokens": 9}) + "\n"
        + json.dumps({"case": "s/b", "text": "yo"}) + "\n"
    )  # fmt: skip
    out = tmp_path / "run"
    assert (
        run_harness(
            "run", str(suite), "--backend", f"replay:{replay}", "--out", str(out)
        ).returncode
        == 0
    )
    a, b, c = read_jsonl(out / "cases.jsonl")
    assert (a["ttft_s"], a["output_tokens"], a["prompt_tokens"]) == (0.5, 3, 9)
    assert (b["ttft_s"], b["output_tokens"], b["decode_tokens_per_s"]) == (None, None, None)
    assert c["status"] == "error" and c["error"] == "no recorded answer for s/c"


def test_a_broken_replay_file_is_named_with_its_line(tmp_path: Path) -> None:
    suite, replay = one_case_replay(
        tmp_path, json.dumps({"case": "s/a", "text": "ok"}) + "\n{not json\n"
    )
    out = tmp_path / "run"
    result = run_harness("run", str(suite), "--backend", f"replay:{replay}", "--out", str(out))
    assert result.returncode == 2  # bad input, refused before anything runs
    assert f"{replay}:2: not JSON" in result.stderr
    assert not out.exists()
    missing = tmp_path / "missing.jsonl"
    out2 = tmp_path / "run2"
    assert (
        run_harness(
            "run", str(suite), "--backend", f"replay:{missing}", "--out", str(out2)
        ).returncode
        == 3
    )
    assert f"replay file not found: {missing}" in read_jsonl(out2 / "cases.jsonl")[0]["error"]


def test_rescore_after_changing_an_expectation_flips_exactly_that_case(
    replayed: tuple[Path, Path, Path, str], tmp_path: Path
) -> None:
    suite, _, out, _ = replayed
    changed = tmp_path / "changed" / "recorded.yaml"
    changed.parent.mkdir()
    # number-bad now expects "six million" to be fine, and latex-ok now forbids "$"
    text = (
        suite.read_text()
        .replace(
            "  - id: number-bad\n    prompt: question number-bad\n    expect:\n      - number_equals: 6042729",
            "  - id: number-bad\n    prompt: question number-bad\n    expect:\n      - contains: six million",
        )
        .replace(
            "  - id: latex-ok\n    prompt: question latex-ok\n    expect:\n      - latex_leakage",
            "  - id: latex-ok\n    prompt: question latex-ok\n    expect:\n      - not_contains: $",
        )
    )
    changed.write_text(text)
    new = tmp_path / "rescored"
    result = run_harness("rescore", str(out), str(changed), "--out", str(new))
    assert result.returncode == 0, result.stderr
    assert f"into {new}" in result.stdout
    before = {r["case"]: r for r in read_jsonl(out / "cases.jsonl")}
    after = {r["case"]: r for r in read_jsonl(new / "cases.jsonl")}
    flipped = {case for case in before if before[case]["status"] != after[case]["status"]}
    assert flipped == {"number-bad", "latex-ok"}
    assert after["number-bad"]["status"] == "passed" and after["latex-ok"]["status"] == "failed"
    for case in before:  # outputs and timing are kept as recorded
        assert after[case]["output"] == before[case]["output"]
        assert after[case]["latency_s"] == before[case]["latency_s"]
    run = json.loads((new / "run.json").read_text())
    assert run["rescored"]["from_run_id"] == "run" and run["rescored"]["scored_by"]
    assert run["suites"][0]["path"] == str(changed)
    assert run["backends"] == json.loads((out / "run.json").read_text())["backends"]

    # without PATHs, the run's own suites are used and nothing flips
    same = tmp_path / "same"
    assert run_harness("rescore", str(out), "--out", str(same)).returncode == 0
    assert [r["status"] for r in read_jsonl(same / "cases.jsonl")] == [
        r["status"] for r in before.values()
    ]
    refused = run_harness("rescore", str(out), "--out", str(same))
    assert refused.returncode == 2 and "already holds a run" in refused.stderr


@pytest.mark.model
def test_export_then_replay_reproduces_every_verdict(tmp_path: Path) -> None:
    suites = ["suites/chat", "suites/formatting/identity.yaml", "suites/tools/multi_round.yaml"]
    original = tmp_path / "original"
    result = run_harness(
        "run", *suites, "--backend", "llamacpp:smollm2", "--out", str(original), "--no-progress"
    )
    assert result.returncode == 0, result.stderr
    replay = tmp_path / "exported.jsonl"
    exported = run_harness("export", str(original), "--replay", str(replay))
    assert exported.returncode == 0, exported.stderr
    assert len(read_jsonl(replay)) >= 17
    again = tmp_path / "replayed"
    result = run_harness(
        "run", *suites, "--backend", f"replay:{replay}", "--out", str(again), "--no-progress"
    )
    assert result.returncode == 0, result.stderr
    keys = ("suite", "case", "status", "checks", "tool_outcome", "tool_calls", "output")
    first = [{k: r[k] for k in keys} for r in read_jsonl(original / "cases.jsonl")]
    second = [{k: r[k] for k in keys} for r in read_jsonl(again / "cases.jsonl")]
    assert first == second
    replayed = read_jsonl(again / "cases.jsonl")
    assert [r["ttft_s"] for r in replayed] == [
        r["ttft_s"] for r in read_jsonl(original / "cases.jsonl")
    ]
