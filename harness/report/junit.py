"""JUnit XML: one testcase per case × backend (× repeat), and one per regression gate."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence

from harness.compare.models import Comparison
from harness.compare.perf import gate_fails
from harness.compare.quality import evidence
from harness.results.records import CaseRecord
from harness.untrusted import for_xml, neutralize_workflow_commands

GATE_SUITE = "regression gate"
UNGATED = {
    "unconfirmed": "single samples, run-to-run noise unknown (use --repeat)",
    "other machine": "the runs were made on different machines: not gated",
    "other load": "the runs were measured at different concurrency: not gated",
    "noisy": "run-to-run variation (CV) above the gate's limit: not gated",
}


def _suite(parent: ET.Element, name: str) -> ET.Element:
    return ET.SubElement(parent, "testsuite", name=name)


def _case(suite: ET.Element, classname: str, name: str, time_s: float | None = None) -> ET.Element:
    attrs = {"classname": classname, "name": name}
    if time_s is not None:
        attrs["time"] = f"{time_s:.3f}"
    return ET.SubElement(suite, "testcase", attrs)


def _fail(case: ET.Element, tag: str, message: str, text: str = "") -> None:
    element = ET.SubElement(case, tag, message=message)
    element.text = text or message


def _count(suite: ET.Element) -> None:
    cases = suite.findall("testcase")
    suite.set("tests", str(len(cases)))
    suite.set("failures", str(sum(c.find("failure") is not None for c in cases)))
    suite.set("errors", str(sum(c.find("error") is not None for c in cases)))
    suite.set("skipped", str(sum(c.find("skipped") is not None for c in cases)))


def _add_records(root: ET.Element, records: Sequence[CaseRecord]) -> None:
    repeated = {(r.suite, r.case, r.backend, r.model) for r in records if r.repeat > 0}
    suites: dict[str, ET.Element] = {}
    for record in records:
        suite = suites.get(record.suite)
        if suite is None:
            suite = suites[record.suite] = _suite(root, record.suite)
        name = f"{record.case}[{record.backend}:{record.model}]"
        if (record.suite, record.case, record.backend, record.model) in repeated:
            name += f"#{record.repeat}"
        case = _case(suite, record.suite, name, record.latency_s)
        if record.status == "error":
            _fail(case, "error", record.error or "error")
        elif record.status == "failed":
            check, detail = evidence([record])
            _fail(case, "failure", f"{check}: {detail}", record.output or "")


def _add_gates(root: ET.Element, comparison: Comparison) -> None:
    suite = _suite(root, GATE_SUITE)
    gate = comparison.gate
    coverage = _case(suite, "coverage", f"{comparison.compared_cases} case(s) compared")
    if comparison.unjudged:
        _fail(coverage, "failure", "; ".join(comparison.unjudged))
    for pair in comparison.pairs:
        for s in pair.suites:
            case = _case(suite, pair.label, f"pass rate {s.suite}")
            if s.regression:
                _fail(
                    case,
                    "failure",
                    f"{s.baseline_rate.text()} → {s.candidate_rate.text()}: {s.difference.text()}",
                )
        for m in pair.must_pass:
            case = _case(suite, pair.label, f"must pass {m.suite}/{m.case}")
            if m.regression:
                _fail(
                    case,
                    "failure",
                    f"{m.baseline_passed}/{m.baseline_total} → "
                    f"{m.candidate_passed}/{m.candidate_total} passed ({m.why})",
                )
        for t in pair.tools:
            if t.metric == "tool accuracy":
                case = _case(suite, pair.label, t.metric)
                if t.regression and t.baseline and t.candidate and t.difference:
                    _fail(
                        case,
                        "failure",
                        f"{t.baseline.text()} → {t.candidate.text()}: {t.difference.text()}",
                    )
        for p in pair.perf:
            case = _case(suite, pair.label, p.metric)
            if gate_fails(p, gate):
                _fail(case, "failure", f"{p.change_pct:+.1f}% ({p.status})")
            elif p.status in UNGATED:
                # Beyond the threshold but not judged: CI shows it as skipped, with why.
                ET.SubElement(case, "skipped", message=f"{p.change_pct:+.1f}%: {UNGATED[p.status]}")


def _xml_safe(root: ET.Element) -> None:
    """Replace what XML 1.0 cannot hold (NUL, ESC, lone surrogates) in every text and attribute.

    CI commands are broken too: test reporters print failure messages into the job log.
    """
    for element in root.iter():
        element.attrib = {key: _xml_text(value) for key, value in element.attrib.items()}
        if element.text:
            element.text = _xml_text(element.text)


def _xml_text(text: str) -> str:
    return neutralize_workflow_commands(for_xml(text))


def junit_xml(records: Sequence[CaseRecord], comparison: Comparison | None = None) -> str:
    """The records (and the comparison's gates) as a JUnit XML document."""
    root = ET.Element("testsuites", name="harness")
    _add_records(root, records)
    if comparison is not None:
        _add_gates(root, comparison)
    for suite in root.findall("testsuite"):
        _count(suite)
    _xml_safe(root)
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode")
