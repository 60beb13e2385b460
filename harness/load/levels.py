"""Load levels (`--concurrency 1,2,4`, `--rate 0.5,1,2`) and service-level objectives (`--slo`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

LevelKind = Literal["concurrency", "rate"]


@dataclass(frozen=True)
class Level:
    """One load level: N requests in flight at all times, or Poisson arrivals at R per second."""

    kind: LevelKind
    value: float

    @property
    def label(self) -> str:
        """`c=2` or `rate=0.5`: how records and tables name the level."""
        return f"c={int(self.value)}" if self.kind == "concurrency" else f"rate={self.value:g}"


def _numbers(text: str, flag: str) -> list[float]:
    values = []
    for part in text.split(","):
        part = part.strip()
        try:
            value = float(part)
        except ValueError:
            raise ValueError(f"{flag} {text!r}: {part!r} is not a number") from None
        if value <= 0:
            raise ValueError(f"{flag} {text!r}: {part!r} must be positive")
        values.append(value)
    return values


def parse_levels(concurrency: str | None, rate: str | None) -> list[Level]:
    """The levels of a sweep, concurrency levels first, each list in the order given."""
    levels: list[Level] = []
    if concurrency:
        for value in _numbers(concurrency, "--concurrency"):
            if value != int(value):
                raise ValueError(f"--concurrency {concurrency!r}: {value:g} is not a whole number")
            levels.append(Level("concurrency", int(value)))
    if rate:
        levels.extend(Level("rate", value) for value in _numbers(rate, "--rate"))
    if not levels:
        raise ValueError("give --concurrency N,N,... or --rate R,R,... (or both)")
    return levels


# Per-request figures an SLO may bound, in seconds; `checks=pass` asks for a passing answer.
SLO_TIMES = {
    "ttft": "ttft_s",
    "e2e": "latency_s",
    "tpot": "tpot_s",
    "itl_p50": "itl_p50_s",
    "itl_p90": "itl_p90_s",
    "itl_p99": "itl_p99_s",
}


@dataclass(frozen=True)
class Slo:
    """Bounds a request must meet to count towards goodput."""

    limits: dict[str, float]  # SLO name -> seconds
    checks_pass: bool = False

    def met(self, request: dict[str, object]) -> bool:
        """Whether one request (a requests.jsonl line) met every bound; an error never does."""
        if request.get("status") == "error":
            return False
        if self.checks_pass and request.get("status") != "passed":
            return False
        for name, limit in self.limits.items():
            value = request.get(SLO_TIMES[name])
            # A figure that could not be measured (one token: no ITL) does not break the SLO.
            if isinstance(value, (int, float)) and value > limit:
                return False
        return True

    def describe(self) -> str:
        """`ttft<=0.5s, checks pass`."""
        parts = [f"{name}<={limit:g}s" for name, limit in self.limits.items()]
        if self.checks_pass:
            parts.append("checks pass")
        return ", ".join(parts) or "none"


def parse_slo(text: str | None) -> Slo:
    """`ttft=0.5,itl_p99=0.05,checks=pass`; ValueError names the part that is wrong."""
    limits: dict[str, float] = {}
    checks = False
    for part in (text or "").split(","):
        part = part.strip()
        if not part:
            continue
        name, eq, value = part.partition("=")
        name = name.strip()
        if not eq:
            raise ValueError(f"--slo {part!r}: expected NAME=VALUE")
        if name == "checks":
            if value.strip() != "pass":
                raise ValueError(f"--slo {part!r}: the only checks objective is checks=pass")
            checks = True
            continue
        if name not in SLO_TIMES:
            known = ", ".join([*SLO_TIMES, "checks"])
            raise ValueError(f"--slo {part!r}: unknown objective {name!r} (known: {known})")
        try:
            limit = float(value)
        except ValueError:
            raise ValueError(f"--slo {part!r}: {value!r} is not a number of seconds") from None
        if limit <= 0:
            raise ValueError(f"--slo {part!r}: the bound must be positive")
        limits[name] = limit
    return Slo(limits, checks)
