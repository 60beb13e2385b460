"""`harness load`: the command line of a load sweep (the parser and the command)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from rich.console import Console

from harness.backends import BackendSpec
from harness.backends.base import command_line_specs
from harness.suite import SuiteError, load_suites
from harness.untrusted import dumps_for_terminal, for_terminal

EXIT_OK, EXIT_BAD_INPUT, EXIT_INCOMPLETE, EXIT_INTERRUPTED = 0, 2, 3, 130
DEFAULT_REQUESTS = 8


def _specs(args: argparse.Namespace) -> list[BackendSpec]:
    specs = command_line_specs(args.backend, args.matrix, args.entry)
    if not specs:
        raise ValueError("give --backend openai:MODEL@URL (repeatable) or --matrix FILE")
    engines = [str(s) for s in specs if s.kind != "openai"]
    if engines:
        raise ValueError(
            f"`harness load` drives HTTP servers (openai:MODEL@URL, or a matrix entry with "
            f"`backend: openai`), not {', '.join(engines)}"
        )
    if args.api_key_env:
        specs = [
            BackendSpec(s.kind, s.target, {**s.options, "api_key_env": args.api_key_env})
            for s in specs
        ]
    return specs


def _plan(args: argparse.Namespace) -> Any:
    from harness.load.levels import parse_levels, parse_slo
    from harness.load.schedule import Budget
    from harness.load.sweep import LoadPlan

    suites = load_suites(args.paths)
    for name, value in (("--requests", args.requests), ("--warmup", args.warmup)):
        if value is not None and value < (0 if name == "--warmup" else 1):
            raise ValueError(f"{name} {value} is out of range")
    for name, value in (
        ("--duration", args.duration),
        ("--timeout", args.timeout),
        ("--max-lag-ms", args.max_lag_ms),
    ):
        if value is not None and value <= 0:
            raise ValueError(f"{name} must be positive")
    requests = args.requests if args.requests or args.duration else DEFAULT_REQUESTS
    return LoadPlan(
        suites=suites,
        specs=_specs(args),
        levels=parse_levels(args.concurrency, args.rate),
        budget=Budget(requests, args.duration),
        slo=parse_slo(args.slo),
        warmup=args.warmup,
        seed=args.seed,
        max_tokens=args.max_tokens,
        max_lag_s=args.max_lag_ms / 1000.0,
        sample_interval_s=args.sample_interval_ms / 1000.0,
        timeout_s=args.timeout,
    )


def print_levels(run: dict[str, Any], fmt: str) -> None:
    """The level table of a load run, in the terminal or as markdown."""
    from harness.load import report
    from harness.report.sections import render_terminal

    if fmt == "markdown":
        print(for_terminal(report.markdown(run)), end="")
    elif fmt == "json":
        print(dumps_for_terminal(run.get("levels") or [], indent=2))
    else:
        console = Console(width=None if sys.stdout.isatty() else 240)
        render_terminal(
            f"Load {run.get('run_id')}", report.lines(run), report.sections(run), console
        )


def cmd_load(args: argparse.Namespace) -> int:
    """Sweep load levels against HTTP servers; exit 0 when every level completed."""
    try:
        from harness.load.sweep import LoadExists, LoadSweep
    except ImportError as exc:  # httpx comes with the `server` extra
        print(
            f"error: harness load needs httpx: pip install 'llm-regression-harness[server]' ({exc})",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    from harness.load import report
    from harness.runner import default_run_dir

    try:
        plan = _plan(args)
    except SuiteError as exc:
        for problem in exc.problems:
            print(for_terminal(str(problem)), file=sys.stderr)
        return EXIT_BAD_INPUT
    except ValueError as exc:
        print(for_terminal(f"error: {exc}"), file=sys.stderr)
        return EXIT_BAD_INPUT
    out_dir = Path(args.out or default_run_dir(plan.specs, "load"))
    try:
        sweep = LoadSweep(
            plan, out_dir, sys.argv, lambda line: print(for_terminal(line), file=sys.stderr)
        )
    except LoadExists as exc:
        print(for_terminal(f"error: {exc}"), file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        run = sweep.execute()
    except KeyboardInterrupt:
        print(for_terminal(f"interrupted; what finished is in {out_dir}"), file=sys.stderr)
        return EXIT_INTERRUPTED
    (out_dir / "report.html").write_text(report.html(run), encoding="utf-8")
    print_levels(run, args.format)
    print(for_terminal(f"results: {out_dir}"))
    return EXIT_OK if sweep.complete else EXIT_INCOMPLETE


def add_command(sub: Any) -> None:
    """Register `harness load` on the main parser's subcommands."""
    p = sub.add_parser("load", help="sweep concurrency levels / request rates against HTTP servers")
    p.add_argument("paths", nargs="+", metavar="PATH", help="suites whose cases are the requests")
    p.add_argument(
        "--backend", action="append", metavar="SPEC", help="openai:MODEL@BASE_URL (repeatable)"
    )
    p.add_argument(
        "--matrix", metavar="FILE", help="a matrix.yaml; its openai entries (managed servers too)"
    )
    p.add_argument(
        "--entry", action="append", metavar="NAME", help="only this matrix entry (repeatable)"
    )
    p.add_argument(
        "--concurrency", metavar="N,N,...", help="closed-loop levels: requests kept in flight"
    )
    p.add_argument(
        "--rate", metavar="R,R,...", help="open-loop levels: Poisson arrivals per second"
    )
    p.add_argument(
        "--requests",
        type=int,
        metavar="N",
        help=f"requests per level (default {DEFAULT_REQUESTS} without --duration)",
    )
    p.add_argument(
        "--duration",
        type=float,
        metavar="S",
        help="stop sending new requests of a level after S seconds",
    )
    p.add_argument(
        "--warmup",
        type=int,
        default=1,
        metavar="N",
        help="unrecorded requests before each level (default 1)",
    )
    p.add_argument("--seed", type=int, default=0, help="seed of the Poisson arrivals (default 0)")
    p.add_argument(
        "--slo", metavar="SPEC", help="goodput objectives, e.g. ttft=0.5,itl_p99=0.05,checks=pass"
    )
    p.add_argument("--max-tokens", type=int, metavar="N", help="cap every case's max_tokens at N")
    p.add_argument(
        "--max-lag-ms",
        type=float,
        default=50.0,
        metavar="MS",
        help="send lag (p99) beyond which a level is client-limited (default 50)",
    )
    p.add_argument(
        "--timeout",
        type=float,
        default=300.0,
        metavar="S",
        help="per-request timeout (default 300)",
    )
    p.add_argument("--api-key-env", metavar="VAR", help="environment variable holding the API key")
    p.add_argument(
        "--sample-interval-ms",
        type=float,
        default=50.0,
        metavar="MS",
        help="memory sampling interval",
    )
    p.add_argument(
        "--out", metavar="DIR", help="run directory (default results/<time>-load-<model>)"
    )
    p.add_argument("--format", choices=("terminal", "markdown", "json"), default="terminal")
    p.set_defaults(func=cmd_load)
