"""The `harness` command line: a thin layer over functions callable from Python."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from harness import __version__
from harness.backends import BackendSpec
from harness.backends.base import command_line_specs
from harness.checks import Answer, get_check, parse_params, registry
from harness.checks.accuracy import Confusion
from harness.cli_import import add_commands as add_import_commands
from harness.cli_reports import add_commands as add_report_commands
from harness.exitcodes import (  # noqa: F401
    EXIT_BAD_INPUT,
    EXIT_FAILED,
    EXIT_INCOMPLETE,
    EXIT_INTERRUPTED,
    EXIT_OK,
)
from harness.load.cli import add_command as add_load_command
from harness.results.records import BackendRecord, CaseRecord
from harness.results.store import NothingToResume, RunExists, RunWriteError
from harness.suite import Suite, SuiteError, load_suites
from harness.untrusted import TerminalFormatter, dumps_for_terminal, for_terminal

err = Console(stderr=True)


def _print_problems(exc: SuiteError) -> int:
    for problem in exc.problems:
        print(for_terminal(str(problem)), file=sys.stderr)
    return EXIT_BAD_INPUT


def _error(message: object) -> int:
    """Print `error: MESSAGE` (which may quote a file, a server or a model) and return 2."""
    print(for_terminal(f"error: {message}"), file=sys.stderr)
    return EXIT_BAD_INPUT


def cmd_validate(args: argparse.Namespace) -> int:
    """Validate suite and matrix files: exit 0 when all are valid, 2 with one line per problem."""
    from harness.matrix import validate_matrices

    if not args.paths and not args.matrix:
        print("error: give suite PATHs and/or --matrix FILE", file=sys.stderr)
        return EXIT_BAD_INPUT
    problems = validate_matrices(args.matrix or [])
    suites = []
    try:
        suites = load_suites(args.paths) if args.paths else []
    except SuiteError as exc:
        problems.extend(exc.problems)
    if problems:
        return _print_problems(SuiteError(problems))
    cases = sum(len(s.cases) for s in suites)
    matrices = f", {len(args.matrix)} matrix file(s)" if args.matrix else ""
    print(f"ok: {len(suites)} suite file(s), {cases} case(s){matrices}")
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    """Print the JSON Schema of suite files (or of matrix files, with --matrix)."""
    if args.matrix:
        from harness.matrix import matrix_json_schema

        print(json.dumps(matrix_json_schema(), indent=2))
        return EXIT_OK
    schema = Suite.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "harness suite file"
    print(json.dumps(schema, indent=2))
    return EXIT_OK


class ProgressObserver:
    """Draws a progress bar with the last case's verdict."""

    def __init__(self, progress: Progress):
        self.progress = progress
        self.task: Any = None

    def started(self, total: int) -> None:
        """Create the bar."""
        self.task = self.progress.add_task("starting", total=total)

    def backend_loading(self, spec: BackendSpec) -> None:
        """Show which model is loading."""
        self.progress.update(self.task, description=_shown(f"loading {spec}"))

    def backend_loaded(self, spec: BackendSpec, record: BackendRecord) -> None:
        """Show that the model is running."""
        self.progress.update(self.task, description=_shown(f"running {spec}"))

    def case_done(self, record: CaseRecord) -> None:
        """Advance the bar."""
        self.progress.update(
            self.task,
            advance=1,
            description=_shown(
                f"{record.backend}:{record.model} {record.suite}/{record.case} {record.status}"
            ),
        )


def _shown(text: str) -> str:
    # The bar's description is rich markup: a `[` in a model or case name is text.
    return escape(for_terminal(text))


