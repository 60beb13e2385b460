"""The deploy table fits its medium: more suites than models turns models into columns."""

from __future__ import annotations

from rich.console import Console

from harness.report import deploy
from harness.report.sections import render_markdown, render_terminal
from harness.results.records import CaseRecord

SUITES = [f"suite-{n}" for n in range(10)]


def _records(models: list[str], suites: list[str]) -> list[CaseRecord]:
    return [
        CaseRecord(
            suite=suite,
            case="a",
            backend="llamacpp",
            model=model,
            repeat=0,
            status="passed" if index % 2 == 0 else "failed",
            ttft_s=0.25,
        )
        for model in models
        for index, suite in enumerate(suites)
    ]


def test_many_suites_few_models_puts_models_in_columns() -> None:
    rows = deploy.deploy_rows(_records(["q4", "q6"], SUITES))
    (section,) = deploy.sections(rows)
    assert list(section.headers) == ["metric", "llamacpp/q4", "llamacpp/q6"]
    first_column = [row[0] for row in section.rows]
    assert first_column[: len(SUITES)] == SUITES
    assert "all" in first_column and "median TTFT (s)" in first_column
    # one case each: 1/1 and 0/1 with their 95% Wilson intervals
    assert section.rows[0] == ["suite-0", "100% [21%–100%]", "100% [21%–100%]"]
    assert section.rows[1] == ["suite-1", "0% [0%–79%]", "0% [0%–79%]"]
    markdown = render_markdown("Report", [], [section])
    header = next(line for line in markdown.splitlines() if line.startswith("| metric"))
    assert [cell.strip() for cell in header.split("|")[1:-1]] == [
        "metric",
        "llamacpp/q4",
        "llamacpp/q6",
    ]
    assert "| suite-9 " in markdown
    console = Console(width=120, record=True)
    render_terminal("Report", [], [section], console)
    text = console.export_text()
    assert "llamacpp/q4" in text and "suite-9" in text
    assert max(len(line) for line in text.splitlines()) <= 120


def test_few_suites_many_models_keeps_a_row_per_model() -> None:
    models = ["a", "b", "c"]
    rows = deploy.deploy_rows(_records(models, SUITES[:2]))
    (section,) = deploy.sections(rows)
    assert list(section.headers[:4]) == ["backend", "model", "suite-0", "suite-1"]
    assert [row[1] for row in section.rows] == models
