"""A case's conversation with a backend: generate, parse tool calls, feed results, repeat."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any

from harness.backends import Backend, Generation, GenerationRequest
from harness.suite import Case, SuiteFile
from harness.toolcalls import ParseResult, parse_tool_calls


@dataclass
class Conversation:
    """Every round of one case: the first round's calls are scored, the last text checked."""

    first: Generation
    parsed: ParseResult
    final: Generation
    rounds: list[dict[str, Any]] = field(default_factory=list)


def _result_text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def first_request(suite: SuiteFile, case: Case, max_tokens: int | None = None) -> GenerationRequest:
    """The request that opens a case's conversation, with max_tokens capped if asked."""
    sampling = suite.suite.sampling_for(case)
    if max_tokens is not None and sampling.max_tokens > max_tokens:
        sampling = sampling.model_copy(update={"max_tokens": max_tokens})
    return GenerationRequest(
        suite.suite.messages_for(case),
        sampling,
        suite.suite.native_tools_for(case),
        case=f"{suite.name}/{case.id}",
    )


def converse(
    backend: Backend, suite: SuiteFile, case: Case, max_tokens: int | None = None
) -> Conversation:
    """Run up to `case.max_rounds` generations, answering each tool call with its result."""
    request = first_request(suite, case, max_tokens)
    native = suite.suite.tool_prompt == "native"
    declared = {tool.function.name for tool in suite.suite.tools_for(case)}
    rounds: list[dict[str, Any]] = []
    first: tuple[Generation, ParseResult] | None = None
    while True:
        generation = backend.generate(request)
        parsed = parse_tool_calls(
            generation.text, structured=generation.tool_calls or None, tools=declared
        )
        rounds.append(
            {
                "output": generation.text,
                "tool_calls": [c.to_dict() for c in parsed.calls],
                "latency_s": generation.latency_s,
            }
        )
        if first is None:
            first = (generation, parsed)
        answerable = parsed.calls and all(c.name in case.tool_results for c in parsed.calls)
        if len(rounds) >= case.max_rounds or not answerable:
            return Conversation(first[0], first[1], generation, rounds)
        messages = [*request.messages, {"role": "assistant", "content": generation.text}]
        for call in parsed.calls:
            result = _result_text(case.tool_results[call.name])
            if native:
                messages.append({"role": "tool", "name": call.name, "content": result})
            else:  # a model prompted in text has no tool role in its template
                messages.append({"role": "user", "content": f"Result of {call.name}: {result}"})
        request = replace(request, messages=messages, round=request.round + 1)
