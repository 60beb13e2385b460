"""The request told without a subject, in the note the writer leaves itself before the answer.

Models that narrate in note style drop the subject: "Pregunta por el plazo de devolución.",
"Undrar hur man lagar en punktering.", "Chiede se può portare il cane.", "Will eine Funktion,
die Duplikate entfernt.", "Ankara'dan Kapadokya'ya nasıl gidileceğini soruyor.", "Question
about tipping in Japan.", "東京から京都への行き方を知りたいらしい。". The verb is in the third
person, so it is not the writer speaking; there is no "you", so it is not advice; and an answer
follows in a paragraph of its own, so the sentence stands before the answer as a note about
the request.

Imperatives share some of these forms ("Pregunta en recepción…", "Demande à ton médecin"), so
only forms that a request takes (a question word, "about", "to know") count, and only in a
short first paragraph that the answer follows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from harness.checks._meta_aside import TO_READER
from harness.checks._text import PARAGRAPH_BREAK
from harness.checks._text import alternation as _alt

_I = re.IGNORECASE

_WH = r"(?:if|whether|how|what|which|when|where|why|si|se|ob|of|om|czy|cómo|como|come|comment|wie|hoe|hur|jak)"
# A third-person request verb opening the first sentence, with no subject.
ASKS = re.compile(
    _alt(
        rf"(?:wants|needs)\s+(?:to\s+know|a|an|some)\b|asks\s+(?:for|about|{_WH})\b|asking\s+(?:about|for|{_WH})\b|"
        r"(?:a\s+)?(?:(?!great|good|excellent|interesting|fair|nice|fun|lovely|tricky|fantastic)[\w-]+\s+)?"
        r"question\s+(?:about|on|re)\b|q\s+re\b|(?:a\s+)?request\s+for\s+(?:a|an)\b|"
        r"question['’]s\s+in\s+\w+|(?:writing|writes|asked)\s+in\s+(?-i:[A-Z])\w+\b|bit\s+of\s+an?\s+[\w-]+\s+(?:request|question|ask)\b|"
        r"(?:somebody|someone)\s+(?!who\b|that\b)[^.!?\n]{0,60}?(?:by\s+the\s+looks?\s+of\s+it|apparently|it\s+seems)",
        r"(?:pregunta|consulta)\s+(?:por|sobre|si|cómo|qué|cuál|cuándo|dónde|cuánto)(?!\w)|quiere\s+(?:saber|que)(?!\w)|"
        r"pregunta\s+de\s+(?:un|una|alguien)(?!\w)|consulta\s+de\s+(?:un|una|alguien)(?!\w)",
        r"(?:pergunta|quer)\s+(?:se|como|sobre|qual|quando|onde|quanto|saber|o\s+que)(?!\w)|pergunta\s+de\s+quem(?!\w)",
        r"(?:chiede|domanda)\s+(?:se|come|quale|quando|dove|quanto|cosa)\b|vuole\s+sapere\b",
        r"(?:demande|se\s+demande)\s+(?:si|comment|quel|quelle|quand|où|combien|ce\s+qu)|veut\s+savoir\b|question\s+sur\b",
        r"will\s+(?:wissen|eine?n?)\b|fragt\s+(?:nach|ob|wie|was|wann|wo)\b|frage\s+nach\b|möchte\s+wissen\b|"
        r"(?:jemand|quelqu['’]un|alguien|qualcuno|alguém|iemand|ktoś)\s+(?!der\b|die\b|qui\b|que\b|che\b)[^.!?\n]{0,60}?"
        r"(?:offenbar|anscheinend|apparemment|al\s+parecer|a\s+quanto\s+pare|pelo\s+jeito|zo\s+te\s+zien|najwyraźniej)",
        r"vraagt\s+(?:of|hoe|naar|wat|wanneer|waar)\b|wil\s+weten\b|vraag\s+over\b",
        r"undrar\s+(?:hur|om|vad|när|var|vilken)\b|vill\s+veta\b|frågar\s+(?:om|hur|efter)\b|der\s+spørges\s+om\b",
        r"pyta\s+(?:o|czy|jak|co|kiedy|gdzie|ile)(?!\w)|chce\s+wiedzieć(?!\w)|pytanie\s+o(?!\w)|chodzi\s+(?:więc\s+|tu\s+)?o(?!\w)",
        # the topic, with the discourse "so": "Es geht also um…", "Il s'agit donc de…"
        r"es\s+geht\s+also\s+um\b|il\s+s['’]agit\s+donc\s+d|se\s+trata\s+entonces\s+de\b|si\s+tratta\s+quindi\s+di\b|"
        r"het\s+gaat\s+dus\s+om\b|(?:the\s+)?(?:last|previous|earlier)\s+message\s+(?:was|said|asked|mentioned)\b|"
        r"translating\s+(?:in)?to\s+\w+\s*[;,—–]|(?:(?:ok|okay|so)\s+)?(?:the\s+)?(?:thing|ask)\s+is\s+about\b|"
        r"sta\s+cercando\b|está\s+(?:buscando|procurando)(?!\w)|ищет(?!\w)|szuka(?!\w)",
        r"(?:спрашивает|интересуется|уточняет)(?!\w)|хочет\s+(?:узнать|понять)(?!\w)|вопрос\s+(?:про|о|об)(?!\w)",
        r"vrea\s+(?:să|o|un)\b|întreabă\b|ρωτάει|θέλει\s+να|שואל|שואלת|רוצה\s+לדעת|kérdezi\b|"
        r"(?:bạn\s+ấy\s+)?hỏi\b|(?:dia\s+)?(?:bertanya|menanyakan)\b|पूछ\s+रह[ेी]",
    ),
    _I,
)
# Verb-final languages end the sentence on it: "…nasıl gidileceğini soruyor."
ASKS_LAST = re.compile(
    r"(?<!\w)(?:soruyor|istiyor|merak\s+ediyor|öğrenmek\s+istiyor)[.!]|"
    r"(?:知りたい|聞きたい|教えてほしい|相談|質問|話)(?:らしい|みたい|のようだ|っぽい)|"
    r"(?:원하는|묻는|궁금한|알고\s*싶은)\s*(?:듯|것\s*같)|물어봄|"
    r"^(?:问的是|想知道|在问)|(?:这题|这道题|这个问题)(?:是)?(?:在)?问",
    _I | re.MULTILINE,
)
# The writer's own sentence opening the text: not a heading, a quote, a list or a label.
_FIRST_SENTENCE = re.compile(r"[^.!?。！？\n]+[.!?。！？]?")
_MAX_WORDS = 45


def subjectless_signs(text: str) -> Iterator[tuple[str, float, int, int, bool]]:
    """A short first paragraph that tells the request with no subject, before the answer."""
    body = text.lstrip()
    gap = PARAGRAPH_BREAK.search(body)
    if gap is None or len(body) - gap.end() < 10:
        return  # nothing after it (code and quotes come blanked): the note would be the answer
    head = body[: gap.start()]
    if len(head.split()) > _MAX_WORDS or head[:1] in "#>-*|`\"'«„“[(" or TO_READER.search(head):
        return
    first = _FIRST_SENTENCE.match(head)
    if first is None or first.group().rstrip().endswith(("?", ":", "!")):
        return  # "Quiere saber más?": to the reader; "Pregunta:": a label; "Great question about…!"
    offset = text.find(body)
    opening = ASKS.match(first.group().lstrip())
    if opening:
        start = offset + first.start() + (len(first.group()) - len(first.group().lstrip()))
        yield "narrates the request", 1.5, start, start + opening.end(), False
        return
    closing = ASKS_LAST.search(first.group())
    if closing:
        yield "narrates the request", 1.5, offset + closing.start(), offset + closing.end(), False


# The input described as the one asking: "The text is looking for a synonym", "Die Eingabe ist
# ein englischer Satz und soll übersetzt werden", "El texto está en inglés y pide traducirlo".
INPUT_TOLD = re.compile(
    r"\A\s*(?:(?:the|this)\s+(?:text|input|prompt)\s+(?:is\s+looking\s+for|asks\s+for|wants)\b|(?:user\s+)?input\s+is\b|"
    r"die\s+eingabe\s+ist\b|der\s+text\s+(?:ist\s+auf\s+\w+\s+und\s+)?(?:soll|will)\b|"
    r"el\s+texto\s+(?:está\s+en\s+\w+\s+y\s+)?pide(?!\w)|le\s+texte\s+(?:est\s+en\s+\w+\s+et\s+)?demande\b|"
    r"il\s+testo\s+(?:è\s+in\s+\w+\s+e\s+)?chiede\b|o\s+texto\s+(?:está\s+em\s+\w+\s+e\s+)?pede(?!\w))",
    _I,
)


def input_signs(text: str) -> Iterator[tuple[str, float, int, int, bool]]:
    """The text opens by telling what the input asks for, in the third person."""
    told = INPUT_TOLD.match(text)
    if told and len(text) - told.end() > 20:
        yield "narrates the request", 1.5, told.start(), told.end(), True
