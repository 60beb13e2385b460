"""Function names as written against the names declared: namespaces kept or stripped."""

from __future__ import annotations

from collections.abc import Collection

# Prefixes models put before a function name (Gemma's `default_api.f`, harmony's `functions.f`).
NAMESPACES = ("default_api.", "functions.", "tools.", "api.")


def strip_namespace(name: str) -> str:
    """The name without a known namespace prefix."""
    for prefix in NAMESPACES:
        if name.startswith(prefix) and len(name) > len(prefix):
            return name[len(prefix) :]
    return name


def resolve_name(name: str, declared: Collection[str] | None, namespaced: bool = True) -> str:
    """The declared tool a written name stands for.

    A name that is declared stays as written (a tool may really be called
    `functions.intersect`); a namespace prefix goes only when the bare name is the declared
    one. Without declared names, the prefix goes where the dialect's syntax adds one
    (`namespaced`).
    """
    if declared is None:
        return strip_namespace(name) if namespaced else name
    if name in declared:
        return name
    bare = strip_namespace(name)
    return bare if bare in declared else name
