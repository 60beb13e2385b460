"""`harness import SOURCE ...`: other benchmarks' cases written as suites."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from harness.untrusted import for_terminal

EXIT_OK = 0
EXIT_BAD_INPUT = 2


def cmd_import_bfcl(args: argparse.Namespace) -> int:
    """BFCL question and possible-answer files -> one suite per category; 2 on bad input."""
    from harness.importers.bfcl import CATEGORIES, BfclImportError, import_bfcl

    categories = [c for item in args.categories or [] for c in item.split(",") if c]
    try:
        report = import_bfcl(
            args.data_dir,
            args.out,
            categories or CATEGORIES,
            sample=args.sample,
            tool_prompt=args.tool_prompt,
            max_tokens=args.max_tokens,
        )
    except BfclImportError as exc:
        for problem in exc.problems:
            print(for_terminal(problem), file=sys.stderr)
        return EXIT_BAD_INPUT
    for line in report.lines():
        print(for_terminal(line))
    return EXIT_OK


def add_commands(sub: Any) -> None:
    """Add `import bfcl` to the top-level subparsers."""
    p = sub.add_parser("import", help="turn another benchmark's cases into suites")
    sources = p.add_subparsers(dest="source", required=True)
    bfcl = sources.add_parser("bfcl", help="BFCL (Berkeley Function Calling Leaderboard)")
    bfcl.add_argument(
        "data_dir",
        nargs="?",
        metavar="DATA_DIR",
        help="BFCL's data directory (default: the data the installed bfcl-eval package ships)",
    )
    bfcl.add_argument("--out", required=True, metavar="DIR", help="where the suites go")
    bfcl.add_argument(
        "--categories",
        nargs="+",
        metavar="NAME",
        help="categories to import (default: every single-turn AST category)",
    )
    bfcl.add_argument("--sample", type=int, metavar="N", help="N cases per category, evenly spread")
    bfcl.add_argument(
        "--tool-prompt",
        default="pythonic",
        choices=["native", "hermes", "pythonic", "tool_code", "tool_use", "json"],
        help="how the suites present tools (default pythonic, as BFCL prompts)",
    )
    bfcl.add_argument(
        "--max-tokens", type=int, default=256, metavar="N", help="max_tokens of every case"
    )
    bfcl.set_defaults(func=cmd_import_bfcl)
