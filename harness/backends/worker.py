"""Run a backend in a child process, so that a native crash costs one case, not the run.

Timestamps are taken inside the child, next to the engine, so the pipe adds no error to
TTFT or tokens/s.
"""

from __future__ import annotations

import contextlib
import faulthandler
import multiprocessing as mp
import os
import signal
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from harness.backends import create_backend
from harness.backends.base import (
    BackendError,
    BackendSpec,
    BackendUnavailable,
    Generation,
    GenerationRequest,
    ModelInfo,
)

_ERRORS: dict[str, type[BackendError]] = {
    "BackendError": BackendError,
    "BackendUnavailable": BackendUnavailable,
}


class BackendCrashed(BackendError):
    """The worker process died while serving a request."""


class BackendTimeout(BackendError):
    """A request took longer than the per-case limit; its worker was stopped."""


def _redirect_output(log_path: str) -> None:
    """Send this process's fds 1 and 2 to the log, so engine output never reaches the terminal.

    Native engines (llama.cpp's C code, mistral.rs's Rust) write to the file descriptors
    directly, past anything Python's sys.stderr could catch.
    """
    fd = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.close(fd)
    # A native crash then leaves the Python stack it happened under in the log.
    faulthandler.enable()


def _serve(conn: Connection, spec: BackendSpec, log_path: str | None = None) -> None:
    # Ctrl-C is the parent's to handle; the worker is stopped by the parent.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if log_path is not None:
        _redirect_output(log_path)
    backend = create_backend(spec)
    while True:
        try:
            op, payload = conn.recv()
        except EOFError:
            return
        try:
            reply: tuple[Any, ...] = ("ok", _perform(backend, op, payload))
        except BackendError as exc:
            reply = ("error", type(exc).__name__, str(exc))
        except Exception as exc:
            reply = ("error", "BackendError", f"{type(exc).__name__}: {exc}")
        try:
            conn.send(reply)
        except (BrokenPipeError, ConnectionResetError):
            return  # the parent is gone (killed, or it gave up on a timeout): nobody to tell
        if op == "close":
            return


def _perform(backend: Any, op: str, payload: Any) -> Any:
    if op == "load":
        return backend.load()
    if op == "generate":
        return backend.generate(payload)
    if op == "close":
        backend.close()
        return None
    raise BackendError(f"unknown worker operation {op!r}")


def describe_exit(code: int | None) -> str:
    """Say how a process ended, naming the signal where there was one."""
    if code is None:
        return "still running"
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


class IsolatedBackend:
    """A Backend whose engine lives in a worker process, restarted after a crash."""

    def __init__(
        self, spec: BackendSpec, timeout_s: float | None = None, log_path: Path | None = None
    ):
        self.spec = spec
        self.timeout_s = timeout_s  # per generation; loading is not limited
        self.log_path = log_path  # where the worker's stdout and stderr go (None: inherited)
        self._ctx = mp.get_context("spawn")
        self._process: Any = None
        self._conn: Connection | None = None
        self.info: ModelInfo | None = None
        self.restarts = 0

    @property
    def pid(self) -> int | None:
        """The worker's process id, while it runs."""
        return self._process.pid if self._process is not None else None

    def _start(self) -> None:
        parent, child = self._ctx.Pipe()
        log = None
        if self.log_path is not None:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            log = str(self.log_path)
        self._process = self._ctx.Process(
            target=_serve,
            args=(child, self.spec, log),
            name=f"harness-{self.spec.kind}",
            daemon=True,
        )
        self._process.start()
        child.close()
        self._conn = parent

    def _call(self, op: str, payload: Any = None) -> Any:
        assert self._conn is not None and self._process is not None
        try:
            self._conn.send((op, payload))
            if (
                op == "generate"
                and self.timeout_s is not None
                and not self._conn.poll(self.timeout_s)
            ):
                self._discard()
                raise BackendTimeout(
                    f"no answer within {self.timeout_s:g} s; the {self.spec.kind} worker was "
                    "stopped and a fresh one will serve the next case"
                )
            reply = self._conn.recv()
        except KeyboardInterrupt:
            self._discard()  # do not wait for a generation nobody will read
            raise
        except (EOFError, BrokenPipeError, ConnectionResetError):
            self._process.join(timeout=5)
            how = describe_exit(self._process.exitcode)
            self._discard()
            where = f"; its output is in {self.log_path}" if self.log_path else ""
            raise BackendCrashed(
                f"{self.spec.kind} worker died during {op} ({how}); a fresh worker will "
                f"be started for the next case{where}"
            ) from None
        if reply[0] == "ok":
            return reply[1]
        _, kind, message = reply
        raise _ERRORS.get(kind, BackendError)(message)

    def _discard(self) -> None:
        if self._conn is not None:
            self._conn.close()
        if self._process is not None and self._process.is_alive():
            self._process.kill()
            self._process.join(timeout=5)
        self._conn = None
        self._process = None

    def load(self) -> ModelInfo:
        """Start the worker and load the model in it."""
        self._start()
        try:
            info: ModelInfo = self._call("load")
        except BackendError:
            self._discard()
            raise
        self.info = info
        return info

    def generate(self, request: GenerationRequest) -> Generation:
        """Generate in the worker, first restarting it if an earlier request killed it."""
        if self._process is None:
            self.restarts += 1
            self.load()
        result: Generation = self._call("generate", request)
        return result

    def close(self) -> None:
        """Ask the worker to free the model and exit; kill it if it does not."""
        if self._process is None:
            return
        with contextlib.suppress(BackendError):
            self._call("close")
        if self._process is not None:
            self._process.join(timeout=10)
        self._discard()
