"""Structural signs of meta-rambling that do not depend on one author's wording.

The lexicon-driven rules in `meta_rambling` find the person asking, the reply and the
planning verbs by their words. These signs describe shapes instead: a tag of any name
wrapped around notes before the answer, a count of the reply's own words followed by a
verdict, a subjectless note-to-self about the reply ("Going to list the steps first."),
an imperative aimed at the writer itself in the first sentence ("Answer in French."),
a gerund that revises the draft ("Rewriting to be shorter:"), a reading of the request
("Interpreting 'big' as population"), and nouns that can only mean the person asking.
Each yields (rule, weight, start, end); the caller discounts sentences addressed to the
reader and adds the preamble bonus.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_I = re.IGNORECASE
_SENTENCE_START = r"(?:^|(?<=[.!?;:]\s)|(?<=[.!?]\s\s)|(?<=\n))[ \t]*(?:[-*>]+[ \t]*)?(?:(?:ok(?:ay)?|so|now|alright|right|first|then|next|also|and)\s*,?\s+)?"

# Markup that is not a reasoning tag: HTML and common document tags.
_HTML = (
    r"a|abbr|b|blockquote|body|br|code|div|em|h[1-6]|head|hr|html|i|img|li|ol|p|pre|q|s|small|span|"
    r"strong|sub|sup|table|tbody|td|th|thead|tr|u|ul|kbd|var|mark|del|ins|details|summary|section|"
    r"article|header|footer|nav|main|figure|figcaption|label|input|button|form|select|option|script|style|"
    r"svg|path|g|title|meta|link|xml|root|item|name|value|answer|response|output|final|result|user|assistant|system"
)
# A tag of any name closed again, at the very start, with text after it: "<reflect>…</reflect> Answer".
OPEN_TAG_BLOCK = re.compile(
    rf"\A\s*[<\[](?P<tag>(?!(?:{_HTML})[\]>])[a-z][\w-]{{1,24}})[>\]][\s\S]{{1,3000}}?[<\[]/(?P=tag)[>\]]\s*\S",
    _I,
)
# Counting the reply's own words, sentences or lines, then a verdict: "That's 48 words. Good."
_COUNT = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred)\s+"
    r"(?:words?|sentences?|lines?|characters?|chars|bullets?|bullet\s+points|items?|paragraphs?|syllables?|tokens?)"
)
CONSTRAINT_CHECK = re.compile(
    rf"\b{_COUNT}\b[^.\n]{{0,30}}?(?:[.,;:—–-]\s*|\s+)(?:as\s+(?:required|requested|asked|instructed|specified)|"
    r"(?:that's\s+|which\s+is\s+)?(?:good|ok|okay|fine|perfect|great|check(?:ed)?|done|correct)(?=\s*(?:[.!,;—]|$))|"
    r"(?:within|under)\s+(?:the\s+)?limit|fits|meets\s+the|✓|✔)|"
    rf"(?:^|(?<=[.!?]\s))(?:that(?:'s|’s|\s+is)|it(?:'s|’s|\s+is)|this\s+is)\s+(?:about\s+|roughly\s+|exactly\s+|only\s+)?{_COUNT}\b|"
    rf"\b(?:under|below|within|over|exceeds?|at\s+most|no\s+more\s+than)\s+(?:the\s+)?(?:{_COUNT}|word\s+limit|limit)"
    r"\s*(?:[.,;:—–-]\s*)?(?:good|ok|okay|fine|perfect|check(?:ed)?|✓|✔)\b|"
    r"\b(?:tone|length|format(?:ting)?|grammar|spelling|word\s+count|style|structure|count)\s*(?:[:=]|\s+is|\s+looks|\s+seems)?\s*"
    r"(?:ok|okay|fine|good|correct|checked|right)\b(?=\s*[.,;!\n])|"
    r"\b(?:no\s+markdown|no\s+lists?|no\s+bullets?|plain\s+text|one\s+sentence|one\s+line)\s*[.,;:—–-]\s*"
    r"(?:good|ok|okay|fine|check(?:ed)?|done|✓|✔)\b",
    _I | re.MULTILINE,
)
# The reply as subject, bare: "Response should be under 50 words."
BARE_REPLY_MODAL = re.compile(
    rf"{_SENTENCE_START}(?:final\s+)?(?:response|reply|answer|output)\s+(?:should|must|needs?\s+to|has\s+to|ought\s+to|"
    r"will|can|could|is\s+going\s+to)\b"
    r"(?!\s+be\s+(?:\d|[-−+]|about|around|approximately|roughly|equal|the\s+same|positive|negative|zero|even|odd)\b)",
    _I | re.MULTILINE,
)
# A note-to-self without a subject: "Going to list the steps first.", "Gotta make this kid-friendly."
SUBJECTLESS_PLAN = re.compile(
    rf"{_SENTENCE_START}(?:going\s+to|gonna|gotta|need\s+to|needs\s+to|have\s+to|must|should|will|better|"
    r"want\s+to|might\s+as\s+well|probably\s+should|best\s+to)\s+(?:just\s+|also\s+|probably\s+|really\s+|briefly\s+)?"
    r"(?:list|explain|start|open|lead|begin|use|write|go\s+with|make\s+(?:it|this|sure)|keep|stick|offer|add|skip|"
    r"focus|include|answer|respond|reply|mention|give|provide|note|point\s+out|cover|address|clarify|confirm|"
    r"acknowledge|greet|thank|apologi[sz]e|wrap|summari[sz]e|format|structure|translate|convert|double-check|"
    r"check|verify|avoid|stay|be\s+(?:brief|concise|clear|careful|friendly|polite|gentle|direct|honest))\b",
    _I | re.MULTILINE,
)
# An imperative to the writer itself about the reply ("Answer in French.", "Acknowledge the
# thanks, then offer help."); read only in the first sentence and only with an answer after it.
SELF_IMPERATIVE = re.compile(
    r"\A\s*(?:(?:ok(?:ay)?|so|right|first|alright)\s*,?\s+)?"
    r"(?:(?:answer|reply|respond|write)\s+(?:in\s+(?:english|german|french|spanish|italian|portuguese|dutch|polish|"
    r"russian|turkish|chinese|japanese|korean|kind|the\s+same\s+language|plain\s+\w+)|briefly|concisely|"
    r"in\s+(?:one|two|three|a\s+single)\s+(?:sentence|line|word|paragraph)s?|with\s+(?:a|one|the)\s+\w+)|"
    r"keep\s+(?:it|this|the\s+(?:answer|reply))\s+(?:short|brief|simple|concise|light|friendly|casual|tight|under)|"
    r"be\s+(?:brief|concise|friendly|warm|polite|gentle|direct)|"
    r"(?:greet|acknowledge|thank)\s+(?:them|the\s+\w+|him|her)|"
    r"(?:acknowledge|greet|apologi[sz]e|empathi[sz]e|validate)\b[^.\n]{0,60}?(?:[;,]\s*|\s+and\s+)(?:then\s+)?"
    r"(?:offer|give|answer|provide|suggest|list|explain)|"
    r"(?:lead|open|start)\s+with\s+(?:the\s+)?(?:answer|number|result|conclusion|greeting|empathy))\b"
    r"(?=[^.!?:\n]{0,60}[.!;])",
    _I,
)
# The same note in the infinitive, as other languages write it at the top: "Responder en español, breve."
INFINITIVE_NOTE = re.compile(
    r"\A\s*(?:(?:antworten|beantworten|répondre|responder|contestar|rispondere|antwoorden|odpowiedzieć|ответить|"
    r"kurz\s+halten|knapp\s+bleiben|rester\s+(?:bref|brève|concis)|ser\s+breve|essere\s+brev[ei]|kort\s+houden|"
    r"kısa\s+tut(?:mak)?|cevap\s+vermek)(?!\s+(?:ist|est|es|è|é|is|jest|это|bir|war|era|und)\b)(?:\s+|[,.;:]|$)|(?:antworte|réponds|responde|rispondi|antwoord|odpowiedz|ответь)\s+"
    r"(?:auf|en|in|em|po|по)\s+\w+\s*[,.;])",
    _I,
)
# Revising the draft aloud: "Rewriting to be shorter:", "Trimming that down."
REVISING = re.compile(
    rf"{_SENTENCE_START}(?:re-?writing|revising|rephrasing|re-?wording|shortening|trimming|tightening|simplifying|"
    r"polishing|reworking|cleaning\s+up|adjusting|fixing|correcting|condensing|cutting)\s+"
    r"(?:it|this|that|the\s+(?:draft|answer|reply|response|text|wording|last\s+line|sentence)|to\b|for\b|down\b)",
    _I | re.MULTILINE,
)
# Reading the request a certain way: "Interpreting 'big' as population", "Taking 'soon' to mean".
INTERPRETING = re.compile(
    rf"{_SENTENCE_START}(?:interpreting|reading|taking|treating|understanding|assuming)\s+"
    r"(?:[\"'“‘«][^\"'”’»\n]{1,40}[\"'”’»]|the\s+(?:question|request|prompt|ask|word|phrase|term)|this|it|they|he|she|"
    r"the\s+user)\s+(?:as|to\s+mean|means?|meant|wants?|is\s+asking|is\s+about|refers?\s+to)\b"
    r"(?![^.,;\n]*\b(?:is|are|was|were|can|may|might|requires?|helps?|makes?)\b)",
    _I | re.MULTILINE,
)
# Nouns and clauses that can only mean the person asking, whatever verb follows.
ASKER = re.compile(
    r"\bthe\s+(?:asker|questioner|requester|requestor|original\s+poster)\b|"
    r"\bthe\s+(?:person|human|user|one)\s+(?:asking(?!\s+(?:for|about|to|a|the)\b)|on\s+the\s+other\s+end|who\s+(?:asked|wrote|is\s+asking|sent))\b|"
    r"\bwhoever\s+(?:asked|wrote|is\s+asking|sent)\b|"
    r"\b(?:this|it|that)(?:'s|’s|\s+is|\s+sounds\s+like|\s+looks\s+like|\s+seems\s+like)\s+(?:someone|somebody)\b|"
    r"\b(?:sounds|seems|looks)\s+like\s+(?:someone|somebody|they(?:'re|’re|\s+are))\b|"
    r"\bder\s+fragesteller\b|\bdie\s+fragestellerin\b|\bwer\s+(?:hier\s+)?fragt\b|\bdie\s+fragende\s+person\b|"
    r"\bla\s+personne\s+qui\s+(?:demande|écrit|pose)\b|\bcelui\s+qui\s+(?:demande|écrit)\b|\bl['’]auteur\s+de\s+la\s+(?:question|demande)\b|"
    r"\b(?:la\s+persona\s+que|quien)\s+(?:pregunta|escribe|consulta|pide)\b|"
    r"\bchi\s+(?:scrive|chiede|domanda)\b|\bla\s+persona\s+che\s+(?:chiede|scrive)\b|"
    r"\bquem\s+(?:pergunta|escreve|pede)\b|\ba\s+pessoa\s+que\s+(?:pergunta|escreve|pede)\b|"
    r"\bde\s+vrager\b|\bdegene\s+die\s+(?:vraagt|schrijft)\b|\bosoba\s+pytająca\b|\bautor\s+pytania\b|"
    r"\bавтор\s+вопроса\b|\bспрашивающий\b|\bsoran\s+kişi\b|\bsoruyu\s+soran\b|"
    r"提问的人|問題的人|质问者|質問した人|質問者",
    _I,
)
# Naming the kind of request in the first sentence: "we've got a question about",
# "il s'agit d'une demande de", "这个问题很简单".
REQUEST_KIND = re.compile(
    r"\b(?:we(?:'ve|’ve|\s+have)\s+got|(?:here|this)(?:'s|’s|\s+is)|got|another)\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:question|request|query|ask)\s+(?:about|on|for|regarding|asking|from)\b|"
    r"\bthe\s+(?:question|request|prompt|query|task)(?:'s|’s)\s+(?:about|asking|for|simple|clear|straightforward)\b|"
    r"\bil\s+s['’]agit\s+d['’]une\s+(?:simple\s+)?(?:demande|question)\b|\bse\s+trata\s+de\s+una\s+(?:simple\s+)?(?:pregunta|petición|solicitud)\b|"
    r"\bsi\s+tratta\s+di\s+una\s+(?:semplice\s+)?(?:domanda|richiesta)\b|\btrata-se\s+de\s+uma?\s+(?:simples\s+)?(?:pergunta|pedido)\b|"
    r"\bes\s+(?:handelt\s+sich\s+um|geht\s+um)\s+eine\s+(?:einfache\s+)?(?:frage|anfrage|bitte)\b|"
    r"\bhet\s+gaat\s+om\s+een\s+(?:eenvoudige\s+)?(?:vraag|verzoek)\b|\bchodzi\s+o\s+(?:proste\s+)?pytanie\b|"
    r"(?:这个|這個|这|該|该)?(?:问题|問題|请求)(?:很|比较|挺|非常)?(?:简单|簡單|直接|清楚|明确)|"
    r"(?:直接|简单|簡單|简短|簡短)(?:地)?(?:回答|回复|作答)(?:就行|即可|就好|吧)",
    _I,
)
# Judging what kind of reply will do: "a one-word reply is fine", "a short list works best".
REPLY_VERDICT = re.compile(
    r"\b(?:a|an|the|my)\s+(?:[\w-]+\s+){0,2}?(?:answer|reply|response|explanation|list|summary)\s+"
    r"(?:is|should\s+be|would\s+be|will\s+be|seems|feels|sounds)\s+(?:\w+\s+)?(?:fine|enough|best|ideal|appropriate|"
    r"sufficient|plenty|right\s+here|the\s+way\s+to\s+go|warranted|called\s+for)\b|"
    r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:answer|reply|response)\s+(?:works|suffices|will\s+do|should\s+do)\b",
    _I,
)
# Going back to the request: "Reading the request again", "Looking back at their message".
REREADING = re.compile(
    r"\b(?:re-?read(?:ing)?|read(?:ing)?\s+(?:it|that|this|the\s+\w+)\s+again|look(?:ing)?\s+(?:back\s+)?at|"
    r"going\s+back\s+to|re-?check(?:ing)?|check(?:ing)?|scan(?:ning)?|pars(?:e|ing))\s+(?:the|their|his|her)\s+"
    r"(?:original\s+)?(?:question|request|prompt|message|instructions?|brief|wording|ask)\b|"
    r"\b(?:reading|looking\s+at)\s+(?:the|their)\s+(?:question|request|prompt|message)\s+again\b",
    _I,
)
# Wondering aloud what the request is about: "Is this about the film or the book?"
REQUEST_WONDER = re.compile(
    r"\b(?:is|was|are)\s+the\s+(?:question|request|prompt|ask)\s+(?:really\s+|even\s+)?"
    r"(?:about|asking|referring\s+to|meant|after|wanting|looking\s+for)\b[^?\n]{0,80}\?|"
    r"\b(?:is|was|are)\s+(?:this|it|they)\s+(?:really\s+|even\s+)?"
    r"(?:about|asking|referring\s+to|meant|after|wanting|looking\s+for)\b[^?\n]{0,60}\sor\s[^?\n]{0,40}\?",
    _I,
)
# A present-tense first person reply in pro-drop and verb-second languages: "respondo directamente".
REPLY_NOW = re.compile(
    r"(?<![\w-])(?:respondo|contesto|rispondo|je\s+réponds|réponds|ich\s+antworte|antworte\s+ich|ik\s+antwoord|"
    r"antwoord\s+ik|odpowiadam|отвечаю|cevaplıyorum|yanıtlıyorum|cevap\s+veriyorum|respondo\s+já)(?![\w-])|"
    r"\b\w+(?:mam|mem)\s+(?:gerekiyor|gerek|lazım)\b|"
    r"\bno\s+need\s+(?:for|to\s+(?:add|include|write|give))\s+(?:an?\s+|any\s+)?(?:intro|introduction|preamble|greeting|"
    r"caveats?|disclaimer|explanation|details|elaboration|context|small\s+talk)\b|"
    r"\bstraight\s+to\s+the\s+(?:answer|list|steps|code|number|result)\b",
    _I,
)
# The person asking characterised in the first sentence: "They're a student, probably."
THEY_ARE = re.compile(
    r"\A\s*(?:(?:so|ok(?:ay)?|hmm+|right)\s*,?\s+)?(?:they(?:'re|’re|\s+are)|he(?:'s|\s+is)|she(?:'s|\s+is))\s+"
    r"(?:probably\s+|likely\s+|clearly\s+|obviously\s+|maybe\s+|just\s+)?(?:a|an)\s+(?:[\w-]+\s+)?"
    r"(?:student|beginner|kid|child|parent|developer|teacher|novice|newbie|programmer|traveller|traveler|tourist|"
    r"learner|user|customer|professional|expert|researcher|writer|cook|gardener|runner)\b",
    _I,
)
# Sizing up the request in the first sentence: "This one's easy.", "La pregunta es sencilla."
_EASY = (
    r"(?:easy|simple|straightforward|trivial|quick|clear|tricky|sencilla|sencillo|fácil|facile|semplice|simples|"
    r"einfach|eenvoudig|makkelijk|prosta|proste|łatwe|простой|несложный|basit|kolay)"
)
SIZING_UP = re.compile(
    rf"\A\s*(?:(?:ok(?:ay)?|so|alright|right|hmm+|ah|oh)\s*,?\s+)?(?:(?:this|that)\s+one(?:'s|’s|\s+is)\s+(?:pretty\s+|really\s+|very\s+)?{_EASY}"
    rf"|(?:an?\s+)?{_EASY}\s+one|"
    r"(?:la|die|de|a|the)?\s*(?:question|frage|pregunta|domanda|pergunta|vraag|pytanie|вопрос|soru)\s+"
    r"(?:is|ist|est|es|è|é|jest|—|-)?\s*(?:very\s+|sehr\s+|très\s+|muy\s+|molto\s+|muito\s+|heel\s+|bardzo\s+|очень\s+|çok\s+)?"
    rf"{_EASY})\s*[.!;]",
    _I,
)
# An "as requested" aside: a weak sign alone ("Here is the list, as requested").
AS_REQUESTED = re.compile(
    r"\b(?:as|like)\s+(?:was\s+)?(?:required|requested|asked(?:\s+for)?|instructed|specified|wanted)\b|"
    r"\bcomme\s+demandé\b|\bcomo\s+(?:se\s+)?(?:pidió|pediste|solicitado|pedido)\b|\bcome\s+richiesto\b|"
    r"\bwie\s+gewünscht\b|\bzoals\s+gevraagd\b|\bzgodnie\s+z\s+prośbą\b|\bкак\s+просили\b",
    _I,
)

_CONDITIONAL = re.compile(r"\b(?:if|unless|when|whenever|otherwise)\b", _I)

SIGNS: tuple[tuple[re.Pattern[str], str, float, bool], ...] = (
    # (pattern, rule, weight, only when not addressed to the reader)
    (CONSTRAINT_CHECK, "checks its own reply", 1.5, False),
    (BARE_REPLY_MODAL, "plans the reply", 1.5, True),
    (SUBJECTLESS_PLAN, "plans the reply", 1.0, True),
    (REVISING, "corrects itself aloud", 1.5, False),
    (INTERPRETING, "narrates the request", 1.0, True),
    (ASKER, "narrates the requester", 1.0, True),
    (REQUEST_KIND, "narrates the request", 1.0, False),
    (REPLY_VERDICT, "plans the reply", 1.5, True),
    (REQUEST_WONDER, "narrates the request", 1.0, True),
    (REPLY_NOW, "plans the reply", 1.0, True),
    (THEY_ARE, "narrates the requester", 1.0, False),
    (SIZING_UP, "narrates the request", 1.0, False),
    (REREADING, "narrates the request", 1.0, True),
    (AS_REQUESTED, "narrates the request", 0.75, False),
)


def structural_signs(text: str) -> Iterator[tuple[str, float, int, int, bool]]:
    """(rule, weight, start, end, needs_unaddressed) for each structural sign in `text`."""
    match = OPEN_TAG_BLOCK.match(text)
    if match:
        yield "reasoning block", 3.0, match.start("tag") - 1, match.end("tag") + 1, False
    for pattern, rule, weight, unaddressed in SIGNS:
        for found in pattern.finditer(text):
            yield rule, weight, found.start(), found.end(), unaddressed
    note = INFINITIVE_NOTE.match(text)
    if note and len(text) > note.end() + 20:
        yield "plans the reply", 1.0, note.start(), note.end(), True
    first = SELF_IMPERATIVE.match(text)
    sentence = text[: first.end() + 120].split(".")[0] if first else ""
    if first and len(text) > first.end() + 20 and not _CONDITIONAL.search(sentence):
        yield "plans the reply", 1.0, first.start(), first.end(), True
