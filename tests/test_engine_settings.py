"""Typed engine settings: each backend declares them, and a misspelled one stops the run."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from harness.backends import BackendError, BackendSpec, create_backend, registry, settings_model
from harness.matrix import load_matrix
from harness.suite import SuiteError
from tests.helpers import REPO, run_harness

TYPO = """\
defaults: {n_threads: 2}
entries:
  - {name: small, backend: llamacpp, model: smollm2, settings: {n_ctxx: 100, n_batch: many}}
  - {name: served, backend: openai, model: m, url: "http://127.0.0.1:9/v1"}
"""


def _suite(root: Path) -> Path:
    suite = root / "s.yaml"
    suite.write_text("name: s\ncases: [{id: a, prompt: x}]\n")
    return suite


def test_misspelled_setting_names_file_entry_and_field(tmp_path: Path) -> None:
    matrix = tmp_path / "m.yaml"
    matrix.write_text(TYPO)
    with pytest.raises(SuiteError) as caught:
        load_matrix(matrix)
    problems = [str(p) for p in caught.value.problems]
    assert f"{matrix}: entry 'small': settings.n_ctxx: Extra inputs are not permitted" in problems
    assert any(p.startswith(f"{matrix}: entry 'small': settings.n_batch: ") for p in problems)
    # The shared default applies only where the backend has the setting: openai has no threads.
    assert not any("'served'" in p for p in problems)


def test_validate_and_run_refuse_a_misspelled_setting_with_exit_2(tmp_path: Path) -> None:
    matrix = tmp_path / "m.yaml"
    matrix.write_text(TYPO)
    expected = f"{matrix}: entry 'small': settings.n_ctxx: Extra inputs are not permitted"
    validate = run_harness("validate", str(_suite(tmp_path)), "--matrix", str(matrix))
    assert validate.returncode == 2 and expected in validate.stderr.splitlines()
    run = run_harness("run", str(_suite(tmp_path)), "--matrix", str(matrix), "--out", "x")
    assert run.returncode == 2 and expected in run.stderr.splitlines()
    assert not (tmp_path / "x").exists()


def test_a_default_no_backend_has_is_refused(tmp_path: Path) -> None:
    matrix = tmp_path / "m.yaml"
    matrix.write_text(
        "defaults: {n_thread: 2}\nentries: [{name: a, backend: llamacpp, model: x}]\n"
    )
    result = run_harness("validate", "--matrix", str(matrix))
    assert result.returncode == 2
    assert result.stderr.startswith(f"{matrix}: defaults.n_thread: no backend has this setting")


def test_shipped_matrix_validates() -> None:
    result = run_harness("validate", "suites", "--matrix", "matrix.yaml")
    assert result.returncode == 0, result.stderr
    assert "1 matrix file(s)" in result.stdout


def test_set_is_validated_like_a_matrix_setting(tmp_path: Path) -> None:
    suite = str(_suite(tmp_path))
    typo = run_harness("run", suite, "--backend", "llamacpp:smollm2", "--set", "n_ctxx=1")
    assert typo.returncode == 2
    assert "--set settings.n_ctxx: Extra inputs are not permitted" in typo.stderr
    wrong_type = run_harness("run", suite, "--backend", "llamacpp:smollm2", "--set", "n_ctx=big")
    assert (
        wrong_type.returncode == 2
        and "settings.n_ctx: Input should be a valid" in wrong_type.stderr
    )
    two = run_harness(
        "run", suite, "--backend", "llamacpp:a", "--backend", "llamacpp:b", "--set", "n_ctx=1"
    )
    assert two.returncode == 2 and "single --backend" in two.stderr
    malformed = run_harness("run", suite, "--backend", "llamacpp:smollm2", "--set", "n_ctx")
    assert malformed.returncode == 2 and "not KEY=VALUE" in malformed.stderr


def test_a_backend_refuses_settings_it_does_not_have() -> None:
    with pytest.raises(BackendError, match=r"settings\.n_ctx: Extra inputs"):
        create_backend(BackendSpec("openai", "m@http://127.0.0.1:9/v1", {"n_ctx": 1}))
    # What the harness keeps for itself (labels, prompt cache...) is not the engine's business.
    backend = create_backend(BackendSpec("replay", "x.jsonl", {"label": "l", "prompt_cache": True}))
    assert backend is not None


def test_matrix_schema_types_and_documents_every_setting() -> None:
    result = run_harness("schema", "--matrix")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    defs = schema["$defs"]
    llamacpp = defs["llamacpp_entry"]["properties"]
    assert llamacpp["backend"]["const"] == "llamacpp"
    settings = defs[llamacpp["settings"]["$ref"].rsplit("/", 1)[1]]
    assert settings["additionalProperties"] is False
    assert settings["properties"]["n_ctx"]["type"] == "integer"
    for kind in registry():
        for name, field in settings_model(kind).model_fields.items():
            assert field.description, f"{kind} setting {name} has no description"
    # An editor checking the shipped file against the schema agrees with `harness validate`.
    shipped = yaml.safe_load((REPO / "matrix.yaml").read_text())
    jsonschema.validate(shipped, schema)
    shipped["entries"][0]["settings"] = {"n_ctxx": 100}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(shipped, schema)


def test_matrix_header_points_to_the_schema_instead_of_listing_settings() -> None:
    header = (REPO / "matrix.yaml").read_text().split("\nentries:")[0]
    assert "harness schema --matrix" in header
    assert "n_gpu_layers" not in header
