"""The load client's own ceiling: Poisson rates against a loopback server that answers instantly.

The server runs in a process of its own (tests/instantserver.py), so its CPU is not the
client's. A rate is sustained when the level is not client-limited (p99 send lag within
`--max-lag-ms` and within the mean gap between arrivals) and no request failed. (The rate
actually sent is printed too; over a short level it differs from the asked rate by Poisson
chance as well as by the client's lag.)
"""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from harness.backends import BackendSpec
from harness.backends.managed import free_port
from harness.load.levels import Level
from harness.load.schedule import Budget
from harness.load.sweep import LoadPlan, LoadSweep
from harness.suite import load_suites
from tests.helpers import REPO

RATES = (25, 50, 100, 200, 400, 800)
SECONDS_PER_LEVEL = 2.0


def _serve() -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "tests.instantserver", str(port)], cwd=REPO)
    url = f"http://127.0.0.1:{port}/v1"
    for _ in range(100):
        try:
            urllib.request.urlopen(f"{url}/models", timeout=1)
            break
        except OSError:
            time.sleep(0.05)
    return process, url


def test_client_ceiling(tmp_path: Path) -> None:
    suite = tmp_path / "s.yaml"
    suite.write_text(
        "name: s\ncases: [{id: a, prompt: capital of France?, expect: [{contains: Paris}]}]\n"
    )
    process, url = _serve()
    try:
        plan = LoadPlan(
            suites=load_suites([str(suite)]),
            specs=[BackendSpec("openai", f"instant@{url}")],
            levels=[Level("rate", rate) for rate in RATES],
            budget=Budget(duration_s=SECONDS_PER_LEVEL),
            warmup=5,
        )
        run = LoadSweep(plan, tmp_path / "load").execute()
    finally:
        process.terminate()
        process.wait(timeout=10)
    print("\nload client against an instant loopback server (6 tokens per answer):")
    print(f"{'asked/s':>8} {'sent/s':>8} {'done/s':>8} {'lag p50 ms':>10} {'lag p99 ms':>10} "
          f"{'TTFT p50 ms':>11} {'errors':>6}  verdict")  # fmt: skip
    ceiling = 0.0
    for level in run["levels"]:
        sent = level["send_rate_per_s"] or 0.0
        kept_up = not level["client_limited"] and level["errors"] == 0
        if kept_up:
            ceiling = max(ceiling, float(level["value"]))
        lag, ttft = level["lag_s"], level["ttft_s"]
        print(
            f"{level['value']:>8g} {sent:>8.1f} {level['requests_per_s'] or 0:>8.1f} "
            f"{lag['p50'] * 1000:>10.2f} {lag['p99'] * 1000:>10.2f} {(ttft['p50'] or 0) * 1000:>11.2f} "
            f"{level['errors']:>6}  {'sustained' if kept_up else level['client_limited_reason'] or 'errors'}"
        )
    print(f"highest sustained rate: {ceiling:g} requests/s")
    assert run["status"] == "completed" and len(run["levels"]) == len(RATES)
