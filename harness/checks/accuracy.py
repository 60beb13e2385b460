"""Precision and recall of a check on a labeled corpus (`label: true` = the failure is present)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from harness.checks import Answer, CheckResult, get_check, parse_params
from harness.stats.rates import wilson


@dataclass
class Confusion:
    """Counts of a detector's verdicts against labels; a detection is a failed check."""

    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    true_negative: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Detections that were real failures."""
        flagged = self.true_positive + self.false_positive
        return self.true_positive / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        """Real failures that were detected."""
        actual = self.true_positive + self.false_negative
        return self.true_positive / actual if actual else 1.0

    @property
    def precision_interval(self) -> tuple[float, float]:
        """95% Wilson interval of the precision."""
        return wilson(self.true_positive, self.true_positive + self.false_positive)

    @property
    def recall_interval(self) -> tuple[float, float]:
        """95% Wilson interval of the recall."""
        return wilson(self.true_positive, self.true_positive + self.false_negative)

    def summary_with_intervals(self, name: str) -> str:
        """One line: precision and recall, each with its 95% Wilson interval, and the counts."""
        (p_lo, p_hi), (r_lo, r_hi) = self.precision_interval, self.recall_interval
        return (
            f"{name}: precision {self.precision:.3f} [{p_lo:.3f}, {p_hi:.3f}] "
            f"recall {self.recall:.3f} [{r_lo:.3f}, {r_hi:.3f}] "
            f"(tp {self.true_positive}, fp {self.false_positive}, fn {self.false_negative}, "
            f"tn {self.true_negative})"
        )

    def summary(self, name: str) -> str:
        """One line: name, precision, recall and the counts."""
        return (
            f"{name}: precision {self.precision:.3f} recall {self.recall:.3f} "
            f"(tp {self.true_positive}, fp {self.false_positive}, fn {self.false_negative}, "
            f"tn {self.true_negative})"
        )

    def add(self, item: dict[str, Any], result: CheckResult) -> None:
        """Count one labeled item's verdict; a failed check is a detection."""
        detected, actual = not result.passed, bool(item["label"])
        if detected and actual:
            self.true_positive += 1
        elif not detected and not actual:
            self.true_negative += 1
        else:
            if detected:
                self.false_positive += 1
            else:
                self.false_negative += 1
            self.misses.append({**item, "detail": result.detail})


def measure_detector(detects: Callable[[str], bool], items: Iterable[dict[str, Any]]) -> Confusion:
    """Count a bare detector's hits and misses (`detects(text)` true = failure found)."""
    confusion = Confusion()
    for item in items:
        found = detects(item["text"])
        confusion.add(item, CheckResult("detector", not found, "detected" if found else ""))
    return confusion


def measure(check_name: str, items: Iterable[dict[str, Any]], params: Any = None) -> Confusion:
    """Run a check over labeled items and count its hits and misses."""
    check = get_check(check_name)
    parsed = parse_params(check_name, params)
    confusion = Confusion()
    for item in items:
        confusion.add(item, check.run(Answer(item["text"], item.get("finish_reason")), parsed))
    return confusion


def read_labeled(path: str | Path) -> list[dict[str, Any]]:
    """Read a labeled JSONL corpus."""
    with Path(path).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]
