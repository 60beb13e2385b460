"""A monotonic stopwatch for one streamed generation."""

from __future__ import annotations

import time


def percentile(values: list[float], fraction: float) -> float | None:
    """Linear-interpolated percentile (fraction in [0, 1]) of a list, or None if empty."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * fraction
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


class StreamClock:
    """Marks request start, first and last generated token, in nanoseconds.

    A token is marked only when it carries generated content: role-only and empty chunks
    are not tokens, so they must not start the TTFT clock.
    """

    def __init__(self) -> None:
        self.start_ns = time.perf_counter_ns()
        self.first_ns: int | None = None
        self.last_ns: int | None = None
        self.end_ns: int | None = None
        self._gaps_ns: list[int] = []

    def token(self) -> None:
        """Record that generated content arrived now."""
        now = time.perf_counter_ns()
        if self.first_ns is None:
            self.first_ns = now
        else:
            assert self.last_ns is not None
            self._gaps_ns.append(now - self.last_ns)
        self.last_ns = now

    def inter_token_latency_s(self, fraction: float) -> float | None:
        """A percentile of the gaps between successive content chunks, in seconds."""
        return percentile([gap / 1e9 for gap in self._gaps_ns], fraction)

    def stop(self) -> None:
        """Record the end of the response."""
        self.end_ns = time.perf_counter_ns()

    def _seconds(self, mark: int | None) -> float | None:
        return None if mark is None else (mark - self.start_ns) / 1e9

    @property
    def ttft_s(self) -> float | None:
        """Seconds from request to first generated content."""
        return self._seconds(self.first_ns)

    @property
    def last_token_s(self) -> float | None:
        """Seconds from request to the last generated content."""
        return self._seconds(self.last_ns)

    @property
    def latency_s(self) -> float:
        """Seconds from request to the end of the response (now, if not stopped)."""
        end = self.end_ns if self.end_ns is not None else time.perf_counter_ns()
        return (end - self.start_ns) / 1e9
