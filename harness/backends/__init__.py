"""Backends, one module each, registered by the KIND of their `KIND:TARGET` spec."""

from __future__ import annotations

from collections.abc import Callable

from harness.backends.base import (
    Availability,
    Backend,
    BackendError,
    BackendSpec,
    BackendUnavailable,
    Generation,
    GenerationRequest,
    ModelInfo,
)
from harness.registry import ModuleDiscovery

BackendFactory = Callable[[BackendSpec], Backend]
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
    probe = getattr(registry()[kind], "availability", None)
    if probe is None:
        return Availability(None)
    result: Availability = probe()
    return result


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
    "BackendError",
    "BackendSpec",
    "BackendUnavailable",
    "Generation",
    "GenerationRequest",
    "ModelInfo",
    "availability",
    "create_backend",
    "register",
    "registry",
]
