"""`meta_rambling`: the answer narrates the request, plans or checks itself, or leaks reasoning.

The detector describes the failure by its structure, not by phrases. Evidence is scored
and summed; the check fails when the score reaches `threshold`:

- Reasoning markers left in the text: `<think>` blocks, harmony channels, their flattened
  forms (`analysis...assistantfinal`). Markers inside code, or named as tags, are prose.
- Who the text talks about: the person asking, in the third person ("the user wants",
  "they're after", "l'utilisateur demande", "用户想知道"), the request itself ("the prompt
  asks"), the conversation ("earlier in this chat"), the system prompt.
- What it does: plans the reply in the first person ("I'll keep this short", "time to write
  the final version", "la respuesta debe..."), shapes the reply as an object ("my answer
  should..."), corrects itself aloud ("wait, no", "actually, hold on", "I forgot..."),
  labels its thinking or drafts ("Scratchpad:", "Draft answer:", "Task: ... Output: ...").
- Where: planning before the answer (the first sentence) weighs more; sentences addressed
  to the reader ("I'll walk you through it") and conditions ("when the user clicks...")
  weigh less; code and quoted speech are not read.
- A learned second opinion (`_meta_learned`): logistic regression over hashed n-grams,
  trained on the development corpus only, reads the answer whole and its paragraphs alone,
  and blends those readings with the sum of the rules' evidence. Sure, it fails an answer
  alone (1.5); otherwise it adds nothing. `ignore: [learned model]` turns it off.

Each language contributes its words for these roles (`_meta_lexicon`); the rules combine
them the same way in every language.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from pydantic import Field, field_validator

from harness.checks import _meta_lexicon as lx
from harness.checks import register
from harness.checks._meta_frames import CHAT_DOCS, ROLE_MESSAGE, is_letter_draft
from harness.checks._meta_learned import RULE as LEARNED
from harness.checks._meta_learned import learned_sign
from harness.checks._meta_narration import ASK_TOPIC, NARRATIVE, THREAD_SUMMARY
from harness.checks._meta_shapes import SOLUTION
from harness.checks._meta_signs import sign_sums
from harness.checks._meta_structure import EARLIER_TURN, YOUR_WRITING, structural_signs
from harness.checks._text import PARAGRAPH_BREAK, blank, last_paragraph, mask_code
from harness.checks.base import Answer, Check, CheckParams, CheckResult, excerpt

_F = re.IGNORECASE | re.MULTILINE
DEFAULT_THRESHOLD = 1.5


@dataclass(frozen=True)
class Evidence:
    """One piece of evidence: what rule, how much it weighs, and where."""

    rule: str
    weight: float
    start: int
    end: int


def _alt(table: dict[str, str]) -> str:
    return "|".join(f"(?:{v})" for v in table.values())


# ---------------------------------------------------------------- reasoning markers
TAG = re.compile(
    r"</?\s*(?:think|thinking|thought|reasoning|reflection|scratchpad|analysis)\s*>|"
    r"<\|(?:begin|end)_of_(?:thought|solution)\|>|◁/?think▷",  # OpenThoughts/Sky-T1, Kimi
    re.IGNORECASE,
)
TAG_TALK = re.compile(
    r"(?:\btags?\b|\bblocks?\b|\belements?\b|\bmarkers?\b|\btokens?\b|\bbetween\b|\bwrap|\binside\b)",
    re.IGNORECASE,
)
HARMONY = re.compile(r"<\|(?:channel|start|message|end|return)\|>|<\|constrain\|>", re.IGNORECASE)
FLAT_CHANNEL = re.compile(
    r"^\s*(?:analysis|commentary)(?=[A-Z\"'“])|assistantfinal|^[ \t]*commentary\s+to=[\w.]+|"
    r"^[ \t]*analysis[ \t]*(?:\n|[ \t]+(?=[A-Z]))[\s\S]{1,3000}?^[ \t]*final[ \t]*(?:\n|[ \t]+(?=[A-Z]))|"
    r"^\s*(?:analysis|commentary|thinking|reasoning)\b[^\n]{0,400}?\b(?:assistant)?final\s*[:：]",
    re.MULTILINE,
)
# Channel names as line labels ("commentary: calling the weather tool" … "final: It's 4°C"), or
# "final" glued to the analysis's last sentence. Documentation of the channels names them as
# channels, so it is left alone.
CHANNEL_LINES = re.compile(
    r"^\s*(?:analysis|commentary)\b[^\n]{0,600}?[.!?)](?:assistant)?final(?=[ \t]*\S)|"
    r"^\s*(?:analysis|commentary|reasoning)\s*[:：][^\n]{1,400}\n(?:[^\n]*\n){0,8}?[ \t]*final\s*[:：]",
    re.MULTILINE,
)
CHANNEL_TALK = re.compile(
    r"\bchannels?\b|\bharmony\b|gpt-oss|\bcana(?:l|is|les|ux)\b|\bKan[äa]le?\b|канал", re.IGNORECASE
)

# ---------------------------------------------------------------- who the text talks about
REQUESTER_VERB = [
    *(
        re.compile(
            rf"(?<![\w-])(?P<who>{lx.REQUESTER[lang]})(?:'s|’s)?,?\s+(?:[\w’'-]+,?\s+){{0,{gap}}}?"
            rf"(?P<verb>{lx.REQUEST_VERB[lang]})(?![\w-])",
            _F,
        )
        for lang, gap in (
            ("en", 2), ("de", 3), ("fr", 2), ("es", 2), ("it", 2), ("pt", 2),
            ("nl", 3), ("pl", 3), ("ru", 3), ("tr", 10), ("sv", 3),
        )
    ),
    # German puts the verb second: "Zusammengefasst hat der Nutzer zwei Fragen gestellt".
    re.compile(
        r"\b(?P<verb>hat|hatte|will|wollte|möchte|fragt|fragte|sucht|braucht|bittet|meint|schreibt|schrieb|erwähnt|"
        r"erwähnte)\s+(?P<who>der\s+(?:nutzer|benutzer|fragesteller|fragende)|die\s+(?:nutzerin|benutzerin|fragestellerin))\b",
        _F,
    ),
]  # fmt: skip
REQUESTER_VERB_CJK = re.compile(
    rf"(?P<who>{lx.REQUESTER_CJK})[^。！？\n]{{0,40}}?(?P<verb>{lx.REQUEST_VERB_CJK})"
)
WEAK_WHO = re.compile(r"person|persona|personne|pessoa|osoba|persoon|human", re.IGNORECASE)
THEY_VERB = re.compile(
    r"\b(?:they|he\s+or\s+she|ils|elles)(?:'re|’re|\s+are|'ve|\s+have)?\s*(?:just\s+|really\s+|probably\s+|clearly\s+|"
    r"also\s+|now\s+|actually\s+|only\s+|basically\s+)?(?:asking|asked|after|looking\s+for|want|wanted|wants|mean|meant|thought|"
    r"mentioned|said|wrote|specified|requested|expect|prefer|need\s+help|describe|described|describes|demandent|veulent|cherchent|'d\s+like|would\s+like|"
    r"souhaitent|confused|unsure|curious|wondering|worried|stuck|frustrated|missing|sounded|seem|seemed|say|says)\b",
    re.IGNORECASE,
)
THEY_ASKING = re.compile(
    r"\w+(?:'re|’re|\s+are)?\s+(?:\w+\s+)?(?:asking|asked|after|looking\s+for)\b", re.IGNORECASE
)
SOURCE_BEFORE = re.compile(
    r"\b(?:per|from|going\s+by|based\s+on|judging\s+by)\s+what\s+$", re.IGNORECASE
)
ME_OBJECT = re.compile(r"\b(?:me|mir|mich|moi|me|mi|mnie|меня|мне)\b|我|私に", re.IGNORECASE)
REQUEST_NOUN = re.compile(
    r"\b(?:the|this)\s+(?:question|request|query|prompt|instructions?|task|message|follow-up|ask)\s+"
    r"(?:(?:really|only|clearly|mainly|actually|just)\s+)?(?:asks|is\s+asking|wants|wanted|asked\s+for|called\s+for|says|said|mentions|mentioned|specifies|requires|calls\s+for|is\s+about|"
    r"was\s+about|is\s+(?:really\s+|mainly\s+|actually\s+|just\s+|only\s+)?about|is\s+for|only\s+wants|explicitly|clearly|seems|is\s+(?:simple|straightforward|clear|ambiguous))\b|"
    r"\blooking\s+at\s+the\s+(?:question|request|prompt)\b|\bre-?read(?:ing)?\s+the\s+(?:question|request|prompt)\b|"
    r"\b(?:was|were|been)\s+(?:requested|asked\s+for|mentioned\s+earlier|specified)\b|"
    r"\b(?:fits|matches|suits|answers)\s+the\s+(?:request|question|prompt)\b|"
    r"\bwhat(?:'s|’s|\s+is)\s+being\s+asked\b|\bthe\s+(?:request|instruction|prompt|question)\s+(?:is|was)\s+to\b|"
    r"\b(?:understand(?:ing)?|parse|analy[sz]e|restate|rephrase|paraphrase|clarify|re-?read|read)\s+the\s+(?:request|question|prompt|task|problem)\b|"
    r"\b(?:request|question|task)\s+(?:understood|received|noted|is\s+clear)\b|"
    r"\bthe\s+(?:user|asker|person)(?:'s|’s)\s+(?:request|question|query|prompt|intent|wording)\b|"
    r"\bthe\s+user(?:'s|’s)\s+(?:question|request|message|query|prompt)\s+(?:is\s+about|was\s+about|asks|is\s+asking|"
    r"concerns|is\s+(?:simple|clear|straightforward|ambiguous)|seems)\b",
    re.IGNORECASE,
)
INSTRUCTIONS = re.compile(
    r"\b(?:the\s+)?(?:system|developer)\s+(?:prompt|message|instructions?)\s+"
    r"(?:says|said|tells\s+me|told\s+me|asks|wants|requires|instructs|states|forbids)\b|"
    r"\b(?:as\s+(?:instructed|required)|per|according\s+to)\s+(?:by\s+)?(?:the|my)\s+(?:system|developer)\s+"
    r"(?:prompt|message|instructions?)|\bI\s+(?:am|was)\s+(?:instructed|told)\s+to\b|"
    r"\bmy\s+instructions\s+(?:say|are|tell)|\baccording\s+to\s+(?:the|my)\s+(?:instructions|guidelines)\b|"
    r"\bthe\s+instructions\s+(?:say|said|ask|asked|asked\s+for|want|required|call\s+for)\b|"
    r"\b(?:the|our|openai)\s+policy\s+(?:says|allows|requires|forbids|permits)\b|\b(?:dis)?allowed\s+content\b|"
    r"\bwe\s+(?:can|must|should)\s+comply\b|"
    r"\b(?:I|we)\s+(?:\w+\s+){0,2}(?:follow|obey|stick\s+to)\s+the\s+(?:instructions|guidelines|policy|system\s+prompt)\b",
    re.IGNORECASE,
)
CONVERSATION = re.compile(
    r"\b(?:earlier|before|previously)\s+in\s+(?:this|the)\s+(?:chat|conversation|thread|exchange)\b|"
    r"\bthe\s+(?:follow-up|previous\s+(?:message|turn|question))\b|\bin\s+this\s+chat\b|"
    r"\b(?:earlier|previous)\s+part\s+of\s+(?:this|the)\s+(?:chat|conversation)\b|"
    r"\b(?:a|this)\s+follow-up\s+(?:to|on)\b|\bthe\s+(?:earlier|previous|last|original)\s+(?:question|request|message)\b|"
    r"\bthe\s+conversation\s+(?:so\s+far|history)\b|"
    r"\bin\s+diesem\s+chat\b|\bplus\s+tôt\s+dans\s+(?:cette|la)\s+conversation\b|"
    r"\ben\s+esta\s+conversación\b|\bin\s+questa\s+conversazione\b|\bnesta\s+conversa\b|"
    r"\bв\s+этом\s+(?:чате|разговоре)\b|之前的对话|在这段对话中|この会話",
    re.IGNORECASE,
)
ASSISTANT = re.compile(
    r"\bthe\s+assistant\s+(?:responded|replied|answered|said|explained|gave|provided|"
    r"(?:should|must|needs?\s+to|has\s+to|will)\s+(?:now\s+|just\s+|simply\s+)?(?:respond|reply|answer|say|provide|give|explain|be|not|avoid|mention))\b",
    re.IGNORECASE,
)

# ---------------------------------------------------------------- what the text does
REPLY_MODAL = [
    re.compile(
        rf"(?<![\w-])(?P<noun>{lx.REPLY_NOUN[lang]})\s+(?:[\w’'-]+\s+){{0,1}}?(?:{lx.REPLY_MODAL[lang]})(?![\w-])",
        _F,
    )
    for lang in lx.REPLY_NOUN
]
REPLY_MODAL_CJK = re.compile(rf"(?:{lx.REPLY_NOUN_CJK})[^。！？\n]{{0,6}}?(?:{lx.REPLY_MODAL_CJK})")
# Words between a subject and its verb: adverbs and auxiliaries, never a determiner (past
# one, the verb slot is gone: "let's check the answer" is not "let's answer").
_GAP = (
    r"(?!(?:the|a|an|my|your|this|that|these|its|la|le|les|el|los|il|lo|die|der|das|den|een|de)\s)"
    r"[\w’'-]+\s+"
)
_WORD_END = r"(?![\w-])"
# Turkish planning verbs are matched as stems of longer words; Romance verbs take clitics.
_CLITIC_END = r"(?:l[oae]s?|le|se|me|gli|ne)?(?![\w-])"
_VERB_END = {"tr": "", "es": _CLITIC_END, "it": _CLITIC_END, "pt": _CLITIC_END}
PLANNING = [
    re.compile(
        rf"(?<![\w-])(?P<subject>{lx.PLAN_SUBJECT[lang]})(?![\w-])\s*(?:{_GAP}){{0,2}}?(?P<verb>{lx.PLAN_VERB[lang]}){_VERB_END.get(lang, _WORD_END)}",
        _F,
    )
    for lang in lx.PLAN_SUBJECT
]
PLANNING_CJK = re.compile(
    rf"(?:{lx.PLAN_SUBJECT_CJK})[^。！？\n]{{0,8}}?(?:{lx.PLAN_VERB_CJK})|"
    rf"(?:{lx.PLAN_VERB_CJK})[^。！？\n]{{0,8}}?(?:{lx.PLAN_SUBJECT_CJK})"
)
REPLY_VERBS = re.compile(
    r"answer|respond|reply|draft|compose|craft|formulate|write\s+(?:out|up|the|a|my)|go\s+with|comply|output|"
    r"keep\s+(?:it|this|the\s+answer|the\s+reply|things)|stick\s+to|be\s+(?:brief|concise)|elaborate|"
    r"put\s+together|finali[sz]e|greet|acknowledge|antwort|répond|respond|rispond|redig|rédig|"
    r"odpowi|ответ|cevap|yanıt|回答|回复|答え",
    re.IGNORECASE,
)
REPLY_OBJECT = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,3}?(?:response|answer|reply|final|draft|version|réponse|respuesta|risposta|resposta|"
    r"antwoord|antwort|odpowiedź|ответ|cevap|yanıt)",
    re.IGNORECASE,
)
WE_OBJECT = re.compile(
    r"\s+(?:\w+\s+){0,3}?(?:the\s+user|the\s+question|the\s+request|the\s+prompt|(?:an?|the|our)\s+(?:\w+\s+)?(?:answer|response|reply|explanation|summary|description|definition|greeting))\b",
    re.IGNORECASE,
)
COMPLY = re.compile(r"comply|craft|elaborate|output", re.IGNORECASE)
EXTERNAL_OBJECT = re.compile(
    r"\s+(?:to\s+)?(?:him|her|them|mu|jej|im|ему|ей|им|lui|leur|gli|ihm|ihr|hem|haar|hun)\b|"
    r"\s+to\s+(?:the|our|their|your|this|that)\s+(?!user\b|question\b|request\b|prompt\b|query\b)\w+|"
    r".{0,30}\b(?:tomorrow|morgen|demain|mañana|domani|amanhã|jutro|завтра|yarın)\b|.{0,30}(?:明天|明日)|"
    r"(?:le|les)?\s+(?:al|a\s+la|au|à\s+la|dem|der|aan\s+de|do|ao|à)\s+(?:cliente|clienta|proveedor|client|cliente|kunden|"
    r"kundin|klant|klienta|fornecedor|fournisseur)\b|\s+(?:заказчику|клиенту|поставщику|партнёру|партнеру)|"
    r".{0,40}\b(?:before|by|until|vor|avant|antes\s+del?|entro|até|voor|przed|до)\s+(?:friday|monday|thursday|freitag|"
    r"vendredi|jeudi|viernes|venerdì|sexta|vrijdag|piątku|пятницы|четверга)",
    re.IGNORECASE,
)
NAMED_OBJECT = re.compile(r"\s+(?:to\s+)?(?!I\b)[A-Z][a-z]+\b(?!\s+(?:is|was|has))")
WE_SUBJECT = re.compile(r"^we\b", re.IGNORECASE)
LETS_SUBJECT = re.compile(r"^let(?:'|’)?s\b", re.IGNORECASE)
FIRST_PERSON_REPLY = re.compile(
    r"(?<![\w-])(?:risponderò|scriverò|responderé|escribiré|redactaré|répondrai|rédigerai|responderei|escreverei|"
    r"odpowiem|napiszę|отвечу|напишу|cevap\s+vereceğim|yanıt\s+vereceğim|cevaplayacağım|yanıtlayacağım|"
    r"ik\s+antwoord|antwoord\s+ik|ich\s+antworte|antworte\s+ich)(?![\w-])",
    re.IGNORECASE,
)
ACTUALLY = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:actually|eigentlich|eigenlijk|en\s+réalité|en\s+realidad|in\s+realtà|na\s+verdade|"
    r"właściwie|на\s+самом\s+деле|aslında)\b|(?:^|(?<=[。！？]))(?:其实|其實|実際は|実は)",
    re.IGNORECASE | re.MULTILINE,
)
PLAN_CONTENT = re.compile(
    r"\bpresent\s+(?:as|it|them|the|in)\b|\b(?:mention|remind\s+about|greet|answer|respond|reply|keep\s+(?:it\s+)?(?:short|brief|simple|tight)|add\s+(?:risks|caveats?|a\s+caveat|an?\s+example|sources)|list\s+\d+|acknowledge|the\s+user|the\s+question|"
    r"the\s+request|clarify|explain|question\s+is\s+about|define|definition|(?:an?|one|give)\s+(?:\w+\s+)?example|conclude|wrap\s+up)\b|"
    r"\b(?:definieren|definition|beispiel|ausnahme|définir|définition|exemple|conclure|definir|definición|ejemplo|"
    r"definire|definizione|esempio|concludere|definição|exemplo|concluir|definitie|voorbeeld|afronden|"
    r"definicja|przykład|zakończenie)\b|(?<!\w)(?:определение|пример|вывод)(?!\w)|定义|例子|定義|例を|結論|まず|次に|"
    r"首先|然后|먼저|그다음|예문|謝罪|敬語|順に|先给|举例|"
    r"\b(?:asks|wants|pide|quiere|demande|chiede|fragt|vraagt|pyta)\b|"
    r"\b(?:saludo|disculpa|cierre|greeting|apology|closing|begrüßung|entschuldigung|salutation|excuses|saluto|scuse|"
    r"saudação|desculpa|groet|excuses|powitanie|przeprosiny)\b|"
    r"\b(?:antworten|begrüßen|répondre|saluer|responder|saludar|rispondere|salutare|cumprimentar|"
    r"antwoorden|odpowiedzieć|ответить|cevap)\b|回答|回复|答え",
    re.IGNORECASE,
)
FUTURE_PLAN = re.compile(rf"(?<![\w-])(?:{lx.FIRST_PERSON_FUTURE})(?![\w-])", re.IGNORECASE)
NEGATION_NEAR = re.compile(r"\b(?:no|non|nein|nee|nie|nej|нет|hayır|não)\b|不|いや", re.IGNORECASE)
HEDGE = re.compile(
    r"(?:(?:it\s+)?(?:sounds|seems|looks)\s+like|seems|apparently|presumably|I\s+think|I\s+guess|guess|so|given|since|"
    r"(?:pretty|fairly|quite)\s+sure|I['’]m\s+(?:pretty\s+)?sure|probably|clearly|"
    r"because|considering)\s*,?\s*$",
    re.IGNORECASE,
)
# A sentence of advice to the reader: "Avoid macros that ignore what the user asked."
ADVICE_START = re.compile(
    r"\s*(?:\d+[.)]\s*)?(?:avoid|don['’]t|do\s+not|never|always|make\s+sure|remember|try\s+to|be\s+sure)\b",
    re.IGNORECASE,
)
PROMPT_TALK = re.compile(r"\b(?:system\s+)?prompts?\b", re.IGNORECASE)  # advice on writing prompts
MODEL_TALK = re.compile(
    r"\b(?:model|models|LLM|chatbot|bot|API|app|application|server|endpoint|modèle|Modell|modelo|modello|"
    r"модель)\b|模型|モデル",
    re.IGNORECASE,
)
# A question set as a heading or in bold, as FAQs set theirs: "**What should I say if…?**".
FAQ_QUESTION = re.compile(r"\s*(?:\*\*|__|#{1,6}\s|Q\d*\s*[:.]|F\d*\s*[:.])")
REPLY_NOTE = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:provide|give|write|keep|answer|respond|reply|output|use|offer|include|add)\s+"
    r"(?:a\s+|the\s+|an\s+)?(?:concise|brief|short|final|simple|direct|clear|friendly|quick|one-line|polite)\s+"
    r"(?:answer|response|reply|explanation|summary|version)\b|"
    r"(?:^|(?<=[.!?]\s))(?:need\s+to|have\s+to|must|should|gotta|better|want\s+to|going\s+to|gonna)\s+"
    r"(?:be\s+careful|make\s+sure|answer|respond|reply|keep\s+it|mention|avoid|include|clarify|check|give|provide)\b|"
    r"\bshould\s+(?:I|we)\s+(?:also\s+)?(?:add|include|mention|use|say|give|answer|keep|explain|list|start|"
    r"respond|reply|ask|clarify|assume)\b|"
    r"\b(?:a|the)\s+(?:short|brief|one-line|one-sentence|quick|concise|simple|direct|single-word|plain)\s+"
    r"(?:answer|reply|response)\s+(?:works|is\s+best|suffices|is\s+enough|will\s+do|should\s+do|is\s+fine|fits)\b",
    re.IGNORECASE | re.MULTILINE,
)
# Deciding what the reply covers: "I don't need to explain the history", "no need to list them".
SCOPE_NOTE = re.compile(
    r"\bI\s+(?:don't\s+|do\s+not\s+)?(?:need|have|ought)\s+to\s+(?:explain|describe|cover|go\s+into|list|mention|include|add)\b|"
    r"\bI\s+should(?:n't|\s+not)?\s+(?:explain|describe|cover|go\s+into)\b|"
    r"\bno\s+need\s+to\s+(?:explain|describe|cover|go\s+into|mention|list|repeat)\b",
    re.IGNORECASE,
)
BEING_ASKED = re.compile(lx.BEING_ASKED, re.IGNORECASE)
ROLE = re.compile(lx.ROLE, re.IGNORECASE)
FORM_NOTE = re.compile(lx.FORM_NOTE, re.IGNORECASE | re.MULTILINE)
BEST_REPLY = re.compile(lx.BEST_REPLY, re.IGNORECASE)
MUST_REPLY = re.compile(lx.MUST_REPLY, re.IGNORECASE)
THEIR_REQUEST = re.compile(lx.THEIR_REQUEST, re.IGNORECASE)
SELF_EVAL = re.compile(lx.SELF_EVAL, re.IGNORECASE)
INTENT_QUESTION = re.compile(lx.INTENT_QUESTION, re.IGNORECASE)
REQUEST_LANGUAGE = re.compile(lx.REQUEST_LANGUAGE)
ASSISTANT_MODAL = re.compile(lx.ASSISTANT_MODAL, re.IGNORECASE)
FIRST_CLAUSE = re.compile(r"\s*([^.!?:;\n。！？：]{1,80})")
# Feedback on the asker's own writing advises how to open it: "Open with the achievement".
OPENING_ADVICE = re.compile(r"(?:open|lead|start)\s+with", re.IGNORECASE)
TEAM_BEFORE = re.compile(r"(?:\b(?:нам|мы|wir|nous|noi|nós|wij|my|biz|we|us)\s*)$", re.IGNORECASE)
KIND_FRAGMENT = re.compile(
    rf"(?<![\w-])(?:(?:a|an|eine?|une?|una?|um|uma|een)\s+)?(?:(?:{lx.KIND_ADJ})\s+(?:[\w-]+\s+){{0,2}}?(?:{lx.KIND_NOUN})"
    rf"|(?:{lx.KIND_NOUN})\s+(?:{lx.KIND_ADJ}))(?![\w-])|{lx.KIND_CJK}",
    re.IGNORECASE,
)
REQUEST_LABEL = re.compile(
    r"^[ \t]*(?:[-*]\s*)?(?:the\s+)?(?P<what>user|request|question|query|prompt|ask|user\s+(?:message|request|query)|"
    r"question\s+from\s+the\s+user|user(?:'s)?\s+question|(?:core|main|real|actual|key)\s+question|"
    r"anfrage|demande|petición|richiesta|pedido|verzoek|prośba|запрос|"
    r"(?:follow-up|message|question|request)\s+from\s+the\s+user)\s*(?:[:：]|=(?!=))"
    r"(?P<quote>\s*[\"“'«])?",
    re.IGNORECASE | re.MULTILINE,
)
REQUEST_TOPIC = re.compile(lx.REQUEST_TOPIC, re.IGNORECASE)
FROM_USER = re.compile(r"\b(?:from|for|by)\s+the\s+(?:user|asker|person\s+asking)\b", re.IGNORECASE)
KIND_OF_REQUEST = re.compile(
    r"\b(?:this|it|that)(?:'s|’s|\s+is|\s+was|\s+reads\s+like|\s+sounds\s+like|\s+looks\s+like)\s+(?:a|an)\s+"
    r"(?:[\w-]+\s+){0,2}(?:question|request|query|ask)\b",
    re.IGNORECASE,
)
FORMAL_YOU = re.compile(r"\b(?:Ihnen|Ihre[mnrs]?|Euch|Euer)\b")
CLITIC_BEFORE = re.compile(r"(?:\b(?:te|ti|vi|lhe|vous|ci)|\bt['’])\s*$", re.IGNORECASE)
CLITIC_AFTER = re.compile(r"\s+(?:ci|cię|wam|was|te|ti|you|тебе|вам|size|sana)\b", re.IGNORECASE)
PRODUCING = re.compile(
    r"give|provide|produce|generate|write|draft|compose|craft|formulate|put\s+together|output|finali[sz]e|"
    r"prepare|present|deliver|structure|format",
    re.IGNORECASE,
)
PRODUCT_NOUN = re.compile(
    r".*\b(?:list|summary|poem|email|e-mail|letter|story|haiku|translation|explanation|tone)$",
    re.IGNORECASE,
)
_ANY_REPLY_NOUN = "|".join(f"(?:{v})" for v in lx.REPLY_NOUN.values())
GENERIC_PLAN = re.compile(
    rf"(?<![\w-])(?:{'|'.join(f'(?:{v})' for k, v in lx.PLAN_SUBJECT.items() if k not in ('en', 'tr'))})"
    rf"\s+(?:[\w’'-]+\s+){{0,2}}?(?:{_ANY_REPLY_NOUN})(?![\w-])|"
    r"\bthe\s+(?:best|right|simplest|easiest|cleanest)\s+(?:approach|way|plan|move|option)\s+(?:here\s+)?"
    r"(?:is|would\s+be|seems)\s+to\s+(?:\w+\s+){0,2}?(?:list|start|explain|answer|give|write|keep|begin|lead|group|split|walk|break)\b",
    re.IGNORECASE,
)
POLITE_JA = re.compile(r"(?:あります|ます|ません|ください|ましょう)[。！]?\s*$")
WE_EXTERNAL = re.compile(
    r"\s+(?:(?:to\s+)?(?:them|him|her|the\s+(?!user|question|request|prompt)\w+|our|their|this\s+(?!question|request))\b|"
    r"by\s|before\s|within\s|today|tomorrow|until\s|asap|promptly)",
    re.IGNORECASE,
)
SECOND_PERSON = re.compile(
    r"(?<!\bil\s)(?<!\ble\s)(?<!\bdel\s)(?<!\bel\s)(?<!\bthe\s)\b(?:you|du|vous|tu|tú)\b(?![-‐])|"  # not "il tu"
    rf"\b(?:your|yours|yourself|dir|dich|dein|deine|votre|vos|toi|{lx.NOT_YOU_TE}|usted|ustedes|ti|tuo|tua|"
    r"voi|você|vocês|jij|jou|jouw|ty|ciebie|tobie|ты|тебя|тебе|вы|вас|вам|sen|siz|sana|size|"
    r"asegúrate|asegúrese|fíjate|acuérdate|certifique-se|assicurati|assure-toi|assurez-vous|vergewissere\s+dich|"
    r"upewnij\s+się|убедитесь|убедись)\b(?![-‐])|您|你|あなた",
    re.IGNORECASE,
)  # "im Du-Ton", "the vous-form": the pronoun named, not the reader addressed
RESTATED_QUESTION = re.compile(
    r"\b(?:whether|if|how|ob|si|comment|czy)\b|(?<!\w)(?:cómo|ли)(?!\w)|是否|能不能|かどうか",
    re.IGNORECASE,
)
ASKING = re.compile(ASK_TOPIC, re.IGNORECASE)
FRENCH = re.compile(
    r"\b(?:le|la|les|des|est|une|je|il|elle|pour|avec|dans|qu['’]|c['’]est)\b", re.IGNORECASE
)
SELF_CORRECTION = re.compile(rf"{lx.SELF_CORRECTION}|{lx.SELF_CORRECTION_CJK}", re.IGNORECASE)
CUT_OFF_NO = re.compile(lx.CUT_OFF_NO, re.IGNORECASE)
# A wording starts a word: "errei" (I erred) is not the middle of "zerreißen". CJK has no
# spaces between words, so only a Latin or Cyrillic letter before it blocks a match.
REDO = re.compile(rf"(?<![A-Za-zÀ-ɏЀ-ӿ])(?:{lx.REDO})", re.IGNORECASE)
_LABEL_START = (
    r"(?:^|(?<=[.!?。！？;]\s)|(?<=[.!?。！？]))[ \t]*(?:[-*>#]+[ \t]*)?(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?[ \t]*)?"
    r"(?:\*\*|__)?"
)
_LABEL_END = r"(?:\*\*|__)?[ \t]*(?:\*\*)?[ \t]*(?:[:：]|\s[-–—](?=\s)|\s*→)"
# A line spoken by a bot or agent, as sample conversations and transcripts set them out.
SPEAKER_LINE = re.compile(
    r"^[ \t]*(?:\*\*)?(?:bot|chatbot|agent|support|ai|assistant|asistente|assistente|assistent|ассистент|бот)(?:\*\*)?[ \t]*:",
    re.IGNORECASE | re.MULTILINE,
)
VERSION_HISTORY = re.compile(
    r"\b(?:revision|version|release)\s+(?:history|notes)\b|\bchange\s*log\b|\bversionshistorie\b|"
    r"\bhistorique\s+des\s+versions\b|\bhistorial\s+de\s+versiones\b|\bcronologia\s+(?:delle\s+)?versioni\b|"
    r"\bистория\s+(?:версий|изменений)\b|版本历史|更新履歴|변경\s*이력",
    re.IGNORECASE,
)
VERSION_LABEL = re.compile(r"(?:[\w-]+\s+)?v\d+|final", re.IGNORECASE)
STRONG_LABEL = re.compile(
    rf"{_LABEL_START}(?P<label>(?:{lx.STRONG_LABEL})|(?:{lx.STRONG_LABEL_CJK})){_LABEL_END}", _F
)
WEAK_LABEL = re.compile(
    rf"{_LABEL_START}(?P<label>(?:{lx.WEAK_LABEL})|(?:{lx.WEAK_LABEL_CJK})){_LABEL_END}", _F
)
OUTPUT_LABEL = re.compile(
    rf"{_LABEL_START}(?P<label>(?:{lx.OUTPUT_LABEL})|(?:{lx.OUTPUT_LABEL_CJK})){_LABEL_END}", _F
)
# A bracketed label opening a line ("[Draft 2, shorter]"), or one that is the whole bracket at
# a line's end ("Entwurf B (final):"); "Data retention policy (draft v2, for review)" is a
# document's status in its title.
BRACKET_LABEL = re.compile(
    rf"^[ \t]*[\[(](?P<label>(?:{lx.STRONG_LABEL})|draft|final|plan|check)(?:[^\])\n]{{0,30}}|\s*:[^\])\n]{{1,200}})?[\])][ \t]*(?:[:：\n]|$)",
    _F,
)
BRACKET_LABEL_INLINE = re.compile(
    rf"(?<=\s)[\[(](?P<label>(?!v\d)(?:{lx.STRONG_LABEL})|draft|final|plan|check)[\])][ \t]*(?:[:：\n]|$)",
    _F,
)
NUMBERED_DRAFT = re.compile(
    rf"{_LABEL_START}(?:version|versão|versión|versione|wersja|версия|draft|entwurf|borrador|bozza|rascunho|"
    rf"brouillon|taslak|案|草稿|下書き|초안)\s*#?\d+{_LABEL_END}",
    _F,
)
FINAL_FORM = re.compile(
    r"final|definitiv|définitiv|końcow|ostateczn|окончательн|итогов|最終|最终|최종", re.IGNORECASE
)
# Reminding itself what the reply must still say: "Devo ricordarmi di segnalare la chiusura",
# "I need to remember to mention the deposit", "riassumendo per me:".
SELF_REMINDER = re.compile(
    r"\bI\s+(?:must|need\s+to|should|have\s+to)\s+remember\s+to\s+(?:mention|add|point\s+out|flag|note|include)\b|"
    r"\bdevo\s+ricordarmi\s+di\s+(?:segnalare|menzionare|aggiungere|dire|citare)\b|"
    r"\bne\s+pas\s+oublier\s+de\s+(?:mentionner|signaler|préciser|ajouter)\b|"
    r"(?<!\w)(?:no\s+olvidar\s+(?:mencionar|añadir|señalar)|não\s+esquecer\s+de\s+(?:mencionar|citar|acrescentar))(?!\w)|"
    r"\bnicht\s+vergessen,?\s+(?:\w+\s+){0,3}?zu\s+(?:erwähnen|nennen|ergänzen)\b|"
    r"(?<!\w)(?:muszę\s+pamiętać,?\s+(?:żeby|by|o)\s+(?:wspomnieć|dodać|dopisać)|не\s+забыть\s+(?:упомянуть|добавить|сказать))(?!\w)|"
    r"\b(?:riassumendo|ricapitolando)\s+per\s+me\b|\b(?:summari[sz]ing|recapping)\s+for\s+myself\b|"
    r"(?<!\w)resumiendo\s+para\s+mí(?!\w)|\bzusammengefasst\s+für\s+mich\b",
    re.IGNORECASE,
)
BULLET_LINE = re.compile(r"^[ \t]*[-*•][ \t]+\S", re.MULTILINE)
DEV_NOTE = re.compile(r"todo|fixme", re.IGNORECASE)
ANY_LABEL = re.compile(rf"{_LABEL_START}[^\W\d_][\w ]{{0,20}}?{_LABEL_END}", _F)
PROCESS_LABEL = re.compile(
    r"plan|analysis|verify|verification|check|checking|double-checking|task|approach|strategy|request|pick|"
    r"observation|breakdown|breaking\s+(?:it|this)\s+down|aufgabe|ansatz|prüfung|überprüfung|analyse|tâche|approche|"
    r"vérification|tarea|enfoque|verificación|análisis|compito|approccio|verifica|analisi|tarefa|abordagem|"
    r"verificação|análise|taak|aanpak|controle|zadanie|podejście|weryfikacja|analiza|задача|подход|проверка|анализ|"
    r"görev|yaklaşım|doğrulama|kontrol|analiz|计划|分析|任务|任務|验证|检查|タスク|方針|検証|確認|"
    r"vorgehen|methode|méthode|método|metodo|metoda|метод|postup|úkol|zadání|uppgift|yöntem|metod|werkwijze|verificar|"
    r"方法|做法|やり方|手順|controllo|kontrolle|contrôle|контроль|작업|과제|방법|접근|계획|분석|검증|확인|점검|"
    r"choix|elección|escolha|scelta|wahl|keuze|wybór|выбор|seçim|opdracht|planen",
    re.IGNORECASE,
)
INDEFINITE_BEFORE = re.compile(
    r"\b(?:a|an|one|each|every|another|some|any|good|your|de|of|di|do|da|van|für|pour|para|per)\s+(?:good\s+)?$",
    re.IGNORECASE,
)
BARE_WHO = re.compile(
    r"user|nutzer|utilisateur|usuario|utente|usuário|gebruiker|kullanıcı", re.IGNORECASE
)
# An e-mail frame (greeting line, sign-off): its plans for a reply are about people.
EMAIL_FRAME = re.compile(
    r"\A\s*(?:subject:[^\n]*\n\s*)?(?:(?:hi|hello|dear|hey|hallo|bonjour|hola|ciao|olá|cześć|привет|merhaba|hej|gentile|"
    r"egregi[oa]|prezad[oa]|car[oa]|estimad[oa]|sehr\s+geehrte[rn]?|geachte|beste|szanown\w+|уважаем\w+|oi|"
    r"bom\s+dia|boa\s+tarde|guten\s+(?:tag|morgen)|liebe[rs]?|moin|servus|salut|coucou|cher|chère|chers|buongiorno|"
    r"buonasera|buenos\s+días|buenas(?:\s+tardes)?|dzień\s+dobry|witaj\w*|günaydın|iyi\s+günler|sayın|hoi|"
    r"goedemorgen|добрый\s+(?:день|вечер)|доброе\s+утро|здравствуйте|коллеги)(?!\w)|"
    r"各位|尊敬的|亲爱的|大家好|拝啓|お疲れ様です)[^\n]{0,40}\n"
    r"[\s\S]*\n\s*(?:(?:best|thanks|cheers|regards|kind\s+regards|best\s+regards|sincerely|viele\s+grüße|cordialement|"
    r"saludos|a\s+presto|abraço|pozdrawiam|с\s+уважением|selamlar|hälsningar|cordiali\s+saluti|atenciosamente|un\s+saludo|"
    r"atentamente|mit\s+freundlichen\s+grüßen|met\s+vriendelijke\s+groet|z\s+poważaniem|with\s+apologies|yours|"
    r"(?:liebe|beste|viele)\s+grüße|grüße|danke|merci|bises|bisous|gracias|un\s+abrazo|abrazos|grazie|saluti|"
    r"obrigad[oa]|beijos|groetjes|dziękuję|pozdrowienia|спасибо|всего\s+доброго|teşekkürler|saygılarımla)(?!\w)|"
    r"谢谢|祝好|此致|敬具|よろしくお願いいたします|よろしくお願いします)[^\n]{0,30}(?:\n[^\n]{0,30})?\s*\Z",
    re.IGNORECASE,
)
# "The answer should be 12": a result, not a plan for the reply.
VALUE_BE = re.compile(
    r"\s+be\s+(?:\d|[-−+]|about\s+\d|around\s+\d|approximately|roughly|equal|the\s+same|positive|negative|zero|even|odd)",
    re.IGNORECASE,
)
VERDICT = re.compile(
    r"(?:^|[.,;:—–=]\s*)(?:yes|correct|confirmed|ok|okay|good|right|matches|checks\s+out|looks\s+right|"
    r"holds|verified|✓|✔)\s*(?:[.!]|$)",
    re.IGNORECASE,
)
OPENER = re.compile(
    r"^\s*(?:(?:basically|now|first|oh|ah|hm|um|uh|okay|ok|alright|all\s+right|so|right|well|hmm+|bon|alors|also|gut|vale|bueno|allora|então|"
    r"oké|dobrze|więc|итак|так|ладно|tamam|peki|好的|嗯|那么|えっと|さて)\b[,.!…]?\s*)+",
    re.IGNORECASE,
)
QUOTED = re.compile(
    r"\"[^\"\n]{1,300}\"|“[^”\n]{1,300}”|«[^»\n]{1,300}»|„[^“”\"\n]{1,300}[“”\"]|「[^」\n]{1,300}」|»[^«\n]{1,300}«"
)
SENTENCE_END = re.compile(r"[.!?。！？]+(?=\s|$)|[。！？]|\n+")
CONDITION = re.compile(lx.CONDITION, re.IGNORECASE)


# Inside code, comments are prose the model wrote ("// The user wants a debounce function").
CODE_COMMENT = re.compile(
    r"(?:^|(?<=\s))(?://|#|--|;;)[ \t]?(?P<text>[^\n]{3,})|<!--(?P<html>[\s\S]{3,400}?)-->|"
    r'"""(?P<doc>[\s\S]{3,600}?)"""|/\*(?P<block>[\s\S]{3,400}?)\*/',
    re.MULTILINE,
)
COMMENT_GROUPS = ("text", "html", "doc", "block")
# A comment about the person asking, not the program's user: "# l'utente usa Python 3.8".
COMMENT_ABOUT_ASKER = re.compile(
    r"\b(?:the\s+)?(?:user|utente|gebruiker|utilisateur|usuario|usuário|nutzer|użytkownik|kullanıcı)\s+"
    r"(?:seems|is\s+a|is\s+on|is\s+using|uses|runs|said|says|asked|wants|mentioned|has|prefers|usa|draait|gebruikt|"
    r"utilise|dijo|quiere|disse|quer|sagte|will|nutzt|chce|używa|istiyor|kullanıyor|hatte|hat|a\s+demandé|pidió|"
    r"ha\s+chiesto|pediu|vroeg|heeft|wil|zei)\b|"
    # verb-final: "# Kullanıcı "liste boşsa hata vermesin" dedi", "# macOS kullandığını söyledi"
    r"(?<!\w)(?:kullanıcı\s+[^\n]{0,60}?\s)?(?:\w+(?:ğını|diğini)\s+)?(?:söyledi|dedi|demişti|istedi|belirtti)(?!\w)|"
    r"(?:と言って(?:いた|た|る)|って言ってた|とのことなので)|题目(?:里|中|要求|说)|"
    r"\bthe\s+(?:request|ask|question|brief)\s+(?:mentioned|said|says|asked\s+for|wants|wanted)\b|"
    r"\bthey(?:['’]re|\s+are)\s+(?:using|on|running)\b|(?:\A\s*|\bbut\s+)asked\s+for\b|"
    r"\b(?:hen|han|hon)\s+(?:kör|använder|har|vill|bad|sa)\b|\b(?:frågade|bad)\s+om\b|"
    r"用户(?:说|要求|用的|是|想)|ユーザーは|사용자는|пользователь\s+(?:хочет|просил|использует|сказал)|"
    r"\bthe\s+prompt\s+(?:says|wants|asks)|\bper\s+the\s+prompt\b|\bthey\s+(?:want|need|asked|use|said|pasted|described)\b|"
    r"\b(?:user|they)\s+(?:only\s+|just\s+|probably\s+|really\s+)?cares?\b|\bdo\s+they\s+(?:care|want|need)\b|"
    r"\b(?:their|the\s+user['’]s)\s+(?:schema|description|spec|repo|code|example|message|question)\b|\basker\b|(?-i:\bOP\b)",
    re.IGNORECASE,
)
# A comment about "him" or "her" and their setup: code has no people in it but the asker
# ("# lui lavora su Windows, quindi pathlib", "// bei ihm läuft noch Node 16", "# 她要处理的是中文").
COMMENT_PERSON = re.compile(
    r"\b(?:he|she)(?:['’]s|\s+is)?\s+(?:\w+\s+)?(?:has|uses|runs|works|wants|needs|asked|said|mentioned|prefers|is\s+on|"
    r"using|still\s+on)\b|\b(?:his|her)\s+(?:\w+\s+)?(?:setup|machine|laptop|pc|computer|project|codebase|data|files|"
    r"version|os|server|environment|config|team|boss)\b|"
    r"\bbei\s+(?:ihm|ihr)\s+(?:läuft|laufen|ist|gibt)\b|\ber\s+(?:\w+\s+)?(?:nutzt|benutzt|verwendet|arbeitet|will|möchte)\b|"
    r"\b(?:il|elle)\s+(?:l['’])?(?:utilise|travaille|veut|préfère|a)\b[^\n]{0,60}?\b(?:son|sa|ses)\s+(?:projet|machine|pc|"
    r"ordi(?:nateur)?|code|équipe|serveur|poste)\b|"
    r"\b(?:lui|lei)\s+(?:\w+\s+)?(?:ha|usa|lavora|vuole|preferisce)\b|"
    r"(?<!\w)(?:él|ella)\s+(?:\w+\s+)?(?:tiene|usa|trabaja|quiere|prefiere)(?!\w)|"
    r"\b(?:ele|ela)\s+(?:\w+\s+)?(?:tem|usa|trabalha|quer|prefere)\b|"
    r"(?<!\w)(?:on|ona)\s+(?:ma\s+(?:tylko|już)|używa|pracuje\s+na|chce|woli)(?!\w)|"
    r"(?<!\w)у\s+(?:него|неё|нее)\s+(?:(?:стоит|только|уже|ещё|еще)\s+)?[A-Z]|"
    r"(?<!\w)(?:он|она)\s+(?:\w+\s+)?(?:использует|работает\s+на|пользуется|хочет|просил\w*)(?!\w)|"
    r"(?:他|她)(?:要|用|想|只有|只用|家里|的(?:电脑|系统|环境|项目|数据|代码)|在用|用的是|说过?|需要|习惯|那边)|"
    r"(?:彼|彼女)(?:は|が|の(?:環境|PC|パソコン|プロジェクト))|"
    r"\b(?:hij|zij)\s+(?:\w+\s+)?(?:gebruikt|werkt|wil|heeft\s+alleen)\b",
    re.IGNORECASE,
)
DEV_MARKER = re.compile(r"\s*(?:TODO|FIXME|XXX|HACK|NOTE)\b")
# A JSON value of several words is the model's own text, not a quotation.
JSON_VALUE = re.compile(r'"[\w -]{1,40}"\s*:\s*"(?P<value>[^"\n]{1,300}\s[^"\n]{1,300})"')


def _masked(text: str) -> str:
    """The text with code and quoted speech blanked, offsets kept; code comments kept."""
    masked = mask_code(text)
    for match in CODE_COMMENT.finditer(text):
        group = next(g for g in COMMENT_GROUPS if match.group(g) is not None)
        if DEV_MARKER.match(match.group(group)):
            continue  # "// TODO: validate the email": a developer's note in the code shown
        if masked[match.start(group) : match.end(group)].strip() == "":
            masked = masked[: match.start(group)] + match.group(group) + masked[match.end(group) :]
    values = [m.span("value") for m in JSON_VALUE.finditer(masked)]
    for match in QUOTED.finditer(masked):
        if not any(start <= match.start() + 1 and match.end() - 1 <= end for start, end in values):
            masked = blank(masked, match.start(), match.end())
    for match in CITED.finditer(masked):
        if match.group("blank") or match.group("word")[0].islower():
            masked = blank(masked, match.start(), match.end())
    return masked


# Material, not the writer's words: a line with a blank to fill in ("To ___ should I address the
# letter?"), or a lower-case word set in bold or italics, a form cited ("Jutro **napiszę** list").
# Emphasis on a negation or a limit ("I will **not** add…") is the writer's own word, not a form.
EMPHASIS_WORD = (
    r"not|never|no|none|nothing|only|always|must|nicht|nie|nigdy|nur|pas|jamais|seulement|non|mai|solo|"
    r"nunca|nada|não|só|sólo|niet|nooit|alleen|не|никогда|только|tylko"
)
CITED = re.compile(
    r"(?P<blank>^[^\n]*_{3,}[^\n]*$)|(?<![*_\w])(?P<mark>\*\*?|__?)"
    rf"(?!(?:{EMPHASIS_WORD})[*_])(?P<word>[^\W\d_]+)(?P=mark)(?![*_\w])",
    re.MULTILINE,
)


@lru_cache(maxsize=16)
def _breaks(text: str) -> tuple[list[int], list[int]]:
    """Start and end offsets of every sentence break, computed once per text."""
    found = [(m.start(), m.end()) for m in SENTENCE_END.finditer(text)]
    return [a for a, _ in found], [b for _, b in found]


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The sentence around `pos`: from the end of the break before it to the next break."""
    starts, ends = _breaks(text)
    before = bisect.bisect_right(ends, pos) - 1
    # A break that ends at or before pos closes the previous sentence.
    start = ends[before] if before >= 0 else 0
    after = bisect.bisect_left(starts, pos)
    return start, starts[after] if after < len(starts) else len(text)


