"""The one way the harness finds its plug-ins: every module of a package, imported once."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterable


class ModuleDiscovery:
    """Imports each module of a package (bar the excluded and `_private` ones) the first time asked.

    Importing a module runs its `@register` decorator, so adding a plug-in is adding a
    file. A flag, not the registry's emptiness, says whether discovery ran: importing one
    plug-in module directly registers just that one.
    """

    def __init__(self, package: str, path: Iterable[str], exclude: Iterable[str] = ()):
        self.package = package
        self.path = list(path)
        self.exclude = set(exclude)
        self.done = False

    def ensure(self) -> None:
        """Import every plug-in module, once."""
        if self.done:
            return
        for info in pkgutil.iter_modules(self.path):
            if info.name not in self.exclude and not info.name.startswith("_"):
                importlib.import_module(f"{self.package}.{info.name}")
        self.done = True
