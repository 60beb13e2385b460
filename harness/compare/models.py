"""What a comparison of two runs found, as data every renderer (and `--format json`) reads."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, computed_field

from harness.compare.gate import GateConfig

PerfStatus = Literal[
    "unchanged",  # within the threshold
    "improved",  # beyond the threshold, for the better
    "regression",  # beyond the threshold and beyond run-to-run noise
    "within noise",  # beyond the threshold, but the rank test cannot tell it from noise
    "unconfirmed",  # beyond the threshold, single samples: noise unknown
    "other machine",  # the runs ran on different machines: figures not comparable
]


class RunRef(BaseModel):
    """Which run a side of the comparison is."""

    path: str
    run_id: str
    status: str
    cases: int


class SuiteDelta(BaseModel):
    """One suite's pass rate before and after, over the cases both runs have."""

    suite: str
    baseline_passed: int
    baseline_total: int
    candidate_passed: int
    candidate_total: int
    regression: bool = False

    @computed_field  # type: ignore[prop-decorator]
    @property
    def baseline_rate(self) -> float:
        """Share of the baseline's records that passed."""
        return self.baseline_passed / self.baseline_total if self.baseline_total else 0.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def candidate_rate(self) -> float:
        """Share of the candidate's records that passed."""
        return self.candidate_passed / self.candidate_total if self.candidate_total else 0.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def delta_points(self) -> float:
        """Candidate minus baseline pass rate, in percentage points."""
        return 100.0 * (self.candidate_rate - self.baseline_rate)


class Flip(BaseModel):
    """A case whose verdict changed; evidence is the failing side's first failing check."""

    suite: str
    case: str
    direction: Literal["pass→fail", "fail→pass"]
    check: str
    evidence: str


class ToolDelta(BaseModel):
    """One tool-calling metric before and after (shares of tool cases, 0..1)."""

    metric: str
    baseline: float | None
    candidate: float | None
    regression: bool = False


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