def _sentence_index(text: str, pos: int) -> int:
    """How many sentences come before the one at `pos`."""
    lead = len(text) - len(text.lstrip())
    ends = _breaks(text)[1]
    return bisect.bisect_right(ends, pos) - bisect.bisect_right(ends, lead)


# A block with nothing in it (Qwen3 with thinking switched off) leaks no reasoning.
EMPTY_BLOCK = re.compile(r"<\s*(think|thinking|thought|reasoning)\s*>\s*</\s*\1\s*>", re.IGNORECASE)


def _reasoning_markers(text: str) -> Iterator[Evidence]:
    masked = mask_code(text)
    empty = [m.span() for m in EMPTY_BLOCK.finditer(masked)]
    for match in TAG.finditer(masked):
        if any(lo <= match.start() < hi for lo, hi in empty):
            continue
        before = masked[max(0, match.start() - 25) : match.start()]
        after = masked[match.end() : match.end() + 25]
        at_edge = not before.strip() or before.endswith("\n") or after.startswith("\n")
        if not at_edge and (TAG_TALK.search(before) or TAG_TALK.search(after)):
            continue  # prose naming the tag
        yield Evidence("reasoning block", 3.0, match.start(), match.end())
    for match in HARMONY.finditer(masked):
        yield Evidence("reasoning channel", 3.0, match.start(), match.end())
    for match in FLAT_CHANNEL.finditer(masked):
        yield Evidence("reasoning channel", 3.0, match.start(), match.end())
    for match in CHANNEL_LINES.finditer(masked if not CHANNEL_TALK.search(masked) else ""):
        yield Evidence("reasoning channel", 3.0, match.start(), match.end())


