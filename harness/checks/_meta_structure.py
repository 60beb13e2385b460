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

from harness.checks._meta_aside import aside_signs, cell_signs, sentence_signs
from harness.checks._meta_customer import customer_signs
from harness.checks._meta_frames import frame_signs
from harness.checks._meta_guess import guess_signs
from harness.checks._meta_history import history_signs
from harness.checks._meta_language import language_signs
from harness.checks._meta_lexicon import YOUR_WRITING as _YOUR_WRITING
from harness.checks._meta_narration import NARRATIVE, THREAD_SUMMARY, narration_signs
from harness.checks._meta_notes import note_signs
from harness.checks._meta_person import person_signs
from harness.checks._meta_shapes import shape_signs
from harness.checks._meta_subjectless import input_signs, subjectless_signs

_I = re.IGNORECASE
YOUR_WRITING = re.compile(_YOUR_WRITING, _I)
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
    rf"\A\s*[<\[〈＜](?P<tag>(?!(?:{_HTML})[\]>])[a-z][\w-]{{1,24}})[>\]〉＞]\s*[^\s<\[〈＜][\s\S]{{0,3000}}?[<\[〈＜]/(?P=tag)[>\]〉＞]\s*\S",
    _I,
)
# Counting the reply's own words, sentences or lines, then a verdict: "That's 48 words. Good."
_COUNT = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred)\s+"
    r"(?:words?|sentences?|lines?|characters?|chars|bullets?|bullet\s+points|items?|paragraphs?|syllables?|tokens?)"
)
CONSTRAINT_CHECK = re.compile(
    rf"\b{_COUNT}\b[^.\n]{{0,30}}?(?:[.,;:—–-]\s*|\s+)(?:as\s+(?:required|requested|asked|instructed|specified)(?!\s+by)|"
    r"(?:that's\s+|which\s+is\s+)?(?:good|ok|okay|fine|perfect|great|check(?:ed)?|done|correct)(?=\s*(?:[.!,;—]|$))|"
    r"(?:within|under)\s+(?:the\s+)?limit|✓|✔)|"
    rf"(?:^|(?<=[.!?]\s))(?:that(?:'s|’s|\s+is)|it(?:'s|’s|\s+is)|this\s+is)\s+(?:about\s+|roughly\s+|exactly\s+|only\s+)?{_COUNT}\b|"
    rf"\b(?:under|below|within|over|exceeds?|at\s+most|no\s+more\s+than)\s+(?:the\s+)?(?:{_COUNT}|word\s+limit|limit)"
    r"\s*(?:[.,;:—–-]\s*)?(?:good|ok|okay|fine|perfect|check(?:ed)?|✓|✔)(?=\s*(?:[.!,;]|$))|"
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
    r"polishing|reworking|cleaning\s+up|adjusting|fixing|correcting|condensing|cutting|softening|toning)\s+"
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
    r"(?:(?:original|first|last|previous|earlier|initial)\s+)?(?:question|request|prompt|message|instructions?|brief|wording|ask)\b|"
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
    r"einfach|eenvoudig|makkelijk|prosta|proste|łatwe|простой|несложный|basit|kolay|jednoduch[áý]|snadn[áý]|enkel)"
)
SIZING_UP = re.compile(
    rf"\A\s*(?:(?:ok(?:ay)?|so|alright|right|hmm+|ah|oh|ugh|uh|well)\s*,?\s+)?(?:(?:this|that)\s+one(?:'s|’s|\s+is)\s+(?:pretty\s+|really\s+|very\s+)?{_EASY}"
    rf"|(?:an?\s+)?{_EASY}\s+one|"
    r"(?:la|die|de|a|the)?\s*(?:question|frage|pregunta|domanda|pergunta|vraag|pytanie|вопрос|soru|otázka|frågan)\s+"
    r"(?:is|ist|est|es|è|é|jest|je|är|—|-)?\s*(?:very\s+|sehr\s+|très\s+|muy\s+|molto\s+|muito\s+|heel\s+|bardzo\s+|очень\s+|çok\s+)?"
    rf"{_EASY})\s*[.!;]",
    _I,
)
# Headings that name the writer's thinking: "## Reasoning".
THINKING_HEADING = re.compile(
    r"^[ \t]*(?:#{1,4}[ \t]*|(?=\*\*|__))(?:\*\*|__)?(?:reasoning|thinking|thoughts|thought\s+process|scratchpad|scratch|"
    r"inner\s+monologue)(?:\*\*|__)?[ \t]*$|"
    # "**Thinking Process:**" opening the text, as some model families print it, in each language
    r"\A\s*(?:#{1,4}[ \t]*)?(?:\*\*|__)?(?:thinking\s+process|thought\s+process|my\s+thought\s+process|denkprozess|"
    r"gedankengang|processus\s+de\s+réflexion|proceso\s+de\s+pensamiento|processo\s+di\s+pensiero|"
    r"processo\s+de\s+pensamento|denkproces|proces\s+myślowy|ход\s+мыслей|процесс\s+размышления|düşünce\s+süreci|"
    r"思考过程|思考過程|思考プロセス|사고\s*과정)[ \t]*(?:\*\*|__)?[ \t]*[:：]?[ \t]*(?:\*\*|__)?[ \t]*$",
    _I | re.MULTILINE,
)
# The asker after the verb, as verb-second languages put it: "Dus wil diegene weten...".
INVERTED_ASKER = re.compile(
    r"\b(?:wil|vraagt|zoekt|will|möchte|fragt|sucht|vill|undrar|frågar|söker)\s+(?:diegene|degene|de\s+gebruiker|de\s+vraagsteller|"
    r"der\s+nutzer|der\s+fragesteller|die\s+person|användaren|personen|frågeställaren)\b",
    _I,
)
# Deciding how to write, in the languages that say it with a verb ending: "方針でいきます", "정리해야겠다".
CJK_PLAN = re.compile(
    r"方針で(?:いきます|いく|行きます|進めます)|(?:書く|答える|まとめる)ことにし(?:ます|よう)|という方針|"
    r"(?:정리|답변|대답|설명|작성|답)(?:해야겠다|해야겠어|하기로\s*하자|해야지|하자|할게|하겠다)|我打算|我准备先|我决定先|"
    r"回答之前|答える前に|답하기\s*전에|用(?:简体|繁体)?(?:中文|英文|英语)回答|日本語で答え|한국어로\s*답|"
    r"(?:质问|問題|问题|質問)を?整理|整理一下问题|질문을\s*정리|(?:쉬운|간단한)\s*질문",
)
# Being asked, whoever is: "The AI here is being asked for advice."
BEING_ASKED_ANY = re.compile(
    r"\b(?:is|am|are)\s+being\s+asked\s+(?:for|to|about|how|what|whether|if)\b|"
    r"\bthe\s+(?:AI|assistant|model|bot)\s+here\b",
    _I,
)
_AS_ASKED_EN = (
    r"(?:as|like)\s+(?:was\s+)?(?:required|requested|asked(?:\s+for)?|instructed|specified|wanted)"
)
# An "as requested" aside: a weak sign alone ("Here is the list, as requested").
AS_REQUESTED = re.compile(
    rf"\b{_AS_ASKED_EN}\b|"
    r"\bcomme\s+demandé\b|\bcomo\s+(?:se\s+)?(?:pidió|pediste|solicitado|pedido)\b|\bcome\s+richiesto\b|"
    r"\bwie\s+gewünscht\b|\bzoals\s+gevraagd\b|\bzgodnie\s+z\s+prośbą\b|\bкак\s+просили\b",
    _I,
)
# The form asked for, ticked off: "Reimschema AABB wie gewünscht – passt.", "Rima ABAB, como foi
# pedido — conferido.", "Dört dize … denmişti; uygun."
AS_ASKED_VERDICT = re.compile(
    rf"(?:\b{_AS_ASKED_EN}|"
    r"\bcomme\s+demandé|"
    r"\bcomo\s+(?:foi\s+)?(?:se\s+)?(?:pidió|solicitado|pedido)|\bcome\s+(?:era\s+)?richiesto|\bwie\s+(?:gewünscht|verlangt)|"
    r"\bzoals\s+gevraagd|\bzgodnie\s+z\s+prośbą|(?<!\w)как\s+(?:и\s+)?просили|\bistendiği\s+gibi|\w+\s+denmişti)"
    r"\s*[-–—,:;]\s*(?:yes|ok(?:ay)?|good|fine|done|checked|check|correct|passt|stimmt|erledigt|oui|bon|vérifié|sí|listo|"
    r"conferido|confere|certo|ok|fatto|verificato|klopt|tak|zgadza\s+się|да|готово|верно|tamam|uygun|doğru|✓|✔)"
    r"(?=\s*(?:[.!,;)]|$))",
    _I | re.MULTILINE,
)
# The writer choosing the reply's form in the first person: "I'll do this as a short checklist:",
# "Ich mach das als kurze Checkliste:", "Lo hago en forma de tabla".
_FORM = (
    r"(?:check)?list|table|summary|bullets?|bullet\s+points|steps|outline|overview|"
    r"(?:check)?liste|tabelle|stichpunkte[n]?|zusammenfassung|übersicht|tableau|résumé|étapes|"
    r"lista|tabla|tabela|resumen|resumo|pasos|passos|elenco|tabella|riassunto|punti|passaggi|"
    r"tabelę|listę|punkty|список|таблиц\w+|пункт\w+"
)
DOES_AS_FORM = re.compile(
    rf"\b(?:I['’]ll|I\s+will|I['’]m\s+going\s+to|I['’]d\s+better)\s+(?:do|make|write|format|put|lay\s+out|set\s+out)\s+"
    rf"(?:this|it|that)\s+(?:as|in(?:to)?)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:{_FORM})\b|"
    rf"\bich\s+(?:mach(?:e)?|schreib(?:e)?)\s+(?:das|es)\s+(?:als|in)\s+(?:eine[rn]?\s+)?(?:\w+\s+)?(?:{_FORM})\b|"
    rf"\bje\s+(?:fais|mets|présente)\s+(?:ça|cela|ceci)\s+(?:sous\s+forme\s+d[e'’]|en)\s*(?:une?\s+)?(?:\w+\s+)?(?:{_FORM})\b|"
    rf"(?<!\w)(?:lo|la)\s+(?:hago|pongo|presento|faço|coloco|faccio|metto)\s+(?:en\s+forma\s+de|como|em\s+forma\s+de|in\s+forma\s+di|come)\s+"
    rf"(?:una?\s+)?(?:\w+\s+)?(?:{_FORM})(?!\w)|"
    rf"(?<!\w)(?:zrobię|napiszę)\s+to\s+(?:jako|w\s+formie)\s+(?:\w+\s+)?(?:{_FORM})(?!\w)|"
    rf"(?<!\w)(?:сделаю|оформлю|напишу)\s+(?:это\s+)?(?:в\s+виде|как)\s+(?:\w+\s+)?(?:{_FORM})(?!\w)",
    _I,
)
# The reply checked and cleared for sending: "Vérif : … ok, je peux envoyer.", "Zgadza się, można wysłać."
CLEARED_TO_SEND = re.compile(
    r"(?:\b(?:ok(?:ay)?|good|fine|done|correct|right|oui|bon|stimmt|passt|sí|bien|sim|certo|zgadza\s+się|tak|да|верно|evet|"
    r"tamam)|✓|✔)\s*[,.;:—–-]\s*(?:I\s+can\s+send(?:\s+(?:it|this))?|(?:it['’]s\s+)?ready\s+to\s+send|"
    r"je\s+peux\s+(?:l['’])?envoyer|prêt\s+à\s+(?:être\s+)?envoy(?:er|é)|kann\s+(?:so\s+)?raus|kann\s+(?:ich\s+)?(?:es\s+)?abschicken|"
    r"można\s+wysłać|mogę\s+wysłać|можно\s+отправлять|posso\s+(?:enviar|inviare|mandar)|puedo\s+enviar(?:lo)?|"
    r"listo\s+para\s+enviar|pronto\s+para\s+enviar|gönderebilirim)(?!\w)",
    _I,
)
# Enough said, in its own words: "Das sollten genug Punkte sein", "mi fermo qui", "说到这里就够了".
STOPS_HERE = re.compile(
    r"\bthat\s+should\s+be\s+enough\s+(?:points|examples|detail|items)\b|\bI['’]ll\s+stop\s+(?:here|there)\b|"
    r"\b(?:das|es)\s+sollten\s+genug\s+(?:punkte|beispiele|tipps)\s+sein\b|\bich\s+höre\s+hier\s+auf\b|"
    r"\bje\s+m['’]arrête\s+(?:là|ici)\b|(?<!\w)me\s+detengo\s+aquí(?!\w)|\bmi\s+fermo\s+qui\b|"
    r"(?<!\w)(?:chega|basta)\s+de\s+exemplos(?!\w)|(?<!\w)(?:ya\s+)?basta\s+de\s+ejemplos(?!\w)|"
    r"\byeter\s+diye\s+düşündüm\b|(?<!\w)на\s+этом\s+(?:остановлюсь|хватит)(?!\w)|(?<!\w)примеров\s+хватит(?!\w)|"
    r"(?<!\w)na\s+tym\s+(?:poprzestanę|skończę)(?!\w)|(?:说|写|讲)到这(?:里|儿)就(?:够|行|可以)了|就写到这(?:里|儿)|"
    r"このくらいで(?:十分|いい)だろう|ここまでにしておく",
    _I,
)
# The asker as a bare noun opening a note: "Customer is angry; de-escalate first."
BARE_ASKER_NOTE = re.compile(
    r"\A\s*(?-i:Customer|Client|Caller|Asker|Requester|User)\s+(?:(?:is|seems|sounds)\s+(?:clearly\s+|very\s+|quite\s+|pretty\s+|"
    r"probably\s+)?(?:angry|upset|frustrated|confused|annoyed|new\s+to|a\s+beginner|non-technical|in\s+a\s+hurry|worried|"
    r"anxious|impatient|stressed)|(?:clearly|obviously|probably)\s+(?:non-technical|a\s+beginner|new|angry|upset|wants|"
    r"needs)|(?:wants|needs|asked|asks)\s+(?:a|an|the|to|for|about|whether|if|how)\b)",
    _I,
)
# Its own question settled "from context": "Os 5% são ao mês ou ao ano? Pelo contexto, ao mês."
FROM_CONTEXT = re.compile(
    r"\?\s+(?:from\s+(?:the\s+)?context|pelo\s+contexto|por\s+el\s+contexto|dal\s+contesto|d['’]après\s+le\s+contexte|"
    r"aus\s+dem\s+kontext|vom\s+kontext\s+her|uit\s+de\s+context|z\s+kontekstu|bağlamdan)(?!\w)|"
    r"\?\s*судя\s+по\s+контексту(?!\w)|[？?]\s*(?:从上下文看|根据上下文|文脈(?:から|的に))",
    _I,
)
# Stopping a list at a number of its own choosing: "mi fermo a cinque", "(paro em cinco, …)".
STOPS_AT = re.compile(
    r"(?:\b(?:I['’]ll\s+stop|I['’]m\s+stopping|stopping|I\s+stop)\s+at|\bmi\s+fermo\s+a|(?<!\w)paro\s+(?:em|en|aqui\s+em)|"
    r"(?<!\w)me\s+(?:detengo|quedo)\s+en|\bje\s+m['’]arrête\s+à|\bich\s+(?:höre|hör)\s+bei|(?<!\w)ограничусь|"
    r"(?<!\w)(?:zatrzymam\s+się|poprzestanę|kończę)\s+na)\s+"
    r"(?:\d+|three|four|five|six|seven|eight|ten|tre|quattro|cinque|sei|três|quatro|cinco|seis|tres|trois|quatre|cinq|"
    r"drei|vier|fünf|sechs|тр[её]мя|четырьмя|пятью|шестью|trzech|czterech|pięciu|sześciu)(?!\w)",
    _I,
)
# Asking itself whether the reply should say more: "我是不是应该再补充一下交通？"
SELF_ASK_CJK = re.compile(
    r"我是不是(?:应该|要|该|得)(?:再|也)?(?:补充|加上?|写|提|解释|说明|列)|"
    r"(?:追加|補足|説明|書い)(?:した|する)(?:ほうが|方が)いい(?:かな|か)"
)

