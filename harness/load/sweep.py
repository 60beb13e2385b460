"""A load sweep: for each backend, each level in turn, warm up, send, score, write, summarise.

Writes `DIR/run.json` (metadata and per-level figures, rewritten after each level) and
`DIR/requests.jsonl` (one line per request, appended and flushed as each level ends).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from harness import __version__
from harness.backends import BackendError, BackendSpec, create_backend
from harness.backends.openai import OpenAIBackend
from harness.load.client import Answer, stream_once
from harness.load.files import KIND, REQUESTS_FILE, RUN_FILE
from harness.load.levels import Level, Slo
from harness.load.metrics import Poller, metrics_url, scrape, summarize
from harness.load.schedule import Budget, LevelRun, drive
from harness.load.stats import DEFAULT_MAX_LAG_S, level_stats
from harness.results.provenance import environment
from harness.runner import model_label, now_iso, start_server, suite_record, with_tool_prompt
from harness.scoring import judge
from harness.suite import Case, SuiteFile
from harness.timing.memory import DEFAULT_INTERVAL_S, MemorySampler
from harness.toolcalls import parse_tool_calls
from harness.toolloop import first_request

log = logging.getLogger(__name__)


class LoadExists(Exception):
    """The output directory already holds a run."""


@dataclass
class LoadPlan:
    """What to sweep: suites' cases as the requests, through each backend, at each level."""

    suites: Sequence[SuiteFile]
    specs: Sequence[BackendSpec]
    levels: Sequence[Level]
    budget: Budget
    slo: Slo = field(default_factory=lambda: Slo({}))
    warmup: int = 1
    seed: int = 0
    max_tokens: int | None = None
    max_lag_s: float = DEFAULT_MAX_LAG_S
    sample_interval_s: float = DEFAULT_INTERVAL_S
    timeout_s: float = 300.0

    def settings(self) -> dict[str, Any]:
        """The plan as run.json records it."""
        return {
            "levels": [level.label for level in self.levels],
            "requests_per_level": self.budget.requests,
            "duration_s": self.budget.duration_s,
            "warmup": self.warmup,
            "seed": self.seed,
            "max_tokens": self.max_tokens,
            "slo": self.slo.describe(),
            "max_lag_s": self.max_lag_s,
            "timeout_s": self.timeout_s,
        }


@dataclass
class _Target:
    """A loaded HTTP backend: where to send, what to send, and the process to sample."""

    spec: BackendSpec
    backend: OpenAIBackend
    pid: int | None
    work: list[tuple[SuiteFile, Case, dict[str, Any]]]

    @property
    def url(self) -> str:
        return f"{self.backend.base_url}/chat/completions"


Progress = Callable[[str], None]


