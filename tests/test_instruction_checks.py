"""The verifiable-instruction checks: verdicts, evidence, and parameters refused with a reason."""

from __future__ import annotations

from typing import Any

import pytest

from harness.checks import Answer, get_check, parse_params
from harness.suite.models import CheckSpec


def verdict(name: str, params: Any, text: str, messages: list[dict[str, str]] | None = None):  # type: ignore[no-untyped-def]
    check = get_check(name)
    return check.run(Answer(text=text, messages=messages or []), parse_params(name, params))


@pytest.mark.parametrize(
    ("name", "params", "text", "passed", "evidence"),
    [
        ("word_count", {"at_most": 3}, "one two three", True, "3 words"),
        ("word_count", {"at_most": 3}, "don't stop me now", False, "5 words (want at most 3)"),
        ("word_count", {"at_least": 2, "at_most": 4}, "a b c", True, "want at least 2 and at most 4"),
        ("sentence_count", {"exactly": 2}, "Dr. Smith left at 5 p.m. today. He ran.", True, "2 sentences"),
        ("sentence_count", {"at_most": 1}, "One. Two.", False, "2 sentences"),
        ("paragraph_count", {"exactly": 2}, "First.\n***\nSecond.", True, "2 paragraphs"),
        ("paragraph_count", {"exactly": 2}, "First.\n***\n***\nSecond.", False, "empty paragraph"),
        ("paragraph_count", {"exactly": 3, "separator": "blank_line"}, "a\n\nb\n \nc", True, "3"),
        ("no_commas", None, "No commas here.", True, "no comma"),
        ("no_commas", None, "Yes, one here.", False, "1 comma(s), first: Yes, one"),
        ("no_commas", None, "中文，逗号", False, "1 comma(s)"),
        ("all_lowercase", None, "all quiet here.", True, "all lowercase"),
        ("all_lowercase", None, "all quiet Here.", False, "capital letter: all quiet Here"),
        ("all_lowercase", None, "1234", False, "no letters"),
        ("all_capitals", None, "LOUD AND CLEAR!", True, "all capitals"),
        ("all_capitals", None, "LOUD and CLEAR", False, "lowercase letter"),
        ("bullet_count", 2, "Intro\n* one\n- two", True, "2 bullets"),
        ("bullet_count", 2, "* one\n**bold line**", False, "1 bullets"),
        ("highlight_count", 2, "*one* and **two**", True, "2 highlights"),
        ("highlight_count", 1, "* * and ** **", False, "0 highlights"),
        ("placeholder_count", 2, "Dear [name], at [address].", True, "2 placeholders"),
        ("has_title", None, "<<A Poem>>\nRoses.", True, "title '<<A Poem>>'"),
        ("has_title", None, "<< >>\nRoses.", False, "no <<title>>"),
        ("json_only", None, '```json\n{"a": 1}\n```', True, "JSON dict"),
        ("json_only", None, 'Here: {"a": 1}', False, "not JSON"),
        ("ends_with", "Any questions?", "Done. any questions?\n", True, "ends with"),
        ("ends_with", "Any questions?", "Any questions? Bye.", False, "bye."),
        ("postscript", "P.S.", "Hello.\n\np.s. see you", True, "postscript"),
        ("postscript", "P.P.S", "Hello.\nP.S. only one", False, "no postscript"),
        ("keyword_count", {"keyword": "cat", "at_least": 2}, "Cat, cat!", True, "2 time(s)"),
        ("keyword_count", {"keyword": "a.b", "exactly": 0}, "axb", True, "0 time(s)"),
        ("keyword_count", {"keyword": "cat", "at_most": 0, "whole_word": True}, "concatenate", True, "0"),
        ("forbidden_words", ["good", "nice"], "A goodly sum.", True, "none of"),
        ("forbidden_words", ["good", "nice"], "That is NICE.", False, "used 'nice'"),
        ("repeats_request", "Write a poem.", "write a poem.\nRoses are red.", True, "starts with"),
        ("repeats_request", "Write a poem.", "Sure! Write a poem.", False, "at character 0"),
        ("two_responses", None, "First.\n******\nSecond.", True, "two different"),
        ("two_responses", None, "Same.\n******\nSame.", False, "the same"),
        ("two_responses", None, "One only.", False, "1 response(s)"),
        ("response_language", "fr", "Bonjour, je voudrais un café, s'il vous plaît.", True, "French"),
        ("response_language", "fr", "Hello, I would like a coffee, please.", False, "English, not French"),
        ("response_language", "en", "```python\nprint('hola')\n```\nThis prints a greeting.", True, "English"),
    ],
)  # fmt: skip
def test_verdict_and_evidence(
    name: str, params: Any, text: str, passed: bool, evidence: str
) -> None:
    result = verdict(name, params, text)
    assert result.passed is passed, result.detail
    assert evidence in result.detail


def test_reply_language_follows_the_user_or_the_required_language() -> None:
    spanish_user = [{"role": "user", "content": "¿Cuál es la capital de Italia?"}]
    answer = "La capital de Italia es Roma, una ciudad muy bonita y llena de historia."
    assert verdict("reply_language", None, answer, spanish_user).passed
    wrong = verdict("reply_language", None, "The capital of Italy is Rome.", spanish_user)
    assert not wrong.passed and "English, not Spanish (the user wrote)" in wrong.detail
    required = verdict("reply_language", "de", "Die Hauptstadt von Italien ist Rom.", spanish_user)
    assert required.passed and "the system prompt requires" in required.detail
    assert not verdict("reply_language", None, "Rome.", []).passed


@pytest.mark.parametrize(
    ("spec", "reason"),
    [
        ({"word_count": {}}, "give at least one of `at_least`, `at_most`, `exactly`"),
        ({"word_count": {"at_least": 5, "at_most": 2}}, "at_least (5) is above at_most (2)"),
        ({"sentence_count": {"exactly": 2, "at_most": 3}}, "give `exactly` alone"),
        ({"response_language": "xx"}, "unsupported language 'xx'"),
        ({"forbidden_words": [""]}, "an empty word cannot be forbidden"),
        ({"paragraph_count": {"exactly": 1, "separator": "---"}}, "separator"),
        ({"bullet_count": {"exactly": 1, "bogus": 1}}, "bogus"),
    ],
)
def test_bad_parameters_are_refused_with_the_reason(spec: dict[str, Any], reason: str) -> None:
    with pytest.raises(ValueError) as info:
        CheckSpec.model_validate(spec)
    assert reason in str(info.value)
