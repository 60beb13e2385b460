"""Bounds shared by the counting checks: at least, at most, exactly."""

from __future__ import annotations

from pydantic import Field, model_validator

from harness.checks.base import CheckParams


class CountBounds(CheckParams):
    """An inclusive range for a count; give `at_least`, `at_most`, both, or `exactly`."""

    at_least: int | None = Field(None, ge=0)
    at_most: int | None = Field(None, ge=0)
    exactly: int | None = Field(None, ge=0)

    @model_validator(mode="after")
    def _some_bound(self) -> CountBounds:
        if self.exactly is not None and (self.at_least is not None or self.at_most is not None):
            raise ValueError("give `exactly` alone, or `at_least`/`at_most`")
        if self.exactly is None and self.at_least is None and self.at_most is None:
            raise ValueError("give at least one of `at_least`, `at_most`, `exactly`")
        if self.at_least is not None and self.at_most is not None and self.at_least > self.at_most:
            raise ValueError(f"at_least ({self.at_least}) is above at_most ({self.at_most})")
        return self

    def admits(self, count: int) -> bool:
        """Whether `count` lies within the bounds."""
        if self.exactly is not None:
            return count == self.exactly
        low_ok = self.at_least is None or count >= self.at_least
        high_ok = self.at_most is None or count <= self.at_most
        return low_ok and high_ok

    def describe(self) -> str:
        """The bounds in words, for evidence."""
        if self.exactly is not None:
            return f"exactly {self.exactly}"
        parts = []
        if self.at_least is not None:
            parts.append(f"at least {self.at_least}")
        if self.at_most is not None:
            parts.append(f"at most {self.at_most}")
        return " and ".join(parts)
