"""Where things must sit in the answer: `ends_with`, `postscript`, `repeats_request`,
`two_responses` (IFEval's startend, detectable_content and combination families)."""

from __future__ import annotations

import re
from typing import ClassVar

from pydantic import Field

from harness.checks import register
from harness.checks.base import Answer, Check, CheckParams, CheckResult, excerpt


class PhraseParams(CheckParams):
    """One phrase, compared case-insensitively with surrounding space ignored."""

    shorthand: ClassVar[str | None] = "phrase"
    phrase: str = Field(min_length=1)


@register
class EndsWith(Check):
    """The answer ends with the exact phrase (nothing may follow it)."""

    name = "ends_with"
    params_model: ClassVar[type[CheckParams]] = PhraseParams
    description = "the answer ends with the phrase (case and outer quotes ignored)"

    def run(self, answer: Answer, params: CheckParams) -> CheckResult:
        """Compare the answer's end with the phrase."""
        assert isinstance(params, PhraseParams)
        text = answer.text.strip().strip('"').lower()
        if text.endswith(params.phrase.strip().lower()):
            return self.result(True, f"ends with {params.phrase!r}")
        return self.result(False, f"ends with {excerpt(text, len(text), len(text), 40)!r}")


class PostscriptParams(CheckParams):
    """The marker that starts the postscript: `P.S.` (default), `P.P.S` or any text."""

    shorthand: ClassVar[str | None] = "marker"
    marker: str = Field("P.S.", min_length=1)


def postscript_pattern(marker: str) -> re.Pattern[str]:
    """IFEval's pattern for a postscript line starting with `marker`, spacing tolerated."""
    if marker == "P.P.S":
        return re.compile(r"\s*p\.\s?p\.\s?s.*$", re.MULTILINE)
    if marker == "P.S.":
        return re.compile(r"\s*p\.\s?s\..*$", re.MULTILINE)
    return re.compile(r"\s*" + re.escape(marker.lower()) + r".*$", re.MULTILINE)


@register
class Postscript(Check):
    """The answer has a postscript starting with the marker."""

    name = "postscript"
    params_model: ClassVar[type[CheckParams]] = PostscriptParams
    description = "a postscript starting with the marker (default P.S.)"

    def run(self, answer: Answer, params: CheckParams) -> CheckResult:
        """Find the marker, case-insensitively."""
        assert isinstance(params, PostscriptParams)
        match = postscript_pattern(params.marker).search(answer.text.lower())
        if match:
            return self.result(
                True, f"postscript: {excerpt(answer.text, match.start(), match.end(), 0)}"
            )
        return self.result(False, f"no postscript starting with {params.marker!r}")


class RequestParams(CheckParams):
    """The request the answer must repeat word for word before answering."""

    shorthand: ClassVar[str | None] = "request"
    request: str = Field(min_length=1)


@register
class RepeatsRequest(Check):
    """The answer starts by repeating the request verbatim (case ignored)."""

    name = "repeats_request"
    params_model: ClassVar[type[CheckParams]] = RequestParams
    description = "the answer starts with the request, repeated verbatim"

    def run(self, answer: Answer, params: CheckParams) -> CheckResult:
        """Compare the answer's start with the request."""
        assert isinstance(params, RequestParams)
        want = params.request.strip().lower()
        text = answer.text.strip().lower()
        if text.startswith(want):
            return self.result(True, "starts with the request")
        same = 0
        while same < min(len(want), len(text)) and want[same] == text[same]:
            same += 1
        return self.result(
            False,
            f"differs from the request at character {same}: {excerpt(text, same, same + 1)!r}",
        )


class MarkerParams(CheckParams):
    """The line that separates the two responses."""

    shorthand: ClassVar[str | None] = "marker"
    marker: str = Field("******", min_length=1)


@register
class TwoResponses(Check):
    """Exactly two different, non-empty responses separated by the marker."""

    name = "two_responses"
    params_model: ClassVar[type[CheckParams]] = MarkerParams
    description = "two different responses separated by the marker (default ******)"

    def run(self, answer: Answer, params: CheckParams) -> CheckResult:
        """Split on the marker and judge the parts."""
        assert isinstance(params, MarkerParams)
        parts = answer.text.split(params.marker)
        responses = []
        for index, part in enumerate(parts):
            if part.strip():
                responses.append(part.strip())
            elif 0 < index < len(parts) - 1:
                return self.result(False, f"an empty response between two {params.marker!r}")
        if len(responses) != 2:
            return self.result(
                False, f"{len(responses)} response(s) separated by {params.marker!r}"
            )
        if responses[0] == responses[1]:
            return self.result(False, "the two responses are the same")
        return self.result(True, "two different responses")
