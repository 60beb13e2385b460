"""Reading records the harness did not necessarily write: every number finite, every line named.

A run directory may come from anywhere (an upload, another machine, a hand edit), so a
value that is not a finite number (`NaN`, `Infinity`, `1e400`) is refused with the file,
line and field, rather than turning into `+nan%` in a gate or a hang in a plot.
"""

from __future__ import annotations

import json
import math
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from harness.untrusted import storable_tree

Model = TypeVar("Model", bound=BaseModel)


class RecordError(ValueError):
    """A stored record is malformed; the message is `FILE:LINE: field: reason`."""


def nonfinite(value: Any, path: str = "") -> tuple[str, float] | None:
    """The first (field path, value) in JSON-like data whose number is not finite, or None."""
    if isinstance(value, float) and not math.isfinite(value):
        return path or "(value)", value
    if isinstance(value, dict):
        items: Any = ((f"{path}.{k}" if path else str(k), v) for k, v in value.items())
    elif isinstance(value, list):
        items = ((f"{path}[{i}]", v) for i, v in enumerate(value))
    else:
        return None
    for sub_path, item in items:
        found = nonfinite(item, sub_path)
        if found is not None:
            return found
    return None


def require_finite(data: Any, where: str) -> None:
    """Raise RecordError naming the first non-finite number in `data`."""
    found = nonfinite(data)
    if found is not None:
        field, value = found
        raise RecordError(f"{where}: {field}: not a finite number ({value!r})")


def describe(exc: ValidationError) -> str:
    """A pydantic error as `field: reason; field: reason` on one line."""
    return "; ".join(
        f"{'.'.join(str(p) for p in error['loc']) or '(record)'}: {error['msg']}"
        for error in exc.errors()
    )


def parse_record(text: str, model: type[Model], where: str) -> Model:
    """One JSON object as `model`: JSON, finite numbers, storable text, the model's fields."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RecordError(f"{where}: not JSON: {exc.msg}") from None
    if not isinstance(data, dict):
        raise RecordError(f"{where}: expected a JSON object, got {type(data).__name__}")
    require_finite(data, where)
    try:
        return model.model_validate(storable_tree(data))
    except ValidationError as exc:
        raise RecordError(f"{where}: {describe(exc)}") from None
