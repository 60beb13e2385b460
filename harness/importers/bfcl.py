"""BFCL's single-turn categories as suites: questions + possible answers -> one suite per category.

BFCL (the Berkeley Function Calling Leaderboard, Apache-2.0) ships each category as a JSON-lines
question file (`BFCL_v4_simple_python.json`: id, messages, functions) and, beside it,
`possible_answer/` with the acceptable values of every parameter. How its AST checker judges
(`bfcl_eval/eval_checker/ast_eval/ast_checker.py`) and how that maps to a suite:

- types: `dict` -> object, `float` -> number (ints accepted), `integer` strict, `tuple` ->
  array, `any` -> string (BFCL's own mapping for function-calling APIs, and its checker's);
- a string (also inside a list, or a dict's value) is compared after BFCL's normalisation:
  `loose`;
- a list of acceptable values -> `one_of`; `""` among them -> `optional`;
- an answer of another type than the parameter's (BFCL's "variable" case: `null`, a name
  in a string) -> that type is allowed in the schema too and compared exactly;
- parallel categories -> any order; irrelevance -> `tool_calls: []`;
- BFCL checks a value's type and its acceptable values, never the schema's `enum`: the
  check says `schema: types` (an `enum` value in another case, `CELSIUS`, passes as in BFCL).
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

# Categories the AST checker judges one turn at a time, in import order.
CATEGORIES = (
    "simple_python",
    "multiple",
    "parallel",
    "parallel_multiple",
    "irrelevance",
    "live_simple",
    "live_multiple",
    "live_parallel",
    "live_parallel_multiple",
    "live_irrelevance",
)
# Categories BFCL ships that a suite cannot hold, and why.
NOT_IMPORTABLE = {
    "simple_java": "arguments are Java source strings, judged by BFCL's Java type converter",
    "simple_javascript": "arguments are JavaScript source strings, judged by BFCL's JS converter",
    "live_relevance": "the right answer is 'any call at all', which tool_calls cannot express",
    "multi_turn_base": "multi-turn, judged by executing the calls",
    "multi_turn_long_context": "multi-turn, judged by executing the calls",
    "multi_turn_miss_func": "multi-turn, judged by executing the calls",
    "multi_turn_miss_param": "multi-turn, judged by executing the calls",
    "memory": "agentic, judged on the final answer after tool use",
    "web_search": "agentic, judged on the final answer after web search",
    "format_sensitivity": "a re-run of other categories under prompt formats",
}
TYPES = {
    "dict": "object",
    "float": "number",
    "tuple": "array",
    "string": "string",
    "integer": "integer",
    "boolean": "boolean",
    "array": "array",
    "any": "string",
}
# BFCL's Python type of each declared type (PYTHON_TYPE_MAPPING in ast_checker.py).
BFCL_PYTHON = {
    "string": str,
    "integer": int,
    "float": float,
    "boolean": bool,
    "array": list,
    "tuple": list,
    "dict": dict,
    "any": str,
}
JSON_TYPE = {str: "string", int: "integer", float: "number", bool: "boolean", list: "array"}
JSON_TYPE.update({dict: "object", type(None): "null"})
ATTRIBUTION = (
    "# Imported from the Berkeley Function Calling Leaderboard (BFCL {version}) by\n"
    "# `harness import bfcl`. BFCL data: Apache-2.0, (c) the Gorilla team (ShishirPatil/gorilla,\n"
    "# berkeley-function-call-leaderboard). Category: {category}.\n"
)


class BfclImportError(Exception):
    """Input the importer cannot read; each problem is one `FILE: case 'ID': FIELD: reason` line."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class ImportReport:
    """What was written, and where BFCL's rules had to be approximated."""

    written: dict[str, Path] = field(default_factory=dict)
    cases: Counter[str] = field(default_factory=Counter)
    approximated: Counter[str] = field(default_factory=Counter)  # reason -> cases
    skipped: dict[str, str] = field(default_factory=dict)

    def lines(self) -> list[str]:
        """A human summary: suites, case counts, approximations with their reasons."""
        out = [f"{self.cases[c]:5d} cases  {path}" for c, path in self.written.items()]
        total = sum(self.cases.values())
        if self.approximated:
            out.append(f"approximated (of {total} cases):")
            out += [f"{n:5d}  {why}" for why, n in sorted(self.approximated.items())]
        else:
            out.append(f"no case of {total} needed an approximation")
        out += [f"skipped {c}: {why}" for c, why in self.skipped.items()]
        return out


