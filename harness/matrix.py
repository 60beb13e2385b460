"""`matrix.yaml`: named backend × model entries, their settings, managed servers and fallbacks."""

from __future__ import annotations

import functools
import operator
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model

from harness.backends import BackendSpec, registry, settings_model, settings_problems
from harness.backends.base import model_label
from harness.suite.loader import (
    Problem,
    SuiteError,
    error_message,
    problems_from_validation,
    read_yaml_mapping,
)
from harness.suite.models import ToolPrompt

NAME_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"
MANAGED_URL = "http://127.0.0.1:{port}/v1"
ITEMS = {"entries": "entry", "fallbacks": "entry"}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ServerConfig(_Strict):
    """A server the harness starts for an entry and stops after it."""

    command: list[str] = Field(
        min_length=1, description="the command; may use {port}, {model_path}, {python}"
    )
    # The weights the server loads, for `{model_path}` in the command (a path or an alias).
    model: str | None = Field(None, description="the weights for {model_path}: a path or alias")
    ready_timeout_s: float = Field(120.0, gt=0, description="how long to wait for it to answer")
    env: dict[str, str] = Field(default_factory=dict, description="extra environment variables")


class MatrixEntry(_Strict):
    """One backend with one model loaded, and how to run it."""

    name: str = Field(pattern=NAME_PATTERN, description="unique; `--entry NAME` runs only it")
    backend: str = Field(description="the backend kind (`harness backends` lists them)")
    model: str = Field(
        description="a path (may use ${HARNESS_MODELS}), an alias such as smollm2, "
        "or the model name an openai server knows"
    )
    url: str | None = Field(None, description="an openai entry's base URL")
    label: str | None = Field(
        None, description="the `model` its records carry (default: the file or model name)"
    )
    labels: dict[str, str | int | float] = Field(
        default_factory=dict, description="free-form facts kept in run.json, e.g. quantization"
    )
    settings: dict[str, Any] = Field(
        default_factory=dict,
        description="engine settings of the entry's backend (typed per backend)",
    )
    tool_prompt: ToolPrompt | None = Field(
        None, description="how tools are shown to the model, overriding the suites'"
    )
    reasoning: Literal["detect", "strip", "forbid"] | None = Field(
        None, description="reasoning before the answer (<think>, analysis channel): strip or forbid"
    )
    fallback: str | None = Field(
        None, description="an entry to re-run a case on when this one errors or breaks a tool call"
    )
    server: ServerConfig | None = Field(
        None, description="a server the harness starts, waits for and stops (backend: openai)"
    )
    concurrency: int | None = Field(
        None, ge=1, description="cases in flight at once (HTTP backends: `backend: openai`)"
    )


class Matrix(_Strict):
    """A matrix file: the entries to run, settings they share, and fallbacks."""

    defaults: dict[str, Any] = Field(
        default_factory=dict,
        description="engine settings for every entry whose backend has them",
    )
    fallback: str | None = Field(None, description="the fallback of every entry that names none")
    entries: list[MatrixEntry] = Field(min_length=1, description="run in file order")
    fallbacks: list[MatrixEntry] = Field(
        default_factory=list, description="entries run only as fallbacks"
    )


def _target(entry: MatrixEntry) -> str:
    if entry.backend != "openai":
        # `${HARNESS_MODELS}/x.gguf`: each CI runner keeps its models where it likes.
        return os.path.expandvars(entry.model)
    return f"{entry.model}@{entry.url or MANAGED_URL}"


def entry_spec(matrix: Matrix, entry: MatrixEntry, fallback: BackendSpec | None) -> BackendSpec:
    """The BackendSpec an entry runs as; its options carry settings, labels and server."""
    options: dict[str, Any] = {
        **_defaults_for(matrix, entry),
        **entry.settings,
        "entry": entry.name,
    }
    if entry.label:
        options["label"] = entry.label
    if entry.labels:
        options["labels"] = dict(entry.labels)
    if entry.tool_prompt:
        options["tool_prompt"] = entry.tool_prompt
    if entry.reasoning:
        options["reasoning"] = entry.reasoning
    if entry.server is not None:
        server = entry.server.model_dump()
        if server["model"]:
            server["model"] = os.path.expandvars(server["model"])
        options["server"] = server
    if entry.concurrency is not None:
        options["concurrency"] = entry.concurrency
    if fallback is not None:
        options["fallback"] = fallback
    return BackendSpec(entry.backend, _target(entry), options)


def _defaults_for(matrix: Matrix, entry: MatrixEntry) -> dict[str, Any]:
    """The matrix defaults that the entry's backend has a setting for."""
    if entry.backend not in registry():
        return {}
    fields = settings_model(entry.backend).model_fields
    return {k: v for k, v in matrix.defaults.items() if k in fields}


def _label(entry: MatrixEntry) -> str:
    return model_label(BackendSpec(entry.backend, _target(entry), {"label": entry.label}))


