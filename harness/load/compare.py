"""`harness compare` of two load runs: goodput and p99 TTFT at each level both runs measured.

A change regresses when it passes the gate's threshold *and* the rank test says it is beyond
noise (the same rule as the case comparison): goodput by `pass_rate_drop` percentage points,
over the per-request SLO outcomes; p99 TTFT by `ttft_increase_pct` percent, over the
per-request TTFTs. A level where either client fell behind its schedule is not gated.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from harness.compare.gate import GateConfig
from harness.load.files import KIND, REQUESTS_FILE, RUN_FILE
from harness.report.sections import Section


class LoadCompareError(Exception):
    """A run directory is not a readable load run."""


def is_load_run(run_dir: str | Path) -> bool:
    """Whether a directory holds a `harness load` run."""
    try:
        return bool(json.loads((Path(run_dir) / RUN_FILE).read_text()).get("kind") == KIND)
    except (OSError, ValueError, AttributeError):
        return False


@dataclass
class LoadRun:
    """A load run's levels and its requests, grouped by (backend:model, level)."""

    run: dict[str, Any]
    levels: dict[tuple[str, str], dict[str, Any]]
    requests: dict[tuple[str, str], list[dict[str, Any]]]


def read_load_run(run_dir: str | Path) -> LoadRun:
    """Read run.json and requests.jsonl; LoadCompareError names what is wrong."""
    path = Path(run_dir)
    if not is_load_run(path):
        raise LoadCompareError(f"{path}: not a `harness load` run (no run.json of kind 'load')")
    run = json.loads((path / RUN_FILE).read_text())
    requests: dict[tuple[str, str], list[dict[str, Any]]] = {}
    try:
        text = (path / REQUESTS_FILE).read_text(encoding="utf-8")
    except OSError as exc:
        raise LoadCompareError(f"{path / REQUESTS_FILE}: {exc.strerror}") from None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            key = (f"{item['backend']}:{item['model']}", str(item["level"]))
        except (ValueError, KeyError, TypeError) as exc:
            raise LoadCompareError(f"{path / REQUESTS_FILE}:{number}: {exc}") from None
        requests.setdefault(key, []).append(item)
    levels = {(f"{lv['backend']}:{lv['model']}", lv["level"]): lv for lv in run.get("levels", [])}
    return LoadRun(run, levels, requests)


def _p(first: list[float], second: list[float]) -> float | None:
    from scipy.stats import mannwhitneyu  # lazily: scipy.stats costs 0.7 s to import

    if not first or not second:
        return None
    if len(set(first) | set(second)) == 1:
        return 1.0  # every value equal: nothing tells the samples apart
    return float(mannwhitneyu(first, second, alternative="two-sided").pvalue)


def _verdict(worse: bool, p: float | None, alpha: float) -> str:
    if not worse:
        return "ok"
    return "regression" if p is not None and p < alpha else "within noise"


def compare_load(
    baseline: LoadRun, candidate: LoadRun, gate: GateConfig
) -> tuple[list[list[str]], bool]:
    """One row per shared level and gated figure; whether any regressed."""
    rows: list[list[str]] = []
    regressed = False
    for key in [k for k in baseline.levels if k in candidate.levels]:
        base, cand = baseline.levels[key], candidate.levels[key]
        if base.get("client_limited") or cand.get("client_limited"):
            rows.append([*key, "all", "-", "-", "-", "-", "not gated: client-limited"])
            continue
        base_req, cand_req = baseline.requests.get(key, []), candidate.requests.get(key, [])
        good_b, good_c = base.get("goodput"), cand.get("goodput")
        if good_b is not None and good_c is not None:
            p = _p([float(r.get("slo_met", False)) for r in base_req],
                   [float(r.get("slo_met", False)) for r in cand_req])  # fmt: skip
            drop = (good_b - good_c) * 100
            verdict = _verdict(drop > gate.pass_rate_drop, p, gate.alpha)
            rows.append([*key, "goodput", f"{good_b:.0%}", f"{good_c:.0%}", f"{-drop:+.0f} pp",
                         "-" if p is None else f"{p:.3f}", verdict])  # fmt: skip
            regressed |= verdict == "regression"
        ttft_b, ttft_c = base["ttft_s"].get("p99"), cand["ttft_s"].get("p99")
        if ttft_b and ttft_c is not None:
            p = _p(
                [r["ttft_s"] for r in base_req if r.get("ttft_s") is not None],
                [r["ttft_s"] for r in cand_req if r.get("ttft_s") is not None],
            )
            rise = (ttft_c / ttft_b - 1) * 100
            verdict = _verdict(rise > gate.ttft_increase_pct, p, gate.alpha)
            rows.append([*key, "TTFT p99", f"{ttft_b * 1000:.0f} ms", f"{ttft_c * 1000:.0f} ms",
                         f"{rise:+.0f}%", "-" if p is None else f"{p:.3f}", verdict])  # fmt: skip
            regressed |= verdict == "regression"
    return rows, regressed


HEADERS = ["backend/model", "level", "metric", "baseline", "candidate", "change", "p", "verdict"]


def report(
    baseline: LoadRun, candidate: LoadRun, gate: GateConfig
) -> tuple[str, list[str], list[Section], bool]:
    """Title, facts and the table of a load comparison, and whether it regressed."""
    rows, regressed = compare_load(baseline, candidate, gate)
    only = sorted(set(baseline.levels) ^ set(candidate.levels))
    facts = [
        f"- baseline {baseline.run.get('run_id')}, candidate {candidate.run.get('run_id')}",
        f"- gate: goodput may fall {gate.pass_rate_drop:g} pp, p99 TTFT may rise "
        f"{gate.ttft_increase_pct:g}%, beyond noise at alpha {gate.alpha:g}",
        f"- verdict: {'regression' if regressed else 'no regression'}",
    ]
    if only:
        facts.append(
            f"- levels in one run only (not compared): {', '.join(' '.join(k) for k in only)}"
        )
    title = "Load comparison"
    return title, facts, [Section("Per level", HEADERS, rows)], regressed
