"""Model output, server replies and run directories as an attacker would write them (issue 14).

Each test reproduces one attack through the real command line (replay backend, a loopback
server, hand-damaged run directories) and checks the harness neither crashes, hangs, leaks
nor lets the text reach a terminal, CI log, XML or JSON file unneutralised.
"""

from __future__ import annotations

import ctypes
import fcntl
import json
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

from harness.report.sections import Section
from harness.report.svg import nice_ticks
from tests.faultserver import fault_server
from tests.helpers import REPO, one_case_replay, read_jsonl
from tests.runs import GOOD, WORSE, make_run

ESC_ATTACK = (
    "\x1b[31mred\x1b[0m \x1b]8;;http://evil.example\x07link\x1b]8;;\x07 \x1b]0;title\x07\x07"
)
COMMAND_ATTACK = "ok ##[error]pwned\n::error::pwned too\n  ::add-mask::x"


def harness(
    *args: str,
    env: dict[str, str] | None = None,
    preexec: Callable[[], None] | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """`python -m harness ARGS` with extra environment variables; the output as text."""
    return subprocess.run(
        [sys.executable, "-m", "harness", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})},
        preexec_fn=preexec,
    )


def assert_neutral(text: str) -> None:
    """No raw escape or bell, no `##[` anywhere, no line that a runner reads as `::command`."""
    assert "\x1b" not in text and "\x07" not in text and "\x9b" not in text
    assert "##[" not in text
    assert not [line for line in text.splitlines() if line.lstrip().startswith("::")]


