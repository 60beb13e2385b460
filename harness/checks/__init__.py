"""Deterministic checks, one module each, found through a registry by name."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from harness.checks.base import Answer, Check, CheckParams, CheckResult
from harness.registry import ModuleDiscovery

_REGISTRY: dict[str, Check] = {}
_DISCOVERY = ModuleDiscovery(__name__, __path__, exclude={"base", "accuracy"})


def register(cls: type[Check]) -> type[Check]:
    """Class decorator that makes a check available by its name."""
    if cls.name in _REGISTRY:
        raise RuntimeError(f"check {cls.name!r} registered twice")
    _REGISTRY[cls.name] = cls()
    return cls


def registry() -> dict[str, Check]:
    """All checks by name."""
    _DISCOVERY.ensure()
    return _REGISTRY


def get_check(name: str) -> Check:
    """The check called `name`; KeyError names the known ones."""
    checks = registry()
    if name not in checks:
        raise KeyError(f"unknown check {name!r} (known: {', '.join(sorted(checks))})")
    return checks[name]


def parse_params(name: str, raw: Any) -> CheckParams:
    """Validate a check's parameters, accepting the shorthand scalar form."""
    check = get_check(name)
    model = check.params_model
    if raw is None:
        raw = {}
    elif not isinstance(raw, dict):
        if model.shorthand is None:
            raise ValueError(f"check {name!r} takes a mapping of parameters, not {raw!r}")
        raw = {model.shorthand: raw}
    return model.model_validate(raw)


__all__ = [
    "Answer",
    "Check",
    "CheckParams",
    "CheckResult",
    "ValidationError",
    "get_check",
    "parse_params",
    "register",
    "registry",
]
