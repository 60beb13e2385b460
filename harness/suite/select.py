"""Choosing which cases run: `--suite NAME`, `--tag TAG` and a pytest-style `-k EXPRESSION`.

`-k` takes words joined by `and`, `or`, `not` and parentheses; a word matches a case when
it is a substring (case-insensitive) of the case id, its suite's name or one of its tags.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from harness.suite.loader import SuiteFile
from harness.suite.models import Case

_TOKEN = re.compile(r"\s*(\(|\)|[^\s()]+)")
Matcher = Callable[[set[str]], bool]


class SelectionError(ValueError):
    """A selection that cannot be parsed, or that selects nothing."""


def _tokens(expression: str) -> list[str]:
    tokens, pos = [], 0
    expression = expression.strip()
    while pos < len(expression):
        match = _TOKEN.match(expression, pos)
        if match is None:  # only trailing spaces are left
            break
        tokens.append(match.group(1))
        pos = match.end()
    return tokens


def compile_keyword(expression: str) -> Matcher:
    """Parse a `-k` expression into a predicate over a case's words."""
    tokens = _tokens(expression)
    pos = 0

    def peek() -> str | None:
        return tokens[pos] if pos < len(tokens) else None

    def take() -> str:
        nonlocal pos
        if pos >= len(tokens):
            raise SelectionError(f"-k {expression!r}: unexpected end of expression")
        pos += 1
        return tokens[pos - 1]

    def either(a: Matcher, b: Matcher) -> Matcher:
        return lambda words: a(words) or b(words)

    def both(a: Matcher, b: Matcher) -> Matcher:
        return lambda words: a(words) and b(words)

    def disjunction() -> Matcher:
        left = conjunction()
        while peek() == "or":
            take()
            left = either(left, conjunction())
        return left

    def conjunction() -> Matcher:
        left = negation()
        while peek() == "and":
            take()
            left = both(left, negation())
        return left

    def negation() -> Matcher:
        if peek() == "not":
            take()
            inner = negation()
            return lambda words: not inner(words)
        return atom()

    def atom() -> Matcher:
        token = take()
        if token == "(":
            inner = disjunction()
            if peek() != ")":
                raise SelectionError(f"-k {expression!r}: missing ')'")
            take()
            return inner
        if token in (")", "and", "or", "not"):
            raise SelectionError(f"-k {expression!r}: unexpected {token!r}")
        needle = token.casefold()
        return lambda words: any(needle in word for word in words)

    if not tokens:
        raise SelectionError("-k: empty expression")
    matcher = disjunction()
    if pos != len(tokens):
        raise SelectionError(f"-k {expression!r}: unexpected {tokens[pos]!r}")
    return matcher


@dataclass(frozen=True)
class Selection:
    """The filters of one run; empty filters select everything."""

    suites: Sequence[str] = ()
    tags: Sequence[str] = ()
    keyword: str | None = None

    @property
    def active(self) -> bool:
        """Whether any filter was given."""
        return bool(self.suites or self.tags or self.keyword)

    def matcher(self) -> Callable[[str, Case], bool]:
        """A predicate over (suite name, case); raises SelectionError on a bad `-k`."""
        keyword = compile_keyword(self.keyword) if self.keyword else None
        tags = {t.casefold() for t in self.tags}

        def matches(suite: str, case: Case) -> bool:
            if self.suites and not any(fnmatch.fnmatchcase(suite, s) for s in self.suites):
                return False
            case_tags = {t.casefold() for t in case.tags}
            if tags and not tags & case_tags:
                return False
            words = {suite.casefold(), case.id.casefold(), *case_tags}
            return keyword is None or keyword(words)

        return matches

    def apply(self, suites: Sequence[SuiteFile]) -> list[SuiteFile]:
        """The suites with only the selected cases; suites left empty are dropped."""
        if not self.active:
            return list(suites)
        matches = self.matcher()
        kept = []
        for suite_file in suites:
            cases = [c for c in suite_file.cases if matches(suite_file.name, c)]
            if cases:
                suite = suite_file.suite.model_copy(update={"cases": cases})
                kept.append(replace(suite_file, suite=suite))
        if not kept:
            raise SelectionError(f"the selection matched no case: {self.describe()}")
        return kept

    def describe(self) -> str:
        """The filters in words."""
        parts = [f"--suite {s}" for s in self.suites] + [f"--tag {t}" for t in self.tags]
        if self.keyword:
            parts.append(f"-k {self.keyword!r}")
        return " ".join(parts) or "everything"

    def record(self, before: Sequence[SuiteFile], after: Sequence[SuiteFile]) -> dict[str, Any]:
        """What run.json keeps: the filters, and how many cases they kept of how many."""
        return {
            "suites": list(self.suites),
            "tags": list(self.tags),
            "keyword": self.keyword,
            "cases_selected": sum(len(s.cases) for s in after),
            "cases_available": sum(len(s.cases) for s in before),
            "selected": {s.name: [c.id for c in s.cases] for s in after},
        }
