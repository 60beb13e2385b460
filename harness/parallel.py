"""Run an entry's pending cases N at a time against an HTTP backend (`concurrency: N`).

Worker threads each take the next case and run it exactly as a sequential run does (warm-up,
tool loop, checks, fallback); only the main thread stores records, in the order they finish.
On Ctrl-C the cases in flight are recorded as interrupted, so `--resume` runs them again, and
answers that arrive afterwards are dropped.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

from harness.results.records import CaseRecord
from harness.results.store import INTERRUPTED
from harness.suite import Case, SuiteFile

if TYPE_CHECKING:
    from harness.runner import Entry

Item = tuple[SuiteFile, Case, int]
POLL_S = 0.1  # how often the main thread wakes, so Ctrl-C is handled promptly


def run_concurrently(entry: Entry, pending: Sequence[Item], width: int) -> None:
    """Run `pending` through `entry` with up to `width` cases in flight; store each record."""
    work: queue.SimpleQueue[Item] = queue.SimpleQueue()
    for item in pending:
        work.put(item)
    done: queue.SimpleQueue[tuple[Item, CaseRecord | BaseException]] = queue.SimpleQueue()
    in_flight: dict[int, Item] = {}
    stop = threading.Event()

    def worker() -> None:
        while not stop.is_set():
            try:
                item = work.get_nowait()
            except queue.Empty:
                return
            in_flight[threading.get_ident()] = item
            try:
                done.put((item, entry.run(*item, store=False)))
            except BaseException as exc:  # handed to the main thread, which raises it
                done.put((item, exc))
                return
            finally:
                in_flight.pop(threading.get_ident(), None)

    # Daemon threads: a stream still open after Ctrl-C must not keep the process alive.
    threads = [
        threading.Thread(target=worker, name=f"case-{n}", daemon=True)
        for n in range(min(width, len(pending)))
    ]
    for thread in threads:
        thread.start()
    stored = 0
    try:
        while stored < len(pending):
            try:
                item, outcome = done.get(timeout=POLL_S)
            except queue.Empty:
                if not any(t.is_alive() for t in threads) and done.empty():
                    break
                continue
            if isinstance(outcome, BaseException):
                raise outcome
            entry.runner._emit(outcome)
            stored += 1
    except BaseException:
        stop.set()
        for suite, case, repeat in list(in_flight.values()):
            entry.runner.record_error(entry.spec, suite, case, repeat, INTERRUPTED)
        raise