# "I don't know whether the user wants…" is no condition but doubt about the person asking.
UNSURE_IF = re.compile(
    r"(?:não\s+sei|no\s+sé|je\s+ne\s+sais\s+pas|non\s+so|nicht\s+sicher|weiß\s+nicht|not\s+sure|unsure|"
    r"nie\s+wiem|не\s+знаю)\s*,?\s*(?:se|si|if|whether|ob|czy|ли)\s*$",
    re.IGNORECASE,
)
PAST_TELLING = re.compile(
    r"mentioned|said|asked|wrote|specified|clarified|dijo|mencionó|preguntó|escribió|disse|mencionou|perguntou|"
    r"a\s+dit|a\s+demandé|a\s+écrit|ha\s+detto|ha\s+chiesto|ha\s+scritto|sagte|schrieb|fragte|zei|vroeg|schreef|"
    r"powiedział\w*|napisał\w*|сказал\w*|написал\w*|спросил\w*",
    re.IGNORECASE,
)
ROLE_TALK = re.compile(r"\b(?:roles?|messages?|fields?)\b", re.IGNORECASE)
PASSIVE_AFTER = re.compile(r"\s+(?:in|by|above|below|earlier\s+in)\b", re.IGNORECASE)


def _about_requester(text: str) -> Iterator[Evidence]:
    chat_docs = bool(CHAT_DOCS.search(text))  # "`user` メッセージにユーザーの質問を入れます"
    thread = bool(THREAD_SUMMARY.search(text))  # "The OP asked… Most replies said…"
    matches = [m for p in REQUESTER_VERB for m in p.finditer(text)]
    matches += list(REQUESTER_VERB_CJK.finditer(text))
    for match in matches:
        lo, hi = _sentence_bounds(text, match.start())
        weight = 1.0 if WEAK_WHO.search(match.group("who")) else 1.5
        if (
            weight == 1.0
            and PAST_TELLING.fullmatch(match.group("verb"))
            and not PASSIVE_AFTER.match(text, match.end("verb"))
            and not ROLE_TALK.search(text[lo:hi])
        ):
            weight = 1.5  # "the person mentioned Morocco": what this person told the writer
        if ME_OBJECT.search(text[match.end("verb") : match.end("verb") + 12]):
            weight += 0.5  # "wants me to", "me demande": the writer is the one asked
        if thread and (
            re.search(r"OP|original\s+poster", match.group("who"), re.IGNORECASE)
            or THREAD_SUMMARY.search(text, match.end("verb"), hi)
        ):
            # the OP of a forum thread summarised, or "the person who asked this in the forum
            # thread": someone asking elsewhere, not the person asking
            continue
        between = text[match.end("who") : match.start("verb")]
        if (
            INDEFINITE_BEFORE.search(text[max(0, match.start() - 12) : match.start()])
            or between == "se "
        ):
            continue  # "a user wrote in", "historia de usuario", "se escribe": some user, not the asker
        if BARE_WHO.fullmatch(match.group("who")) and _sentence_index(text, match.start()) > 0:
            weight = min(weight, 0.75)  # "user sent them" deep in case notes
        if (
            (
                CONDITION.search(text[max(lo, match.start() - 40) : match.start()])
                and not UNSURE_IF.search(text[max(lo, match.start() - 40) : match.start()])
            )
            or ADVICE_START.match(text, lo)
            or re.search(r"\bhad\b", between)
            or MODEL_TALK.search(text[lo:hi])
            or chat_docs
        ):
            weight = 0.3  # "when the user asks...", "the user had asked it": software or a story
        yield Evidence("narrates the requester", weight, match.start(), match.end())
    for match in THEY_VERB.finditer(text):
        lo, _ = _sentence_bounds(text, match.start())
        # "They" opening one of the first sentences has nothing to refer to but the person asking.
        lead = text[lo : match.start()]
        opens = not OPENER.sub("", lead).strip(" ,") or bool(HEDGE.search(lead))
        weight = 1.0 if opens and _sentence_index(text, match.start()) < 2 else 0.75
        if THEY_ASKING.match(match.group()):
            weight = max(weight, 1.0)  # "they're asking", "they're after": only the requester asks
        if SOURCE_BEFORE.search(text[max(lo, match.start() - 24) : match.start()]):
            weight = 1.5  # "per what they wrote": the asker's message as the writer's source
        if CONDITION.search(text[max(lo, match.start() - 40) : match.start()]):
            weight = 0.3
        if ME_OBJECT.search(text[match.end() : match.end() + 12]):
            weight += 0.5
        yield Evidence("narrates the requester", weight, match.start(), match.end())
    for match in REQUEST_NOUN.finditer(text if not chat_docs else ""):
        lo, hi = _sentence_bounds(text, match.start())
        if not MODEL_TALK.search(text[lo:hi]) and not _addressed(
            text, lo, hi, match.start(), match.end()
        ):  # "the user's request is validated by the server", "you answer … than the prompt asks"
            yield Evidence("narrates the request", 1.0, match.start(), match.end())
    for match in BEING_ASKED.finditer(text if not SOLUTION.search(text) else ""):
        # "Lösung: Gesucht ist x": a worked solution names its unknown
        lo, hi = _sentence_bounds(text, match.start())
        if not _addressed(text, lo, hi, match.start(), match.end()):  # "markiere, was gesucht ist"
            yield Evidence("narrates the requester", 1.5, match.start(), match.end())
    for match in INTENT_QUESTION.finditer(text):
        yield Evidence("narrates the requester", 1.5, match.start(), match.end())
    for match in ASSISTANT_MODAL.finditer(text):
        yield Evidence("narrates the assistant", 1.5, match.start(), match.end())
    for pattern, rule in (
        (THEIR_REQUEST, "narrates the request"),
        (REQUEST_LANGUAGE, "narrates the request"),
        (SELF_EVAL, "checks its own reply"),
    ):
        for match in pattern.finditer(text):
            lo, hi = _sentence_bounds(text, match.start())
            if not MODEL_TALK.search(
                text[lo:hi]
            ):  # "the user's request is validated by the server"
                weight = 1.5 if rule == "checks its own reply" else 1.0
                yield Evidence(rule, weight, match.start(), match.end())
    for match in REQUEST_TOPIC.finditer(text):
        yield Evidence("narrates the request", 1.0, match.start(), match.end())
    for match in FROM_USER.finditer(text):
        yield Evidence("narrates the requester", 0.5, match.start(), match.end())
    fragment = FIRST_CLAUSE.match(text)
    clause_start, clause_end = fragment.span(1) if fragment else (0, 0)
    if len(text[clause_start:clause_end].split()) <= 8:
        # A short first fragment that sizes up the request: "Simple arithmetic question."
        for match in KIND_FRAGMENT.finditer(text, clause_start, clause_end):
            yield Evidence("narrates the request", 1.0, match.start(), match.end())
    for match in KIND_OF_REQUEST.finditer(text):
        yield Evidence("narrates the request", 0.75, match.start(), match.end())
    dialogue = SPEAKER_LINE.search(text)  # "User: …\nBot: …": a sample conversation
    for match in REQUEST_LABEL.finditer(text if not dialogue else ""):
        # "Question:" heads FAQs too; quoting the request after it, or "User:", does not.
        weight = (
            1.5
            if match.group("quote")
            else 0.5
            if match.group("what").lower() == "question"
            else 1.0
        )
        yield Evidence("restates the request", weight, match.start(), match.end())
    for match in INSTRUCTIONS.finditer(text):
        if INDEFINITE_BEFORE.search(text[max(0, match.start() - 12) : match.start()]):
            continue  # "a good system prompt states...": about prompts in general
        yield Evidence("restates its instructions", 1.5, match.start(), match.end())
    for match in CONVERSATION.finditer(text):
        yield Evidence("narrates the conversation", 1.0, match.start(), match.end())
    for match in ASSISTANT.finditer(text):
        lo, hi = _sentence_bounds(text, match.start())
        if MODEL_TALK.search(text[lo:hi]):
            continue  # "when designing a chatbot, decide what the assistant should say"
        yield Evidence("narrates the assistant", 1.5, match.start(), match.end())


