"""A guess about the person asking, and what the writer draws from it for the reply.

"Sie plant offenbar eine Radtour mit zwei Kindern – also kurze Etappen vorschlagen.",
"Parece que organiza un cumpleaños infantil con poco presupuesto; conviene ir a lo práctico.",
"Судя по всему, он впервые едет в Петербург зимой — значит, главное про одежду.",
"看起来他是第一次去成都，而且不太能吃辣——推荐得照顾这一点。", "(Pewnie licealista przed maturą,
sądząc po wzmiance o próbnej, więc warto też coś pod egzamin.)".

One line makes three moves, each recognised in many languages:

- GUESS: an inference from clues ("apparently", "judging by", "видимо", "看起来", "どうやら");
- PERSON: about a person, not a thing: a third-person pronoun, a first time, a beginner or a
  student, an age, or (in languages that drop the subject) a plan or a search ("organiza",
  "szuka", "едет");
- FOR_THE_REPLY: a consequence for what the reply should do ("so better…", "conviene",
  "значит, главное…", "照顾这一点", "のがよさそう").

A diagnosis guesses too ("Looks like a memory leak, so better profile it"), but about a thing;
advice to the reader speaks to them ("you seem new to this, so…") and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from harness.checks._meta_aside import TO_READER
from harness.checks._text import alternation as _alt

_I = re.IGNORECASE

GUESS = re.compile(
    _alt(
        r"\b(?:apparently|seemingly|presumably|probably|judging\s+(?:by|from)|sounds|seems|appears|looks\s+like|"
        r"from\s+the\s+mention\s+of|by\s+the\s+look\s+of\s+it)\b",
        r"\b(?:offenbar|anscheinend|scheinbar|vermutlich|wohl|klingt\s+nach|so\s+wie\s+es\s+aussieht)\b",
        r"\b(?:apparemment|visiblement|sans\s+doute|on\s+dirait|semble-t-il|à\s+en\s+juger)\b",
        r"(?<!\w)(?:parece\s+que|al\s+parecer|por\s+lo\s+visto|da\s+la\s+impresión|seguramente|a\s+juzgar\s+por)(?!\w)",
        r"\b(?:sembra\s+che|a\s+quanto\s+pare|pare\s+che|probabilmente|a\s+giudicare\s+da)\b",
        r"(?<!\w)(?:pelo\s+jeito|ao\s+que\s+parece|parece\s+(?:que|ter|estar)|pela\s+menção|provavelmente|a\s+julgar\s+pel[oa])(?!\w)",
        r"\b(?:blijkbaar|kennelijk|zo\s+te\s+zien|waarschijnlijk)\b",
        r"(?<!\w)(?:wygląda\s+na\s+to|najwyraźniej|pewnie|sądząc\s+po|chyba)(?!\w)",
        r"(?<!\w)(?:судя\s+по\w*|видимо|похоже|по\s+всей\s+видимости|кажется)(?!\w)",
        r"\b(?:görünüşe\s+göre|anlaşılan|galiba|muhtemelen)\b",
        r"看起来|看样子|看得出(?:来)?|似乎|好像|应该是|估计|どうやら|らしい|みたい|っぽい|様子|보아하니|것\s*같|듯",
    ),
    _I,
)
PERSON = re.compile(
    _alt(
        r"\b(?:he|she|they|he['’]s|she['’]s|they['’]re|him|her|them|their)\b",
        r"\b(?:er|ihm)\b|(?-i:\bsie\b|^Sie\b)",
        r"\b(?:il|elle|ils|elles)\s+(?!(?:faut|y\s+a|est\s+(?:possible|préférable|conseillé|important)|semble|s['’]agit|"
        r"suffit|vaut))\w",
        r"(?<!\w)(?:él|ella|lui|lei|ele|ela|hij|zij|он|она|они|его|ей|ему)(?!\w)",
        r"\b(?:first\s+time|first-time|für\s+den\s+ersten|zum\s+ersten\s+mal|erstmals|première\s+fois|primera\s+vez|prima\s+volta|"
        r"primeira\s+vez|eerste\s+keer|pierwszy\s+raz|ilk\s+kez)\b|(?<!\w)впервые(?!\w)|第一次|初めて|처음",
        r"\b(?:beginner|novice|student|parent|kid|child|teen\w*|anfänger\w*|schüler\w*|student\w*|eltern|kind|débutant\w*|"
        r"étudiant\w*|élève|principiante|estudiante|alumno|niño|studente|genitore|bambino|iniciante|estudante|aluno|criança|"
        r"leerling|ouder|początkując\w*|licealist\w*|uczeń|rodzic\w*|dziecko|öğrenci|çocuk)\b|"
        r"(?<!\w)(?:новичок|школьник\w*|студент\w*|ребён\w*|ребен\w*|родител\w*)(?!\w)|新手|学生|家长|孩子|初心者|学生|子ども|초보|학생|아이",
        r"\b\d+\s*(?:years?\s+old|jahre|ans|años|anni|anos|jaar|lat|yaşında)\b|(?<!\w)лет\s+\w+|\d+\s*(?:岁|歳|살)",
        r"(?<!\w)(?:plant|sucht|möchte|cherche|prévoit|organise|organiza|busca|planea|prepara|cerca|sta\s+cercando|organizza|"
        r"procura|está\s+montando|planeja|szuka|planuje|ищет|планирует|едет|deniyor|arıyor|planlıyor|gidiyor)(?!\w)|"
        r"打算|要去|在找|探して|一人暮らし",
    ),
    _I,
)
_CONNECTOR = (
    r"(?<!\w)(?:so|hence|thus|therefore|dus|więc|так\s+что|значит|поэтому|quindi|perciò|d['’]où|donc|así\s+que|"
    r"por\s+lo\s+que|entonces|então|por\s+isso|also|deshalb|daher|o\s+yüzden|bu\s+yüzden)(?!\w)|[—–;:]|所以|因此|那就|"
    r"なので|ので|니까|으니"
)
_FOR_REPLY = (
    r"(?<!\w)(?:better|best|worth|keep|focus|skip|stick|mention|suggest|go\s+with|the\s+main|basics?|practical|simple|short|"
    r"brief|gentle|plain|avoid|besser|lieber|lohnt|halten|fokus|vorschlagen|erwähnen|einfach|kurz|praktisch|hauptsache|"
    r"mieux|plutôt|vaut|garder|insister|simples?|court|pratique|l['’]essentiel|rien\s+de|démarches|mejor|conviene|vale|"
    r"centrar|corto|práctico|ir\s+a\s+lo|meglio|solo|semplice|breve|pratico|niente|insistere|melhor|convém|frear|curto|"
    r"prático|insistir|beter|houden|klein|kort|simpel|praktisch|vooral|lepiej|warto|trzymać|prosto|krótko|лучше|стоит|"
    r"главное|проще|коротко|надо|нужно|daha|kısa|basit|odaklan\w*)(?!\w)|最好|推荐|重点|照顾|よさそう|ほうが|方が|絞る|"
    r"中心に|좋겠|게\s*낫|위주"
)
# the consequence may open the next sentence: "…szuka prezentu do 150 zł. Trzymać się tej kwoty."
FOR_THE_REPLY = re.compile(rf"(?:{_CONNECTOR}|[.。]\s*)[^.!?。\n]{{0,40}}?(?:{_FOR_REPLY})", _I)
_MAX_WORDS = 50


def guess_signs(text: str) -> Iterator[tuple[str, float, int, int, bool]]:
    """A line, not said to the reader, that guesses about a person and draws a plan for the reply."""
    offset = 0
    for line in text.splitlines(keepends=True):
        start, offset = offset, offset + len(line)
        said = line.strip().strip("()（）")
        if not said or len(said.split()) > _MAX_WORDS or TO_READER.search(said):
            continue
        guess = GUESS.search(line)
        if guess and PERSON.search(line) and FOR_THE_REPLY.search(line, guess.start()):
            yield "narrates the requester", 1.5, start + guess.start(), start + guess.end(), False
            return
