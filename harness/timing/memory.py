"""Sample a process's resident memory, and GPU memory where NVML exists, in a thread."""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from dataclasses import dataclass
from types import TracebackType
from typing import Any

import psutil

log = logging.getLogger(__name__)
MIB = 1024 * 1024
DEFAULT_INTERVAL_S = 0.05
_nvml: Any = None
_nvml_checked = False


def nvml(warn: bool = True) -> Any:
    """The initialised pynvml module, or None (said once) where there is no NVIDIA GPU."""
    global _nvml, _nvml_checked
    if not _nvml_checked:
        _nvml_checked = True
        try:
            import pynvml

            pynvml.nvmlInit()
            _nvml = pynvml
        except Exception as exc:  # no package, no driver, no device: all mean "no NVML"
            if warn:
                log.warning(
                    "GPU memory not sampled (NVML unavailable: %s); VRAM fields are null", exc
                )
    return _nvml


@dataclass(frozen=True)
class GpuMemory:
    """GPU memory in MiB: all devices together, and the part held by one process."""

    used_mib: float
    process_mib: float | None


def gpu_memory(pid: int | None, warn: bool = True) -> GpuMemory | None:
    """Current GPU memory use, or None where NVML is unavailable."""
    lib = nvml(warn)
    if lib is None:
        return None
    used = 0
    process: int | None = None
    for index in range(lib.nvmlDeviceGetCount()):
        handle = lib.nvmlDeviceGetHandleByIndex(index)
        used += lib.nvmlDeviceGetMemoryInfo(handle).used
        with contextlib.suppress(lib.NVMLError):
            for proc in lib.nvmlDeviceGetComputeRunningProcesses(handle):
                if proc.pid == pid and proc.usedGpuMemory is not None:
                    process = (process or 0) + int(proc.usedGpuMemory)
    return GpuMemory(used / MIB, None if process is None else process / MIB)


def rss_mib(pid: int) -> float:
    """Resident memory of a process, in MiB."""
    return psutil.Process(pid).memory_info().rss / MIB


def footprint_now() -> dict[str, float | None]:
    """This process's RSS and GPU memory now, to diff around a model load."""
    # Called inside worker processes: the parent's sampler already says NVML is missing.
    gpu = gpu_memory(os.getpid(), warn=False)
    return {
        "rss_mib": rss_mib(os.getpid()),
        "vram_mib": None if gpu is None else gpu.used_mib,
    }


def footprint_delta(
    before: dict[str, float | None], after: dict[str, float | None]
) -> dict[str, float | None]:
    """Memory a load added: after minus before, per kind (None where unmeasured)."""
    delta: dict[str, float | None] = {}
    for key, value in after.items():
        start = before.get(key)
        delta[key] = None if value is None or start is None else value - start
    return delta


class MemorySampler:
    """Context manager sampling `pid`'s RSS and GPU memory every `interval_s` seconds."""

    def __init__(self, pid: int | None, interval_s: float = DEFAULT_INTERVAL_S):
        self.pid = pid
        self.interval_s = interval_s
        # One Process object for the whole sampling: each sample is then a single read of
        # /proc/PID/statm, cheap enough not to slow an engine sharing the cores.
        self._process: psutil.Process | None = None
        if pid is not None:
            with contextlib.suppress(psutil.Error):
                self._process = psutil.Process(pid)
        self._rss: list[float] = []
        self._vram: list[float] = []
        self._vram_process: list[float] = []
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def sample(self) -> None:
        """Take one sample now."""
        if self._process is not None:
            with contextlib.suppress(psutil.Error):
                self._rss.append(self._process.memory_info().rss / MIB)
        gpu = gpu_memory(self.pid)
        if gpu is not None:
            self._vram.append(gpu.used_mib)
            if gpu.process_mib is not None:
                self._vram_process.append(gpu.process_mib)

    @property
    def samples(self) -> int:
        """How many samples were taken."""
        return max(len(self._rss), len(self._vram))

    @property
    def peak_rss_mib(self) -> float | None:
        """Highest RSS seen."""
        return max(self._rss, default=None)

    @property
    def mean_rss_mib(self) -> float | None:
        """Mean RSS over the samples."""
        return sum(self._rss) / len(self._rss) if self._rss else None

    @property
    def peak_vram_mib(self) -> float | None:
        """Highest GPU memory in use on all devices."""
        return max(self._vram, default=None)

    @property
    def mean_vram_mib(self) -> float | None:
        """Mean GPU memory in use on all devices."""
        return sum(self._vram) / len(self._vram) if self._vram else None

    @property
    def peak_vram_process_mib(self) -> float | None:
        """Highest GPU memory held by the sampled process, where the driver reports it."""
        return max(self._vram_process, default=None)

    def _loop(self) -> None:
        while not self._stop.wait(self.interval_s):
            self.sample()

    def __enter__(self) -> MemorySampler:
        self.sample()
        if self._process is not None or nvml(warn=False) is not None:  # else nothing to sample
            self._thread = threading.Thread(target=self._loop, name="memory-sampler", daemon=True)
            self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        self.sample()
