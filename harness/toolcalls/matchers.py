"""Expected-argument matchers, and the readable diff (deepdiff) of a call against them.

An expected value is a literal (matched exactly; numbers by value), or a mapping with one
matcher key: `one_of: [..]`, `regex: ..`, `approx: x` (with `tolerance`), `any: true`
(present, any value), `optional: <expected>` (may be absent), `loose: ".."` (BFCL's string
normalisation: spaces and `, . / - _ * ^` dropped, lowercased, `'` read as `"`) or
`exact: <literal>` (a literal mapping that happens to use these keys). Mappings and lists nest.
"""

from __future__ import annotations

import math
import re
from typing import Any

from deepdiff import DeepDiff

MATCHER_KEYS = {"one_of", "regex", "approx", "any", "optional", "loose", "exact"}
# BFCL's `standardize_string` (bfcl_eval/eval_checker/ast_eval/ast_checker.py) removes
# exactly these; "C#" and "C", "<" and ">", "a+b" and "ab" stay different.
_BFCL_REMOVED = re.compile(r"[ ,./\-_*^]")


def is_matcher(value: Any) -> bool:
    """A mapping whose keys are a matcher key (plus `tolerance` beside `approx`)."""
    if not isinstance(value, dict) or not value:
        return False
    keys = set(value) - {"tolerance"}
    return (
        len(keys) == 1 and keys <= MATCHER_KEYS and ("tolerance" not in value or "approx" in value)
    )


def loose_text(value: str) -> str:
    """BFCL's normalisation: spaces and `, . / - _ * ^` removed, lowercased, `'` as `"`."""
    return _BFCL_REMOVED.sub("", value).lower().replace("'", '"')


def validate_expected(value: Any, path: str = "arguments") -> None:
    """Raise ValueError naming the path of a malformed matcher (checked when a suite loads)."""
    if is_matcher(value):
        key = next(k for k in value if k != "tolerance")
        inner = value[key]
        if key == "regex":
            if not isinstance(inner, str):
                raise ValueError(f"{path}.regex must be a string")
            try:
                re.compile(inner)
            except re.error as exc:
                raise ValueError(f"{path}.regex: invalid regular expression: {exc}") from None
        elif key == "approx":
            if isinstance(inner, bool) or not isinstance(inner, (int, float)):
                raise ValueError(f"{path}.approx must be a number")
            tolerance = value.get("tolerance", 1e-9)
            if (
                isinstance(tolerance, bool)
                or not isinstance(tolerance, (int, float))
                or tolerance < 0
            ):
                raise ValueError(f"{path}.tolerance must be a non-negative number")
        elif key == "one_of":
            if not isinstance(inner, list) or not inner:
                raise ValueError(f"{path}.one_of must be a non-empty list")
            for index, option in enumerate(inner):
                validate_expected(option, f"{path}.one_of[{index}]")
        elif key == "optional":
            validate_expected(inner, f"{path}.optional")
        elif key == "loose" and not isinstance(inner, str):
            raise ValueError(f"{path}.loose must be a string")
        return
    if isinstance(value, dict):
        for key, inner in value.items():
            validate_expected(inner, f"{path}.{key}")
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            validate_expected(inner, f"{path}[{index}]")


def _describe(matcher: dict[str, Any]) -> str:
    key = next(k for k in matcher if k != "tolerance")
    if key == "approx":
        return f"<approx {matcher['approx']} ± {matcher.get('tolerance', 1e-9)}>"
    return f"<{key} {matcher[key]!r}>"


def _scalar_equal(expected: Any, actual: Any, loose: bool) -> bool:
    if isinstance(expected, bool) or isinstance(actual, bool):
        return type(expected) is type(actual) and expected == actual
    if isinstance(expected, (int, float)) and isinstance(actual, (int, float)):
        return math.isclose(expected, actual, rel_tol=0, abs_tol=0) or expected == actual
    if loose and isinstance(expected, str) and isinstance(actual, str):
        return loose_text(expected) == loose_text(actual)
    return bool(expected == actual)


def project(expected: Any, actual: Any, loose: bool = False, allow_extra: bool = False) -> Any:
    """`expected` rewritten so that every part that matches `actual` equals it.

    Diffing the projection against `actual` then shows exactly the mismatches: a failed
    matcher appears as its description (`<regex '^Par'>`), a missing key as removed, an
    unexpected key as added.
    """
    if is_matcher(expected):
        key = next(k for k in expected if k != "tolerance")
        inner = expected[key]
        if key == "any":
            return actual
        if key == "optional":
            return project(inner, actual, loose, allow_extra)
        if key == "exact":
            return inner
        if key == "loose":
            ok = isinstance(actual, str) and loose_text(inner) == loose_text(actual)
        elif key == "regex":
            ok = isinstance(actual, str) and re.search(inner, actual) is not None
        elif key == "approx":
            ok = (
                isinstance(actual, (int, float))
                and not isinstance(actual, bool)
                and abs(actual - inner) <= expected.get("tolerance", 1e-9)
            )
        else:  # one_of
            for option in inner:
                candidate = project(option, actual, loose, allow_extra)
                if not DeepDiff(candidate, actual, ignore_numeric_type_changes=True):
                    return actual
            ok = False
        return actual if ok else _describe(expected)
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return {k: project(v, None, loose, allow_extra) for k, v in expected.items()}
        projected: dict[str, Any] = {}
        for key, inner in expected.items():
            if key not in actual:
                if not (is_matcher(inner) and "optional" in inner):
                    projected[key] = inner if not is_matcher(inner) else _describe(inner)
                continue
            projected[key] = project(inner, actual[key], loose, allow_extra)
        if allow_extra:
            for key, value in actual.items():
                projected.setdefault(key, value)
        return projected
    if isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            return expected
        return [project(e, a, loose, allow_extra) for e, a in zip(expected, actual, strict=True)]
    if _scalar_equal(expected, actual, loose):
        return actual
    if isinstance(expected, bool) or isinstance(actual, bool):
        # deepdiff counts True == 1 as equal across numeric types; a typed argument does not
        return f"<{expected!r} ({type(expected).__name__})>"
    return expected


def argument_diff(
    expected: dict[str, Any], actual: dict[str, Any], loose: bool = False, allow_extra: bool = False
) -> str:
    """Empty when the arguments match; otherwise deepdiff's readable account of why not."""
    projected = project(expected, actual, loose, allow_extra)
    diff = DeepDiff(projected, actual, ignore_numeric_type_changes=True, verbose_level=2)
    return diff.pretty().replace("root", "arguments") if diff else ""
