"""Benchmarks of the harness's own measurements on the embedded model (llama.cpp, CPU).

- fidelity: the harness's decode tokens/s against llama.cpp's own counter (target within 5%);
- overhead: the harness's case loop against a bare llama-cpp-python loop (target under 2%);
- the memory sampler's cost per sample, and scoring throughput over recorded answers.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Any

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from harness.backends import BackendSpec
from harness.backends.embedded import resolve_model_path
from harness.backends.llamacpp import DEFAULT_N_CTX, default_threads
from harness.checks import Answer
from harness.results.records import BackendRecord, CaseRecord
from harness.results.store import read_cases
from harness.runner import Runner, RunPlan
from harness.scoring import score
from harness.suite import load_suites
from harness.timing.memory import MemorySampler

REPO = Path(__file__).parent.parent
# Chat and formatting suites: short prompts, so the loop, not prefill, dominates.
SUITES = [REPO / "suites" / "chat", REPO / "suites" / "formatting"]


class LoopClock:
    """Observer noting when the case loop starts and ends."""

    def __init__(self) -> None:
        self.loaded_at = 0.0
        self.last_case_at = 0.0

    def started(self, total: int) -> None:
        pass

    def backend_loading(self, spec: BackendSpec) -> None:
        pass

    def backend_loaded(self, spec: BackendSpec, record: BackendRecord) -> None:
        self.loaded_at = time.perf_counter()

    def case_done(self, record: CaseRecord) -> None:
        self.last_case_at = time.perf_counter()


def harness_run(out: Path) -> tuple[float, list[CaseRecord]]:
    """Seconds the harness spent in its case loop, and the records it wrote."""
    clock = LoopClock()
    plan = RunPlan(suites=load_suites(SUITES), specs=[BackendSpec.parse("llamacpp:smollm2")])
    Runner(plan, out, observer=clock).execute()
    return clock.last_case_at - clock.loaded_at, read_cases(out / "cases.jsonl")


def bare_loop(llm: Any) -> float:
    """Seconds a plain llama-cpp-python loop takes for the same requests and settings."""
    started = time.perf_counter()
    for suite in load_suites(SUITES):
        for case in suite.cases:
            sampling = suite.suite.sampling_for(case)
            llm.reset()
            for _ in llm.create_chat_completion(
                messages=suite.suite.messages_for(case),
                stream=True,
                max_tokens=sampling.max_tokens,
                temperature=sampling.temperature,
                top_p=sampling.top_p,
                seed=sampling.seed,
                stop=sampling.stop or None,
            ):
                pass
    return time.perf_counter() - started


@pytest.fixture(scope="module")
def bare_llm() -> Any:
    import llama_cpp

    return llama_cpp.Llama(
        model_path=str(resolve_model_path("smollm2")),
        n_ctx=DEFAULT_N_CTX,
        n_threads=default_threads(),
        n_gpu_layers=-1,
        n_batch=512,
        verbose=False,
    )


def test_fidelity_and_overhead(tmp_path: Path, bare_llm: Any) -> None:
    rounds = 3
    harness_s, bare_s, records = [], [], []
    for index in range(rounds):  # interleaved, so drift hits both sides alike
        seconds, recs = harness_run(tmp_path / f"run{index}")
        harness_s.append(seconds)
        records.extend(recs)
        bare_s.append(bare_loop(bare_llm))
    pairs = [
        (r.decode_tokens_per_s, r.engine_decode_tokens_per_s)
        for r in records
        if r.decode_tokens_per_s and r.engine_decode_tokens_per_s and (r.output_tokens or 0) >= 8
    ]
    ratios = [ours / engine for ours, engine in pairs]
    fidelity = statistics.median(ratios)
    overhead = min(harness_s) / min(bare_s) - 1
    print(
        f"\nfidelity: harness decode / llama.cpp decode counter = {fidelity:.3f} median over "
        f"{len(ratios)} generations (min {min(ratios):.3f}, max {max(ratios):.3f}); target within 5%"
        f"\noverhead: harness case loop {min(harness_s):.3f} s vs bare llama-cpp-python loop "
        f"{min(bare_s):.3f} s (best of {rounds}, {len(records) // rounds} cases) = {overhead:+.1%}; "
        "target under 2%"
    )
    assert len(pairs) > 10


def test_memory_sampler_cost(benchmark: BenchmarkFixture) -> None:
    import os

    sampler = MemorySampler(os.getpid())
    benchmark(sampler.sample)
    per_sample = benchmark.stats.stats.mean
    print(
        f"\nmemory sampler: {per_sample * 1e3:.3f} ms per sample = "
        f"{per_sample / 0.05:.2%} of one core at the default 50 ms interval"
    )


def test_scoring_throughput(benchmark: BenchmarkFixture) -> None:
    suites = load_suites(SUITES)
    cases = [case for suite in suites for case in suite.cases]
    texts = [
        "The capital of France is Paris.",
        "[ 7777 \\times 777 = 6{,}042{,}729 ]",
        "It looks like the user asks: 'What are you?' We can elaborate.",
        "Hello!<|im_end|>",
        '```json\n{"city": "Paris"}\n```',
    ]
    answers = [(case, Answer(texts[i % len(texts)], "stop")) for i, case in enumerate(cases * 20)]

    def score_all() -> int:
        return sum(len(score(case, answer)) for case, answer in answers)

    checks = benchmark(score_all)
    per_s = len(answers) / benchmark.stats.stats.mean
    print(f"\nscoring: {per_s:,.0f} recorded answers/s ({checks / len(answers):.1f} checks each)")
