"""The thresholds a comparison gates on: `[tool.harness.gate]` in pyproject.toml, then flags."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import tomllib
from pydantic import BaseModel, ConfigDict, Field, ValidationError

PYPROJECT_TABLE = "[tool.harness.gate]"


class GateError(Exception):
    """The gate configuration is not valid; the message names the file and the field."""


class GateConfig(BaseModel):
    """How much worse a candidate may be before the comparison calls it a regression."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # Quality, in percentage points: 0 means any drop is a regression.
    pass_rate_drop: float = Field(0.0, ge=0, le=100)
    tool_accuracy_drop: float = Field(0.0, ge=0, le=100)
    # Performance, in percent of the baseline's figure.
    ttft_increase_pct: float = Field(10.0, ge=0)
    prefill_drop_pct: float = Field(10.0, ge=0, le=100)
    decode_drop_pct: float = Field(10.0, ge=0, le=100)
    memory_increase_pct: float = Field(10.0, ge=0)
    # A performance change must also be beyond run-to-run noise: rank test at this level.
    alpha: float = Field(0.05, gt=0, lt=1)
    # Single samples cannot show noise; by default such a change is reported, not failed.
    fail_unconfirmed: bool = False
    # A timing whose run-to-run variation (median CV over cases, percent) is above this is
    # labelled noisy and not gated.
    noisy_cv_pct: float = Field(25.0, gt=0)
    # Cases whose pass→fail flip fails the gate on its own: "SUITE/CASE", "CASE" or
    # "tag:NAME"; a case tagged `must-pass` in its suite is one too.
    must_pass: tuple[str, ...] = ()


def _describe(exc: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(p) for p in error['loc']) or '(table)'}: {error['msg']}"
        for error in exc.errors()
    )


def read_pyproject_gate(path: Path) -> dict[str, Any]:
    """The `[tool.harness.gate]` table of a pyproject.toml, or {} when it has none."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise GateError(f"{path}: cannot read {PYPROJECT_TABLE}: {exc}") from None
    table = data.get("tool", {}).get("harness", {}).get("gate", {})
    if not isinstance(table, dict):
        raise GateError(f"{path}: {PYPROJECT_TABLE} must be a table")
    return table


def load_gate(pyproject: Path | None, overrides: dict[str, Any]) -> GateConfig:
    """Defaults, then the pyproject table (when the file exists), then command-line values."""
    overrides = dict(overrides)
    settings: dict[str, Any] = {}
    if pyproject is not None and pyproject.exists():
        settings.update(read_pyproject_gate(pyproject))
        try:
            GateConfig.model_validate(settings)
        except ValidationError as exc:
            raise GateError(f"{pyproject}: {PYPROJECT_TABLE}: {_describe(exc)}") from None
    extra_must_pass = tuple(overrides.pop("must_pass", None) or ())
    settings.update({k: v for k, v in overrides.items() if v is not None})
    if extra_must_pass:  # --must-pass adds to the table's list instead of replacing it
        settings["must_pass"] = (*settings.get("must_pass", ()), *extra_must_pass)
    try:
        return GateConfig.model_validate(settings)
    except ValidationError as exc:
        raise GateError(f"command line: {_describe(exc)}") from None