# Units a reply is measured in, and limits set on it, in each language.
_UNIT = (
    r"words?|sentences?|lines?|syllables?|characters?|paragraphs?|bullets?|items?|"
    r"wörter|wörtern|sätze|satz|zeilen|silben|mots|phrases?|lignes|syllabes|palabras|frases?|oraciones?|líneas|sílabas|"
    r"parole|frasi|righe|sillabe|palavras|linhas|woorden|zinnen|zin|regels|lettergrepen|słów|słowa|zdani[ae]|zdań|linijek|sylab|"
    r"слов|слова|предложени[ея]|строк|слогов|kelime|cümle|satır|hece|ord|meningar|mening|rader|stavelser|"
    r"字|个字|句|句话|行|文字|音|単語|語|文|단어|문장|줄|글자"
)
_LIMIT = (
    r"limit|limits|requirements?|constraints?|length|word\s+count|format|grenze|vorgabe|anforderung|limite|exigence|consigne|"
    r"límite|requisito|restricción|requisiti|vincolo|limiet|eis|eisen|limitu|warunek|wymagani[ae]|лимит|ограничени[ея]|"
    r"требовани[ея]|условие|sınır|şart|koşul|gräns|gränsen|kravet|krav|要求|限制|字数|条件|制限|문자\s*수|제한|요청한\s*길이|조건"
)
_OK = (
    r"good|ok|okay|fine|done|perfect|great|correct|confirmed|check(?:ed)?|met|satisfied|fulfilled|respected|"
    r"条件を満たし\w*|要件を満たし\w*|満たしています|满足要求|符合条件|passt|gut|stimmt|erfüllt|c['’]est\s+bon|bon|parfait|respecté|"
    r"vale|bien|correcto|cumplido|va\s+bene|perfetto|rispettato|confirmado|certo|cumprido|klopt|prima|voldaan|"
    r"spełniony|spełnione|dobrze|zgadza\s+się|подходит|верно|выполнено|соблюдено|tamam|uygun|sağlandı|karşılandı|"
    r"stämmer|uppfyller|uppfyllt|符合要求|符合|没问题|OKです|問題なし|확인\s*완료|충족|통과|✓|✔"
)
# Checking the reply against its limits: "Das sind 14 Wörter, also unter der Grenze. Passt."
# The verdict closes the text (or its line): checks of the reply come after the reply.
_VERDICT_AFTER = (
    rf"(?:[^\n.!?。]{{0,80}}?[,;:—–\s，、：](?:{_OK})|[^\n.!?。]{{0,80}}[.!?。]\s*(?:{_OK})(?!\s+luck)(?:\s+[\w’']+)?(?:,(?:\s+[\w’']+){{0,4}})?)"
    r"\s*[.!。]?[ \t]*(?=\n|\Z)"
)
MEASURED_REPLY = re.compile(
    rf"(?:\d+|\b(?:one|two|three|four|five|single|only|exactly|under|less|fewer|eine?n?|ein|une|un|una|uno|um|uma|"
    rf"één|een|jedno|одно|tek|en|ett|seule|sola|só|une\s+seule|одна|один|dertien|dreizehn)|[一二三四五六七八九十两]|한)\s*"
    rf"(?:{_UNIT})(?![\w]){_VERDICT_AFTER}|"
    rf"\b(?:{_LIMIT})\b{_VERDICT_AFTER}|"
    rf"(?:{_OK})[^\n]{{0,20}}?(?:{_LIMIT})[.!。]?[ \t]*(?=\n|\Z)|"
    rf"^[ \t]*(?:{_UNIT}|{_LIMIT}|count)[ \t]*[:：][^\n]{{0,40}}?[.!?。,][^\n]{{0,10}}?(?:{_OK})(?![\w-])",
    _I | re.MULTILINE,
)
# The request as the subject of the opening sentence: "So the question is basically...".
_REQUEST_NOUN = (
    r"the\s+(?:question|request|query|prompt)|die\s+frage|die\s+anfrage|la\s+question|la\s+demande|"
    r"la\s+pregunta|la\s+domanda|la\s+richiesta|a\s+pergunta|o\s+pedido|de\s+vraag|pytanie|вопрос|soru|frågan|"
    r"질문은|질문|问题|質問"
)
# "If I understand the question", "si je comprends bien", "wenn ich das richtig verstehe".
IF_I_UNDERSTAND = re.compile(
    r"(?:"
    r"\bif\s+I(?:'m|\s+have|'ve)?\s+(?:understand|understood|read(?:ing)?)\s+(?:this|it|the\s+question|that)?\s*(?:correctly|right)\b|"
    r"\bsi\s+je\s+comprends\s+bien\b|\bwenn\s+ich\s+(?:das|es|die\s+frage)\s+richtig\s+(?:verstehe|verstanden\s+habe)\b|"
    r"\bsi\s+(?:entiendo|entendí|he\s+entendido)\s+bien\b|\bsi\s+j['’]ai\s+bien\s+compris\b|"
    r"\bse\s+ho\s+capito\s+bene\b|\bse\s+entendi\s+bem\b|\bals\s+ik\s+(?:het|de\s+vraag)\s+goed\s+begrijp\b|"
    r"\bjeśli\s+dobrze\s+rozumiem\b|\bесли\s+я\s+правильно\s+понял[аи]?\b|\bdoğru\s+anladıysam\b|"
    r"\bom\s+jag\s+förstår\s+(?:det\s+)?rätt\b|如果我理解(?:得)?(?:没错|正确)|제가\s*이해하기로는)"
    rf"(?=[^.\n]{{0,20}}(?:{_REQUEST_NOUN}|they|the\s+(?:user|person)|il\s+veut|elle\s+veut|er\s+will|sie\s+will|"
    r"la\s+personne|la\s+persona|a\s+pessoa|die\s+person|человек|l['’]utilisateur|el\s+usuario|l['’]utente))",
    _I,
)
_IS_ABOUT = (
    r"is|was|boils\s+down\s+to|comes\s+down\s+to|ist|lautet|geht\s+um|est|porte\s+sur|revient\s+à|es|trata|è|riguarda|é|"
    r"gaat\s+over|is\s+eigenlijk|jest|dotyczy|в\s+том|о\s+том|сводится|handlar|gäller|är|aslında|是|は"
)
_BASICALLY = (
    r"basically|essentially|eigentlich|im\s+grunde|au\s+fond|en\s+gros|básicamente|en\s+el\s+fondo|"
    r"sostanzialmente|in\s+pratica|basicamente|no\s+fundo|eigenlijk|w\s+zasadzie|właściwie|по\s+сути|в\s+общем|aslında|"
    r"egentligen|i\s+grunden|基本上|其实|要するに|つまり|결국|그러니까"
)
# ...with a spoken opener before it or a "basically" in it (an essay's "The question is whether" has neither).
_TOPIC_OF = r"(?!\s+(?:of|de|di|do|da|van|von|del|della|dello)\b)"
OPENING_REQUEST = re.compile(
    rf"\A\s*(?:[\w']+\s*,?\s+){{0,4}}?(?:(?:{_REQUEST_NOUN}){_TOPIC_OF}\s+(?:\w+\s+){{0,1}}?(?:{_IS_ABOUT})\s+(?:{_BASICALLY})\b|"
    rf"(?:{_REQUEST_NOUN})\s+(?:{_BASICALLY})(?![\w]))",
    _I,
)
# Retracting what it just wrote after an ellipsis or a dash: "8,848 m… actually", "İstanbul — hayır".
_ADMISSION = (
    r"sorry|wrong|my\s+mistake|I\s+mean|I\s+misspoke|pardon|désolée?|je\s+me\s+suis\s+trompée?|perdón|me\s+equivoqué|scusa|"
    r"ho\s+sbagliato|desculpa|errei|entschuldigung|falsch|ich\s+meine|sorry|ik\s+bedoel|przepraszam|pomyliłe[mś]|"
    r"ошиб(?:ся|лась)|простите|неверно|yanlış|pardon|förlåt|fel|jag\s+menar|说错了|不对|違います|間違え|잘못"
)
RETRACTION = re.compile(
    r"(?:…|\.\.\.|—|–|\s-)\s*(?:(?:well|oh|hmm|ah|hm),?\s+)?(?:(?:no|nope|nein|non|nee|nie|não|hayır|нет|nej|아니|不|いや)\b[,.]?[^.\n]{0,30}?"
    rf"(?:{_ADMISSION})|(?:actually|eigentlich|en\s+fait|en\s+realidad|in\s+realtà|na\s+verdade|właściwie|на\s+самом\s+деле|"
    r"aslında|egentligen)\b[,.]?\s)",
    _I,
)
# "I said it wrong", "ошибся", "förlåt": taking back a statement in each language.
MISSPOKE = re.compile(
    r"\bI\s+(?:misspoke|mean|meant)\b,|\bsorry,\s+I\s+mean|\bich\s+meine\b,|\bje\s+veux\s+dire\b|\bquiero\s+decir\b|"
    r"\bvoglio\s+dire\b|\bquero\s+dizer\b|\bik\s+bedoel\b|\bto\s+znaczy\b|\bошиб(?:ся|лась)\b|\bя\s+имел\s+в\s+виду\b|"
    r"\byanlış\s+söyledim\b|\byani\b,|\bförlåt\b,|\bjag\s+menar\b|\bfel\s+av\s+mig\b|说错了|言い間違え|잘못\s*말했",
    _I,
)
# Thinking aloud before working: "Let's see…", "Veamos…", "Zastanówmy się."
THINKS_ALOUD = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=,\s))(?:let's\s+see|let\s+me\s+(?:see|think)|let\s+me\s+unpack|mal\s+sehen|voyons(?:\s+voir)?|veamos|"
    r"vediamo|vejamos|eens\s+kijken|zobaczmy|zastanówmy\s+się|посмотрим|давай(?:те)?\s+подумаем|bakalım|få\s+se|"
    r"låt\s+mig\s+tänka|让我想想|我想想|ええと|うーん|음)(?=\s*(?:[.…,!:]|\.\.\.))",
    _I | re.MULTILINE,
)
# A computation checked aloud: "Sí, cuadra.", "Tak, to się zgadza."
CHECKS_OUT = re.compile(
    r"\b(?:yes|yep|ja|oui|sí|si|sim|tak|да|evet|jo),?\s+(?:that\s+checks\s+out|checks\s+out|that\s+adds\s+up|adds\s+up|"
    r"that's\s+right|stimmt|passt|ça\s+colle|c['’]est\s+ça|cuadra|encaja|torna|bate|confere|klopt|to\s+się\s+zgadza|"
    r"zgadza\s+się|сходится|верно|всё\s+сходится|tutuyor|doğru|stämmer)\b",
    _I,
)
# A check of its own figure, settled aloud: "Пересчитал на всякий случай — всё сходится.",
# "Controllo al volo: 12 × 12 = 144, sì.", "念のため：15÷3=5、15÷5=3。問題なし。", "Gegenprobe:
# 1,732² ≈ 3,0 — stimmt, so lassen.". A worked solution checks too, under a bare label
# ("Probe: 6² + 8² = 100. Stimmt."); the writer's own check is hedged ("just in case"), quick,
# a re-check in the first person, answered like a question ("yes", "sì"), or ends in a
# decision about its own text ("so lassen").
_HEDGED_CHECK = (
    r"(?<![\w-])(?:just\s+in\s+case|to\s+be\s+(?:sure|safe)|(?:quick|sanity)\s+check|zur\s+sicherheit|"
    r"(?:controllo|verifica)\s+(?:al\s+volo|veloce|rapid[oa])|per\s+sicurezza|par\s+sécurité|vérif\s+rapide|"
    r"por\s+si\s+acaso|por\s+via\s+das\s+dúvidas|на\s+всякий\s+случай|double-?checked|re-?checked|re-?read\s+it|"
    r"went\s+over\s+it\s+again|nachgerechnet|nochmal\s+geprüft|ricontrollat[oa]|ricontrollo|revérifié|recalculé|"
    r"comprobado\s+de\s+nuevo|conferi(?:\s+de\s+novo)?|refiz\s+a\s+conta|перепроверил[аи]?|пересчитал[аи]?|"
    r"проверил[аи]?\s+ещё\s+раз|перечитал[аи]?)(?![\w-])|以防万一|再算了一遍|再检查了|验算了|念のため|もう一度計算|検算した|"
    r"見直した|다시\s*보니|다시\s*계산"
)
_CHECK_LABEL = (
    r"(?<![\w-])(?:check(?:ing)?|verif(?:y|ying|ication)|probe|gegenprobe|kontrolle|controllo|verifica|vérif(?:ication)?|"
    r"comprobación|compruebo|verificação|проверка|проверяю)(?![\w-])|检查|验算|验证|核对|検算|確認|검산|확인"
)
_SETTLED = (
    r"(?<![\w-])(?:good|fine|ok(?:ay)?|all\s+good|looks\s+(?:good|right|fine)|checks\s+out|adds\s+up|holds(?:\s+up)?|"
    r"passt|stimmt|bon|ça\s+colle|torna|va\s+bene|confere|bate|cuadra|верно|сходится|всё\s+сходится|все\s+сходится|"
    r"всё\s+верно)(?![\w-])"
)
_SAID_YES = (
    r"(?<![\w-])(?:yes|yep|yup|yeah|ja|jep|oui|sì|si|sim|sí|да|ага|норм)(?![\w-])|对|没错|没问题|對|問題なし|問題ない|合ってる|はい|"
    r"合っている|合っています|"
    r"맞다|맞네|맞음|문제\s*없\w*|이상\s*없\w*"
)
_KEEP_IT = (
    r"(?:so|also|then|quindi|donc|então|итак|,)?\s*(?:so\s+lassen|stehen\s+lassen|leave\s+it|keep(?:ing)?\s+it|bleibt|"
    r"lo\s+dejo|lo\s+lascio|on\s+garde|fica|оставляю)"
)
_CHECK_END = (
    r"(?:[,，、]?[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3})?[ \t]*[)）]?[.!。！]?[ \t]*(?=\n|$)"
)
_BREAK = r"[,，、;:：。.—–-]\s*"
VERIFIED_ALOUD = re.compile(
    rf"(?:{_HEDGED_CHECK})[^\n]{{0,120}}?{_BREAK}(?:{_SETTLED}|{_SAID_YES}){_CHECK_END}|"
    rf"(?:{_CHECK_LABEL})[^\n]{{0,120}}?[=≈×÷][^\n]{{0,60}}?{_BREAK}(?:(?:{_SAID_YES}){_CHECK_END}|"
    rf"(?:{_SETTLED})[,.]?\s*{_KEEP_IT})",
    _I,
)
# Its first reading or figure, given up aloud: "Erst dachte ich an Konjunktiv I, aber…",
# "J'avais d'abord pensé à 4 810, mais c'est l'ancienne valeur", "I initially read this as
# Python 2, but…", "一开始以为是…，其实…", "Sembra un caso d'esame… anzi no". A story's narrator
# thinks first and then otherwise too; stories are left alone.
FIRST_THOUGHT = re.compile(
    r"\bI\s+(?:first|initially|originally|at\s+first)\s+(?:thought|read|took|assumed|figured|misread|went\s+with|had)\b|"
    r"\b(?:at\s+first|initially)\s+I\s+(?:thought|read|took|assumed|figured)\b|\bmy\s+first\s+(?:reading|guess)\s+was\b|"
    r"\b(?:erst|zuerst|zunächst|anfangs)\s+(?:dachte|hatte|las)\s+ich\b|\bich\s+(?:dachte|hatte)\s+(?:erst|zuerst|zunächst)\b|"
    r"\bj['’](?:avais|ai)\s+d['’]abord\s+(?:pensé|cru|lu|compris|mis|écrit)\b|\bd['’]abord\s+j['’]ai\s+(?:pensé|cru|lu)\b|"
    r"(?<!\w)(?:primero|al\s+principio)\s+(?:pensé|creí|entendí|leí|puse)(?!\w)|"
    r"\b(?:prima|all['’]inizio|inizialmente)\s+(?:ho\s+pensato|avevo\s+pensato|pensavo|credevo|avevo\s+letto)\b|"
    r"[.…,]\s*anzi\s+no\b|"
    r"(?<!\w)(?:primeiro|no\s+início|inicialmente|de\s+início)\s+(?:pensei|achei|entendi|li|coloquei)(?!\w)|"
    r"\b(?:eerst|aanvankelijk)\s+(?:dacht|las)\s+ik\b|(?<!\w)(?:najpierw|początkowo)\s+(?:pomyślałe[mś]|myślałe[mś])(?!\w)|"
    r"(?<!\w)(?:сначала|сперва|поначалу)\s+(?:подумал\w*|решил\w*|прочитал\w*|принял\w*)(?!\w)|"
    r"一开始(?:我)?(?:以为|想成|理解成)|起初(?:我)?以为|我本来以为|最初は[^。\n]{1,30}?(?:と思った|かと思った|と読んだ)|"
    r"처음엔\s*[^.\n]{1,30}?(?:줄\s*알았|로\s*읽었)",
    _I,
)
# Doubting its own fact and settling it at once: "C'était bien 1928 ? Oui, septembre 1928.",
# "Точно 1703? Да, 27 мая.", "8848.86 没错吧？对。", "1,950m였나? 아니다". The question names
# no reader and asks whether something is right; the next word answers it.
SELF_QUESTION = re.compile(
    r"(?:(?<=[.!。])|(?<=[.!。]\s))[ \t]*(?P<q>[^.!?。？\n]{0,60}?(?:(?<!\w)(?:right|correct|sure|really|exactly|bien|"
    r"vraiment|sûr|cierto|seguro|correcto|certo|correto|giusto|corretto|sicuro|richtig|stimmt|sicher|wirklich|точно|верно|"
    r"правильно|так\s+ли|was\s+it|is\s+it|was\s+that|is\s+that|était|c['’]était|era|war|es|é|è|было|был)(?!\w)|没错|对吗|"
    r"对吧|是吗|吧|였나|이었나|맞나|맞지|맞는지|だっけ|でしたっけ|よね|かな|だったか)[^.!?。？\n]{0,30}?[?？])\s*"
    r"(?P<a>(?:yes|yep|yeah|no|nope|oui|non|sí|si|sim|não|ja|nein|jein|да|нет|ага|对|是的|不对|不|うん|はい|いや|ええ|네|응|아니|아니다|아니야|맞다|맞아)"
    r"(?![^\W\d_]))",
    _I,
)
# A length limit stated as the rule the reply obeys: "Instructions were to stay under fifty
# words, so:", "Consigne : rester sous cinquante mots.", "要求是不超过三句话", "세 문장 이내로
# 하라는 조건이 있었으니". A clean answer states a limit to the reader ("keep your abstract
# under 250 words"); the rule itself, named, is the writer's brief.
_RULE_NOUN = (
    r"(?<!\w)(?:instructions?|requirements?|constraints?|(?:the|my)\s+brief|consignes?|exigences?|contraintes?|"
    r"condici[oó]n|requisitos?|restricci[oó]n|vincol[oi]|richiest[ae]|Vorgabe\w*|Anforderung\w*|Bedingung\w*|"
    r"услови\w+|требовани\w+)(?!\w)|要求|条件|조건|제한"
)
_LIMIT_COUNT = (
    r"(?:\d+|two|three|four|five|ten|twenty|fifty|hundred|deux|trois|cinq|dix|cinquante|cent|dos|tres|cinco|diez|"
    r"cincuenta|cien|due|tre|cinque|dieci|cinquanta|cento|duas|três|zwei|drei|fünf|zehn|fünfzig|hundert|два|три|"
    r"пять|десять|пятьдесят|сто|двух|трёх|трех|пяти|десяти|两|二|三|五|十|百|두|세|다섯|열)"
)
RULE_LIMIT = re.compile(
    rf"(?:{_RULE_NOUN})[^.!?。！？\n]{{0,40}}?(?<![a-z]){_LIMIT_COUNT}\s*(?:{_UNIT}|предложений|строк\w*)|"
    rf"(?<![a-z]){_LIMIT_COUNT}\s*(?:{_UNIT}|предложений|строк\w*)[^.!?。！？\n]{{0,20}}?(?:{_RULE_NOUN})",
    _I,
)
# Sending the reply off, or ticking off what it covered, as the last word: "No falta nada,
# envío tal cual.", "Вроде всё. Отправляю.", "Ho coperto le tre domande.", "これで両方の質問に
# 答えられたはず。". A support reply says "le envío el enlace": someone receives it there.
SIGNED_OFF = re.compile(
    r"(?<!\w)(?:(?:lo\s+)?env[ií]o\s+(?:así|tal\s+cual|ya)|envio\s+(?:assim|desse\s+jeito)|(?:lo\s+)?invio\s+così|"
    r"j['’]envoie\s+(?:ça|tel\s+quel|comme\s+ça)|(?:schicke|sende)\s+(?:es|das)\s+(?:so\s+)?ab|so\s+abschicken|"
    r"sending\s+(?:it|this)\s+(?:now|as\s+is|off)|ship\s+it\s+as\s+is|отправляю(?=\s*[.!]|\s*$)|"
    r"I(?:['’]ve|\s+have)\s+covered\s+(?:it|everything|both|all\s+(?:three|two|four))|that\s+covers\s+it|"
    r"ho\s+coperto\s+(?:tutt[eio]|le\s+(?:due|tre|quattro)|entrambe)|he\s+cubierto\s+(?:todo|las\s+(?:dos|tres))|"
    r"j['’]ai\s+couvert\s+(?:tout|les\s+(?:deux|trois))|cobri\s+(?:tudo|as\s+(?:duas|três))|"
    r"habe\s+ich\s+(?:alles|beide|alle\s+drei)\s+abgedeckt)(?!\w)|"
    r"このまま送|答えられたはず|答えたはず|回答了(?:这|两|三)|就这样发|이대로\s*보내|다\s*답했",
    _I,
)
# Deciding the reply is enough, after it: "inutile d'en rajouter", "fazlasına gerek yok".
ENOUGH_SAID = re.compile(
    r"\b(?:no\s+need\s+(?:to\s+add|for)\s+more|nothing\s+more\s+(?:is\s+)?needed|that\s+should\s+(?:do|suffice)|"
    r"answer\s+complete|response\s+complete|"
    r"kept\s+(?:it|this|the\s+(?:answer|reply|response))\s+[^.\n]{0,40}?\b(?:since|because|as\s+(?:requested|asked)|per)\b|"
    r"I\s+kept\s+(?:this|the\s+(?:answer|reply|response))|inutile\s+d['’]en\s+(?:rajouter|dire\s+plus)|"
    r"sem\s+precisar\s+de\s+mais|no\s+hace\s+falta\s+(?:añadir|más)|non\s+serve\s+(?:aggiungere|altro)|"
    r"mehr\s+braucht\s+es\s+nicht|meer\s+is\s+niet\s+nodig|więcej\s+nie\s+trzeba|больше\s+ничего\s+не\s+нужно|"
    r"fazlasına\s+gerek\s+yok|mer\s+behövs\s+inte|不用再补充|これで十分)",
    _I,
)
# What was asked, impersonally, in each language: "ce qu'on me demandait", "o que foi pedido".
WHAT_WAS_ASKED = re.compile(
    r"\bce\s+qu['’]on\s+(?:me\s+)?demand(?:ait|e)\b|\bce\s+qui\s+était\s+demandé\b|\blo\s+que\s+(?:se\s+)?(?:pidió|pedía|preguntó|me\s+piden)\b|"
    r"\bquello\s+che\s+(?:è\s+stato|mi\s+è\s+stato|veniva)\s+chiesto\b|\bo\s+que\s+foi\s+pedido\b|\bwas\s+gefragt\s+(?:war|wurde)\b|"
    r"\bwat\s+er\s+gevraagd\s+(?:werd|is)\b|\bto,?\s+o\s+co\s+(?:proszono|pytano)\b|\bто,?\s+что\s+(?:просили|спрашивали)\b|"
    r"\b\w+(?:nın|nin|ın|in)\s+istediği\b|\bvad\s+som\s+efterfrågades\b|\bdet\s+som\s+frågades\b|"
    r"\bwhat\s+(?:they|the\s+user)\s+(?:asked|wanted|requested)\s+for\b|"
    r"\bce\s+qui\s+(?:est|a\s+été)\s+demandé\b|\blo\s+que\s+se\s+pide\b|\bciò\s+che\s+(?:è\s+stato|viene)\s+chiesto\b|"
    r"\bo\s+que\s+(?:é|está\s+sendo)\s+pedido\b|\bwas\s+gefragt\s+ist\b|(?<!\w)то,?\s+о\s+ч[её]м\s+спрашивали(?!\w)|"
    r"(?:因为|既然|毕竟)(?:问的|问题问的|题目问的)(?:只是|就是|是)",
    _I,
)
# Its rules, named as its own: "per my instructions", "laut meinen Vorgaben", "가이드라인상".
OWN_RULES = re.compile(
    r"\b(?:my|the\s+system(?:'s)?)\s+(?:instructions|guidelines|configuration|setup|rules|system\s+prompt|constraints)\b"
    r"(?!\s+(?:to|for)\b)|"
    r"\binstructions\s+I\s+(?:was|have\s+been|'ve\s+been)\s+given\b|\bI\s+(?:have\s+been|was|am|'ve\s+been)\s+(?:configured|programmed|set\s+up|instructed)\s+to\b|"
    r"\b(?:your|the)\s+setup\s+instructions\b|"
    r"\b(?:rules|policy|policies|guidelines)\s+I\s+(?:follow|operate\s+under|work\s+under|have\s+to\s+follow|must\s+follow)\b|"
    r"\blas\s+normas\s+que\s+sigo\b|\bles\s+règles\s+que\s+je\s+(?:suis|dois\s+suivre)\b|\ble\s+regole\s+che\s+seguo\b|"
    r"\bas\s+regras\s+que\s+sigo\b|\bdie\s+regeln,?\s+(?:an\s+)?die\s+ich\s+(?:mich\s+)?halte|"
    r"\bправила,?\s+которым\s+я\s+следую\b|\buyduğum\s+kurallar|\bchecking\s+(?:against|with)\s+the\s+(?:guidelines|policy|policies|rules)\b|"
    r"\bas\s+an\s+AI(?:\s+(?:assistant|language\s+model|model))?,?\s+I\b|"
    r"\b(?:laut|gemäß|nach)\s+meinen\s+(?:vorgaben|anweisungen|richtlinien|instruktionen)\b|\bselon\s+mes\s+(?:instructions|consignes|directives)\b|"
    r"\bsegún\s+mis\s+(?:instrucciones|directrices|pautas)\b|\bsecondo\s+le\s+mie\s+(?:istruzioni|linee\s+guida)\b|"
    r"\bas\s+instruções\s+do\s+sistema\b|\bde\s+acordo\s+com\s+as\s+minhas\s+instruções\b|\bvolgens\s+mijn\s+(?:instructies|richtlijnen)\b|"
    r"\bzgodnie\s+z\s+(?:wytycznymi|instrukcjami|moimi\s+\w+)\b|\bсогласно\s+(?:моим\s+)?(?:инструкциям|правилам|указаниям)\b|"
    r"\b(?:talimatlarıma|yönergelerime|yönergelere)\s+göre\b|\benligt\s+(?:mina\s+)?(?:instruktioner|riktlinjer)\b|"
    r"가이드라인상|지침상|指示に従って|ガイドライン上|根据(?:系统)?(?:指示|规定|指南)",
    _I,
)
# "We must answer the question", in the languages whose reasoning channels speak as "we".
_WE_MUST = (
    r"wir\s+(?:müssen|sollten|sollen)|we\s+moeten|vi\s+(?:behöver|måste|bör|ska)|nous\s+devons|debemos|dobbiamo|devemos|"
    r"musimy|мы\s+должны|нам\s+нужно"
)
_EXPLAIN = r"erklären|uitleggen|förklara|expliquer|explicar|spiegare|wyjaśnić|объяснить|explain"
_DIFFERENCE = (
    r"what|how|why|the\s+difference|was|wie|warum|den\s+unterschied|wat|hoe|waarom|het\s+verschil|vad|hur|varför|skillnaden|"
    r"ce\s+que|comment|pourquoi|la\s+différence|qué|cómo|por\s+qué|la\s+diferencia|cosa|come|perché|la\s+differenza|"
    r"o\s+que|como|a\s+diferença|co|jak|dlaczego|różnicę|что|как|почему|разницу"
)
WE_MUST_ANSWER = re.compile(
    rf"\b(?:{_WE_MUST})\s+(?:\w+\s+){{0,3}}?(?:{_REQUEST_NOUN}|die\s+frage|de\s+vraag|frågan|la\s+question|la\s+pregunta|"
    r"la\s+domanda|a\s+pergunta|na\s+pytanie|на\s+вопрос)\b|"
    rf"\b(?:{_WE_MUST})\s+(?:\w+\s+){{0,1}}?(?:{_EXPLAIN})\s+(?:{_DIFFERENCE})\b|"
    r"\b(?:laten\s+we|lasst\s+uns|låt\s+oss)\s+(?:\w+\s+)?(?:antwoorden|antworten|svara|beginnen|schrijven|skriva)\b|"
    r"\b(?:açıklama|örnek|cevap|yanıt)\s+(?:\w+\s+){0,3}?(?:vermeliyiz|yazmalıyız)\b(?=[^.]*\.\s*(?:yazalım|hadi))|\b(?:yazalım|cevaplayalım|yanıtlayalım|açıklayalım)\b|"
    r"\b(?:vi\s+skriver|wir\s+schreiben|we\s+schrijven)\s+(?:das|het|den|die)?\s*(?:svaret|antwort|antwoord)\b|"
    r"\bkurz\s+(?:erklären|halten|antworten)\b|\bkort\s+(?:uitleggen|houden|förklara|svara)\b|"
    r"我们(?:需要|要|得|必须)(?:回答|解释|说明|回复)|私たちは(?:答え|説明し)(?:る|なければ)|우리는\s*(?:답해야|설명해야)",
    _I,
)
# An aside in brackets that talks about the reply or the asker: "[note: mention the deadline]".
BRACKET_NOTE = re.compile(
    r"(?:^|(?<=\s))(?<![`\"”'»]\s)(?<![ ]{2})[\[(](?=[^\])\n]{8,200}[\])])(?![^\])\n]*\byou(?:r|rs)?\b)(?=[^\])\n]*\b(?:user|they|their|I'll|I\s+will|keep\s+it\s+(?:short|brief|simple|concise|light|friendly|casual|tight)|"
    r"mention|response|reply|answer|requirements?|assume|todo|the\s+question|asked)\b)(?!editor)[^\])\n]{8,200}[\])]",
    _I,
)