def _addressed(text: str, lo: int, hi: int, start: int, end: int) -> bool:
    """Whether the sentence speaks to the reader ("I'll walk you through", "te explicaré")."""
    sentence = text[lo:hi]
    asked = RESTATED_QUESTION.search(text, end, min(hi, end + 30))
    if (
        asked
        and ASKING.search(text, start, end)
        and not re.search(r"[,;:]", text[end : asked.start()])
    ):
        # "the question is whether you can freeze rice": "you" belongs to the question
        sentence = text[lo : asked.start()]
    you = [m.group().lower() for m in SECOND_PERSON.finditer(sentence)]
    if you and set(you) <= {"du"} and FRENCH.search(sentence):
        you = []  # French "du" (of the) is not German "du" (you)
    return bool(
        you
        or FORMAL_YOU.search(sentence)
        or CLITIC_BEFORE.search(text[max(lo, start - 6) : start])
        or CLITIC_AFTER.match(text, end)
    )


def _plans_reply(text: str) -> Iterator[Evidence]:
    for pattern in REPLY_MODAL:
        for match in pattern.finditer(text):
            lo, hi = _sentence_bounds(text, match.start())
            if (
                _addressed(text, lo, hi, match.start(), match.end())
                or CONDITION.search(text[lo : match.start()])
                or MODEL_TALK.search(text[lo:hi])
                or VALUE_BE.match(text, match.end())
            ):
                continue  # "your answer should...", "if the answer must...": advice to the reader
            weight = 1.0 if PRODUCT_NOUN.match(match.group("noun")) else 1.5
            yield Evidence("plans the reply", weight, match.start(), match.end())
    for match in SELF_REMINDER.finditer(text):
        yield Evidence("plans the reply", 1.5, match.start(), match.end())
    for match in REPLY_MODAL_CJK.finditer(text):
        lo, hi = _sentence_bounds(text, match.start())
        if POLITE_JA.search(text[lo : hi + 1]) or text[
            max(lo, match.start() - 1) : match.start()
        ] in ("に", "へ", "が"):
            # a polite request to the reader, "お客様に返信する必要": replying to someone, or
            # "担任が返信すべき": someone named doing the replying
            continue
        yield Evidence("plans the reply", 1.5, match.start(), match.end())
    for match in [m for p in PLANNING for m in p.finditer(text)]:
        lo, hi = _sentence_bounds(text, match.start())
        if _addressed(text, lo, hi, match.start(), match.end()):
            continue  # "I'll walk you through it": addressed to the reader
        if USER_STORY.search(text[lo : match.start()]):
            continue  # "As a guest, I want to see…": a user story speaks for its role
        subject, verb = match.group("subject"), match.group("verb")
        if EXTERNAL_OBJECT.match(text, match.end()) or NAMED_OBJECT.match(text, match.end()):
            continue  # "I'll reply to Maria tomorrow": answering someone else, later
        producing = bool(PRODUCING.match(verb))
        about_reply = bool(REPLY_OBJECT.match(text, match.start("verb") - 1))
        strong = bool(REPLY_VERBS.match(verb)) or (
            about_reply and (producing or not LETS_SUBJECT.match(subject))
        )
        weight = 1.5 if strong else 1.0
        if LETS_SUBJECT.match(subject) and not strong:
            weight = 0.5  # "let's start with the basics": inviting the reader along
        if WE_SUBJECT.match(subject):
            if WE_EXTERNAL.match(text, match.end()):
                continue  # "we should answer the landlord today": people, not a reply
            # A team's "we" answers people; a model's "we" answers the question.
            weight = (
                1.5
                if WE_OBJECT.match(text, match.end()) or COMPLY.match(verb)
                else 1.0
                if strong or producing
                else 0.5
            )
        yield Evidence("plans the reply", weight, match.start(), match.end())
    for match in GENERIC_PLAN.finditer(text):
        lo, hi = _sentence_bounds(text, match.start())
        if not _addressed(text, lo, hi, match.start(), match.end()):
            yield Evidence("plans the reply", 1.5, match.start(), match.end())
    for match in PLANNING_CJK.finditer(text):
        lo, hi = _sentence_bounds(text, match.start())
        if not SECOND_PERSON.search(text[lo:hi]) and not POLITE_JA.search(text[lo : hi + 1]):
            yield Evidence("plans the reply", 1.5, match.start(), match.end())
    for pattern, base in (
        (FUTURE_PLAN, 1.0), (FIRST_PERSON_REPLY, 1.5), (REPLY_NOTE, 1.5), (SCOPE_NOTE, 1.0),
        (ROLE, 1.5), (FORM_NOTE, 1.5), (BEST_REPLY, 1.5), (MUST_REPLY, 1.5),
    ):  # fmt: skip
        for match in pattern.finditer(text):
            lo, hi = _sentence_bounds(text, match.start())
            if (
                _addressed(text, lo, hi, match.start(), match.end())
                or EXTERNAL_OBJECT.match(text, match.end())
                or TEAM_BEFORE.search(text[max(lo, match.start() - 8) : match.start()])
                or PARTY_BEFORE_CJK.search(text[max(lo, match.start() - 8) : match.start()])
                or (pattern is REPLY_NOTE and text.startswith("?", hi) and "I" not in match.group())
                or (
                    pattern is REPLY_NOTE
                    and FAQ_QUESTION.match(text, lo)
                    and "?" in text[match.end() : hi + 1]
                )
                or (pattern is FORM_NOTE and ":" in text[match.end() : match.end() + 20])
                or (pattern is FORM_NOTE and PROMPT_TALK.search(text[lo:hi]))
                or (
                    pattern is FORM_NOTE
                    and OPENING_ADVICE.match(match.group())
                    and YOUR_WRITING.search(text)
                )
            ):
                continue  # "odpowiem mu jutro": answering someone else, later
            weight = 1.5 if REPLY_OBJECT.match(text, match.end()) else base
            yield Evidence("plans the reply", weight, match.start(), match.end())


