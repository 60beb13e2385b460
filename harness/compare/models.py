"""What a comparison of two runs found, as data every renderer (and `--format json`) reads."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, computed_field

from harness.compare.gate import GateConfig
from harness.stats.paired import PairedDifference
from harness.stats.rates import Rate
from harness.stats.spread import Estimate

PerfStatus = Literal[
    "unchanged",  # within the threshold
    "improved",  # beyond the threshold, for the better
    "regression",  # beyond the threshold and beyond run-to-run noise
    "within noise",  # beyond the threshold, but the rank test cannot tell it from noise
    "unconfirmed",  # beyond the threshold, single samples: noise unknown
    "other machine",  # the runs ran on different machines: figures not comparable
    "other load",  # measured at different concurrency: figures not comparable
    "noisy",  # run-to-run variation (CV) above the gate's limit: shown, not gated
]
QualityVerdict = Literal[
    "unchanged",  # no case changed
    "within noise",  # cases changed, but the paired test cannot tell it from noise
    "regression",  # a drop beyond the threshold and significant at alpha
    "improved",  # a significant rise
]


class RunRef(BaseModel):
    """Which run a side of the comparison is."""

    path: str
    run_id: str
    status: str
    cases: int


class SuiteDelta(BaseModel):
    """One suite's pass rate before and after over the cases both runs have, paired by case.

    The suite `(all)` is every shared case together.
    """

    suite: str
    baseline_passed: int
    baseline_total: int
    candidate_passed: int
    candidate_total: int
    baseline_rate: Rate
    candidate_rate: Rate
    difference: PairedDifference  # candidate minus baseline, with interval and p_value
    cases: int
    # Smallest drop (points) the gate catches with 80% power here; None: no drop can be.
    detectable_drop_points: float | None = None
    verdict: QualityVerdict = "unchanged"
    regression: bool = False

    @computed_field  # type: ignore[prop-decorator]
    @property
    def delta_points(self) -> float:
        """Candidate minus baseline pass rate, in percentage points."""
        return 100.0 * (self.candidate_rate.value - self.baseline_rate.value)


class Flip(BaseModel):
    """A case whose verdict changed; evidence is the failing side's first failing check."""

    suite: str
    case: str
    direction: Literal["pass→fail", "fail→pass"]
    check: str
    evidence: str
    baseline_passed: int = 0  # repeats that passed, of baseline_total
    baseline_total: int = 0
    candidate_passed: int = 0
    candidate_total: int = 0
    suite_verdict: QualityVerdict = "unchanged"  # whether the suite's change is beyond noise


class ToolDelta(BaseModel):
    """One tool-calling metric before and after (shares of tool cases, with intervals)."""

    metric: str
    baseline: Rate | None
    candidate: Rate | None
    difference: PairedDifference | None = None  # over the cases both sides scored
    regression: bool = False


class MustPass(BaseModel):
    """A case the deployment cannot ship without, and whether the candidate still passes it."""

    suite: str
    case: str
    why: str  # the tag or gate entry that made it must-pass
    baseline_passed: int
    baseline_total: int
    candidate_passed: int
    candidate_total: int
    regression: bool


class FlakyCase(BaseModel):
    """A case that passed on some repeats and failed on others."""

    side: Literal["baseline", "candidate"]
    suite: str
    case: str
    passed: int
    total: int


class RepeatSummary(BaseModel):
    """What repeats show of one side: pass@1, pass@k (any of k passed), pass^k (all k)."""

    k: int
    pass_at_1: float
    pass_at_k: float
    pass_hat_k: float
    flaky_cases: int


class PerfDelta(BaseModel):
    """One performance metric before and after, with the noise test's verdict."""

    metric: str
    unit: str
    higher_is_better: bool
    baseline: float
    candidate: float
    change_pct: float
    threshold_pct: float
    samples: tuple[int, int]  # per side, after pairing cases
    p_value: float | None = None
    status: PerfStatus = "unchanged"
    # With repeats: mean over cases with its interval (run-to-run noise), and median CV.
    baseline_mean: Estimate | None = None
    candidate_mean: Estimate | None = None
    baseline_cv: float | None = None
    candidate_cv: float | None = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def gated(self) -> bool:
        """Whether this figure can fail the gate at all (same machine, not noisy)."""
        return self.status not in ("other machine", "other load", "noisy")


class PairComparison(BaseModel):
    """A baseline backend/model against a candidate backend/model."""

    baseline: str
    candidate: str
    suites: list[SuiteDelta] = Field(default_factory=list)
    flips: list[Flip] = Field(default_factory=list)
    tools: list[ToolDelta] = Field(default_factory=list)
    perf: list[PerfDelta] = Field(default_factory=list)
    baseline_only: list[str] = Field(default_factory=list)  # "suite/case"
    candidate_only: list[str] = Field(default_factory=list)
    must_pass: list[MustPass] = Field(default_factory=list)
    flaky: list[FlakyCase] = Field(default_factory=list)
    baseline_repeats: RepeatSummary | None = None
    candidate_repeats: RepeatSummary | None = None
    # Settings that change answers and differ between the two targets (template, sampling...).
    setup_differences: list[str] = Field(default_factory=list)
    compared_cases: int = 0  # cases both runs have, which every gate of the pair is over

    @property
    def label(self) -> str:
        """`baseline` or `baseline → candidate` when they differ."""
        if self.baseline == self.candidate:
            return self.baseline
        return f"{self.baseline} → {self.candidate}"


class Comparison(BaseModel):
    """Everything `harness compare` found, and whether the gate holds."""

    baseline: RunRef
    candidate: RunRef
    gate: GateConfig
    pairs: list[PairComparison] = Field(default_factory=list)
    baseline_only_targets: list[str] = Field(default_factory=list)
    candidate_only_targets: list[str] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)  # a run not being what it claims
    regressions: list[str] = Field(default_factory=list)
    # Why the gate could not judge the candidate (exit 2): incomplete, nothing shared, unpaired.
    unjudged: list[str] = Field(default_factory=list)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def compared_cases(self) -> int:
        """Cases compared over every pair: the gate's verdict is about these and no others."""
        return sum(pair.compared_cases for pair in self.pairs)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def regressed(self) -> bool:
        """Whether the candidate fails the gate."""
        return bool(self.regressions)
