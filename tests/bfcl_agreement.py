"""BFCL's own AST checker against the harness, on the same answers to the same BFCL cases.

Answers are generated from BFCL's possible answers: right ones, and the mistakes models make
(wrong type, missing required, extra parameter, wrong string, reordered parallel calls, no
call, a call on an irrelevance case...). BFCL's checker (the `bfcl-eval` package, installed
with --no-deps) judges each; so does the harness, on the suite `harness import bfcl` makes of
the case. Shared by the agreement test and the agreement benchmark.
"""

from __future__ import annotations

import copy
import json
import random
import sys
import types
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from harness.importers.bfcl import (
    CATEGORIES,
    convert_case,
    default_data_dir,
    find_category_file,
    read_json_lines,
)
from harness.scoring import judge
from harness.suite.models import Suite
from harness.toolcalls import ParseResult, ToolCall, parse_tool_calls

Calls = list[dict[str, dict[str, Any]]]  # BFCL's model output: [{name: {param: value}}]


def bfcl_ast_checker() -> Callable[..., dict[str, Any]]:
    """BFCL's `ast_checker`, with the one module it imports but does not use for Python stubbed.

    `bfcl_eval.constants.model_config` imports every hosted-API SDK; the checker reads only
    `MODEL_CONFIG_MAPPING[model].underscore_to_dot`, which is False for a local model.
    """
    name = "bfcl_eval.constants.model_config"
    if name not in sys.modules:
        stub = types.ModuleType(name)

        class _LocalModel:
            underscore_to_dot = False

        stub.MODEL_CONFIG_MAPPING = defaultdict(_LocalModel)  # type: ignore[attr-defined]
        sys.modules[name] = stub
    from bfcl_eval.constants.enums import Language
    from bfcl_eval.eval_checker.ast_eval.ast_checker import ast_checker

    def check(functions: Any, output: Calls, answer: Any, category: str) -> dict[str, Any]:
        result: dict[str, Any] = ast_checker(
            functions, output, answer, Language.PYTHON, category, "local-model"
        )
        return result

    return check


@dataclass(frozen=True)
class Judged:
    """One answer to one case, with both verdicts."""

    category: str
    case: str
    mistake: str
    calls: Calls
    bfcl: bool
    harness: bool
    bfcl_error: str
    harness_detail: str

    @property
    def agree(self) -> bool:
        """Both say right, or both say wrong."""
        return self.bfcl == self.harness


def right_answer(
    truth: list[dict[str, dict[str, list[Any]]]], pick: int, functions: list[dict[str, Any]]
) -> Calls:
    """An answer from the possible answers: value `pick` (0 first, -1 last) of each parameter.

    With `pick` 0, an optional parameter (`""` first) is left out unless it is required.
    """
    required = {f["name"]: set(f["parameters"].get("required", [])) for f in functions}
    declared = {f["name"]: f["parameters"].get("properties", {}) for f in functions}
    calls: Calls = []
    for item in truth:
        ((name, params),) = item.items()
        arguments = {}
        for param, values in params.items():
            present = [v for v in values if v != ""]
            keep = pick != 0 or values[:1] != [""] or param in required.get(name, set())
            if present and keep:
                schema = declared.get(name, {}).get(param, {})
                arguments[param] = _materialise(copy.deepcopy(present[pick]), schema, pick)
        calls.append({name: arguments})
    return calls


def _materialise(value: Any, schema: dict[str, Any], pick: int) -> Any:
    """A dict answer (`{key: [acceptable values]}`) as a dict a model would send."""

    def one(answer: Any) -> Any:
        if not isinstance(answer, dict):
            return answer
        out = {}
        for key, values in answer.items():
            values = values if isinstance(values, list) else [values]
            present = [v for v in values if v != ""]
            if present and (pick != 0 or values[:1] != [""]):
                out[key] = present[pick]
        return out

    items = schema.get("items") if isinstance(schema.get("items"), dict) else {}
    if schema.get("type") == "dict":
        return one(value)
    if schema.get("type") in ("array", "tuple") and items.get("type") == "dict":
        return [one(v) for v in value] if isinstance(value, list) else value
    return value


