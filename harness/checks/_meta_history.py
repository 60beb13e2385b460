"""The conversation's history told aloud: the same thing asked again, an earlier reply that failed.

A reply that knows the history speaks to the reader ("Sorry the last fix didn't help you").
A leaked note tells it to itself, in the third person or with no person at all: "Third
rewording of the same thing, so the earlier suggestions didn't land.", "Segunda vez que
aparece a mesma dúvida, então a explicação anterior não ficou clara.", "이번에도 같은 오류
메시지. 앞에서 제시한 방법이 안 통했다는 뜻이니…", "又问了同样的问题，上次的解释没讲清楚。".

Two shapes, each in many languages:

- ASKED_AGAIN: the same question, error or problem coming back ("same error again", "zum
  dritten Mal dieselbe Frage", "otra vez lo del router", "опять тот же вопрос", "また同じ質問").
  A bare "zum dritten Mal angerufen" or "третий раз пишет" is left alone: minutes and
  e-mails say it of customers;
- EARLIER_REPLY_FAILED: an earlier explanation, suggestion or fix of this chat that did not
  work or was not understood ("the previous explanation clearly wasn't clear", "la
  spiegazione precedente non è bastata", "之前的方法没用").

A changelog's "the previous version didn't support X" names a product's version, not a
reply, so "version" counts only beside a word that judges a reply (too long, unclear).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from harness.checks._text import alternation as _alt

_I = re.IGNORECASE

_THING = (
    r"question|thing|error|problem|issue|doubt|request|topic|message|traceback|complaint|"
    r"frage|fehler|anliegen|fehlermeldung|erreur|problème|demande|sujet|pregunta|problema|duda|"
    r"consulta|tema|domanda|errore|dubbio|richiesta|pergunta|erro|dúvida|pedido|assunto|вопрос|ошибк\w+|проблем\w+|тем\w+"
)
ASKED_AGAIN = re.compile(
    _alt(
        rf"(?<!ask\s)(?<!ask\sthe\s)\b(?:the\s+)?same\s+(?:[\w-]+\s+)?(?:{_THING})\s+(?:again|once\s+more|keeps\s+coming)\b|"
        rf"\b(?:again|once\s+more)\s+the\s+same\s+(?:{_THING})\b|"
        r"\b(?:second|third|fourth|2nd|3rd|4th)\s+time\s+(?:this|that|the\s+same|it)\s+(?:comes?\s+up|came\s+up|gets?\s+asked|"
        r"was\s+asked|is\s+asked|shows?\s+up|has\s+come\s+up)\b|"
        r"\b(?:second|third|fourth)\s+(?:rewording|rephrasing|round|attempt)\s+of\s+the\s+same\b|"
        r"\b(?:two|three|several)\s+rounds\s+of\s+clarification\b|\basked\s+(?:it|this|that)\s+again\b",
        rf"\b(?:schon\s+)?wieder\s+(?:die|dieselbe|derselbe|dasselbe|das\s+gleiche|der\s+gleiche|die\s+gleiche)\s+(?:{_THING})\b|"
        r"\bzum\s+(?:zweiten|dritten|vierten)\s+mal\s+(?:dieselbe|die\s+gleiche|das\s+gleiche)\b",
        rf"\b(?:encore|à\s+nouveau|de\s+nouveau)\s+(?:la\s+même|le\s+même)\s+(?:{_THING})\b|"
        r"\b(?:deuxième|troisième)\s+fois\s+(?:que|qu['’])",
        rf"(?<!\w)(?:otra\s+vez|de\s+nuevo)\s+(?:lo\s+de(?:l)?\b|la\s+misma\s+(?:{_THING})|el\s+mismo\s+(?:{_THING}))|"
        r"(?<!\w)(?:segunda|tercera)\s+vez\s+que(?!\w)",
        rf"\b(?:di\s+nuovo|ancora)\s+(?:la\s+stessa|lo\s+stesso)\s+(?:{_THING})\b|\b(?:seconda|terza)\s+volta\s+che\b",
        rf"(?<!\w)(?:de\s+novo|outra\s+vez|novamente)\s+(?:a\s+mesma|o\s+mesmo)\s+(?:{_THING})(?!\w)|"
        r"(?<!\w)(?:segunda|terceira)\s+vez\s+que\s+(?:aparece|chega|vem|surge)(?!\w)",
        rf"(?<!\w)(?:опять|снова|вновь)\s+(?:тот\s+же|та\s+же|то\s+же|тот\s+самый|та\s+самая|то\s+самое)\s+(?:{_THING})",
        r"又(?:问|來|来|是)了?(?:同样|一样|相同|这个)|第(?:二|三)次(?:问|提到|来问)|同样的问题又",
        r"また同じ(?:質問|エラー|問題|話)|同じ質問が(?:また|再び)|(?:二|三)回目の(?:質問|問い合わせ)",
        r"이번에도\s*같은|또\s*같은\s*(?:질문|오류|문제|에러)|(?:두|세)\s*번째\s*(?:질문|같은)",
    ),
    _I,
)
_REPLY_THING = (
    r"explanation|answer|suggestions?|fix|attempt|reply|response|solution|advice|approach|"
    r"erklärung|antwort|lösung|vorschlag|explication|réponse|explicación|respuesta|sugerencia|"
    r"solución|spiegazione|risposta|soluzione|suggerimento|explicação|resposta|sugestão|solução|объяснени\w+|ответ\w*|"
    r"совет\w*|решени\w+|способ\w*"
)
EARLIER_REPLY_FAILED = re.compile(
    _alt(
        rf"\b(?:the|that|whatever\s+the)\s+(?:previous|earlier|last|first|original)\s+(?:{_REPLY_THING})s?\s+(?:were\s+|was\s+)?"
        r"(?:didn['’]t|did\s+not|wasn['’]t|was\s+not|weren['’]t|must\s+not|clearly|evidently|apparently|obviously|failed|"
        r"was\s+considered|missed|went\s+over|landed\s+badly|they\s+didn['’]t)\b|"
        r"\bwhatever\s+the\s+(?:earlier|previous)\s+(?:{_REPLY_THING})s?\s+were\b|"
        r"\b(?:{_REPLY_THING})s?\s+(?:suggested|given|offered)\s+(?:earlier|before|previously)\s+(?:evidently\s+|clearly\s+|apparently\s+)?"
        r"(?:didn['’]t|did\s+not|wasn['’]t|failed)\b|"
        r"\b(?:previous|earlier|last)\s+version\s+(?:was\s+(?:considered|judged|found)\s+)?(?:too\s+(?:long|short|technical|vague)|unclear)\b",
        rf"\b(?:die|meine)\s+(?:vorige|vorherige|letzte|erste)\s+(?:{_REPLY_THING})\s+(?:hat|war|kam|ist)\s+(?:\w+\s+){{0,2}}?"
        r"(?:nicht|zu)\b",
        rf"\b(?:l['’]|la\s+|le\s+)(?:{_REPLY_THING})\s+précédente?\s+(?:n['’]|ne\s|était|a\s+été|n['’]a)",
        rf"(?<!\w)(?:la|el)\s+(?:{_REPLY_THING})\s+anterior\s+(?:no|fue|era|se)(?!\w)",
        rf"\b(?:la|il)\s+(?:{_REPLY_THING})\s+precedente\s+(?:non|era|è)\b",
        rf"(?<!\w)(?:a|o)\s+(?:{_REPLY_THING})\s+anterior\s+(?:não|foi|era)(?!\w)|"
        r"(?<!\w)a\s+versão\s+anterior\s+foi\s+considerada(?!\w)",
        rf"(?<!\w)(?:предыдущ\w+|прошл\w+|прежн\w+)\s+(?:{_REPLY_THING})\s+(?:не|был\w*\s+(?:непонятн|слишком))",
        r"(?:之前|上次|刚才|前面)(?:给)?的(?:解释|回答|方法|建议|办法)(?:没|不|还是|显然)",
        r"(?:さっき|前|先ほど|前回)の(?:説明|回答|方法|提案)(?:では|が|は|で)(?:だめ|伝わら|通じ|うまく|足りな|解決しな)",
        r"(?:앞에서|아까|이전에)\s*(?:제시한|말한|알려\s*준|드린)\s*(?:방법|설명|답변)이\s*(?:안|통하지|효과가\s*없)",
    ),
    _I,
)


# An apology opening the sentence says the failure to the reader: "Sorry the earlier
# explanation wasn't clear! Simply put: …".
APOLOGY_BEFORE = re.compile(
    r"(?:sorry|apologies|désolée?|perdón|lo\s+siento|disculpa|scusa(?:te)?|mi\s+dispiace|desculp[ae]|"
    r"entschuldig\w*|tut\s+mir\s+leid|przepraszam|извин\w+|прошу\s+прощения|özür\s+dilerim|ごめん|すみません|申し訳|"
    r"抱歉|对不起|不好意思)[^.!?。！？\n]{0,12}$",
    _I,
)


def history_signs(text: str) -> Iterator[tuple[str, float, int, int, bool]]:
    """(rule, weight, start, end, needs_unaddressed) for the history of this chat told aloud."""
    for pattern in (ASKED_AGAIN, EARLIER_REPLY_FAILED):
        for found in pattern.finditer(text):
            if not APOLOGY_BEFORE.search(text, max(0, found.start() - 40), found.start()):
                yield "narrates the conversation", 1.5, found.start(), found.end(), True
