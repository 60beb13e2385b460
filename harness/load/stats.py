"""Per-level figures: throughput, latency percentiles, error and pass rates, goodput, client lag."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from harness.load.levels import Level, Slo
from harness.timing.clock import percentile

# Lag a closed loop may show before its level is called client-limited; an open loop may
# also not lag by more than its mean gap between arrivals.
DEFAULT_MAX_LAG_S = 0.05
QUANTILES = {"p50": 0.5, "p90": 0.9, "p99": 0.99}


def quantiles(values: Sequence[float]) -> dict[str, float | None]:
    """p50, p90 and p99 of `values` (None when empty)."""
    return {name: percentile(list(values), q) for name, q in QUANTILES.items()}


def _numbers(lines: Sequence[dict[str, Any]], key: str) -> list[float]:
    return [float(line[key]) for line in lines if isinstance(line.get(key), (int, float))]


def client_limit(level: Level, lag_p99: float | None, max_lag_s: float) -> str | None:
    """Why the client, not the server, set the pace of a level; None when it kept up."""
    if lag_p99 is None:
        return None
    if lag_p99 > max_lag_s:
        return f"p99 send lag {lag_p99 * 1000:.1f} ms > {max_lag_s * 1000:g} ms"
    if level.kind == "rate" and lag_p99 > 1.0 / level.value:
        return f"p99 send lag {lag_p99 * 1000:.1f} ms > the mean gap between arrivals"
    return None


def level_stats(
    level: Level,
    lines: Sequence[dict[str, Any]],
    gaps: Sequence[float],
    duration_s: float,
    slo: Slo,
    max_lag_s: float = DEFAULT_MAX_LAG_S,
) -> dict[str, Any]:
    """The figures of one level from its requests.jsonl lines and pooled inter-token gaps."""
    answered = [line for line in lines if line["status"] != "error"]
    scored = [line for line in answered if line.get("checks")]
    passed = sum(1 for line in scored if line["status"] == "passed")
    met = sum(1 for line in lines if slo.met(line))
    lag = quantiles(_numbers(lines, "lag_s"))
    reason = client_limit(level, lag["p99"], max_lag_s)
    tokens = sum(int(line.get("output_tokens") or 0) for line in answered)
    sent = _numbers(lines, "sent_at")
    span = max(sent) - min(sent) if len(sent) > 1 else 0.0
    return {
        "level": level.label,
        "kind": level.kind,
        "value": level.value,
        "requests": len(lines),
        "errors": len(lines) - len(answered),
        "error_rate": (len(lines) - len(answered)) / len(lines) if lines else None,
        "duration_s": duration_s,
        "requests_per_s": len(answered) / duration_s if duration_s > 0 else None,
        "send_rate_per_s": (len(sent) - 1) / span if span > 0 else None,
        "output_tokens_per_s": tokens / duration_s if duration_s > 0 else None,
        "ttft_s": quantiles(_numbers(answered, "ttft_s")),
        "itl_s": quantiles(gaps),
        "tpot_s": quantiles(_numbers(answered, "tpot_s")),
        "e2e_s": quantiles(_numbers(answered, "latency_s")),
        "checks_pass_rate": passed / len(scored) if scored else None,
        "checks_scored": len(scored),
        "goodput": met / len(lines) if lines else None,
        "goodput_per_s": met / duration_s if duration_s > 0 else None,
        "slo": slo.describe(),
        "lag_s": lag,
        "client_limited": reason is not None,
        "client_limited_reason": reason,
    }
