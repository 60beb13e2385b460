"""Timing and memory building blocks: percentiles, summaries, the sampler, the roofline."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import pytest

from harness.timing import bandwidth, memory
from harness.timing.clock import StreamClock, percentile
from harness.timing.stats import describe, mean_stddev


def test_percentile_interpolates() -> None:
    assert percentile([], 0.5) is None
    assert percentile([3.0], 0.95) == 3.0
    assert percentile([1.0, 2.0, 3.0, 4.0], 0.5) == 2.5
    assert percentile([0.0, 10.0], 0.95) == pytest.approx(9.5)


def test_stream_clock_ignores_nothing_but_counts_gaps_between_tokens() -> None:
    clock = StreamClock()
    assert clock.ttft_s is None and clock.inter_token_latency_s(0.5) is None
    for _ in range(4):
        clock.token()
    clock.stop()
    assert clock.ttft_s is not None and clock.last_token_s is not None
    assert 0 <= clock.ttft_s <= clock.last_token_s <= clock.latency_s
    p50, p95 = clock.inter_token_latency_s(0.5), clock.inter_token_latency_s(0.95)
    assert p50 is not None and p95 is not None and 0 <= p50 <= p95


def test_describe_keeps_the_samples() -> None:
    summary = describe([1.0, 2.0, 3.0, 6.0])
    assert summary["mean"] == 3.0 and summary["median"] == 2.5
    assert summary["min"] == 1.0 and summary["max"] == 6.0 and summary["n"] == 4
    assert summary["stddev"] == pytest.approx(2.160246899)
    assert summary["samples"] == [1.0, 2.0, 3.0, 6.0]
    assert describe([5.0])["stddev"] == 0.0
    assert mean_stddev([10.0, 12.0]) == "11.00 ± 1.41"
    assert mean_stddev([]) == "-"


def test_memory_sampler_reads_rss_and_says_once_that_nvml_is_missing(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(memory, "_nvml_checked", False)
    monkeypatch.setattr(memory, "_nvml", None)
    ballast = bytearray(64 * 1024 * 1024)  # make this process visibly bigger
    with caplog.at_level(logging.WARNING, logger="harness.timing.memory"):
        with memory.MemorySampler(os.getpid(), interval_s=0.005) as sampler:
            ballast[::4096] = b"x" * len(ballast[::4096])
        with memory.MemorySampler(os.getpid(), interval_s=0.005):
            pass
    if memory.nvml(warn=False) is not None:
        pytest.skip("an NVIDIA GPU is present: the no-NVML path cannot be exercised here")
    assert sampler.samples >= 2
    assert sampler.peak_rss_mib is not None and sampler.peak_rss_mib > 64
    assert sampler.mean_rss_mib is not None and sampler.mean_rss_mib <= sampler.peak_rss_mib
    assert sampler.peak_vram_mib is None and sampler.mean_vram_mib is None
    warnings = [r for r in caplog.records if "NVML unavailable" in r.getMessage()]
    assert len(warnings) == 1


def test_footprint_delta() -> None:
    delta = memory.footprint_delta(
        {"rss_mib": 100.0, "vram_mib": None}, {"rss_mib": 250.0, "vram_mib": None}
    )
    assert delta == {"rss_mib": 150.0, "vram_mib": None}


def test_cpu_bandwidth_is_measured_once_and_cached(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    calls: list[int] = []
    real = bandwidth.measure_copy_bandwidth

    def counted(size: int = 32 * 1024 * 1024, rounds: int = 2) -> float:
        calls.append(size)
        return real(size, rounds)

    monkeypatch.setattr(bandwidth, "measure_copy_bandwidth", counted)
    first = bandwidth.cpu_peak_bandwidth()
    second = bandwidth.cpu_peak_bandwidth()
    assert len(calls) == 1
    assert first == second
    assert first["peak_gb_per_s"] > 0.1
    cached = json.loads((tmp_path / "llm-regression-harness" / "bandwidth.json").read_text())
    assert next(iter(cached.values()))["peak_gb_per_s"] == first["peak_gb_per_s"]


def test_effective_bandwidth() -> None:
    assert bandwidth.effective_bandwidth_gb_per_s(1_000_000_000, 50.0) == 50.0
    assert bandwidth.effective_bandwidth_gb_per_s(None, 50.0) is None
    assert bandwidth.effective_bandwidth_gb_per_s(1000, None) is None
