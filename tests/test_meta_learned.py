"""meta_rambling's learned second opinion: what it was trained on, how it scores, how it counts."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import zlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from harness.checks import Answer, _meta_learned, get_check, meta_rambling, parse_params
from harness.checks._meta_learned import (
    LEANS,
    LIKELY,
    PREAMBLE_SURE,
    RULE,
    SHORT_WORDS,
    STRONG,
    LearnedModel,
    feature_ids,
    learned_sign,
    load_model,
)
from harness.checks._meta_learned_train import development_files, read_texts, train
from harness.checks.base import CheckResult
from tests.helpers import REPO

CORPUS = REPO / "fixtures" / "corpus"


def test_the_shipped_model_was_trained_on_every_development_file_and_no_frozen_one() -> None:
    trained_on = load_model().meta["trained_on"]
    assert not [name for name in trained_on if "frozen" in name]
    assert sorted(trained_on) == [path.name for path in development_files()]
    stale = [
        name
        for name, digest in trained_on.items()
        if hashlib.sha256((CORPUS / name).read_bytes()).hexdigest() != digest
    ]
    assert not stale, f"retrain with `nox -s train_meta`: {stale} changed since training"


def test_training_refuses_a_frozen_part() -> None:
    frozen = CORPUS / "meta_rambling_frozen.jsonl"
    with pytest.raises(ValueError, match=r"meta_rambling_frozen\.jsonl: a frozen test part"):
        read_texts([frozen])


def test_a_bad_training_line_names_the_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "meta_rambling_devx.jsonl"
    bad.write_text('{"text": "ok", "label": false}\n{"text": \n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"meta_rambling_devx.jsonl:2: not JSON"):
        read_texts([bad])


META = [
    "The user wants a packing list. Gloves, goggles, layers.",
    "User is asking about rice. Rinse it, then simmer for 18 minutes.",
    "So the user needs the capital of Peru. Lima.",
    "The user asks how to boil an egg. Boil it for nine minutes.",
    "The user is after a synonym. Joyful.",
    "Okay, the user wants the date format. Use ISO 8601.",
]
CLEAN = [
    "Gloves, goggles and thermal layers keep you warm on the slopes.",
    "Rinse the rice, then simmer it for 18 minutes with the lid on.",
    "Lima is the capital of Peru.",
    "Boil the egg for nine minutes, then cool it in cold water.",
    "Joyful is a good synonym for happy.",
    "Use ISO 8601 dates: 2026-12-01.",
]


def toy_model(tmp_path: Path) -> LearnedModel:
    path = tmp_path / "meta_rambling_devtoy.jsonl"
    rows = [{"text": t, "label": True} for t in META] + [{"text": t, "label": False} for t in CLEAN]
    path.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    return train([path], c=16.0, bits=14)


def test_the_trainer_learns_the_phenomenon_beyond_its_examples(tmp_path: Path) -> None:
    model = toy_model(tmp_path)
    unseen_meta = "The user wants the boiling point. 100 °C at sea level."
    unseen_clean = "Water boils at 100 °C at sea level."
    assert model.probability(unseen_meta) > 0.5 > model.probability(unseen_clean)
    assert model.meta["trained_on"] == {
        "meta_rambling_devtoy.jsonl": hashlib.sha256(
            (tmp_path / "meta_rambling_devtoy.jsonl").read_bytes()
        ).hexdigest()
    }


def test_a_saved_model_loads_with_the_same_scores(tmp_path: Path) -> None:
    model = toy_model(tmp_path)
    model.save(tmp_path / "model.npz")
    loaded = load_model(tmp_path / "model.npz")
    for text in META + CLEAN:
        assert abs(loaded.probability(text) - model.probability(text)) < 0.01
    assert loaded.meta == model.meta


def test_a_missing_model_file_is_named_with_the_command_that_rebuilds_it(tmp_path: Path) -> None:
    missing = tmp_path / "gone.npz"
    with pytest.raises(FileNotFoundError, match=r"gone\.npz is missing.*nox -s train_meta"):
        load_model(missing)


def test_features_do_not_depend_on_pythons_string_hash_seed() -> None:
    code = "from harness.checks._meta_learned import feature_ids; print(feature_ids('Der Nutzer fragt: ok?'))"
    seen = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True
        )
        assert run.returncode == 0, run.stderr
        seen.add(run.stdout)
    assert seen == {f"{feature_ids('Der Nutzer fragt: ok?')}\n"}


def test_the_sign_points_at_the_sentence_that_carried_the_verdict(tmp_path: Path) -> None:
    model = toy_model(tmp_path)
    text = (
        f"Lima is the capital of Peru. {FACTS}\nThe user wants the capital, so the user gets Lima."
    )
    sign = learned_sign(text, model)
    assert sign is not None
    weight, start, end = sign
    assert text[start:end].startswith("The user wants")
    assert weight in (0.5, 1.0, 1.5)


@pytest.mark.parametrize(
    ("probability", "weight"),
    [(STRONG + 0.01, 1.5), ((STRONG + LEANS) / 2, 0.5), (LEANS - 0.01, 0)],
)
def test_the_models_probability_sets_its_weight(probability: float, weight: float) -> None:
    sign = learned_sign(CLEAN_ANSWER, sure_of(probability))
    assert (sign[0] if sign else 0) == weight


@pytest.mark.parametrize(
    ("probability", "weight"), [(STRONG + 0.01, 1.0), (LIKELY + 0.01, 1.0), (LEANS + 0.01, 0)]
)
def test_a_short_answer_is_never_failed_by_the_model_alone(
    probability: float, weight: float
) -> None:
    short = "The answer should be 12, since 3 × 4 = 12."
    assert len(short.split()) < SHORT_WORDS <= len(CLEAN_ANSWER.split())
    sign = learned_sign(short, sure_of(probability))
    assert (sign[0] if sign else 0) == weight


def sure_of(probability: float) -> LearnedModel:
    """A model whose bias alone gives `probability` for any text."""
    logit = float(np.log(probability / (1 - probability)))
    return LearnedModel(np.zeros(1 << 4, dtype=np.float16), logit, {"bits": 4})


def verdict_with(
    monkeypatch: pytest.MonkeyPatch, probability: float, text: str, ignore: Sequence[str] = ()
) -> CheckResult:
    """The check's result when the learned model is `probability` sure of every text."""
    model = sure_of(probability)
    monkeypatch.setattr(meta_rambling, "learned_sign", lambda t: learned_sign(t, model))
    params = parse_params("meta_rambling", {"ignore": list(ignore)})
    return get_check("meta_rambling").run(Answer(text), params)


