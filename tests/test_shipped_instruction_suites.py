"""The generated instruction, conversation and long-context suites: valid, in sync, described."""

from __future__ import annotations

from pathlib import Path

from fixtures.suites.build import main as build
from harness.suite import load_suites
from tests.helpers import REPO


def test_generated_suites_are_what_the_builder_writes(tmp_path: Path) -> None:
    build(tmp_path)
    written = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*.yaml"))
    assert len(written) == 14
    for relative in written:
        assert (REPO / relative).read_text() == (tmp_path / relative).read_text(), relative


def test_all_suites_hold_at_least_400_cases_and_each_says_what_it_measures() -> None:
    default = load_suites([REPO / "suites"])
    extended = load_suites([REPO / "suites-extended"])
    assert sum(len(s.cases) for s in default + extended) >= 400
    assert all(s.suite.description for s in default + extended), [
        s.name for s in default + extended if not s.suite.description
    ]
    long_default = next(s for s in default if s.name == "long-context")
    assert all(c.haystack is not None and c.haystack.tokens <= 1024 for c in long_default.cases)
