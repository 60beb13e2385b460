"""Throughput of the formatting detectors over their labeled corpora, with their accuracy."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from harness.checks import Answer, get_check, parse_params
from harness.checks.accuracy import measure, read_labeled

CORPUS = Path(__file__).parent.parent / "fixtures" / "corpus"


@pytest.mark.parametrize("name", ["latex_leakage", "meta_rambling", "template_leakage"])
def test_detector_throughput(benchmark: BenchmarkFixture, name: str) -> None:
    items = read_labeled(CORPUS / f"{name}.jsonl")
    check, params = get_check(name), parse_params(name, None)
    answers = [Answer(item["text"]) for item in items]

    def run_all() -> int:
        return sum(not check.run(answer, params).passed for answer in answers)

    flagged = benchmark(run_all)
    confusion = measure(name, items)
    assert flagged == confusion.true_positive + confusion.false_positive
    benchmark.extra_info["texts"] = len(items)
    benchmark.extra_info["precision"] = round(confusion.precision, 4)
    benchmark.extra_info["recall"] = round(confusion.recall, 4)
    print(f"\n{confusion.summary(name)}; {len(items)} texts per round")
