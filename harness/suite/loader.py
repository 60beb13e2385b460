"""Finding, parsing and validating suite files, with errors that name file, case and field."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from harness.suite.models import Case, Suite
from harness.suite.yamlguard import YamlProblem, load_yaml

SUITE_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a suite file, printed as `FILE: case 'ID': FIELD: reason`."""

    file: str
    reason: str
    field: str | None = None
    case: str | None = None
    line: int | None = None
    column: int | None = None
    kind: str = "case"  # what `case` names: a suite's case, a matrix's entry

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}:{self.column or 1}"
        parts = [where]
        if self.case is not None:
            parts.append(f"{self.kind} {self.case}")
        if self.field:
            parts.append(self.field)
        parts.append(self.reason)
        return ": ".join(parts)


class SuiteError(Exception):
    """Raised when suite files are invalid; carries every problem found."""

    def __init__(self, problems: Sequence[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass(frozen=True)
class SuiteFile:
    """A validated suite with where it came from."""

    path: Path
    sha256: str
    suite: Suite

    @property
    def name(self) -> str:
        """The suite's name: its `name:` field, or the file's stem."""
        return self.suite.name or self.path.stem

    @property
    def cases(self) -> list[Case]:
        """The suite's cases in file order."""
        return self.suite.cases


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Expand files and directories into a sorted list of suite files."""
    found: list[Path] = []
    problems: list[Problem] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = _walk(path, problems)
            if not files and not problems:
                problems.append(Problem(str(path), "no suite files (*.yaml, *.yml) found here"))
            found.extend(files)
        elif path.is_file():
            found.append(path)
        else:
            problems.append(Problem(str(path), "no such file or directory"))
    if problems:
        raise SuiteError(problems)
    return list(dict.fromkeys(found))


def _walk(root: Path, problems: list[Problem]) -> list[Path]:
    """Suite files under `root`, sorted; what cannot be read is a Problem, never skipped unsaid."""

    def unreadable(exc: OSError) -> None:
        problems.append(Problem(str(exc.filename or root), f"cannot read: {exc.strerror}"))

    files = []
    for folder, _, names in os.walk(root, onerror=unreadable):
        for name in names:
            path = Path(folder) / name
            if path.suffix not in SUITE_SUFFIXES:
                continue
            if path.is_file():
                files.append(path)
            elif path.is_symlink() and not path.exists():
                problems.append(Problem(str(path), "dangling symbolic link: no such file"))
    return sorted(files)


def error_message(msg: str) -> str:
    """Drop pydantic's "Value error, " prefix, which tells a suite author nothing."""
    return msg.removeprefix("Value error, ")


def _field_path(loc: Sequence[int | str]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _case_label(raw_cases: Any, index: int) -> str:
    if isinstance(raw_cases, list) and index < len(raw_cases):
        item = raw_cases[index]
        if isinstance(item, dict):
            for key in ("id", "name"):
                if isinstance(item.get(key), str):
                    return repr(item[key])
    return f"#{index + 1}"


def problems_from_validation(
    file: str, data: Any, exc: ValidationError, items: dict[str, str] | None = None
) -> list[Problem]:
    """One Problem per pydantic error, naming the item (case, matrix entry) by its id or name.

    `items` maps a top-level list field to what its items are called ({"cases": "case"}).
    """
    items = items or {"cases": "case"}
    problems = []
    for err in exc.errors():
        loc = list(err["loc"])
        case, kind = None, "case"
        if len(loc) >= 2 and loc[0] in items and isinstance(loc[1], int):
            case, kind = _case_label(data.get(loc[0]), loc[1]), items[str(loc[0])]
            loc = loc[2:]
        reason = error_message(err["msg"])
        problems.append(Problem(file, reason, field=_field_path(loc) or None, case=case, kind=kind))
    return problems


def _duplicate_ids(file: str, raw_cases: Any) -> list[Problem]:
    # Works on the raw data so that duplicates are reported beside any other problem.
    if not isinstance(raw_cases, list):
        return []
    first_seen: dict[str, int] = {}
    problems = []
    for index, item in enumerate(raw_cases):
        case_id = item.get("id") if isinstance(item, dict) else None
        if not isinstance(case_id, str):
            continue
        if case_id in first_seen:
            problems.append(
                Problem(
                    file,
                    f"duplicate id (case #{first_seen[case_id] + 1} has it too)",
                    field="id",
                    case=repr(case_id),
                )
            )
        else:
            first_seen[case_id] = index
    return problems


def _undefined_tools(file: str, suite: Suite) -> list[Problem]:
    """Expectations and tool results that name tools the suite does not offer."""
    problems = []

    def check(case: Case, name: str, field: str) -> None:
        defined = {tool.function.name for tool in suite.tools_for(case)}
        if name not in defined:
            reason = f"tool {name!r} is not defined in the suite's tools ({sorted(defined)})"
            problems.append(Problem(file, reason, field=field, case=repr(case.id)))

    for case in suite.cases:
        for index, spec in enumerate(case.expect):
            for call_index, call in enumerate(getattr(spec.params, "calls", None) or []):
                check(case, call.name, f"expect[{index}].{spec.name}.calls[{call_index}].name")
        for name in case.tool_results:
            check(case, name, f"tool_results.{name}")
    return problems


def read_yaml_mapping(path: Path, what: str) -> tuple[bytes, dict[str, Any]]:
    """A YAML file's bytes and top-level mapping; SuiteError names the file (and line)."""
    file = str(path)
    try:
        raw_bytes = path.read_bytes()
    except OSError as exc:
        raise SuiteError([Problem(file, f"cannot read: {exc.strerror}")]) from None
    try:
        data = load_yaml(raw_bytes.decode("utf-8"))
    except YamlProblem as exc:
        raise SuiteError([Problem(file, exc.reason, line=exc.line, column=exc.column)]) from None
    except UnicodeDecodeError as exc:
        raise SuiteError([Problem(file, f"not UTF-8 text: {exc.reason}")]) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        reason = f"YAML syntax error: {exc.problem or exc}"
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        raise SuiteError([Problem(file, reason, line=line, column=column)]) from None
    except yaml.YAMLError as exc:
        raise SuiteError([Problem(file, f"YAML error: {exc}")]) from None
    if not isinstance(data, dict):
        kind = "an empty file" if data is None else type(data).__name__
        raise SuiteError([Problem(file, f"{what}, got {kind}")])
    return raw_bytes, data


def load_suite(path: str | Path) -> SuiteFile:
    """Parse and validate one suite file; raise SuiteError listing every problem."""
    path = Path(path)
    file = str(path)
    raw_bytes, data = read_yaml_mapping(path, "a suite is a mapping with `cases:`")
    problems = []
    try:
        suite = Suite.model_validate(data)
    except ValidationError as exc:
        problems = problems_from_validation(file, data, exc)
    problems.extend(_duplicate_ids(file, data.get("cases")))
    if not problems:
        problems.extend(_undefined_tools(file, suite))
    if problems:
        raise SuiteError(problems)
    return SuiteFile(path=path, sha256=hashlib.sha256(raw_bytes).hexdigest(), suite=suite)


def load_suites(paths: Iterable[str | Path]) -> list[SuiteFile]:
    """Load every suite under `paths`, collecting the problems of all files before raising."""
    problems: list[Problem] = []
    loaded: list[SuiteFile] = []
    for path in discover(paths):
        try:
            loaded.append(load_suite(path))
        except SuiteError as exc:
            problems.extend(exc.problems)
    seen: dict[str, SuiteFile] = {}
    for suite_file in loaded:
        other = seen.setdefault(suite_file.name, suite_file)
        if other is not suite_file:
            problems.append(
                Problem(
                    str(suite_file.path),
                    f"suite name {suite_file.name!r} is also used by {other.path}",
                    field="name",
                )
            )
    if problems:
        raise SuiteError(problems)
    return loaded
