"""The shapes of `run.json` and of each line of `cases.jsonl` (DESIGN.md's contract)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Status = Literal["passed", "failed", "error"]


class CheckOutcome(BaseModel):
    """One check's verdict as stored."""

    name: str
    passed: bool
    detail: str


class CaseRecord(BaseModel):
    """One case × backend × repeat. Extra fields from newer versions are kept when read."""

    model_config = ConfigDict(extra="allow")

    suite: str
    case: str
    backend: str
    model: str
    repeat: int
    status: Status
    checks: list[CheckOutcome] = Field(default_factory=list)
    output: str | None = None
    tool_calls: list[dict[str, Any]] = Field(default_factory=list)
    ttft_s: float | None = None
    prefill_tokens_per_s: float | None = None
    decode_tokens_per_s: float | None = None
    prompt_tokens: int | None = None
    output_tokens: int | None = None
    latency_s: float | None = None
    vram_peak_mib: float | None = None
    rss_peak_mib: float | None = None
    error: str | None = None
    finish_reason: str | None = None
    tags: list[str] = Field(default_factory=list)
    tool_case: Literal["call", "irrelevance"] | None = None
    tool_call_dialect: str | None = None
    tool_call_error: str | None = None
    tool_call_leniencies: list[str] = Field(default_factory=list)
    tool_outcome: str | None = None
    rounds: list[dict[str, Any]] | None = None
    # Long-context cases: the haystack length used (and asked for, when n_ctx capped it).
    haystack: dict[str, Any] | None = None
    itl_p50_s: float | None = None
    itl_p95_s: float | None = None
    engine_decode_tokens_per_s: float | None = None
    engine_prefill_tokens_per_s: float | None = None
    engine_timings: dict[str, float | int] | None = None
    rss_mean_mib: float | None = None
    vram_mean_mib: float | None = None
    vram_process_peak_mib: float | None = None
    memory_samples: int | None = None
    bandwidth_gb_per_s: float | None = None
    bandwidth_share: float | None = None
    started_at: str | None = None
    token_source: str | None = None
    attempts: int | None = None
    # The fallback backend's answer, where the primary errored or broke a tool call.
    fallback: dict[str, Any] | None = None
    # Reasoning models: seconds to the first token a user sees (after any reasoning), the
    # output tokens spent reasoning, the mode applied, and the reasoning kept apart
    # ({style, text, tokens}) when `output` is the visible answer only.
    ttfvt_s: float | None = None
    reasoning_tokens: int | None = None
    reasoning_mode: str | None = None
    reasoning: dict[str, Any] | None = None


def case_key(record: CaseRecord) -> tuple[str, str, str, str, int]:
    """What makes a record unique in a run: suite, case, backend, model, repeat."""
    return (record.suite, record.case, record.backend, record.model, record.repeat)


def target(record: CaseRecord) -> str:
    """How a record's backend/model is named in reports and comparisons: `backend:model`."""
    return f"{record.backend}:{record.model}"


class BackendRecord(BaseModel):
    """One backend of a run, as loaded."""

    model_config = ConfigDict(extra="allow")

    spec: str
    backend: str
    backend_version: str | None = None
    model: str | None = None
    model_path: str | None = None
    model_size_bytes: int | None = None
    model_sha256: str | None = None
    settings: dict[str, Any] = Field(default_factory=dict)
    load_s: float | None = None
    load_error: str | None = None
    footprint: dict[str, float | None] = Field(default_factory=dict)
    peak_bandwidth: dict[str, Any] | None = None
    warnings: list[str] = Field(default_factory=list)
    # What else shapes the answers, for comparisons: `backend:model` as records name it,
    # matrix labels (quantization...), the entry's tool_prompt and the run's --max-tokens.
    target: str | None = None
    labels: dict[str, Any] = Field(default_factory=dict)
    tool_prompt: str | None = None
    max_tokens_cap: int | None = None


class SuiteRecord(BaseModel):
    """One suite file of a run, by content hash."""

    name: str
    path: str
    sha256: str
    cases: int
    sampling: dict[str, Any]


class RunRecord(BaseModel):
    """`run.json`: everything needed to say what was run, where and how."""

    model_config = ConfigDict(extra="allow")

    run_id: str
    status: Literal["running", "completed", "interrupted"]
    harness_version: str
    started_at: str
    finished_at: str | None = None
    command: list[str] = Field(default_factory=list)
    repeat: int = 1
    warmup: int = 0
    sample_interval_s: float | None = None
    environment: dict[str, Any] = Field(default_factory=dict)
    suites: list[SuiteRecord] = Field(default_factory=list)
    backends: list[BackendRecord] = Field(default_factory=list)
    counts: dict[str, int] = Field(default_factory=dict)
    # Per backend/model/suite/case: {metric: {mean, stddev, median, min, max, n, samples}}.
    timing: list[dict[str, Any]] = Field(default_factory=list)
    # One entry per `harness run --resume`: when, how, and with which version.
    resumes: list[dict[str, Any]] = Field(default_factory=list)
    # Set by `harness rescore`: where the answers came from and which versions scored them.
    rescored: dict[str, Any] | None = None
    # What `--suite`, `--tag` and `-k` selected: the filters and the number of cases kept.
    selection: dict[str, Any] | None = None
