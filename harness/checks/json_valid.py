"""`json_valid`: the answer is JSON (optionally in one code fence), optionally matching a schema."""

from __future__ import annotations

import json
import re
from typing import Any

import jsonschema
from pydantic import Field, field_validator

from harness.checks import register
from harness.checks.base import Answer, Check, CheckParams, CheckResult

FENCE = re.compile(r"^\s*```[A-Za-z0-9_-]*\s*\n(.*?)\n?\s*```\s*$", re.DOTALL)


class JsonValidParams(CheckParams):
    """An optional JSON Schema, and whether JSON may be embedded in prose."""

    json_schema: dict[str, Any] | None = Field(None, alias="schema")
    extract: bool = False

    @field_validator("json_schema")
    @classmethod
    def _is_schema(cls, value: dict[str, Any] | None) -> dict[str, Any] | None:
        if value is not None:
            try:
                jsonschema.Draft202012Validator.check_schema(value)
            except jsonschema.SchemaError as exc:
                raise ValueError(f"not a valid JSON Schema: {exc.message}") from None
        return value


def _first_embedded(text: str) -> Any:
    decoder = json.JSONDecoder()
    for index, char in enumerate(text):
        if char in "{[":
            try:
                return decoder.raw_decode(text, index)[0]
            except json.JSONDecodeError:
                continue
    raise ValueError("no JSON object or array found in the text")


@register
class JsonValid(Check):
    """Passes when the answer parses as JSON (and validates against `schema` if given)."""

    name = "json_valid"
    params_model = JsonValidParams
    description = "answer is valid JSON, optionally matching a JSON Schema"

    def run(self, answer: Answer, params: CheckParams) -> CheckResult:
        """Parse, then validate; the detail gives the parse error or the failing path."""
        assert isinstance(params, JsonValidParams)
        fenced = FENCE.match(answer.text)
        body = fenced.group(1) if fenced else answer.text
        try:
            data = _first_embedded(body) if params.extract else json.loads(body)
        except json.JSONDecodeError as exc:
            detail = f"not JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
            try:
                _first_embedded(body)
            except ValueError:
                return self.result(False, detail)
            return self.result(False, f"{detail}; JSON is present but surrounded by other text")
        except ValueError as exc:
            return self.result(False, str(exc))
        if params.json_schema is not None:
            errors = sorted(
                jsonschema.Draft202012Validator(params.json_schema).iter_errors(data),
                key=lambda e: list(e.absolute_path),
            )
            if errors:
                where = "/".join(str(p) for p in errors[0].absolute_path) or "(root)"
                return self.result(False, f"schema violation at {where}: {errors[0].message}")
        return self.result(
            True, "valid JSON" + (" matching the schema" if params.json_schema else "")
        )