# An opening interjection that reacts to the question, to the reader: "Hmm, tough one!"
REACTION = re.compile(
    r"\s*[,.!…—–-]*\s*(?:(?:that['’]s|this\s+is|it['’]s|what)\s+(?:a\s+)?(?:\w+\s+)?(?:choice|question|one|dilemma|call)|"
    r"(?:good|great|tough|hard|interesting|tricky|fun)\s+(?:question|one|choice))\b",
    re.IGNORECASE,
)
# Weighing the reply, or the request, after a mid-answer "Hmm," / "Wait,": a question, a
# hedge, or the asker named.
DELIBERATES = re.compile(
    r"\?|\b(?:maybe|perhaps|or\s+is|should\s+I|better\s+not|not\s+sure|did\s+they|they|the\s+user|in\s+the\s+question|"
    r"peut-être|ou\s+est-ce|mieux\s+vaut|vielleicht|oder\s+doch|lieber|besser|forse|meglio|misschien|beter|może|lepiej|"
    r"kanske|bättre|belki|galiba|olabilir|istiyor|soruyor|I\s+should|should\s+(?:also\s+)?(?:mention|add|say)|wollte\s+ich|"
    r"ich\s+sollte|vale\s+(?:citar|mencionar)|dovrei|moet\s+(?:nog|ook)|muszę|trzeba|zu\s+knapp|das\s+stimmt\s+nicht|"
    r"c['’]est\s+faux|\d+\s*,?\s*(?:not|não|nicht|pas|non|nie)\s+\d|"
    r"(?:was|were|war|era|était|było|был\w*)\s+[^,.\n]{1,30},\s*(?:not|nicht|pas|no|non|nie|не|não)\s+[^\W\d_]+|redo|recheck|recalc\w*|recompute|nachrechnen|refaire|rehacer|rifare|refazer|przelicz\w*)\b|还得|還得|补充|じゃなくて|ではなく|し直す|重新算|"
    r"(?<!\w)(?:mejor|quizás?|tal\s+vez|la\s+pregunta|talvez|melhor|a\s+pergunta|может|лучше|в\s+вопросе|спрашивает|"
    r"al\s+revés|debo\s+(?:mencionar|añadir)|нужно|надо|пересчита\w*)(?!\w)",
    re.IGNORECASE,
)

