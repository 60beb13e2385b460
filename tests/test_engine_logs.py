"""What an engine prints goes to the run's log files; the terminal gets the harness's lines only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import run_harness


@pytest.mark.model
def test_llamacpp_output_goes_to_the_run_log_not_the_terminal(tmp_path: Path) -> None:
    suite = tmp_path / "s.yaml"
    suite.write_text("name: s\ncases: [{id: a, prompt: Say hi.}]\n")
    out = tmp_path / "run"
    # verbose makes llama.cpp's C code print its whole model loader dump to fd 2 on load.
    result = run_harness(
        "run", str(suite), "--backend", "llamacpp:smollm2", "--set", "verbose=true",
        "--max-tokens", "4", "--out", str(out), "--no-progress", "--show-failures", "0",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    log = out / "logs" / "llamacpp-smollm2.log"
    assert "llama_model_loader: loaded meta data" in log.read_text()
    terminal = (result.stdout + result.stderr).splitlines()
    assert not [line for line in terminal if "llama_" in line or "ggml" in line]
    assert all(line.startswith("harness: ") for line in result.stderr.splitlines() if line.strip())
    backend = json.loads((out / "run.json").read_text())["backends"][0]
    assert backend["settings"]["log"] == str(log)
    assert backend["settings"]["verbose"] is True
