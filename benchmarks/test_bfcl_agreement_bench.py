"""Agreement of the harness with BFCL's own AST checker on every importable BFCL case."""

from __future__ import annotations

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from tests.bfcl_agreement import Judged, agreement_table, data_available, disagreements, judge_all


@pytest.mark.parametrize("via_text", [False, True], ids=["parsed_calls", "pythonic_text"])
def test_bfcl_agreement_table(benchmark: BenchmarkFixture, via_text: bool) -> None:
    assert data_available(), "bfcl-eval is not installed: pip install --no-deps bfcl-eval"
    judged: list[Judged] = benchmark.pedantic(
        judge_all, kwargs={"via_text": via_text}, rounds=1, iterations=1
    )
    seconds = benchmark.stats.stats.mean
    how = "parsed by the harness from pythonic text" if via_text else "given as parsed calls"
    print(
        f"\nBFCL agreement, answers {how}: {len(judged)} answers judged by BFCL's AST checker "
        f"and the harness in {seconds:.1f} s"
    )
    print("\n".join(agreement_table(judged)))
    print("disagreements:")
    print("\n".join(disagreements(judged, limit=20)) or "  none")
