"""The asker's situation told in the third person before the answer starts.

Small and chatty models open by describing the person they are answering to themselves:
"So they've got a starter that smells of acetone and they're worried it's dead.", "Okay, die
Person hat vermutlich keine Spätzlepresse", "Vale, esta persona viaja con líquidos…",
"Человек едет в Стамбул на три дня…". No clean answer needs to: it speaks to the reader, or
about its subject. The sign is a sentence among the first few, before the answer, whose
subject is a person in the third person:

- a noun for the person ("the person", "esta persona", "die Person", "человек"), unless a
  relative clause, a participle or a modal makes it a statement about people in general ("A
  person who…", "The person asking for a refund must…", "Человек может…");
- or a pronoun ("they", "ele", "она") after a discourse opener or a hedge ("So they…",
  "Okay, she…", "Apparently he…"): a bare "They are fungi." answers about its subject.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from harness.checks._text import PARAGRAPH_BREAK

_I = re.IGNORECASE

_OPENER = (
    r"so|okay|ok|alright|right|well|hmm+|ah|oh|bon|alors|donc|also|gut|ach|vale|bueno|pues|allora|dunque|"
    r"então|bom|oké|nou|goed|więc|dobra|итак|так|значит|ладно|tamam|peki|demek\s+ki|o\s+zaman"
)
_HEDGE = (
    r"apparently|evidently|clearly|probably|presumably|visiblement|apparemment|manifestement|offenbar|anscheinend|"
    r"vermutlich|evidentemente|aparentemente|al\s+parecer|a\s+quanto\s+pare|pelo\s+jeito|blijkbaar|kennelijk|"
    r"najwyraźniej|chyba|видимо|похоже|по-видимому|görünüşe\s+göre|galiba|"
    r"(?:it\s+)?(?:seems|sounds|looks)(?:\s+like)?|parece\s+que|il\s+semble\s+que|es\s+scheint,?\s+(?:als\s+ob\s+)?|"
    r"sembra\s+che|يبدو\s+أن|"
    # what the writer gathered from the message: "Da quanto capisco", "Pelo que entendi"
    r"as\s+I\s+understand\s+it|from\s+what\s+I\s+(?:gather|understand)|da\s+quanto\s+capisco|per\s+quanto\s+capisco|"
    r"por\s+lo\s+que\s+entiendo|pelo\s+que\s+entendi|si\s+je\s+comprends\s+bien|wenn\s+ich\s+(?:das\s+)?richtig\s+verstehe|"
    r"zo\s+te\s+zien|als\s+ik\s+het\s+goed\s+begrijp|z\s+tego,?\s+co\s+rozumiem|насколько\s+я\s+понимаю|"
    r"anladığım\s+kadarıyla"
)
# Nouns for the person asking; generic "someone" and "user" are left to the other rules.
_PERSON = (
    r"the\s+person(?!\s+(?:in|from|at|on|with)\b)|this\s+person|the\s+asker|die\s+person|diese\s+person|der\s+fragende|"
    r"la\s+personne|cette\s+personne|la\s+persona|esta\s+persona|questa\s+persona|a\s+pessoa|essa\s+pessoa|"
    r"esta\s+pessoa|de\s+persoon|deze\s+persoon|ta\s+osoba|ktoś|человек|собеседник|الشخص|bu\s+kişi"
)
_PRONOUN = (
    r"they(?:['’](?:re|ve|d|ll))?|he(?:['’]s)?|she(?:['’]s)?|er|elle|él|ella|ele|ela|lui|hij|zij|ze|"
    r"ona|oni|он|она|они"
)
# What turns the noun into a statement about people in general.
_GENERAL = (
    r"\s*(?:,\s*)?(?:who|that|which|der|die|das|dat|qui|que|che|который|которая|która|który|kto|"
    r"can|could|may|might|should|must|will|kann|muss|soll|darf|peut|doit|puede|debe|pode|deve|può|"
    r"kan|moet|mag|może|musi|может|должен|должна|—|–|-|=|:|is\s+(?:a|an|the)\b|ist\s+ein|est\s+une?\b|es\s+una?\b|"
    r"è\s+una?\b|é\s+uma?\b|это\b)"
)
# The person left out (pro-drop) or set after the verb (verb-second): "vuole sapere se…",
# "wil hij weten of…", "её интересует…".
_WANTS = (
    r"(?:vuole|quiere|quer|veut)\s+(?:sapere|saber|savoir)|(?:chiede|pregunta|pergunta|demande)\s+(?:se|si)|"
    r"(?:wil|will|möchte|vraagt|fragt|wollte|wilde)\s+(?:hij|zij|ze|er|sie)|(?:её|его|их|ее)\s+интересует|"
    r"хочет\s+(?:узнать|знать|понять)|chce\s+wiedzieć|pyta,?\s+czy|öğrenmek\s+istiyor"
)
_SENTENCE_START = r"(?:\A|(?<=[.!?…]\s)|(?<=[.!?…]))"
NARRATED_PERSON = re.compile(
    rf"{_SENTENCE_START}\s*(?P<opener>(?:(?:{_OPENER})\b[,.!…]*\s+){{0,3}})(?P<hedge>(?:{_HEDGE})\b,?\s+)?"
    rf"(?:(?P<noun>{_PERSON})(?!\s+\w+ing\b)|(?P<pronoun>{_PRONOUN}|{_WANTS}))(?![\w'’-])(?!{_GENERAL})",
    _I,
)
# Two people, "he" and "she": a story or a situation, not the one person asking.
_HE = re.compile(r"\b(?:he|him|his|er|il|él|ele|hij)\b|(?<!\w)он(?!\w)", _I)
_SHE = re.compile(r"\b(?:she|her|elle|ella|ela|zij)\b|(?<!\w)она(?!\w)", _I)
_MAX_SENTENCE = 3  # the person is told among the first sentences, before the answer


def person_signs(text: str) -> Iterator[tuple[str, float, int, int, bool]]:
    """The asker's situation in the third person, among the first sentences of the first paragraph."""
    body = text.rstrip()
    gap = PARAGRAPH_BREAK.search(body)
    head_end = gap.start() if gap else len(body)
    head = body[:head_end]
    sentences = re.findall(r"[^.!?…]+[.!?…]*", head)
    limit = sum(len(s) for s in sentences[:_MAX_SENTENCE])
    if _HE.search(head) and _SHE.search(head):
        return
    for match in NARRATED_PERSON.finditer(head, 0, limit):
        if len(body) - match.end() < 40:
            continue  # nothing after it: no answer for the narration to stand before
        framed = bool(match.group("opener").strip() or match.group("hedge"))
        if match.group("pronoun") and not framed:
            continue  # "They are fungi.": the subject of the answer, not the asker
        weight = 1.5 if match.group("hedge") else 1.0
        who = "noun" if match.group("noun") else "pronoun"
        yield "narrates the requester", weight, match.start(who), match.end(), True
