"""Signs of meta-rambling shared by every language, each built from per-language roles.

Where the lexicon rules look for "the user" and its verbs, these describe moves a writer
makes when talking about the conversation instead of answering, whatever the words:

- the person asking as "he" or "she" beside a verb of asking or wanting ("jetzt fragt er
  nach", "lei vuole sapere", "他只想知道");
- what was asked before against what is asked now ("Antes preguntó por vuelos y ahora…");
- a closing line judging the reply against what was asked ("Dat zou moeten dekken waar de
  klant naar vroeg.");
- a choice about the reply, in the past, with its reason ("Ho tenuto la risposta corta
  perché sembrava avere fretta.");
- the instructions as the subject ("Le istruzioni chiedono…", "按要求只用了一句话回答");
- thinking aloud ("Хм, дайте подумать", "うーん、ちょっと考えてみよう");
- checking the reply, then a verdict ("Let me make sure… Yes, 30 cm² is correct.");
- a stop in the middle of the text to take something back because of what was asked
  ("Moment, eigentlich hatte er Fahrenheit angegeben").

Each sign yields (rule, weight, start, end, unaddressed); `unaddressed` signs are dropped
by the caller in sentences spoken to the reader ("as you asked") or under a condition.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_I = re.IGNORECASE | re.MULTILINE


def _alt(*parts: str) -> str:
    return "|".join(f"(?:{p})" for p in parts if p)


# The person asking as "he" or "she" (and German/Dutch "sie"/"ze", which is also "they").
HE_SHE = _alt(
    r"\b(?:he|she)\b", r"\b(?:er|sie)\b", r"\b(?:il|elle)\b", r"\b(?:él|ella)\b", r"\b(?:lui|lei)\b",
    r"\b(?:ele|ela)\b", r"\b(?:hij|zij|ze)\b", r"\b(?:on|ona)\b", r"(?<!\w)(?:он|она)(?!\w)",
    r"\b(?:han|hon)\b", r"他|她|彼女|彼(?!ら)", r"그녀|그분",
)  # fmt: skip
# Asking, wanting, writing or meaning something, in the third person (present or past).
ASKS = _alt(
    r"\b(?:asks?|asked|is\s+asking|was\s+asking|wants?|wanted|wrote|writes|mentioned|mentions|specified|"
    r"meant|means|is\s+after|was\s+after|is\s+looking\s+for|needs|seems|seemed|said\s+earlier|"
    r"switched|is\s+writing|typed|clarified)\b",
    r"\b(?:fragt|fragte|will|wollte|möchte|schreibt|schrieb|meint|meinte|sucht|braucht|erwähnt|erwähnte|"
    r"hatte\s+\w+\s+angegeben|angegeben|gefragt|geschrieben|scheint|wissen\s+will)\b",
    r"\b(?:demande|demandait|a\s+demandé|veut|voulait|cherche|cherchait|écrit|a\s+écrit|précise|a\s+précisé|"
    r"mentionne|a\s+mentionné|semble|semblait|souhaite)\b",
    r"(?<!\w)(?:pregunta|preguntó|preguntaba|quiere|quería|busca|buscaba|dijo|escribió|pide|pidió|"
    r"menciona|mencionó|necesita|parece|parecía)(?!\w)",
    r"(?<!\w)(?:chiede|chiedeva|ha\s+chiesto|vuole|voleva|cerca|cercava|scrive|ha\s+scritto|intende|"
    r"sembra|sembrava|ha\s+detto)(?!\w)",
    r"(?<!\w)(?:pergunta|perguntou|quer|queria|procura|procurava|escreveu|pediu|pede|falou|disse|"
    r"mencionou|parece|parecia)(?!\w)",
    r"\b(?:vraagt|vroeg|wil|wilde|zoekt|zocht|schreef|schrijft|bedoelt|bedoelde|noemde|had\s+het\s+over|"
    r"lijkt|leek)\b",
    r"(?<!\w)(?:pyta|pytał|pytała|chce|chciał|chciała|szuka|szukał|szukała|pisze|pisał|pisała|napisał|"
    r"napisała|chodzi\s+(?:mu|jej))(?!\w)",
    r"(?<!\w)(?:спрашивает|спрашивал|спрашивала|спросил|спросила|хочет|хотел|хотела|ищет|пишет|писал|"
    r"писала|написал|написала|имеет\s+в\s+виду|просит|просил|просила)(?!\w)",
    r"\b(?:frågar|frågade|vill|ville|undrar|undrade|skrev|letar)\b",
    r"想知道|想要|只想|想问|问的|问了|在问|要的|写的|寫的|说的|說的|提到|が知りたい|知りたい|聞いて|書いていた|書いた|尋ね|求めて",
)  # fmt: skip
# Object pronouns and names after the verb make it a story: "he asked her", "fragte sie".
STORY_OBJECT = re.compile(
    r"\s+(?:her|him|them|me|us|sie|ihn|ihm|ihr|la|le|lui|lo|gli|a\s+[A-ZÁÉÍÓÚ]\w+|[A-Z][a-z]+)\b"
)
# Between the pronoun and its verb only adverbs and clitics: "il cliente chiede" is no "il".
_ADVERB = (
    r"(?:just|only|also|really|probably|clearly|now|nur|eigentlich|jetzt|auch|ne|me|m['’]|lo|la|le|ya|"
    r"già|ora|já|só|wel|eigenlijk|nu|też|tylko|właśnie|уже|же|только|ещё|bara|också|就|只|也|其实|其實|は|が)\s*"
)
ASKER_PRONOUN = re.compile(
    rf"(?P<who>{HE_SHE})\s*(?:{_ADVERB}){{0,2}}(?P<verb>{ASKS})|"
    rf"(?P<verb2>{ASKS})\s+(?:{_ADVERB}){{0,1}}(?P<who2>{HE_SHE})(?!\s*\w*[:])",
    _I,
)
# A story or a letter about people: narrative tenses, both "he" and "she", a greeting line.
STORY = re.compile(
    r"\b(?:had|hatte|avait|había|aveva|tinha|replied|answered|répondit|demanda|respondió|rispose|respondeu|"
    r"antwoordde|antwortete|odpowiedział\w*|ответил\w*|walked|smiled|once\s+upon)\b",
    _I,
)
LETTER = re.compile(
    r"\A\s*(?:subject:|(?:hi|hello|dear|hey|hallo|liebe[r]?|bonjour|hola|ciao|olá|cześć|hej|beste)\b[^\n]{0,40}[,\n])",
    _I,
)
GENDERS = (
    re.compile(
        r"\b(?:he|him|his)\b|\b(?:il|lui)\b|\b(?:él)\b|\b(?:ele)\b|\b(?:hij)\b|(?<!\w)он(?!\w)|他",
        _I,
    ),
    re.compile(r"\b(?:she|her)\b|\b(?:elle)\b|\b(?:ella)\b|\b(?:ela)\b|(?<!\w)она(?!\w)|她", _I),
)

# What was asked before, and what is asked now, in one sentence.
EARLIER = _alt(
    r"\b(?:earlier|previously|before\s+that|a\s+moment\s+ago|first)\b",
    r"\b(?:vorhin|vorher|zuvor|eben\s+noch|erst)\b", r"\b(?:plus\s+tôt|tout\s+à\s+l['’]heure|précédemment)\b",
    r"(?<!\w)(?:antes|hace\s+un\s+momento|anteriormente|há\s+pouco)(?!\w)", r"\b(?:prima|in\s+precedenza|poco\s+fa)\b",
    r"\b(?:eerder|daarnet|zonet|net)\b", r"(?<!\w)(?:wcześniej|przedtem|przed\s+chwilą)(?!\w)",
    r"(?<!\w)(?:раньше|ранее|до\s+этого|только\s+что)(?!\w)", r"\b(?:tidigare|förut|nyss)\b",
    r"(?<!\w)(?:dříve|předtím)(?!\w)", r"\b(?:daha\s+önce|az\s+önce)\b", r"之前|刚才|剛才|先前|さっき|先ほど|아까|이전에",
)  # fmt: skip
NOW = _alt(
    r"\b(?:now|this\s+time)\b", r"\b(?:jetzt|nun)\b", r"\b(?:maintenant|cette\s+fois)\b",
    r"(?<!\w)(?:ahora|agora|esta\s+vez|desta\s+vez)(?!\w)", r"\b(?:ora|adesso|stavolta)\b", r"\bnu\b",
    r"(?<!\w)(?:teraz|теперь|сейчас|teď|nyní|şimdi)(?!\w)", r"现在|這次|这次|今度|今は|今回|이번|지금",
)  # fmt: skip
ASK_TOPIC = _alt(
    r"\b(?:ask\w*|question|request|follow-up|wanted|talked\s+about|was\s+about)\b",
    r"\b(?:frag\w*|ging\s+es|geht\s+es|wollte)\b", r"\b(?:demand\w*|question|voulait|il\s+s['’]agissait)\b",
    r"(?<!\w)(?:pregunt\w*|duda|consulta|perguntou|pergunta|dúvida|quería|queria)(?!\w)",
    r"\b(?:chied\w*|domanda|voleva)\b", r"\b(?:vroeg|vraag|ging\s+het|gaat\s+het|wilde)\b",
    r"(?<!\w)(?:pyta\w*|dopytuje|pytanie|chciał\w*)(?!\w)", r"(?<!\w)(?:спрашива\w*|спросил\w*|вопрос|речь\s+шла)(?!\w)",
    r"\b(?:frågade|frågan|fråga)\b", r"(?<!\w)(?:ptal\w*|otázk\w*|sordu\w*)(?!\w)", r"问|問|質問|聞い|질문|물어",
)  # fmt: skip
_SENTENCE = r"[^.!?。！？\n]"
CONTEXT_SHIFT = re.compile(
    rf"(?:{EARLIER}){_SENTENCE}{{0,120}}?(?:{NOW})|(?:{NOW}){_SENTENCE}{{0,120}}?(?:{EARLIER})", _I
)

# Judging the reply against what was asked, in a closing line.
ASKED_PAST = _alt(
    r"\b(?:what\s+(?:they|he|she|the\s+\w+)\s+(?:were|was)\s+(?:asking|after|looking\s+for)|"
    r"what\s+(?:they|he|she|the\s+\w+)\s+(?:asked|wanted|needed)|what\s+was\s+asked)\b",
    r"\b(?:wonach\s+gefragt|gefragt\s+wurde|was\s+(?:er|sie)\s+(?:wissen\s+)?wollte|des\s+nutzers)\b",
    r"\b(?:ce\s+qu['’](?:il|elle)\s+(?:cherchait|demandait|voulait)|ce\s+qui\s+était\s+demandé)\b",
    r"(?<!\w)(?:lo\s+que\s+(?:\w+\s+){0,2}(?:preguntaba|pedía|quería|buscaba)|lo\s+que\s+se\s+pedía)(?!\w)",
    r"\b(?:quello\s+che\s+(?:\w+\s+){0,2}(?:chiedeva|voleva|cercava)|ciò\s+che\s+era\s+richiesto)\b",
    r"(?<!\w)(?:o\s+que\s+(?:\w+\s+){0,2}(?:perguntou|perguntava|queria|pediu|procurava))(?!\w)",
    r"\b(?:waar\s+(?:\w+\s+){0,2}naar\s+vroeg|wat\s+(?:\w+\s+){0,2}(?:vroeg|wilde))\b",
    r"(?<!\w)(?:o\s+co\s+(?:\w+\s+){0,1}pytał\w*|czego\s+(?:\w+\s+){0,1}chciał\w*)(?!\w)",
    r"(?<!\w)(?:что\s+(?:\w+\s+){0,1}(?:спрашивал\w*|хотел\w*|просил\w*))(?!\w)",
    r"\b(?:vad\s+(?:\w+\s+){0,1}(?:frågade|ville))\b", r"他问的|她问的|问的情况|问的问题|聞かれた|知りたかった",
)  # fmt: skip
COVERS = _alt(
    r"\b(?:cover\w*|answer\w*|address\w*|help\w*|satisf\w*)\b", r"\b(?:abdeck\w*|beantwort\w*|erfüll\w*)\b",
    r"\b(?:répond\w*|couvr\w*)\b", r"(?<!\w)(?:cubiert\w*|cubr\w*|respond\w*|respondid\w*)(?!\w)",
    r"\b(?:copr\w*|rispond\w*)\b", r"(?<!\w)(?:cobr\w*|respond\w*)(?!\w)", r"\b(?:dekt|dekken|dekte|beantwoord\w*)\b",
    r"(?<!\w)(?:wyczerpuj\w*|odpowiada\w*|pokrywa\w*)(?!\w)", r"(?<!\w)(?:покрыва\w*|отвеча\w*|охват\w*)(?!\w)",
    r"\b(?:täck\w*|besvar\w*)\b", r"说清楚|說清楚|回答了|答え|カバー",
)  # fmt: skip
COVERAGE = re.compile(
    rf"(?:{COVERS}){_SENTENCE}{{0,60}}?(?:{ASKED_PAST})|(?:{ASKED_PAST}){_SENTENCE}{{0,60}}?(?:{COVERS})",
    _I,
)

# A choice made about the reply, in the past or as a gerund, with its reason.
CHOSE = _alt(
    r"\bI(?:'ve|\s+have)?\s+(?:kept|made|left|avoided|skipped|went\s+with|chose|stuck\s+(?:to|with)|focused\s+on|"
    r"added|included|left\s+out|omitted|didn't\s+(?:include|go|add|mention|bother))\b",
    r"\b(?:keeping|sticking|leaving)\s+(?:this|it|things)\b",
    r"\bich\s+habe\s+(?:\w+\s+){0,4}?(?:gehalten|verzichtet|weggelassen|gewählt|vermieden)\b",
    r"\bj['’]ai\s+(?:\w+\s+){0,2}?(?:gardé|choisi|évité|préféré|laissé|fait\s+court)\b|\bje\s+précise\s+(?:ça|cela)\b",
    r"(?<!\w)(?:(?:lo\s+)?he\s+(?:mantenido|hecho|elegido|evitado|dejado)|mantuve|elegí|evité)(?!\w)",
    r"\bho\s+(?:\w+\s+){0,2}?(?:tenuto|fatto|scelto|evitato|lasciato|messo)\b",
    r"(?<!\w)(?:mantive|escolhi|evitei|deixei|fiz\s+(?:curt|breve))(?!\w)",
    r"\bik\s+heb\s+(?:\w+\s+){0,3}?(?:gehouden|gekozen|vermeden|weggelaten)\b",
    r"(?<!\w)(?:zostawiłe[mś]|wybrałe[mś]|pominąłe[mś]|skróciłe[mś]|ograniczyłe[mś])(?!\w)",
    r"(?<!\w)(?:я\s+)?(?:оставил\w*|выбрал\w*|сократил\w*|опустил\w*|ограничил\w*)(?!\w)",
    r"\bjag\s+(?:har\s+)?(?:höll|valde|undvek|hoppade\s+över)\b",
    r"(?:我|所以)(?:特意|刻意|就)?(?:只|没有|省略了|保持|选择了|用了)|ようにしました|省きました|短くしました",
)  # fmt: skip
BECAUSE = _alt(
    r"\b(?:because|since|as|given\s+that)\b", r"\b(?:da|weil)\b", r"\b(?:parce\s+qu|car|puisqu)",
    r"(?<!\w)(?:porque|ya\s+que|pois|já\s+que)(?!\w)", r"\b(?:perché|poiché|dato\s+che)\b",
    r"\b(?:omdat|want|aangezien)\b", r"(?<!\w)(?:bo|ponieważ|skoro)(?!\w)",
    r"(?<!\w)(?:так\s+как|потому\s+что|поскольку)(?!\w)", r"\b(?:eftersom)\b", r"因为|因為|ので|から",
)  # fmt: skip
THIRD_PERSON = re.compile(
    rf"(?:{HE_SHE})|\b(?:they|them|their|the\s+user|the\s+asker)\b|"
    r"\b(?:seem\w*|scheint|schien|semble\w*|parece\w*|sembra\w*|lijkt|leek|wydaje|кажется)\b|"
    r"(?:requested|asked|required|gewünscht|demandé|pedido|richiesto|gevraagd|요청)",
    _I,
)
CHOICE = re.compile(rf"(?:{CHOSE})(?P<rest>{_SENTENCE}{{0,120}})", _I)
BECAUSE_RE = re.compile(BECAUSE, _I)

# The instructions as the subject, or the reply made "as required".
INSTRUCTION_TALK = re.compile(
    r"\b(?:die\s+(?:anweisung|vorgabe|aufgabenstellung|aufgabe))\s+(?:sagt|verlangt|will|fordert|lautet)\b|"
    r"\b(?:la\s+consigne|les\s+instructions|l['’]instruction)\s+(?:demande|dit|exige|veut|impose|précise)\w*|"
    r"(?<!\w)(?:la\s+instrucción|las\s+instrucciones|la\s+consigna)\s+(?:pide|piden|dice|dicen|exige|indica)(?!\w)|"
    r"\b(?:le\s+istruzioni|l['’]istruzione|la\s+consegna)\s+(?:chied\w+|dic\w+|richied\w+|impon\w+)|"
    r"(?<!\w)(?:a\s+instrução|as\s+instruções)\s+(?:pede|pedem|diz|dizem|exige|exigem)(?!\w)|"
    r"\b(?:de\s+(?:opdracht|instructie|instructies))\s+(?:zegt|vraagt|eist|wil|luidt)\b|"
    r"(?<!\w)(?:zgodnie\s+z\s+(?:instrukcją|poleceniem)|instrukcja\s+(?:mówi|wymaga|każe)|polecenie\s+(?:mówi|wymaga))(?!\w)|"
    r"(?<!\w)(?:согласно\s+инструкции|по\s+инструкции|инструкция\s+(?:требует|говорит|просит)|задание\s+требует)(?!\w)|"
    r"\b(?:instruktionen|instruktionerna)\s+(?:säger|kräver|vill)\b|"
    r"\b(?:as\s+(?:required|instructed)|per\s+the\s+instructions)\s*[:,.)]|"
    r"(?<!\w)(?:como\s+foi\s+pedido\s+para|conforme\s+as\s+instruções)(?!\w)|"
    r"(?:按要求|按照要求|根据要求)(?:只|用了|控制)|指示どおり|指示通り|要求に従",
    _I,
)

# Thinking aloud before or about the answer.
THINK_ALOUD = re.compile(
    r"\blet\s+me\s+think\b|\blass\s+mich\s+(?:kurz\s+)?(?:überlegen|nachdenken)\b|\bmal\s+überlegen\b|"
    r"\blaisse[sz]?[- ]moi\s+réfléchir\b|\bréfléchissons\b|(?<!\w)(?:déjame\s+pensar|pensemos)(?!\w)|"
    r"\bfammi\s+pensare\b|(?<!\w)(?:deixa(?:-me|\s+eu)\s+pensar|deixe-me\s+pensar)(?!\w)|"
    r"\blaat\s+me\s+(?:even\s+)?(?:nadenken|denken)\b|(?<!\w)(?:niech\s+pomyślę|muszę\s+pomyśleć)(?!\w)|"
    r"(?<!\w)(?:дай(?:те)?\s+(?:подумать|подумаю)|надо\s+подумать)(?!\w)|\blåt\s+mig\s+tänka\b|"
    r"(?<!\w)(?:nech\s+mě\s+přemýšlet)(?!\w)|\bdüşüneyim\b|让我想想|讓我想想|我想想|考えてみよう|考えてみます|생각해\s*보자",
    _I,
)

# Checking the reply aloud, then a verdict on it.
CHECK_ALOUD = re.compile(
    r"\blet\s+me\s+(?:make\s+sure|double-check|check|verify|confirm|sanity-check)\b|"
    r"\blass\s+mich\s+(?:das\s+)?(?:kurz\s+)?(?:prüfen|überprüfen|nachrechnen)\b|"
    r"\blaisse[sz]?[- ]moi\s+vérifier\b|(?<!\w)(?:déjame\s+comprobar\w*|déjame\s+verificar\w*)(?!\w)|"
    r"\bfammi\s+(?:controllare|verificare)\b|(?<!\w)(?:deixa(?:-me|\s+eu)\s+(?:verificar|conferir|checar))(?!\w)|"
    r"\blaat\s+me\s+(?:even\s+)?(?:controleren|checken|nakijken)\b|(?<!\w)(?:sprawdzę|sprawdźmy)(?!\w)|"
    r"(?<!\w)(?:проверю|проверим|давай(?:те)?\s+проверю)(?!\w)|\blåt\s+mig\s+kontrollera\b|"
    r"我(?:来)?(?:检查|验证|核对)一下|確認してみ|確かめてみ",
    _I,
)
VERDICT = re.compile(
    r"(?<!\w)(?:yes|correct|right|consistent|checks\s+out|confirmed|✓|✔|ja|stimmt|richtig|korrekt|oui|exact|"
    r"sí|correcto|cierto|sì|giusto|corretto|sim|certo|correto|klopt|tak|zgadza|да|верно|правильно|"
    r"正确|正確|没错|沒錯|正しい|合って)(?!\w)",
    _I,
)

# A stop mid-text that takes something back because of what was asked.
STOP = re.compile(
    r"(?:^|(?<=[.!?。！？]\s)|(?<=\n)|(?<=[。！？]))[ \t]*(?:(?:oh|ah|a|あ)[,、]?\s*)?"
    r"(?:wait|hold\s+on|hang\s+on|moment(?:\s+mal)?|warte|attends|attendez|espera|espere|un\s+momento|"
    r"aspetta|un\s+attimo|wacht|chwila|czekaj|подожди|погоди|хотя\s+нет|待って|ちょっと待って|等等|等一下|잠깐)"
    r"(?P<rest>[^\n]{0,160})",
    _I,
)
RETRACTS = re.compile(
    rf"(?:{EARLIER})|(?:{HE_SHE})|\b(?:they|the\s+user)\b|"
    r"(?<!\w)(?:corrig\w*|correct\w*|korrigier\w*|recalcul\w*|redo\w*|neu\s+\w+|opnieuw|poprawiam|исправ\w*|"
    r"ricalcol\w*|correggo|改正|訂正|重新)",
    _I,
)

# Names that can only mean the person asking: "whoever's asking", "the OP", "质问者".
ASKER_NOUN = re.compile(
    r"\b(?:the\s+OP|our\s+friend\s+here|whoever(?:'s|’s|\s+is)\s+asking|the\s+person\s+asking|the\s+asker|"
    r"the\s+questioner|this\s+asker|der\s+fragesteller|die\s+fragestellerin|la\s+personne\s+qui\s+(?:demande|pose)|"
    r"quien\s+pregunta|quem\s+pergunta|chi\s+(?:chiede|domanda)|de\s+vraagsteller|pytając(?:y|a|ego|ej)|"
    r"frågeställaren|tazatel)\b(?!\s+(?:for|about|to|a|an|the|questions?)\b)|(?<!\w)(?:спрашивающ\w+|тот,\s+кто\s+спрашивает)(?!\w)|提问者|提問者|質問者|相談者",
    _I,
)
# Inferring who asks, or why, from the wording: "judging by the question", "судя по вопросу".
JUDGING_BY = re.compile(
    r"\b(?:judging\s+(?:by|from)\s+(?:the|this|that)\s+(?:question|phrasing|wording|message|request)|"
    r"by\s+the\s+sound\s+of\s+it|given\s+the\s+(?:phrasing|wording)|the\s+(?:phrasing|wording)\s+suggests|"
    r"vu\s+la\s+question|a\s+juzgar\s+por\s+la\s+pregunta|a\s+giudicare\s+dalla\s+domanda|"
    r"a\s+julgar\s+pela\s+pergunta|nach\s+der\s+frage\s+zu\s+urteilen|gezien\s+de\s+vraag|"
    r"sądząc\s+po\s+pytaniu)\b|(?<!\w)судя\s+по\s+(?:вопросу|формулировке)(?!\w)|"
    r"从问题来看|看提问|質問から(?:すると|察するに)",
    _I,
)
# A sentence that opens on a bare past verb: the writer reporting a choice about the reply
# ("Went with the maple image because…", "Rounded to one decimal since…"); a participle
# that modifies a subject ("Built in 1931, the tower…") is followed by one.
DECISION = re.compile(
    r"(?:^|(?<=[.!?)]\s)|(?<=\n))[ \t]*\(?(?:went\s+with|went\s+for|kept|used|added|rounded|chose|picked|"
    r"skipped|left\s+out|stuck\s+(?:to|with)|opted\s+for|dropped|omitted|included|gave|switched\s+to|"
    r"focused\s+on|assumed|leaving\s+out|sticking\s+(?:to|with)|keeping\s+(?:it|this))\b"
    r"(?P<rest>[^.!?\n]{0,160})",
    _I,
)
DECISION_REASON = re.compile(
    r"\b(?:because|since|as\s+(?:requested|asked|specified)|per\s+the|given|so\s+that|in\s+case|"
    r"was\s+(?:given|specified|asked|requested|in\s+the\s+(?:message|question))|they|the\s+(?:question|message|request|asker|OP))\b|[—–]",
    _I,
)
PARTICIPLE_SUBJECT = re.compile(
    r"^[^,]{0,60},\s+(?:the|a|an|it|this|these|its|his|her|their)\b", _I
)
# "Assuming EU residence here.": a working assumption as a sentence of its own.
ASSUMPTION = re.compile(
    r"(?:^|(?<=[.!?)]\s)|(?<=\n))[ \t]*(?:assuming|presuming|taking\s+it\s+that)\b[^,.!?\n]{1,60}[.!?]",
    _I,
)

# Deliberating over what else the reply should say: "I should also mention…".
DELIBERATE = re.compile(
    r"\bI\s+should\s+(?:also\s+|probably\s+|still\s+|maybe\s+)?(?:mention|add|note|point\s+out|clarify|include|say)\b|"
    r"\bich\s+sollte\s+(?:\w+\s+){0,2}?(?:erwähnen|ergänzen|hinzufügen|sagen|erklären)\b|"
    r"\bje\s+devrais\s+(?:\w+\s+){0,1}?(?:préciser|ajouter|mentionner|signaler|expliquer)\b|"
    r"(?<!\w)(?:debería|tendría\s+que)\s+(?:\w+\s+){0,1}?(?:mencionar|añadir|aclarar|explicar)(?!\w)|"
    r"\bdovrei\s+(?:\w+\s+){0,1}?(?:aggiungere|precisare|menzionare|spiegare)\b|"
    r"(?<!\w)deveria\s+(?:\w+\s+){0,1}?(?:mencionar|acrescentar|explicar|esclarecer)(?!\w)|"
    r"\bik\s+(?:moet|zou)\s+(?:\w+\s+){0,2}?(?:vermelden|toevoegen|noemen|uitleggen)\b|"
    r"(?<!\w)(?:powinienem|powinnam)\s+(?:\w+\s+){0,1}?(?:wspomnieć|dodać|wyjaśnić)(?!\w)|"
    r"(?<!\w)(?:надо\s+бы|стоит|следует)\s+(?:ещё\s+|еще\s+)?(?:упомянуть|добавить|пояснить|сказать)(?!\w)|"
    r"我应该(?:再)?(?:提一下|补充|说明)|補足しておく|触れておく",
    _I,
)
# Wondering what the person asking meant or is on.
WONDER = re.compile(
    r"\bI\s+wonder\s+(?:if|whether)\s+(?:they|he|she|the\s+user)\b|"
    r"\b(?:they|he|she)\s+might\s+(?:have\s+meant|mean|want|be\s+on|be\s+using|need)\b|"
    r"\bmaybe\s+(?:they|he|she)\s+(?:want|wants|mean|means|need|needs)\b",
    _I,
)
# "They seem to be a beginner": sizing up the person asking, at a sentence start.
SIZING_UP = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:(?:hmm|so|ok(?:ay)?|well)\s*,?\s+)?(?:they|he|she)\s+"
    r"(?:seem|seems|sound|sounds|appear|appears|must\s+be|are\s+probably|is\s+probably|are\s+likely|is\s+likely)\b",
    _I,
)
# A choice about the reply drawn from the asker: "so I avoided `assign()`".
SO_I_CHOSE = re.compile(
    r"\bso\s+I(?:'ve|\s+have)?\s+(?:avoided|kept|skipped|left\s+out|went\s+with|used|chose|stuck\s+to|focused\s+on|"
    r"didn't\s+(?:include|go\s+into|mention))\b",
    _I,
)
# The answer talking about itself: "This is the answer.", "End of answer.".
ANSWER_TALK = re.compile(
    r"\b(?:this|that)\s+is\s+(?:the|my)\s+(?:final\s+)?answer(?:\s+to\s+the\s+question)?\s*[.!]|"
    r"\bend\s+of\s+(?:the\s+|my\s+)?answer\b|\bthe\s+answer\s+to\s+the\s+question\s+that\s+was\s+asked\b|"
    r"(?<!\w)esta\s+es\s+la\s+respuesta(?:\s+a\s+la\s+pregunta)?(?!\w)|\bdas\s+ist\s+die\s+antwort\s*[.!]|"
    r"\bvoilà\s+la\s+réponse\s*[.!]|\bquesta\s+è\s+la\s+risposta\s*[.!]|(?<!\w)esta\s+é\s+a\s+resposta(?!\w)",
    _I,
)
# "The user" as the one the text is about: small models narrate it with any verb.
THE_USER = re.compile(
    r"\bthe\s+user\s+(?!(?:interface|guide|manual|account|name|id|agent|experience|stor(?:y|ies)|input|data|base|"
    r"group|profile|table|role|message|prompt|field|settings?|types|clicks|logs|enters|selects|submits)\b)"
    r"(?:probably\s+|just\s+|clearly\s+|likely\s+|really\s+|only\s+|also\s+)?"
    r"(?:[a-z]+(?:s|ed)|is|was|has|had|does|did|doesn't|didn't|isn't|wasn't|should|might|must|would|could)\b"
    r"(?!\s+(?:of|and|or|to)\b)",
    _I,
)
SOFTWARE = re.compile(
    r"\b(?:app|application|software|api|interface|click|log\s*in|login|account|password|server|database|endpoint|"
    r"role|system|model|form|screen|button|page|website|admin|permission|request\s+body|session|token)s?\b",
    _I,
)
STEPS = re.compile(r"\bstep\s+(?:\d|one|by\s+step)|\bfirst,|^\s*\d+[.)]\s", _I | re.MULTILINE)

# Pure signs: (rule, weight, pattern, dropped when addressed to the reader).
SIGNS: tuple[tuple[str, float, re.Pattern[str], bool], ...] = (
    ("restates its instructions", 1.5, INSTRUCTION_TALK, True),
    ("thinks aloud", 1.5, THINK_ALOUD, False),
    ("narrates the requester", 1.5, ASKER_NOUN, True),
    ("narrates the requester", 1.5, JUDGING_BY, True),
    ("plans the reply", 1.5, ASSUMPTION, True),
    ("plans the reply", 1.5, DELIBERATE, True),
    ("plans the reply", 1.5, SO_I_CHOSE, True),
    ("narrates the requester", 1.5, WONDER, True),
    ("narrates the requester", 1.0, SIZING_UP, True),
    ("checks its own reply", 1.5, ANSWER_TALK, False),
)


def _sentence(text: str, start: int, end: int) -> str:
    lo = max(text.rfind(c, 0, start) for c in ".!?。！？\n") + 1
    his = [i for i in (text.find(c, end) for c in ".!?。！？\n") if i >= 0]
    return text[lo : min(his) if his else len(text)]


def narration_signs(text: str) -> Iterator[tuple[str, float, int, int, bool]]:
    """Every cross-language narration sign in `text` (already masked)."""
    people = LETTER.match(text) or all(g.search(text) for g in GENDERS)
    for match in ASKER_PRONOUN.finditer(text if not people else ""):
        verb_end = match.end("verb") if match.group("verb") else match.end("who2")
        if STORY_OBJECT.match(text, verb_end) or STORY.search(_sentence(text, *match.span())):
            continue  # "he asked her", "she had been asked": a story about people
        yield "narrates the requester", 1.0, match.start(), match.end(), True
    for match in CONTEXT_SHIFT.finditer(text):
        if re.search(ASK_TOPIC, _sentence(text, match.start(), match.end()), _I):
            yield "narrates the conversation", 1.5, match.start(), match.end(), True
    tail = max(0, len(text.rstrip()) - 220)
    for match in COVERAGE.finditer(text, tail):
        yield "checks its own reply", 1.5, match.start(), match.end(), True
    for match in CHOICE.finditer(text):
        rest = match.group("rest")
        reason = BECAUSE_RE.search(rest)
        if reason and THIRD_PERSON.search(rest, reason.end()):
            yield "plans the reply", 1.5, match.start(), match.end(), True
    for rule, weight, pattern, unaddressed in SIGNS:
        for match in pattern.finditer(text):
            yield rule, weight, match.start(), match.end(), unaddressed
    for match in THE_USER.finditer(text):
        if not SOFTWARE.search(_sentence(text, match.start(), match.end())):
            yield "narrates the requester", 1.0, match.start(), match.end(), True
    for match in DECISION.finditer(text):
        rest = match.group("rest")
        if DECISION_REASON.search(rest) and not PARTICIPLE_SUBJECT.match(rest):
            yield "plans the reply", 1.5, match.start(), match.end(), True
    for match in CHECK_ALOUD.finditer(text):
        if text.startswith(":", match.end()) and STEPS.search(text):
            continue  # "Let me check: 2·4 + 3 = 11.": a worked solution's check, for the reader
        if VERDICT.search(text, match.end(), match.end() + 240):
            yield "checks its own reply", 1.5, match.start(), match.end(), False
    for match in STOP.finditer(text):
        if match.start() > 0 and RETRACTS.search(match.group("rest")):
            yield "corrects itself aloud", 1.5, match.start(), match.end(), False
