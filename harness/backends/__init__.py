"""Backends, one module each, registered by the KIND of their `KIND:TARGET` spec."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable

from harness.backends.base import (
    Backend,
    BackendError,
    BackendSpec,
    BackendUnavailable,
    Generation,
    GenerationRequest,
    ModelInfo,
)

BackendFactory = Callable[[BackendSpec], Backend]
_REGISTRY: dict[str, BackendFactory] = {}
_NOT_BACKENDS = {"base", "worker", "embedded"}
_discovered = False


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
    global _discovered
    # A flag, not emptiness: importing one backend module directly registers just that one.
    if not _discovered:
        for info in pkgutil.iter_modules(__path__):
            if info.name not in _NOT_BACKENDS:
                importlib.import_module(f"{__name__}.{info.name}")
        _discovered = True
    return _REGISTRY


def create_backend(spec: BackendSpec) -> Backend:
    """Build (but do not load) the backend a spec names."""
    backends = registry()
    if spec.kind not in backends:
        raise BackendError(
            f"unknown backend {spec.kind!r} in {spec} (known: {', '.join(sorted(backends))})"
        )
    return backends[spec.kind](spec)


__all__ = [
    "Backend",
    "BackendError",
    "BackendSpec",
    "BackendUnavailable",
    "Generation",
    "GenerationRequest",
    "ModelInfo",
    "create_backend",
    "register",
    "registry",
]
