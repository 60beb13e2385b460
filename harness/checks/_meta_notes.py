"""Terse notes before the answer: the same content twice, first as the writer's notes.

"Quesito: calorie in 100 g di pasta. Valore: ~350 kcal. Fonte: tabelle CREA." and then
"100 g di pasta secca apportano circa 350 kcal…"; "need: chmod so only owner can read →
600." and then "`chmod 600 secrets.env`". A note block opens the text with short labelled
fields ("Goal:", "Tone:", "Input:", "要件：", "Cel:"), at least one of them about producing
the reply, and the answer that follows repeats what the notes worked out. A recipe card or a
spec sheet has fields too, but about its subject ("Serves:", "Prep time:"); a template the
reader asked for is introduced as one ("Here's a prompt template:"), and nothing repeats it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from harness.checks._meta_shapes import SOLUTION
from harness.checks._text import LIST_LINE, PARAGRAPH_BREAK

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
_MAX_WORDS = 60


def note_signs(text: str) -> Iterator[tuple[str, float, int, int, bool]]:
    """A block of terse labelled notes opening the text, whose content the answer repeats."""
    # The notes end at the first blank line, or (without one) after the first line.
    lead = len(text) - len(text.lstrip())
    brk = PARAGRAPH_BREAK.search(text)
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
