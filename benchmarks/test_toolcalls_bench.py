"""Throughput of tool-call parsing over answers in every dialect (calls parsed per second)."""

from __future__ import annotations

from pytest_benchmark.fixture import BenchmarkFixture

from harness.toolcalls import parse_tool_calls
from tests.test_toolcall_parsing import CASES


def test_parser_throughput(benchmark: BenchmarkFixture) -> None:
    texts = [text for _, text, _, _ in CASES] + ["The capital of France is Paris."] * 5
    calls_per_round = sum(len(parse_tool_calls(text).calls) for text in texts)

    def parse_all() -> int:
        return sum(len(parse_tool_calls(text).calls) for text in texts)

    assert benchmark(parse_all) == calls_per_round
    seconds = benchmark.stats.stats.mean
    print(
        f"\ntool-call parsing: {len(texts) / seconds:,.0f} answers/s, {calls_per_round / seconds:,.0f} calls/s "
        f"({len(texts)} answers in {len({d for d, *_ in CASES})} dialects, {calls_per_round} calls per round)"
    )
