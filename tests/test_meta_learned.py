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

from harness.checks import Answer, get_check, meta_rambling, parse_params
from harness.checks._meta_learned import (
    ABSENT,
    INPUTS,
    RULE,
    SHORT_WEIGHT,
    SHORT_WORDS,
    WEIGHT,
    Blend,
    LearnedModel,
    feature_ids,
    learned_sign,
    load_model,
    readings,
    rule_inputs,
)
from harness.checks._meta_learned_train import (
    TARGET_PRECISION,
    development_files,
    read_texts,
    rule_sources,
    rules_digest,
    train,
)
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


def test_the_shipped_blend_was_fitted_on_the_rules_as_they_are() -> None:
    """The blend weighs the rules' evidence: a rule changed since training shifts its inputs."""
    assert load_model().meta["rules_digest"] == rules_digest(), (
        "the meta_rambling rules changed since the blend was fitted: retrain with `nox -s train_meta`"
    )


def test_the_rules_digest_follows_every_rule_file_and_not_the_model(tmp_path: Path) -> None:
    checks = REPO / "harness" / "checks"
    names = {path.name for path in rule_sources()}
    assert {"meta_rambling.py", "_text.py", "_meta_lexicon.py", "_meta_structure.py"} <= names
    assert not {name for name in names if name.startswith("_meta_learned")}
    for path in rule_sources():
        (tmp_path / path.name).write_bytes(path.read_bytes())
    assert rules_digest(tmp_path) == rules_digest(checks)
    lexicon = tmp_path / "_meta_lexicon.py"
    lexicon.write_bytes(lexicon.read_bytes() + b"# a change\n")
    assert rules_digest(tmp_path) != rules_digest(checks)


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
    sure = model_with(model, Blend.whole_answer(0.01))
    sign = learned_sign(text, (), sure)
    assert sign is not None
    weight, start, end = sign
    assert text[start:end].startswith("The user wants")
    assert weight == WEIGHT


def test_the_trainer_sets_the_blend_on_held_out_folds(tmp_path: Path) -> None:
    blend = toy_model(tmp_path).meta["blend"]
    assert blend["inputs"] == list(INPUTS) and len(blend["weights"]) == len(INPUTS)
    assert 0 < blend["sure"] <= 1 and blend["folds"]["precision"] >= TARGET_PRECISION


def test_the_shipped_blend_keeps_its_promise_on_the_folds() -> None:
    blend = load_model().meta["blend"]
    assert blend["folds"]["precision"] >= TARGET_PRECISION, blend
    assert blend["folds"]["recall"] >= 0.90, blend


def sure_of(probability: float, blend: Blend | None = None) -> LearnedModel:
    """A model whose bias alone gives `probability` for any text (default bar: 0.9)."""
    logit = float(np.log(probability / (1 - probability)))
    return model_with(
        LearnedModel(np.zeros(1 << 4, dtype=np.float16), logit, {"bits": 4}),
        blend or Blend.whole_answer(0.9),
    )


def model_with(model: LearnedModel, blend: Blend) -> LearnedModel:
    """`model` with `blend` in place of the one it was trained with."""
    as_meta = {"weights": list(blend.weights), "bias": blend.bias, "sure": blend.sure}
    return LearnedModel(model.weights, model.bias, {**model.meta, "blend": as_meta})


@pytest.mark.parametrize(("probability", "weight"), [(0.91, WEIGHT), (0.89, 0)])
def test_the_blended_probability_against_the_bar_sets_the_weight(
    probability: float, weight: float
) -> None:
    sign = learned_sign(CLEAN_ANSWER, (), sure_of(probability))
    assert (sign[0] if sign else 0) == weight


def verdict_with(
    monkeypatch: pytest.MonkeyPatch,
    probability: float,
    text: str,
    ignore: Sequence[str] = (),
    blend: Blend | None = None,
) -> CheckResult:
    """The check's result when the learned model is `probability` sure of every text."""
    model = sure_of(probability, blend)
    monkeypatch.setattr(meta_rambling, "learned_sign", lambda t, w: learned_sign(t, w, model))
    params = parse_params("meta_rambling", {"ignore": list(ignore)})
    return get_check("meta_rambling").run(Answer(text), params)


FACTS = (
    "It sits on the Pacific coast, was founded by Francisco Pizarro in 1535"
    " and is home to about ten million people."
)
CLEAN_ANSWER = f"Lima is the capital of Peru. {FACTS}"
ONE_SIGN = f"{CLEAN_ANSWER} I'll keep this short."  # plans the reply, 1.0
SMALL_SIGNS = f"Lima is the capital of Peru, they said. {FACTS}"  # 0.75 and 0.5: no score


def test_a_sure_model_fails_an_answer_alone_and_a_suite_can_ignore_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    failed = verdict_with(monkeypatch, 0.99, CLEAN_ANSWER)
    assert not failed.passed and RULE in failed.detail
    assert verdict_with(monkeypatch, 0.99, CLEAN_ANSWER, ignore=[RULE]).passed


def test_a_model_under_its_bar_adds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    result = verdict_with(monkeypatch, 0.89, ONE_SIGN)
    assert result.passed and RULE not in result.detail and "score 1 < 1.5" in result.detail


# The model's log-odds plus one per point of the rules' signs (INPUTS 5) or small signs (6).
WITH_SIGNS = Blend((1.0, 0, 0, 0, 0, 1.0, 0, 0, 0), 0.0, 0.9)
WITH_SMALL_SIGNS = Blend((1.0, 0, 0, 0, 0, 0, 1.0, 0, 0), 0.0, 0.9)