def cmd_run(args: argparse.Namespace) -> int:
    """Run suites through backends and store the results."""
    from harness.runner import ResumeMismatch, Runner, RunPlan, default_run_dir

    try:
        suites = load_suites(args.paths)
    except SuiteError as exc:
        return _print_problems(exc)
    from harness.suite.select import Selection, SelectionError

    selection = Selection(args.suite or (), args.tag or (), args.k)
    try:
        available, suites = suites, selection.apply(suites)
    except SelectionError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if not args.backend and not args.matrix:
        print("error: give --backend SPEC (repeatable) or --matrix FILE", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        specs = command_line_specs(args.backend, args.matrix, args.entry)
        specs = with_command_line_settings(
            specs, args.set or [], args.prompt_cache, args.api_key_env
        )
    except ValueError as exc:
        return _error(exc)
    except SuiteError as exc:
        return _print_problems(exc)
    from harness.backends.replay import replay_file_problem

    for spec in specs:
        problem = replay_file_problem(spec)
        if problem:
            return _error(problem)
    if args.out and args.resume:
        print(
            "error: give --out for a new run or --resume for an interrupted one, not both",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    out_dir = Path(args.resume or args.out or default_run_dir(specs))
    plan = RunPlan(
        suites=suites,
        specs=specs,
        repeat=args.repeat,
        warmup=args.warmup,
        sample_interval_s=args.sample_interval_ms / 1000.0,
        max_tokens=args.max_tokens,
        case_timeout_s=args.case_timeout,
        concurrency=args.concurrency,
    )
    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=err,
        disable=args.no_progress,
    )
    try:
        runner = Runner(
            plan, out_dir, ProgressObserver(progress), command=sys.argv, resume=bool(args.resume)
        )
    except (RunExists, NothingToResume, ResumeMismatch, OSError) as exc:
        return _error(exc)
    if selection.active:
        runner.run.selection = selection.record(available, suites)
    try:
        with progress:
            runner.execute()
    except KeyboardInterrupt:
        err.print(for_terminal(f"interrupted; what finished is in {out_dir}"), markup=False)
        _print_summary(runner.records, args.show_failures, args.format, f"Run {out_dir.name}")
        return EXIT_INTERRUPTED
    except RunWriteError as exc:
        return _error(f"{exc}; what was recorded before stays in {out_dir}")
    _print_summary(runner.records, args.show_failures, args.format, f"Run {out_dir.name}")
    # stdout stays one document when it is markdown or JSON.
    results = for_terminal(f"results: {out_dir}")
    print(results, file=sys.stdout if args.format == "terminal" else sys.stderr)
    return _run_health(runner, args.max_error_rate)


def _run_health(runner: Any, max_error_rate: float | None) -> int:
    """Exit 3 when a backend never loaded or more cases errored than allowed; else 0."""
    from harness.results.health import unhealthy

    problems = unhealthy(runner.run, runner.records, max_error_rate)
    for problem in problems:
        print(for_terminal(f"error: {problem}"), file=sys.stderr)
    return EXIT_INCOMPLETE if problems else EXIT_OK


def with_command_line_settings(
    specs: list[BackendSpec], assignments: list[str], prompt_cache: bool, api_key_env: str | None
) -> list[BackendSpec]:
    """The specs with `--set`, `--prompt-cache` and `--api-key-env`; ValueError when invalid."""
    from harness.backends import parse_assignments, registry, settings_model, settings_problems

    values = parse_assignments(assignments)
    if values and len(specs) != 1:
        raise ValueError("--set applies to a single --backend; use a matrix file's settings")
    out = []
    for spec in specs:
        if spec.kind not in registry():
            raise ValueError(
                f"unknown backend {spec.kind!r} (known: {', '.join(sorted(registry()))})"
            )
        extra: dict[str, Any] = dict(values)
        if prompt_cache:
            extra["prompt_cache"] = True
        if api_key_env and "api_key_env" in settings_model(spec.kind).model_fields:
            extra["api_key_env"] = api_key_env
        problems = settings_problems(spec.kind, {**spec.engine_options(), **values})
        if values and problems:
            raise ValueError("; ".join(f"--set {field}: {reason}" for field, reason in problems))
        out.append(
            BackendSpec(spec.kind, spec.target, {**spec.options, **extra}) if extra else spec
        )
    return out


def _print_summary(
    records: list[CaseRecord], show_failures: int, fmt: str = "terminal", title: str = "Run"
) -> None:
    from harness.report.github import append_step_summary
    from harness.report.jobsummary import summary_markdown
    from harness.report.run_summary import sections, summary_data
    from harness.report.sections import render_json, render_markdown, render_terminal

    parts = sections(records, show_failures)
    if fmt == "json":
        print(render_json(title, [], parts, {"summary": summary_data(records)}))
    elif fmt == "markdown":
        print(render_markdown(title, [], parts), end="")
    else:
        # Off a terminal (CI logs, pipes) rich assumes 80 columns and would elide the numbers.
        console = Console(width=None if sys.stdout.isatty() else 200)
        render_terminal(title, [], parts, console)
    append_step_summary(summary_markdown(title, [], parts, None))


def cmd_backends(args: argparse.Namespace) -> int:
    """List every backend with its package version, or why it cannot run on this machine."""
    from harness.backends import availability, registry
    from harness.report.table import print_table

    rows = []
    for kind in sorted(registry()):
        state = availability(kind)
        rows.append(
            [kind, "yes" if state.available else "no", state.version or "-", state.reason or ""]
        )
    console = Console(width=None if sys.stdout.isatty() else 200)
    print_table(console, "Backends", ["backend", "available", "version", "why not"], rows)
    return EXIT_OK


class BadInput(Exception):
    """Input the user must fix; the message names the file and line."""


def read_answer_lines(
    path_text: str, require_text: bool = True, require_label: bool = False
) -> list[dict[str, Any]]:
    """Read `{"id", "text", ...}` JSONL lines, refusing the first malformed one by number."""
    path = Path(path_text)
    try:
        # "\n" only: str.splitlines would also cut at U+2028 and other separators inside JSON.
        lines = path.read_text(encoding="utf-8").split("\n")
    except OSError as exc:
        raise BadInput(f"{path}: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise BadInput(f"{path}: not UTF-8 text: {exc.reason}") from None
    items = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if require_text and "text" not in item:
                raise TypeError("`text` is missing")
            if not isinstance(item.get("text", ""), str):
                raise TypeError("`text` is not a string")
            if not isinstance(item.get("tool_calls") or [], list):
                raise TypeError("`tool_calls` is not a list")
            if require_label and not isinstance(item.get("label"), bool):
                raise TypeError("--score needs a boolean `label` on every line")
        except (json.JSONDecodeError, TypeError, AttributeError) as exc:
            raise BadInput(f'{path}:{number}: expected {{"id":..,"text":..}}: {exc}') from None
        items.append(item)
    return items


def cmd_check(args: argparse.Namespace) -> int:
    """Run one check over `{"id", "text"}` lines and print one verdict line each."""
    try:
        check = get_check(args.name)
        raw_params = json.loads(args.params) if args.params else None
        params = parse_params(args.name, raw_params)
        items = read_answer_lines(args.jsonl, require_label=args.score)
    except (KeyError, ValueError, BadInput) as exc:
        return _error(exc.args[0] if isinstance(exc, KeyError) else exc)
    confusion = Confusion()
    for item in items:
        answer = Answer(text=item.get("text", ""), finish_reason=item.get("finish_reason"))
        result = check.run(answer, params)
        line = {"id": item.get("id"), "passed": result.passed, "detail": result.detail}
        print(dumps_for_terminal(line))
        if args.score:
            confusion.add(item, result)
    if args.score:
        print(confusion.summary(args.name), file=sys.stderr)
    return EXIT_OK


def cmd_parse_tool_calls(args: argparse.Namespace) -> int:
    """Parse the tool calls of `{"id", "text", "tool_calls"?}` lines, one JSON line each."""
    from harness.toolcalls import get_dialect, parse_tool_calls

    try:
        if args.dialect != "auto":
            get_dialect(args.dialect)
        # a line may carry only structured `tool_calls`, as an API returns them
        items = read_answer_lines(args.jsonl, require_text=False)
    except (KeyError, BadInput) as exc:
        return _error(exc.args[0] if isinstance(exc, KeyError) else exc)
    for item in items:
        result = parse_tool_calls(
            item.get("text", ""), dialect=args.dialect, structured=item.get("tool_calls") or None
        )
        print(dumps_for_terminal({"id": item.get("id"), **result.to_dict()}))
    return EXIT_OK


def cmd_rescore(args: argparse.Namespace) -> int:
    """Score a stored run again with today's suites and checks, into a new run directory."""
    from harness.rescore import rescore

    try:
        run = rescore(args.run_dir, args.out, args.paths)
    except SuiteError as exc:
        return _print_problems(exc)
    except (RunExists, OSError, ValueError) as exc:
        return _error(exc)
    counts = run.counts
    print(
        for_terminal(
            f"rescored {sum(counts.values())} record(s) into {args.out}: "
            f"{counts['passed']} passed, {counts['failed']} failed, {counts['error']} error(s)"
        )
    )
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    """Write a run's answers as a replay file."""
    from harness.results.export import export_replay

    try:
        lines = export_replay(args.run_dir, args.replay, args.model)
    except (OSError, ValueError) as exc:
        return _error(exc)
    print(for_terminal(f"wrote {lines} replay line(s) to {args.replay}"))
    return EXIT_OK


def cmd_ci_jobs(args: argparse.Namespace) -> int:
    """Print the CI jobs of a matrix file as JSON: one per entry, filtered."""
    from harness.matrix import ci_jobs, load_matrix

    def names(text: str) -> list[str]:
        return [n.strip() for n in text.replace(",", " ").split() if n.strip()]

    try:
        jobs = ci_jobs(load_matrix(args.matrix), names(args.models), names(args.backends))
    except SuiteError as exc:
        return _print_problems(exc)
    if not jobs:
        return _error(
            f"no entry of {args.matrix} matches models {args.models!r} "
            f"and backends {args.backends!r}"
        )
    print(dumps_for_terminal(jobs))
    return EXIT_OK


def cmd_checks(args: argparse.Namespace) -> int:
    """List the registered checks."""
    for name, check in sorted(registry().items()):
        print(f"{name}\t{check.description}")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    parser = argparse.ArgumentParser(prog="harness", description=__doc__)
    parser.add_argument("--version", action="version", version=f"harness {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("validate", help="check suite files without running anything")
    p.add_argument("paths", nargs="*", metavar="PATH")
    p.add_argument(
        "--matrix",
        action="append",
        metavar="FILE",
        help="also check a matrix file, engine settings included (repeatable)",
    )
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("schema", help="print the JSON Schema of suite files")
    p.add_argument(
        "--matrix",
        action="store_true",
        help="the schema of matrix files instead, with each backend's typed settings",
    )
    p.set_defaults(func=cmd_schema)

    p = sub.add_parser("run", help="run suites through one or more backends")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument(
        "--backend",
        action="append",
        metavar="SPEC",
        help="KIND:TARGET, e.g. llamacpp:smollm2 or llamacpp:/models/x.gguf (repeatable)",
    )
    p.add_argument(
        "--matrix", metavar="FILE", help="a matrix.yaml of backends × models to run, in order"
    )
    p.add_argument(
        "--api-key-env",
        metavar="VAR",
        help="environment variable holding the API key of openai backends (default OPENAI_API_KEY)",
    )
    p.add_argument(
        "--entry",
        action="append",
        metavar="NAME",
        help="run only this entry of the --matrix file (repeatable; one CI job per entry)",
    )
    p.add_argument("--out", metavar="DIR", help="run directory (default results/<time>-<model>)")
    p.add_argument(
        "--resume",
        metavar="DIR",
        help="finish an interrupted run in DIR: cases already recorded are skipped",
    )
    p.add_argument(
        "--case-timeout",
        type=float,
        metavar="S",
        help="stop a generation after S seconds and record the case as an error",
    )
    p.add_argument("--max-tokens", type=int, metavar="N", help="cap every case's max_tokens at N")
    p.add_argument(
        "--concurrency",
        type=int,
        default=1,
        metavar="N",
        help="cases in flight at once against HTTP backends (default 1; a matrix entry may set its own)",
    )
    p.add_argument(
        "--repeat", type=int, default=1, help="recorded generations per case (default 1)"
    )
    p.add_argument(
        "--warmup", type=int, default=0, help="unrecorded generations per case before the repeats"
    )
    p.add_argument(
        "--prompt-cache",
        action="store_true",
        help="reuse a shared prompt prefix between cases (faster; TTFT and prefill are then warm)",
    )
    p.add_argument(
        "--sample-interval-ms",
        type=float,
        default=50.0,
        metavar="MS",
        help="memory sampling interval (default 50)",
    )
    p.add_argument(
        "--set",
        action="append",
        metavar="KEY=VALUE",
        help="an engine setting of the single --backend, e.g. n_threads=1 (repeatable; "
        "`harness schema --matrix` lists each backend's)",
    )
    p.add_argument("--no-progress", action="store_true", help="do not draw a progress bar")
    p.add_argument(
        "--max-error-rate",
        type=float,
        metavar="SHARE",
        help="exit 3 when more than this share (0..1) of the cases errored; a backend that "
        "never loaded always exits 3",
    )
    p.add_argument(
        "--suite", action="append", metavar="NAME", help="run only this suite (glob; repeatable)"
    )
    p.add_argument(
        "--tag", action="append", metavar="TAG", help="run only cases with this tag (repeatable)"
    )
    p.add_argument(
        "-k",
        metavar="EXPRESSION",
        help="run cases whose id/suite/tags match, e.g. 'json and not long'",
    )
    p.add_argument(
        "--show-failures",
        type=int,
        default=20,
        metavar="N",
        help="list up to N failed cases with their evidence (default 20; 0 for none)",
    )
    p.add_argument(
        "--format",
        choices=("terminal", "markdown", "json"),
        default="terminal",
        help="how the end-of-run tables are printed (their markdown is also appended to "
        "$GITHUB_STEP_SUMMARY when it is set)",
    )
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("check", help="run one check over a JSONL file of texts")
    p.add_argument("name")
    p.add_argument("--jsonl", required=True, metavar="FILE")
    p.add_argument("--params", metavar="JSON", help="the check's parameters as JSON")
    p.add_argument(
        "--score",
        action="store_true",
        help="lines carry `label` (true = failure present): print precision and recall to stderr",
    )
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("parse-tool-calls", help="parse tool calls from a JSONL file of answers")
    p.add_argument("--jsonl", required=True, metavar="FILE")
    p.add_argument("--dialect", default="auto", help="auto (default) or a dialect name")
    p.set_defaults(func=cmd_parse_tool_calls)

    p = sub.add_parser("rescore", help="score a stored run again with today's suites and checks")
    p.add_argument("run_dir", metavar="RUN_DIR")
    p.add_argument("paths", nargs="*", metavar="PATH", help="suites (default: the run's own)")
    p.add_argument("--out", required=True, metavar="NEW_DIR")
    p.set_defaults(func=cmd_rescore)

    p = sub.add_parser("export", help="write a run's answers as a replay file")
    p.add_argument("run_dir", metavar="RUN_DIR")
    p.add_argument("--replay", required=True, metavar="FILE.jsonl")
    p.add_argument("--model", help="which model's answers, when the run has several")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("backends", help="list the backends and whether each can run here")
    p.set_defaults(func=cmd_backends)

    p = sub.add_parser("ci-jobs", help="print a matrix file's entries as CI jobs (JSON)")
    p.add_argument("matrix", metavar="MATRIX_FILE")
    p.add_argument("--models", default="", help="model labels to keep, comma-separated")
    p.add_argument("--backends", default="", help="backend kinds to keep, comma-separated")
    p.set_defaults(func=cmd_ci_jobs)

    p = sub.add_parser("checks", help="list the available checks")
    p.set_defaults(func=cmd_checks)
    add_report_commands(sub)
    add_import_commands(sub)
    add_load_command(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `harness` console script."""
    args = build_parser().parse_args(argv)
    handler = logging.StreamHandler()
    # Warnings quote case names and answers: neutralised like everything else printed.
    handler.setFormatter(TerminalFormatter("harness: %(message)s"))
    logging.basicConfig(level=logging.WARNING, handlers=[handler])
    if getattr(args, "repeat", 1) < 1 or getattr(args, "warmup", 0) < 0:
        print("error: --repeat must be at least 1 and --warmup at least 0", file=sys.stderr)
        return EXIT_BAD_INPUT
    if getattr(args, "case_timeout", None) is not None and args.case_timeout <= 0:
        print("error: --case-timeout must be positive", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.func is cmd_run and args.concurrency < 1:
        print("error: --concurrency must be at least 1", file=sys.stderr)
        return EXIT_BAD_INPUT
    if getattr(args, "max_tokens", None) is not None and args.max_tokens < 1:
        print("error: --max-tokens must be at least 1", file=sys.stderr)
        return EXIT_BAD_INPUT
    if not 0 <= (getattr(args, "max_error_rate", None) or 0) <= 1:
        print("error: --max-error-rate must be between 0 and 1", file=sys.stderr)
        return EXIT_BAD_INPUT
    if getattr(args, "sample_interval_ms", 50.0) <= 0:
        print("error: --sample-interval-ms must be positive", file=sys.stderr)
        return EXIT_BAD_INPUT
    code: int = args.func(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
