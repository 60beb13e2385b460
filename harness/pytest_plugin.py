"""pytest plugin: `pytest suites/ --harness-backend llamacpp:smollm2` runs each case as a test.

Test ids are `SUITE_FILE::CASE[BACKEND]`; a failing case fails with the failing check's
evidence. Every answer is also recorded in a run directory, as `harness run` writes it,
so the usual `harness report` and `harness compare` read it afterwards.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from harness.backends import BackendError, BackendSpec
from harness.compare.quality import evidence
from harness.runner import Entry, Runner, RunPlan, default_run_dir
from harness.suite import Case, SuiteError, SuiteFile, load_suite
from harness.suite.loader import read_yaml_mapping
from harness.suite.select import Selection
from harness.untrusted import for_terminal

STATE_KEY = pytest.StashKey["_HarnessState"]()
ANSWER_CHARS = 300  # of the answer, shown under the evidence


def pytest_addoption(parser: pytest.Parser) -> None:
    """The plugin's options; without --harness-backend it collects nothing."""
    group = parser.getgroup("harness", "LLM regression harness suites")
    group.addoption(
        "--harness-backend",
        action="append",
        default=[],
        metavar="SPEC",
        help="run suite YAML files as tests on this backend, e.g. llamacpp:smollm2 (repeatable)",
    )
    group.addoption(
        "--harness-out", metavar="DIR", help="run directory for the answers (default results/…)"
    )
    group.addoption("--harness-max-tokens", type=int, metavar="N", help="cap max_tokens at N")
    group.addoption(
        "--harness-suite", action="append", default=[], metavar="NAME",
        help="collect only this suite (glob; repeatable); -k also matches suites and tags",
    )  # fmt: skip
    group.addoption(
        "--harness-tag", action="append", default=[], metavar="TAG",
        help="collect only cases with this tag (repeatable)",
    )  # fmt: skip


def _is_suite(path: Path) -> bool:
    # Suites are mappings with `cases:`; other YAML (matrix.yaml, CI files) is not collected.
    try:
        _, data = read_yaml_mapping(path, "")
    except SuiteError:
        return True  # let collection report what is wrong with it
    return "cases" in data


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    """Collect suite files when a backend was given."""
    if not parent.config.getoption("harness_backend"):
        return None
    if file_path.suffix in (".yaml", ".yml") and _is_suite(file_path):
        return SuiteCollector.from_parent(parent, path=file_path)
    return None


class SuiteCollector(pytest.File):
    """One suite file: a test per case × backend."""

    def collect(self) -> Iterator[pytest.Item]:
        """The cases, or a collection error listing every problem of the file."""
        try:
            suite = load_suite(self.path)
        except SuiteError as exc:
            problems = "\n".join(str(p) for p in exc.problems)
            raise self.CollectError(for_terminal(problems)) from None
        selection = Selection(
            self.config.getoption("harness_suite"), self.config.getoption("harness_tag")
        )
        matches = selection.matcher()
        for text in self.config.getoption("harness_backend"):
            try:
                spec = BackendSpec.parse(text)
            except ValueError as exc:
                raise pytest.UsageError(f"--harness-backend: {exc}") from None
            for case in suite.cases:
                if not matches(suite.name, case):
                    continue
                item = CaseItem.from_parent(
                    self, name=f"{case.id}[{spec}]", suite=suite, case=case, spec=spec
                )
                # `-k` then matches a case's suite name and tags, as `harness run -k` does.
                item.keywords.update({suite.name: True, **{tag: True for tag in case.tags}})
                yield item


class CaseFailed(Exception):
    """A case whose checks failed; the message is the evidence."""


