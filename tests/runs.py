"""Real runs for the compare, report and merge tests, made fast with the replay backend."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import run_harness

# A suite of four cases; each answer below passes or fails its check for a known reason.
SUITE = """\
name: facts
cases:
  - {id: capital, prompt: "Capital of France?", expect: [{contains: Paris}]}
  - {id: sum, prompt: "What is 2+2?", expect: [{number_equals: 4}]}
  - {id: identity, prompt: "Who are you?", expect: [meta_rambling]}
  - {id: times, prompt: "7 times 6?", expect: [latex_leakage, {number_equals: 42}]}
"""
GOOD = {
    "capital": "Paris.",
    "sum": "4",
    "identity": "I am an assistant.",
    "times": "42",
}
# The worse model: two answers fail, each with evidence a reader can act on.
WORSE = {
    **GOOD,
    "capital": "Lyon, I think.",
    "times": r"\[ 7 \times 6 = 42 \]",
}


def make_run(
    root: Path,
    name: str,
    answers: dict[str, str],
    ttft_s: float = 0.1,
    repeat: int = 1,
    model: str = "model",
    suite_text: str = SUITE,
) -> Path:
    """Run the suite through a replay of `answers` into `root/name`; the run directory."""
    work = root / f"{name}-input"
    work.mkdir(parents=True)
    suite = work / "facts.yaml"
    suite.write_text(suite_text)
    replay = work / f"{model}.jsonl"
    replay.write_text(
        "".join(
            json.dumps(
                {
                    "case": f"facts/{case}",
                    "text": text,
                    "ttft_s": ttft_s,
                    "latency_s": ttft_s + 0.5,
                    "prompt_tokens": 20,
                    "output_tokens": 25,
                }
            )
            + "\n"
            for case, text in answers.items()
        )
    )
    out = root / name
    result = run_harness(
        "run", str(suite), "--backend", f"replay:{replay}", "--out", str(out),
        "--repeat", str(repeat), "--no-progress",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return out