class LoadSweep:
    """Runs a LoadPlan into a directory."""

    def __init__(
        self,
        plan: LoadPlan,
        out_dir: str | Path,
        command: Sequence[str] = (),
        progress: Progress | None = None,
    ):
        self.plan = plan
        self.dir = Path(out_dir)
        if (self.dir / RUN_FILE).exists() or (self.dir / REQUESTS_FILE).exists():
            raise LoadExists(f"{self.dir} already holds a run; choose another --out")
        self.dir.mkdir(parents=True, exist_ok=True)
        self.progress = progress or (lambda line: None)
        self.run: dict[str, Any] = {
            "kind": KIND,
            "run_id": self.dir.name,
            "status": "running",
            "harness_version": __version__,
            "started_at": now_iso(),
            "finished_at": None,
            "command": list(command),
            "settings": plan.settings(),
            "environment": environment(),
            "suites": [suite_record(s).model_dump() for s in plan.suites],
            "backends": [],
            "levels": [],
        }
        self._requests = (self.dir / REQUESTS_FILE).open("a", encoding="utf-8")

    def execute(self) -> dict[str, Any]:
        """Sweep every backend; on Ctrl-C keep what finished, mark the run interrupted, re-raise."""
        self._write_run()
        status = "interrupted"
        try:
            for spec in self.plan.specs:
                self._sweep_backend(spec)
            status = "completed"
        finally:
            self.run["status"] = status
            self.run["finished_at"] = now_iso()
            self._write_run()
            self._requests.close()
        return self.run

    @property
    def complete(self) -> bool:
        """Every backend loaded and every level ran."""
        loaded = all(b.get("load_error") is None for b in self.run["backends"])
        expected = len(self.plan.specs) * len(self.plan.levels)
        return loaded and len(self.run["levels"]) == expected

    def _write_run(self) -> None:
        target = self.dir / RUN_FILE
        tmp = target.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(self.run, indent=2, default=str) + "\n", encoding="utf-8")
        os.replace(tmp, target)

    def _sweep_backend(self, spec: BackendSpec) -> None:
        with contextlib.ExitStack() as stack:
            try:
                target = self._open(spec, stack)
            except BackendError as exc:
                self.run["backends"].append({"spec": str(spec), "load_error": str(exc)})
                self._write_run()
                self.progress(f"{spec}: did not load: {exc}")
                return
            for level in self.plan.levels:
                self._level(target, level)

    def _open(self, spec: BackendSpec, stack: contextlib.ExitStack) -> _Target:
        if spec.kind != "openai":
            raise BackendError(
                f"`harness load` drives HTTP servers (openai:MODEL@URL or a matrix entry with "
                f"`backend: openai`), not {spec.kind!r}"
            )
        server = None
        if spec.options.get("server"):
            server, spec = start_server(spec, self.dir / "servers")
            stack.callback(server.stop)
        options = {"timeout_s": self.plan.timeout_s, **spec.options}
        backend = create_backend(BackendSpec(spec.kind, spec.target, options))
        assert isinstance(backend, OpenAIBackend)
        stack.callback(backend.close)
        info = backend.load()
        record: dict[str, Any] = {
            "spec": str(spec),
            "backend": spec.kind,
            "model": model_label(spec),
            "entry": spec.options.get("entry"),
            "backend_version": info.backend_version,
            "settings": info.settings,
        }
        if server is not None:
            record["server"] = {"command": server.command, "log": str(server.log_path)}
        self.run["backends"].append(record)
        self._write_run()
        tool_prompt = spec.options.get("tool_prompt")
        work = []
        for planned in self.plan.suites:
            suite = with_tool_prompt(planned, tool_prompt)
            for case in suite.cases:
                request = first_request(suite, case, self.plan.max_tokens)
                work.append((suite, case, backend.request_body(request)))
        return _Target(spec, backend, server.pid if server else None, work)

    def _level(self, target: _Target, level: Level) -> None:
        run = LevelRun(level)
        with MemorySampler(target.pid, self.plan.sample_interval_s) as memory:
            try:
                server = asyncio.run(self._drive(target, run))
            finally:
                lines, gaps = self._lines(target, run)
                self._append(lines)
        duration = (run.finished or time.perf_counter()) - run.started
        stats = level_stats(level, lines, gaps, duration, self.plan.slo, self.plan.max_lag_s)
        stats = {
            "backend": target.spec.kind,
            "model": model_label(target.spec),
            **stats,
            "memory": {
                "rss_peak_mib": memory.peak_rss_mib,
                "rss_mean_mib": memory.mean_rss_mib,
                "vram_peak_mib": memory.peak_vram_mib,
                "vram_process_peak_mib": memory.peak_vram_process_mib,
            },
            "server_metrics": server,
        }
        self.run["levels"].append(stats)
        self._write_run()
        self.progress(_progress_line(stats))

    async def _drive(self, target: _Target, run: LevelRun) -> dict[str, Any] | None:
        timeout = httpx.Timeout(self.plan.timeout_s, connect=min(10.0, self.plan.timeout_s))
        # No pool limit: an open loop must never wait for a connection the client withholds.
        limits = httpx.Limits(max_connections=None, max_keepalive_connections=None)
        headers = target.backend.auth_headers()
        redact = target.backend.redact
        work = target.work
        async with httpx.AsyncClient(timeout=timeout, limits=limits, headers=headers) as client:

            async def send(index: int) -> Answer:
                return await stream_once(client, target.url, work[index % len(work)][2], redact)

            for index in range(self.plan.warmup):
                await send(index)  # unrecorded: connections, caches and allocator warm
            url = metrics_url(target.backend.base_url)
            before = await scrape(client, url)
            poller = Poller(client, url) if before is not None else None
            if poller is not None:
                poller.start()
            try:
                # Seeded by the level's place in the plan: every backend gets the same arrivals.
                seed = self.plan.seed + self.plan.levels.index(run.level)
                await drive(run, send, self.plan.budget, seed)
            finally:
                if poller is not None:
                    await poller.stop()
            after = await scrape(client, url) if before is not None else None
            return summarize(before, after, poller.peaks if poller else {})

    def _lines(self, target: _Target, run: LevelRun) -> tuple[list[dict[str, Any]], list[float]]:
        """Score each finished request (after the level: scoring must not slow the client)."""
        lines, gaps = [], []
        for sent in sorted(run.done, key=lambda s: s.index):
            suite, case, _ = target.work[sent.index % len(target.work)]
            lines.append(
                self._line(target, run, sent.index, sent.scheduled, sent.answer, suite, case)
            )
            if sent.answer.error is None:
                gaps.extend(sent.answer.gaps)
        return lines, gaps

    def _line(
        self,
        target: _Target,
        run: LevelRun,
        index: int,
        scheduled: float,
        answer: Answer,
        suite: SuiteFile,
        case: Case,
    ) -> dict[str, Any]:
        line: dict[str, Any] = {
            "level": run.level.label,
            "backend": target.spec.kind,
            "model": model_label(target.spec),
            "index": index,
            "suite": suite.name,
            "case": case.id,
            "scheduled_at": scheduled - run.started,
            "sent_at": answer.sent - run.started,
            "lag_s": max(0.0, answer.sent - scheduled),
            **answer.timing(),
            "prompt_tokens": answer.prompt_tokens,
            "output_tokens": answer.output_tokens,
            "token_source": answer.token_source,
            "finish_reason": answer.finish_reason,
            "output": answer.text,
            "error": answer.error,
        }
        if answer.error is not None:
            line.update(status="error", checks=[], tool_calls=[])
        else:
            parsed = parse_tool_calls(answer.text, structured=answer.tool_calls or None)
            verdict = judge(suite.suite, case, answer.text, answer.finish_reason, parsed)
            fields = verdict.record_fields(parsed)
            line.update(
                status=fields["status"], checks=fields["checks"], tool_calls=fields["tool_calls"]
            )
        line["slo_met"] = self.plan.slo.met(line)
        return line

    def _append(self, lines: list[dict[str, Any]]) -> None:
        for line in lines:
            self._requests.write(json.dumps(line, ensure_ascii=False) + "\n")
        self._requests.flush()
        os.fsync(self._requests.fileno())


def _progress_line(stats: dict[str, Any]) -> str:
    def ms(value: float | None) -> str:
        return "-" if value is None else f"{value * 1000:.0f}ms"

    limited = " (client-limited)" if stats["client_limited"] else ""
    return (
        f"{stats['backend']}:{stats['model']} {stats['level']}: {stats['requests']} requests, "
        f"{stats['requests_per_s'] or 0:.2f} req/s, TTFT p50 {ms(stats['ttft_s']['p50'])}, "
        f"errors {stats['errors']}{limited}"
    )
