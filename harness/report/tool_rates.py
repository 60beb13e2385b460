"""Tool-calling rates as shares with intervals, and per case for paired comparisons."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from harness.checks.tool_calls import FALLBACK_OUTCOMES
from harness.results.records import CaseRecord
from harness.stats.rates import Rate, rate_of

CaseKey = tuple[str, str]
OUTCOMES = ("answered_instead", "invented_name", "unparseable", "schema_violation", "wrong_values")


@dataclass(frozen=True)
class ToolRate:
    """A tool-calling share: which records it is over, and which of them count."""

    name: str
    applies: Callable[[CaseRecord], bool]
    hit: Callable[[CaseRecord], bool]


def _answered(record: CaseRecord) -> bool:
    # Errors count as wrong answers: a tool case that errored was not served.
    return record.tool_case is not None and (
        record.tool_outcome is not None or record.status == "error"
    )


def _scored(record: CaseRecord) -> bool:
    return record.tool_case is not None and record.tool_outcome is not None


def _correct(record: CaseRecord) -> bool:
    return record.tool_outcome == "correct"


def _outcome(name: str) -> ToolRate:
    return ToolRate(name.replace("_", " "), _scored, lambda r: r.tool_outcome == name)


TOOL_RATES: tuple[ToolRate, ...] = (
    ToolRate("tool accuracy", _answered, _correct),
    ToolRate("call accuracy", lambda r: _scored(r) and r.tool_case == "call", _correct),
    ToolRate(
        "irrelevance accuracy", lambda r: _scored(r) and r.tool_case == "irrelevance", _correct
    ),
    *(_outcome(name) for name in OUTCOMES),
    ToolRate(
        "needs fallback",
        _answered,
        lambda r: r.status == "error" or r.tool_outcome in FALLBACK_OUTCOMES,
    ),
)


def case_hits(records: Sequence[CaseRecord], rate: ToolRate) -> dict[CaseKey, list[bool]]:
    """Per (suite, case), whether each record it applies to counts."""
    hits: dict[CaseKey, list[bool]] = {}
    for record in records:
        if rate.applies(record):
            hits.setdefault((record.suite, record.case), []).append(rate.hit(record))
    return hits


def tool_rate(records: Sequence[CaseRecord], rate: ToolRate) -> Rate | None:
    """The share over the records it applies to, clustered by case; None when none apply."""
    hits = case_hits(records, rate)
    return rate_of(list(hits.values())) if hits else None


def tool_rates(records: Sequence[CaseRecord]) -> dict[str, Rate]:
    """Every tool-calling share that applies to these records (one backend/model)."""
    found = {rate.name: tool_rate(records, rate) for rate in TOOL_RATES}
    return {name: value for name, value in found.items() if value is not None}
