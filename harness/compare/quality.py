"""Quality before → after: pass rates per suite, flipped cases, tool-calling metrics."""

from __future__ import annotations

from collections.abc import Sequence

from harness.compare.gate import GateConfig
from harness.compare.models import Flip, SuiteDelta, ToolDelta
from harness.metrics import ToolMetrics, tool_metrics
from harness.results.records import CaseRecord

CaseKey = tuple[str, str]
EPSILON = 1e-9  # pass rates are ratios of small integers: compare without float noise


def by_case(records: Sequence[CaseRecord]) -> dict[CaseKey, list[CaseRecord]]:
    """Records grouped by (suite, case), repeats together, in first-seen order."""
    groups: dict[CaseKey, list[CaseRecord]] = {}
    for record in records:
        groups.setdefault((record.suite, record.case), []).append(record)
    return groups


def evidence(records: Sequence[CaseRecord]) -> tuple[str, str]:
    """(check, detail) of the first record that did not pass: the error or failing check."""
    for record in records:
        if record.status == "error":
            return "error", record.error or ""
        failing = next((c for c in record.checks if not c.passed), None)
        if record.status == "failed" and failing is not None:
            return failing.name, failing.detail
    return "", ""


def _passed(records: Sequence[CaseRecord]) -> bool:
    return all(r.status == "passed" for r in records)


def suite_deltas(
    baseline: dict[CaseKey, list[CaseRecord]],
    candidate: dict[CaseKey, list[CaseRecord]],
    shared: Sequence[CaseKey],
    gate: GateConfig,
) -> list[SuiteDelta]:
    """Pass rate per suite over the shared cases; a drop beyond the gate is a regression."""
    deltas: dict[str, SuiteDelta] = {}
    for key in shared:
        suite = key[0]
        delta = deltas.setdefault(
            suite,
            SuiteDelta(
                suite=suite,
                baseline_passed=0,
                baseline_total=0,
                candidate_passed=0,
                candidate_total=0,
            ),
        )
        delta.baseline_passed += sum(r.status == "passed" for r in baseline[key])
        delta.baseline_total += len(baseline[key])
        delta.candidate_passed += sum(r.status == "passed" for r in candidate[key])
        delta.candidate_total += len(candidate[key])
    for delta in deltas.values():
        delta.regression = delta.delta_points < -gate.pass_rate_drop - EPSILON
    return list(deltas.values())


def flips(
    baseline: dict[CaseKey, list[CaseRecord]],
    candidate: dict[CaseKey, list[CaseRecord]],
    shared: Sequence[CaseKey],
) -> list[Flip]:
    """Cases whose verdict changed (a case passes when every repeat passed); pass→fail first."""
    worse, better = [], []
    for key in shared:
        was, now = _passed(baseline[key]), _passed(candidate[key])
        if was and not now:
            check, detail = evidence(candidate[key])
            worse.append(Flip(suite=key[0], case=key[1], direction="pass→fail", check=check,
                              evidence=detail))  # fmt: skip
        elif now and not was:
            check, detail = evidence(baseline[key])
            better.append(Flip(suite=key[0], case=key[1], direction="fail→pass", check=check,
                               evidence=detail))  # fmt: skip
    return worse + better


def _tool_figures(metrics: ToolMetrics | None) -> dict[str, float | None]:
    if metrics is None:
        return {}
    figures: dict[str, float | None] = {
        "tool accuracy": metrics.accuracy,
        "call accuracy": (
            metrics.call_correct / metrics.call_cases if metrics.call_cases else None
        ),
        "irrelevance accuracy": (
            metrics.irrelevance_correct / metrics.irrelevance_cases
            if metrics.irrelevance_cases
            else None
        ),
    }
    for outcome in ("answered_instead", "invented_name", "unparseable", "schema_violation",
                    "wrong_values"):  # fmt: skip
        figures[outcome.replace("_", " ")] = metrics.rate(outcome)
    figures["needs fallback"] = metrics.fallback_share
    return figures


def tool_deltas(
    baseline: Sequence[CaseRecord], candidate: Sequence[CaseRecord], gate: GateConfig
) -> list[ToolDelta]:
    """Tool-calling metrics before → after; a drop in overall accuracy beyond the gate fails."""
    before_metrics, after_metrics = tool_metrics(baseline), tool_metrics(candidate)
    before = _tool_figures(before_metrics[0] if before_metrics else None)
    after = _tool_figures(after_metrics[0] if after_metrics else None)
    deltas = []
    for name in dict.fromkeys([*before, *after]):
        was, now = before.get(name), after.get(name)
        regression = (
            name == "tool accuracy"
            and was is not None
            and now is not None
            and 100.0 * (was - now) > gate.tool_accuracy_drop + EPSILON
        )
        deltas.append(ToolDelta(metric=name, baseline=was, candidate=now, regression=regression))
    return deltas
