"""`harness compare`: exit codes, flipped cases with evidence, gates on quality and speed."""

from __future__ import annotations

import json
import random
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from harness.compare.gate import GateConfig, GateError, load_gate
from harness.compare.pairing import PairingError, pair_targets
from harness.compare.perf import METRICS, compare_metric
from harness.results.records import CaseRecord
from tests.helpers import run_harness
from tests.runs import GOOD, SUITE, WORSE, make_run


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("runs")
    return {
        "good": make_run(root, "good", GOOD),
        "worse": make_run(root, "worse", WORSE),
        "slow": make_run(root, "slow", GOOD, ttft_s=0.2),
        "good3": make_run(root, "good3", GOOD, repeat=3),
        "slow3": make_run(root, "slow3", GOOD, ttft_s=0.2, repeat=3),
        "other": make_run(root, "other", WORSE, model="other"),
    }


def compare_json(*args: str) -> tuple[int, dict]:
    result = run_harness("compare", *args, "--format", "json", "--pyproject", "/nonexistent")
    assert result.returncode in (0, 1), result.stderr
    return result.returncode, json.loads(result.stdout)


def test_a_run_compared_with_itself_passes(runs: dict[str, Path]) -> None:
    result = run_harness("compare", str(runs["good"]), str(runs["good"]))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no regression" in result.stdout


def test_a_worse_candidate_fails_with_flipped_cases_and_evidence(runs: dict[str, Path]) -> None:
    # Two flips in four cases are within noise (p = 0.5); the must-pass case fails alone.
    code, report = compare_json(str(runs["good"]), str(runs["worse"]))
    assert code == 0
    assert report["pairs"][0]["suites"][0]["verdict"] == "within noise"
    code, report = compare_json(str(runs["good"]), str(runs["worse"]), "--must-pass", "facts/times")
    assert code == 1
    (pair,) = report["pairs"]
    assert pair["suites"][0]["baseline_rate"]["value"] == 1.0
    assert pair["suites"][0]["candidate_rate"]["value"] == 0.5
    flips = {(f["case"], f["direction"], f["check"]): f["evidence"] for f in pair["flips"]}
    assert flips.keys() == {
        ("capital", "pass→fail", "contains"),
        ("times", "pass→fail", "latex_leakage"),
    }
    assert "Lyon" in flips[("capital", "pass→fail", "contains")]
    assert report["regressions"] and "must-pass case facts/times" in report["regressions"][0]


def test_an_improvement_is_listed_as_fail_to_pass_and_passes(runs: dict[str, Path]) -> None:
    code, report = compare_json(str(runs["worse"]), str(runs["good"]))
    assert code == 0
    assert {f["direction"] for f in report["pairs"][0]["flips"]} == {"fail→pass"}


def test_the_pass_rate_threshold_comes_from_the_command_line(runs: dict[str, Path]) -> None:
    # At alpha 0.99 the 50-point drop counts as significant; the threshold alone decides.
    lax = ("--alpha", "0.99")
    code, _ = compare_json(str(runs["good"]), str(runs["worse"]), *lax)
    assert code == 1
    code, _ = compare_json(str(runs["good"]), str(runs["worse"]), *lax, "--pass-rate-drop", "50")
    assert code == 0


def test_a_slower_single_sample_run_is_unconfirmed_and_does_not_fail(
    runs: dict[str, Path], tmp_path: Path
) -> None:
    code, report = compare_json(str(runs["good"]), str(runs["slow"]))
    ttft = next(p for p in report["pairs"][0]["perf"] if p["metric"] == "TTFT")
    assert ttft["change_pct"] == pytest.approx(100.0)
    assert ttft["status"] == "unconfirmed"
    assert code == 0
    code, _ = compare_json(str(runs["good"]), str(runs["slow"]), "--fail-unconfirmed")
    assert code == 1
    junit = tmp_path / "junit.xml"
    run_harness("compare", str(runs["good"]), str(runs["slow"]), "--junit", str(junit))
    ttft = next(c for c in ET.parse(junit).getroot().iter("testcase") if c.get("name") == "TTFT")
    skipped = ttft.find("skipped")
    assert skipped is not None and "noise unknown" in skipped.get("message", "")


def test_a_slower_run_with_repeats_is_a_confirmed_regression(runs: dict[str, Path]) -> None:
    code, report = compare_json(str(runs["good3"]), str(runs["slow3"]))
    ttft = next(p for p in report["pairs"][0]["perf"] if p["metric"] == "TTFT")
    assert ttft["status"] == "regression"
    assert ttft["p_value"] < 0.05
    assert code == 1
    # Prefill is prompt tokens over TTFT: it halved too.
    loose = ("--ttft-increase-pct", "150", "--prefill-drop-pct", "60")
    code, _ = compare_json(str(runs["good3"]), str(runs["slow3"]), *loose)
    assert code == 0


