"""Metrics computed from case records, shared by compare/ and report/ (one calculation each)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from harness.checks.tool_calls import FALLBACK_OUTCOMES
from harness.results.records import CaseRecord


@dataclass(frozen=True)
class ToolMetrics:
    """Counts and rates of tool-call outcomes for one backend/model."""

    backend: str
    model: str
    outcomes: Counter[str]
    call_cases: int
    irrelevance_cases: int
    call_correct: int
    irrelevance_correct: int
    errors: int

    @property
    def total(self) -> int:
        """Tool cases with an outcome (errors excluded)."""
        return sum(self.outcomes.values())

    def rate(self, outcome: str) -> float:
        """Share of tool cases that ended in `outcome`."""
        return self.outcomes[outcome] / self.total if self.total else 0.0

    @property
    def accuracy(self) -> float | None:
        """Correct tool cases over all tool cases, errors counted as wrong; None without any."""
        answered = self.total + self.errors
        return (self.call_correct + self.irrelevance_correct) / answered if answered else None

    @property
    def fallback_share(self) -> float:
        """Share of tool cases (errors included) a runtime fallback would have re-routed."""
        needing = sum(self.outcomes[o] for o in FALLBACK_OUTCOMES) + self.errors
        return needing / (self.total + self.errors) if self.total + self.errors else 0.0


def tool_metrics(records: Sequence[CaseRecord]) -> list[ToolMetrics]:
    """One entry per backend/model that ran tool cases."""
    groups: dict[tuple[str, str], list[CaseRecord]] = {}
    for record in records:
        if record.tool_case is not None:
            groups.setdefault((record.backend, record.model), []).append(record)
    metrics = []
    for (backend, model), group in groups.items():
        scored = [r for r in group if r.tool_outcome is not None]
        calls = [r for r in scored if r.tool_case == "call"]
        irrelevance = [r for r in scored if r.tool_case == "irrelevance"]
        metrics.append(
            ToolMetrics(
                backend=backend,
                model=model,
                outcomes=Counter(r.tool_outcome for r in scored if r.tool_outcome),
                call_cases=len(calls),
                irrelevance_cases=len(irrelevance),
                call_correct=sum(r.tool_outcome == "correct" for r in calls),
                irrelevance_correct=sum(r.tool_outcome == "correct" for r in irrelevance),
                errors=sum(r.status == "error" for r in group),
            )
        )
    return metrics
