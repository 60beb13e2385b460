"""The server's own Prometheus `/metrics` (llama-server `--metrics`, vLLM), beside the client's.

Scraped before and after each level, and polled during it for the peaks of its gauges
(requests waiting, KV-cache use). A server without the endpoint simply has no such figures.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
from typing import Any

import httpx

# Substrings of the series worth showing beside the client's figures.
QUEUE_SERIES = ("requests_deferred", "num_requests_waiting")
KV_SERIES = ("kv_cache_usage", "cache_usage_perc")
QUEUE_TIME_SUM = "request_queue_time_seconds_sum"
POLL_S = 0.5


def parse_exposition(text: str) -> dict[str, float]:
    """`name{labels} value` lines of the Prometheus text format, keyed by `name{labels}`."""
    samples: dict[str, float] = {}
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if "}" in line:
            key, _, rest = line.rpartition("}")
            key += "}"
        else:
            key, _, rest = line.partition(" ")
        fields = rest.split()
        if not fields:
            continue
        try:
            value = float(fields[0])
        except ValueError:
            continue
        if math.isfinite(value):
            samples[key.strip()] = value
    return samples


def metrics_url(base_url: str) -> str:
    """`/metrics` sits at the server's root, beside `/v1`."""
    return base_url.rstrip("/").removesuffix("/v1") + "/metrics"


async def scrape(client: httpx.AsyncClient, url: str) -> dict[str, float] | None:
    """The server's samples now, or None when it exposes no Prometheus metrics."""
    try:
        response = await client.get(url, timeout=5.0)
    except httpx.HTTPError:
        return None
    if response.status_code != 200 or "json" in response.headers.get("content-type", ""):
        return None
    samples = parse_exposition(response.text)
    return samples or None


class Poller:
    """Scrapes every POLL_S seconds while a level runs, keeping each gauge's peak."""

    def __init__(self, client: httpx.AsyncClient, url: str):
        self.client = client
        self.url = url
        self.peaks: dict[str, float] = {}
        self._task: asyncio.Task[None] | None = None

    async def _loop(self) -> None:
        while True:
            samples = await scrape(self.client, self.url)
            for key, value in (samples or {}).items():
                if any(part in key for part in (*QUEUE_SERIES, *KV_SERIES)):
                    self.peaks[key] = max(value, self.peaks.get(key, value))
            await asyncio.sleep(POLL_S)

    def start(self) -> None:
        """Begin polling in the running event loop."""
        self._task = asyncio.create_task(self._loop())

    async def stop(self) -> None:
        """Stop polling."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task


def _is_cumulative(key: str) -> bool:
    """Counters and histogram parts (by Prometheus naming); a gauge's difference means nothing."""
    name = key.partition("{")[0]
    return name.endswith(("_total", "_sum", "_count", "_bucket"))


def summarize(
    before: dict[str, float] | None, after: dict[str, float] | None, peaks: dict[str, float]
) -> dict[str, Any] | None:
    """The server's view of a level: counters' increase, queue and KV-cache peaks."""
    if before is None or after is None:
        return None
    delta = {
        k: after[k] - before[k]
        for k in after
        if k in before and after[k] != before[k] and _is_cumulative(k)
    }
    queue_time = None
    for key, total in delta.items():
        if QUEUE_TIME_SUM in key:
            count = delta.get(key.replace("_sum", "_count"))
            if count:
                queue_time = total / count
    return {
        "queue_time_mean_s": queue_time,
        "queue_peak": max(
            (v for k, v in peaks.items() if any(s in k for s in QUEUE_SERIES)), default=None
        ),
        "kv_cache_peak": max(
            (v for k, v in peaks.items() if any(s in k for s in KV_SERIES)), default=None
        ),
        "delta": delta,
        "after": after,
    }
