"""`harness report RUN`: the "which model do we deploy" table, one row per backend/model."""

from __future__ import annotations

import json
import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from harness.metrics import tool_metrics
from harness.report.sections import Section
from harness.report.summary import fmt_number, median_present
from harness.report.tool_rates import TOOL_RATES, tool_rate
from harness.results.answer_setup import run_warnings
from harness.results.records import CaseRecord, RunRecord
from harness.stats.paired import paired_difference
from harness.stats.rates import Rate, rate_of

ALPHA = 0.05


@dataclass
class DeployRow:
    """What a person weighs when choosing a backend/model, from one run."""

    backend: str
    model: str
    cases: int
    passed: int
    errors: int
    suite_pass_rates: dict[str, float] = field(default_factory=dict)
    tool_accuracy: float | None = None
    latex_failures: int = 0
    rambling_failures: int = 0
    median_ttft_s: float | None = None
    median_decode_tokens_per_s: float | None = None
    peak_memory_mib: float | None = None
    memory_kind: str | None = None  # "VRAM" or "RSS"
    bandwidth_share: float | None = None
    pass_rate_ci: Rate | None = None
    suite_rates: dict[str, Rate] = field(default_factory=dict)
    tool_accuracy_ci: Rate | None = None
    # "best", "≈ best" (paired test cannot tell it from the best, p >= 0.05) or "".
    rank: str = ""
    p_vs_best: float | None = None

    @property
    def pass_rate(self) -> float:
        """Passed over all records of this backend/model."""
        return self.passed / self.cases if self.cases else 0.0


def _failed_check(records: Sequence[CaseRecord], name: str) -> int:
    return sum(any(c.name == name and not c.passed for c in r.checks) for r in records)


def _outcomes(records: Sequence[CaseRecord]) -> list[list[bool]]:
    by_case: dict[tuple[str, str], list[bool]] = {}
    for record in records:
        by_case.setdefault((record.suite, record.case), []).append(record.status == "passed")
    return list(by_case.values())


def _fractions(records: Sequence[CaseRecord]) -> dict[tuple[str, str], float]:
    by_case: dict[tuple[str, str], list[bool]] = {}
    for record in records:
        by_case.setdefault((record.suite, record.case), []).append(record.status == "passed")
    return {key: sum(v) / len(v) for key, v in by_case.items()}


def _row(backend: str, model: str, records: Sequence[CaseRecord]) -> DeployRow:
    by_suite: dict[str, list[CaseRecord]] = {}
    for record in records:
        by_suite.setdefault(record.suite, []).append(record)
    tools = tool_metrics(records)
    vram = [r.vram_peak_mib for r in records if r.vram_peak_mib is not None]
    rss = [r.rss_peak_mib for r in records if r.rss_peak_mib is not None]
    shares = [r.bandwidth_share for r in records if r.bandwidth_share is not None]
    return DeployRow(
        backend=backend,
        model=model,
        cases=len(records),
        passed=sum(r.status == "passed" for r in records),
        errors=sum(r.status == "error" for r in records),
        suite_pass_rates={
            suite: sum(r.status == "passed" for r in rs) / len(rs) for suite, rs in by_suite.items()
        },
        tool_accuracy=tools[0].accuracy if tools else None,
        latex_failures=_failed_check(records, "latex_leakage"),
        rambling_failures=_failed_check(records, "meta_rambling"),
        median_ttft_s=median_present(r.ttft_s for r in records),
        median_decode_tokens_per_s=median_present(r.decode_tokens_per_s for r in records),
        peak_memory_mib=max(vram or rss) if vram or rss else None,
        memory_kind="VRAM" if vram else "RSS" if rss else None,
        bandwidth_share=statistics.fmean(shares) if shares else None,
        pass_rate_ci=rate_of(_outcomes(records)) if records else None,
        suite_rates={suite: rate_of(_outcomes(rs)) for suite, rs in by_suite.items()},
        tool_accuracy_ci=tool_rate(records, TOOL_RATES[0]),
    )


def _mark_best(rows: list[DeployRow], groups: Sequence[Sequence[CaseRecord]]) -> None:
    """Mark the best pass rate, and those a paired test over shared cases cannot tell from it."""
    if len(rows) < 2:
        return
    best = max(range(len(rows)), key=lambda i: rows[i].pass_rate)
    rows[best].rank = "best"
    best_cases = _fractions(groups[best])
    for i, row in enumerate(rows):
        if i == best:
            continue
        mine = _fractions(groups[i])
        shared = [k for k in best_cases if k in mine]
        if not shared:
            continue
        difference = paired_difference([best_cases[k] for k in shared], [mine[k] for k in shared])
        row.p_vs_best = difference.p_value
        row.rank = "≈ best" if difference.p_value >= ALPHA else ""


