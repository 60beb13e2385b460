"""The generic checks: verdicts, evidence, parameter shorthands, and `harness check`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from harness.checks import Answer, get_check, parse_params, registry
from tests.helpers import run_harness


def verdict(name: str, params: object, text: str) -> tuple[bool, str]:
    result = get_check(name).run(Answer(text), parse_params(name, params))
    assert result.name == name
    return result.passed, result.detail


def test_registry_holds_the_generic_checks() -> None:
    assert {"contains", "not_contains", "regex", "not_regex", "max_words", "equals"} <= set(
        registry()
    )


def test_contains_is_case_insensitive_by_default_and_shows_evidence() -> None:
    passed, detail = verdict("contains", "paris", "The capital of France is Paris.")
    assert passed
    assert "Paris" in detail
    assert verdict("contains", {"text": "paris", "case_sensitive": True}, "Paris")[0] is False


def test_contains_all_and_any_modes() -> None:
    assert verdict("contains", ["red", "blue"], "red and blue")[0]
    passed, detail = verdict("contains", ["red", "green"], "red and blue")
    assert not passed
    assert "green" in detail
    assert verdict("contains", {"text": ["red", "green"], "mode": "any"}, "red and blue")[0]


def test_not_contains_names_the_forbidden_text() -> None:
    passed, detail = verdict("not_contains", ["<|im_end|>"], "Hello<|im_end|>")
    assert not passed
    assert "<|im_end|>" in detail
    assert verdict("not_contains", ["<|im_end|>"], "Hello")[0]


def test_regex_and_not_regex() -> None:
    assert verdict("regex", r"\b56\b", "7 * 8 = 56.")[0]
    assert not verdict("regex", r"\b56\b", "7 * 8 = 560")[0]
    assert verdict("regex", {"pattern": "^yes", "ignore_case": True}, "Yes, it is.")[0]
    passed, detail = verdict("not_regex", r"\\times", r"7777 \times 777")
    assert not passed
    assert r"\times" in detail


def test_max_words_counts_words() -> None:
    assert verdict("max_words", 3, "one two three") == (True, "3 words (limit 3)")
    assert verdict("max_words", 3, "one two three four") == (False, "4 words (limit 3)")


def test_equals_ignores_case_space_and_final_period() -> None:
    assert verdict("equals", "OK", "  ok.\n")[0]
    assert not verdict("equals", "OK", "OK, sure")[0]
    assert verdict("equals", {"value": ["7", "seven"]}, "Seven")[0]
    assert verdict("equals", 7, "7")[0]
    assert not verdict("equals", {"value": "OK", "case_sensitive": True}, "ok")[0]


def test_bad_parameters_are_refused() -> None:
    with pytest.raises(ValueError):
        parse_params("max_words", {"limit": 0})
    with pytest.raises(ValueError):
        parse_params("contains", [""])
    with pytest.raises(KeyError):
        get_check("no-such-check")


def test_check_command_prints_one_verdict_line_each(tmp_path: Path) -> None:
    lines = tmp_path / "answers.jsonl"
    lines.write_text(
        json.dumps({"id": "a", "text": "Paris is lovely"})
        + "\n"
        + json.dumps({"id": "b", "text": "London"})
        + "\n"
    )
    result = run_harness("check", "contains", "--jsonl", str(lines), "--params", '"paris"')
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["id"], r["passed"]) for r in rows] == [("a", True), ("b", False)]
    assert all(isinstance(r["detail"], str) and r["detail"] for r in rows)


def test_check_command_refuses_bad_input(tmp_path: Path) -> None:
    lines = tmp_path / "answers.jsonl"
    lines.write_text('{"id": "a"}\n')
    result = run_harness("check", "max_words", "--jsonl", str(lines), "--params", "5")
    assert result.returncode == 2
    assert f"{lines}:1:" in result.stderr
    unknown = run_harness("check", "nope", "--jsonl", str(lines))
    assert unknown.returncode == 2
    assert "unknown check 'nope'" in unknown.stderr
