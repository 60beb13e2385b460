"""Score a stored run again with today's suites, checks and parsers; no model needed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from harness import __version__
from harness.checks.base import CheckResult
from harness.reasoning import CHECK_NAME
from harness.results.provenance import now_iso, suite_record
from harness.results.records import CaseRecord, RunRecord
from harness.results.store import RunWriter, read_run
from harness.scoring import judge, tool_case_kind
from harness.suite import Case, SuiteFile, load_suites
from harness.timing.stats import timing_table
from harness.toolcalls import parse_tool_calls


def rescore_record(
    record: CaseRecord, cases: dict[tuple[str, str], tuple[SuiteFile, Case]]
) -> CaseRecord:
    """The record with verdicts recomputed; timing, output and provenance untouched."""
    if record.output is None:
        return record  # nothing was generated: an error stays an error
    found = cases.get((record.suite, record.case))
    if found is None:
        message = "case not found in the suites used for rescoring"
        return CaseRecord.model_validate(
            {**record.model_dump(), "status": "error", "error": message}
        )
    suite, case = found
    first_output = record.rounds[0]["output"] if record.rounds else record.output
    # Calls that came structured from an API are not in the text: keep them as they came.
    structured = record.tool_calls if record.tool_call_dialect == "openai" else None
    declared = {tool.function.name for tool in suite.suite.tools_for(case)}
    parsed = parse_tool_calls(first_output, structured=structured or None, tools=declared)
    # A stripped answer's reasoning verdict was judged on the raw text, which is not stored.
    kept = [CheckResult(c.name, c.passed, c.detail) for c in record.checks if c.name == CHECK_NAME]
    verdict = judge(suite.suite, case, record.output, record.finish_reason, parsed, kept)
    updates = {
        **verdict.record_fields(parsed),
        "tags": case.tags,
        "tool_case": tool_case_kind(case),
    }
    return CaseRecord.model_validate({**record.model_dump(), **updates})


def rescore(
    run_dir: str | Path, out_dir: str | Path, suite_paths: Sequence[str | Path] = ()
) -> RunRecord:
    """Write a new run directory with every stored answer scored again."""
    original, records = read_run(run_dir)
    paths = list(suite_paths) or [suite.path for suite in original.suites]
    suites = load_suites(paths)
    cases = {(s.name, c.id): (s, c) for s in suites for c in s.cases}
    run = original.model_copy(deep=True)
    run.run_id = Path(out_dir).name
    run.suites = [suite_record(s) for s in suites]
    rescored = [rescore_record(record, cases) for record in records]
    writer = RunWriter(out_dir)
    try:
        for record in rescored:
            writer.append(record)
        counts = Counter(record.status for record in rescored)
        run.counts = {status: counts.get(status, 0) for status in ("passed", "failed", "error")}
        run.timing = timing_table(rescored)
        run.rescored = {
            "from": str(run_dir),
            "from_run_id": original.run_id,
            "originally_scored_by": original.harness_version,
            "scored_by": __version__,
            "at": now_iso(),
        }
        writer.write_run(run)
    finally:
        writer.close()
    return run
