"""Run suites through backends: load each model once, generate, score, store each case."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal, Protocol

from harness import __version__, reasoning
from harness.backends import (
    Backend,
    BackendError,
    BackendSpec,
    ModelInfo,
    create_backend,
    registry,
    settings_model,
)
from harness.backends.base import Sampled
from harness.backends.base import model_label as model_label  # moved; still importable here
from harness.backends.managed import start_server as start_server
from harness.backends.worker import IsolatedBackend
from harness.checks.tool_calls import FALLBACK_OUTCOMES
from harness.results.answer_setup import describe_answers
from harness.results.provenance import environment, file_sha256
from harness.results.provenance import now_iso as now_iso
from harness.results.provenance import suite_record as suite_record
from harness.results.records import (
    BackendRecord,
    CaseRecord,
    RunRecord,
    case_key,
    target,
)
from harness.results.store import INTERRUPTED, RunWriter, read_run
from harness.scoring import judge
from harness.scoring import tool_case_kind as tool_case_kind
from harness.suite import Case, SuiteFile
from harness.suite.haystack import fit_case
from harness.timing.bandwidth import effective_bandwidth_gb_per_s, peak_bandwidth
from harness.timing.memory import DEFAULT_INTERVAL_S, MemorySampler
from harness.timing.stats import timing_table
from harness.toolloop import converse, first_request

log = logging.getLogger(__name__)


class RunObserver(Protocol):
    """Hears about progress, e.g. to draw a progress bar."""

    def started(self, total: int) -> None:
        """The run will record `total` cases."""

    def backend_loading(self, spec: BackendSpec) -> None:
        """A model is about to load."""

    def backend_loaded(self, spec: BackendSpec, record: BackendRecord) -> None:
        """A model loaded; its cases start now."""

    def case_done(self, record: CaseRecord) -> None:
        """A case was recorded."""


class _Silent:
    def started(self, total: int) -> None:
        pass

    def backend_loading(self, spec: BackendSpec) -> None:
        pass

    def backend_loaded(self, spec: BackendSpec, record: BackendRecord) -> None:
        pass

    def case_done(self, record: CaseRecord) -> None:
        pass


@dataclass
class RunPlan:
    """What to run: suites × backends × repeats, after `warmup` unrecorded generations per case."""

    suites: Sequence[SuiteFile]
    specs: Sequence[BackendSpec]
    repeat: int = 1
    warmup: int = 0
    sample_interval_s: float = DEFAULT_INTERVAL_S
    max_tokens: int | None = None  # a cap on every case's max_tokens
    case_timeout_s: float | None = None  # per generation, for backends in a worker
    concurrency: int = 1  # cases in flight at once against an HTTP backend (`concurrency:`)

    def total(self) -> int:
        """The number of case records the run will write."""
        cases = sum(len(s.cases) for s in self.suites)
        return cases * len(self.specs) * self.repeat


def _backend_record(spec: BackendSpec, info: ModelInfo) -> BackendRecord:
    size = sha = None
    if info.model_path and Path(info.model_path).is_file():
        size = Path(info.model_path).stat().st_size
        sha = file_sha256(info.model_path)
    device = info.settings.get("device")
    return BackendRecord(
        spec=str(spec),
        backend=info.backend,
        backend_version=info.backend_version,
        model=info.model,
        model_path=info.model_path,
        model_size_bytes=size,
        model_sha256=sha,
        settings=info.settings,
        load_s=info.load_s,
        footprint=info.footprint,
        peak_bandwidth=peak_bandwidth(str(device)) if device else None,
    )


def default_backend(
    spec: BackendSpec, timeout_s: float | None = None, log_path: Path | None = None
) -> Backend:
    """Native engines in a worker process of their own (output to `log_path`); the rest here."""
    factory = registry().get(spec.kind)
    if factory is not None and factory.in_process:
        takes_timeout = "timeout_s" in settings_model(spec.kind).model_fields
        if timeout_s is not None and takes_timeout and "timeout_s" not in spec.options:
            spec = BackendSpec(spec.kind, spec.target, {**spec.options, "timeout_s": timeout_s})
        return create_backend(spec)
    return IsolatedBackend(spec, timeout_s, log_path)


def default_run_dir(specs: Sequence[BackendSpec], kind: str = "") -> Path:
    """`results/<UTC time>-[kind-]<model>`: sortable and unique enough for one machine."""
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    label = model_label(specs[0]) if len(specs) == 1 else "matrix"
    return Path("results") / "-".join(part for part in (stamp, kind, label) if part)


class ResumeMismatch(Exception):
    """The run to resume is unreadable, or was started with other suites or backends."""


def planned_targets(plan: RunPlan) -> list[str]:
    """The `backend:model` of every spec of a plan, as its records will name them."""
    return [f"{spec.kind}:{model_label(spec)}" for spec in plan.specs]


def resume_mismatch(
    run: RunRecord, plan: RunPlan, records: Sequence[CaseRecord] = ()
) -> str | None:
    """Why `plan` cannot finish `run` (other suites, changed suites, other backends), or None."""
    before = {s.name: s.sha256 for s in run.suites}
    now = {s.name: s.sha256 for s in plan.suites}
    if set(now) != set(before):
        return (
            f"it was started with suite(s) {', '.join(sorted(before)) or 'none'}, not "
            f"{', '.join(sorted(now))}; resume with the same suites, or start a new run"
        )
    changed = sorted(name for name in now if now[name] != before[name])
    if changed:
        return (
            f"suite(s) {', '.join(changed)} changed since it was started; "
            "resume with the same suites, or start a new run"
        )
    wanted = planned_targets(plan)
    planned = getattr(run, "planned_targets", None)
    if planned is not None and sorted(planned) != sorted(wanted):
        return (
            f"it was started with backend(s) {', '.join(planned)}, not {', '.join(wanted)}; "
            "resume with the same backends, or start a new run"
        )
    # A run from before planned_targets was recorded: its records must name planned targets.
    others = sorted({target(r) for r in records} - set(wanted))
    if others:
        return f"it holds records of {', '.join(others)}, which this command does not run"
    return None


class Runner:
    """Executes a RunPlan into a run directory, or finishes an interrupted one (`resume`)."""

    def __init__(
        self,
        plan: RunPlan,
        out_dir: str | Path,
        observer: RunObserver | None = None,
        command: Sequence[str] = (),
        backend_factory: Callable[[BackendSpec], Backend] | None = None,
        resume: bool = False,
    ):
        self.plan = plan
        self.observer = observer or _Silent()
        self.backend_factory = backend_factory or (
            lambda spec: default_backend(spec, plan.case_timeout_s, self.log_path(spec))
        )
        self.writer = RunWriter(out_dir, resume=resume)
        self.run = (
            self._resumed_run(out_dir, command)
            if resume
            else RunRecord(
                run_id=Path(out_dir).name,
                status="running",
                harness_version=__version__,
                started_at=now_iso(),
                command=list(command),
                repeat=plan.repeat,
                warmup=plan.warmup,
                sample_interval_s=plan.sample_interval_s,
                environment=environment(),
                suites=[suite_record(s) for s in plan.suites],
                planned_targets=planned_targets(plan),
            )
        )
        self._records: list[CaseRecord] = list(self.writer.existing)
        self._done = {case_key(r) for r in self._records}
        self.counts = {"passed": 0, "failed": 0, "error": 0}
        for record in self._records:
            self.counts[record.status] += 1

    def log_path(self, spec: BackendSpec) -> Path:
        """Where a spec's engine writes its own output: `RUN/logs/ENTRY.log`."""
        name = spec.run.entry or f"{spec.kind}-{model_label(spec)}"
        return self.writer.dir / "logs" / f"{re.sub(r'[^A-Za-z0-9._-]', '_', name)}.log"

    @property
    def records(self) -> list[CaseRecord]:
        """Every record of the run so far, those of earlier attempts included."""
        return list(self._records)

    def _resumed_run(self, out_dir: str | Path, command: Sequence[str]) -> RunRecord:
        try:
            run, _ = read_run(out_dir)
            problem = resume_mismatch(run, self.plan, self.writer.existing)
        except (OSError, ValueError) as exc:
            self.writer.close()
            raise ResumeMismatch(f"cannot resume {out_dir}: {exc}") from None
        if problem:
            self.writer.close()
            raise ResumeMismatch(f"cannot resume {out_dir}: {problem}")
        before = {s.name: s.sha256 for s in run.suites}
        run.status = "running"
        run.resumes.append(
            {"at": now_iso(), "command": list(command), "harness_version": __version__}
        )
        known = set(before)
        run.suites.extend(suite_record(s) for s in self.plan.suites if s.name not in known)
        return run

    def execute(self) -> RunRecord:
        """Run everything; on Ctrl-C mark the run interrupted and re-raise."""
        self.start()
        self.observer.started(self.plan.total() - len(self._done))
        status: Literal["completed", "interrupted"] = "interrupted"
        try:
            for spec in self.plan.specs:
                self._run_backend(spec)
            status = "completed"
        finally:
            self.finish(status)
        return self.run

    def start(self) -> None:
        """Write run.json as `running`, before any case."""
        self.writer.write_run(self.run)

    def finish(self, status: Literal["completed", "interrupted"]) -> None:
        """Write the final run.json with counts and timing, and close the cases file."""
        self.run.status = status
        self.run.finished_at = now_iso()
        self.run.counts = dict(self.counts)
        self.run.timing = timing_table(self._records)
        try:
            self.writer.write_run(self.run)
        finally:
            self.writer.close()

    def _cases(self) -> list[tuple[SuiteFile, Case, int]]:
        return [
            (suite, case, repeat)
            for suite in self.plan.suites
            for case in suite.cases
            for repeat in range(self.plan.repeat)
        ]

    def _pending(self, spec: BackendSpec) -> list[tuple[SuiteFile, Case, int]]:
        label = model_label(spec)
        return [
            (suite, case, repeat)
            for suite, case, repeat in self._cases()
            if (suite.name, case.id, spec.kind, label, repeat) not in self._done
        ]

    def _run_backend(self, spec: BackendSpec) -> None:
        pending = self._pending(spec)
        if not pending:
            return  # finished before a resume: do not even load the model
        with contextlib.ExitStack() as stack:
            try:
                entry = self.open_entry(spec, stack)
            except BackendError as exc:
                for suite, case, repeat in pending:
                    self.record_error(spec, suite, case, repeat, f"model did not load: {exc}")
                return
            try:
                width = self.concurrency(spec)
                if width > 1:
                    from harness.parallel import run_concurrently

                    run_concurrently(entry, pending, width)
                else:
                    for suite, case, repeat in pending:
                        entry.run(suite, case, repeat)
            except KeyboardInterrupt:
                self._record_interrupted(spec)
                raise

    def concurrency(self, spec: BackendSpec) -> int:
        """Cases of an entry in flight at once: its own `concurrency`, else the plan's.

        Only backends that run in this process (HTTP, replay) take several; an engine in a
        worker process answers one request at a time.
        """
        width = int(spec.options.get("concurrency") or self.plan.concurrency)
        return width if getattr(registry().get(spec.kind), "in_process", False) else 1

    def _record_interrupted(self, spec: BackendSpec) -> None:
        """Record the case that was running, or about to run, when Ctrl-C came.

        Ctrl-C can land anywhere: in a generation, or between one case's record and the
        next case's start. Either way the run says where it stopped, and --resume runs
        that case again.
        """
        remaining = self._pending(spec)
        if remaining:
            suite, case, repeat = remaining[0]
            self.record_error(spec, suite, case, repeat, INTERRUPTED)

    def open_entry(self, spec: BackendSpec, stack: contextlib.ExitStack) -> Entry:
        """Load a backend (and its server) for running cases; `stack` closes it.

        A load failure is recorded in run.json and raised as BackendError.
        """
        self.observer.backend_loading(spec)
        try:
            loaded = self._open(spec, stack)
        except BackendError as exc:
            self.run.backends.append(
                BackendRecord(spec=str(spec), backend=spec.kind, load_error=str(exc))
            )
            self.writer.write_run(self.run)
            raise
        record = loaded.record
        record.warnings.extend(self._unmatched_answers(spec, loaded.info))
        describe_answers(record, spec, model_label(spec), self.plan.max_tokens)
        self.run.backends.append(record)
        self.writer.write_run(self.run)
        self.observer.backend_loaded(spec, record)
        self._warn_if_tools_dropped(spec, record)
        return Entry(self, spec, loaded, _Fallback(self, spec.run.fallback, stack))

    def _open(self, spec: BackendSpec, stack: contextlib.ExitStack) -> _Loaded:
        """Start the entry's server if it has one, then load its backend; both closed by `stack`."""
        server = None
        if spec.run.server:
            server, spec = start_server(spec, self.writer.dir / "servers")
            stack.callback(server.stop)
        backend = self.backend_factory(spec)
        stack.callback(backend.close)
        info = backend.load()
        record = _backend_record(spec, info)
        if server is not None:
            record.settings["server"] = {
                "command": server.command,
                "log": str(server.log_path),
                "ready_s": server.ready_s,
            }
        log = getattr(backend, "log_path", None)
        if log is not None:
            record.settings["log"] = str(log)
        pid = (backend.pid if isinstance(backend, Sampled) else None) or (
            server.pid if server else None
        )
        return _Loaded(backend, info, record, pid, spec.options.get("reasoning"))

    def _base_record(
        self, spec: BackendSpec, suite: SuiteFile, case: Case, repeat: int
    ) -> dict[str, Any]:
        return {
            "suite": suite.name,
            "case": case.id,
            "backend": spec.kind,
            "model": model_label(spec),
            "repeat": repeat,
            "tags": case.tags,
            "tool_case": tool_case_kind(case),
            "started_at": now_iso(),
            "concurrency": self.concurrency(spec),
            "haystack": case.haystack.record() if case.haystack else None,
        }

    def _emit(self, record: CaseRecord) -> None:
        self.writer.append(record)
        self._records.append(record)
        self._done.add(case_key(record))
        self.counts[record.status] += 1
        self.observer.case_done(record)

    def record_error(
        self, spec: BackendSpec, suite: SuiteFile, case: Case, repeat: int, message: str
    ) -> None:
        """Record a case that could not run (its model did not load) as an error."""
        base = self._base_record(spec, suite, case, repeat)
        self._emit(CaseRecord(**base, status="error", error=message))

    def _unmatched_answers(self, spec: BackendSpec, info: ModelInfo) -> list[str]:
        """Recorded answers for cases no suite of this run has: listed, never silently dropped."""
        planned = {f"{s.name}/{c.id}" for s in self.plan.suites for c in s.cases}
        unmatched = [case for case in info.known_cases if case not in planned]
        if not unmatched:
            return []
        shown = ", ".join(unmatched[:5]) + (
            f" and {len(unmatched) - 5} more" if len(unmatched) > 5 else ""
        )
        message = f"{len(unmatched)} recorded answer(s) match no case of this run's suites: {shown}"
        log.warning("%s: %s", spec, message)
        return [message]

    def _warn_if_tools_dropped(self, spec: BackendSpec, record: BackendRecord) -> None:
        native = [
            s.name
            for s in self.plan.suites
            if s.suite.has_tools and s.suite.tool_prompt == "native"
        ]
        if native and record.settings.get("template_mentions_tools") is False:
            log.warning(
                "%s: the model's chat template never mentions tools, so the native tools of "
                "%s are probably dropped; prompt them instead (tool_prompt: hermes, ...)",
                spec,
                ", ".join(native),
            )

    def _warm_up(self, backend: Backend, suite: SuiteFile, case: Case) -> None:
        # Unrecorded generations first, as llama-bench does: page faults, allocator growth
        # and kernel selection must not land in the first measured sample.
        for _ in range(self.plan.warmup):
            try:
                backend.generate(first_request(suite, case, self.plan.max_tokens))
            except BackendError:
                return  # the measured run will record the error

    def _run_case(
        self,
        loaded: _Loaded,
        spec: BackendSpec,
        suite: SuiteFile,
        case: Case,
        repeat: int,
        fallback: _Fallback,
        store: bool = True,
    ) -> CaseRecord:
        base = self._base_record(spec, suite, case, repeat)
        fields = self._measure(loaded, suite, case)
        if fallback.wanted(fields):
            fields["fallback"] = fallback.run(suite, case)
        record = CaseRecord(**base, **fields)
        if store:  # a concurrent run stores records from its main thread
            self._emit(record)
        return record

    def _measure(self, loaded: _Loaded, suite: SuiteFile, case: Case) -> dict[str, Any]:
        """Run and score one case; a backend failure becomes an error record's fields."""
        try:
            with MemorySampler(loaded.pid, self.plan.sample_interval_s) as memory:
                conversation = converse(loaded.backend, suite, case, self.plan.max_tokens)
        except BackendError as exc:
            return {"status": "error", "error": str(exc)}
        generation, parsed, final = conversation.first, conversation.parsed, conversation.final
        mode = reasoning.mode_for(suite.suite.reasoning, loaded.reasoning)
        seen = reasoning.judged_answer(mode, generation, final)  # the answer as users see it
        verdict = judge(suite.suite, case, seen.text, final.finish_reason, parsed, seen.checks)
        decode = generation.decode_tokens_per_s
        bandwidth = effective_bandwidth_gb_per_s(loaded.record.model_size_bytes, decode)
        peak = (loaded.record.peak_bandwidth or {}).get("peak_gb_per_s")
        return {
            **verdict.record_fields(parsed),
            "output": final.text,
            "rounds": conversation.rounds if len(conversation.rounds) > 1 else None,
            "ttft_s": generation.ttft_s,
            "prefill_tokens_per_s": generation.prefill_tokens_per_s,
            "decode_tokens_per_s": decode,
            "prompt_tokens": generation.prompt_tokens,
            "output_tokens": generation.output_tokens,
            "latency_s": sum(r["latency_s"] for r in conversation.rounds),
            "vram_peak_mib": memory.peak_vram_mib,
            "rss_peak_mib": memory.peak_rss_mib,
            "finish_reason": final.finish_reason,
            "itl_p50_s": generation.itl_p50_s,
            "itl_p95_s": generation.itl_p95_s,
            "engine_decode_tokens_per_s": generation.engine_decode_tokens_per_s,
            "engine_prefill_tokens_per_s": generation.engine_prefill_tokens_per_s,
            "engine_timings": generation.engine_timings,
            "rss_mean_mib": memory.mean_rss_mib,
            "vram_mean_mib": memory.mean_vram_mib,
            "vram_process_peak_mib": memory.peak_vram_process_mib,
            "memory_samples": memory.samples,
            "bandwidth_gb_per_s": bandwidth,
            "bandwidth_share": bandwidth / peak if bandwidth and peak else None,
            "token_source": generation.token_source,
            "attempts": generation.attempts,
            **seen.fields,
        }


