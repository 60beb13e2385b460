"""`replay:FILE.jsonl`: recorded answers served as a backend, so runs can be scored without a model.

Each line: `{"case": "SUITE/CASE", "text": "...", "tool_calls": [...]?, "round": 1?}` plus
optional timing fields (`ttft_s`, `latency_s`, `prompt_tokens`, `output_tokens`,
`finish_reason`), carried into the record when present. `round` (1-based) gives the
answers of later rounds of a multi-round tool case.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any, ClassVar

from harness.backends import register
from harness.backends.base import (
    Availability,
    BackendError,
    BackendSpec,
    BackendUnavailable,
    EngineSettings,
    Generation,
    GenerationRequest,
    ModelInfo,
)

# Optional fields of a replay line and what each must be: recorded elsewhere, so checked here.
SECONDS = ("ttft_s", "latency_s")
TOKENS = ("prompt_tokens", "output_tokens")


def _field_problem(item: dict[str, Any]) -> str | None:
    """`field: reason` for the first optional field of a line with a value it cannot have."""
    for name in SECONDS:
        value = item.get(name)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int | float):
            return f"{name}: must be a number of seconds, not {value!r}"
        if not math.isfinite(value) or value < 0:
            return f"{name}: must be a finite number of seconds, at least 0, not {value!r}"
    for name in TOKENS:
        value = item.get(name)
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int) or value < 0
        ):
            return f"{name}: must be a whole number of tokens, at least 0, not {value!r}"
    reason = item.get("finish_reason")
    if reason is not None and not isinstance(reason, str):
        return f"finish_reason: must be a string, not {reason!r}"
    calls = item.get("tool_calls")
    if calls is not None and (
        not isinstance(calls, list) or not all(isinstance(c, dict) for c in calls)
    ):
        return "tool_calls: must be a list of objects"
    return None


@register("replay")
class ReplayBackend:
    """Answers each request with the recorded line for its case and round."""

    # Pure Python with nothing to crash or measure: no worker process needed.
    in_process: ClassVar[bool] = True
    settings_model: ClassVar[type[EngineSettings]] = EngineSettings  # nothing to set

    def __init__(self, spec: BackendSpec):
        self.spec = spec
        spec.settings(EngineSettings)
        self.answers: dict[tuple[str, int], dict[str, Any]] = {}

    @staticmethod
    def availability() -> Availability:
        """Always: replay needs nothing but the file."""
        return Availability("replay 1")

    def load(self) -> ModelInfo:
        """Read and check the replay file; a bad line is named by its number."""
        path = Path(self.spec.target)
        if not path.is_file():
            raise BackendUnavailable(f"replay file not found: {path}")
        # "\n" only: an exported answer may hold U+2028, which str.splitlines would cut at.
        lines = path.read_text(encoding="utf-8").split("\n")
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                raise BackendError(f"{path}:{number}: not JSON: {exc.msg}") from None
            if (
                not isinstance(item, dict)
                or not isinstance(item.get("case"), str)
                or "/" not in item["case"]
            ):
                raise BackendError(f'{path}:{number}: needs "case": "SUITE/CASE"')
            if not isinstance(item.get("text", ""), str):
                raise BackendError(f'{path}:{number}: "text" must be a string')
            round_ = item.get("round", 1)
            if not isinstance(round_, int) or round_ < 1:
                raise BackendError(f'{path}:{number}: "round" must be a positive integer')
            problem = _field_problem(item)
            if problem:
                raise BackendError(f"{path}:{number}: {problem}")
            self.answers[(item["case"], round_)] = item
        return ModelInfo(
            backend="replay",
            backend_version="replay 1",
            model=path.stem,
            model_path=None,
            settings={"file": str(path), "answers": len(self.answers)},
            known_cases=tuple(sorted({case for case, _ in self.answers})),
        )

    def generate(self, request: GenerationRequest) -> Generation:
        """The recorded answer, or an error naming the case that has none."""
        item = self.answers.get((request.case or "", request.round))
        if item is None:
            which = request.case if request.round == 1 else f"{request.case} round {request.round}"
            raise BackendError(f"no recorded answer for {which}")
        latency = item.get("latency_s")
        return Generation(
            text=item.get("text", ""),
            finish_reason=item.get("finish_reason"),
            prompt_tokens=item.get("prompt_tokens"),
            output_tokens=item.get("output_tokens"),
            latency_s=float(latency) if latency is not None else 0.0,
            ttft_s=item.get("ttft_s"),
            # The last token of a recorded generation arrived when it ended.
            last_token_s=float(latency) if latency is not None else None,
            tool_calls=list(item.get("tool_calls") or []),
        )

    def close(self) -> None:
        """Nothing to release."""


def replay_file_problem(spec: BackendSpec) -> str | None:
    """Why an existing replay file cannot be used (`FILE:LINE: field: reason`), or None.

    Checked before a run starts, so a bad recording is bad input (exit 2), not a run of errors.
    A missing file is left to the run, which records it as a backend that did not load.
    """
    if spec.kind != "replay" or not Path(spec.target).is_file():
        return None
    try:
        ReplayBackend(spec).load()
    except (BackendError, OSError, UnicodeDecodeError) as exc:
        return str(exc)
    return None
