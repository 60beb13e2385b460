"""The files of a load run directory, readable without the HTTP client installed."""

from __future__ import annotations

RUN_FILE, REQUESTS_FILE = "run.json", "requests.jsonl"
KIND = "load"  # run.json's `kind`: what tells a load run from a case run
