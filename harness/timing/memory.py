"""Sample a process's resident memory, and GPU memory where NVML exists, in a thread."""

from __future__ import annotations

import contextlib
import logging
import threading
from types import TracebackType
from typing import Any

import psutil

log = logging.getLogger(__name__)
MIB = 1024 * 1024
_nvml: Any = None
_nvml_checked = False


def nvml() -> Any:
    """The initialised pynvml module, or None (said once) where there is no NVIDIA GPU."""
    global _nvml, _nvml_checked
    if not _nvml_checked:
        _nvml_checked = True
        try:
            import pynvml

            pynvml.nvmlInit()
            _nvml = pynvml
        except Exception as exc:  # no package, no driver, no device: all mean "no NVML"
            log.info("GPU memory not sampled: NVML unavailable (%s)", exc)
    return _nvml


class MemorySampler:
    """Context manager recording peak RSS of `pid` (and its children) and peak GPU use."""

    def __init__(self, pid: int | None, interval_s: float = 0.05):
        self.pid = pid
        self.interval_s = interval_s
        self.peak_rss_mib: float | None = None
        self.peak_vram_mib: float | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def _rss(self, proc: psutil.Process) -> float:
        total = proc.memory_info().rss
        for child in proc.children(recursive=True):
            with contextlib.suppress(psutil.Error):
                total += child.memory_info().rss
        return total / MIB

    def _vram(self) -> float | None:
        lib = nvml()
        if lib is None:
            return None
        used = 0
        for index in range(lib.nvmlDeviceGetCount()):
            handle = lib.nvmlDeviceGetHandleByIndex(index)
            used += lib.nvmlDeviceGetMemoryInfo(handle).used
        return float(used) / MIB

    def sample(self) -> None:
        """Take one sample now."""
        if self.pid is not None:
            try:
                rss = self._rss(psutil.Process(self.pid))
                self.peak_rss_mib = max(self.peak_rss_mib or 0.0, rss)
            except psutil.Error:
                pass
        vram = self._vram()
        if vram is not None:
            self.peak_vram_mib = max(self.peak_vram_mib or 0.0, vram)

    def _loop(self) -> None:
        while not self._stop.wait(self.interval_s):
            self.sample()

    def __enter__(self) -> MemorySampler:
        self.sample()
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