def test_repeats_of_the_same_speed_are_not_a_regression(runs: dict[str, Path]) -> None:
    code, report = compare_json(str(runs["good3"]), str(runs["good3"]))
    assert code == 0
    assert all(p["status"] == "unchanged" for p in report["pairs"][0]["perf"])


def test_the_only_model_on_each_side_is_paired_with_a_note(runs: dict[str, Path]) -> None:
    code, report = compare_json(str(runs["good"]), str(runs["other"]), "--must-pass", "times")
    assert code == 1
    pair = report["pairs"][0]
    assert (pair["baseline"], pair["candidate"]) == ("replay:model.jsonl", "replay:other.jsonl")
    assert any("only backend/model left" in note for note in report["notes"])


def test_cases_on_one_side_only_are_listed(tmp_path: Path, runs: dict[str, Path]) -> None:
    extra = SUITE + '  - {id: extra, prompt: "Say hi", expect: [{contains: hi}]}\n'
    bigger = make_run(tmp_path, "bigger", {**GOOD, "extra": "hi"}, suite_text=extra)
    _, report = compare_json(str(runs["good"]), str(bigger))
    assert report["pairs"][0]["candidate_only"] == ["facts/extra"]
    assert any("suite facts changed" in note for note in report["notes"])
    text = run_harness("compare", str(runs["good"]), str(bigger), "--format", "markdown").stdout
    assert "| candidate only | facts/extra" in text


def test_junit_has_a_testcase_per_case_and_per_gate(tmp_path: Path, runs: dict[str, Path]) -> None:
    junit = tmp_path / "out" / "junit.xml"
    result = run_harness(
        "compare", str(runs["good"]), str(runs["worse"]), "--junit", str(junit),
        "--must-pass", "facts/times",
    )  # fmt: skip
    assert result.returncode == 1
    root = ET.parse(junit).getroot()
    cases = {c.get("name"): c for c in root.iter("testcase")}
    assert "capital[replay:model.jsonl]" in cases
    failure = cases["capital[replay:model.jsonl]"].find("failure")
    assert failure is not None and "contains" in failure.get("message", "")
    assert cases["sum[replay:model.jsonl]"].find("failure") is None
    assert cases["pass rate facts"].find("failure") is None  # two flips: within noise
    gate = cases["must pass facts/times"].find("failure")
    assert gate is not None and "1/1 → 0/1" in gate.get("message", "")


def test_the_html_page_shows_both_runs(tmp_path: Path, runs: dict[str, Path]) -> None:
    html = tmp_path / "compare.html"
    result = run_harness(
        "compare", str(runs["good"]), str(runs["worse"]), "--html", str(html),
        "--must-pass", "times",
    )  # fmt: skip
    assert result.returncode == 1
    page = html.read_text()
    assert "<title>Compare good → worse: REGRESSION (4 case(s) compared)</title>" in page
    assert "baseline replay:model.jsonl" in page and "candidate replay:model.jsonl" in page
    assert r"\[ 7 \times 6 = 42 \]" in page  # the flip's evidence
    assert "<script" not in page


def test_the_job_summary_is_appended_when_github_sets_it(
    tmp_path: Path, runs: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    run_harness("compare", str(runs["good"]), str(runs["worse"]), "--must-pass", "times")
    text = summary.read_text()
    assert text.startswith("earlier step\n")
    assert "## Compare good → worse: REGRESSION" in text
    assert "| replay:model.jsonl | facts/capital | pass→fail" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["/nonexistent/base", "{good}"], "baseline /nonexistent/base: no run.json"),
        (["{good}", "{good}", "--pair", "a:b=c:d"], "the baseline has no 'a:b'"),
        (["{good}", "{good}", "--alpha", "2"], "command line: alpha"),
        (["{good}", "{good}", "--pair", "nonsense"], "expected BASE=CAND"),
    ],
)
def test_bad_input_exits_2_and_says_what(
    runs: dict[str, Path], args: list[str], message: str
) -> None:
    result = run_harness("compare", *(a.format(good=runs["good"]) for a in args))
    assert result.returncode == 2
    assert message in result.stderr


def test_gate_thresholds_come_from_pyproject_then_flags(tmp_path: Path) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text("[tool.harness.gate]\npass_rate_drop = 5\ndecode_drop_pct = 20\n")
    gate = load_gate(pyproject, {"decode_drop_pct": 30.0, "alpha": None})
    assert (gate.pass_rate_drop, gate.decode_drop_pct, gate.alpha) == (5.0, 30.0, 0.05)
    pyproject.write_text("[tool.harness.gate]\ndecode_drop = 20\n")
    with pytest.raises(GateError, match=r"pyproject.toml: \[tool.harness.gate\]: decode_drop"):
        load_gate(pyproject, {})