# Re-reading the request after a first answer, the request in the past tense: "Zaraz, chodziło o
# Gdańsk, nie Kraków.", "Hm, eigentlich ging es um den Bus.", "Wait, the question was about 2023."
REREAD = re.compile(
    r"(?:(?<=[.!?…]\s)|(?<=\n))(?:hm+|ah|oh|ach|zaraz|chwila|moment|wait|ой|oops|ops|no|non|nie|nein|нет|"
    r"eigentlich|actually|właściwie|en\s+fait|en\s+realidad|in\s+realtà|na\s+verdade|вообще-то)(?!\w)[,.!…—–\s]+"
    r"(?:[^\W\d_]+[,\s]+){0,2}?(?:ging\s+es\s+(?:ja\s+|doch\s+)?um|chodziło\s+(?:mu\s+|jej\s+|im\s+)?o|речь\s+шла\s+о|"
    r"il\s+s['’]agissait\s+de|se\s+trataba\s+de|si\s+trattava\s+di|tratava-se\s+de|the\s+question\s+was\s+(?:about|for)|"
    r"they\s+(?:meant|asked\s+about))(?!\w)",
    re.IGNORECASE,
)
# The question read again, in languages without word breaks: "질문을 다시 읽어보니 … 물어본 거였다".
REREAD_CJK = re.compile(
    r"질문을\s*다시\s*읽어\s*보니|(?:質問|問題)を読み直す|重新(?:读|看)了?一[下遍](?:问题|題目|题目)"
)
# A paragraph of nothing but a thinking noise opening the text: "Hmm.\n\nOkay, the capital…".
FILLER_PARAGRAPH = re.compile(
    r"\A\s*(?:hm+|mm+|uh+m*|um+|ähm|euh|えーと|ええと|嗯+|음+)[.…!,]*[ \t]*\n\s*\n(?=\s*\S)",
    re.IGNORECASE,
)
# A sentence of its own answer retracted: "… в 1899 году. Нет, ошибка: в 1889-м".
RETRACT = re.compile(
    r"(?:(?<=[.!?]\s)|(?<=[.!?]))(?:no|nie|nein|non|нет|não|nee|hayır)\s*[,:—–]\s*"
    r"(?:(?:my|mój|mein|mon|mi|мо[яй])\s+)?(?:mistake|error|ошибка|błąd|fehler|erreur|errore|erro|wrong|źle|falsch|faux|"
    r"sbagliato|неверно|неправильно|hata|yanlış)(?!\w)",
    re.IGNORECASE,
)


def _revises(text: str) -> Iterator[Evidence]:
    if CONCEDES.search(text):
        return  # "You're right, I got the date wrong": a correction owned up to the reader
    story = bool(NARRATIVE.search(text))
    for match in SELF_CORRECTION.finditer(text if not story else ""):
        before = text[: match.start()].rstrip()
        if not before and REACTION.match(text, match.end()):
            continue  # "Hmm, that's a hard choice!": a reaction to the reader's question
        near = text[max(0, match.start() - 6) : match.end() + 8]
        weight = 1.5 if NEGATION_NEAR.search(near) else 1.0  # "no, wait", "hmm, non": retracting
        rest = text[match.end() : match.end() + 120].split("\n")[0].lstrip(" .,!—–:，、")
        # a dash breaking into a sentence counts; one opening a line or after a comma is dialogue
        aside = before[-1:] in ("—", "–") and before[:-1].rstrip(" ")[-1:] not in ("", "\n", ",")
        if (before[-1:] in (".", "!", "?", "。", "…") or aside) and DELIBERATES.search(
            rest.split(".")[0]
        ):
            weight = 1.5  # mid-answer, weighing the reply: "… Hmm, mejor no sugerir agua caliente."
        yield Evidence("corrects itself aloud", weight, match.start(), match.end())
    for pattern in (REREAD, RETRACT):
        for match in pattern.finditer(text if not story else ""):
            if text[: match.start()].strip():
                yield Evidence("corrects itself aloud", 1.5, match.start(), match.end())
    for match in REREAD_CJK.finditer(text):
        yield Evidence("corrects itself aloud", 1.5, match.start(), match.end())
    if filler := FILLER_PARAGRAPH.match(text):
        yield Evidence("thinking-aloud opener", 1.0, filler.start(), filler.end())
    for match in CUT_OFF_NO.finditer(text if not story else ""):
        # A thought trailing off ("Sídney… no,") takes itself back; after a dash ("He was
        # born in 1950 — no, his brother was") it may correct a fact for the reader.
        trailing = text[max(0, match.start() - 2) : match.start()].strip() in ("…", ".")
        weight = 1.5 if trailing else 1.0
        yield Evidence("corrects itself aloud", weight, match.start(), match.end())
    for match in REDO.finditer(text):
        yield Evidence("admits a mistake", 1.0, match.start(), match.end())
    if SELF_CORRECTION.search(text) or REDO.search(text):
        for match in ACTUALLY.finditer(text):
            yield Evidence("restates after a correction", 0.5, match.start(), match.end())


