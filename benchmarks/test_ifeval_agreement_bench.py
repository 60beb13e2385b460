"""Agreement of the verifiable-instruction checks with if-verifiable, and their throughput."""

from __future__ import annotations

import importlib.util

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from fixtures.ifeval_agreement import generate, measure, our_verdict

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("if_verifiable") is None,
    reason="if-verifiable not installed: pip install --no-deps if-verifiable",
)


def test_ifeval_agreement(benchmark: BenchmarkFixture) -> None:
    trials = generate(seed=0)

    def judge_all() -> int:
        return sum(our_verdict(trial) for trial in trials)

    benchmark(judge_all)
    result = measure(trials)
    print(f"\nagreement with if-verifiable: {result.agreed}/{result.total} = {result.rate:.4f}")
    for trial, ours, theirs in result.disagreements:
        print(f"  {trial.instruction}: ours={ours} reference={theirs} text={trial.text[:60]!r}")
    benchmark.extra_info["trials"] = result.total
    benchmark.extra_info["agreement"] = round(result.rate, 4)
    assert result.rate >= 0.99