def _wrong_type(value: Any) -> Any:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int):
        return float(value)  # the commonest: 5 -> 5.0 for an integer
    if isinstance(value, float):
        return str(value)
    if isinstance(value, str):
        return 7
    return json.dumps(value)


def _mistakes(
    category: str, entry: dict[str, Any], truth: list[Any], rng: random.Random
) -> Iterator[tuple[str, Calls]]:
    """(mistake type, answer) pairs for one case; `right*` and `reordered` are right answers."""
    if "irrelevance" in category:
        yield "no_call", []
        if entry["function"]:
            function = entry["function"][0]
            required = function["parameters"].get("required", [])
            yield "call_on_irrelevance", [{function["name"]: {p: "x" for p in required}}]
        return
    right = right_answer(truth, 0, entry["function"])
    yield "right", right
    alternative = right_answer(truth, -1, entry["function"])
    if alternative != right:
        yield "right_other_values", alternative
    yield "no_call", []
    declared = {f["name"]: f["parameters"] for f in entry["function"]}
    index = rng.randrange(len(right))
    ((name, arguments),) = right[index].items()
    props = declared[name].get("properties", {})

    def with_call(new_arguments: dict[str, Any]) -> Calls:
        out = copy.deepcopy(right)
        out[index] = {name: new_arguments}
        return out

    present = sorted(arguments)
    if present:
        param = rng.choice(present)
        yield "wrong_type", with_call({**arguments, param: _wrong_type(arguments[param])})
    ints = [p for p in present if props.get(p, {}).get("type") == "integer"]
    if ints:
        param = rng.choice(ints)
        yield "integer_as_float", with_call({**arguments, param: float(arguments[param])})
    floats = [
        p
        for p in present
        if props.get(p, {}).get("type") == "float" and float(arguments[p]).is_integer()
    ]
    if floats:
        param = rng.choice(floats)
        yield "float_as_int", with_call({**arguments, param: int(arguments[param])})
    required = [p for p in declared[name].get("required", []) if p in arguments]
    if required:
        dropped = rng.choice(required)
        yield "missing_required", with_call({k: v for k, v in arguments.items() if k != dropped})
    yield "extra_parameter", with_call({**arguments, "unexpected_param": "x"})
    strings = [p for p in present if isinstance(arguments[p], str) and arguments[p]]
    if strings:
        param = rng.choice(strings)
        yield "wrong_string", with_call({**arguments, param: arguments[param] + " zq"})
        variant = arguments[param].upper().replace(" ", "_")
        yield "string_case_and_spacing", with_call({**arguments, param: variant})
    numbers = [
        p
        for p in present
        if isinstance(arguments[p], (int, float)) and not isinstance(arguments[p], bool)
    ]
    if numbers:
        param = rng.choice(numbers)
        yield "wrong_number", with_call({**arguments, param: arguments[param] + 1})
    others = [f for f in declared if f != name]
    if others and len(right) == 1:
        yield "wrong_function", [{others[0]: arguments}]
    if len(right) > 1:
        yield "reordered_parallel", list(reversed(right))
        yield "missing_parallel_call", right[:-1]


def bfcl_cases(
    categories: tuple[str, ...] = CATEGORIES, per_category: int | None = None
) -> Iterator[tuple[str, dict[str, Any], list[Any] | None]]:
    """(category, entry, ground truth) from the data the installed bfcl-eval ships."""
    data = default_data_dir()
    for category in categories:
        entries = read_json_lines(find_category_file(data, category))
        truths: dict[str, Any] = {}
        if "irrelevance" not in category:
            truths = {
                a["id"]: a["ground_truth"]
                for a in read_json_lines(find_category_file(data, category, "possible_answer"))
            }
        if per_category is not None and per_category < len(entries):
            step = len(entries) / per_category
            entries = [entries[int(i * step)] for i in range(per_category)]
        for entry in entries:
            yield category, entry, truths.get(entry["id"])


