"""The exit codes of every `harness` command, defined once (DESIGN.md's contract)."""

from __future__ import annotations

EXIT_OK = 0  # done; for compare, no regression
EXIT_REGRESSION = 1  # compare found a regression
EXIT_FAILED = EXIT_REGRESSION
EXIT_BAD_INPUT = 2  # a file, flag or run the user must fix
EXIT_INCOMPLETE = 3  # run completed, but a backend never loaded or too many cases errored
EXIT_INTERRUPTED = 130  # Ctrl-C, as a shell reports SIGINT
