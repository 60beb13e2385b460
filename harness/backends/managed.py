"""Servers the harness starts for a matrix entry, waits on, and always stops (process group)."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path

from harness.backends.base import BackendSpec, BackendUnavailable, model_label
from harness.backends.embedded import resolve_model_path
from harness.backends.openai import split_target

POLL_S = 0.25


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def expand(text: str, values: dict[str, str]) -> str:
    """Fill `{port}`, `{model_path}`, `{python}` and the like; unknown braces stay as they are."""
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


def _tail(path: Path, lines: int = 8) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


def health_urls(base_url: str) -> list[str]:
    """Where a server says it is ready: llama.cpp and vLLM answer /health, all answer /v1/models."""
    root = base_url.rstrip("/").removesuffix("/v1")
    return [f"{root}/health", f"{base_url.rstrip('/')}/models"]


class ManagedServer:
    """One server process for one matrix entry, its output kept in `log_path`."""

    def __init__(
        self,
        command: Sequence[str],
        base_url: str,
        log_path: Path,
        ready_timeout_s: float = 120.0,
        env: dict[str, str] | None = None,
    ):
        self.command = list(command)
        self.base_url = base_url
        self.log_path = log_path
        self.ready_timeout_s = ready_timeout_s
        self.env = env or {}
        self.process: subprocess.Popen[bytes] | None = None
        self.ready_s: float | None = None

    @property
    def pid(self) -> int | None:
        """The server's process id while it runs (its memory is sampled during cases)."""
        return self.process.pid if self.process is not None else None

    def start(self) -> None:
        """Start the server and wait until it answers; stop it and explain when it does not."""
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        with self.log_path.open("ab") as log:
            try:
                # A session of its own, so stopping it stops every process it forked.
                self.process = subprocess.Popen(
                    self.command,
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                    env={**os.environ, **self.env},
                )
            except OSError as exc:
                raise BackendUnavailable(
                    f"cannot start the server {self.command[0]!r}: {exc.strerror}"
                ) from None
        deadline = started + self.ready_timeout_s
        while time.perf_counter() < deadline:
            code = self.process.poll()
            if code is not None:
                self.stop()
                raise BackendUnavailable(
                    f"the server exited with code {code} before it was ready; "
                    f"the end of its log ({self.log_path}):\n{_tail(self.log_path)}"
                )
            if self._answers():
                self.ready_s = time.perf_counter() - started
                return
            time.sleep(POLL_S)
        self.stop()
        raise BackendUnavailable(
            f"the server did not answer at {self.base_url} within {self.ready_timeout_s:g} s "
            f"(ready_timeout_s); the end of its log ({self.log_path}):\n{_tail(self.log_path)}"
        )

    def _answers(self) -> bool:
        for url in health_urls(self.base_url):
            try:
                with urllib.request.urlopen(url, timeout=2) as response:
                    if response.status == 200:
                        return True
            except (urllib.error.URLError, OSError):
                continue
        return False

    def stop(self, grace_s: float = 10.0) -> None:
        """SIGTERM to the server's process group, SIGKILL after `grace_s`."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=grace_s)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)


def placeholders(port: int, model_path: str | None) -> dict[str, str]:
    """Values a server command and URL may use."""
    values = {"port": str(port), "python": sys.executable}
    if model_path is not None:
        values["model_path"] = model_path
    return values


def start_server(spec: BackendSpec, log_dir: Path) -> tuple[ManagedServer, BackendSpec]:
    """Start a spec's managed server; the spec comes back with its URL's `{port}` filled."""
    config = dict(spec.run.server or {})
    model = config.get("model")
    model_path = str(resolve_model_path(model)) if model else None
    values = placeholders(free_port(), model_path)
    target = expand(spec.target, values)
    _, base_url = split_target(target)
    entry = str(spec.run.entry or model_label(spec))
    server = ManagedServer(
        [expand(part, values) for part in config["command"]],
        base_url,
        log_dir / f"{entry}.log",
        float(config.get("ready_timeout_s", 120.0)),
        {k: expand(v, values) for k, v in (config.get("env") or {}).items()},
    )
    server.start()
    return server, BackendSpec(spec.kind, target, spec.options)
