"""How the quality gate decides: threshold and significance, must-pass cases, repeats, setup."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from scipy.stats import mannwhitneyu

from harness.compare import Side, compare_runs
from harness.compare.gate import GateConfig
from harness.compare.perf import METRICS, compare_metric
from harness.report import comparison as view
from harness.report.deploy import deploy_rows
from harness.results.records import BackendRecord, CaseRecord, RunRecord, SuiteRecord
from harness.stats.power import detectable_drop
from tests.helpers import run_harness
from tests.runs import GOOD, WORSE, make_run

CASES = 40


def records(
    passing: set[int], repeats: int = 1, model: str = "m", **extra: object
) -> list[CaseRecord]:
    return [
        CaseRecord(
            suite="s", case=f"c{i}", backend="replay", model=model, repeat=r,
            status="passed" if i in passing else "failed", **extra,  # type: ignore[arg-type]
        )
        for i in range(CASES)
        for r in range(repeats)
    ]  # fmt: skip


def side(recs: list[CaseRecord], **run: object) -> Side:
    record = RunRecord(
        run_id="r", status="completed", harness_version="0", started_at="2026-01-01T00:00:00+00:00",
        **run,  # type: ignore[arg-type]
    )  # fmt: skip
    return Side("dir", record, recs)


BASE = set(range(30))  # 30 of 40 cases pass


def test_the_gate_fires_at_six_one_way_flips_and_prints_the_detectable_drop() -> None:
    fired = []
    for k in range(10):
        comparison = compare_runs(
            side(records(BASE)), side(records(BASE - set(range(k)))), GateConfig()
        )
        (suite,) = comparison.pairs[0].suites
        assert suite.difference.worse == k and suite.difference.better == 0
        if comparison.regressed:
            fired.append(k)
        expected = detectable_drop(CASES, 0.05)
        assert suite.detectable_drop_points == pytest.approx(100 * expected)  # type: ignore[operator]
    assert fired == [6, 7, 8, 9]  # exact McNemar: 2 / 2**6 = 0.031 < 0.05 < 2 / 2**5
    # The printed detectable drop (80% power) is above the smallest drop that can fire.
    assert suite.detectable_drop_points > 100 * 6 / CASES  # type: ignore[operator]


def test_flips_both_ways_are_within_noise() -> None:
    candidate = (BASE - {0, 1, 2}) | {30, 31}
    comparison = compare_runs(side(records(BASE)), side(records(candidate)), GateConfig())
    (suite,) = comparison.pairs[0].suites
    assert suite.verdict == "within noise" and not comparison.regressed
    assert {f.suite_verdict for f in comparison.pairs[0].flips} == {"within noise"}
    assert suite.difference.ci_low < suite.difference.value < suite.difference.ci_high


def test_a_significant_drop_inside_the_threshold_passes() -> None:
    worse = side(records(BASE - set(range(8))))  # -20 points, p = 0.008
    assert compare_runs(side(records(BASE)), worse, GateConfig()).regressed
    assert not compare_runs(side(records(BASE)), worse, GateConfig(pass_rate_drop=20)).regressed


@pytest.mark.parametrize(
    ("gate", "tags"),
    [
        (GateConfig(), ["must-pass"]),
        (GateConfig(must_pass=("s/c3",)), []),
        (GateConfig(must_pass=("c3",)), []),
        (GateConfig(must_pass=("tag:critical",)), ["critical"]),
    ],
)
def test_a_must_pass_case_fails_the_gate_alone(gate: GateConfig, tags: list[str]) -> None:
    def tagged(recs: list[CaseRecord]) -> list[CaseRecord]:
        return [r.model_copy(update={"tags": tags}) if r.case == "c3" else r for r in recs]

    comparison = compare_runs(side(tagged(records(BASE))), side(tagged(records(BASE - {3}))), gate)
    assert comparison.regressed
    assert comparison.regressions == [
        next(r for r in comparison.regressions if "must-pass case s/c3 1/1 → 0/1" in r)
    ]
    (must,) = comparison.pairs[0].must_pass
    assert must.regression and must.suite == "s"
    # Another case flipping alone is within noise.
    assert not compare_runs(
        side(tagged(records(BASE))), side(tagged(records(BASE - {4}))), gate
    ).regressed


def test_repeats_count_a_case_by_its_pass_fraction() -> None:
    base = records(BASE, repeats=3)
    # c0 now passes 2 of 3 repeats: flaky, a third of a case worse, not a regression.
    cand = [r.model_copy(update={"status": "failed"}) if (r.case, r.repeat) == ("c0", 0) else r
            for r in base]  # fmt: skip
    comparison = compare_runs(side(base), side(cand), GateConfig())
    pair = comparison.pairs[0]
    (suite,) = pair.suites
    assert suite.difference.value == pytest.approx(-1 / 3 / CASES)
    assert suite.difference.method.startswith("paired permutation")
    assert not comparison.regressed
    assert [(f.side, f.case, f.passed, f.total) for f in pair.flaky] == [("candidate", "c0", 2, 3)]
    assert pair.candidate_repeats is not None and pair.candidate_repeats.k == 3
    assert pair.candidate_repeats.pass_at_k == pytest.approx(30 / 40)
    assert pair.candidate_repeats.pass_hat_k == pytest.approx(29 / 40)
    (flip,) = pair.flips
    assert (flip.baseline_passed, flip.candidate_passed, flip.candidate_total) == (3, 2, 3)
    # The pass rate's interval is clustered by case: 120 answers, but 40 cases' worth.
    assert suite.baseline_rate.n == 120 and suite.baseline_rate.cases == CASES


def test_a_fallback_template_and_setup_differences_are_said_beside_the_verdict() -> None:
    def backend(sha: str | None, fmt: str, version: str) -> BackendRecord:
        return BackendRecord(
            spec="replay:m", backend="replay", backend_version=version, target="replay:m",
            settings={"chat_format": fmt, "chat_template_sha256": sha},
        )  # fmt: skip

    suite = {"name": "s", "path": "s.yaml", "sha256": "x", "cases": CASES}
    base = side(records(BASE), backends=[backend("a" * 64, "chat_template.default", "1.0")],
                suites=[SuiteRecord(**suite, sampling={"temperature": 0.0, "max_tokens": 96})])  # fmt: skip
    cand = side(records(BASE), backends=[backend(None, "llama-2", "1.1")],
                suites=[SuiteRecord(**suite, sampling={"temperature": 0.7, "max_tokens": 96})])  # fmt: skip
    comparison = compare_runs(base, cand, GateConfig())
    (warning,) = comparison.warnings
    assert warning.startswith("candidate: replay:m") and "`llama-2`" in warning
    differences = comparison.pairs[0].setup_differences
    assert "chat template sha256: aaaaaaaaaaaa → None" in differences
    assert "engine: 1.0 → 1.1" in differences
    assert "s sampling temperature: 0.0 → 0.7" in differences
    text = view.lines(comparison)
    assert any(line.startswith("- WARNING candidate:") for line in text)
    assert any(line.startswith("- differs (replay:m): chat format") for line in text)


def test_the_rank_test_is_scipy_mann_whitney_on_samples_scaled_by_the_baseline() -> None:
    def timed(values: list[list[float]]) -> list[CaseRecord]:
        return [
            CaseRecord(
                suite="s", case=f"c{i}", backend="b", model="m", repeat=r, status="passed", ttft_s=v
            )
            for i, case in enumerate(values)
            for r, v in enumerate(case)
        ]

    base = [[1.0, 1.1, 0.9], [2.0, 2.1, 1.9]]
    cand = [[1.3, 1.4, 1.2], [2.5, 2.6, 2.4]]
    delta = compare_metric(METRICS[0], timed(base), timed(cand), GateConfig())
    assert delta is not None
    scaled_base = [v / 1.0 for v in base[0]] + [v / 2.0 for v in base[1]]
    scaled_cand = [v / 1.0 for v in cand[0]] + [v / 2.0 for v in cand[1]]
    assert delta.p_value == pytest.approx(mannwhitneyu(scaled_base, scaled_cand).pvalue)
    assert delta.baseline_mean is not None and delta.baseline_mean.value == pytest.approx(1.5)
    assert delta.baseline_cv == pytest.approx((0.1 / 1.0 + 0.1 / 2.0) / 2)
    assert delta.gated and delta.status == "regression"


def test_report_marks_models_indistinguishable_from_the_best() -> None:
    rows = deploy_rows(
        records(BASE, model="best") + records(BASE - {0, 1}, model="close")
        + records(set(range(10)), model="poor")
    )  # fmt: skip
    ranks = {row.model: row.rank for row in rows}
    assert ranks == {"best": "best", "close": "≈ best", "poor": ""}
    poor = next(row for row in rows if row.model == "poor")
    assert poor.pass_rate_ci is not None and poor.pass_rate_ci.ci_high < 0.75


def test_json_rates_are_objects_with_intervals_and_differences_carry_p(tmp_path: Path) -> None:
    good, worse = make_run(tmp_path, "good", GOOD), make_run(tmp_path, "worse", WORSE)
    result = run_harness(
        "compare", str(good), str(worse), "--format", "json", "--pyproject", "/nonexistent"
    )
    report = json.loads(result.stdout)
    (suite,) = report["pairs"][0]["suites"]
    for rate in (suite["baseline_rate"], suite["candidate_rate"]):
        assert {"value", "ci_low", "ci_high", "n"} <= rate.keys()
        assert rate["ci_low"] <= rate["value"] <= rate["ci_high"]
    assert suite["difference"]["p_value"] == pytest.approx(0.5)  # 2 flips, one way
    assert suite["verdict"] == "within noise" and result.returncode == 0
    assert suite["detectable_drop_points"] is None  # 4 cases can never show a drop
    reported = run_harness("report", str(worse), "--format", "json")
    (row,) = json.loads(reported.stdout)["rows"]
    assert {"value", "ci_low", "ci_high", "n"} <= row["pass_rate"].keys()


def test_run_warns_when_a_model_falls_back_to_a_generic_template(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from harness.backends.base import BackendSpec
    from harness.results.answer_setup import describe_answers

    record = BackendRecord(
        spec="llamacpp:/m/gemma.gguf",
        backend="llamacpp",
        settings={"chat_format": "llama-2", "chat_template_sha256": None},
    )
    spec = BackendSpec("llamacpp", "/m/gemma.gguf", {"labels": {"quantization": "Q4_K_M"}})
    with caplog.at_level("WARNING", logger="harness"):
        describe_answers(record, spec, "gemma", 64)
    (warning,) = record.warnings
    assert "fell back to its generic `llama-2` format" in warning
    assert "llamacpp:gemma" in caplog.text
    assert (record.target, record.labels, record.max_tokens_cap) == (
        "llamacpp:gemma",
        {"quantization": "Q4_K_M"},
        64,
    )
    own = BackendRecord(
        spec="llamacpp:smollm2",
        backend="llamacpp",
        settings={"chat_format": "chat_template.default", "chat_template_sha256": "ab" * 32},
    )
    describe_answers(own, BackendSpec("llamacpp", "smollm2", {}), "smollm2", None)
    assert own.warnings == []
