"""`harness import bfcl`: BFCL's files become valid suites that judge as BFCL judges."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from harness.checks import Answer, get_check
from harness.importers.bfcl import convert_case, convert_param, default_data_dir, to_schema
from harness.suite import load_suites
from harness.suite.models import Suite
from tests.helpers import run_harness

SUITES = Path(__file__).resolve().parent.parent / "suites" / "bfcl"


def test_import_writes_valid_suites_and_says_what_it_approximated(tmp_path: Path) -> None:
    result = run_harness(
        "import", "bfcl", "--out", str(tmp_path), "--sample", "3", "--categories", "simple_python,parallel", "irrelevance"
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "irrelevance.yaml",
        "parallel.yaml",
        "simple_python.yaml",
    ]
    assert "3 cases" in result.stdout and "approximation" in result.stdout
    suites = {s.name: s for s in load_suites([tmp_path])}
    irrelevance = suites["bfcl-irrelevance"].suite
    assert all(c.expect[0].params.calls == [] for c in irrelevance.cases)  # type: ignore[attr-defined]
    parallel = suites["bfcl-parallel"].suite.cases[0].expect[0].params
    assert parallel.order == "any" and len(parallel.calls) > 1  # type: ignore[attr-defined]
    text = (tmp_path / "simple_python.yaml").read_text()
    assert text.startswith("# Imported from the Berkeley Function Calling Leaderboard")
    assert "Apache-2.0" in text


def test_the_shipped_sample_is_what_the_importer_makes(tmp_path: Path) -> None:
    result = run_harness(
        "import", "bfcl", "--out", str(tmp_path), "--sample", "2", "--max-tokens", "128"
    )
    assert result.returncode == 0, result.stderr
    shipped = sorted(p.name for p in SUITES.glob("*.yaml"))
    assert shipped == sorted(p.name for p in tmp_path.glob("*.yaml"))
    for name in shipped:
        assert (SUITES / name).read_text() == (tmp_path / name).read_text(), name


def _data_copy(tmp_path: Path, categories: tuple[str, ...] = ("simple_python",)) -> Path:
    data = tmp_path / "data"
    (data / "possible_answer").mkdir(parents=True)
    source = default_data_dir()
    for category in categories:
        name = f"BFCL_v4_{category}.json"
        shutil.copy(source / name, data / name)
        shutil.copy(source / "possible_answer" / name, data / "possible_answer" / name)
    return data


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        ("missing_dir", "not a directory"),
        ("broken_json", "BFCL_v4_simple_python.json:2: not JSON"),
        ("no_answers", "possible_answer/BFCL_v*_simple_python.json: no such file"),
        ("answer_missing", "case 'simple_python_0': ground_truth: missing from possible_answer/"),
        ("unknown_category", "live_relevance: the right answer is 'any call at all'"),
    ],
)
def test_unreadable_input_exits_2_naming_file_and_case(
    tmp_path: Path, damage: str, message: str
) -> None:
    data = _data_copy(tmp_path)
    questions = data / "BFCL_v4_simple_python.json"
    answers = data / "possible_answer" / "BFCL_v4_simple_python.json"
    extra: list[str] = []
    if damage == "missing_dir":
        data = tmp_path / "nowhere"
    elif damage == "broken_json":
        lines = questions.read_text().splitlines()
        questions.write_text("\n".join([lines[0], "{not json", *lines[2:]]) + "\n")
    elif damage == "no_answers":
        answers.unlink()
    elif damage == "answer_missing":
        answers.write_text("\n".join(answers.read_text().splitlines()[1:]) + "\n")
    elif damage == "unknown_category":
        extra = ["--categories", "live_relevance"]
    out = tmp_path / "out"
    result = run_harness("import", "bfcl", str(data), "--out", str(out), *extra)
    assert result.returncode == 2
    assert message in result.stderr, result.stderr
    assert not out.exists()  # nothing half-written


def test_types_map_to_json_schema() -> None:
    schema = to_schema(
        {
            "type": "dict",
            "properties": {
                "x": {"type": "float", "optional": True},
                "t": {"type": "tuple", "items": {"type": "integer"}},
                "a": {"type": "any", "required": True},
                "d": {"type": "dict", "properties": {"k": {"type": "string"}}},
            },
            "required": ["x"],
        }
    )
    assert schema == {
        "type": "object",
        "properties": {
            "x": {"type": "number"},
            "t": {"type": "array", "items": {"type": "integer"}},
            "a": {"type": "string"},
            "d": {"type": "object", "properties": {"k": {"type": "string"}}},
        },
        "required": ["x"],
    }


@pytest.mark.parametrize(
    ("declared", "values", "expected"),
    [
        ({"type": "string"}, ["Paris"], {"loose": "Paris"}),
        ({"type": "string"}, ["Paris", "paris, fr", ""], {"optional": {"one_of": [{"loose": "Paris"}, {"loose": "paris, fr"}]}}),
        ({"type": "integer"}, [5], 5),
        ({"type": "float"}, [0.5, ""], {"optional": 0.5}),
        ({"type": "array", "items": {"type": "string"}}, [["a b", "c"]], [{"loose": "a b"}, {"loose": "c"}]),
        ({"type": "array", "items": {"type": "integer"}}, [[1, 2], [2, 1]], {"one_of": [[1, 2], [2, 1]]}),
        ({"type": "dict"}, [{"unit": ["C", ""], "n": [1]}], {"unit": {"optional": {"loose": "C"}}, "n": 1}),
        ({"type": "array", "items": {"type": "dict"}}, [[{"k": ["v"]}]], [{"k": {"loose": "v"}}]),
        ({"type": "string"}, [None, ""], {"optional": None}),  # BFCL's "variable": exact
        ({"type": "integer"}, [""], {"optional": {"loose": ""}}),
    ],
)  # fmt: skip
def test_acceptable_values_become_matchers(
    declared: dict[str, Any], values: list[Any], expected: Any
) -> None:
    assert convert_param(declared, values).expected == expected


def _bfcl_case(function: dict[str, Any], truth: dict[str, Any]) -> Suite:
    entry = {"id": "c", "question": [[{"role": "user", "content": "q"}]], "function": [function]}
    case, _ = convert_case("simple_python", entry, {"ground_truth": [truth]}, "here")
    return Suite.model_validate({"cases": [case]})


def test_an_imported_case_judges_like_bfcl() -> None:
    suite = _bfcl_case(
        {
            "name": "math.gcd",
            "parameters": {
                "type": "dict",
                "properties": {
                    "a": {"type": "integer"},
                    "note": {"type": "string", "enum": ["low", "high"]},
                },
                "required": ["a"],
            },
        },
        {"math.gcd": {"a": [12], "note": ["low", ""]}},
    )
    case = suite.cases[0]
    check = get_check("tool_calls")

    def verdict(arguments: dict[str, Any]) -> str:
        answer = Answer(
            "",
            tool_calls=[{"name": "math.gcd", "arguments": arguments}],
            tools=suite.tool_dicts_for(case),
        )
        return check.run(answer, case.expect[0].params).outcome or ""

    assert verdict({"a": 12}) == "correct"
    assert verdict({"a": 12, "note": "LOW"}) == "correct"  # BFCL normalises, enums included
    assert verdict({"a": 12.0}) == "schema_violation"
    assert verdict({"a": 12, "note": "high"}) == "wrong_values"
    assert verdict({"a": 12, "x": 1}) == "wrong_values"
    assert json.loads(json.dumps(suite.tool_dicts_for(case)))[0]["function"]["name"] == "math.gcd"


def test_the_shipped_sample_runs_and_right_answers_pass(tmp_path: Path) -> None:
    from tests.bfcl_agreement import bfcl_cases, pythonic_text, right_answer

    suites = load_suites([SUITES])
    wanted = {case.id: suite.name for suite in suites for case in suite.cases}
    lines = []
    for _, entry, truth in bfcl_cases():
        if entry["id"] in wanted:
            text = (
                pythonic_text(right_answer(truth, 0, entry["function"]))
                if truth
                else "No function fits."
            )
            lines.append({"case": f"{wanted[entry['id']]}/{entry['id']}", "text": text})
    assert len(lines) == len(wanted) == 20
    replay = tmp_path / "answers.jsonl"
    replay.write_text("".join(json.dumps(line) + "\n" for line in lines))
    out = tmp_path / "run"
    result = run_harness("run", str(SUITES), "--backend", f"replay:{replay}", "--out", str(out))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in (out / "cases.jsonl").read_text().splitlines()]
    assert len(records) == 20
    assert all(r["status"] == "passed" for r in records), [
        (r["case"], r["checks"]) for r in records if r["status"] != "passed"
    ]
    assert {r["tool_call_dialect"] for r in records} == {"pythonic", None}
