"""The harness judges BFCL's cases as BFCL's own AST checker does (agreement >= 0.98)."""

from __future__ import annotations

from collections import Counter

import pytest

from harness.importers.bfcl import CATEGORIES
from tests.bfcl_agreement import Judged, agreement_table, data_available, disagreements, judge_all

# Spread over every category; the benchmark (`nox -s bench`) judges every case.
PER_CATEGORY = 50
THRESHOLD = 0.98


@pytest.fixture(scope="module", params=["parsed", "pythonic_text"])
def judged(request: pytest.FixtureRequest) -> list[Judged]:
    # The tests session installs bfcl-eval (--no-deps), so its absence is a failure, not a skip.
    assert data_available(), "bfcl-eval is not installed: pip install --no-deps bfcl-eval"
    if request.param == "pythonic_text":  # the harness parses the answer text itself
        return judge_all(CATEGORIES, PER_CATEGORY // 2, via_text=True)
    return judge_all(CATEGORIES, PER_CATEGORY)


def test_agreement_with_bfcl_by_category_and_mistake(judged: list[Judged]) -> None:
    table = "\n".join(agreement_table(judged))
    print("\n" + table)
    report = table + "\n" + "\n".join(disagreements(judged))
    assert {j.category for j in judged} == set(CATEGORIES)
    for key in ("category", "mistake"):
        totals: Counter[str] = Counter(getattr(j, key) for j in judged)
        agreed: Counter[str] = Counter(getattr(j, key) for j in judged if j.agree)
        for name, total in totals.items():
            assert agreed[name] / total >= THRESHOLD, f"{key} {name}\n{report}"
    assert sum(j.agree for j in judged) / len(judged) >= THRESHOLD, report


def test_the_answers_are_a_real_mix_of_right_and_wrong(judged: list[Judged]) -> None:
    mistakes = {j.mistake for j in judged}
    assert {
        "right", "wrong_type", "integer_as_float", "missing_required", "extra_parameter",
        "wrong_string", "reordered_parallel", "no_call", "call_on_irrelevance",
    } <= mistakes  # fmt: skip
    relevant = [j for j in judged if "irrelevance" not in j.category]
    verdicts = Counter((j.mistake, j.bfcl) for j in relevant)
    irrelevant = Counter((j.mistake, j.bfcl) for j in judged if "irrelevance" in j.category)
    assert irrelevant[("no_call", False)] == irrelevant[("call_on_irrelevance", True)] == 0
    # BFCL itself says right answers are right and mistakes are wrong, nearly always: the
    # agreement is not two checkers passing (or failing) everything.
    assert verdicts[("right", True)] > 0.95 * (
        verdicts[("right", True)] + verdicts[("right", False)]
    )
    for mistake in ("wrong_type", "missing_required", "extra_parameter", "wrong_string", "no_call"):
        assert verdicts[(mistake, False)] > 0.95 * (
            verdicts[(mistake, False)] + verdicts[(mistake, True)]
        )
    assert verdicts[("integer_as_float", False)] > 0