def test_the_blend_weighs_a_lean_of_the_model_with_a_sign_of_the_rules(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert verdict_with(monkeypatch, 0.8, CLEAN_ANSWER, blend=WITH_SIGNS).passed
    assert verdict_with(monkeypatch, 0.6, ONE_SIGN, blend=WITH_SIGNS).passed
    tipped = verdict_with(monkeypatch, 0.8, ONE_SIGN, blend=WITH_SIGNS)
    assert not tipped.passed and RULE in tipped.detail and "plans the reply" in tipped.detail


def test_the_blend_weighs_the_rules_small_signs_too(monkeypatch: pytest.MonkeyPatch) -> None:
    assert verdict_with(monkeypatch, 0.8, SMALL_SIGNS, blend=WITH_SIGNS).passed
    together = verdict_with(monkeypatch, 0.8, SMALL_SIGNS, blend=WITH_SMALL_SIGNS)
    assert not together.passed and "narrates the requester" in together.detail


def test_rule_inputs_count_signs_like_the_score_does() -> None:
    pairs = [("a", 1.0), ("a", 1.0), ("b", 0.5), ("b", 0.3), ("c", 0.25)]
    assert rule_inputs(pairs) == [2.0, 0.75, 1.0]
    assert rule_inputs([]) == [0.0, 0.0, 0.0]


def one_gram_model(gram: str, weight: float) -> LearnedModel:
    """A model that only knows one n-gram: diluted in a long text, strong in a short one."""
    bits = 16
    weights = np.zeros(1 << bits, dtype=np.float16)
    weights[zlib.crc32(gram.encode()) & ((1 << bits) - 1)] = weight
    return LearnedModel(weights, -7.0, {"bits": bits})


def logit(probability: float) -> float:
    return float(np.log(probability / (1 - probability)))


def test_a_paragraph_read_alone_is_not_diluted_by_the_answer_around_it() -> None:
    # One n-gram ("user") carries the model; among many others it is diluted, alone it is not.
    model = one_gram_model("wuser", 160)
    meta = "The user wants the rivers listed, nothing more."
    text = f"{CLEAN_ANSWER}\n\n{meta}\n\nThe Rímac flows through Lima. {FACTS}"
    found, span = readings(text, model)
    assert found[0] < logit(0.4) and found[1] >= logit(0.95)  # whole, surest paragraph
    assert found[2] < logit(0.4) and found[3] < logit(0.4)  # first, last
    assert text[span[0] : span[1]] == meta
    surest = Blend((0, 1.0, 0, 0, 0, 0, 0, 0, 0), 0.0, 0.9)
    sign = learned_sign(text, (), model_with(model, surest))
    assert sign is not None and text[sign[1] : sign[2]] == meta
    assert learned_sign(text, (), model_with(model, Blend.whole_answer(0.9))) is None


def test_the_first_and_the_last_paragraph_are_read_apart() -> None:
    model = one_gram_model("wuser", 100)
    meta = "The user wants the capital."  # under six words: no "surest paragraph" reading
    first, last = f"{meta}\n\n{CLEAN_ANSWER}", f"{CLEAN_ANSWER}\n\n{meta}"
    found_first, _ = readings(first, model)
    found_last, _ = readings(last, model)
    assert found_first[1] == found_last[1] == ABSENT
    assert found_first[2] >= logit(0.9) > found_first[3]
    assert found_last[3] >= logit(0.9) > found_last[2]
    assert readings(CLEAN_ANSWER, model)[0][1:4] == [ABSENT, ABSENT, ABSENT]  # one paragraph


def test_a_greeting_too_short_to_judge_is_not_read_alone() -> None:
    model = one_gram_model("wok", 60)
    assert model.probability("Ok.") >= 0.9
    assert readings(f"Ok.\n\n{CLEAN_ANSWER}", model)[0][2] == ABSENT


def test_a_short_lead_in_that_heads_the_answer_is_not_read_alone() -> None:
    model = one_gram_model("wrequested", 100)
    lead_in, remark = "Poem, as requested:", "Poem, as requested."
    assert model.probability(lead_in) >= 0.9
    assert readings(f"{lead_in}\n\n{CLEAN_ANSWER}", model)[0][2] == ABSENT
    assert readings(f"{remark}\n\n{CLEAN_ANSWER}", model)[0][2] >= logit(0.9)  # a remark


def test_a_short_answer_is_never_failed_by_the_model_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    short = "The answer should be 12, since 3 × 4 = 12."
    assert len(short.split()) < SHORT_WORDS <= len(CLEAN_ANSWER.split())
    sign = learned_sign(short, (), sure_of(0.99))
    assert sign is not None and sign[0] == SHORT_WEIGHT < WEIGHT
    alone = verdict_with(monkeypatch, 0.99, short)
    assert alone.passed and "score 1 < 1.5" in alone.detail  # the model's 1.0, alone
    beside = verdict_with(monkeypatch, 0.99, "Lima is the capital of Peru. I'll keep this short.")
    assert not beside.passed and "plans the reply" in beside.detail and RULE in beside.detail


@pytest.mark.parametrize(
    "text",
    [
        "Lima is the capital of Peru.",
        "Boil the eggs for nine minutes, then cool them in cold water.",
        "Use `git stash` to set your changes aside, then `git pull`.",
        "Die Zugspitze ist mit 2962 Metern der höchste Berg Deutschlands.",
    ],
)
def test_the_shipped_model_leaves_short_plain_answers_alone(text: str) -> None:
    assert learned_sign(text, ()) is None
