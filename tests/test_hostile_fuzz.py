"""Fuzzing issue 14's "done means": any text a model sends goes replay → run → report/compare.

Whatever the answer, finish reason, stray case name or run id holds (lone surrogates,
controls, escapes, workflow commands), the run completes, every JSON and XML file parses,
and nothing printed, summarised or rendered holds a raw ESC, `##[` or a `::` line.
The command line runs in this process (replay backend, no model) to keep examples cheap.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from harness.cli import main

ATTACKS = [
    "\x1b[2J\x1b]0;owned\x07", "\x1b]8;;http://x\x1b\\link", "\x9b31m", "##[error]boom",
    "\n::error::boom", "\r\n  ::add-mask::x", "\x00", "\ud800", "\udfff", "\ufffe", "]]>", "</a>",
    "&amp;", "|", "`", "\u2028", "[bold]", "[/bold]",
]  # fmt: skip
CHARACTERS = st.one_of(
    st.characters(exclude_categories=()),
    st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),  # lone surrogates
    st.characters(max_codepoint=0x9F),  # C0, DEL and C1 controls
)
HOSTILE = st.lists(st.one_of(st.sampled_from(ATTACKS), st.text(CHARACTERS, max_size=12)),
                   max_size=6).map("".join)  # fmt: skip
SUITE = """\
name: s
cases:
  - {id: a, prompt: x, expect: [{contains: zzz}]}
  - {id: b, prompt: y, expect: [latex_leakage, {max_words: 3}]}
"""


def neutral(text: str) -> bool:
    """No raw escape, no `##[`, no line a CI runner reads as a `::` command."""
    return (
        "\x1b" not in text
        and "##[" not in text
        and not any(line.lstrip().startswith("::") for line in text.splitlines())
    )


def harness(*args: str) -> tuple[int, str]:
    """Run the command line in this process; its exit code and everything it printed."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue() + err.getvalue()


def write_replay(path: Path, answers: dict[str, dict[str, object]]) -> None:
    # json.dumps writes a lone surrogate as the escape \\ud800, which the replay reads back.
    path.write_text("".join(json.dumps({"case": k, **v}) + "\n" for k, v in answers.items()))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answer=HOSTILE, other=HOSTILE, finish=HOSTILE, stray=HOSTILE, run_id=HOSTILE)
def test_hostile_text_goes_through_every_output_neutralised(
    answer: str, other: str, finish: str, stray: str, run_id: str
) -> None:
    with tempfile.TemporaryDirectory(prefix="harness-fuzz-") as folder:
        root = Path(folder)
        suite = root / "s.yaml"
        suite.write_text(SUITE)
        write_replay(root / "base.jsonl", {"s/a": {"text": "zzz"}, "s/b": {"text": "fine"}})
        write_replay(
            root / "cand.jsonl",
            {
                "s/a": {"text": answer, "finish_reason": finish},
                "s/b": {"text": other, "tool_calls": [
                    {"type": "function", "function": {"name": stray, "arguments": other}}]},
                f"s/{stray}": {"text": stray},
            },
        )  # fmt: skip
        printed = []
        for name in ("base", "cand"):
            code, text = harness("run", str(suite), "--backend", f"replay:{root / name}.jsonl",
                                 "--out", str(root / name), "--no-progress")  # fmt: skip
            assert code == 0, text
            printed.append(text)
            for line in (root / name / "cases.jsonl").read_text(encoding="utf-8").split("\n")[:-1]:
                json.loads(line)
        run = json.loads((root / "cand" / "run.json").read_text())
        run["run_id"] = run_id
        (root / "cand" / "run.json").write_text(json.dumps(run))
        summary = root / "summary.md"
        os.environ["GITHUB_STEP_SUMMARY"] = str(summary)
        try:
            for fmt in ("terminal", "markdown", "json"):
                for command in (["report", str(root / "cand")],
                                ["compare", str(root / "base"), str(root / "cand")]):  # fmt: skip
                    code, text = harness(*command, "--format", fmt, "--junit",
                                         str(root / "j.xml"), "--html", str(root / "p.html"))  # fmt: skip
                    assert code in (0, 1), text
                    printed.append(text)
                    if fmt == "json":
                        json.loads(text)
                    ET.parse(root / "j.xml")
                    assert neutral((root / "j.xml").read_text(encoding="utf-8"))
                    assert neutral((root / "p.html").read_text(encoding="utf-8"))
        finally:
            del os.environ["GITHUB_STEP_SUMMARY"]
        assert neutral(summary.read_text(encoding="utf-8"))
        for text in printed:
            assert neutral(text), text
