"""`response_language` and `reply_language`: the answer is written in the right language.

Identification is lingua's (statistical, accurate on short text), not a character
heuristic. `response_language` names the language; `reply_language` follows the
conversation: the language the system prompt requires (`language:`), else the language
of the user's last message.
"""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field, field_validator

from harness.checks import register
from harness.checks._langid import check_code, detect, name
from harness.checks.base import Answer, Check, CheckParams, CheckResult


class LanguageParams(CheckParams):
    """An ISO 639-1 code, e.g. `fr`."""

    shorthand: ClassVar[str | None] = "language"
    language: str = Field(min_length=2, max_length=3)

    @field_validator("language")
    @classmethod
    def _supported(cls, value: str) -> str:
        return check_code(value)


class ReplyLanguageParams(CheckParams):
    """The language required by the system prompt; unset, the user's last message decides."""

    shorthand: ClassVar[str | None] = "language"
    language: str | None = Field(None, min_length=2, max_length=3)

    @field_validator("language")
    @classmethod
    def _supported(cls, value: str | None) -> str | None:
        return None if value is None else check_code(value)


def _verdict(check: Check, text: str, want: str, why: str) -> CheckResult:
    got = detect(text)
    if got == want:
        return check.result(True, f"{name(got)}, as {why}")
    return check.result(False, f"{name(got)}, not {name(want)} ({why})")


@register
class ResponseLanguage(Check):
    """The answer is in the given language."""

    name = "response_language"
    params_model: ClassVar[type[CheckParams]] = LanguageParams
    description = "the answer is in the language (ISO 639-1 code), by lingua"

    def run(self, answer: Answer, params: CheckParams) -> CheckResult:
        """Identify the answer's language."""
        assert isinstance(params, LanguageParams)
        return _verdict(self, answer.text, params.language, "asked")


@register
class ReplyLanguage(Check):
    """The answer is in the user's language, or in the one the system prompt requires."""

    name = "reply_language"
    params_model: ClassVar[type[CheckParams]] = ReplyLanguageParams
    description = "reply in the user's language (or `language:` the system prompt requires)"

    def run(self, answer: Answer, params: CheckParams) -> CheckResult:
        """Identify the answer's and, when needed, the user's language."""
        assert isinstance(params, ReplyLanguageParams)
        if params.language is not None:
            return _verdict(self, answer.text, params.language, "the system prompt requires")
        users = [m for m in answer.messages if m.get("role") == "user"]
        if not users:
            return self.result(False, "no user message to take the language from")
        wanted = detect(str(users[-1].get("content") or ""))
        if wanted is None:
            return self.result(False, "the user's language could not be identified")
        return _verdict(self, answer.text, wanted, "the user wrote")
