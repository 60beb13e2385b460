"""Reasoning models judged as users see them: splitting, leakage, timing, and whole runs."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from harness.backends.stream import StreamAssembler
from harness.checks import Answer, get_check, parse_params
from harness.reasoning import judged_answer, leakage, mode_for, split_reasoning, timing_fields
from tests.helpers import read_jsonl, run_harness

# Real-looking outputs of each family, as the engines return them.
QWEN3 = (
    "<think>\nOkay, the user wants 15% of 80. 0.15 × 80 = 12. Simple.\n</think>\n\n15% of 80 is 12."
)
R1_TEMPLATE_OPENED = (
    "Alright, so the question is the capital of Australia. People say Sydney, but it's Canberra.\n"
    "</think>\n\nThe capital of Australia is Canberra."
)
QWQ_LONG = (
    "<think>\nLet me think. 23 × 47: 20 × 47 = 940, 3 × 47 = 141, total 1081. Let me verify: "
    "1081 / 23 = 47. Yes.\n</think>\n23 × 47 = 1,081."
)
HARMONY = (
    "<|start|>assistant<|channel|>analysis<|message|>User asks boiling point of ethanol. 78 °C."
    "<|end|><|start|>assistant<|channel|>final<|message|>Ethanol boils at about 78 °C.<|return|>"
)
HARMONY_COMMENTARY = (
    "<|channel|>analysis<|message|>Need weather; call tool.<|end|>"
    "<|start|>assistant<|channel|>commentary<|message|>Checking the forecast.<|end|>"
    "<|start|>assistant<|channel|>final<|message|>It will be sunny tomorrow."
)
FLATTENED = "analysisUser asks what 2+2 is. Answer 4.assistantfinal2 + 2 = 4."
# A client that renders harmony channels as line labels instead of dropping them.
FLATTENED_LABELS = (
    "analysis: User wants the weather in Oslo. Need the tool.\n"
    "commentary: calling get_weather(city=Oslo)\n"
    "final: It is 4 °C and cloudy in Oslo."
)
UNTERMINATED = (
    "<think>\nThe user wants a poem about rain. Let me think of rhymes: pain, lane, again"
)
HARMONY_NO_FINAL = "<|channel|>analysis<|message|>We need to answer quickly, let's think about"


@pytest.mark.parametrize(
    ("raw", "style", "visible", "reasoning_start"),
    [
        (QWEN3, "think", "15% of 80 is 12.", "Okay, the user"),
        (
            R1_TEMPLATE_OPENED,
            "think (opened by the template)",
            "The capital of Australia is Canberra.",
            "Alright",
        ),
        (QWQ_LONG, "think", "23 × 47 = 1,081.", "Let me think."),
        (HARMONY, "harmony", "Ethanol boils at about 78 °C.", "User asks"),
        (HARMONY_COMMENTARY, "harmony", "It will be sunny tomorrow.", "Need weather"),
        ("<thinking>Short.</thinking>Paris.", "think", "Paris.", "Short."),
    ],
)
def test_well_formed_reasoning_is_split_off(
    raw: str, style: str, visible: str, reasoning_start: str
) -> None:
    split = split_reasoning(raw)
    assert split.style == style
    assert split.visible == visible
    assert split.reasoning is not None and split.reasoning.startswith(reasoning_start)
    assert raw[split.visible_start :].startswith(visible)
    assert leakage(split, forbid=False) == []
    assert leakage(split, forbid=True)[0].startswith("reasoning is forbidden")


@pytest.mark.parametrize(
    ("raw", "evidence"),
    [
        (UNTERMINATED, "unterminated <think> block"),
        (HARMONY_NO_FINAL, "analysis channel with no final channel"),
        (FLATTENED, "analysis channel without its markers"),
        (FLATTENED_LABELS, "analysis channel without its markers"),
        ("Sure! <think>plan</think>Paris.", "text before the <think> block"),
        ("<think>a</think>Paris.</think>", "a second reasoning tag"),
        (
            "<think>Capital of France.</think>\nThe user wants the capital. I should answer briefly. Paris.",
            "reasoning outside the markers (after the reasoning block)",
        ),
        (
            "Okay, the user is asking for the capital of France. I'll answer briefly: Paris.",
            "reasoning outside the markers (without reasoning markers)",
        ),
    ],
)
def test_leaking_reasoning_fails_with_evidence(raw: str, evidence: str) -> None:
    problems = leakage(split_reasoning(raw), forbid=False)
    assert any(evidence in p for p in problems), problems
    result = get_check("reasoning_leakage").run(
        Answer(raw), parse_params("reasoning_leakage", None)
    )
    assert not result.passed and evidence in result.detail


def test_the_check_spares_clean_answers_and_tags_in_code() -> None:
    check = get_check("reasoning_leakage")
    for text in (
        "Paris is the capital of France.",
        "Strip the block between `<think>` and `</think>` before showing the answer.",
        "```python\nre.sub(r'<think>.*?</think>', '', text)\n```",
    ):
        result = check.run(Answer(text), parse_params("reasoning_leakage", None))
        assert result.passed, (text, result.detail)
    forbidding = parse_params("reasoning_leakage", {"forbid": True})
    assert not check.run(Answer(QWEN3), forbidding).passed
    assert check.run(Answer(QWEN3), parse_params("reasoning_leakage", None)).passed


def _stream(parts: list[str], reasoning: tuple[str, ...] = ()) -> StreamAssembler:
    stream = StreamAssembler()
    for part in reasoning:
        stream.reasoning(part)
        time.sleep(0.002)
    for part in parts:
        stream.content(part)
        time.sleep(0.002)
    stream.finish("stop")
    return stream


def test_time_to_first_visible_token_comes_after_the_reasoning() -> None:
    parts = [
        "<think>",
        "The",
        " user",
        " wants",
        " 12.",
        "</think>",
        "\n\n",
        "15%",
        " of",
        " 80",
        " is",
        " 12.",
    ]
    generation = _stream(parts).generation(prompt_tokens=20, output_tokens=len(parts))
    fields = timing_fields(generation)
    assert generation.ttft_s is not None and fields["ttfvt_s"] is not None
    assert fields["ttfvt_s"] > generation.ttft_s
    # The visible answer starts with the chunk "15%": the 8th chunk arrived then.
    assert fields["ttfvt_s"] == generation.content_marks[7][1]
    assert fields["reasoning_tokens"] == 7  # every chunk up to and including the blank line


def test_reasoning_sent_apart_by_the_server_counts_as_tokens_not_as_visible_text() -> None:
    generation = _stream(["Paris."], reasoning=("The", " capital", " is", " Paris.")).generation(
        prompt_tokens=10, output_tokens=5
    )
    assert generation.text == "Paris." and generation.reasoning_text == "The capital is Paris."
    fields = timing_fields(generation)
    assert fields["ttfvt_s"] == generation.content_marks[0][1] > generation.ttft_s  # type: ignore[operator]
    assert fields["reasoning_tokens"] == 4
    judged = judged_answer("strip", generation, generation)
    assert judged.fields["reasoning"]["style"] == "separate"
    assert judged.fields["reasoning"]["text"] == "The capital is Paris."


def test_an_answer_without_reasoning_is_visible_at_its_first_token() -> None:
    generation = _stream(["Paris", "."]).generation(prompt_tokens=10, output_tokens=2)
    assert timing_fields(generation) == {"ttfvt_s": generation.ttft_s, "reasoning_tokens": 0}


def test_the_suite_says_what_is_tested_and_the_matrix_entry_fills_in() -> None:
    assert mode_for(None, None) == "detect"
    assert mode_for(None, "strip") == "strip"
    assert mode_for("forbid", "strip") == "forbid"


def _replay_run(
    tmp_path: Path, mode_line: str, answers: dict[str, str], matrix_mode: str = ""
) -> dict[str, dict]:
    suite = tmp_path / "s.yaml"
    suite.write_text(
        "name: s\n"
        f"{mode_line}"
        "cases:\n"
        "  - {id: pct, prompt: 15% of 80?, expect: [meta_rambling, {number_equals: {value: 12}}]}\n"
        "  - {id: cut, prompt: A poem about rain., expect: [meta_rambling]}\n"
    )
    replay = tmp_path / "answers.jsonl"
    replay.write_text(
        "".join(
            json.dumps(
                {
                    "case": f"s/{case}",
                    "text": text,
                    "output_tokens": 40,
                    "ttft_s": 0.1,
                    "latency_s": 1.0,
                }
            )
            + "\n"
            for case, text in answers.items()
        )
    )
    out = tmp_path / "run"
    if matrix_mode:
        matrix = tmp_path / "m.yaml"
        matrix.write_text(
            f"entries: [{{name: r1, backend: replay, model: {replay}, reasoning: {matrix_mode}}}]\n"
        )
        target = ["--matrix", str(matrix)]
    else:
        target = ["--backend", f"replay:{replay}"]
    result = run_harness("run", str(suite), *target, "--out", str(out), "--no-progress")
    assert result.returncode == 0, result.stderr
    return {r["case"]: r for r in read_jsonl(out / "cases.jsonl")}


ANSWERS = {"pct": QWEN3, "cut": UNTERMINATED}


def test_strip_judges_the_visible_answer_and_keeps_the_reasoning_apart(tmp_path: Path) -> None:
    records = _replay_run(tmp_path, "reasoning: strip\n", ANSWERS)
    pct, cut = records["pct"], records["cut"]
    assert pct["status"] == "passed", pct["checks"]
    assert pct["output"] == "15% of 80 is 12."
    assert pct["reasoning_mode"] == "strip"
    assert pct["reasoning"]["style"] == "think"
    assert pct["reasoning"]["text"].startswith("Okay, the user wants 15% of 80.")
    assert 0 < pct["reasoning_tokens"] < pct["output_tokens"]  # prorated: no stream to count
    assert pct["ttft_s"] == 0.1 and pct["ttfvt_s"] is None  # a replay has no chunk times
    leak = {c["name"]: c for c in pct["checks"]}["reasoning_leakage"]
    assert leak["passed"] and "well-formed think block" in leak["detail"]
    assert cut["status"] == "failed"
    cut_leak = {c["name"]: c for c in cut["checks"]}["reasoning_leakage"]
    assert not cut_leak["passed"] and "unterminated <think> block" in cut_leak["detail"]


def test_rescoring_keeps_the_reasoning_verdict_of_a_stripped_answer(tmp_path: Path) -> None:
    _replay_run(tmp_path, "reasoning: strip\n", ANSWERS)
    again = tmp_path / "again"
    result = run_harness("rescore", str(tmp_path / "run"), "--out", str(again))
    assert result.returncode == 0, result.stderr
    records = {r["case"]: r for r in read_jsonl(again / "cases.jsonl")}
    assert records["pct"]["status"] == "passed"
    cut = {c["name"]: c for c in records["cut"]["checks"]}
    assert records["cut"]["status"] == "failed" and not cut["reasoning_leakage"]["passed"]


def test_detect_is_the_default_and_judges_the_raw_text(tmp_path: Path) -> None:
    records = _replay_run(tmp_path, "", ANSWERS)
    pct = records["pct"]
    assert pct["reasoning_mode"] == "detect" and pct["output"] == QWEN3
    meta = {c["name"]: c for c in pct["checks"]}["meta_rambling"]
    assert not meta["passed"] and "reasoning block" in meta["detail"]
    assert "reasoning_leakage" not in {c["name"] for c in pct["checks"]}
    assert pct["reasoning"]["style"] == "think" and pct["reasoning_tokens"] > 0


def test_forbid_fails_even_a_well_formed_block(tmp_path: Path) -> None:
    records = _replay_run(tmp_path, "reasoning: forbid\n", ANSWERS)
    leak = {c["name"]: c for c in records["pct"]["checks"]}["reasoning_leakage"]
    assert not leak["passed"] and "reasoning is forbidden" in leak["detail"]


def test_a_matrix_entry_declares_its_model_a_reasoning_model(tmp_path: Path) -> None:
    records = _replay_run(tmp_path, "", {"pct": HARMONY, "cut": FLATTENED}, matrix_mode="strip")
    assert records["pct"]["reasoning_mode"] == "strip"
    assert records["pct"]["output"] == "Ethanol boils at about 78 °C."
    assert records["pct"]["reasoning"]["style"] == "harmony"
    cut_leak = {c["name"]: c for c in records["cut"]["checks"]}["reasoning_leakage"]
    assert not cut_leak["passed"] and "special tokens stripped" in cut_leak["detail"]


def test_a_bad_reasoning_mode_is_a_validation_error(tmp_path: Path) -> None:
    suite = tmp_path / "s.yaml"
    suite.write_text("reasoning: hide\ncases: [{id: a, prompt: hi}]\n")
    result = run_harness("validate", str(suite))
    assert result.returncode == 2
    assert (
        result.stderr.strip()
        == f"{suite}: reasoning: Input should be 'detect', 'strip' or 'forbid'"
    )


def test_the_reasoning_suite_is_valid() -> None:
    result = run_harness("validate", "suites/formatting/reasoning.yaml")
    assert result.returncode == 0, result.stdout + result.stderr


def test_channel_label_lines_split_at_the_final_label() -> None:
    split = split_reasoning(FLATTENED_LABELS)
    assert split.visible == "It is 4 °C and cloudy in Oslo."
    assert split.reasoning is not None and "calling get_weather" in split.reasoning
    assert FLATTENED_LABELS[split.visible_start :] == split.visible
    # A report with capitalised section names is prose, not a channel dump.
    report = "Analysis: sales grew 4% in Q3.\nFinal: keep the current plan."
    assert split_reasoning(report).reasoning is None
