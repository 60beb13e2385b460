"""The commands that read stored runs: compare, report, merge, baseline promote."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rich.console import Console

from harness.compare import CompareError, compare_runs, read_side
from harness.compare.coverage import coverage_problems
from harness.compare.gate import GateError, load_gate
from harness.compare.pairing import PairingError
from harness.exitcodes import EXIT_BAD_INPUT, EXIT_OK, EXIT_REGRESSION
from harness.load.compare import is_load_run
from harness.report import comparison as view
from harness.report import deploy
from harness.report.github import append_step_summary
from harness.report.html import comparison_html, html_report
from harness.report.jobsummary import summary_markdown
from harness.report.junit import junit_xml
from harness.report.sections import Section, render_markdown, render_terminal
from harness.results.baseline import BaselineError, promote
from harness.results.merge import MergeError, merge_runs
from harness.results.store import RunUnreadable, read_run_dir, replace_file
from harness.untrusted import for_terminal, json_for_terminal

FORMATS = ("terminal", "markdown", "json")


def _error(message: str) -> int:
    print(for_terminal(f"error: {message}"), file=sys.stderr)
    return EXIT_BAD_INPUT


def _write(path: str, text: str) -> None:
    """Write a report file whole or not at all; OSError names the path."""
    replace_file(Path(path), text, make_parent=True)


def _emit(
    args: argparse.Namespace,
    title: str,
    lines: Sequence[str],
    sections: Sequence[Section],
    json_text: str,
) -> None:
    """Print in the chosen format, and append a capped markdown to the job summary."""
    if args.format == "json":
        print(json_for_terminal(json_text))
    elif args.format == "markdown":
        print(render_markdown(title, lines, sections), end="")
    else:
        render_terminal(title, lines, sections, Console(width=max(Console().width, 120)))
    append_step_summary(summary_markdown(title, lines, sections, args.html))


def _pair(text: str) -> tuple[str, str]:
    base, eq, cand = text.partition("=")
    if not eq or not base or not cand:
        raise argparse.ArgumentTypeError(
            f"expected BASE=CAND, e.g. llamacpp:a=llamacpp:b, not {text!r}"
        )
    return base, cand


def _pair_list(text: str | None) -> list[tuple[str, str]]:
    """`--pairs "A=B, C=D"` (as a CI input passes them) as pairs; empty text is none."""
    items = (t.strip() for t in (text or "").replace(",", " ").split())
    return [_pair(item) for item in items if item]


# Each overrides the same key of [tool.harness.gate] in pyproject.toml.
GATE_FLAGS: dict[str, str] = {
    "pass_rate_drop": "percentage points a suite's pass rate may fall",
    "tool_accuracy_drop": "percentage points tool accuracy may fall",
    "ttft_increase_pct": "percent TTFT may rise",
    "prefill_drop_pct": "percent prefill tokens/s may fall",
    "decode_drop_pct": "percent decode tokens/s may fall",
    "memory_increase_pct": "percent peak memory may rise",
    "alpha": "significance level of the paired test (quality) and the rank test (speed)",
    "noisy_cv_pct": "percent run-to-run variation above which a timing is noisy, not gated",
}


def cmd_compare(args: argparse.Namespace) -> int:
    """Compare a candidate run with a baseline: exit 0 none, 1 a regression, 2 bad input."""
    overrides: dict[str, Any] = {name: getattr(args, name) for name in GATE_FLAGS}
    overrides["fail_unconfirmed"] = True if args.fail_unconfirmed else None
    overrides["must_pass"] = args.must_pass
    try:
        gate = load_gate(Path(args.pyproject), overrides)
        if is_load_run(args.baseline) or is_load_run(args.candidate):
            return compare_load_runs(args, gate)
        baseline = read_side(args.baseline, "baseline")
        candidate = read_side(args.candidate, "candidate")
        pairs = [*(args.pair or ()), *_pair_list(args.pairs)]
        comparison = compare_runs(baseline, candidate, gate, pairs)
    except (
        GateError,
        CompareError,
        PairingError,
        RunUnreadable,
        argparse.ArgumentTypeError,
    ) as exc:
        return _error(str(exc))
    comparison.unjudged = coverage_problems(comparison, args.allow_incomplete, args.require_pairs)
    try:
        if args.junit:
            _write(args.junit, junit_xml(candidate.records, comparison))
        if args.html:
            _write(args.html, comparison_html(comparison, baseline, candidate))
        _emit(
            args,
            view.title(comparison),
            view.lines(comparison),
            view.sections(comparison),
            comparison.model_dump_json(indent=2),
        )
    except OSError as exc:
        return _error(str(exc))
    if comparison.unjudged:
        return EXIT_BAD_INPUT
    return EXIT_REGRESSION if comparison.regressed else EXIT_OK


def compare_load_runs(args: argparse.Namespace, gate: Any) -> int:
    """`harness compare` of two `harness load` runs (harness/load/compare.py)."""
    from harness.load import compare as load_compare

    try:
        baseline = load_compare.read_load_run(args.baseline)
        candidate = load_compare.read_load_run(args.candidate)
    except load_compare.LoadCompareError as exc:
        return _error(str(exc))
    title, facts, sections, regressed = load_compare.report(baseline, candidate, gate)
    _emit(args, title, facts, sections, json.dumps(sections[0].rows))
    return EXIT_REGRESSION if regressed else EXIT_OK


def report_load_run(args: argparse.Namespace) -> int:
    """`harness report` of a `harness load` run: the level table, and the curve in --html."""
    from harness.load import report as load_report
    from harness.load.cli import print_levels

    run = json.loads((Path(args.run_dir) / "run.json").read_text(encoding="utf-8"))
    print_levels(run, args.format)
    if args.html:
        _write(args.html, load_report.html(run))
    append_step_summary(for_terminal(load_report.markdown(run)))
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    """The "which model do we deploy" table of a run, in the chosen formats."""

    if is_load_run(args.run_dir):
        return report_load_run(args)
    try:
        run, records = read_run_dir(args.run_dir)
    except RunUnreadable as exc:
        return _error(str(exc))
    rows = deploy.deploy_rows(records)
    try:
        if args.junit:
            _write(args.junit, junit_xml(records))
        if args.html:
            _write(args.html, html_report(run, records, rows))
        _emit(
            args,
            f"Report {run.run_id}",
            deploy.lines(run, records),
            deploy.sections(rows),
            deploy.to_json(run, rows),
        )
    except OSError as exc:
        return _error(str(exc))
    return EXIT_OK


def cmd_merge(args: argparse.Namespace) -> int:
    """Combine runs made by separate jobs into one run directory."""

    try:
        run = merge_runs(
            args.dirs,
            args.out,
            allow_suite_mismatch=args.allow_suite_mismatch,
            command=["harness", *sys.argv[1:]],
        )
    except (MergeError, OSError) as exc:
        return _error(str(exc))
    print(
        for_terminal(
            f"merged {len(args.dirs)} run(s) into {args.out}: {sum(run.counts.values())} record(s)"
        )
    )
    return EXIT_OK


def cmd_baseline_promote(args: argparse.Namespace) -> int:
    """Copy a run into results/baselines/NAME, the baseline CI compares with."""

    try:
        target = promote(args.run_dir, args.name, Path(args.baselines), force=args.force)
    except (BaselineError, OSError) as exc:
        return _error(str(exc))
    print(for_terminal(f"promoted {args.run_dir} to {target}"))
    return EXIT_OK


def add_commands(sub: Any) -> None:
    """Register compare, report, merge and baseline on the main parser's subcommands."""
    p = sub.add_parser("compare", help="compare a candidate run with a baseline run")
    p.add_argument("baseline", metavar="BASELINE_DIR")
    p.add_argument("candidate", metavar="CANDIDATE_DIR")
    p.add_argument("--format", choices=FORMATS, default="terminal")
    p.add_argument("--junit", metavar="FILE", help="also write JUnit XML: cases and gates")
    p.add_argument("--html", metavar="FILE", help="also write a self-contained HTML page")
    p.add_argument(
        "--pair",
        action="append",
        type=_pair,
        metavar="BASE=CAND",
        help="compare these two backend:model targets (repeatable)",
    )
    p.add_argument(
        "--pairs",
        metavar="LIST",
        help="BASE=CAND pairs, comma- or space-separated (the same as several --pair)",
    )
    p.add_argument(
        "--pyproject",
        default="pyproject.toml",
        metavar="FILE",
        help="read thresholds from its [tool.harness.gate] (default ./pyproject.toml)",
    )
    for name, text in GATE_FLAGS.items():
        p.add_argument(f"--{name.replace('_', '-')}", type=float, metavar="N", help=text)
    p.add_argument(
        "--must-pass",
        action="append",
        metavar="CASE",
        help="a case (SUITE/CASE, CASE or tag:NAME) whose pass→fail flip fails alone "
        "(repeatable; adds to [tool.harness.gate] must_pass)",
    )
    p.add_argument(
        "--fail-unconfirmed",
        action="store_true",
        help="fail on a performance change measured without repeats (noise unknown)",
    )
    p.add_argument(
        "--allow-incomplete",
        action="store_true",
        help="compare a candidate run that did not complete (by default: exit 2)",
    )
    p.add_argument(
        "--require-pairs",
        action="store_true",
        help="exit 2 when a backend/model of the candidate has no baseline to compare with",
    )
    p.set_defaults(func=cmd_compare)

    p = sub.add_parser("report", help="one row per backend/model: which model to deploy")
    p.add_argument("run_dir", metavar="RUN_DIR")
    p.add_argument("--format", choices=FORMATS, default="terminal")
    p.add_argument("--junit", metavar="FILE", help="also write JUnit XML, a testcase per case")
    p.add_argument("--html", metavar="FILE", help="also write a self-contained HTML report")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("merge", help="combine runs made by separate jobs into one")
    p.add_argument("dirs", nargs="+", metavar="DIR")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument(
        "--allow-suite-mismatch",
        action="store_true",
        help="merge even when a suite's content differs between the runs",
    )
    p.set_defaults(func=cmd_merge)

    p = sub.add_parser("baseline", help="manage the baselines kept in the repository")
    actions = p.add_subparsers(dest="action", required=True)
    q = actions.add_parser("promote", help="copy a run to results/baselines/NAME")
    q.add_argument("run_dir", metavar="RUN_DIR")
    q.add_argument("--name", required=True)
    q.add_argument("--baselines", default="results/baselines", metavar="DIR")
    q.add_argument("--force", action="store_true", help="replace an existing baseline")
    q.set_defaults(func=cmd_baseline_promote)