@dataclass
class _Loaded:
    """A loaded backend with its record and the process whose memory is sampled."""

    backend: Backend
    info: ModelInfo
    record: BackendRecord
    pid: int | None
    reasoning: str | None = None  # the matrix entry's reasoning mode


class Entry:
    """A loaded backend of a run, ready to run any case of the plan's suites."""

    def __init__(self, runner: Runner, spec: BackendSpec, loaded: _Loaded, fallback: _Fallback):
        self.runner = runner
        self.spec = spec
        self.loaded = loaded
        self.fallback = fallback
        tool_prompt = spec.run.tool_prompt
        self.presented = {s.name: with_tool_prompt(s, tool_prompt) for s in runner.plan.suites}
        self.warmed: set[tuple[str, str]] = set()

    def run(self, planned: SuiteFile, case: Case, repeat: int, store: bool = True) -> CaseRecord:
        """Warm the case up once (as planned), run it, record it, and return the record."""
        suite = self.presented.get(planned.name, planned)
        n_ctx = self.loaded.info.settings.get("n_ctx")
        case = fit_case(case, suite.suite.sampling_for(case).max_tokens, n_ctx)
        if (suite.name, case.id) not in self.warmed:
            self.warmed.add((suite.name, case.id))
            self.runner._warm_up(self.loaded.backend, suite, case)
        return self.runner._run_case(
            self.loaded, self.spec, suite, case, repeat, self.fallback, store
        )


