"""Turn a stored run into a replay file, so any run can be scored again as a backend."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from harness.results.records import CaseRecord
from harness.results.store import read_run, replace_file

TIMING_FIELDS = ("ttft_s", "latency_s", "prompt_tokens", "output_tokens")


def _structured(calls: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            "type": "function",
            "function": {"name": c["name"], "arguments": json.dumps(c["arguments"])},
        }
        for c in calls
    ]


def replay_lines(record: CaseRecord) -> list[dict[str, Any]]:
    """One line per round of a record that has an answer (none for errors)."""
    if record.output is None:
        return []
    rounds = record.rounds or [{"output": record.output}]
    lines = []
    for number, round_ in enumerate(rounds, start=1):
        line: dict[str, Any] = {"case": f"{record.suite}/{record.case}", "text": round_["output"]}
        if number > 1:
            line["round"] = number
        if number == 1:
            if record.tool_call_dialect == "openai":
                line["tool_calls"] = _structured(record.tool_calls)
            line.update(
                {k: getattr(record, k) for k in TIMING_FIELDS if getattr(record, k) is not None}
            )
        if number == len(rounds) and record.finish_reason is not None:
            line["finish_reason"] = record.finish_reason
        lines.append(line)
    return lines


def export_replay(run_dir: str | Path, out_file: str | Path, model: str | None = None) -> int:
    """Write the first repeat of one backend/model's answers as replay lines; return their count."""
    _, records = read_run(run_dir)
    models = sorted({f"{r.backend}:{r.model}" for r in records})
    if model is not None:
        chosen = [r for r in records if model in (r.model, f"{r.backend}:{r.model}")]
        if not chosen:
            raise ValueError(
                f"no records for model {model!r} in {run_dir} (it has: {', '.join(models)})"
            )
    elif len(models) > 1:
        raise ValueError(
            f"{run_dir} holds several models ({', '.join(models)}); choose one with --model"
        )
    else:
        chosen = records
    lines = [line for r in chosen if r.repeat == 0 for line in replay_lines(r)]
    text = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
    replace_file(Path(out_file), text)  # whole or not at all; no temporary file left behind
    return len(lines)