def deploy_rows(records: Sequence[CaseRecord]) -> list[DeployRow]:
    """One row per backend/model, in the order the run met them."""
    groups: dict[tuple[str, str], list[CaseRecord]] = {}
    for record in records:
        groups.setdefault((record.backend, record.model), []).append(record)
    rows = [_row(backend, model, rs) for (backend, model), rs in groups.items()]
    _mark_best(rows, list(groups.values()))
    return rows


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def _ci(rate: Rate | None) -> str:
    return "-" if rate is None else rate.text()


def sections(rows: Sequence[DeployRow]) -> list[Section]:
    """The deploy table: suites' pass rates, tool accuracy, failure counts, speed, memory."""
    suites = list(dict.fromkeys(s for row in rows for s in row.suite_pass_rates))
    headers = [
        "backend", "model", *suites, "all", "vs best", "tool accuracy", "LaTeX fails",
        "rambling fails",
        "errors", "median TTFT (s)", "decode (tok/s)", "peak mem (MiB)", "bandwidth share",
    ]  # fmt: skip
    table = [
        [
            row.backend,
            row.model,
            *(_ci(row.suite_rates.get(s)) for s in suites),
            _ci(row.pass_rate_ci) + f" ({row.passed}/{row.cases})",
            row.rank + ("" if row.p_vs_best is None else f" (p={row.p_vs_best:.2g})"),
            _ci(row.tool_accuracy_ci),
            str(row.latex_failures),
            str(row.rambling_failures),
            str(row.errors),
            fmt_number(row.median_ttft_s, 3),
            fmt_number(row.median_decode_tokens_per_s, 1),
            "-" if row.peak_memory_mib is None else f"{row.peak_memory_mib:.0f} {row.memory_kind}",
            _pct(row.bandwidth_share),
        ]
        for row in rows
    ]
    title = (
        "Which model to deploy (pass rates with 95% intervals; ≈ best: a paired test over "
        f"the shared cases cannot tell it from the best at p < {ALPHA:g})"
    )
    if len(suites) > len(rows):
        # Ten suites as columns wrap every header into a stack of letters; a column per
        # model stays readable in a terminal and in markdown alike.
        return [Section(title, *_transposed(headers, table))]
    return [Section(title, headers, table)]


def _transposed(
    headers: Sequence[str], table: Sequence[Sequence[str]]
) -> tuple[list[str], list[list[str]]]:
    """A column per backend/model and a row per suite and measure."""
    models = [f"{row[0]}/{row[1]}" for row in table]
    return ["metric", *models], [
        [header, *(row[index] for row in table)]
        for index, header in enumerate(headers)
        if index > 1
    ]


def lines(run: RunRecord, records: Sequence[CaseRecord]) -> list[str]:
    """Where and when the run was made."""
    environment = run.environment
    gpus = ", ".join(environment.get("gpus") or []) or "no GPU"
    return [
        f"- run {run.run_id} ({run.status}), {len(records)} record(s), "
        f"started {run.started_at}, harness {run.harness_version}",
        f"- machine: {environment.get('cpu', '?')}, {environment.get('cpu_logical', '?')} "
        f"threads, {gpus}",
        *(f"- WARNING {w}" for w in run_warnings(run)),
    ]


def _rate_json(rate: Rate | None) -> dict[str, Any] | None:
    return None if rate is None else rate.model_dump(exclude_none=True)


def _row_json(row: DeployRow) -> dict[str, Any]:
    data = asdict(row)
    for name in ("pass_rate_ci", "suite_rates", "tool_accuracy_ci"):
        data.pop(name)
    # The contract: every rate is {"value", "ci_low", "ci_high", "n"}.
    data["pass_rate"] = _rate_json(row.pass_rate_ci)
    data["suite_pass_rates"] = {s: _rate_json(r) for s, r in row.suite_rates.items()}
    data["tool_accuracy"] = _rate_json(row.tool_accuracy_ci)
    return data


def to_json(run: RunRecord, rows: Sequence[DeployRow]) -> str:
    """The report as JSON: the run's identity and one object per row."""
    return json.dumps(
        {
            "run_id": run.run_id,
            "status": run.status,
            "rows": [_row_json(row) for row in rows],
        },
        indent=2,
    )