def test_the_project_gate_table_is_valid() -> None:
    gate = load_gate(Path(__file__).parent.parent / "pyproject.toml", {})
    assert isinstance(gate, GateConfig)


def test_explicit_pairs_come_first_and_unknown_names_are_refused() -> None:
    pairs, _ = pair_targets(["a:x", "a:y"], ["a:x", "a:z"], [("a:y", "a:z")])
    assert pairs == [("a:y", "a:z"), ("a:x", "a:x")]
    with pytest.raises(PairingError, match="candidate has no 'a:q'"):
        pair_targets(["a:x"], ["a:x"], [("a:x", "a:q")])


def test_the_terminal_table_shows_evidence_verbatim(runs: dict[str, Path]) -> None:
    result = run_harness("compare", str(runs["good"]), str(runs["worse"]))
    # Rich markup would eat the backslash before `[`; the evidence is printed as text.
    assert r"\[ 7 \times 6 = 42 \]" in result.stdout


def timed(case: str, ttft_values: list[float]) -> list[CaseRecord]:
    return [
        CaseRecord(
            suite="s", case=case, backend="b", model="m", repeat=i, status="passed", ttft_s=v
        )
        for i, v in enumerate(ttft_values)
    ]


def ttft_status(
    baseline: list[CaseRecord],
    candidate: list[CaseRecord],
    same: bool = True,
    gate: GateConfig | None = None,
) -> str:
    incomparable = None if same else "other machine"
    delta = compare_metric(METRICS[0], baseline, candidate, gate or GateConfig(), incomparable)
    assert delta is not None and delta.metric == "TTFT"
    return delta.status


def test_a_slowdown_inside_the_noise_is_not_a_regression() -> None:
    rng = random.Random(7)
    noisy = [[rng.uniform(0.5, 1.5) for _ in range(5)] for _ in range(4)]
    baseline = [r for i, v in enumerate(noisy) for r in timed(f"c{i}", v)]
    # 15% slower on average, but the spread of each case is ±50%.
    candidate = [
        r for i, v in enumerate(noisy) for r in timed(f"c{i}", [x * 1.15 for x in v[::-1]])
    ]
    assert ttft_status(baseline, candidate, gate=GateConfig(noisy_cv_pct=100)) == "within noise"
    # Its spread (CV about 30%) is above the default 25% limit: labelled noisy, not gated.
    assert ttft_status(baseline, candidate) == "noisy"


def test_the_same_slowdown_beyond_tight_noise_is_a_regression() -> None:
    rng = random.Random(7)
    tight = [[rng.uniform(0.99, 1.01) for _ in range(5)] for _ in range(4)]
    baseline = [r for i, v in enumerate(tight) for r in timed(f"c{i}", v)]
    candidate = [r for i, v in enumerate(tight) for r in timed(f"c{i}", [x * 1.15 for x in v])]
    assert ttft_status(baseline, candidate) == "regression"
    assert ttft_status(baseline, candidate, same=False) == "other machine"
    assert ttft_status(candidate, baseline) == "improved"


def test_runs_on_different_machines_are_not_gated_on_speed(
    runs: dict[str, Path], tmp_path: Path
) -> None:
    moved = tmp_path / "slow3"
    shutil.copytree(runs["slow3"], moved)
    run = json.loads((moved / "run.json").read_text())
    run["environment"]["cpu"] = "Another CPU"
    (moved / "run.json").write_text(json.dumps(run))
    code, report = compare_json(str(runs["good3"]), str(moved))
    assert code == 0
    assert {p["status"] for p in report["pairs"][0]["perf"]} >= {"other machine"}
    assert any("different machines" in note for note in report["notes"])


def test_runs_at_different_concurrency_are_not_gated_on_speed(
    runs: dict[str, Path], tmp_path: Path
) -> None:
    # The same answers, twice as slow, but measured two at a time: queueing, not a regression.
    loaded = tmp_path / "slow3"
    shutil.copytree(runs["slow3"], loaded)
    records = loaded / "cases.jsonl"
    rows = [json.loads(line) for line in records.read_text().splitlines()]
    records.write_text("".join(json.dumps({**row, "concurrency": 2}) + "\n" for row in rows))
    code, report = compare_json(str(runs["good3"]), str(runs["slow3"]))
    assert code == 1  # measured alike, the slowdown is a regression
    code, report = compare_json(str(runs["good3"]), str(loaded))
    assert code == 0
    (pair,) = report["pairs"]
    assert {p["status"] for p in pair["perf"]} == {"other load"}
    assert "concurrency: 1 → 2" in pair["setup_differences"]
    assert any("concurrency 1" in note and "at 2" in note for note in report["notes"])
