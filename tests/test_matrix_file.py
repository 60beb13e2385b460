"""matrix.yaml validation, and fallback: re-running a case on another backend when the first fails it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from harness.matrix import load_matrix
from harness.suite import SuiteError
from tests.helpers import read_jsonl, run_harness


def _problems(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "matrix.yaml"
    path.write_text(text)
    with pytest.raises(SuiteError) as caught:
        load_matrix(path)
    return [str(p) for p in caught.value.problems]


def test_matrix_errors_name_file_entry_and_field(tmp_path: Path) -> None:
    file = str(tmp_path / "matrix.yaml")
    (problem,) = _problems(
        tmp_path, "entries:\n  - {name: a, backend: llamacpp, model: smollm2, setings: {}}\n"
    )
    assert problem == f"{file}: entry 'a': setings: Extra inputs are not permitted"
    problems = _problems(
        tmp_path,
        "entries:\n"
        "  - {name: b, backend: vllm, model: x}\n"
        "  - {name: c, backend: openai, model: gpt}\n"
        "  - {name: d, backend: llamacpp, model: smollm2, fallback: nobody}\n"
        "  - {name: e, backend: llamacpp, model: /m/smollm2.gguf}\n",
    )
    assert any(p.startswith(f"{file}: entry 'b': backend: unknown backend") for p in problems)
    assert (
        f"{file}: entry 'c': url: an openai entry needs `url:` or a `server:` to start" in problems
    )
    assert f"{file}: entry 'd': fallback: no entry is named 'nobody'" in problems
    # d and e would both record as llamacpp/smollm2.
    assert any(
        p.startswith(f"{file}: entry 'e': label: records as llamacpp/smollm2") for p in problems
    )


def test_matrix_yaml_syntax_error_has_a_line(tmp_path: Path) -> None:
    (problem,) = _problems(tmp_path, "entries:\n  - {name: a\n")
    assert problem.startswith(f"{tmp_path / 'matrix.yaml'}:") and "YAML syntax error" in problem


def test_run_with_a_bad_matrix_exits_2(tmp_path: Path) -> None:
    (tmp_path / "m.yaml").write_text("entries: []\n")
    (tmp_path / "s.yaml").write_text("name: s\ncases: [{id: a, prompt: x}]\n")
    result = run_harness("run", str(tmp_path / "s.yaml"), "--matrix", str(tmp_path / "m.yaml"))
    assert result.returncode == 2
    assert f"{tmp_path / 'm.yaml'}: entries: List should have at least 1 item" in result.stderr


def test_fallback_reruns_errors_and_broken_tool_calls(tmp_path: Path) -> None:
    suite = tmp_path / "s.yaml"
    suite.write_text(
        "name: s\n"
        "tool_prompt: hermes\n"
        "tools: [{type: function, function: {name: add, parameters: {type: object, "
        "properties: {a: {type: integer}, b: {type: integer}}, required: [a, b]}}}]\n"
        "cases:\n"
        "  - {id: broken, prompt: 2+3?, expect: [{tool_calls: {calls: [{name: add, arguments: {a: 2, b: 3}}]}}]}\n"
        "  - {id: missing, prompt: hi, expect: [{contains: hello}]}\n"
        "  - {id: fine, prompt: hi, expect: [{contains: hello}]}\n"
    )
    primary = tmp_path / "local.jsonl"
    primary.write_text(
        json.dumps(
            {
                "case": "s/broken",
                "text": '<tool_call>{"name": "add", "arguments": {"a": 2,</tool_call>',
            }
        )
        + "\n"
        + json.dumps({"case": "s/fine", "text": "hello there"})
        + "\n"
    )
    hosted = tmp_path / "hosted.jsonl"
    hosted.write_text(
        json.dumps(
            {
                "case": "s/broken",
                "text": "",
                "tool_calls": [
                    {
                        "type": "function",
                        "function": {"name": "add", "arguments": '{"a": 2, "b": 3}'},
                    }
                ],
            }
        )
        + "\n"
        + json.dumps({"case": "s/missing", "text": "hello!"})
        + "\n"
    )
    matrix = tmp_path / "matrix.yaml"
    matrix.write_text(
        f"fallback: hosted\n"
        f"entries: [{{name: local, backend: replay, model: {primary}}}]\n"
        f"fallbacks: [{{name: hosted, backend: replay, model: {hosted}}}]\n"
    )
    out = tmp_path / "run"
    result = run_harness(
        "run", str(suite), "--matrix", str(matrix), "--out", str(out), "--no-progress"
    )
    assert result.returncode == 0, result.stderr
    records = {r["case"]: r for r in read_jsonl(out / "cases.jsonl")}
    assert [r["model"] for r in records.values()] == ["local.jsonl"] * 3  # only the entry is run
    broken, missing, fine = records["broken"], records["missing"], records["fine"]
    # The primary's own outcome stays the record's; the fallback's sits beside it.
    assert broken["status"] == "failed" and broken["tool_outcome"] == "unparseable"
    assert broken["fallback"]["status"] == "passed"
    assert broken["fallback"]["tool_outcome"] == "correct"
    assert broken["fallback"]["model"] == "hosted.jsonl"
    assert missing["status"] == "error" and missing["fallback"]["status"] == "passed"
    assert fine["status"] == "passed" and fine["fallback"] is None
    assert "Fallback" in result.stdout
    row = next(line for line in result.stdout.splitlines() if "replay:hosted.jsonl" in line)
    assert "67%" in row and "2/2" in row
