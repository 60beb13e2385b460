"""The formatting detectors: measured accuracy on the labeled corpus, hard cases, evidence."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from harness.checks import Answer, get_check, parse_params, registry
from harness.checks.accuracy import measure, read_labeled
from harness.checks.latex_leakage import RULES
from tests.helpers import REPO, run_harness

CORPUS = REPO / "fixtures" / "corpus"
# name: (minimum positives, minimum negatives)
CORPUS_SIZE = {
    "latex_leakage": (150, 150),
    "meta_rambling": (150, 150),
    "template_leakage": (50, 50),
}
PRECISION_FLOOR = 0.98
RECALL_FLOOR = 0.95
FORMATTING_CHECKS = {
    "latex_leakage", "meta_rambling", "template_leakage", "repetition", "truncated",
    "plain_text", "number_equals", "json_valid",
}  # fmt: skip


def verdict(
    name: str, text: str, params: object = None, finish_reason: str | None = None
) -> tuple[bool, str]:
    result = get_check(name).run(Answer(text, finish_reason), parse_params(name, params))
    return result.passed, result.detail


def test_formatting_checks_are_registered() -> None:
    assert set(registry()) >= FORMATTING_CHECKS


@pytest.mark.parametrize("name", sorted(CORPUS_SIZE))
def test_detector_accuracy_on_the_labeled_corpus(name: str) -> None:
    items = read_labeled(CORPUS / f"{name}.jsonl")
    labels = Counter(item["label"] for item in items)
    min_pos, min_neg = CORPUS_SIZE[name]
    assert labels[True] >= min_pos and labels[False] >= min_neg, labels
    assert len({item["id"] for item in items}) == len(items)
    confusion = measure(name, items)
    print(confusion.summary(name))
    misses = "\n".join(
        f"  {m['id']}: {m['text'][:80]!r} -> {m['detail']}" for m in confusion.misses
    )
    assert confusion.precision >= PRECISION_FLOOR, misses
    assert confusion.recall >= RECALL_FLOOR, misses


@pytest.mark.parametrize(
    "text",
    [
        "[ 7777 \\times 777 = 6{,}042{,}729 ]",
        "$x^2 + 1$",
        "$$E = mc^2$$",
        "\\( a + b \\)",
        "\\[ \\frac{1}{2} \\]",
        "\\boxed{4}",
        "\\text{km}",
        "\\left( x \\right)",
        "\\begin{align} x \\end{align}",
        "2^{10}",
        "x_{1}",
        "6{,}042",
    ],
)
def test_latex_constructs_are_caught_and_named(text: str) -> None:
    passed, detail = verdict("latex_leakage", f"The result: {text} done.")
    assert not passed
    assert any(detail.startswith(rule.name) for rule in RULES), detail


@pytest.mark.parametrize(
    "text",
    [
        "It costs $5 and $10.",
        "export PATH=$HOME/bin:$PATH",
        "C:\\Users\\text\\frac.txt",
        "\\\\server\\share\\times.doc",
        "The regex ^\\d+$ matches digits.",
        "The regex \\(\\d+\\) captures a number.",
        "x^2 + 6,042,729 × 2",
        "```\n$$\\frac{1}{2}$$\n```",
        "Use `\\times` or `$x$` in LaTeX.",
    ],
)
def test_latex_hard_negatives_pass(text: str) -> None:
    assert verdict("latex_leakage", text)[0], text


def test_meta_rambling_catches_the_deployment_log_failure_and_spares_ordinary_answers() -> None:
    log = (
        "I am a large language model... It looks like the user asks: 'What are you?' The assistant "
        "responded with a brief description. The user might want more detail. We can elaborate about..."
    )
    passed, detail = verdict("meta_rambling", log)
    assert not passed
    assert "the user asks" in detail
    for ordinary in (
        "You asked what I am: I'm an AI assistant.",
        "When the user clicks Save, the file is written. The user may then close the app.",
        "We need to isolate x, so we subtract 3 from both sides: x = 2.",
    ):
        assert verdict("meta_rambling", ordinary)[0], ordinary


def test_meta_rambling_catches_leftover_reasoning() -> None:
    assert not verdict("meta_rambling", "<think>short</think>Paris")[0]
    assert not verdict("meta_rambling", "analysisUser wants a city.assistantfinalParis")[0]


def test_template_leakage_outside_code_only() -> None:
    passed, detail = verdict("template_leakage", "Paris.<|im_end|>")
    assert not passed
    assert "<|im_end|>" in detail
    assert verdict("template_leakage", "ChatML ends a turn with `<|im_end|>`.")[0]
    assert verdict("template_leakage", "Strike <s>this</s> out.")[0]
    assert not verdict("template_leakage", "Done.</s>")[0]


def test_repetition() -> None:
    passed, detail = verdict("repetition", "le premier cité de la France, " * 4)
    assert not passed
    assert "le premier cité de la france" in detail and "4 times" in detail
    assert not verdict("repetition", "\n".join(["I am here."] * 3))[0]
    assert verdict("repetition", "It is very, very good.")[0]
    assert not verdict("repetition", "very " * 6)[0]
    assert verdict("repetition", "ha ha", {"min_repeats": 2, "min_repeats_single_word": 3})[0]


def test_truncated_uses_the_finish_reason() -> None:
    assert not verdict("truncated", "and then the", finish_reason="length")[0]
    assert verdict("truncated", "Done.", finish_reason="stop")[0]
    passed, detail = verdict("truncated", "Done.")
    assert passed and "not reported" in detail


def test_plain_text() -> None:
    for markdown in ("# Title\ntext", "This is **bold**.", "- a\n- b", "| a | b |\n|---|---|\n| 1 | 2 |",
                     "```\ncode\n```", "See [docs](https://x.org)."):  # fmt: skip
        assert not verdict("plain_text", markdown)[0], markdown
    for plain in (
        "Paris - the capital - is lovely.",
        "Use 2*3*4 = 24.",
        "One item:\n- milk",
        "C# is a language.",
    ):
        assert verdict("plain_text", plain)[0], plain
    assert verdict("plain_text", "- a\n- b\n- c", {"max_bullets": 3})[0]


@pytest.mark.parametrize(
    ("text", "params", "expected"),
    [
        ("7777 × 777 = 6,042,729", 6042729, True),
        ("[ 7777 \\times 777 = 6{,}042{,}729 ]", 6042729, True),
        ("The product is 6\u2009042\u2009729.", 6042729, True),
        ("Lists: 6 042 729", 6042729, False),
        ("7 * 8 = 56.", {"value": 56, "mode": "last"}, True),
        ("7 * 8 = 56.", {"value": 7, "mode": "last"}, False),
        ("56", {"value": 56, "mode": "only"}, True),
        ("56 or 57", {"value": 56, "mode": "only"}, False),
        ("fifty-six", 56, True),
        ("about 28.274 square units", {"value": 28.27, "tolerance": 0.01}, True),
        ("about 28.4 square units", {"value": 28.27, "tolerance": 0.01}, False),
        ("roughly 6.04 × 10^6", {"value": 6042729, "rel_tolerance": 0.001}, True),
        ("It is -3.", -3, True),
        ("No numbers here.", 1, False),
    ],
)
def test_number_equals(text: str, params: object, expected: bool) -> None:
    assert verdict("number_equals", text, params)[0] is expected


def test_json_valid() -> None:
    schema = {"type": "object", "required": ["city"], "properties": {"city": {"type": "string"}}}
    assert verdict("json_valid", '{"city": "Paris"}', {"schema": schema})[0]
    assert verdict("json_valid", '```json\n{"city": "Paris"}\n```', {"schema": schema})[0]
    passed, detail = verdict("json_valid", '{"city": 1}', {"schema": schema})
    assert not passed and "city" in detail
    passed, detail = verdict("json_valid", '{"city": "Paris"')
    assert not passed and "line 1" in detail
    assert not verdict("json_valid", 'Sure: {"a": 1}')[0]
    assert verdict("json_valid", 'Sure: {"a": 1}', {"extract": True})[0]
    with pytest.raises(ValueError, match="not a valid JSON Schema"):
        parse_params("json_valid", {"schema": {"type": "objekt"}})


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_no_formatting_check_raises_on_arbitrary_text(text: str) -> None:
    for name in sorted(FORMATTING_CHECKS):
        params = {"value": 1} if name == "number_equals" else None
        passed, detail = verdict(name, text, params)
        assert isinstance(passed, bool) and isinstance(detail, str)


def test_check_command_scores_a_labeled_file(tmp_path: Path) -> None:
    corpus = tmp_path / "labeled.jsonl"
    corpus.write_text(
        json.dumps({"id": "a", "text": "$x^2$", "label": True}) + "\n"
        + json.dumps({"id": "b", "text": "$5 and $10", "label": False}) + "\n"
        + json.dumps({"id": "c", "text": "plain", "label": True}) + "\n"
    )  # fmt: skip
    result = run_harness("check", "latex_leakage", "--jsonl", str(corpus), "--score")
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["passed"] for line in result.stdout.splitlines()] == [
        False,
        True,
        True,
    ]
    assert "latex_leakage: precision 1.000 recall 0.500 (tp 1, fp 0, fn 1, tn 1)" in result.stderr