def _semantic_problems(file: str, matrix: Matrix) -> list[Problem]:
    problems: list[Problem] = []

    def add(entry: MatrixEntry | None, field: str, reason: str) -> None:
        name = repr(entry.name) if entry else None
        problems.append(Problem(file, reason, field=field, case=name, kind="entry"))

    known = registry()
    everything = [*matrix.entries, *matrix.fallbacks]
    names: dict[str, MatrixEntry] = {}
    recorded_as: dict[tuple[str, str], MatrixEntry] = {}
    for entry in everything:
        if entry.name in names:
            add(entry, "name", "duplicate name")
        names[entry.name] = entry
        if entry.backend not in known:
            add(entry, "backend", f"unknown backend (known: {', '.join(sorted(known))})")
        else:
            settings = {**_defaults_for(matrix, entry), **entry.settings}
            for field, reason in settings_problems(entry.backend, settings):
                add(entry, field, error_message(reason))
        if entry.backend == "openai" and entry.url is None and entry.server is None:
            add(entry, "url", "an openai entry needs `url:` or a `server:` to start")
        if entry.url and "{port}" in entry.url and entry.server is None:
            add(entry, "url", "`{port}` is filled only for a managed `server:`")
        if (entry.concurrency or 1) > 1 and entry.backend != "openai":
            add(entry, "concurrency", "only an HTTP backend (`backend: openai`) runs cases at once")
        if entry.server is not None and entry.backend != "openai":
            add(entry, "server", "a managed server is reached through `backend: openai`")
        key = (entry.backend, _label(entry))
        other = recorded_as.setdefault(key, entry)
        if other is not entry:
            add(
                entry,
                "label",
                f"records as {key[0]}/{key[1]} like entry {other.name!r}; give one a `label:`",
            )
    for entry in matrix.entries:
        wanted = entry.fallback
        if wanted is None:
            continue  # the matrix-wide fallback is checked once, below
        if wanted not in names:
            add(entry, "fallback", f"no entry is named {wanted!r}")
        elif wanted == entry.name:
            add(entry, "fallback", "an entry cannot be its own fallback")
    every_setting = {name for kind in known for name in settings_model(kind).model_fields}
    for setting in matrix.defaults:
        if setting not in every_setting:
            reason = "no backend has this setting (`harness schema --matrix` lists them)"
            problems.append(Problem(file, reason, field=f"defaults.{setting}"))
    if matrix.fallback is not None and matrix.fallback not in names:
        problems.append(Problem(file, f"no entry is named {matrix.fallback!r}", field="fallback"))
    return problems


def load_matrix(path: str | Path) -> list[BackendSpec]:
    """The backend specs of a matrix file, in file order; SuiteError lists every problem."""
    path = Path(path)
    file = str(path)
    _, data = read_yaml_mapping(path, "a matrix is a mapping with `entries:`")
    try:
        matrix = Matrix.model_validate(data)
    except ValidationError as exc:
        raise SuiteError(problems_from_validation(file, data, exc, ITEMS)) from None
    problems = _semantic_problems(file, matrix)
    if problems:
        raise SuiteError(problems)
    every = {e.name: e for e in [*matrix.entries, *matrix.fallbacks]}
    specs = []
    for entry in matrix.entries:
        wanted = entry.fallback or matrix.fallback
        fallback = None
        if wanted is not None and wanted != entry.name:
            fallback = entry_spec(matrix, every[wanted], None)
        specs.append(entry_spec(matrix, entry, fallback))
    return specs


def matrix_json_schema() -> dict[str, Any]:
    """The JSON Schema of matrix files, each backend's entries with its own typed settings."""
    variants: list[Any] = []
    for kind in sorted(registry()):
        only: Any = Literal[kind]  # one literal per backend, built at run time
        variants.append(
            create_model(
                f"{kind}_entry",
                __base__=MatrixEntry,
                backend=(only, Field(description="the backend kind")),
                settings=(
                    settings_model(kind),
                    Field(default_factory=settings_model(kind), description="engine settings"),
                ),
            )
        )
    one: Any = Annotated[functools.reduce(operator.or_, variants), Field(discriminator="backend")]
    model = create_model(
        "matrix",
        __base__=Matrix,
        entries=(list[one], Field(min_length=1, description="run in file order")),
        fallbacks=(list[one], Field(default_factory=list, description="run only as fallbacks")),
    )
    schema = model.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "harness matrix file"
    return schema


def validate_matrices(paths: Sequence[str | Path]) -> list[Problem]:
    """Every problem of the matrix files, as `harness validate --matrix` prints them."""
    problems: list[Problem] = []
    for path in paths:
        try:
            load_matrix(path)
        except SuiteError as exc:
            problems.extend(exc.problems)
    return problems


__all__ = [
    "Matrix",
    "MatrixEntry",
    "ServerConfig",
    "load_matrix",
    "matrix_json_schema",
    "validate_matrices",
]


def select_entries(specs: Sequence[BackendSpec], names: Sequence[str]) -> list[BackendSpec]:
    """The specs of the named entries, in file order; ValueError names an unknown entry."""
    known = [str(s.run.entry) for s in specs]
    unknown = [n for n in names if n not in known]
    if unknown:
        raise ValueError(
            f"no matrix entry named {', '.join(unknown)} (entries: {', '.join(known)})"
        )
    return [s for s in specs if s.run.entry in names]


def ci_jobs(
    specs: Sequence[BackendSpec], models: Sequence[str] = (), backends: Sequence[str] = ()
) -> list[dict[str, str]]:
    """One CI job per entry, filtered by model label and backend kind (empty: all)."""
    return [
        {"entry": str(s.run.entry), "backend": s.kind, "model": model_label(s)}
        for s in specs
        if (not models or model_label(s) in models) and (not backends or s.kind in backends)
    ]
