"""The reply's language, decided aloud: "Die Nachricht kam auf Deutsch, also bleibt es bei Deutsch."

A model that narrates which language to answer in names the language twice in one sentence,
once for the message it got and once for the reply it will give, with a reason between:
"Le message est en français, autant rester en français.", "对方写的是中文，那就用中文回复。",
"日本語で来ているので日本語で返す。", "한국어로 물어봤으니 한국어로.". A clean answer names a
language twice too ("In French, 'bonjour'…; French speakers…"), but not as cause and effect
of the text being written, and not in the first or last paragraph set apart from the answer.
Said to the reader ("Since you wrote in French…") it is a courtesy, not a note to self.

A shorter note opens the text with the language as the reply's spec: "Italian reply needed.",
"Japanese output, polite form.", "Portuguese (Brazil) reply, informal 'você'.", "German it
is.". A translation labels its result with a colon ("German translation:"); the note ends on
a full stop or a comma and goes on about the reply.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from harness.checks._meta_aside import REASON, TO_READER
from harness.checks._text import PARAGRAPH_BREAK

# Each language by its names in the languages models most often answer in.
_LANGUAGES = (
    r"english|englisch|anglais|ingl[ée]s|inglese|английск\w*|英语|英文|英語|영어",
    r"german|deutsch|allemand|alem[áa]n|tedesco|alemão|немецк\w*|德语|ドイツ語|독일어",
    r"french|französisch|fran[çc]ais|franc[ée]s|francese|французск\w*|法语|フランス語|프랑스어",
    r"spanish|spanisch|espagnol|español|spagnolo|espanhol|испанск\w*|西班牙语|スペイン語|스페인어",
    r"italian|italienisch|italien|italiano|итальянск\w*|意大利语|イタリア語|이탈리아어",
    r"portuguese|portugiesisch|portugais|portugu[ée]s|portoghese|португальск\w*|葡萄牙语|ポルトガル語|포르투갈어",
    r"russian|russisch|russe|ruso|russo|русск\w*|по-русски|俄语|ロシア語|러시아어",
    r"chinese|chinesisch|chinois|chino|cinese|chinês|китайск\w*|中文|汉语|中国語|중국어",
    r"japanese|japanisch|japonais|japon[ée]s|giapponese|японск\w*|日语|日本語|일본어",
    r"korean|koreanisch|coréen|coreano|корейск\w*|韩语|韓国語|한국어",
    r"dutch|niederländisch|néerlandais|neerland[ée]s|olandese|holandês|nederlands",
    r"polish|polnisch|polonais|polaco|polacco|polonês|polsku|polski|польск\w*",
    r"turkish|türkisch|turc|turco|türkçe|турецк\w*",
)


def _bounded(names: str) -> str:
    """A language's names; an alphabetic one only as a whole word ("russe", not "Russell")."""
    return "|".join(
        rf"(?<!\w)(?:{name})(?![^\W\d_])" if re.match(r"[a-zа-я]", name) else name
        for name in names.split("|")
    )


LANGUAGE = re.compile(
    "|".join(f"(?P<l{i}>{_bounded(names)})" for i, names in enumerate(_LANGUAGES)), re.IGNORECASE
)
# Connectives that CJK and Korean notes use where Western ones say "so".
_THEN = re.compile(r"那就|就用|なので|で来|으니|니까|autant|bleibt\s+es", re.IGNORECASE)
# The message that came in, or the reply going out: what the two namings are about.
_EXCHANGE = re.compile(
    r"messag\w*|nachricht\w*|(?<!\w)te(?:s|x)to(?!\w)|\btext\b|mensag\w+|сообщени\w*|\b(?:wrote|written|came|arrived|"
    r"asked|question|reply|replying|answer\w*|respon\w+|stay\w*|stick\w*|keep\w*)\b|\b(?:kam|frage|antwort\w*|bleib\w*)\b|"
    r"écri\w*|réponse|répond\w*|rester|escri\w+|pregunta|respuesta|quedar\w*|scritt\w*|domanda|rispost\w*|rispond\w*|"
    r"prosegu\w*|restare|pergunta|resposta|ficar|continu\w+|написа\w*|вопрос\w*|ответ\w*|остав\w*|"
    r"写|回复|回答|问|来て|で来|返|質問|물어|답|질문",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?。！？\n]+")
_REPLY_SPEC = re.compile(
    r"\s*(?:\([^()\n]{1,20}\)\s*)?(?:reply|output|response|answer)(?:\s+(?:needed|required|expected|wanted))?\s*[.,;]|"
    r"\s+it\s+is\b",
    re.IGNORECASE,
)
_SO_BEFORE = re.compile(r"\bso,?\s+$", re.IGNORECASE)
_MAX_WORDS = 60


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """The first and the last paragraph, when the text has more than one."""
    body = text.rstrip()
    breaks = list(PARAGRAPH_BREAK.finditer(body))
    if breaks:
        yield 0, breaks[0].start()
        yield breaks[-1].end(), len(body)


def language_signs(text: str) -> Iterator[tuple[str, float, int, int, bool]]:
    """An opening that gives the reply's language as its spec, or a sentence that picks it from the message's."""
    lead = len(text) - len(text.lstrip())
    for language in LANGUAGE.finditer(text, lead, lead + 120):
        opens = language.start() == lead or _SO_BEFORE.search(text, lead, language.start())
        spec = _REPLY_SPEC.match(text, language.end())
        if opens and spec and text[spec.end() :].strip():
            yield "plans the reply", 1.5, language.start(), spec.end(), False
            break
    for start, end in _paragraphs(text):
        if len(text[start:end].split()) > _MAX_WORDS:
            continue
        for sentence in _SENTENCE.finditer(text, start, end):
            said = sentence.group()
            if (
                TO_READER.search(said)
                or not (REASON.search(said) or _THEN.search(said))
                or not _EXCHANGE.search(said)
            ):
                continue
            named = [m.lastgroup for m in LANGUAGE.finditer(said)]
            if any(named.count(name) >= 2 for name in set(named)):
                yield "narrates the request", 1.5, sentence.start(), sentence.end(), False
                return