def _labels(text: str) -> Iterator[Evidence]:
    strong = [*STRONG_LABEL.finditer(text), *BRACKET_LABEL.finditer(text)]
    strong += BRACKET_LABEL_INLINE.finditer(text)
    if VERSION_HISTORY.search(text):
        # "Revision history\n- v1: initial draft\n- v3 (final): …": versions of a document
        strong = [m for m in strong if not VERSION_LABEL.fullmatch(m.group("label"))]
    if strong and strong[0].start() < 30 and is_letter_draft(text):
        strong = strong[1:]  # "Draft:\n\nDear …": a letter written for the reader, labelled
    # A glossary or form ("Draft: unpublished. Published: visible. Archived: hidden.") has
    # mostly other labels; reasoning notes are mostly reasoning labels.
    others = (
        len(ANY_LABEL.findall(text))
        - len(strong)
        - len(WEAK_LABEL.findall(text))
        - len(OUTPUT_LABEL.findall(text))
    )
    bullets = len(BULLET_LINE.findall(text))
    checklist = False
    for match in strong:
        weight = (
            2.0 if others < max(2, len(strong)) or SELF_LABEL.search(match.group("label")) else 0.5
        )
        line = text[text.rfind("\n", 0, match.start("label")) + 1 : match.start("label")]
        if DEV_NOTE.fullmatch(match.group("label")) and line.lstrip()[:1] in "-*•" and bullets >= 3:
            # "- TODO: notify the support team" in a checklist: an item of the list, for the
            # reader; it still fails beside another sign, and counts once however many items
            if checklist:
                continue
            checklist, weight = True, min(weight, 1.0)
        yield Evidence("labels its thinking", weight, match.start("label"), match.end())
    weak = list(WEAK_LABEL.finditer(text))
    outputs = list(OUTPUT_LABEL.finditer(text))
    for match in outputs:
        line = text[text.rfind("\n", 0, match.start("label")) + 1 : match.start("label")]
        bulleted = line.lstrip().startswith(("-", "*", "•"))
        revised = REVISED.fullmatch(match.group("label")) and ANY_LABEL.search(
            text, 0, match.start()
        )
        # "Versão 1: … Fria demais. Versão final:": a numbered draft, then the final one
        final = FINAL_FORM.search(match.group("label")) and NUMBERED_DRAFT.search(
            text, 0, match.start()
        )
        if (revised or final) and not bulleted:
            # "Answer: 54. Check: … Corrected: 56": a revision after its own earlier attempt;
            # "Corrected:" opening the text is the correction the reader asked for; a list of
            # changes ("- New: … - Improved: …") is a changelog
            yield Evidence("labels its thinking", 2.0, match.start("label"), match.end())
            break
    kinds = {m.group("label").lower() for m in weak}
    # Two labels make notes-to-self when one names a step of working ("Task:", "Approach:",
    # "Check:"); "Assumptions: … Constraints: …" alone is a design document.
    process = any(PROCESS_LABEL.fullmatch(kind) for kind in kinds)
    listed = len(ANY_LABEL.findall(text)) - len(strong) - len(weak) - len(outputs)
    solution = SOLUTION.search(text)  # "Решение: … Проверка: … Ответ: …" is written for the reader
    # "analysis: its reasoning … final: the answer" documents gpt-oss's channels
    channel_doc = kinds <= {"analysis", "commentary"} and CHANNEL_TALK.search(text)
    if (
        weak
        and not channel_doc
        and (outputs or (len(kinds) >= 2 and process))
        and listed < len(weak) + len(outputs)
        and not solution
    ):
        first = weak[0]
        yield Evidence("notes to itself", 2.0, first.start("label"), first.end())
    elif weak and channel_doc:
        yield Evidence("labelled section", 0.5, weak[0].start("label"), weak[0].end())
    elif weak:
        first = weak[0]
        rest = text[first.end() : first.end() + 200]  # the plan's first few lines
        if solution and CHECK_KIND.fullmatch(first.group("label")):
            # "Step 1: … Step 2: …\n\nCheck: 15 + 16 + 17 = 48 ✔": a worked solution's check
            yield Evidence("labelled section", 0.5, first.start("label"), first.end())
        elif PLAN_CONTENT.search(rest):
            yield Evidence("labels its plan for the reply", 2.0, first.start("label"), first.end())
        elif first.group("label").lower().endswith("ing") and VERDICT.search(rest.split("\n")[0]):
            # "Checking: 12 × 12 = 144. Yes.": checking aloud, with its verdict ("Check:" ends
            # worked solutions written for the reader)
            yield Evidence("notes to itself", 1.5, first.start("label"), first.end())
        elif CHECK_KIND.fullmatch(first.group("label")) and BARE_VERDICT.search(
            rest.split("\n")[0]
        ):
            # "Vérification : tous les champs sont là. OK.": the check ends on a bare verdict
            # about the reply, where a worked solution's check ends on its arithmetic
            yield Evidence("notes to itself", 1.5, first.start("label"), first.end())
        elif (
            first.start() == len(text) - len(text.lstrip())
            and PLAN_KIND.fullmatch(first.group("label"))
            and _answer_follows(
                text, first.end(), spare_working=not PLAN_ONLY.fullmatch(first.group("label"))
            )
        ):
            # "Plan: dates, sides, outcome. Brief.\n\nThe war…": a labelled note opens the
            # text, and the answer follows it in a paragraph of its own
            yield Evidence("labels its plan for the reply", 1.5, first.start("label"), first.end())
        else:
            yield Evidence("labelled section", 0.5, first.start("label"), first.end())


_MEETING = (
    r"\bsync\b|\bmeeting\b|\bstand-?up\b|\bretro\b|纪要|会议|議事|会議|\bréunion\b|\breunión\b|\briunione\b|"
    r"\breunião\b|\bbesprechung\b|\bspotkani|встреч|\btoplantı"
)
# Minutes: the replies they plan are to customers and users, not to the reader.
MINUTES = re.compile(
    r"\A\s*(?:[#*]+\s*)?(?:minutes|meeting\s+notes|(?:daily\s+)?stand-?up(?:\s+notes)?|retro(?:spective)?\s+notes|protokoll|besprechungsnotizen|notulen|compte[- ]rendu|acta|verbale|ata|"
    r"notatk[ai]\s+ze\s+spotkania|notes\s+de\s+réunion|notas\s+de\s+(?:la\s+)?reuni[oó]n|notas\s+da\s+reunião|appunti\s+della\s+riunione|"
    r"toplantı\s+notları|заметки\s+(?:со|с)\s+встречи|"
    r"protokół|протокол|議事録|(?:会议|會議|周例会|例会)?纪要|会議メモ|회의록)(?!\w)|"
    # a bold or heading first line naming a meeting: "**Support sync — 12 June**", "**客服周会纪要**"
    rf"\A\s*(?:#+[ \t]*[^\n]{{0,40}}?(?:{_MEETING})[^\n]*|\*\*[^\n*]{{0,40}}?(?:{_MEETING})[^\n*]*\*\*[ \t]*)\n",
    re.IGNORECASE,
)
MINUTES_SPARE = {
    "plans the reply", "restates its instructions", "labels its plan for the reply", "labels its thinking",
}  # fmt: skip
# Release notes: their "user" is the product's, their "question" one the product answers.
RELEASE_NOTES = re.compile(
    r"\A\s*(?:[#*]+\s*)?(?:change\s*log|release\s+notes|what['’]s\s+new|versionshinweise|änderungsprotokoll|"
    r"notes\s+de\s+version|journal\s+des\s+modifications|novedades|notas\s+de\s+(?:la\s+)?versión|note\s+di\s+rilascio|"
    r"notas\s+de\s+(?:lançamento|versão)|informacje\s+o\s+wydaniu|список\s+изменений|sürüm\s+notları|更新日志|"
    r"变更日志|変更履歴|リリースノート)(?!\w)",
    re.IGNORECASE,
)
RELEASE_NOTES_SPARE = {
    "narrates the requester",
    "narrates the conversation",
    "narrates the request",
}
# "顧客へ回答する必要がある": minutes about answering a customer, not the reader.
PARTY_BEFORE_CJK = re.compile(r"(?:顧客|お客様|先方|取引先|上司|客户|客戶)(?:へ|に|に対して)?$")
USER_STORY = re.compile(r"\bas\s+an?\s+[\w\s-]{1,30}?(?:\*\*)?,\s*$", re.IGNORECASE)
CONCEDES = re.compile(
    r"\A\s*(?:you(?:'re|\s+are)\s+(?:right|correct)|good\s+catch|vous\s+avez\s+raison|tu\s+as\s+raison|"
    r"(?:du\s+hast|sie\s+haben)\s+recht|tienes\s+razón|tiene\s+razón|hai\s+ragione|ha\s+ragione|"
    r"você\s+tem\s+razão|je\s+hebt\s+gelijk|u\s+hebt\s+gelijk|masz\s+rację|вы\s+правы|ты\s+прав)",
    re.IGNORECASE,
)
REVISED = re.compile(lx.REVISED_LABEL, re.IGNORECASE)
# Labels of a note that may open the text before the answer: a plan, an analysis, the task, a check.
_PLAN_LABELS = (
    r"plan|piano|plano|approach|approche|enfoque|approccio|abordagem|aanpak|ansatz|podejście|подход|план|denk|"
    r"outline|gliederung|schema|esquema|roteiro(?:\s+do\s+texto)?|kolejność|"
    r"方針|方针|計画|计划|계획|방침"
)
PLAN_ONLY = re.compile(_PLAN_LABELS, re.IGNORECASE)
PLAN_KIND = re.compile(
    rf"{_PLAN_LABELS}|analysis|analyse|análisis|analisi|análise|analiza|анализ|分析|task|aufgabe|tâche|tarea|compito|"
    r"tarefa|taak|zadanie|задача|verify|verification|check|vérification|verificación|verifica|verificação|prüfung|"
    r"controle|проверка|確認|检查",
    re.IGNORECASE,
)
CHECK_KIND = re.compile(
    r"(?:quick\s+|final\s+)?(?:verify|verification|check|vérification|verificación|verifica|verificação|prüfung|"
    r"überprüfung|prüfen|controle|controllo(?:\s+veloce)?|weryfikacja|sprawdzenie|проверка|kontrol|doğrulama|"
    r"确认|確認|检查|檢查|验证|検証|점검|확인)",
    re.IGNORECASE,
)
BARE_VERDICT = re.compile(
    r"(?:^|[.!;:,。]\s*)(?:ok(?:ay)?|passt|klopt|all\s+good|looks\s+good|good|fine|done|sì|oui|sí|sim|tak|да|"
    r"tamam|没问题|問題なし|문제\s*없)\s*[.!。]?\s*$",
    re.IGNORECASE,
)
_PLAN_NOTE_MAX = 240
# "Plan: migrate billing to Postgres\n\nPhase 1 (week 1): …": the label titles a plan in phases
# written for the reader, not a note on how to reply.
PHASE_START = re.compile(
    r"(?:\*\*|__)?(?:phase|stage|step|week|sprint|day|month|milestone|fase|etapa|schritt|woche|étape|semaine|"
    r"tappa|settimana|etap|tydzień|этап|неделя|шаг|aşama|hafta|阶段|フェーズ|ステップ|단계)\s*\d",
    re.IGNORECASE,
)
WORKING = re.compile(r"\d\s*[=×÷]|[=×÷]\s*\d|[✓✔]")