def default_data_dir() -> Path:
    """The data the installed `bfcl-eval` package ships (`bfcl_eval/data/`)."""
    spec = importlib.util.find_spec("bfcl_eval")
    if spec is None or not spec.submodule_search_locations:
        raise BfclImportError(
            [
                "bfcl-eval is not installed: give DATA_DIR, or install it with "
                "`pip install --no-deps bfcl-eval` (its dependencies are not needed)"
            ]
        )
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def data_version(data_dir: Path) -> str:
    """`bfcl-eval X` when the data is the installed package's, else the directory's name."""
    try:
        if default_data_dir().resolve() == data_dir.resolve():
            return f"v4, bfcl-eval {importlib.metadata.version('bfcl-eval')}"
    except (BfclImportError, importlib.metadata.PackageNotFoundError):
        pass
    return f"data from {data_dir.name}"


def read_json_lines(path: Path) -> list[dict[str, Any]]:
    """The JSON objects of a BFCL file, one a line; BfclImportError names the file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise BfclImportError([f"{path}: cannot read: {exc.strerror}"]) from None
    except UnicodeDecodeError as exc:
        raise BfclImportError([f"{path}: not UTF-8 text: {exc.reason}"]) from None
    entries = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except json.JSONDecodeError as exc:
            raise BfclImportError([f"{path}:{number}: not JSON: {exc.msg}"]) from None
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            raise BfclImportError([f"{path}:{number}: id: a JSON object with a string id"])
        entries.append(entry)
    return entries


def find_category_file(data_dir: Path, category: str, sub: str = "") -> Path:
    """The `BFCL_vN_CATEGORY.json` file of a category (in `sub`, e.g. possible_answer/)."""
    base = data_dir / sub if sub else data_dir
    # `BFCL_v*_multiple.json` would also match `..._parallel_multiple.json`: match the version.
    pattern = re.compile(rf"BFCL_v\d+_{re.escape(category)}\.json")
    found = sorted(p for p in base.glob("BFCL_v*.json") if pattern.fullmatch(p.name))
    if not found:
        where = f"{base}/BFCL_v*_{category}.json"
        raise BfclImportError([f"{where}: no such file"])
    return found[-1]


def to_schema(node: Any) -> Any:
    """A BFCL parameter schema as JSON Schema (`dict` -> object, `float` -> number...)."""
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "type":
            out["type"] = TYPES.get(value, value)
        elif key == "properties" and isinstance(value, dict):
            out["properties"] = {name: to_schema(inner) for name, inner in value.items()}
        elif key == "items":
            out["items"] = to_schema(value)
        elif key == "required" and not isinstance(value, list):
            continue  # `required: true` on a property is not JSON Schema; BFCL ignores it too
        elif key == "optional":
            continue  # BFCL's own marker, read from `required` and the possible answers
        else:
            out[key] = value
    return out


def _one_of(options: list[Any]) -> Any:
    unique: list[Any] = []
    for option in options:
        if option not in unique:
            unique.append(option)
    return unique[0] if len(unique) == 1 else {"one_of": unique}


def _literal(value: Any) -> Any:
    # A mapping or list compares as written: `exact` keeps it from being read as matchers.
    return {"exact": value} if isinstance(value, (dict, list)) else value


def _string_or_literal(value: Any) -> Any:
    return {"loose": value} if isinstance(value, str) else _literal(value)


def _dict_expected(answer: dict[str, Any]) -> dict[str, Any]:
    """BFCL's dict_checker: each key's acceptable values; strings normalised; `""` optional."""
    out: dict[str, Any] = {}
    for key, values in answer.items():
        values = values if isinstance(values, list) else [values]
        out[key] = _values_expected(values, _string_or_literal)
    return out


def _values_expected(values: list[Any], convert: Any) -> Any:
    present = [v for v in values if v != ""]
    inner = _one_of([convert(v) for v in present]) if present else {"loose": ""}
    return {"optional": inner} if "" in values else inner


@dataclass
class _Param:
    """One parameter of one expected call, converted."""

    expected: Any
    extra_types: list[str]
    extra_item_types: list[str]


def _is_variable(declared_type: Any, value_type: type) -> bool:
    """BFCL's "variable" rule: an answer of another Python type than the declared one."""
    python_type = BFCL_PYTHON.get(declared_type)
    return (
        python_type is not None
        and value_type is not python_type
        and not (python_type is float and value_type is int)
    )