class CaseItem(pytest.Item):
    """One case on one backend."""

    def __init__(self, *, suite: SuiteFile, case: Case, spec: BackendSpec, **kwargs: Any):
        super().__init__(**kwargs)
        self.suite, self.case, self.spec = suite, case, spec

    def runtest(self) -> None:
        """Generate, score and record the case; fail with the evidence of the first failure."""
        state = _state(self.config)
        try:
            entry = state.entry(self.session, self.spec)
        except BackendError as exc:
            assert state.runner is not None
            state.runner.record_error(self.spec, self.suite, self.case, 0, str(exc))
            raise
        record = entry.run(self.suite, self.case, 0)
        if record.status != "passed":
            check, detail = evidence([record])
            answer = " ".join((record.output or "").split())[:ANSWER_CHARS]
            raise CaseFailed(f"{check}: {detail}" + (f"\nanswer: {answer}" if answer else ""))

    def repr_failure(  # type: ignore[override]
        self, excinfo: pytest.ExceptionInfo[BaseException]
    ) -> str:
        """The evidence alone, not a traceback into the harness."""
        if isinstance(excinfo.value, CaseFailed | BackendError):
            # The evidence quotes the answer: pytest prints it to a terminal or CI log.
            return for_terminal(f"{self.suite.name}/{self.case.id} on {self.spec}: {excinfo.value}")
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        """Where the case lives, for pytest's report."""
        return self.path, None, f"{self.suite.name}::{self.name}"


class _HarnessState:
    """The run being written and the backends loaded so far, kept for the whole session."""

    def __init__(self, config: pytest.Config):
        self.config = config
        self.runner: Runner | None = None
        self.stack = contextlib.ExitStack()
        self.entries: dict[str, Entry] = {}
        self.load_errors: dict[str, BackendError] = {}

    def _start(self, session: pytest.Session) -> Runner:
        items = [i for i in session.items if isinstance(i, CaseItem)]
        suites = list({i.suite.path: i.suite for i in items}.values())
        specs = list({str(i.spec): i.spec for i in items}.values())
        plan = RunPlan(suites=suites, specs=specs,
                       max_tokens=self.config.getoption("harness_max_tokens"))  # fmt: skip
        out = self.config.getoption("harness_out") or default_run_dir(specs, "pytest")
        runner = Runner(plan, out, command=["pytest", *self.config.invocation_params.args])
        runner.run.selection = self._selection(items)
        runner.start()
        return runner

    def _selection(self, items: list[CaseItem]) -> dict[str, Any] | None:
        """What --harness-suite, --harness-tag and pytest's -k kept, for run.json."""
        keyword = self.config.getoption("keyword") or None
        chosen = Selection(
            self.config.getoption("harness_suite"), self.config.getoption("harness_tag"), keyword
        )
        if not chosen.active:
            return None
        selected: dict[str, list[str]] = {}
        for item in items:
            selected.setdefault(item.suite.name, []).append(item.case.id)
        return {
            "suites": list(chosen.suites),
            "tags": list(chosen.tags),
            "keyword": keyword,
            "cases_selected": len(items),
            "selected": selected,
        }

    def entry(self, session: pytest.Session, spec: BackendSpec) -> Entry:
        """The loaded backend for `spec`, loading it on first use."""
        if self.runner is None:
            self.runner = self._start(session)
        key = str(spec)
        if key in self.load_errors:
            raise self.load_errors[key]
        if key not in self.entries:
            try:
                self.entries[key] = self.runner.open_entry(spec, self.stack)
            except BackendError as exc:
                self.load_errors[key] = BackendError(f"model did not load: {exc}")
                raise self.load_errors[key] from None
        return self.entries[key]

    def close(self, interrupted: bool) -> None:
        """Unload every backend and write the final run.json."""
        self.stack.close()
        if self.runner is not None:
            self.runner.finish("interrupted" if interrupted else "completed")


def _state(config: pytest.Config) -> _HarnessState:
    if STATE_KEY not in config.stash:
        config.stash[STATE_KEY] = _HarnessState(config)
    return config.stash[STATE_KEY]


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Close what the session opened; a run cut short by Ctrl-C is marked interrupted."""
    if STATE_KEY in session.config.stash:
        state = session.config.stash[STATE_KEY]
        state.close(interrupted=exitstatus == pytest.ExitCode.INTERRUPTED)


def pytest_report_header(config: pytest.Config) -> str | None:
    """Say which backends the suites run on."""
    backends = config.getoption("harness_backend")
    return f"harness backends: {', '.join(backends)}" if backends else None
