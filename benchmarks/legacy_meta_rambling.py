"""The `meta_rambling` rules as they were before issue 17, kept to measure the change against.

A frozen copy of `find_rambling` from the phrase-based detector; not used by the harness.

Two kinds of evidence. Strong phrases are meta on their own ("We need to answer",
"Let's craft a response", "The assistant responded", a `<think>` block). Talk about "the
user" is meta only beside a second sign in the same stretch of text (the assistant, a
plan to answer or respond, the user's question), because software documentation talks
about "the user" all the time.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
RESPOND = r"(?:answer|respond|reply|address|comply|clarify|acknowledge)"
PLAN = (
    rf"(?:{RESPOND}|explain|provide|give|mention|elaborate|offer|keep\s+it|focus|include|start\s+with|"
    r"state|say|note|list|describe|greet|output)"
)
OUTPUT = r"(?:response|answer|reply|final answer|output|message)"
ANSWER = r"(?:response|answer|reply)"

STRONG = (
    ("reasoning block", re.compile(r"</?think(?:ing)?>", _I)),
    (
        "reasoning channel",
        re.compile(
            r"<\|channel\|>\s*(?:analysis|commentary)|^\s*(?:analysis|commentary)(?=[A-Z])|assistantfinal",
            re.MULTILINE,
        ),
    ),
    (
        "reasoning channel",
        re.compile(
            r"^\s*(?:analysis|commentary)\b.*?\b(?:assistant)?final\s*[:：]", _I | re.DOTALL
        ),
    ),
    (
        "quoting the user",
        re.compile(
            r"(?<!\bif\s)(?<!\bwhen\s)(?<!\bonce\s)\bthe\s+user\s+(?:asks|asked|is\s+asking|says|said|writes|wrote)"
            r"\s*[:,]?\s*[\"“'«]",
            _I,
        ),
    ),
    (
        "narrating the conversation",
        re.compile(
            r"\b(?:it|this)\s+(?:seems|looks|sounds|appears)\s+(?:like|that|as if)\s+the\s+user\b",
            _I,
        ),
    ),
    (
        "narrating the conversation",
        re.compile(
            r"(?:^|[.!?]\s+)(?:okay|ok|alright|so|hmm|well)[,.!]?\s+(?:so\s+)?the\s+user\b|"
            r"\b(?:figure\s+out|understand|determine|clarify)\s+what\s+the\s+user\s+(?:is\s+asking|wants|means|needs)\b|"
            rf"\b(?:I'll|I\s+will|let\s+me|I\s+should|I\s+need\s+to)\s+{RESPOND}\s+(?:to\s+)?the\s+user\b",
            _I | re.MULTILINE,
        ),
    ),
    (
        "narrating the assistant",
        re.compile(
            r"\bthe\s+assistant\s+(?:responded|replied|answered|said|says|"
            rf"(?:should|must|needs?\s+to|has\s+to|is\s+(?:supposed|expected)\s+to)\s+(?:{PLAN}|be|not|avoid))\b",
            _I,
        ),
    ),
    (
        "planning the answer",
        re.compile(
            rf"\bwe\s+(?:need\s+to|have\s+to|should|must|want\s+to|ought\s+to)\s+(?:{RESPOND}|provide\s+(?:an?|the)\s+{OUTPUT}|"
            rf"craft|draft|write\s+(?:an?|the)\s+{OUTPUT}|produce\s+(?:an?|the)\s+{OUTPUT}|"
            r"be\s+(?:concise|brief|careful|helpful)|follow\s+the\s+(?:instructions|guidelines|policy))\b",
            _I,
        ),
    ),
    (
        "planning the answer",
        re.compile(
            rf"\blet(?:'|’)?s\s+(?:craft|draft|write|compose|produce|formulate|prepare|give|provide)\s+"
            rf"(?:an?\s+|the\s+|our\s+|a\s+final\s+)?(?:\w+\s+)?{OUTPUT}\b",
            _I,
        ),
    ),
    (
        "planning the answer",
        re.compile(
            rf"\blet\s+me\s+(?:craft|draft|write|compose|formulate|prepare)\s+(?:an?\s+|the\s+|my\s+)?(?:\w+\s+)?{OUTPUT}\b",
            _I,
        ),
    ),
    (
        "planning the answer",
        re.compile(
            r"\bwe\s+can\s+(?:elaborate|expand\s+on|also\s+mention|mention\s+that|add\s+that)\b", _I
        ),
    ),
    (
        "planning the answer",
        re.compile(
            rf"\b(?:the|my|our)\s+(?:final\s+)?{OUTPUT}\s+(?:should|must|will)\s+(?:be|include|mention|state)\b",
            _I,
        ),
    ),
    (
        "restating instructions",
        re.compile(
            r"\b(?:the\s+)?(?:system|developer)\s+(?:prompt|message|instructions?)\s+"
            r"(?:says|said|tells|told|asks|asked|wants|requires|instructs|states)\b|"
            r"\b(?:as\s+(?:instructed|required|asked)|per)\s+(?:by\s+)?(?:the|my)\s+(?:system|developer)\s+(?:prompt|message|instructions?)|"
            r"\b(?:I\s+(?:am|was)\s+instructed\s+to|my\s+instructions\s+(?:say|are|tell)|"
            r"according\s+to\s+(?:the|my)\s+(?:system\s+prompt|instructions|guidelines))\b",
            _I,
        ),
    ),
)

USER_MENTION = re.compile(
    r"\bthe\s+user(?:'s|’s)?\s+(?:asks|asked|is\s+asking|wants|wanted|requests|requested|is\s+requesting|"
    r"says|said|might|may|probably|likely|seems|just|question|request|message|query|prompt)\b",
    _I,
)
SECOND_SIGN = re.compile(
    r"\bthe\s+assistant\b|\bthe\s+conversation\b|"
    rf"\bwe\s+(?:need|should|can|could|must|will|might)\s+(?:to\s+)?(?:also\s+)?{PLAN}\b|"
    rf"\b(?:I|we)\s+(?:should|will|can|need\s+to)\s+{PLAN}\b|"
    rf"\b(?:a|my|our)\s+(?:brief|short|final|concise|helpful|friendly|direct|simple)\s+{ANSWER}\b|"
    rf"\b(?:my|our)\s+{ANSWER}\b|"
    r"\bthe\s+user\s+(?:asks|asked|is\s+asking)\s*:?\s*[\"“']|"
    r"\bthe\s+user\s+(?:might|may|probably|likely)\s+(?:want|need|expect)s?\s+(?:more|further|additional|a)\b",
    _I,
)
WINDOW = 240


def find_rambling(text: str) -> tuple[str, re.Match[str]] | None:
    """The first piece of meta-commentary found, with its kind, or None."""
    for name, pattern in STRONG:
        match = pattern.search(text)
        if match:
            return name, match
    for match in USER_MENTION.finditer(text):
        lo, hi = max(0, match.start() - WINDOW), min(len(text), match.end() + WINDOW)
        around = (
            text[lo : match.start()] + " " * (match.end() - match.start()) + text[match.end() : hi]
        )
        if SECOND_SIGN.search(around):
            return "narrating the user", match
    return None