def _variable_item_types(items: dict[str, Any], answers: list[Any]) -> list[str]:
    """JSON types BFCL's one-level nested check accepts in a list beyond the declared item type.

    It takes each acceptable list's first element as the expected type when that differs from
    the declared one (an `array` of `integer` whose answers are strings accepts strings).
    """
    found = []
    for answer in answers:
        first = next((x for x in answer if x != ""), None) if isinstance(answer, list) else None
        if first is not None and _is_variable(items.get("type"), type(first)):
            kind = JSON_TYPE.get(type(first))
            if kind and kind not in found:
                found.append(kind)
    return found


def convert_param(declared: dict[str, Any], values: list[Any]) -> _Param:
    """A parameter's acceptable values as a matcher, as BFCL's checker would compare them."""
    bfcl_type = declared.get("type", "any")
    present = [v for v in values if v != ""]
    answer_type = type(present[0]) if present else None
    variable = answer_type is not None and _is_variable(bfcl_type, answer_type)
    extra = [JSON_TYPE[answer_type]] if variable and answer_type in JSON_TYPE else []
    raw_items = declared.get("items")
    items: dict[str, Any] = raw_items if isinstance(raw_items, dict) else {}
    item_types = _variable_item_types(items, present) if bfcl_type in ("array", "tuple") else []
    if variable:
        # BFCL's "variable" case: a value of the answer's type, compared exactly.
        expected = _values_expected(values, _literal)
    elif bfcl_type in ("string", "any"):
        expected = _values_expected(values, _string_or_literal)
    elif bfcl_type == "dict":
        expected = _values_expected(
            values, lambda v: _dict_expected(v) if isinstance(v, dict) else _literal(v)
        )
    elif bfcl_type in ("array", "tuple") and items.get("type") == "dict":
        expected = _values_expected(
            values,
            lambda v: (
                [_dict_expected(d) if isinstance(d, dict) else _literal(d) for d in v]
                if isinstance(v, list)
                else _literal(v)
            ),
        )
    elif bfcl_type in ("array", "tuple"):
        # list_checker normalises the list's own strings; anything nested compares as written.
        expected = _values_expected(
            values,
            lambda v: [_string_or_literal(x) for x in v] if isinstance(v, list) else _literal(v),
        )
    else:
        expected = _values_expected(values, lambda v: v)
    return _Param(expected, extra, item_types)


def _widen(schema: dict[str, Any], extra: list[str]) -> None:
    if extra and "type" in schema:
        kinds = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        schema["type"] = [*kinds, *(t for t in extra if t not in kinds)]


def _messages(entry: dict[str, Any], where: str) -> dict[str, Any]:
    question = entry.get("question")
    turns = question[0] if isinstance(question, list) and question else None
    if not isinstance(turns, list) or not turns:
        raise BfclImportError([f"{where}: question: a list of message lists"])
    messages = []
    for turn in turns:
        if not isinstance(turn, dict) or not isinstance(turn.get("content"), str):
            raise BfclImportError([f"{where}: question: each message needs text content"])
        messages.append({"role": turn.get("role"), "content": turn["content"]})
    if len(messages) == 1 and messages[0]["role"] == "user":
        return {"prompt": messages[0]["content"]}
    return {"messages": messages}


