"""How many recorded answers per second `harness run --backend replay:...` scores."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

ANSWERS = 10_000
TEXTS = [
    "The capital of France is Paris.",
    "[ 7777 \\times 777 = 6{,}042{,}729 ]",
    "It looks like the user asks: 'What are you?' We can elaborate.",
    '<tool_call>{"name": "calculator", "arguments": {"expression": "777 * 7777"}}</tool_call>',
    "Hello!<|im_end|>",
]


def write_inputs(root: Path) -> tuple[Path, Path]:
    suite = root / "bench.yaml"
    lines = [
        "name: bench",
        "tools: [{function: {name: calculator, parameters: {type: object, properties: {expression: {type: string}}}}}]",
        "cases:",
    ]
    for index in range(ANSWERS):
        lines.append(f"  - {{id: c{index}, prompt: q{index}, expect: [latex_leakage, meta_rambling, "
                     "{contains: Paris}, {tool_calls: [{name: calculator, arguments: {expression: {any: true}}}]}]}")  # fmt: skip
    suite.write_text("\n".join(lines) + "\n")
    replay = root / "answers.jsonl"
    replay.write_text(
        "".join(
            json.dumps({"case": f"bench/c{i}", "text": TEXTS[i % len(TEXTS)]}) + "\n"
            for i in range(ANSWERS)
        )
    )
    return suite, replay


def test_replay_scoring_rate(tmp_path: Path) -> None:
    suite, replay = write_inputs(tmp_path)
    out = tmp_path / "run"
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "harness", "run", str(suite), "--backend", f"replay:{replay}",
         "--out", str(out), "--no-progress", "--show-failures", "0"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    wall = time.perf_counter() - started
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in (out / "cases.jsonl").read_text().splitlines()]
    assert len(records) == ANSWERS and all(r["status"] != "error" for r in records)
    first = min(r["started_at"] for r in records)
    print(
        f"\nreplay: {ANSWERS:,} recorded answers, 4 checks each, scored and stored by `harness run "
        f"--backend replay:...` in {wall:.1f} s end to end = {ANSWERS / wall:,.0f} answers/s "
        f"(includes start-up, loading the 10,000-case suite and the summary; first case at {first})"
    )
