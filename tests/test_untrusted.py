"""The one place that makes text the harness did not write safe to store, print and render."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from harness.untrusted import for_terminal, for_xml, neutralize_workflow_commands, storable


def test_lone_surrogates_become_replacement_characters_and_encode() -> None:
    text = storable("a\ud800b\udfffc")
    assert text == "a\ufffdb\ufffdc"
    text.encode("utf-8")
    json.loads(json.dumps(text, ensure_ascii=False))


def test_terminal_text_has_no_raw_escape_or_bell_and_keeps_newlines() -> None:
    hostile = "red \x1b[31mtext\x1b[0m \x1b]8;;http://x\x07link\x1b]8;;\x07 \x9b2J\nnext\tline"
    shown = for_terminal(hostile)
    assert "\x1b" not in shown and "\x07" not in shown and "\x9b" not in shown
    assert "\\x1b[31m" in shown
    assert "\nnext\tline" in shown


def test_workflow_commands_are_broken_anywhere_and_at_line_starts() -> None:
    text = neutralize_workflow_commands("ok ##[error]boom\n::error::bad\n  ::warning::w\na::b")
    assert "##[" not in text
    assert not any(line.lstrip().startswith("::") for line in text.splitlines())
    assert text.endswith("a::b")


def test_xml_text_parses_whatever_the_answer_held() -> None:
    hostile = "nul\x00 esc\x1b ff\x0c surrogate\ud800 nonchar\ufffe fine\té"
    element = ET.fromstring(f"<a>{for_xml(hostile).replace('&', '&amp;').replace('<', '&lt;')}</a>")
    assert element.text is not None and element.text.endswith("fine\té")