def _answer_follows(text: str, label_end: int, spare_working: bool = False) -> bool:
    """Whether a one-line note after the label is followed by a paragraph of another kind.

    With `spare_working`, a paragraph of working ("5x − 2x = 18 − 3") does not count: after
    "Task:" or "Check:" it is a worked solution written for the reader.
    """
    gap = PARAGRAPH_BREAK.search(text, label_end)
    if (
        gap is None
        or gap.start() - label_end > _PLAN_NOTE_MAX
        or "\n" in text[label_end : gap.start()]
    ):
        return False  # a plan of several lines is more likely the plan the reader asked for
    after = text[gap.end() :].lstrip()
    following = PARAGRAPH_BREAK.split(after, maxsplit=1)[0]
    return (
        bool(after)
        and not (spare_working and WORKING.search(following))
        and not ANY_LABEL.match(after)
        and not PHASE_START.match(after)
        and not after.startswith(("-", "*", "|", "1", "#"))
    )


def _structure(text: str) -> Iterator[Evidence]:
    for rule, weight, start, end, unaddressed in structural_signs(text):
        lo, hi = _sentence_bounds(text, start)
        colon = CLAUSE_BREAK.search(text, end, hi)
        clause_end = colon.start() if colon else hi  # "I should mention X too: … for your country"
        if unaddressed and (
            _addressed(text, lo, clause_end, start, end)
            or CONDITION.search(text[lo:start])
            or (rule == "plans the reply" and text.startswith("?", hi))
        ):
            continue  # "you should answer in French", "if the response must...": advice
        yield Evidence(rule, weight, start, end)


CLAUSE_BREAK = re.compile(r":\s|\s[—–]\s|;\s")


# A hidden HTML comment of several words in an answer is a note the reader was not meant to see.
HTML_NOTE = re.compile(r"<!--\s*(?P<body>(?:(?!-->)[\s\S]){12,400}?)\s*-->")
# ...about the person asking or the reply, not a technical aside the writer hid.
NOTE_ABOUT_EXCHANGE = re.compile(
    r"\b(?:user|they|their|them|he|she|his|her|person|requester|asker|customer|student|request|question|asked|said|"
    r"mentioned|message|answer|reply|keep|skip|tailor|mention|going|went|chose|kept|added|assum\w*|double-checked|"
    r"nutzer\w*|utilisat\w+|usuari\w+|utente|gebruiker|użytkownik\w*|kullanıcı)\b|"
    r"пользовател\w*|用户|ユーザー|사용자",
    re.IGNORECASE,
)
# Labels that only ever name the writer's own working, glossary or not.
SELF_LABEL = re.compile(
    r"self[- ]?check|selbst-?check|double[- ]check|nota\s+interna|scratch\s*pad|"
    r"notes?\s+to\s+self|verification\s+loop|obs\.?\s+(?:pra|para)\s+mim|ملاحظة\s+داخلية|internal|"
    r"note\s+interne|interne\s+notiz|interne\s+notitie|notatka\s+wewnętrzna",
    re.IGNORECASE,
)


def _comments_about_asker(text: str) -> Iterator[Evidence]:
    code = mask_code(text, inline=False)
    for note in HTML_NOTE.finditer(code):
        body = note.group("body")
        if len(body.split()) >= 4 and NOTE_ABOUT_EXCHANGE.search(body):
            yield Evidence("notes to itself", 2.0, note.start(), note.end())
    for match in CODE_COMMENT.finditer(text):
        group = next(g for g in COMMENT_GROUPS if match.group(g) is not None)
        comment = match.group(group)
        found = (
            COMMENT_ABOUT_ASKER.search(comment)
            or COMMENT_PERSON.search(comment)
            or EARLIER_TURN.search(comment)
        )
        if found:
            start = match.start(group) + found.start()
            yield Evidence("narrates the requester", 1.5, start, start + len(found.group()))


def find_evidence(text: str) -> list[Evidence]:
    """Every piece of meta-rambling evidence in `text`, in order of position."""
    evidence = rule_evidence(text)
    learned = learned_sign(text, [(e.rule, e.weight) for e in evidence])
    if learned is not None:
        evidence.append(Evidence(LEARNED, *learned))
        evidence.sort(key=lambda e: (e.start, -e.weight))
    return evidence


def rule_evidence(text: str) -> list[Evidence]:
    """The rules' evidence in `text`, in order of position (the learned model's sign apart)."""
    evidence = list(_reasoning_markers(text)) + list(_comments_about_asker(text))
    masked = _masked(text)
    evidence += [*_about_requester(masked), *_plans_reply(masked), *_revises(masked)]
    evidence += list(_labels(masked))
    evidence += list(_structure(masked))
    if MINUTES.match(masked):  # minutes plan a team's replies and change a bot's system prompt
        evidence = [e for e in evidence if e.rule not in MINUTES_SPARE]
    if RELEASE_NOTES.match(masked):
        evidence = [e for e in evidence if e.rule not in RELEASE_NOTES_SPARE]
    if evidence:
        first_end = _sentence_bounds(masked, len(masked) - len(masked.lstrip()))[1]
        if (
            masked.startswith("!", first_end)
            and len(masked[:first_end].split()) <= 4
            and first_end + 1 < len(masked.rstrip())
        ):
            # "Sure!", "¡Qué buena pregunta!": a courtesy before the preamble, not the answer
            first_end = _sentence_bounds(masked, first_end + 1)[1]
        opener = OPENER.match(masked)
        if any(e.start < first_end and e.rule in PREAMBLE_RULES for e in evidence):
            # Meta talk before the answer starts: the classic preamble.
            evidence.append(Evidence("before the answer", 0.5, 0, first_end))
        elif (
            opener and opener.group().strip() and not any(e.start < opener.end() for e in evidence)
        ):
            evidence.append(Evidence("thinking-aloud opener", 0.5, 0, opener.end()))
        tail = last_paragraph(masked)
        if tail is not None and any(e.start >= tail and e.rule in TAIL_RULES for e in evidence):
            # A paragraph of its own after the answer, about the asker or the reply.
            evidence.append(Evidence("after the answer", 0.5, tail, len(masked.rstrip())))
    letter = bool(EMAIL_FRAME.match(masked))
    if letter or NARRATIVE.search(masked):  # letters and stories plan for people
        asides = [
            m.span() for m in ASIDE_PARAGRAPH.finditer(masked)
        ]  # "(Ich halte es formell, weil…)"
        people_do = LETTER_DO if letter else PEOPLE_DO
        evidence = [
            Evidence(e.rule, e.weight / 2, e.start, e.end)
            if e.rule in people_do and not any(lo <= e.start < hi for lo, hi in asides)
            else e
            for e in evidence
        ]
    if _documents_roles(text):  # "the `user` message holds the question"
        # With messages written out as JSON, every mention of the system prompt or the
        # user's question is about those fields; otherwise only the sentence naming one is.
        fields = bool(ROLE_JSON.search(text))
        evidence = [
            Evidence(e.rule, min(e.weight, 0.3), e.start, e.end)
            if e.rule in ROLE_FIELDS
            and (fields or ROLE_MESSAGE.search(text, *_sentence_bounds(text, e.start)))
            else e
            for e in evidence
        ]
    evidence.sort(key=lambda e: (e.start, -e.weight))
    return _dedupe(evidence)


# What a sentence documenting chat roles says of them, and a meta sentence says of the asker.
ROLE_FIELDS = {
    "narrates the requester", "narrates the request", "restates its instructions", "checks its own reply",
}  # fmt: skip
API = re.compile(r"(?<![A-Za-z])API(?![A-Za-z])")  # "チャットAPIでは": no word boundary in CJK


# A chat message's role as JSON sets it out: `{"role": "system", "content": …}`.
ROLE_JSON = re.compile(r"[\"']role[\"']\s*:\s*[\"'](?:system|user|assistant|developer|tool)[\"']")


def _documents_roles(text: str) -> bool:
    """Whether the text documents chat roles: an API, or two roles' messages set side by side."""
    if CHAT_DOCS.search(text) or API.search(text):
        return True
    return len({m.group().lower() for m in ROLE_MESSAGE.finditer(text)}) >= 2


PREAMBLE_RULES = {
    "narrates the requester", "narrates the request", "plans the reply", "restates the request",
    "narrates the conversation",
}  # fmt: skip


# What people do in letters and stories: plan replies, check orders, own up to mistakes.
ASIDE_PARAGRAPH = re.compile(r"^[ \t]*[(（][^\n]+[)）][ \t]*$", re.MULTILINE)
PEOPLE_DO = {
    "plans the reply",
    "corrects itself aloud",
    "admits a mistake",
    "talks about its reply",
}
# A letter's writer also checks a message before sending it ("Я посмотрю перед отправкой").
LETTER_DO = PEOPLE_DO | {"checks its own reply"}
TAIL_RULES = {
    "narrates the requester", "checks its own reply", "corrects itself aloud", "talks about its reply",
}  # fmt: skip


def _dedupe(evidence: list[Evidence]) -> list[Evidence]:
    """Overlapping matches of one rule count once (the heaviest)."""
    kept: list[Evidence] = []
    for item in evidence:
        clash = next(
            (k for k in kept if k.rule == item.rule and k.start < item.end and item.start < k.end),
            None,
        )
        if clash is None:
            kept.append(item)
        elif item.weight > clash.weight:
            kept[kept.index(clash)] = item
    return kept


def total(evidence: list[Evidence]) -> float:
    """The score of a set of evidence.

    Signs under 1 count once per rule, and without one sign of weight 1 or more there is
    no score: in a long text, small signs ("let's", "hmm") must not add up to a verdict.
    """
    strong, weak = sign_sums((e.rule, e.weight) for e in evidence)
    return round(strong + weak, 2) if strong else 0.0


def rambling_score(text: str) -> tuple[float, list[Evidence]]:
    """The score of the evidence, and the evidence itself."""
    evidence = find_evidence(text)
    return total(evidence), evidence


def find_rambling(text: str, threshold: float = DEFAULT_THRESHOLD) -> tuple[str, int, int] | None:
    """The heaviest piece of evidence (rule, start, end) when the text is meta-rambling, else None."""
    score, evidence = rambling_score(text)
    if score < threshold or not evidence:
        return None
    top = max(evidence, key=lambda e: e.weight)
    return top.rule, top.start, top.end


class MetaRamblingParams(CheckParams):
    """How much evidence fails an answer (`threshold`), and which rules to leave out (`ignore`)."""

    threshold: float = Field(DEFAULT_THRESHOLD, gt=0)
    ignore: list[str] = Field(default_factory=list)

    @field_validator("ignore")
    @classmethod
    def _known_rules(cls, value: list[str]) -> list[str]:
        unknown = sorted(set(value) - set(RULES))
        if unknown:
            raise ValueError(f"unknown rule(s) {', '.join(unknown)}; rules: {', '.join(RULES)}")
        return value


RULES = (
    "reasoning block", "reasoning channel", "narrates the requester", "narrates the request", "restates the request",
    "restates its instructions", "narrates the conversation", "narrates the assistant", "checks its own reply",
    "plans the reply", "corrects itself aloud", "thinks aloud", "admits a mistake", "restates after a correction", "labels its thinking", "notes to itself", "labels its plan for the reply",
    "labelled section", "before the answer", "after the answer", "thinking-aloud opener", LEARNED,
)  # fmt: skip


@register
class MetaRambling(Check):
    """Passes when the answer does not talk about the conversation or leak reasoning."""

    name = "meta_rambling"
    params_model = MetaRamblingParams
    description = (
        "no narration of the request, no planning or checking of the reply, no leaked reasoning"
    )

    def run(self, answer: Answer, params: CheckParams) -> CheckResult:
        """Score the evidence; fail at the threshold, listing each piece with its weight."""
        assert isinstance(params, MetaRamblingParams)
        evidence = [e for e in find_evidence(answer.text) if e.rule not in params.ignore]
        score = total(evidence)
        if score < params.threshold:
            shown = f" (score {score:g} < {params.threshold:g})" if evidence else ""
            return self.result(True, f"no meta-commentary found{shown}")
        parts = [
            f"{e.rule} +{e.weight:g}: {excerpt(answer.text, e.start, e.end)}"
            for e in sorted(evidence, key=lambda e: -e.weight)[:4]
        ]
        return self.result(
            False, f"meta-rambling score {score:g} ≥ {params.threshold:g}; " + "; ".join(parts)
        )
