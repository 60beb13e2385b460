"""What every check receives and returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict


@dataclass(frozen=True)
class Answer:
    """The part of a generation that checks look at.

    `tool_calls` are the parsed calls (`{name, arguments}`), `tool_call_error` says why an
    attempted call did not parse, `tools` are the tools the model was offered, `numbers`
    is the suite's typing of numeric arguments and `messages` the conversation sent.
    """

    text: str
    finish_reason: str | None = None
    tool_calls: list[dict[str, Any]] = field(default_factory=list)
    tool_call_error: str | None = None
    tools: list[dict[str, Any]] = field(default_factory=list)
    # How tool arguments' numbers are typed: `strict` (an integer is not 5.0) or `lenient`.
    numbers: Literal["strict", "lenient"] = "strict"
    # The conversation that was sent, for checks that judge the answer against it.
    messages: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class CheckResult:
    """One check's verdict with the evidence behind it."""

    name: str
    passed: bool
    detail: str
    outcome: str | None = None  # a named class of result, e.g. a tool-call outcome

    def to_dict(self) -> dict[str, Any]:
        """Serialise to the `{name, passed, detail}` shape of the results file."""
        data: dict[str, Any] = {"name": self.name, "passed": self.passed, "detail": self.detail}
        if self.outcome is not None:
            data["outcome"] = self.outcome
        return data


class CheckParams(BaseModel):
    """Parameters of one check; subclasses add fields.

    `shorthand` names the field that a bare scalar or list fills, so suite authors can
    write `contains: Paris` instead of `contains: {text: Paris}`.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)
    shorthand: ClassVar[str | None] = None


class Check:
    """A deterministic check: a name, a parameter model and a verdict function."""

    name: ClassVar[str]
    params_model: ClassVar[type[CheckParams]] = CheckParams
    description: ClassVar[str] = ""

    def run(self, answer: Answer, params: CheckParams) -> CheckResult:
        """Judge one answer."""
        raise NotImplementedError

    def result(self, passed: bool, detail: str) -> CheckResult:
        """Build a result carrying this check's name."""
        return CheckResult(self.name, passed, detail)


def excerpt(text: str, start: int, end: int, context: int = 30) -> str:
    """Return the matched span with a little context, on one line, for evidence."""
    lo = max(0, start - context)
    hi = min(len(text), end + context)
    snippet = text[lo:hi].replace("\n", "\\n")
    return ("…" if lo > 0 else "") + snippet + ("…" if hi < len(text) else "")
