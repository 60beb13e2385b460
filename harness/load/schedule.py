"""Drive one load level: a closed loop of N workers, or open-loop Poisson arrivals.

Each request is stamped with when the schedule wanted it sent (`scheduled`) and when it was
sent; the difference is the client's own lag. In a closed loop a request is scheduled the
moment a worker's previous answer ended; in an open loop, at its Poisson arrival time.
"""

from __future__ import annotations

import asyncio
import itertools
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from harness.load.client import Answer
from harness.load.levels import Level

Send = Callable[[int], Awaitable[Answer]]


@dataclass(frozen=True)
class Budget:
    """When a level stops sending: after `requests` requests, or `duration_s` seconds, or both."""

    requests: int | None = None
    duration_s: float | None = None

    def allows(self, index: int, elapsed_s: float) -> bool:
        """Whether request number `index` (0-based) may still start `elapsed_s` into the level."""
        if self.requests is not None and index >= self.requests:
            return False
        return self.duration_s is None or elapsed_s < self.duration_s


@dataclass
class Sent:
    """One finished request: its index in the level, when it was due, and its answer."""

    index: int
    scheduled: float
    answer: Answer


@dataclass
class LevelRun:
    """Requests of one level as they finish; kept when the level is interrupted."""

    level: Level
    started: float = field(default_factory=time.perf_counter)
    done: list[Sent] = field(default_factory=list)
    finished: float | None = None


async def _closed_loop(run: LevelRun, send: Send, budget: Budget) -> None:
    counter = itertools.count()

    async def worker() -> None:
        ready = run.started
        while True:
            index = next(counter)
            if not budget.allows(index, time.perf_counter() - run.started):
                return
            answer = await send(index)
            run.done.append(Sent(index, ready, answer))
            ready = time.perf_counter()

    await asyncio.gather(*(worker() for _ in range(int(run.level.value))))


async def _open_loop(run: LevelRun, send: Send, budget: Budget, seed: int) -> None:
    arrivals = random.Random(seed)
    tasks: list[asyncio.Task[Any]] = []

    async def one(index: int, due: float) -> None:
        answer = await send(index)
        run.done.append(Sent(index, due, answer))

    offset = 0.0
    for index in itertools.count():
        if not budget.allows(index, offset):
            break
        due = run.started + offset
        delay = due - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(index, due)))
        offset += arrivals.expovariate(run.level.value)
    await asyncio.gather(*tasks)


async def drive(run: LevelRun, send: Send, budget: Budget, seed: int) -> None:
    """Send the level's requests through `send` until the budget is spent and all answered."""
    run.started = time.perf_counter()
    if run.level.kind == "concurrency":
        await _closed_loop(run, send, budget)
    else:
        await _open_loop(run, send, budget, seed)
    run.finished = time.perf_counter()