def replay_run(root: Path, answer: str, name: str = "run", **extra: object) -> Path:
    """One case (`s/a`, which expects `zzz`) answered with `answer`; the run directory."""
    suite = root / "s.yaml"
    suite.write_text("name: s\ncases: [{id: a, prompt: x, expect: [{contains: zzz}]}]\n")
    replay = root / f"{name}.jsonl"
    # json.dumps escapes a lone surrogate as \\ud800, which json.loads reads back as one.
    replay.write_text(json.dumps({"case": "s/a", "text": answer, **extra}) + "\n")
    out = root / name
    result = harness("run", str(suite), "--backend", f"replay:{replay}", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert_neutral(result.stdout + result.stderr)
    return out


# 1. A lone surrogate ---------------------------------------------------------------------


def test_a_lone_surrogate_is_stored_and_the_run_completes(tmp_path: Path) -> None:
    out = replay_run(tmp_path, "bad \ud800 answer")
    (record,) = read_jsonl(out / "cases.jsonl")
    assert record["output"] == "bad \ufffd answer"
    assert json.loads((out / "run.json").read_text())["status"] == "completed"


def test_parse_tool_calls_prints_a_lone_surrogate_as_json(tmp_path: Path) -> None:
    lines = tmp_path / "a.jsonl"
    lines.write_text(json.dumps({"id": "x", "text": '<tool_call>{"name": "f\ud800"}'}) + "\n")
    result = harness("parse-tool-calls", "--jsonl", str(lines))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["id"] == "x"


# 2 and 3. Terminal escapes and workflow commands -------------------------------------------


def test_escapes_and_workflow_commands_never_reach_the_terminal(tmp_path: Path) -> None:
    out = replay_run(tmp_path, COMMAND_ATTACK + ESC_ATTACK)  # replay_run checks the run's output
    baseline = replay_run(tmp_path, "zzz", name="base")
    for fmt in ("terminal", "markdown", "json"):
        summary = tmp_path / f"summary-{fmt}.md"
        report = harness("report", str(out), "--format", fmt,
                         env={"GITHUB_STEP_SUMMARY": str(summary)})  # fmt: skip
        # one flipped case is within noise unless it must pass: then it is a regression
        compare = harness("compare", str(baseline), str(out), "--format", fmt, "--must-pass", "s/a",
                          env={"GITHUB_STEP_SUMMARY": str(summary)})  # fmt: skip
        assert report.returncode == 0 and compare.returncode == 1, compare.stderr
        assert_neutral(report.stdout + report.stderr + compare.stdout + compare.stderr)
        assert_neutral(summary.read_text())
        assert "pwned" in compare.stdout  # shown, only defused
        if fmt == "json":
            json.loads(compare.stdout)
            json.loads(report.stdout)


def test_names_from_a_replay_file_and_a_run_json_cannot_issue_commands(tmp_path: Path) -> None:
    suite, replay = one_case_replay(
        tmp_path,
        json.dumps({"case": "s/a", "text": "ok"})
        + "\n"
        + json.dumps({"case": "s/x\n::error file=a::unmatched\n##[warning]w", "text": "ok"})
        + "\n",
    )
    out = tmp_path / "run"
    result = harness("run", str(suite), "--backend", f"replay:{replay}", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "match no case" in result.stderr
    assert_neutral(result.stdout + result.stderr)
    run = json.loads((out / "run.json").read_text())
    run["run_id"] = "x\n::error::run id\x1b]0;t\x07"
    (out / "run.json").write_text(json.dumps(run))
    for args in (("report", str(out)), ("compare", str(out), str(out))):
        shown = harness(*args)
        assert shown.returncode == 0, shown.stderr
        assert "run id" in shown.stdout
        assert_neutral(shown.stdout + shown.stderr)


def test_a_suite_file_stem_cannot_issue_commands(tmp_path: Path) -> None:
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    bad = folder / "::error::stem.yaml"
    bad.write_text("cases: [{id: a}]\n")
    # Given as a relative path, the file name starts the problem line.
    result = subprocess.run(
        [sys.executable, "-m", "harness", "validate", bad.name],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert result.returncode == 2
    assert "stem.yaml" in result.stderr
    assert_neutral(result.stdout + result.stderr)


def test_the_pytest_plugin_shows_evidence_without_escapes(tmp_path: Path) -> None:
    suites = tmp_path / "suites"
    suites.mkdir()
    (suites / "s.yaml").write_text(
        "name: s\ncases: [{id: a, prompt: x, expect: [{contains: zzz}]}]\n"
    )
    (tmp_path / "r.jsonl").write_text(
        json.dumps({"case": "s/a", "text": ESC_ATTACK + COMMAND_ATTACK}) + "\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-rA", "suites",
         "--harness-backend", "replay:r.jsonl", "--harness-out", "run"],
        cwd=tmp_path, capture_output=True, text=True, timeout=300,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )  # fmt: skip
    assert result.returncode == 1, result.stdout + result.stderr
    assert "answer: \\x1b[31mred" in result.stdout
    assert_neutral(result.stdout + result.stderr)


# 4. JUnit XML ----------------------------------------------------------------------------


def test_junit_parses_whatever_the_answer_held(tmp_path: Path) -> None:
    out = replay_run(tmp_path, "nul\x00 esc\x1b vt\x0b surrogate\ud800 nonchar\ufffe end")
    junit = tmp_path / "junit.xml"
    html = tmp_path / "report.html"
    result = harness("report", str(out), "--junit", str(junit), "--html", str(html))
    assert result.returncode == 0, result.stderr
    failure = ET.parse(junit).getroot().find(".//failure")
    assert failure is not None and failure.text is not None and failure.text.endswith(" end")
    page = html.read_text()
    assert "\x00" not in page and "\x1b" not in page


# 5. YAML: alias bombs and duplicate keys ---------------------------------------------------

BOMB = """\
name: bomb
a: &a [x, x, x, x, x, x, x, x, x, x]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]
h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]
"""


def test_an_alias_bomb_under_tool_parameters_is_refused_by_validate(tmp_path: Path) -> None:
    suite = tmp_path / "bomb.yaml"
    # The anchors live inside the schema's `default`, where the suite model accepts anything.
    body = "\n".join("      " + line for line in BOMB.splitlines()[1:])
    suite.write_text(
        "name: bomb\ntools:\n  - type: function\n    function:\n      name: f\n"
        "      parameters:\n        type: object\n        default:\n"
        + "\n".join("    " + line for line in body.splitlines())
        + "\ncases: [{id: a, prompt: x}]\n"
    )
    result = harness("validate", str(suite))
    assert result.returncode == 2, result.stdout
    assert f"{suite}: anchors and aliases expand to more than" in result.stderr


def test_a_duplicate_key_is_reported_with_its_line(tmp_path: Path) -> None:
    suite = tmp_path / "dup.yaml"
    suite.write_text(
        "name: dup\ncases:\n  - id: a\n    prompt: x\n    expect: [{contains: Paris}]\n"
        "    expect: [max_words: 5]\n"
    )
    result = harness("validate", str(suite))
    assert result.returncode == 2
    assert f"{suite}:6:5: duplicate key 'expect' (also on line 5)" in result.stderr


def test_dangling_links_and_unreadable_folders_under_a_suites_path_are_reported(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "suites"
    folder.mkdir()
    (folder / "good.yaml").write_text("cases: [{id: a, prompt: x}]\n")
    (folder / "gone.yaml").symlink_to(folder / "nowhere.yaml")
    locked = folder / "locked"
    locked.mkdir()
    (locked / "hidden.yaml").write_text("cases: [{id: b, prompt: y}]\n")
    locked.chmod(0o000)
    try:
        result = harness("validate", str(folder), preexec=unprivileged())
    finally:
        locked.chmod(0o755)
    assert result.returncode == 2, result.stdout
    assert f"{folder / 'gone.yaml'}: dangling symbolic link" in result.stderr
    assert f"{locked}: cannot read: Permission denied" in result.stderr


def unprivileged() -> Callable[[], None] | None:
    """preexec_fn making file permissions count: root drops the capabilities that ignore them."""
    if os.geteuid() != 0:
        return None

    def drop() -> None:
        libc = ctypes.CDLL(None, use_errno=True)
        for capability in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
            if libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
                raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")

    return drop


PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH = 24, 1, 2


# 6. Bad numbers ----------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity", "1e400"])
def test_a_non_finite_number_in_a_run_is_named_by_file_line_and_field(
    tmp_path: Path, value: str
) -> None:
    good = make_run(tmp_path, "good", GOOD)
    bad = tmp_path / "bad"
    shutil.copytree(good, bad)
    lines = (bad / "cases.jsonl").read_text().splitlines()
    lines[1] = re.sub(r'"ttft_s":[^,]+', f'"ttft_s":{value}', lines[1])
    (bad / "cases.jsonl").write_text("\n".join(lines) + "\n")
    for args in (("compare", str(good), str(bad)), ("report", str(bad), "--html", "/dev/null")):
        result = harness(*args)
        assert result.returncode == 2, result.stdout
        assert f"{bad / 'cases.jsonl'}:2: ttft_s: not a finite number" in result.stderr
        assert "Traceback" not in result.stderr


def bounded_memory() -> None:
    """preexec_fn: a plot that loops forever fails with MemoryError, not the machine."""
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


def test_tiny_and_huge_timings_plot_without_hanging(tmp_path: Path) -> None:
    for name, ttft in (("tiny", 1e-25), ("huge", 1e300)):
        out = make_run(tmp_path, name, GOOD, ttft_s=ttft)
        result = harness("report", str(out), "--html", str(tmp_path / f"{name}.html"),
                         timeout=60, preexec=bounded_memory)  # fmt: skip
        assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("field", "value"),
    [("ttft_s", "x"), ("latency_s", float("nan")), ("output_tokens", 1.5), ("tool_calls", "no")],
)
def test_a_replay_field_of_the_wrong_type_is_bad_input(
    tmp_path: Path, field: str, value: object
) -> None:
    suite, replay = one_case_replay(
        tmp_path, json.dumps({"case": "s/a", "text": "ok", field: value})
    )
    result = harness(
        "run", str(suite), "--backend", f"replay:{replay}", "--out", str(tmp_path / "r")
    )
    assert result.returncode == 2, result.stderr
    assert f"{replay}:1: {field}: must be" in result.stderr


def test_nice_ticks_end_for_any_range() -> None:
    for low, high in [(0, 1e-25), (1e-25, 1e-25), (0, 1e300), (-1e308, 1e308), (0, float("nan")),
                      (float("-inf"), float("inf")), (0, 5e-324), (3.7, 3.7)]:  # fmt: skip
        ticks = nice_ticks(low, high)
        assert 2 <= len(ticks) <= 8
        assert ticks == sorted(ticks)


# 7. Resume ------------------------------------------------------------------------------------


@pytest.mark.parametrize("damage", ["garbage", "empty", "array", "directory", "latin1-cases"])
def test_resume_refuses_a_damaged_run_with_exit_2(tmp_path: Path, damage: str) -> None:
    out = replay_run(tmp_path, "zzz")
    if damage == "garbage":
        (out / "run.json").write_text("{not json")
    elif damage == "empty":
        (out / "run.json").write_text("")
    elif damage == "array":
        (out / "run.json").write_text("[]")
    elif damage == "directory":
        (out / "run.json").unlink()
        (out / "run.json").mkdir()
    else:
        (out / "cases.jsonl").write_bytes(b'{"suite": "caf\xe9"}\n')
    result = harness("run", str(tmp_path / "s.yaml"), "--backend",
                     f"replay:{tmp_path / 'run.jsonl'}", "--resume", str(out))  # fmt: skip
    assert result.returncode == 2, result.stdout + result.stderr
    assert "error:" in result.stderr and "Traceback" not in result.stderr


def test_resume_refuses_another_backend_or_other_suites(tmp_path: Path) -> None:
    out = replay_run(tmp_path, "zzz")
    other = tmp_path / "other.jsonl"
    shutil.copy(tmp_path / "run.jsonl", other)
    suite = str(tmp_path / "s.yaml")
    result = harness("run", suite, "--backend", f"replay:{other}", "--resume", str(out))
    assert result.returncode == 2
    assert "started with backend(s) replay:run.jsonl, not replay:other.jsonl" in result.stderr
    extra = tmp_path / "t.yaml"
    extra.write_text("name: t\ncases: [{id: b, prompt: y}]\n")
    result = harness("run", suite, str(extra), "--backend", f"replay:{tmp_path / 'run.jsonl'}",
                     "--resume", str(out))  # fmt: skip
    assert result.returncode == 2
    assert "started with suite(s) s, not s, t" in result.stderr
    assert len(read_jsonl(out / "cases.jsonl")) == 1


# 8. The run directory lock ------------------------------------------------------------------


def test_a_run_directory_being_written_is_refused(tmp_path: Path) -> None:
    out = replay_run(tmp_path, "zzz")
    suite, replay = str(tmp_path / "s.yaml"), f"replay:{tmp_path / 'run.jsonl'}"
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    for target, mode in ((out, "--resume"), (fresh, "--out")):
        with (target / "run.lock").open("ab") as held:
            fcntl.flock(held.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            result = harness("run", suite, "--backend", replay, mode, str(target))
        assert result.returncode == 2, result.stderr
        assert "is being written by another harness process" in result.stderr
    assert not (fresh / "cases.jsonl").exists()
    assert len(read_jsonl(out / "cases.jsonl")) == 1


def test_the_lock_of_a_killed_run_is_not_stale(tmp_path: Path) -> None:
    out = tmp_path / "run"
    out.mkdir()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import fcntl,sys,time; f=open(sys.argv[1],'ab'); "
         "fcntl.flock(f, fcntl.LOCK_EX); print('locked', flush=True); time.sleep(60)",
         str(out / "run.lock")],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    suite, replay = one_case_replay(tmp_path, json.dumps({"case": "s/a", "text": "ok"}) + "\n")
    result = harness("run", str(suite), "--backend", f"replay:{replay}", "--out", str(out))
    assert result.returncode == 0, result.stderr


# 9. Write errors ---------------------------------------------------------------------------


def test_a_full_disk_during_a_run_is_exit_2_and_keeps_what_was_recorded(tmp_path: Path) -> None:
    suite = tmp_path / "s.yaml"
    suite.write_text(
        "name: s\ncases:\n" + "".join(f"  - {{id: c{i}, prompt: x}}\n" for i in range(40))
    )
    replay = tmp_path / "r.jsonl"
    replay.write_text(
        "".join(json.dumps({"case": f"s/c{i}", "text": "y" * 200}) + "\n" for i in range(40))
    )
    out = tmp_path / "run"

    def small_disk() -> None:  # files cannot grow past 8 KiB: writes fail with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (8192, 8192))

    result = harness("run", str(suite), "--backend", f"replay:{replay}", "--out", str(out),
                     "--no-progress", preexec=small_disk)  # fmt: skip
    assert result.returncode == 2, result.stdout + result.stderr
    assert f"cannot write {out / 'cases.jsonl'}: File too large" in result.stderr
    assert "Traceback" not in result.stderr
    assert read_jsonl(out / "cases.jsonl")  # every complete line still parses
    assert not list(out.glob("*.tmp"))


def test_a_read_only_directory_is_exit_2_naming_it(tmp_path: Path) -> None:
    folder = tmp_path
    suite, replay = one_case_replay(folder, json.dumps({"case": "s/a", "text": "ok"}) + "\n")
    readonly = folder / "ro"
    readonly.mkdir()
    readonly.chmod(0o555)
    result = harness("run", str(suite), "--backend", f"replay:{replay}",
                     "--out", str(readonly / "run"), preexec=unprivileged())  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert f"cannot write {readonly / 'run'}: Permission denied" in result.stderr


def test_report_files_and_the_job_summary_that_cannot_be_written_are_exit_2(
    tmp_path: Path,
) -> None:
    out = replay_run(tmp_path, "zzz")
    result = harness("report", str(out), env={"GITHUB_STEP_SUMMARY": "/dev/full"})
    assert result.returncode == 2
    assert "cannot write /dev/full: No space left on device" in result.stderr
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("")
    result = harness("compare", str(out), str(out), "--junit", str(not_a_folder / "j.xml"))
    assert result.returncode == 2
    assert f"cannot write {not_a_folder / 'j.xml'}" in result.stderr
    assert "Traceback" not in result.stderr


# 10. Redaction ------------------------------------------------------------------------------

SECRET = "sk-i14-0123456789abcdef0123456789abcdef"


def test_a_key_is_redacted_before_cutting_and_wherever_a_server_echoes_it(
    tmp_path: Path,
) -> None:
    suite = tmp_path / "s.yaml"
    suite.write_text("name: s\ncases: [{id: a, prompt: hi}, {id: b, prompt: ho}]\n")
    env = {"I14_KEY": SECRET}
    with fault_server(["echo_key", "echo_key_error"], key=SECRET, echo_key=True) as server:
        result = harness("run", str(suite), "--backend", f"openai:fault@{server.base_url}",
                         "--api-key-env", "I14_KEY", "--out", str(tmp_path / "run"),
                         "--no-progress", env=env)  # fmt: skip
    assert result.returncode == 0, result.stderr
    answered, refused = read_jsonl(tmp_path / "run" / "cases.jsonl")
    assert "Your key is [redacted]." in answered["output"]
    assert "HTTP 400" in refused["error"] and "[redacted]" in refused["error"]
    written = (tmp_path / "run" / "run.json").read_text() + json.dumps([answered, refused])
    for leak in (SECRET, SECRET[:12], SECRET[-12:]):
        assert leak not in written + result.stdout + result.stderr


# 11 and 14. Gates that compare nothing, runs whose backend never loaded ---------------------


def test_an_incomplete_candidate_is_not_judged_unless_allowed(tmp_path: Path) -> None:
    good = make_run(tmp_path, "good", GOOD)
    partial = tmp_path / "partial"
    shutil.copytree(good, partial)
    run = json.loads((partial / "run.json").read_text())
    run["status"] = "running"
    (partial / "run.json").write_text(json.dumps(run))
    lines = (partial / "cases.jsonl").read_text().splitlines(keepends=True)
    (partial / "cases.jsonl").write_text(lines[0])
    result = harness("compare", str(good), str(partial))
    assert result.returncode == 2, result.stdout
    assert "NOT JUDGED (1 case(s) compared)" in result.stdout
    assert "the candidate run is running (1 record(s))" in result.stdout
    allowed = harness("compare", str(good), str(partial), "--allow-incomplete")
    assert allowed.returncode == 0
    assert "no regression (1 case(s) compared)" in allowed.stdout


def test_runs_that_share_no_case_are_not_judged(tmp_path: Path) -> None:
    good = make_run(tmp_path, "good", GOOD)
    other_suite = (
        "name: facts\ncases:\n  - {id: elsewhere, prompt: x, expect: [{contains: Paris}]}\n"
    )
    other = make_run(tmp_path, "other", {"elsewhere": "Paris"}, suite_text=other_suite)
    result = harness("compare", str(good), str(other), "--format", "json")
    assert result.returncode == 2
    report = json.loads(result.stdout)
    assert report["compared_cases"] == 0
    assert "the runs share no case: nothing was compared" in report["unjudged"]


def test_a_backend_that_never_loaded_fails_the_run_and_an_unpaired_one_the_gate(
    tmp_path: Path,
) -> None:
    suite = tmp_path / "s.yaml"
    suite.write_text(
        "name: facts\ncases: [{id: capital, prompt: x, expect: [{contains: Paris}]}]\n"
    )
    out = tmp_path / "cand"
    result = harness("run", str(suite), "--backend", "exllamav2:/nonexistent/model",
                     "--out", str(out), "--no-progress")  # fmt: skip
    assert result.returncode == 3, result.stderr
    assert "backend exllamav2:/nonexistent/model never loaded" in result.stderr
    base = make_run(tmp_path, "base", {"capital": "Paris"}, suite_text=suite.read_text(),
                    model="model")  # fmt: skip
    both = tmp_path / "both"
    merged = harness("merge", str(out), str(make_run(tmp_path, "m", {"capital": "Paris"},
                     suite_text=suite.read_text())), "--out", str(both))  # fmt: skip
    assert merged.returncode == 0, merged.stderr
    plain = harness("compare", str(base), str(both))
    assert plain.returncode == 0
    assert "not compared: exllamav2:model" in plain.stdout.replace("\n", " ")
    strict = harness("compare", str(base), str(both), "--require-pairs")
    assert strict.returncode == 2
    assert "exllamav2:model: no baseline to compare with" in strict.stdout.replace("\n", " ")


def test_max_error_rate_turns_an_error_heavy_run_into_exit_3(tmp_path: Path) -> None:
    suite, replay = one_case_replay(tmp_path, json.dumps({"case": "s/other", "text": "x"}) + "\n")
    out = tmp_path / "run"
    result = harness("run", str(suite), "--backend", f"replay:{replay}", "--out", str(out),
                     "--max-error-rate", "0.5")  # fmt: skip
    assert result.returncode == 3
    assert "1 of 1 case(s) errored (100%), more than --max-error-rate 0.5" in result.stderr


# 12. The job summary -----------------------------------------------------------------------


def test_the_job_summary_stays_under_a_mebibyte_and_says_what_it_left_out() -> None:
    from harness.report.jobsummary import LIMIT_BYTES, summary_markdown

    rows = [["llamacpp:m", f"suite/case-{i}", "pass→fail", "contains", "e" * 150]
            for i in range(20_000)]  # fmt: skip
    sections = [
        Section("Flipped cases", ["backend/model", "case", "flip", "check", "evidence"], rows)
    ]
    markdown = summary_markdown("Compare a → b", ["- note"] * 300, sections, "results/compare.html")
    assert len(markdown.encode()) < LIMIT_BYTES
    assert "first 100 of 20000 rows; 19900 left out: see results/compare.html" in markdown
    assert "250 more line(s)" in markdown


def test_a_large_compare_summary_is_capped_end_to_end(tmp_path: Path) -> None:
    many = "name: facts\ncases:\n" + "".join(
        f"  - {{id: c{i}, prompt: x, expect: [{{contains: Paris}}]}}\n" for i in range(150)
    )
    good = make_run(tmp_path, "good", {f"c{i}": "Paris" for i in range(150)}, suite_text=many)
    bad = make_run(tmp_path, "bad", {f"c{i}": WORSE["capital"] for i in range(150)},
                   suite_text=many)  # fmt: skip
    summary = tmp_path / "summary.md"
    result = harness("compare", str(good), str(bad), "--html", str(tmp_path / "c.html"),
                     env={"GITHUB_STEP_SUMMARY": str(summary)})  # fmt: skip
    assert result.returncode == 1
    text = summary.read_text()
    assert f"50 left out: see {tmp_path / 'c.html'}" in text
    assert text.count("| pass→fail |") == 100


def test_an_exported_answer_with_a_line_separator_replays(tmp_path: Path) -> None:
    out = replay_run(tmp_path, "zzz one\u2028two\x85three")
    exported = tmp_path / "exported.jsonl"
    assert harness("export", str(out), "--replay", str(exported)).returncode == 0
    again = tmp_path / "again"
    result = harness("run", str(tmp_path / "s.yaml"), "--backend", f"replay:{exported}",
                     "--out", str(again))  # fmt: skip
    assert result.returncode == 0, result.stderr
    (record,) = read_jsonl(again / "cases.jsonl")
    assert record["output"] == "zzz one\u2028two\x85three"
