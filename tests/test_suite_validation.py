"""Suite files: what loads, and the exact one-line-per-problem errors of `harness validate`."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from harness.checks import registry
from harness.suite import SuiteError, load_suite, load_suites
from tests.helpers import REPO, run_harness


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text))
    return path


def problems_of(path: Path) -> list[str]:
    with pytest.raises(SuiteError) as info:
        load_suite(path)
    return [str(p) for p in info.value.problems]


def test_prompt_shortcut_system_prompt_and_sampling_override(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "ok.yaml",
        """
        name: demo
        defaults:
          system: Be brief.
          sampling: {max_tokens: 64, temperature: 0.2}
        cases:
          - id: a
            prompt: Hi
            sampling: {max_tokens: 8}
            expect:
              - contains: hello
          - id: b
            messages:
              - {role: system, content: Custom.}
              - {role: user, content: Yo}
        """,
    )
    suite_file = load_suite(path)
    suite = suite_file.suite
    a, b = suite.cases
    assert suite_file.name == "demo"
    assert len(suite_file.sha256) == 64
    assert suite.messages_for(a) == [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Hi"},
    ]
    # a conversation with its own system message keeps it and gets no second one
    assert suite.messages_for(b) == [
        {"role": "system", "content": "Custom."},
        {"role": "user", "content": "Yo"},
    ]
    assert suite.sampling_for(a).max_tokens == 8
    assert suite.sampling_for(a).temperature == 0.2
    assert suite.sampling_for(b).max_tokens == 64
    assert a.expect[0].name == "contains"


def test_name_defaults_to_file_stem(tmp_path: Path) -> None:
    path = write(tmp_path, "my-suite.yaml", "cases: [{id: a, prompt: x}]\n")
    assert load_suite(path).name == "my-suite"


def test_every_problem_is_reported_with_file_case_and_field(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "bad.yaml",
        """
        cases:
          - id: a
            prompt: x
            colour: red
          - id: b
            prompt: y
            expect:
              - contains: []
              - regex: "(unclosed"
              - nope: 1
              - max_words: 0
          - prompt: z
          - id: a
            prompt: w
          - id: c
            prompt: p
            messages: [{role: user, content: q}]
        """,
    )
    assert problems_of(path) == [
        f"{path}: case 'a': colour: Extra inputs are not permitted",
        f"{path}: case 'b': expect[0]: contains.text: List should have at least 1 item after validation, not 0",
        f"{path}: case 'b': expect[1]: regex.pattern: invalid regular expression: missing ), unterminated subpattern at position 0",
        f"{path}: case 'b': expect[2]: unknown check 'nope' (known: {', '.join(sorted(registry()))})",
        f"{path}: case 'b': expect[3]: max_words.limit: Input should be greater than or equal to 1",
        f"{path}: case #3: id: Field required",
        f"{path}: case 'c': give exactly one of `prompt` or `messages`",
        f"{path}: case 'a': id: duplicate id (case #1 has it too)",
    ]


def test_suite_level_field_errors_name_the_field(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "s.yaml",
        """
        defaults:
          sampling: {temperature: hot}
        tools:
          - function: {name: calc, parameters: {type: objekt}}
        cases: [{id: a, prompt: x}]
        """,
    )
    problems = problems_of(path)
    assert problems[0] == (
        f"{path}: defaults.sampling.temperature: Input should be a valid number, "
        "unable to parse string as a number"
    )
    assert problems[1].startswith(
        f"{path}: tools[0].function.parameters: not a valid JSON Schema: "
    )


def test_yaml_syntax_error_gives_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, "broken.yaml", "cases:\n  - id: a\n    prompt: [unclosed\n")
    (problem,) = problems_of(path)
    # libyaml and pure-Python PyYAML word it differently; both give the position
    assert problem.startswith(f"{path}:4:1: YAML syntax error: ")
    assert "expected ',' or ']'" in problem


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "got an empty file"),
        ("- a\n- b\n", "got list"),
        ("cases: []\n", "cases: List should have at least 1 item"),
    ],
)
def test_wrong_top_level_shapes(tmp_path: Path, text: str, expected: str) -> None:
    path = write(tmp_path, "x.yaml", text)
    (problem,) = problems_of(path)
    assert problem.startswith(f"{path}: ")
    assert expected in problem


def test_directory_without_suites_and_duplicate_suite_names(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(SuiteError) as info:
        load_suites([empty])
    assert [str(p) for p in info.value.problems] == [
        f"{empty}: no suite files (*.yaml, *.yml) found here"
    ]

    one = write(tmp_path, "one.yaml", "name: same\ncases: [{id: a, prompt: x}]\n")
    two = write(tmp_path, "two.yaml", "name: same\ncases: [{id: a, prompt: x}]\n")
    with pytest.raises(SuiteError) as info:
        load_suites([one, two])
    assert [str(p) for p in info.value.problems] == [
        f"{two}: name: suite name 'same' is also used by {one}"
    ]


def test_validate_command_exit_codes_and_output(tmp_path: Path) -> None:
    good = write(tmp_path, "good.yaml", "cases: [{id: a, prompt: x, expect: [{contains: y}]}]\n")
    bad = write(tmp_path, "bad.yaml", "cases: [{id: a, prompt: x, expect: [{max_words: -1}]}]\n")

    ok = run_harness("validate", str(good))
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.strip() == "ok: 1 suite file(s), 1 case(s)"

    refused = run_harness("validate", str(good), str(bad))
    assert refused.returncode == 2
    assert refused.stderr.splitlines() == [
        f"{bad}: case 'a': expect[0]: max_words.limit: Input should be greater than or equal to 1"
    ]


def test_schema_command_describes_every_check() -> None:
    result = run_harness("schema")
    assert result.returncode == 0, result.stderr
    schema = json.loads(result.stdout)
    assert schema["additionalProperties"] is False
    ref = schema["$defs"]["Case"]["properties"]["expect"]["items"]["$ref"]
    check_spec = schema["$defs"][ref.rsplit("/", 1)[1]]
    alternatives = {
        next(iter(alt["properties"])) for alt in check_spec["oneOf"] if "properties" in alt
    }
    assert alternatives == set(registry())
    (bare,) = [alt["enum"] for alt in check_spec["oneOf"] if "enum" in alt]
    assert "latex_leakage" in bare and "contains" not in bare


def test_shipped_suites_are_valid_and_large_enough() -> None:
    suites = load_suites([REPO / "suites"])
    names = {s.path.parent.name for s in suites}
    assert {"chat", "formatting"} <= names
    assert sum(len(s.cases) for s in suites) >= 15
    assert all(case.expect for s in suites for case in s.cases), (
        "every shipped case checks something"
    )


def test_schema_accepts_the_shipped_suites_and_rejects_unknown_fields() -> None:
    import jsonschema
    import yaml

    schema = json.loads(run_harness("schema").stdout)
    validator = jsonschema.Draft202012Validator(schema)
    for path in sorted((REPO / "suites").rglob("*.yaml")):
        data = yaml.safe_load(path.read_text())
        assert not list(validator.iter_errors(data)), path
    bad = {"cases": [{"id": "a", "prompt": "x", "expect": [{"contains": "y", "extra": 1}]}]}
    assert list(validator.iter_errors(bad))