# The asker's want as a pseudo-cleft: "what they basically want is", "what the user needs is".
WHAT_THEY_WANT = re.compile(
    r"\bwhat\s+(?:they|the\s+user|the\s+person|the\s+asker)\s+(?:\w+\s+)?(?:want|wants|need|needs|are\s+asking|is\s+asking|"
    r"are\s+after|is\s+after|mean|means|care\s+about|cares\s+about)\s+(?:\w+\s+)?is\b",
    _I,
)
# A "basically" next to the request or the wish to know, in the opening sentence: "Básicamente la
# pregunta es...", "in pratica si vuole sapere...", "по сути человек хочет узнать...".
_WISH_TO_KNOW = (
    r"want(?:s)?\s+to\s+know|will\s+wissen|wissen\s+will|veut\s+savoir|quiere\s+saber|vuole\s+sapere|quer\s+saber|"
    r"wil\s+weten|chce\s+wiedzieć|хочет\s+узнать|хочет\s+знать|bilmek\s+istiyor|vill\s+veta|知りたい|想知道|알고\s*싶"
)
OPENING_BASICALLY = re.compile(
    rf"\A[^.!?\n]{{0,40}}?\b(?:{_BASICALLY})\b[^.!?\n]{{0,40}}?(?:(?:{_REQUEST_NOUN}){_TOPIC_OF}|{_WISH_TO_KNOW}|"
    r"geht\s+es\s+um\s+die\s+frage|the\s+user|they)\b",
    _I,
)
# Judging that the reply answers the request, in each language: "ça répond à la demande".
ANSWERS_REQUEST = re.compile(
    r"\b(?:this|that|ça|cela|ceci|esto|eso|questo|isso|dit|to|это|bu|det|das|dies)\s+(?:\w+\s+){0,2}?"
    r"(?:answers|covers|répond|réponde|couvre|responde|responda|cubre|risponde|risponda|copre|beantwoordt|odpowiada|отвечает|yanıtlıyor|cevaplıyor|"
    r"besvarar|täcker|beantwortet)\b[^.\n]{0,25}?(?:question|demande|request|pregunta|lo\s+que|domanda|richiesta|pergunta|"
    r"o\s+que|vraag|pytanie|вопрос|soru|frågan|ce\s+qu|frage|anfrage)|"
    r"\b(?:das|dies)\s+(?:sollte|dürfte|müsste)\s+(?:\w+\s+){0,4}?beantworten\b|"
    r"\b(?:queda|está)\s+respondid[oa]\b|\bfica\s+respondid[oa]\b",
    _I,
)
# Announcing the reply's brevity or scope to itself: "Voy a ser breve", "ich beschränke mich auf".
BREVITY = re.compile(
    r"\b(?:I(?:'ll|\s+will)\s+(?:be\s+brief|keep\s+it\s+brief|frame\s+(?:this|it)|skip\s+the|limit\s+(?:myself|this|it)|"
    r"focus\s+on\s+the|stick\s+with)|je\s+vais\s+(?:faire\s+court|être\s+brèv?e?f?|me\s+limiter|me\s+concentrer)|"
    r"je\s+serai\s+brè?v?e?f?|je\s+me\s+(?:limite|concentre)|voy\s+a\s+(?:ser\s+breve|limitarme|centrarme)|seré\s+breve|"
    r"me\s+(?:limito|centro)\s+a|sarò\s+breve|mi\s+(?:limito|concentro)\s+su|vou\s+(?:ser\s+breve|me\s+limitar)|"
    r"serei\s+breve|ich\s+(?:fasse\s+mich\s+kurz|mache\s+es\s+kurz|halte\s+mich\s+kurz|beschränke\s+mich|"
    r"konzentriere\s+mich)|ik\s+(?:houd|hou)\s+het\s+kort|ik\s+beperk\s+me|będę\s+zwięzł[ya]|ograniczę\s+się|"
    r"буду\s+кратк(?:ой|им|а)|буду\s+краток|ограничусь|(?:cevap|yanıt)\s+vereyim|açıklayayım|anlatayım|kısa\s+keseceğim|"
    r"jag\s+(?:fattar\s+mig\s+kort|håller\s+det\s+kort|svarar\s+kort|begränsar\s+mig))\b|"
    r"简单回答一下|简单说一下|簡潔に答え|手短に|간단히\s*답|짧게\s*답",
    _I,
)
# The asker "after" something, contracted: "User's after a quick fix".
USER_AFTER = re.compile(
    r"\b(?:the\s+)?user(?:'s|’s|\s+is)\s+(?:after|looking\s+for|hoping\s+for|trying\s+to)\b",
    _I,
)
# An earlier turn of this chat, in each language: "their previous message", "la pregunta anterior".
EARLIER_TURN = re.compile(
    r"\b(?:(?:their|his|her)\s+(?:previous|earlier|last|first|original)|the\s+(?:previous|earlier))\s+"
    r"(?:message|question|request|prompt)\b(?![^.\n]{0,60}\b(?:model|API|role|system\s+prompt)\b)|"
    r"\b(?:ihre|seine|die)\s+(?:vorherige|letzte|erste)\s+(?:nachricht|frage)\b|"
    r"\b(?:son|sa|le|la|au|du)\s+(?:message|question|demande)\s+précédente?\b|\b(?:su|la|el|al|del)\s+(?:mensaje|pregunta)\s+anterior\b|"
    r"\b(?:il|la|suo|sua|al|del|nel)\s+(?:messaggio|domanda)\s+precedente\b|\b(?:a|o|sua|seu|ao|à|do|da)\s+(?:mensagem|pergunta)\s+anterior\b|"
    r"上一条消息|上一條訊息|前のメッセージ|이전\s*메시지|"
    r"\b(?:het|de|zijn|haar)\s+vorige\s+(?:bericht|vraag)\b|\bpoprzedni(?:ej|m)?\s+(?:wiadomości|pytaniu|wiadomość|pytanie)\b|"
    r"\bпредыдущ(?:ем|ий|ее|ему)\s+(?:сообщении|сообщение|вопрос|вопросе)\b|\bönceki\s+(?:mesaj|soru)\w*|"
    r"\b(?:förra|tidigare)\s+(?:meddelandet|frågan)\b|上一个问题|前の質問|이전\s*질문",
    _I,
)
# What chat interfaces print around a reasoning trace: "Thought for 4 seconds", "Thinking...".
UI_REASONING = re.compile(
    r"\A\s*(?:thought\s+for\s+\d+(?:[.,]\d+)?\s*(?:s|secs?|seconds?|minutes?|m)\b|(?:thinking|reasoning)\s*(?:\.\.\.|…)[ \t]*\n)|"
    r"^[ \t]*(?:\.\.\.|…)\s*done\s+thinking\b",
    _I | re.MULTILINE,
)
# A reasoning channel's first sentence: "We need to give the capital of Peru." (A worked
# solution's "We need to find x" is the reader's task, so solving verbs are left out.)
WE_TASK_FIRST = re.compile(
    r"\A\s*we\s+(?:need\s+to|must|should|have\s+to)\s+(?:give|provide|list|answer|respond|produce|output|name|state|"
    r"summari[sz]e|translate|recommend|suggest|explain|describe|clarify|tell|compare|outline|draft|reply|craft|"
    r"write(?!\s+(?:a|an|the)\s+(?:function|loop|query|script|test|class|method|program|regex|macro)\b))\b"
    r"(?![^.\n]*\b(?:by|before|until|tomorrow|today|tonight|next\s+\w+|asap|monday|tuesday|wednesday|thursday|friday|"
    r"them|him|her|the\s+client|the\s+customer|the\s+team|the\s+board)\b)",
    _I,
)
# Announcing the final version before writing it: "So, jetzt die endgültige Version schreiben:".
FINAL_VERSION_NEXT = re.compile(
    r"^[^\n]{0,40}?(?:endgültige\s+(?:version|fassung)|finale\s+version|endfassung|version\s+finale|versión\s+final|"
    r"versione\s+finale|versão\s+final|окончательн\w+\s+(?:вариант|верси\w+)|финальн\w+\s+(?:вариант|верси\w+)|"
    r"the\s+final\s+version|最终版|最終版|定稿|최종본|최종\s*버전|fertige\s+antwort|endgültige\s+antwort|resposta\s+final|"
    r"respuesta\s+final|réponse\s+finale|risposta\s+finale|(?:the\s+)?final\s+answer|最終的な回答|最终答案|최종\s*답변|"
    r"окончательный\s+ответ|итоговый\s+ответ)[^\n]{0,30}?(?:schreiben|écrire|rédiger|escribir|redactar|scrivere|escrever|redigir|"
    r"write|написать|напишу|書いていきます|書きます|書こう|写|작성)[^\n]{0,10}[:：]\s*$|"
    r"^[^\n]{0,30}?(?:schreiben|écrire|rédiger|escribir|redactar|scrivere|escrever|redigir|write|написать|напишу)\s+"
    r"(?:(?:die|la|a|the|el|il)\s+)?(?:fertige|endgültige|final\w*|окончательный|итоговый)\s+(?:antwort|réponse|respuesta|"
    r"risposta|resposta|answer|reply|ответ)[^\n]{0,10}[:：]\s*$|"
    r"^[ \t]*(?:ok(?:ay)?,?\s+)?(?:final\s+answer|answer|writing)\s+time\b",
    _I | re.MULTILINE,
)
# Taking on the role the request set: "Since the requested role is a pirate", "il ruolo richiesto".
ROLE_GIVEN = re.compile(
    r"\b(?:the\s+)?(?:requested|assigned|given|specified)\s+(?:role|persona|character|voice)\b|"
    r"\b(?:role|persona|character)\s+(?:requested|asked\s+for|assigned)\b|"
    r"\ble\s+(?:rôle|personnage|persona)\s+(?:demandé|imposé)\b|\bil\s+(?:ruolo|personaggio)\s+(?:richiesto|assegnato)\b|"
    r"(?<!\w)el\s+(?:papel|rol|personaje)\s+(?:pedido|solicitado|asignado)(?!\w)|"
    r"\bdie\s+(?:gewünschte|verlangte|vorgegebene|geforderte)\s+rolle\b|"
    r"(?<!\w)o\s+(?:papel|personagem)\s+(?:pedido|solicitado|atribuído)(?!\w)|(?<!\w)заданн\w+\s+рол\w+(?!\w)|"
    r"指定された(?:役|キャラ|ロール)|요청(?:된|한)\s*역할|要求的角色",
    _I,
)
# Choosing the reply's tone in the first person: "je vais prendre un ton de flibustier".
TONE_PLAN = re.compile(
    r"\bI(?:'ll|’ll|\s+will|'m\s+going\s+to)\s+(?:take|use|adopt|go\s+with|keep|strike)\s+(?:an?|the|my)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:tone|voice|register)\b|"
    r"\bje\s+vais\s+(?:prendre|adopter|utiliser|garder)\s+un\s+(?:\w+\s+)?ton\b|"
    r"\b(?:userò|adotterò|manterrò|terrò|prenderò)\s+un\s+(?:\w+\s+)?tono\b|"
    r"(?<!\w)(?:usaré|adoptaré|mantendré|tomaré)\s+un\s+(?:\w+\s+)?tono(?!\w)|"
    r"(?<!\w)vou\s+(?:usar|adotar|manter)\s+um\s+(?:\w+\s+)?tom(?!\w)|"
    r"\bich\s+(?:werde|verwende|nehme|wähle)\s+(?:\w+\s+){0,2}?(?:einen|den)\s+(?:\w+\s+)?ton\b|"
    r"(?<!\w)(?:буду|стану)\s+(?:говорить|писать|отвечать)\s+[^.\n]{0,20}(?:тоном|в\s+стиле)(?!\w)|"
    r"(?:口調|トーン)で(?:書こう|答えよう|いこう|話そう|書きます|答えます)|(?:말투|톤)으?로\s*(?:답하|쓰|작성)[^.\n]{0,6}(?:겠|자)|"
    r"用[^。\n]{0,8}(?:语气|口吻)(?:来)?(?:回答|写)",
    _I,
)
# A hedged verdict that the reply covers the question: "Direi che così la sua domanda è
# coperta", "Думаю, на вопрос пользователя это отвечает". ("Spero che…" is a courtesy.)
JUDGED_COVERAGE = re.compile(
    r"\b(?:I\s+think|I['’]d\s+say|creo\s+que|direi\s+che|penso\s+che|je\s+pense\s+que|ich\s+denke|acho\s+que)\b"
    r"[^.!?\n]{0,50}?(?:covered|answered|resolved|settled|coperta|risolta|resuelta|cubierta|respondida|couverte|réglée|"
    r"beantwortet|abgedeckt|resolvida)|"
    r"(?<!\w)думаю,?\s+[^.!?\n]{0,40}?(?:отвечает|закрыт|раскрыт)|"
    r"(?:質問|問い)(?:への|に対する)?(?:回答|答え)になっている(?:と思う|はず|かな)|这样(?:就)?(?:回答|解答)了(?:他|她|用户)的问题",
    _I,
)
# Taking back what the writer itself first wrote: "J'ai d'abord écrit 150 g, mais…",
# "Avevo scritto 1805, ma è 1804", "Сначала хотел написать про 90 дней, но…".
REVISES_OWN_TEXT = re.compile(
    r"(?:\bI\s+(?:first|initially|originally)\s+(?:wrote|put|said|had|typed|listed)|\bI\s+had\s+(?:written|put|said)|"
    r"\bj['’]ai\s+d['’]abord\s+(?:écrit|mis|dit|noté)|\b(?:avevo|ho\s+prima)\s+(?:scritto|messo|detto)|"
    r"(?<!\w)(?:primero|al\s+principio)\s+(?:escribí|puse|dije)|(?<!\w)(?:primeiro|antes)\s+(?:escrevi|coloquei|pus)|"
    r"(?<!\w)(?:сначала|вначале)\s+(?:хотел\w*\s+написать|написал\w*|указал\w*)|\b(?:zuerst|erst)\s+hatte\s+ich|"
    r"\bich\s+hatte\s+(?:zuerst|erst|zunächst)\s+\w+|一开始写(?:成)?了|我先写了|最初は[^。\n]{1,20}と書い|처음에[^.\n]{1,20}(?:썼|적었))"
    r"[^.!?\n]{0,80}?(?:\bbut\b|\bmais\b|\bma\b|(?<!\w)pero(?!\w)|(?<!\w)mas(?!\w)|(?<!\w)но(?!\w)|\baber\b|—|–|但|が|지만)",
    _I,
)
# Taking a statement back in the first person: "Nein, ich muss das korrigieren:", "Anzi no,
# correggo:", "Bueno, rectifico:", "En fait, je me trompe", "Nee, dat moet ik terugnemen".
TAKES_BACK = re.compile(
    r"\b(?:ich\s+muss\s+(?:das|mich)\s+korrigieren|ich\s+korrigiere\s+mich|korrigiere:|"
    r"(?:anzi\s+no,?\s+)?(?:mi\s+)?correggo|mi\s+sono\s+sbagliat[oa]|"
    r"(?:bueno,?\s+)?rectifico|me\s+corrijo|corrijo:|(?<!si\s)je\s+me\s+(?:trompe|corrige)|je\s+rectifie|"
    r"(?:dat\s+)?moet\s+ik\s+terugnemen|neem\s+ik\s+terug|I\s+take\s+(?:that|it)\s+back|I\s+stand\s+corrected|"
    r"retiro\s+lo\s+dicho|ritiro\s+quanto\s+detto|retiro\s+o\s+que\s+disse|corrijo-me|"
    r"sorry,?\s+I\s+mean)\b|(?<!\w)(?:поправлюсь|беру\s+(?:свои\s+)?слова\s+назад|я\s+ошиб(?:ся|лась))(?!\w)|"
    r"訂正します|言い直します|我说错了|更正一下|정정(?:합니다|할게요)",
    _I,
)
# Sequencing the reply in CJK: "先给结论，再解释原因", "先に結論を述べて", "먼저 결론을 말하고".
SEQUENCE_CJK = re.compile(
    r"先(?:给|说|讲|写|列)(?:出)?(?:结论|答案|重点|步骤)[，,]?再(?:解释|说明|讲|补充)|"
    r"先に(?:結論|答え|要点)を(?:述べ|書い|言っ)て|먼저\s*(?:결론|답|요점)을\s*(?:말하고|쓰고|제시하고)",
)
# The person asking as "this person", with what they want: "この人は…たいということですね".
THIS_PERSON_WANTS = re.compile(
    r"\bthis\s+person\b[^.!?\n]{0,80}?\b(?:wants?|is\s+asking|asks|needs|is\s+after|is\s+looking)\b|"
    r"この人は[^。\n]{0,60}(?:たい|ほしい|欲しい)|이\s*사람은[^.\n]{0,60}(?:싶은|원하)|这个人(?:想|要|在问)|"
    r"(?<!\w)этот\s+человек\s+(?:\w+\s+){0,3}?(?:хочет|спрашивает|ищет)(?!\w)",
    _I,
)
# The text opening on what is wanted, the subject dropped as notes drop it: "Wants a formal
# synonym for "happy" →", "Quiere una frase motivadora para el equipo. Breve.", "Vuole sapere
# se…". "Quiere decir", "vuol dire" mean "means".
OPENS_ON_WANTS = re.compile(
    r"\A\s*(?:(?:ok(?:ay)?|so|also|allora|quindi|alors|entonces|então)\s*[,:]?\s+){0,2}"
    r"(?:wants|is\s+after|asks\s+for|quiere|pide|vuole|chiede|quer|pede|veut|möchte|wil|chce|хочет|просит)\s+"
    r"(?!(?:decir|dire|dizer|heißen|zeggen|сказать|je|jij|u|du|tu|you|vous|ты|вы)\b)(?:sapere|saber|savoir|wissen|weten|know|"
    r"знать|\w+\s+)",
    _I,
)
# "Certo, vamos lá. A pergunta é quem…": an opener, then the question restated.
OPENER_RESTATES = re.compile(
    r"\A\s*(?:certo|ok(?:ay)?|bom|bueno|vale|d['’]accord|bon|also|gut|ладно|итак|так|allora|va\s+bene)[,.!]?\s+"
    r"(?:(?:vamos\s+lá|vediamo|voyons|mal\s+sehen|veamos|посмотрим)[,.!]?\s+)?"
    r"(?:a\s+pergunta|la\s+pregunta|la\s+domanda|la\s+question|die\s+frage|вопрос)\s+(?:é|es|è|est|ist|в\s+том|—|:)|"
    # "So the goal is a quick way to split a PDF.": the task restated as the first words
    r"\A\s*(?:so|also|donc|entonces|quindi|então|dus|итак|więc),?\s+(?:(?:the|das|die|le|el|o|het)\s+|l['’])?"
    r"(?:goal|aim|task|ask|ziel|aufgabe|but|objectif|objetivo|obiettivo|doel|задача|цель|cel)\s+(?:is|ist|est|es|è|é|"
    r"—|:|is\s+basically)\s",
    _I,
)
# A last check before sending the reply: "Zanim to wyślę, jedna rzecz:", "Before I send this".
BEFORE_SENDING = re.compile(
    r"\bbefore\s+I\s+(?:send|post|submit|hit\s+send\s+on)\s+(?:this|it)\b|\bbevor\s+ich\s+(?:das|es)\s+abschicke\b|"
    r"\bavant\s+d['’]envoyer\s+(?:ça|ceci|la\s+réponse)\b|(?<!\w)antes\s+de\s+(?:enviar|mandar)(?:lo|la)?\s+(?:esto|la\s+respuesta)?(?!\w)|"
    r"\bprima\s+di\s+inviar(?:e|la|lo)\b|(?<!\w)zanim\s+to\s+wyślę(?!\w)|(?<!\w)перед\s+отправкой(?!\w)|送信する前に|보내기\s*전에|"
    # checking before the reply exists: "Quick sanity pass on the numbers before answering"
    r"(?:\b(?:check|pass|look|sanity|verif|double-check|vérif|contrôl|revis|controll|prüf)\w*|(?<!\w)провер\w*|確認|检查|核对|확인)"
    r"[^.!?。\n]{0,40}?(?:\bbefore\s+(?:answering|replying|responding|writing\s+(?:it|this|the\s+(?:answer|reply)))\b|"
    r"\bavant\s+de\s+répondre\b|(?<!\w)antes\s+de\s+responder(?!\w)|\bprima\s+di\s+rispondere\b|\bbevor\s+ich\s+antworte\b|"
    r"(?<!\w)прежде\s+чем\s+ответить(?!\w))|(?:回答する|答える)前に(?:確認|チェック)|回答之前(?:检查|核对)|답하기\s*전에\s*확인",
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
    (AS_ASKED_VERDICT, "checks its own reply", 1.5, False),
    (DOES_AS_FORM, "plans the reply", 1.5, True),
    (SELF_ASK_CJK, "plans the reply", 1.5, True),
    (STOPS_AT, "plans the reply", 1.5, False),
    (FROM_CONTEXT, "thinks aloud", 1.5, False),
    (CLEARED_TO_SEND, "checks its own reply", 1.5, False),
    (STOPS_HERE, "checks its own reply", 1.5, False),
    (BARE_ASKER_NOTE, "narrates the requester", 1.5, False),
    (WHAT_THEY_WANT, "narrates the requester", 1.5, False),
    (OPENING_BASICALLY, "narrates the request", 1.0, False),
    (ANSWERS_REQUEST, "checks its own reply", 1.5, False),
    (BREVITY, "plans the reply", 1.0, True),
    (WE_TASK_FIRST, "plans the reply", 1.0, False),
    (REVISES_OWN_TEXT, "corrects itself aloud", 1.5, False),
    (
        TAKES_BACK,
        "corrects itself aloud",
        1.5,
        True,
    ),  # "You're right, I stand corrected" is owned up
    (SEQUENCE_CJK, "plans the reply", 1.5, False),
    (THIS_PERSON_WANTS, "narrates the requester", 1.5, True),
    (OPENS_ON_WANTS, "narrates the requester", 1.5, False),
    (OPENER_RESTATES, "narrates the request", 1.0, False),
    (BEFORE_SENDING, "checks its own reply", 1.5, True),
    (FINAL_VERSION_NEXT, "plans the reply", 1.5, False),
    (ROLE_GIVEN, "restates its instructions", 1.0, False),
    (TONE_PLAN, "plans the reply", 1.0, True),
    (JUDGED_COVERAGE, "checks its own reply", 1.5, True),
    (EARLIER_TURN, "narrates the conversation", 1.0, False),
    (USER_AFTER, "narrates the requester", 1.5, False),
    (INVERTED_ASKER, "narrates the requester", 1.5, False),
    (CJK_PLAN, "plans the reply", 1.5, False),
    (THINKING_HEADING, "labels its thinking", 2.0, False),
    (BEING_ASKED_ANY, "narrates the assistant", 1.5, False),
    (MEASURED_REPLY, "checks its own reply", 1.5, False),
    (IF_I_UNDERSTAND, "narrates the request", 1.0, False),
    (OPENING_REQUEST, "narrates the request", 1.0, False),
    (RETRACTION, "corrects itself aloud", 1.5, False),
    (FIRST_THOUGHT, "corrects itself aloud", 1.5, True),
    (MISSPOKE, "corrects itself aloud", 1.0, False),
    (THINKS_ALOUD, "thinks aloud", 1.0, False),
    (CHECKS_OUT, "checks its own reply", 1.0, False),
    (VERIFIED_ALOUD, "checks its own reply", 1.5, True),
    (SELF_QUESTION, "checks its own reply", 1.5, True),
    (SIGNED_OFF, "checks its own reply", 1.5, True),
    (RULE_LIMIT, "restates its instructions", 1.5, True),
    (ENOUGH_SAID, "checks its own reply", 1.5, False),
    (WHAT_WAS_ASKED, "narrates the request", 1.0, False),
    (OWN_RULES, "restates its instructions", 1.5, False),
    (WE_MUST_ANSWER, "plans the reply", 1.5, False),
    (BRACKET_NOTE, "notes to itself", 1.5, False),
)


