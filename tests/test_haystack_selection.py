"""Long-context haystacks from a seed, and choosing cases with --suite, --tag and -k."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from harness.results.store import read_run
from harness.suite import load_suite
from harness.suite.haystack import Haystack, Needle, context_limit, fit_case
from harness.suite.select import SelectionError, compile_keyword
from tests.helpers import REPO, read_jsonl, run_harness

NEEDLE = "The secret access code for the archive room is 4417."


def test_a_haystack_is_the_same_for_the_same_seed_and_holds_its_needles_in_order() -> None:
    stack = Haystack(seed=3, tokens=512, needles=[Needle(text=NEEDLE, depth=0.5),
                                                   Needle(text="Ingrid owns the bakery.", depth=0.1)])  # fmt: skip
    text = stack.text()
    assert text == Haystack(seed=3, tokens=512, needles=stack.needles).text()
    assert text != Haystack(seed=4, tokens=512, needles=stack.needles).text()
    assert text.index("Ingrid") < text.index("4417")
    assert 0.4 < text.index("4417") / len(text) < 0.6
    assert abs(len(text) / 4 - 512) < 40  # four characters per estimated token
    assert not any(ch.isdigit() for ch in text.replace(NEEDLE, ""))  # only the needle has digits


def test_a_haystack_that_does_not_fit_the_context_window_is_shortened_and_says_so() -> None:
    suite = load_suite(REPO / "suites" / "long_context" / "needles.yaml")
    case = next(c for c in suite.cases if c.id == "needle-code-1024-d50")
    assert fit_case(case, 48, 8192) is case
    fitted = fit_case(case, 48, 1024)
    assert fitted.haystack is not None
    assert fitted.haystack.tokens == context_limit(1024, 48, case.prompt or "") < 1024
    assert fitted.haystack.record()["capped"] is True
    assert fitted.haystack.record()["requested_tokens"] == 1024
    assert "4417" in suite.suite.messages_for(fitted)[-1]["content"]


def test_keyword_expressions_and_their_errors() -> None:
    match = compile_keyword("json and not (long or needle)")
    assert match({"format", "json-beach"})
    assert not match({"json", "long-context"})
    for bad, reason in [("", "empty"), ("a and", "end of expression"), ("(a", "missing ')'"),
                        ("a b", "unexpected 'b'"), ("or a", "unexpected 'or'")]:  # fmt: skip
        with pytest.raises(SelectionError) as info:
            compile_keyword(bad)
        assert reason in str(info.value)


SUITES = {
    "alpha.yaml": "name: alpha\ncases:\n"
    "  - {id: one, prompt: a, tags: [quick], expect: [{contains: A}]}\n"
    "  - {id: two, prompt: b, tags: [slow], expect: [{contains: B}]}\n",
    "beta.yaml": "name: beta\ncases:\n"
    "  - {id: three, prompt: c, tags: [quick], expect: [{contains: C}]}\n",
}


def _suites(root: Path) -> Path:
    suites = root / "suites"
    suites.mkdir()
    for name, text in SUITES.items():
        (suites / name).write_text(text)
    answers = {"alpha/one": "A", "alpha/two": "B", "beta/three": "C"}
    (root / "answers.jsonl").write_text(
        "".join(json.dumps({"case": c, "text": t}) + "\n" for c, t in answers.items())
    )
    return suites


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--tag", "quick"], {"alpha/one", "beta/three"}),
        (["--suite", "alpha"], {"alpha/one", "alpha/two"}),
        (["--suite", "al*", "--tag", "slow"], {"alpha/two"}),
        (["-k", "three or two"], {"alpha/two", "beta/three"}),
        (["-k", "quick and not beta"], {"alpha/one"}),
    ],
)
def test_run_selects_cases_and_records_the_selection(
    tmp_path: Path, args: list[str], expected: set[str]
) -> None:
    suites = _suites(tmp_path)
    out = tmp_path / "run"
    result = run_harness("run", str(suites), "--backend", f"replay:{tmp_path / 'answers.jsonl'}",
                         "--out", str(out), "--no-progress", *args)  # fmt: skip
    assert result.returncode == 0, result.stderr
    ran = {f"{r['suite']}/{r['case']}" for r in read_jsonl(out / "cases.jsonl")}
    assert ran == expected
    run, _ = read_run(out)
    assert run.selection is not None
    assert run.selection["cases_selected"] == len(expected)
    assert run.selection["cases_available"] == 3
    assert {f"{s}/{c}" for s, ids in run.selection["selected"].items() for c in ids} == expected


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--tag", "nope"], "the selection matched no case: --tag nope"),
        (["-k", "(quick"], "-k '(quick': missing ')'"),
    ],
)
def test_a_selection_that_matches_nothing_or_does_not_parse_is_bad_input(
    tmp_path: Path, args: list[str], message: str
) -> None:
    suites = _suites(tmp_path)
    result = run_harness("run", str(suites), "--backend", f"replay:{tmp_path / 'answers.jsonl'}",
                         "--out", str(tmp_path / "run"), "--no-progress", *args)  # fmt: skip
    assert result.returncode == 2
    assert message in result.stderr
    assert not (tmp_path / "run").exists()


def test_pytest_plugin_selects_by_suite_tag_and_k_and_records_it(tmp_path: Path) -> None:
    _suites(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-rA", "suites",
         "--harness-backend", "replay:answers.jsonl", "--harness-out", "run",
         "--harness-tag", "quick", "-k", "not beta"],
        cwd=tmp_path, capture_output=True, text=True, timeout=600,
        env={**os.environ, "PYTHONPATH": str(REPO)},  # this tree's plugin, not an installed one
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "PASSED suites/alpha.yaml::one[replay:answers.jsonl]" in result.stdout
    assert "1 passed, 1 deselected" in result.stdout
    run, records = read_run(tmp_path / "run")
    assert [r.case for r in records] == ["one"]
    assert run.selection is not None
    assert run.selection["tags"] == ["quick"] and run.selection["keyword"] == "not beta"
    assert run.selection["selected"] == {"alpha": ["one"]}
