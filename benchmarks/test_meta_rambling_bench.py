"""meta_rambling before and after issue 17: precision and recall with 95% Wilson intervals.

The frozen test parts (`meta_rambling_frozen*.jsonl`, thirty-seven parts by independent authors)
were never used to tune the rules or train the learned model; the development part is everything
else, including `meta_rambling_dev2.jsonl` .. `meta_rambling_dev97.jsonl` by 96 more independent
authors (each also shown alone). "Before" is the phrase-based detector as it was
(`benchmarks/legacy_meta_rambling.py`), "rules" the structural rules alone, "after" the rules
with the learned model's evidence (the check as it ships). On development files the learned
model has seen the texts, so only the frozen figures measure it. Run with `nox -s bench`
(or pytest benchmarks -s) to see the figures.
"""

from __future__ import annotations

from collections import Counter
from functools import partial
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from benchmarks.legacy_meta_rambling import find_rambling as legacy_find
from harness.checks.accuracy import Confusion, measure_detector, read_labeled
from harness.checks.meta_rambling import (
    DEFAULT_THRESHOLD,
    find_rambling,
    rule_evidence,
    total,
)

CORPUS = Path(__file__).parent.parent / "fixtures" / "corpus"
DEV_AUTHORS = [f"meta_rambling_dev{n}.jsonl" for n in range(2, 98)]
FROZEN_PARTS = {
    "frozen": "meta_rambling_frozen.jsonl",
    "frozen_b": "meta_rambling_frozen_b.jsonl",
    "frozen_c": "meta_rambling_frozen_c.jsonl",
    "frozen_d": "meta_rambling_frozen_d.jsonl",
    "frozen_e": "meta_rambling_frozen_e.jsonl",
    "frozen_f": "meta_rambling_frozen_f.jsonl",
    "frozen_g": "meta_rambling_frozen_g.jsonl",
    "frozen_h": "meta_rambling_frozen_h.jsonl",
    "frozen_i": "meta_rambling_frozen_i.jsonl",
    "frozen_j": "meta_rambling_frozen_j.jsonl",
    "frozen_k": "meta_rambling_frozen_k.jsonl",
    "frozen_l": "meta_rambling_frozen_l.jsonl",
    "frozen_m": "meta_rambling_frozen_m.jsonl",
    "frozen_n": "meta_rambling_frozen_n.jsonl",
    "frozen_o": "meta_rambling_frozen_o.jsonl",
    "frozen_p": "meta_rambling_frozen_p.jsonl",
    "frozen_q": "meta_rambling_frozen_q.jsonl",
    "frozen_r": "meta_rambling_frozen_r.jsonl",
    "frozen_s": "meta_rambling_frozen_s.jsonl",
    "frozen_t": "meta_rambling_frozen_t.jsonl",
    "frozen_u": "meta_rambling_frozen_u.jsonl",
    "frozen_v": "meta_rambling_frozen_v.jsonl",
    "frozen_w": "meta_rambling_frozen_w.jsonl",
    "frozen_x": "meta_rambling_frozen_x.jsonl",
    "frozen_y": "meta_rambling_frozen_y.jsonl",
    "frozen_z": "meta_rambling_frozen_z.jsonl",
    "frozen_aa": "meta_rambling_frozen_aa.jsonl",
    "frozen_ab": "meta_rambling_frozen_ab.jsonl",
    "frozen_ac": "meta_rambling_frozen_ac.jsonl",
    "frozen_ad": "meta_rambling_frozen_ad.jsonl",
    "frozen_ae": "meta_rambling_frozen_ae.jsonl",
    "frozen_af": "meta_rambling_frozen_af.jsonl",
    "frozen_ag": "meta_rambling_frozen_ag.jsonl",
    "frozen_ah": "meta_rambling_frozen_ah.jsonl",
    "frozen_ai": "meta_rambling_frozen_ai.jsonl",
    "frozen_aj": "meta_rambling_frozen_aj.jsonl",
    "frozen_ak": "meta_rambling_frozen_ak.jsonl",
}
# The frozen parts written to the pooled ten-language brief, the closest to the outside set.
POOLED_PARTS = (
    "m", "o", "q", "s", "u", "w", "y", "z", "aa", "ab", "ac", "ad", "ae", "af", "ag", "ah", "ai", "aj", "ak",
)  # fmt: skip
SPLITS = {
    "dev": ["meta_rambling.jsonl", "meta_rambling_styles.jsonl", *DEV_AUTHORS],
    # Each further independent author's file alone: measured before tuning on it, it was the
    # unseen-author figure (README); now it is development data like the rest.
    **{name.removeprefix("meta_rambling_").removesuffix(".jsonl"): [name] for name in DEV_AUTHORS},
    # Independent authors' test parts, never tuned on: together, and each alone.
    "frozen_all": list(FROZEN_PARTS.values()),
    # The parts written to the pooled ten-language brief, the closest to the outside set.
    "frozen_pooled": [FROZEN_PARTS[f"frozen_{p}"] for p in POOLED_PARTS],
    **{part: [name] for part, name in FROZEN_PARTS.items()},
}
DETECTORS = {
    "before": lambda text: legacy_find(text) is not None,
    "rules": lambda text: rules_alone(text),
    "after": lambda text: find_rambling(text) is not None,
}


def rules_alone(text: str) -> bool:
    """The structural rules' verdict without the learned model's evidence."""
    return total(rule_evidence(text)) >= DEFAULT_THRESHOLD


def split(name: str) -> list[dict[str, object]]:
    return [item for file in SPLITS[name] for item in read_labeled(CORPUS / file)]


@pytest.mark.parametrize("part", sorted(SPLITS))
def test_meta_rambling_before_and_after(benchmark: BenchmarkFixture, part: str) -> None:
    items = split(part)
    results: dict[str, Confusion] = {
        when: measure_detector(detects, items) for when, detects in DETECTORS.items()
    }
    texts = [str(item["text"]) for item in items]
    flagged = benchmark(lambda: sum(find_rambling(text) is not None for text in texts))
    after = results["after"]
    assert flagged == after.true_positive + after.false_positive
    labels = Counter(bool(item["label"]) for item in items)
    print(
        f"\nmeta_rambling, {part} split: {len(items)} texts ({labels[True]} rambling, {labels[False]} clean)"
    )
    for when, confusion in results.items():
        print(f"  {when:6} {confusion.summary_with_intervals('meta_rambling')}")
        benchmark.extra_info[f"{when}_precision"] = round(confusion.precision, 4)
        benchmark.extra_info[f"{when}_recall"] = round(confusion.recall, 4)


def test_meta_rambling_sensitivity_on_the_dev_split() -> None:
    """What a suite's `threshold` trades, on the development split only (never the frozen one)."""
    items = split("dev")
    print("\nmeta_rambling threshold sweep, dev split:")
    recalls = []
    for threshold in (1.0, 1.5, 2.0, 2.5, 3.0):
        confusion = measure_detector(partial(_detects, threshold=threshold), items)
        recalls.append(confusion.recall)
        print(f"  threshold {threshold:.1f}: {confusion.summary_with_intervals('meta_rambling')}")
    assert recalls == sorted(recalls, reverse=True)  # a higher threshold never finds more


def _detects(text: str, threshold: float) -> bool:
    return find_rambling(text, threshold) is not None
