"""A monotonic stopwatch for one streamed generation."""

from __future__ import annotations

import time


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

    def token(self) -> None:
        """Record that generated content arrived now."""
        now = time.perf_counter_ns()
        if self.first_ns is None:
            self.first_ns = now
        self.last_ns = now

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
