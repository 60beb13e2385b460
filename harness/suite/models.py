"""Pydantic models of suite files: what a suite author may write, and nothing else."""

from __future__ import annotations

from typing import Any, Literal

import jsonschema
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    GetJsonSchemaHandler,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, PydanticCustomError

from harness.checks import CheckParams, get_check, parse_params, registry
from harness.suite.haystack import Haystack

NAME_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Sampling(_Strict):
    """Decoding settings; greedy and seeded by default so runs are repeatable."""

    temperature: float = Field(0.0, ge=0.0, le=2.0)
    top_p: float = Field(1.0, gt=0.0, le=1.0)
    top_k: int | None = Field(None, ge=0)
    max_tokens: int = Field(256, ge=1)
    seed: int | None = 0
    stop: list[str] = Field(default_factory=list)


class SamplingOverride(_Strict):
    """A case's changes to the suite's sampling; unset fields keep the suite's value."""

    temperature: float | None = Field(None, ge=0.0, le=2.0)
    top_p: float | None = Field(None, gt=0.0, le=1.0)
    top_k: int | None = Field(None, ge=0)
    max_tokens: int | None = Field(None, ge=1)
    seed: int | None = None
    stop: list[str] | None = None

    def apply(self, base: Sampling) -> Sampling:
        """Return `base` with this override's explicitly set fields replaced."""
        return base.model_copy(update=self.model_dump(exclude_unset=True))


class Message(_Strict):
    """One chat message in the OpenAI shape."""

    role: Literal["system", "user", "assistant", "tool"]
    content: str
    name: str | None = None
    tool_call_id: str | None = None


class ToolFunction(_Strict):
    """An OpenAI function definition; `parameters` is a JSON Schema."""

    name: str = Field(pattern=r"^[A-Za-z0-9_.-]{1,64}$")
    description: str = ""
    parameters: dict[str, Any] = Field(default_factory=lambda: {"type": "object", "properties": {}})

    @field_validator("parameters")
    @classmethod
    def _is_json_schema(cls, value: dict[str, Any]) -> dict[str, Any]:
        try:
            jsonschema.Draft202012Validator.check_schema(value)
        except jsonschema.SchemaError as exc:
            raise ValueError(f"not a valid JSON Schema: {exc.message}") from None
        return value


class Tool(_Strict):
    """A tool offered to the model."""

    type: Literal["function"] = "function"
    function: ToolFunction


class Defaults(_Strict):
    """Settings every case of a suite starts from."""

    system: str | None = None
    sampling: Sampling = Field(default_factory=Sampling)


