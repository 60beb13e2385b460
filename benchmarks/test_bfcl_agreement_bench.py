"""Agreement of the harness with BFCL's own AST checker on every importable BFCL case."""

from __future__ import annotations

from pytest_benchmark.fixture import BenchmarkFixture

from tests.bfcl_agreement import Judged, agreement_table, data_available, disagreements, judge_all


def test_bfcl_agreement_table(benchmark: BenchmarkFixture) -> None:
    assert data_available(), "bfcl-eval is not installed: pip install --no-deps bfcl-eval"
    judged: list[Judged] = benchmark.pedantic(judge_all, rounds=1, iterations=1)
    seconds = benchmark.stats.stats.mean
    print(
        f"\nBFCL agreement: {len(judged)} answers judged by BFCL and the harness in {seconds:.1f} s"
    )
    print("\n".join(agreement_table(judged)))
    print("disagreements:")
    print("\n".join(disagreements(judged, limit=20)) or "  none")