def pythonic_text(calls: Calls) -> str:
    """The answer as a model prompted the BFCL way writes it: `[f(a=1), g(b='x')]`."""
    if not calls:
        return "I cannot do that with the functions I have."
    rendered = [
        f"{name}({', '.join(f'{key}={value!r}' for key, value in arguments.items())})"
        for call in calls
        for name, arguments in call.items()
    ]
    return f"[{', '.join(rendered)}]"


def judge_all(
    categories: tuple[str, ...] = CATEGORIES,
    per_category: int | None = None,
    via_text: bool = False,
) -> list[Judged]:
    """Every generated answer to the sampled cases, judged by BFCL and by the harness.

    `via_text`: the harness reads the answer from pythonic text with its own parser (and the
    case's declared names), as in a run; otherwise it gets the calls already parsed.
    """
    checker = bfcl_ast_checker()
    judged: list[Judged] = []
    for category, entry, truth in bfcl_cases(categories, per_category):
        answer = {"id": entry["id"], "ground_truth": truth} if truth is not None else None
        raw_case, _ = convert_case(category, entry, answer, entry["id"])
        suite = Suite.model_validate({"cases": [raw_case]})
        case = suite.cases[0]
        rng = random.Random(entry["id"])
        for mistake, calls in _mistakes(category, entry, truth or [], rng):
            if "irrelevance" in category:
                # BFCL's irrelevance rule (eval_runner._evaluate_single_relevance_entry):
                # right when the answer decodes to no call.
                bfcl_ok, bfcl_error = not calls, "" if not calls else "decoded a call"
            else:
                result = checker(entry["function"], calls, truth, category)
                bfcl_ok, bfcl_error = bool(result["valid"]), str(result.get("error_type", ""))
            if via_text:
                declared = {t.function.name for t in suite.tools_for(case)}
                parsed = parse_tool_calls(pythonic_text(calls), tools=declared)
            else:
                parsed = ParseResult(
                    dialect="openai",
                    calls=[ToolCall(n, a) for call in calls for n, a in call.items()],
                )
            verdict = judge(suite, case, "", None, parsed)
            judged.append(
                Judged(
                    category,
                    entry["id"],
                    mistake,
                    calls,
                    bfcl_ok,
                    verdict.status == "passed",
                    bfcl_error,
                    verdict.checks[0].detail,
                )
            )
    return judged


def agreement_table(judged: list[Judged]) -> list[str]:
    """Agreement by category and by mistake type, as aligned text lines."""
    lines = []
    for title, key in (("category", "category"), ("mistake", "mistake")):
        totals: Counter[str] = Counter()
        agreed: Counter[str] = Counter()
        for item in judged:
            totals[getattr(item, key)] += 1
            agreed[getattr(item, key)] += item.agree
        lines.append(f"{'by ' + title:28s} {'answers':>8s} {'differ':>7s} {'agreement':>10s}")
        for name in sorted(totals):
            differ = totals[name] - agreed[name]
            rate = agreed[name] / totals[name]
            lines.append(f"  {name:26s} {totals[name]:8d} {differ:7d} {rate:10.4f}")
    total = len(judged)
    agree = sum(item.agree for item in judged)
    lines.append(f"{'all':28s} {total:8d} {total - agree:7d} {agree / total:10.4f}")
    return lines


def disagreements(judged: list[Judged], limit: int = 40) -> list[str]:
    """The first disagreements, each with both verdicts' reasons."""
    out = []
    for item in [j for j in judged if not j.agree][:limit]:
        out.append(
            f"{item.category}/{item.case} {item.mistake}: bfcl={item.bfcl} ({item.bfcl_error}) "
            f"harness={item.harness} ({item.harness_detail[:160]}) calls={json.dumps(item.calls)[:200]}"
        )
    return out


def data_available() -> bool:
    """Whether bfcl-eval (with its data) is installed."""
    try:
        return Path(default_data_dir()).is_dir()
    except Exception:
        return False