# What a fallback record keeps of the fallback's answer.
FALLBACK_FIELDS = (
    "status",
    "checks",
    "output",
    "tool_calls",
    "tool_outcome",
    "error",
    "ttft_s",
    "decode_tokens_per_s",
    "latency_s",
)


class _Fallback:
    """The entry's fallback backend, loaded on first need and kept for the entry's cases."""

    def __init__(self, runner: Runner, spec: BackendSpec | None, stack: contextlib.ExitStack):
        self.runner = runner
        self.spec = spec
        self.stack = stack
        self.loaded: _Loaded | None = None
        self.load_error: str | None = None
        self._loading = threading.Lock()  # concurrent cases load the fallback once

    def wanted(self, fields: dict[str, Any]) -> bool:
        """Whether a deployment would re-route this answer: an error or a broken tool call."""
        if self.spec is None:
            return False
        return fields["status"] == "error" or fields.get("tool_outcome") in FALLBACK_OUTCOMES

    def run(self, suite: SuiteFile, case: Case) -> dict[str, Any]:
        """The fallback's answer to the case, scored the same way."""
        assert self.spec is not None
        who = {"backend": self.spec.kind, "model": model_label(self.spec)}
        with self._loading:
            if self.loaded is None and self.load_error is None:
                try:
                    self.loaded = self.runner._open(self.spec, self.stack)
                except BackendError as exc:
                    self.load_error = f"fallback did not load: {exc}"
        if self.loaded is None:
            return {**who, "status": "error", "error": self.load_error}
        fields = self.runner._measure(self.loaded, suite, case)
        return {**who, **{k: fields.get(k) for k in FALLBACK_FIELDS}}


def with_tool_prompt(suite: SuiteFile, tool_prompt: str | None) -> SuiteFile:
    """The suite with a matrix entry's tool_prompt, where the suite has tools to present."""
    if tool_prompt is None or not suite.suite.has_tools or suite.suite.tool_prompt == tool_prompt:
        return suite
    return replace(suite, suite=suite.suite.model_copy(update={"tool_prompt": tool_prompt}))