def structural_signs(text: str) -> Iterator[tuple[str, float, int, int, bool]]:
    """(rule, weight, start, end, needs_unaddressed) for each structural sign in `text`."""
    for found in UI_REASONING.finditer(text):
        yield "reasoning block", 3.0, found.start(), found.end(), False
    match = OPEN_TAG_BLOCK.match(text)
    if match:
        yield "reasoning block", 3.0, match.start("tag") - 1, match.end("tag") + 1, False
    story = bool(NARRATIVE.search(text))  # a story's or script's brackets are stage directions
    for pattern, rule, weight, unaddressed in SIGNS:
        skip = (
            (story and pattern in (BRACKET_NOTE, THINKS_ALOUD, FIRST_THOUGHT))
            or (pattern is ASKER and THREAD_SUMMARY.search(text))  # a thread, summarised
            or (pattern is CONSTRAINT_CHECK and YOUR_WRITING.search(text))  # their letter's length
        )
        for found in pattern.finditer(text if not skip else ""):
            yield rule, weight, found.start(), found.end(), unaddressed
    note = INFINITIVE_NOTE.match(text)
    if note and len(text) > note.end() + 20:
        yield "plans the reply", 1.0, note.start(), note.end(), True
    first = SELF_IMPERATIVE.match(text)
    sentence = text[: first.end() + 120].split(".")[0] if first else ""
    if first and len(text) > first.end() + 20 and not _CONDITIONAL.search(sentence):
        yield "plans the reply", 1.0, first.start(), first.end(), True
    yield from shape_signs(text)
    yield from frame_signs(text)
    yield from narration_signs(text, story)
    yield from aside_signs(text if not story else "")
    yield from sentence_signs(text if not story else "")
    yield from cell_signs(text if not story else "")
    yield from person_signs(text if not story else "")
    yield from note_signs(text)
    yield from language_signs(text)
    yield from history_signs(text)
    yield from customer_signs(text)
    yield from guess_signs(text)
    yield from subjectless_signs(text if not story else "")
    yield from input_signs(text)
