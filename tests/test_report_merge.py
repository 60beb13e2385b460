"""`harness report`, `harness merge` and `harness baseline promote` on real (replayed) runs."""

from __future__ import annotations

import itertools
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from harness.report.svg import nice_ticks
from harness.results.store import read_run
from tests.helpers import run_harness
from tests.runs import GOOD, SUITE, WORSE, make_run


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("runs")
    return {
        "good": make_run(root, "good", GOOD, model="good"),
        "worse": make_run(root, "worse", WORSE, model="worse"),
    }


@pytest.fixture(scope="module")
def merged(runs: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("merged") / "run"
    result = run_harness("merge", str(runs["good"]), str(runs["worse"]), "--out", str(out))
    assert result.returncode == 0, result.stderr
    return out


def test_merge_keeps_every_record_and_each_machine(merged: Path) -> None:
    run, records = read_run(merged)
    assert {r.model for r in records} == {"good.jsonl", "worse.jsonl"}
    assert len(records) == 2 * len(GOOD)
    assert run.counts == {"passed": 6, "failed": 2, "error": 0}
    assert run.status == "completed"
    extra = run.model_dump()
    assert set(extra["machines"]) == {"replay:good.jsonl", "replay:worse.jsonl"}
    assert [m["run_id"] for m in extra["merged_from"]] == ["good", "worse"]


def test_merge_refuses_runs_of_different_suites_unless_told(
    runs: dict[str, Path], tmp_path: Path
) -> None:
    changed = make_run(tmp_path, "changed", GOOD, model="changed", suite_text=SUITE + "# edited\n")
    result = run_harness("merge", str(runs["good"]), str(changed), "--out", str(tmp_path / "m"))
    assert result.returncode == 2
    assert "suite facts differs" in result.stderr and str(changed) in result.stderr
    assert not (tmp_path / "m").exists()
    result = run_harness(
        "merge", str(runs["good"]), str(changed), "--out", str(tmp_path / "m"),
        "--allow-suite-mismatch",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


def test_merge_refuses_the_same_case_twice(runs: dict[str, Path], tmp_path: Path) -> None:
    result = run_harness(
        "merge", str(runs["good"]), str(runs["good"]), "--out", str(tmp_path / "m")
    )
    assert result.returncode == 2
    assert "both hold facts/capital for replay:good.jsonl" in result.stderr


def test_report_has_a_row_per_model_with_suite_rates_and_failure_counts(merged: Path) -> None:
    result = run_harness("report", str(merged), "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = {row["model"]: row for row in json.loads(result.stdout)["rows"]}
    assert rows["good.jsonl"]["suite_pass_rates"]["facts"]["value"] == 1.0
    assert rows["worse.jsonl"]["suite_pass_rates"]["facts"]["value"] == 0.5
    assert rows["worse.jsonl"]["latex_failures"] == 1
    assert rows["good.jsonl"]["latex_failures"] == 0
    assert rows["good.jsonl"]["median_ttft_s"] == pytest.approx(0.1)
    markdown = run_harness("report", str(merged), "--format", "markdown").stdout
    interval = r"50% \[\d+%–\d+%\]"
    assert re.search(rf"\| replay +\| worse.jsonl +\| {interval} +\| {interval} \(2/4\)", markdown)


def test_report_writes_junit_and_a_self_contained_html_page(merged: Path, tmp_path: Path) -> None:
    html, junit = tmp_path / "report.html", tmp_path / "junit.xml"
    result = run_harness("report", str(merged), "--html", str(html), "--junit", str(junit))
    assert result.returncode == 0, result.stderr
    page = html.read_text()
    assert "<script" not in page and "http://" not in page.replace("http://www.w3.org", "")
    assert "missing [&#x27;Paris&#x27;]" in page  # the failure table escapes the evidence
    assert page.count("<svg") == 2  # replay has no memory to plot: pass rate vs speed, TTFT
    suites = ET.parse(junit).getroot().findall("testsuite")
    assert [(s.get("name"), s.get("tests"), s.get("failures")) for s in suites] == [
        ("facts", "8", "2")
    ]


@pytest.mark.model
def test_html_report_of_a_real_run_plots_speed_ttft_and_memory(tmp_path: Path) -> None:
    suite = tmp_path / "s.yaml"
    suite.write_text("name: s\ncases: [{id: a, prompt: Hi}, {id: b, prompt: Say yes}]\n")
    out = tmp_path / "run"
    result = run_harness("run", str(suite), "--backend", "llamacpp:smollm2", "--out", str(out),
                         "--max-tokens", "8", "--no-progress")  # fmt: skip
    assert result.returncode == 0, result.stderr
    html = tmp_path / "report.html"
    assert run_harness("report", str(out), "--html", str(html)).returncode == 0
    page = html.read_text()
    titles = re.findall(r"<svg[^>]*><title>([^<]+)</title>", page)
    assert titles == ["pass rate vs decode speed", "TTFT distribution", "memory over the run"]
    assert "<polyline" in page and "<circle" in page and "<rect" in page


def test_baseline_promote_copies_a_completed_run_once(
    runs: dict[str, Path], tmp_path: Path
) -> None:
    baselines = tmp_path / "baselines"
    args = ("baseline", "promote", str(runs["good"]), "--name", "smollm2-cpu",
            "--baselines", str(baselines))  # fmt: skip
    assert run_harness(*args).returncode == 0
    assert (baselines / "smollm2-cpu" / "cases.jsonl").read_text() == (
        runs["good"] / "cases.jsonl"
    ).read_text()
    again = run_harness(*args)
    assert again.returncode == 2 and "--force replaces it" in again.stderr
    assert run_harness(*args, "--force").returncode == 0
    compared = run_harness("compare", str(baselines / "smollm2-cpu"), str(runs["good"]))
    assert compared.returncode == 0, compared.stdout


def test_baseline_promote_refuses_an_unfinished_run(tmp_path: Path) -> None:
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    (run_dir / "run.json").write_text(
        json.dumps(
            {
                "run_id": "run",
                "status": "interrupted",
                "harness_version": "0",
                "started_at": "2026-01-01T00:00:00+00:00",
            }
        )
    )
    (run_dir / "cases.jsonl").write_text("")
    result = run_harness("baseline", "promote", str(run_dir), "--name", "x",
                         "--baselines", str(tmp_path / "b"))  # fmt: skip
    assert result.returncode == 2 and "the run is interrupted" in result.stderr


@pytest.mark.parametrize(("low", "high"), [(0.0, 1.0), (0.013, 0.27), (95.0, 4100.0), (5.0, 5.0)])
def test_axis_ticks_are_round_and_cover_the_data(low: float, high: float) -> None:
    ticks = nice_ticks(low, high)
    assert ticks[0] <= low and ticks[-1] >= high
    assert 2 <= len(ticks) <= 12
    steps = {round(b - a, 9) for a, b in itertools.pairwise(ticks)}
    assert len(steps) == 1