# Long enough (SHORT_WORDS) for every tier of the model to count.
FACTS = (
    "It sits on the Pacific coast, was founded by Francisco Pizarro in 1535"
    " and is home to about ten million people."
)
CLEAN_ANSWER = f"Lima is the capital of Peru. {FACTS}"
ONE_SIGN = f"{CLEAN_ANSWER} I'll keep this short."  # plans the reply, 1.0


def test_a_sure_model_fails_an_answer_alone_and_a_suite_can_ignore_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    failed = verdict_with(monkeypatch, 0.99, CLEAN_ANSWER)
    assert not failed.passed and RULE in failed.detail
    assert verdict_with(monkeypatch, 0.99, CLEAN_ANSWER, ignore=[RULE]).passed


def test_a_less_sure_model_never_fails_an_answer_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    assert verdict_with(monkeypatch, STRONG - 0.01, CLEAN_ANSWER).passed


def test_a_leaning_model_tips_one_sign_of_the_rules_over(monkeypatch: pytest.MonkeyPatch) -> None:
    untipped = verdict_with(monkeypatch, 0.01, ONE_SIGN)
    assert untipped.passed and "score 1 < 1.5" in untipped.detail
    tipped = verdict_with(monkeypatch, LEANS + 0.01, ONE_SIGN)
    assert not tipped.passed and RULE in tipped.detail


SMALL_SIGNS = f"Lima is the capital of Peru, they said. {FACTS}"  # 0.75 and 0.5: no score


def test_a_likely_model_turns_the_rules_small_signs_into_a_score(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert verdict_with(monkeypatch, LEANS + 0.01, SMALL_SIGNS).passed
    assert verdict_with(monkeypatch, LIKELY - 0.01, SMALL_SIGNS).passed
    likely = verdict_with(monkeypatch, LIKELY + 0.01, SMALL_SIGNS)
    assert not likely.passed and "narrates the requester" in likely.detail


def one_gram_model(gram: str, weight: float) -> LearnedModel:
    """A model that only knows one n-gram: diluted in a long text, strong in a short one."""
    bits = 16
    weights = np.zeros(1 << bits, dtype=np.float16)
    weights[zlib.crc32(gram.encode()) & ((1 << bits) - 1)] = weight
    return LearnedModel(weights, -7.0, {"bits": bits})


def test_a_sure_paragraph_inside_a_longer_answer_fails_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # One n-gram ("user") carries the model; among many others it is diluted, alone it is not.
    model = one_gram_model("wuser", 160)
    meta = "The user wants the rivers listed, nothing more."
    text = f"{CLEAN_ANSWER}\n\n{meta}\n\nThe Rímac flows through Lima. {FACTS}"
    assert model.probability(text) < LEANS and model.probability(meta) >= STRONG
    sign = learned_sign(text, model)
    assert sign is not None and sign[0] == 1.5 and text[sign[1] : sign[2]] == meta
    monkeypatch.setattr(_meta_learned, "PARAGRAPH_SURE", 1.01)
    assert learned_sign(text, model) is None


def test_a_first_paragraph_read_alone_as_meta_is_a_preamble(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    model = one_gram_model("wuser", 100)
    meta = "The user wants the capital."
    first, last = f"{meta}\n\n{CLEAN_ANSWER}", f"{CLEAN_ANSWER}\n\n{meta}"
    assert model.probability(first) < LEANS and model.probability(meta) >= STRONG
    monkeypatch.setattr(_meta_learned, "PARAGRAPH_SURE", 1.01)  # only the preamble reading
    sign = learned_sign(first, model)
    assert sign is not None and sign[0] == 1.5 and first[sign[1] : sign[2]] == meta
    assert learned_sign(last, model) is None  # the same words after the answer: not a preamble
    monkeypatch.setattr(_meta_learned, "PREAMBLE_SURE", 1.01)
    assert learned_sign(first, model) is None


def test_a_greeting_too_short_to_judge_is_not_read_alone() -> None:
    model = one_gram_model("wok", 60)
    text = f"Ok.\n\n{CLEAN_ANSWER}"
    assert model.probability("Ok.") >= PREAMBLE_SURE and model.probability(text) < LEANS
    assert learned_sign(text, model) is None


def test_a_short_lead_in_that_heads_the_answer_is_not_read_alone() -> None:
    model = one_gram_model("wrequested", 100)
    lead_in, remark = "Poem, as requested:", "Poem, as requested."
    assert model.probability(lead_in) >= PREAMBLE_SURE
    assert learned_sign(f"{lead_in}\n\n{CLEAN_ANSWER}", model) is None
    sign = learned_sign(f"{remark}\n\n{CLEAN_ANSWER}", model)  # a remark, not a heading
    assert sign is not None and sign[0] == 1.5
