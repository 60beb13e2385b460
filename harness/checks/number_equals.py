"""`number_equals`: the answer states the expected number (within a tolerance)."""

from __future__ import annotations

import math
import re
from typing import ClassVar, Literal

from pydantic import Field

from harness.checks import register
from harness.checks.base import Answer, Check, CheckParams, CheckResult

# Thousands groups may be separated by ",", LaTeX "{,}", "\," or thin/narrow spaces.
_GROUP_SEP = r"(?:,|\{,\}|\\,|\u2009|\u202f)"
NUMBER = re.compile(
    r"(?<![\w.])(?P<sign>[-−])?"
    rf"(?P<int>\d{{1,3}}(?:{_GROUP_SEP}\d{{3}})+|\d+)"
    r"(?P<frac>\.\d+)?"
    r"(?:[eE](?P<exp>[-+]?\d+))?"
    r"(?:\s*[×x*]\s*10\s*\^\s*\{?(?P<pow>[-−]?\d+)\}?)?"
    r"(?![\w])"
)
_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
WORD_NUMBER = re.compile(
    rf"\b(?:(?P<tens>{'|'.join(_TENS)})(?:[- ](?P<unit>{'|'.join(k for k in _UNITS if _UNITS[k] < 10 and _UNITS[k])}))?|(?P<small>{'|'.join(_UNITS)}))\b",
    re.IGNORECASE,
)


def extract_numbers(text: str) -> list[tuple[int, float]]:
    """Every number in the text as (offset, value), in order of appearance."""
    found: list[tuple[int, float]] = []
    for match in NUMBER.finditer(text):
        digits = re.sub(_GROUP_SEP, "", match.group("int"))
        value = float(digits + (match.group("frac") or ""))
        if match.group("exp"):
            value *= 10 ** int(match.group("exp"))
        if match.group("pow"):
            value *= 10 ** int(match.group("pow").replace("−", "-"))
        if match.group("sign"):
            value = -value
        found.append((match.start(), value))
    for match in WORD_NUMBER.finditer(text):
        if match.group("small"):
            value = _UNITS[match.group("small").lower()]
        else:
            value = _TENS[match.group("tens").lower()] + _UNITS.get(
                (match.group("unit") or "").lower(), 0
            )
        found.append((match.start(), float(value)))
    return sorted(found)


def format_number(value: float) -> str:
    """Whole numbers without exponent or decimals; others with up to 10 significant digits."""
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.10g}"


class NumberEqualsParams(CheckParams):
    """The expected value and how close a stated number must be."""

    shorthand: ClassVar[str | None] = "value"
    value: float
    tolerance: float = Field(0.0, ge=0.0)
    rel_tolerance: float = Field(0.0, ge=0.0)
    mode: Literal["any", "last", "only"] = "any"

    def matches(self, number: float) -> bool:
        """Whether `number` is the expected value within the tolerances."""
        return math.isclose(number, self.value, rel_tol=self.rel_tolerance, abs_tol=self.tolerance)


@register
class NumberEquals(Check):
    """Passes when a number in the answer (any, the last, or the only one) equals `value`."""

    name = "number_equals"
    params_model = NumberEqualsParams
    description = "the answer states the expected number (any/last/only), with tolerance"

    def run(self, answer: Answer, params: CheckParams) -> CheckResult:
        """Extract the numbers and compare according to the mode."""
        assert isinstance(params, NumberEqualsParams)
        values = [v for _, v in extract_numbers(answer.text)]
        expected = format_number(params.value)
        if not values:
            return self.result(False, f"no number found; expected {expected}")
        shown = ", ".join(format_number(v) for v in values[:10])
        if params.mode == "last":
            passed = params.matches(values[-1])
        elif params.mode == "only":
            passed = all(params.matches(v) for v in values)
        else:
            passed = any(params.matches(v) for v in values)
        verdict = "found" if passed else "not found"
        return self.result(passed, f"{expected} {verdict} ({params.mode}) among: {shown}")
