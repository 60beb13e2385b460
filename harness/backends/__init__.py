"""Backends, one module each, registered by the KIND of their `KIND:TARGET` spec."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import yaml
from pydantic import ValidationError

from harness.backends.base import (
    Availability,
    Backend,
    BackendClass,
    BackendError,
    BackendSpec,
    BackendUnavailable,
    EngineSettings,
    Generation,
    GenerationRequest,
    ModelInfo,
    RunTarget,
    settings_errors,
)
from harness.registry import ModuleDiscovery

BackendFactory = BackendClass
_REGISTRY: dict[str, BackendFactory] = {}
_DISCOVERY = ModuleDiscovery(
    __name__, __path__, exclude={"base", "worker", "embedded", "sse", "stream", "managed"}
)


def register(kind: str) -> Callable[[BackendFactory], BackendFactory]:
    """Decorator registering a backend class (or factory) under `kind`."""

    def decorate(factory: BackendFactory) -> BackendFactory:
        if kind in _REGISTRY:
            raise RuntimeError(f"backend {kind!r} registered twice")
        _REGISTRY[kind] = factory
        return factory

    return decorate


def registry() -> dict[str, BackendFactory]:
    """All backend kinds; modules are imported here but engines only when a model loads."""
    _DISCOVERY.ensure()
    return _REGISTRY


def availability(kind: str) -> Availability:
    """Whether backend `kind` can run here, asked of its class without loading an engine."""
    return registry()[kind].availability()


def settings_model(kind: str) -> type[EngineSettings]:
    """The settings model backend `kind` declares."""
    return registry()[kind].settings_model


def settings_problems(kind: str, settings: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(`settings.FIELD`, reason) for every unknown or mistyped engine setting of `kind`."""
    try:
        settings_model(kind).model_validate(dict(settings))
    except ValidationError as exc:
        return settings_errors(exc)
    return []


def parse_assignments(texts: list[str]) -> dict[str, Any]:
    """`KEY=VALUE` pairs from the command line; each VALUE is read as YAML (1, true, {a: 1})."""
    values: dict[str, Any] = {}
    for text in texts:
        key, sep, raw = text.partition("=")
        if not sep or not key.strip():
            raise ValueError(f"--set {text!r} is not KEY=VALUE (e.g. --set n_threads=1)")
        try:
            values[key.strip()] = yaml.safe_load(raw) if raw.strip() else raw
        except yaml.YAMLError:
            values[key.strip()] = raw  # not YAML: the plain string, for the model to judge
    return values


def create_backend(spec: BackendSpec) -> Backend:
    """Build (but do not load) the backend a spec names."""
    backends = registry()
    if spec.kind not in backends:
        raise BackendError(
            f"unknown backend {spec.kind!r} in {spec} (known: {', '.join(sorted(backends))})"
        )
    return backends[spec.kind](spec)


__all__ = [
    "Availability",
    "Backend",
    "BackendClass",
    "BackendError",
    "BackendSpec",
    "BackendUnavailable",
    "EngineSettings",
    "Generation",
    "GenerationRequest",
    "ModelInfo",
    "RunTarget",
    "availability",
    "create_backend",
    "parse_assignments",
    "register",
    "registry",
    "settings_model",
    "settings_problems",
]