def _inline_refs(schema: dict[str, Any]) -> dict[str, Any]:
    """Replace local `$ref`s by their definitions: a check's schema is embedded in another."""
    defs = schema.pop("$defs", {})

    def resolve(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                return resolve(defs[ref.removeprefix("#/$defs/")])
            return {key: resolve(value) for key, value in node.items()}
        if isinstance(node, list):
            return [resolve(item) for item in node]
        return node

    resolved: dict[str, Any] = resolve(schema)
    return resolved


class CheckSpec(BaseModel):
    """One entry of an `expect` list: `{check_name: parameters}`."""

    model_config = ConfigDict(frozen=True)

    name: str
    params: CheckParams

    @model_validator(mode="before")
    @classmethod
    def _from_mapping(cls, data: Any) -> Any:
        if isinstance(data, CheckSpec):
            return data
        if isinstance(data, str):  # `- latex_leakage` for a check that needs no parameters
            data = {data: None}
        if not isinstance(data, dict) or len(data) != 1:
            raise PydanticCustomError(
                "check_shape",
                "each expectation is a mapping with exactly one check name, e.g. `contains: Paris`",
            )
        ((name, raw),) = data.items()
        try:
            get_check(str(name))
        except KeyError as exc:
            raise PydanticCustomError(
                "unknown_check", "{detail}", {"detail": exc.args[0]}
            ) from None
        try:
            params = parse_params(str(name), raw)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            msg = first["msg"].removeprefix("Value error, ")
            detail = f"{name}.{where}: {msg}" if where else f"{name}: {msg}"
            raise PydanticCustomError("check_params", "{detail}", {"detail": detail}) from None
        except ValueError as exc:
            raise PydanticCustomError("check_params", "{detail}", {"detail": str(exc)}) from None
        return {"name": str(name), "params": params}

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        """Describe the `{check: params}` shape with one alternative per registered check."""
        alternatives: list[dict[str, Any]] = []
        for name, check in sorted(registry().items()):
            params_schema = _inline_refs(check.params_model.model_json_schema())
            accepted: list[dict[str, Any]] = [params_schema]
            shorthand = check.params_model.shorthand
            if shorthand is not None:
                field_schema = params_schema["properties"][shorthand]
                accepted.append(field_schema)
                if field_schema.get("type") == "array":  # one item stands for a list of one
                    accepted.append(field_schema["items"])
            alternatives.append(
                {
                    "type": "object",
                    "description": check.description,
                    "properties": {name: {"anyOf": accepted}},
                    "required": [name],
                    "additionalProperties": False,
                }
            )
        bare = sorted(
            name
            for name, check in registry().items()
            if not check.params_model.model_json_schema().get("required")
        )
        return {"oneOf": [*alternatives, {"enum": bare}]}


ToolPrompt = Literal["native", "hermes", "pythonic", "tool_code", "tool_use", "json"]
# The dialect each prompted style teaches the model (`native` leaves tools to the template).
TOOL_PROMPT_DIALECTS = {
    "hermes": "hermes",
    "pythonic": "pythonic",
    "tool_code": "tool_code",
    "tool_use": "tool_use",
    "json": "llama3_json",
}


class Case(_Strict):
    """One prompt (or conversation) and what its answer must satisfy."""

    id: str = Field(pattern=NAME_PATTERN)
    description: str | None = None
    prompt: str | None = None
    messages: list[Message] | None = Field(None, min_length=1)
    system: str | None = None
    tags: list[str] = Field(default_factory=list)
    sampling: SamplingOverride | None = None
    expect: list[CheckSpec] = Field(default_factory=list)
    # Deterministic results fed back when the model calls a tool, for multi-round cases.
    tool_results: dict[str, Any] = Field(default_factory=dict)
    max_rounds: int = Field(1, ge=1, le=10)
    # Tools offered in this case instead of the suite's (BFCL gives every case its own).
    tools: list[Tool] | None = None
    # Long context: a generated document placed before `prompt`, which asks about it.
    haystack: Haystack | None = None

    @model_validator(mode="after")
    def _one_way_to_ask(self) -> Case:
        if (self.prompt is None) == (self.messages is None):
            raise PydanticCustomError(
                "prompt_or_messages", "give exactly one of `prompt` or `messages`"
            )
        if self.haystack is not None and self.prompt is None:
            raise PydanticCustomError(
                "haystack_prompt", "a `haystack` case asks its question in `prompt`"
            )
        return self


class Suite(_Strict):
    """A suite file: defaults, optional tools and the cases."""

    name: str | None = Field(None, pattern=NAME_PATTERN)
    description: str | None = None
    defaults: Defaults = Field(default_factory=Defaults)
    tools: list[Tool] = Field(default_factory=list)
    tool_prompt: ToolPrompt = "native"
    # `lenient` where the tools coerce: an integer parameter then accepts 5.0.
    numbers: Literal["strict", "lenient"] = "strict"
    # What to do with reasoning before the answer: detect (default), strip or forbid.
    reasoning: Literal["detect", "strip", "forbid"] | None = None
    cases: list[Case] = Field(min_length=1)

    @property
    def tool_dicts(self) -> list[dict[str, Any]]:
        """The tools as OpenAI function definitions."""
        return [t.model_dump() for t in self.tools]

    @property
    def has_tools(self) -> bool:
        """Whether the suite or any of its cases offers tools."""
        return bool(self.tools) or any(case.tools for case in self.cases)

    def tools_for(self, case: Case) -> list[Tool]:
        """The tools offered in `case`: its own, or the suite's."""
        return self.tools if case.tools is None else case.tools

    def tool_dicts_for(self, case: Case) -> list[dict[str, Any]]:
        """The tools offered in `case` as OpenAI function definitions."""
        return [t.model_dump() for t in self.tools_for(case)]

    def native_tools_for(self, case: Case) -> list[dict[str, Any]]:
        """Tools passed to the engine for `case`: all natively, none when prompted in text."""
        return self.tool_dicts_for(case) if self.tool_prompt == "native" else []

    @property
    def native_tools(self) -> list[dict[str, Any]]:
        """Tools passed to the engine: all of them natively, none when prompted in text."""
        return self.tool_dicts if self.tool_prompt == "native" else []

    def messages_for(self, case: Case) -> list[dict[str, Any]]:
        """The chat messages sent for `case`, with the system prompt applied."""
        if case.messages is not None:
            messages = [m.model_dump(exclude_none=True) for m in case.messages]
        elif case.haystack is not None:
            messages = [{"role": "user", "content": case.haystack.prompt(case.prompt or "")}]
        else:
            messages = [{"role": "user", "content": case.prompt or ""}]
        system = case.system if case.system is not None else self.defaults.system
        if system is not None and not any(m["role"] == "system" for m in messages):
            messages.insert(0, {"role": "system", "content": system})
        tools = self.tool_dicts_for(case)
        if tools and self.tool_prompt != "native":
            messages = self._with_tool_prompt(messages, tools)
        return messages

    def _with_tool_prompt(
        self, messages: list[dict[str, Any]], tools: list[dict[str, Any]]
    ) -> list[dict[str, Any]]:
        from harness.toolcalls import get_dialect

        prompt = get_dialect(TOOL_PROMPT_DIALECTS[self.tool_prompt]).render_prompt(tools)
        if messages and messages[0]["role"] == "system":
            first = messages[0]
            return [{**first, "content": f"{first['content']}\n\n{prompt}"}, *messages[1:]]
        return [{"role": "system", "content": prompt}, *messages]

    def sampling_for(self, case: Case) -> Sampling:
        """The suite's sampling with the case's overrides applied."""
        if case.sampling is None:
            return self.defaults.sampling
        return case.sampling.apply(self.defaults.sampling)