def convert_case(
    category: str, entry: dict[str, Any], answer: dict[str, Any] | None, where: str
) -> tuple[dict[str, Any], set[str]]:
    """One BFCL entry as a suite case, and the approximations it needed."""
    functions = entry.get("function")
    if not isinstance(functions, list) or not all(
        isinstance(f, dict) and isinstance(f.get("name"), str) for f in functions
    ):
        raise BfclImportError([f"{where}: function: a list of named functions"])
    tools = {
        f["name"]: {
            "name": f["name"],
            "description": f.get("description", ""),
            "parameters": to_schema(f.get("parameters") or {"type": "dict", "properties": {}}),
        }
        for f in functions
    }
    approximations: set[str] = set()
    calls: list[dict[str, Any]] = []
    if "irrelevance" not in category:
        truth = answer.get("ground_truth") if answer else None
        if not isinstance(truth, list) or not truth:
            raise BfclImportError([f"{where}: ground_truth: missing from possible_answer/"])
        for index, item in enumerate(truth):
            if not isinstance(item, dict) or len(item) != 1:
                raise BfclImportError([f"{where}: ground_truth[{index}]: one {{name: params}}"])
            ((name, params),) = item.items()
            if name not in tools or not isinstance(params, dict):
                raise BfclImportError([f"{where}: ground_truth[{index}]: {name!r} not offered"])
            schema = tools[name]["parameters"]
            declared = (
                next(f for f in functions if f["name"] == name).get("parameters", {}) or {}
            ).get("properties", {})
            arguments: dict[str, Any] = {}
            for param, values in params.items():
                values = values if isinstance(values, list) else [values]
                converted = convert_param(declared.get(param, {}), values)
                arguments[param] = converted.expected
                if param not in declared:
                    if "" in values:
                        # BFCL refuses an undeclared parameter: leaving it out is the only way.
                        del arguments[param]
                    else:
                        approximations.add(
                            "the ground truth requires a parameter the function does not "
                            "declare (BFCL fails every answer)"
                        )
                    continue
                prop = schema["properties"][param]
                _widen(prop, converted.extra_types)
                if isinstance(prop.get("items"), dict):
                    _widen(prop["items"], converted.extra_item_types)
            calls.append({"name": name, "arguments": arguments})
    case: dict[str, Any] = {"id": entry["id"], **_messages(entry, where), "tags": [category]}
    case["tools"] = [{"type": "function", "function": spec} for spec in tools.values()]
    check: Any = {"calls": calls, "schema_checks": "types"}
    if len(calls) > 1:
        check["order"] = "any"
    case["expect"] = [{"tool_calls": check}]
    return case, approximations


def _sampled(entries: list[dict[str, Any]], sample: int | None) -> list[dict[str, Any]]:
    if sample is None or sample >= len(entries):
        return entries
    step = len(entries) / sample
    return [entries[int(i * step)] for i in range(sample)]


def import_bfcl(
    data_dir: str | Path | None,
    out_dir: str | Path,
    categories: Sequence[str] = CATEGORIES,
    sample: int | None = None,
    tool_prompt: str = "pythonic",
    max_tokens: int = 256,
) -> ImportReport:
    """Write one suite per category under `out_dir`; BfclImportError on unreadable input."""
    data = Path(data_dir) if data_dir is not None else default_data_dir()
    if not data.is_dir():
        raise BfclImportError([f"{data}: not a directory"])
    unknown = [c for c in categories if c not in CATEGORIES]
    if unknown:
        problems = [
            f"{c}: {NOT_IMPORTABLE.get(c, 'not a BFCL category')}; importable: {', '.join(CATEGORIES)}"
            for c in unknown
        ]
        raise BfclImportError(problems)
    version = data_version(data)
    report = ImportReport(skipped={} if list(categories) != list(CATEGORIES) else NOT_IMPORTABLE)
    suites: dict[str, tuple[Path, str]] = {}
    for category in categories:
        questions_path = find_category_file(data, category)
        entries = _sampled(read_json_lines(questions_path), sample)
        answers: dict[str, dict[str, Any]] = {}
        if "irrelevance" not in category:
            answers = {
                a["id"]: a
                for a in read_json_lines(find_category_file(data, category, "possible_answer"))
            }
        cases = []
        for entry in entries:
            where = f"{questions_path}: case {entry['id']!r}"
            case, approximations = convert_case(category, entry, answers.get(entry["id"]), where)
            cases.append(case)
            for reason in approximations:
                report.approximated[reason] += 1
        suite = {
            "name": f"bfcl-{category.replace('_', '-')}",
            "description": f"BFCL {category}: {len(cases)} cases, judged as BFCL's AST checker judges",
            "tool_prompt": tool_prompt,
            "defaults": {"sampling": {"temperature": 0, "max_tokens": max_tokens, "seed": 0}},
            "cases": cases,
        }
        header = ATTRIBUTION.format(version=version, category=category)
        body = yaml.safe_dump(suite, sort_keys=False, allow_unicode=True, width=100)
        suites[category] = (Path(out_dir) / f"{category}.yaml", header + body)
        report.cases[category] = len(cases)
    for category, (path, text) in suites.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        report.written[category] = path
    return report
