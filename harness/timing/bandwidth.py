"""The bandwidth roofline: decode at batch 1 reads every weight once per token.

So decode tokens/s × model bytes is the memory bandwidth a generation achieved, and its
share of the device's peak tells a slow-but-right setup from a misconfigured one.
"""

from __future__ import annotations

import json
import logging
import os
import platform
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import psutil

from harness.results.provenance import cpu_model
from harness.timing.memory import nvml

log = logging.getLogger(__name__)
COPY_BYTES = 256 * 1024 * 1024
COPY_ROUNDS = 5


def cache_path() -> Path:
    """Where the CPU copy benchmark's result is kept, per user."""
    root = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(root) / "llm-regression-harness" / "bandwidth.json"


def measure_copy_bandwidth(size: int = COPY_BYTES, rounds: int = COPY_ROUNDS) -> float:
    """Best-of-N memory copy speed in GB/s (bytes read plus written), one thread per core.

    numpy releases the GIL while copying, so threads copying slices load every memory
    channel the way a multi-threaded decode does.
    """
    import numpy as np

    threads = psutil.cpu_count(logical=False) or 1
    source = np.ones(size, dtype=np.uint8)
    target = np.empty_like(source)
    bounds = [(i * size // threads, (i + 1) * size // threads) for i in range(threads)]

    def copy_slice(bound: tuple[int, int]) -> None:
        np.copyto(target[bound[0] : bound[1]], source[bound[0] : bound[1]])

    with ThreadPoolExecutor(max_workers=threads) as pool:
        list(pool.map(copy_slice, bounds))  # touch every page before timing
        best = float("inf")
        for _ in range(rounds):
            started = time.perf_counter()
            list(pool.map(copy_slice, bounds))
            best = min(best, time.perf_counter() - started)
    return 2 * size / best / 1e9


def cpu_peak_bandwidth(refresh: bool = False) -> dict[str, Any]:
    """The CPU's measured copy bandwidth, cached per machine so it runs once."""
    key = f"{platform.node()}|{cpu_model()}"
    path = cache_path()
    cache: dict[str, Any] = {}
    if path.is_file():
        try:
            cache = json.loads(path.read_text())
        except (OSError, ValueError):
            cache = {}
    if not refresh and key in cache:
        return dict(cache[key])
    started = time.perf_counter()
    gbps = measure_copy_bandwidth()
    entry = {
        "device": f"cpu: {cpu_model()}",
        "peak_gb_per_s": round(gbps, 2),
        "method": (
            f"copy benchmark ({COPY_BYTES // 2**20} MiB, best of {COPY_ROUNDS}, "
            f"{psutil.cpu_count(logical=False) or 1} threads)"
        ),
        "measured_in_s": round(time.perf_counter() - started, 3),
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    cache[key] = entry
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(cache, indent=2))
    except OSError as exc:
        log.warning("could not cache the bandwidth benchmark in %s: %s", path, exc)
    return entry


def gpu_peak_bandwidth(index: int = 0) -> dict[str, Any] | None:
    """An NVIDIA GPU's theoretical peak from NVML: memory clock × bus width × 2 (DDR)."""
    lib = nvml()
    if lib is None:
        return None
    try:
        handle = lib.nvmlDeviceGetHandleByIndex(index)
        clock_mhz = lib.nvmlDeviceGetMaxClockInfo(handle, lib.NVML_CLOCK_MEM)
        bus_bits = lib.nvmlDeviceGetMemoryBusWidth(handle)
        name = lib.nvmlDeviceGetName(handle)
    except Exception as exc:  # older drivers lack some queries
        log.warning("GPU peak bandwidth unknown (NVML: %s)", exc)
        return None
    name = name.decode() if isinstance(name, bytes) else str(name)
    return {
        "device": f"cuda:{index}: {name}",
        "peak_gb_per_s": round(clock_mhz * 1e6 * bus_bits / 8 * 2 / 1e9, 1),
        "method": "nvml: max memory clock × bus width × 2",
    }


def peak_bandwidth(device: str) -> dict[str, Any] | None:
    """The peak for the device a backend decodes on ("cpu" or "cuda")."""
    if device == "cuda":
        return gpu_peak_bandwidth()
    return cpu_peak_bandwidth()


def effective_bandwidth_gb_per_s(
    model_bytes: int | None, decode_tokens_per_s: float | None
) -> float | None:
    """Bytes of weights read per second during decode, in GB/s."""
    if not model_bytes or not decode_tokens_per_s:
        return None
    return model_bytes * decode_tokens_per_s / 1e9
