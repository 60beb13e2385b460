"""Reasoning before the answer (`<think>`, harmony channels): split off, timed, judged as users see it.

Reasoning models (Qwen3, DeepSeek-R1 distills, QwQ, gpt-oss) write their reasoning first,
inside markers a chat UI hides. A suite or matrix entry says what to do with it:

- `detect` (default): nothing is removed; checks judge the raw text, so `meta_rambling`
  fails on a leftover `<think>` block. Reasoning found is still recorded and timed.
- `strip`: a well-formed block is removed and recorded apart (text and tokens); checks
  judge the visible answer, and `reasoning_leakage` fails on an unterminated block or on
  reasoning outside the markers.
- `forbid`: as `strip`, and any reasoning at all fails `reasoning_leakage`.

Whatever the mode, each record gets the time to the first *visible* token beside TTFT and
the reasoning tokens beside the output tokens, so a reasoning model's latency is honest.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any, Literal

from harness.backends.base import Generation
from harness.checks._text import mask_code
from harness.checks.base import CheckResult
from harness.checks.meta_rambling import DEFAULT_THRESHOLD, rambling_score
from harness.untrusted import storable

ReasoningMode = Literal["detect", "strip", "forbid"]
MODES: tuple[ReasoningMode, ...] = ("detect", "strip", "forbid")
CHECK_NAME = "reasoning_leakage"

_TAGS = r"think|thinking|reasoning|thought"
BLOCK = re.compile(rf"<(?P<tag>{_TAGS})>(?P<body>.*?)</(?P=tag)>", re.DOTALL | re.IGNORECASE)
OPEN = re.compile(rf"<(?:{_TAGS})>", re.IGNORECASE)
CLOSE = re.compile(rf"</(?:{_TAGS})>", re.IGNORECASE)
# gpt-oss harmony: <|start|>assistant<|channel|>analysis<|message|>...<|end|>
CHANNEL = re.compile(
    r"(?:<\|start\|>\s*assistant\s*)?<\|channel\|>\s*(?P<channel>\w+)[^<]*?<\|message\|>"
    r"(?P<body>.*?)(?P<stop><\|end\|>|<\|return\|>|<\|call\|>|(?=<\|start\|>)|(?=<\|channel\|>)|\Z)",
    re.DOTALL,
)
# The same with its special tokens stripped by a server: "analysisUser asks...assistantfinal4",
# or rendered as line labels by a client: "analysis: User asks…\nfinal: 4".
FLATTENED = re.compile(
    r"^\s*(?P<channel>analysis|commentary)(?:(?P<body>.*?)assistant\s*final|"
    r"[ \t]*[:：](?P<labelled>.*?)^[ \t]*(?:assistant[ \t]*)?final[ \t]*[:：])(?P<final>.*)\Z",
    re.DOTALL | re.MULTILINE,
)


@dataclass(frozen=True)
class ReasoningSplit:
    """A raw answer split into the reasoning and what a user sees."""

    visible: str
    reasoning: str | None = None
    style: str | None = None
    visible_start: int = 0  # offset in the raw text where the visible answer begins
    problems: list[str] = field(default_factory=list)  # leakage, with evidence


def _snippet(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _after(text: str, end: int) -> tuple[str, int]:
    rest = text[end:]
    lead = len(rest) - len(rest.lstrip())
    return rest.strip(), end + lead


def _harmony(text: str) -> ReasoningSplit | None:
    channels = list(CHANNEL.finditer(text))
    if not channels:
        return None
    reasoning = [m.group("body").strip() for m in channels if m.group("channel") != "final"]
    finals = [m for m in channels if m.group("channel") == "final"]
    problems: list[str] = []
    if not finals:
        last = channels[-1]
        problems.append(
            f"harmony {last.group('channel')} channel with no final channel: "
            f"{_snippet(last.group('body'))!r}"
        )
        return ReasoningSplit("", "\n\n".join(reasoning), "harmony", len(text), problems)
    final = finals[-1]
    start = final.start("body") + len(final.group("body")) - len(final.group("body").lstrip())
    return ReasoningSplit(
        final.group("body").strip(), "\n\n".join(reasoning) or None, "harmony", start, problems
    )


def _think(text: str) -> ReasoningSplit | None:
    masked = mask_code(text)  # tags named in code are documentation, not reasoning
    block = BLOCK.search(masked)
    opening = OPEN.search(masked)
    closing = CLOSE.search(masked)
    if block is not None and (opening is None or opening.start() >= block.start()):
        problems = []
        before = text[: block.start()].strip()
        if before:
            problems.append(f"text before the <{block.group('tag')}> block: {_snippet(before)!r}")
        visible, start = _after(text, block.end())
        stray = OPEN.search(visible) or CLOSE.search(visible)
        if stray:
            problems.append(
                f"a second reasoning tag in the answer: {_snippet(visible[stray.start() :])!r}"
            )
        body = text[block.start("body") : block.end("body")].strip()
        return ReasoningSplit(visible, body, "think", start, problems)
    if opening is not None:
        body = text[opening.end() :]
        return ReasoningSplit(
            "",
            body.strip(),
            "think",
            len(text),
            [f"unterminated {opening.group()} block, no answer after it: {_snippet(body)!r}"],
        )
    if closing is not None:
        # Qwen3 and R1 chat templates open <think> in the prompt: only the close is generated.
        visible, start = _after(text, closing.end())
        problems = []
        if CLOSE.search(visible):
            problems.append(f"a second closing tag in the answer: {_snippet(visible)!r}")
        return ReasoningSplit(
            visible,
            text[: closing.start()].strip(),
            "think (opened by the template)",
            start,
            problems,
        )
    return None


def _flattened(text: str) -> ReasoningSplit | None:
    match = FLATTENED.match(text)
    if match is None:
        return None
    visible, start = _after(text, match.start("final"))
    body = match.group("body") if match.group("body") is not None else match.group("labelled")
    return ReasoningSplit(
        visible,
        body.strip(),
        "harmony (markers stripped)",
        start,
        [
            f"{match.group('channel')} channel without its markers (special tokens stripped): "
            f"{_snippet(body)!r}"
        ],
    )


def split_reasoning(text: str, separate: str | None = None) -> ReasoningSplit:
    """Split a raw answer; `separate` is reasoning a server already sent apart from the text."""
    found = _harmony(text) or _think(text) or _flattened(text)
    if separate:
        if found is None:
            return ReasoningSplit(text.strip(), separate.strip(), "separate", 0)
        joined = "\n\n".join(p for p in (separate.strip(), found.reasoning) if p)
        return ReasoningSplit(
            found.visible, joined, found.style, found.visible_start, found.problems
        )
    return found or ReasoningSplit(text)


def leakage(split: ReasoningSplit, forbid: bool, threshold: float = DEFAULT_THRESHOLD) -> list[str]:
    """Why the answer leaks reasoning (empty when it does not); `forbid` refuses any reasoning."""
    problems = list(split.problems)
    if forbid and split.reasoning and not problems:
        problems.append(
            f"reasoning is forbidden, found a {split.style} block: {_snippet(split.reasoning)!r}"
        )
    score, evidence = rambling_score(split.visible)
    if score >= threshold:
        top = max(evidence, key=lambda e: e.weight)
        where = "after the reasoning block" if split.reasoning else "without reasoning markers"
        problems.append(
            f"reasoning outside the markers ({where}): {top.rule}: "
            f"{_snippet(split.visible[top.start : top.end + 40])!r}"
        )
    return problems


def leakage_result(split: ReasoningSplit, forbid: bool) -> CheckResult:
    """The `reasoning_leakage` verdict on a split answer."""
    problems = leakage(split, forbid)
    if problems:
        return CheckResult(CHECK_NAME, False, "; ".join(problems))
    if split.reasoning:
        return CheckResult(CHECK_NAME, True, f"a well-formed {split.style} block, kept apart")
    return CheckResult(CHECK_NAME, True, "no reasoning in the answer")


def _time_at(generation: Generation, offset: int) -> float | None:
    """When the streamed text first reached past `offset` characters."""
    marks = generation.content_marks
    if not marks:
        return None
    index = bisect.bisect_right([end for end, _ in marks], offset)
    return marks[index][1] if index < len(marks) else None


def _reasoning_tokens(generation: Generation, split: ReasoningSplit) -> int | None:
    """The output tokens spent on reasoning: the engine's count prorated by streamed chunks."""
    if not split.reasoning:
        return 0
    marks = generation.content_marks
    inline = bisect.bisect_right([end for end, _ in marks], split.visible_start) if marks else 0
    chunks = inline + generation.reasoning_chunks
    total = len(marks) + generation.reasoning_chunks
    if total:
        if not generation.output_tokens:
            return chunks
        return round(generation.output_tokens * chunks / total)
    if generation.output_tokens and generation.text:
        # No stream to count (a replayed answer): prorate by characters.
        share = len(split.reasoning) / max(1, len(split.reasoning) + len(split.visible))
        return round(generation.output_tokens * share)
    return None


