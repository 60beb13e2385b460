"""Terse notes before the answer: the same content twice, first as the writer's notes.

"Quesito: calorie in 100 g di pasta. Valore: ~350 kcal. Fonte: tabelle CREA." and then
"100 g di pasta secca apportano circa 350 kcal…"; "need: chmod so only owner can read →
600." and then "`chmod 600 secrets.env`". A note block opens the text with short labelled
fields ("Goal:", "Tone:", "Input:", "要件：", "Cel:"), at least one of them about producing
the reply, and the answer that follows repeats what the notes worked out. A recipe card or a
spec sheet has fields too, but about its subject ("Serves:", "Prep time:"); a template the
reader asked for is introduced as one ("Here's a prompt template:"), and nothing repeats it.

Notes need no labels when they compute: "millas→km, ×1,609 ≈ 8,05 — redondear y listo",
"華氏→摂氏。引いて32、掛けて5/9。100なら37.8。単位つけて返す。", then the answer "約37.8℃". The
working talks to itself: it names the conversion as a topic, ends on "fertig" or "うん", gives
itself an order about the output (round it, add the unit, only the number) or opens on a
thinking word. A worked solution computes too, but to the reader, and does not then say its
result again as a separate answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from harness.checks._meta_shapes import SOLUTION
from harness.checks._text import LIST_LINE, PARAGRAPH_BREAK, last_paragraph

_I = re.IGNORECASE | re.MULTILINE

# Question, answer and result fields alone make an FAQ or a worked exercise, not notes.
_PLAIN_LABELS = (
    r"answer|question|result|output|antwort|frage|ergebnis|ausgabe|réponse|résultat|sortie|respuesta|pregunta|"
    r"resultado|salida|risposta|domanda|risultato|uscita|resposta|pergunta|saída|antwoord|vraag|uitvoer|odpowiedź|"
    r"pytanie|wynik|ответ|вопрос|результат|вывод|問|答|问|出力|输出|질문|답|출력|data|dane|fact|facts"
)
# Labels a writer gives its own working: what is asked, for whom, how, from where, and what
# it settled on.
_WORKING_LABELS = (
    r"goal|objective|aim|need|needs|ctx|context|input|target|tone|register|format|source|working|lookup|"
    r"options(?:\s+considered)?|chosen|choice|decision|outline|requirements?|cause|fix|audience|length|"
    r"style|task|approach|plan|check|lang|language|ziel|ton|quelle|rechnung|aufgabe|ansatz|gliederung|"
    r"objectif|registre|tâche|approche|objetivo|tono|registro|fuente|tarea|enfoque|esquema|"
    r"obiettivo|scelta|fonte|quesito|valore|compito|schema|tema|tarefa|doel|bron|taak|cel|źródło|zadanie|"
    r"цель|тон|источник|формат|задача|要件|形式|目的|口調|目标|语气|来源|格式|任务|요건|형식|목표"
)
PLAIN = re.compile(_PLAIN_LABELS, re.IGNORECASE)
NOTE_LABEL = re.compile(f"{_WORKING_LABELS}|{_PLAIN_LABELS}", re.IGNORECASE)
# A field: a short label at a line or sentence start, then a colon, an equals sign or an arrow.
FIELD = re.compile(
    r"(?:^|(?<=[.;。]\s)|(?<=[.;。])|(?<=\s))(?P<label>[^\W\d_][\w ]{0,24}?)[ \t]*(?:[:：]|=(?!=))",
    re.MULTILINE,
)
ARROW = re.compile(r"→|=>|->|≈")
TO_READER = re.compile(
    r"\b(?:you|your|here(?:'s|’s|\s+is|\s+are)|template|example)\b|\b(?:voici|hier\s+ist|ecco|aquí\s+tienes|aqui\s+está)\b",
    re.IGNORECASE,
)
QUOTED = re.compile(r"\"[^\"\n]*\"|'[^'\n]*'|“[^”\n]*”|«[^»\n]*»|„[^“\n]*“|「[^」\n]*」")
# What the notes and the answer share: a number, or a word of five letters or more.
TOKEN = re.compile(r"\d+(?:[.,]\d+)?|[^\W\d_]{5,}")
NUMBER = re.compile(r"\d+(?:[.,]\d+)?")  # TOKEN's numbers alone
_MAX_WORDS = 60

# An operation between numbers: "2,5 × 236,6", "1,80/0,3048", "→ 20", "= 360".
SUM = re.compile(r"\d\s*(?:[×x*/÷+−]|→|->|=|≈)\s*[\d(π]|(?:[×x*/÷]|→|->|=|≈)\s*\d", re.IGNORECASE)
_UNIT_WORD = r"einheit\w*|units?|unité|unidad(?:es)?|unità|unidade|eenheid|jednostk\w+|единиц\w+"
WORKING_TO_ITSELF = re.compile(
    # the conversion named as a topic: "millas→km,", "華氏→摂氏。", "파운드→kg 환산 건"
    r"\A\s*(?:\w+\s+)?[^\W\d_][^\W\d_ ]{0,14}\s*(?:→|->)\s*[^\W\d_][^\W\d_ ]{0,14}(?:\s*(?:환산|換算|换算)\s*건?)?\s*[,.:;，。、]|"
    # ending on a word that closes the job: "…, fertig.", "… y listo", "うん。", "끝."
    r"[,;:—–-]\s*(?:\w+\s+)?(?:fertig|listo|done|pronto|готово|voilà|fatto|klaar|gotowe|tamam)\s*[.!]?\s*\Z|"
    r"\b(?:y|e|und|and|et)\s+(?:listo|pronto|fertig|done|voilà|fatto)\s*[.!]?\s*\Z|(?:うん|よし|好了|搞定|끝)[。.!]?\s*\Z|"
    # or on its own check of the sum: "… = 180 € TTC. OK.", "… = 0,375. Confere.", "…=152.4。无误。"
    r"[.,;:!—–。]\s*(?:ok(?:ay)?|passt|stimmt|klopt|confere|fatto|zgadza\s+się|проверено|сходится|tamam|"
    r"checks\s+out|holds|ça\s+colle|ça\s+marche|cuadra|quadra|torna|похоже\s+на\s+правду|无误|没问题|合ってる|맞음)\s*[.!。]?\s*\Z|\bnumbers\s+check\s+out\b|\bwriting\s+it\s+up\b|"
    # an order to itself about the output: round it, add the unit, only the number
    rf"(?:{_UNIT_WORD})\s*(?:dazu\w*|add\w*|ajout\w*|añad\w*|aggiung\w*|coloc\w*|toevoeg\w*|dopis\w*|добав\w*)|"
    r"(?:単位|单位|단위)\s*(?:つけ|付け|加上|붙)|(?<!\w)(?:redondear|arredondar|runden|arrondir|arrotondare|afronden|"
    r"округлить|zaokrąglić)(?!\w)|四舍五入|四捨五入|切り捨て|끊기|반올림|只回|只给数字|だけ返す|で返す|返す。|"
    # opening on a thinking word: "Deixa eu ver…", "えーと、", "Uhm…"
    r"\A\s*(?:ok(?:ay)?(?=[.,]|\s+so\b)|bon(?=\.)|так(?=,)|alright|hmm+|mmm+|uhm+|ähm|euh|eh|deixa\s+eu\s+ver|even\s+rekenen|"
    r"так,?\s+считаем|rechnen\s+wir|calculons|vamos\s+calcular|mal\s+sehen|voyons|veamos|vediamo|let['’]s\s+see|"
    r"посмотрим|えーと|ええと|음|嗯)[,.…、:：\s]",
    re.IGNORECASE,
)
_ANSWER_WORDS = 30

# Jotting: arrows between ideas, ticks, shorthand, a question put to itself and answered
# ("worth flagging? nah"): "→ refund, not exchange. → order is 45 days old", "VAT 20%. … yes.".
JOT = re.compile(
    r"(?<!\))\s(?:→|->|=>)(?!\s*[\"“«„'])|^(?:→|->)|✓|✔|✗|"
    r"(?<!\w)(?:w/o?|b/c|ppl|convo|msg|tbh|nah|yep|pls|thx|smth|sth)(?!\w)|"
    r"\?\s+(?:nah|no|yes|yep|skip|assume\w*)\b",
    _I,
)
# Arrows that belong to the content: a menu path, a limit, and a worked check to the reader.
NOT_JOT = re.compile(
    r"\b(?:go\s+to|under|in|open|click|tap|via)\s+\*?\w+\s*→|\b[a-z]\s*→\s*[\d∞-]|"
    r"\b(?:check|probe|verification|comprobación|vérification|проверка)\s*:|验算|検算|검산|"
    r"(?:確認|检验|ステップ\d)[:：]?",
    re.IGNORECASE,
)
_JOT_WORDS = 40


def note_signs(text: str) -> Iterator[tuple[str, float, int, int, bool]]:
    """A block of terse notes opening the text, whose content the answer repeats."""
    lead = len(text) - len(text.lstrip())
    brk = PARAGRAPH_BREAK.search(text)
    yield from _labelled_notes(text, lead, brk)
    if brk:
        yield from _working_notes(text, lead, brk)
        yield from _jotted_head(text, lead, brk)
        yield from _jotted_tail(text)


def _jotted_head(
    text: str, lead: int, brk: re.Match[str]
) -> Iterator[tuple[str, float, int, int, bool]]:
    """A short jotted paragraph before the answer: a sign that needs another beside it."""
    head, rest = text[lead : brk.start()], text[brk.end() :]
    if (
        len(head.split()) > _JOT_WORDS
        or not rest.strip()
        or head.rstrip().endswith((":", "："))  # a lead-in: "Spanish → English:"
        or head.startswith(("#", "**"))  # a heading or an FAQ's question
        or SOLUTION.search(text)
        or _reads_as_content(head)
    ):
        return
    jot = JOT.search(head)
    if jot:
        yield "notes to itself", 1.0, lead + jot.start(), lead + jot.end(), False


def _reads_as_content(part: str) -> bool:
    """Whether a jotted-looking paragraph is content: code, words to the reader, a list, a path."""
    return bool(
        "```" in part
        or TO_READER.search(QUOTED.sub("", part))
        or LIST_LINE.search(part)
        or NOT_JOT.search(part)
    )


def _jotted_tail(text: str) -> Iterator[tuple[str, float, int, int, bool]]:
    """A short jotted paragraph after the answer: "(sanity: n=1024 → ~10 steps. yes.)"."""
    start = last_paragraph(text)
    if start is None:
        return
    tail, before = text.rstrip()[start:], text[:start]
    if (
        len(tail.split()) > _JOT_WORDS // 2
        or len(before.split()) < 5
        or tail.startswith(("#", "**", "|"))
        or _reads_as_content(tail)
    ):
        return
    # After an answer, ticks and arrows end worked checks and formulas ("Probe: … ✓"):
    # there only shorthand, a question answered to itself, or a bracketed note count.
    bracketed = tail.startswith(("(", "（")) and tail.endswith((")", "）"))
    jot = next((m for m in JOT.finditer(tail) if bracketed or m.group()[-1:].isalpha()), None)
    if jot:
        yield "notes to itself", 1.0, start + jot.start(), start + jot.end(), False


def _working_notes(
    text: str, lead: int, brk: re.Match[str]
) -> Iterator[tuple[str, float, int, int, bool]]:
    """Unlabelled working that talks to itself, then a short answer that repeats its result."""
    head, rest = text[lead : brk.start()], text[brk.end() :].strip()
    worked = NUMBER.findall(head)
    if (
        not rest
        or "\n\n" in rest
        or len(rest.split()) > _ANSWER_WORDS
        or len(head.split()) > _MAX_WORDS
        or not (SUM.search(head) or len(worked) >= 3)
        or TO_READER.search(QUOTED.sub("", head))
        or LIST_LINE.search(head)
    ):
        return
    talk = WORKING_TO_ITSELF.search(head)
    if talk and set(worked) & set(NUMBER.findall(rest)):
        yield "notes to itself", 2.0, lead + talk.start(), lead + talk.end(), False


def _labelled_notes(
    text: str, lead: int, brk: re.Match[str] | None
) -> Iterator[tuple[str, float, int, int, bool]]:
    """A block of short labelled fields opening the text, whose content the answer repeats."""
    # The notes end at the first blank line, or (without one) after the first line.
    end = brk.start() if brk else text.find("\n", lead)
    if end < 0:
        return
    head, rest = text[lead:end], text[end:]
    if (
        not rest.strip()
        or len(head.split()) > _MAX_WORDS
        or TO_READER.search(
            QUOTED.sub("", head)
        )  # a quoted "thank you" is the material, not the reader
        or len(LIST_LINE.findall(head)) >= 2  # numbered steps: a worked solution
    ):
        return
    fields = [m for m in FIELD.finditer(head) if len(m.group("label").split()) <= 2]
    if not fields or fields[0].start() > 40:
        return
    noted = [m for m in fields if NOTE_LABEL.fullmatch(m.group("label").strip())]
    working = [m for m in noted if not PLAIN.fullmatch(m.group("label").strip())]
    if not working or SOLUTION.search(text) or (len(fields) < 2 and not ARROW.search(head)):
        return
    values = {t.lower() for t in TOKEN.findall(FIELD.sub(" ", head))}
    labels = {m.group("label").strip().lower() for m in fields}
    shared = {t.lower() for t in TOKEN.findall(rest)} & (values - labels)
    if shared:
        yield "notes to itself", 2.0, lead + working[0].start(), lead + working[0].end(), False