def timing_fields(generation: Generation) -> dict[str, Any]:
    """Time to first visible token and reasoning tokens of one generation."""
    split = split_reasoning(generation.text, generation.reasoning_text)
    if not split.reasoning:
        ttfvt = generation.ttft_s
    elif split.style == "separate":
        ttfvt = _time_at(generation, 0) if split.visible else None
    else:
        ttfvt = _time_at(generation, split.visible_start) if split.visible else None
    return {"ttfvt_s": ttfvt, "reasoning_tokens": _reasoning_tokens(generation, split)}


@dataclass(frozen=True)
class Judged:
    """What the checks judge, the reasoning verdict to add, and the record fields to store."""

    text: str
    checks: list[CheckResult]
    fields: dict[str, Any]


def judged_answer(mode: ReasoningMode, first: Generation, final: Generation) -> Judged:
    """Apply a reasoning mode: the text checks see, and the reasoning kept beside it.

    Timing comes from the first round (where TTFT is measured), the text from the last.
    """
    split = split_reasoning(final.text, final.reasoning_text)
    fields: dict[str, Any] = {"reasoning_mode": mode, **timing_fields(first)}
    if split.reasoning is not None or split.problems:
        fields["reasoning"] = {
            "style": split.style,
            "text": storable(split.reasoning or ""),
            "tokens": _reasoning_tokens(final, split),
        }
    if mode == "detect":
        return Judged(final.text, [], {"output": final.text, **fields})
    result = leakage_result(split, forbid=mode == "forbid")
    return Judged(split.visible, [result], {"output": split.visible, **fields})


def mode_for(suite_mode: ReasoningMode | None, entry_mode: str | None) -> ReasoningMode:
    """The suite's mode when it sets one (it says what is tested), else the entry's, else detect."""
    if suite_mode is not None:
        return suite_mode
    if entry_mode in MODES:
        return entry_mode
    return "detect"
