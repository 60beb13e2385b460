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

from harness.checks._meta_sources import source_signs
from harness.checks._text import PARAGRAPH_BREAK
from harness.checks._text import alternation as _alt

_I = re.IGNORECASE | re.MULTILINE


# The person asking as "he" or "she" (and German/Dutch "sie"/"ze", which is also "they").
HE_SHE = _alt(
    r"\b(?:he|she)\b", r"\b(?:er|sie)\b", r"\b(?:il|elle)\b", r"\b(?:él|ella)\b", r"\b(?:lui|lei)\b",
    r"\b(?:ele|ela)\b", r"\b(?:hij|zij|ze)\b", r"\bona\b|\bon\b(?!\s+(?:écrit|dit|peut|doit|a|est|fait|met|utilise|dira|ne|n['’]|y|l['’]|le|la|les|se|s['’]|en)\b)", r"(?<!\w)(?:он|она)(?!\w)",
    r"\b(?:han|hon|hen)\b", r"他|她|彼女|彼(?!ら)", r"그녀|그분",
    # roles the person asking is given: "the student", "la signora", "meneer"
    r"\b(?:the|this)\s+(?:kid|guy|lady|gentleman)\b",
    r"\b(?:lo\s+studente|la\s+studentessa|il\s+ragazzo|la\s+ragazza|la\s+signora|il\s+signore|l['’]élève|"
    r"el\s+alumno|la\s+alumna|la\s+señora|der\s+schüler|die\s+schülerin|die\s+kundin|meneer|mevrouw|de\s+leerling)\b",
)  # fmt: skip
# Asking, wanting, writing or meaning something, in the third person (present or past).
ASKS = _alt(
    r"\b(?:asks?|asked|is\s+asking|was\s+asking|wants?|wanted|wrote|writes|mentioned|mentions|specified|did\s+(?:mention|say|ask)|"
    r"meant|means|is\s+after|was\s+after|is\s+looking\s+for|needs|seems|seemed|said\s+earlier|"
    r"switched|is\s+writing|typed|clarified|corrected|told\s+us|told\s+me)\b",
    r"\b(?:fragt|fragte|will|wollte|möchte|schreibt|schrieb|meint|meinte|sucht|braucht|erwähnt|erwähnte|"
    r"hatte\s+\w+\s+angegeben|angegeben|gefragt|geschrieben|scheint|wissen\s+will)\b",
    r"\b(?:demande|demandait|a\s+demandé|veut|voulait|cherche|cherchait|écrit|a\s+écrit|précise|a\s+précisé|"
    r"mentionne|a\s+mentionné|a\s+commenté|semble|semblait|souhaite)\b",
    r"(?<!\w)(?:pregunta|preguntó|preguntaba|quiere|quería|busca|buscaba|dijo|escribió|pide|pidió|"
    r"menciona|mencionó|comentó|necesita|parece|parecía)(?!\w)",
    r"(?<!\w)(?:chiede|chiedeva|ha\s+chiesto|aveva\s+chiesto|vuole|voleva|cerca|cercava|scrive|scriveva|ha\s+scritto|"
    r"intende|ha\s+confuso|ha\s+commentato|"
    r"sembra|sembrava|ha\s+detto)(?!\w)",
    r"(?<!\w)(?:pergunta|perguntou|quer|queria|procura|procurava|escreveu|pediu|pede|falou|disse|"
    r"mencionou|comentou|parece|parecia)(?!\w)",
    r"\b(?:vraagt|vroeg|wil|wilde|zoekt|zocht|schreef|schrijft|bedoelt|bedoelde|noemde|had\s+het\s+over|zei|"
    r"lijkt|leek)\b",
    r"(?<!\w)(?:pyta|pytał|pytała|chce|chciał|chciała|szuka|szukał|szukała|pisze|pisał|pisała|napisał|wspominał\w*|"
    r"napisała|chodzi\s+(?:mu|jej))(?!\w)",
    r"(?<!\w)(?:спрашивает|спрашивал|спрашивала|спросил|спросила|хочет|хотел|хотела|ищет|пишет|писал|поправил\w*|"
    r"писала|написал|написала|имеет\s+в\s+виду|просит|просил|просила)(?!\w)",
    r"\b(?:frågar|frågade|vill|ville|undrar|undrade|skrev|letar)\b",
    r"(?<!\w)(?:chce|ptal|ptala|napsal|napsala|zajímá|jde\s+(?:mu|jí)\s+o)(?!\w)",
    r"想知道|想要|只想|想问|问的|问了|在问|要的|写的|寫的|说的|說的|提到|好像|似乎|看起来|"
    r"が知りたい|知りたい|聞いて|書いていた|書いた|尋ね|求めて|ようで|ようだ|みたい",
)  # fmt: skip
# Object pronouns and names after the verb make it a story: "he asked her", "fragte sie".
STORY_OBJECT = re.compile(
    r"\s+(?:her|him|them|me|us|sie|ihn|ihm|ihr|la|le|lui|lo|gli|a\s+[A-ZÁÉÍÓÚ]\w+|(?!(?:English|Englisch|Deutsch|German|"
    r"French|Französisch|Spanish|Spanisch|Italian|Italienisch|Polish|Polnisch|Russian|Russisch|Portuguese|Chinese|"
    r"Chinesisch|Japanese|Japanisch|Turkish|Türkisch|Dutch|Korean)\b)[A-Z][a-z]+)\b"
)
# Between the pronoun and its verb only adverbs and clitics: "il cliente chiede" is no "il".
_ADVERB = (
    r"(?:just|only|also|really|probably|clearly|now|earlier|above|oben|vorhin|eben|nur|eigentlich|jetzt|auch|ne|me|m['’]|"
    r"lo|la|le|ya|"
    r"già|ora|já|só|wel|eigenlijk|nu|też|tylko|właśnie|уже|же|только|ещё|bara|också|就|只|也|其实|其實|は|が)\s*"
)
ASKER_PRONOUN = re.compile(
    rf"(?P<who>{HE_SHE})\s*(?:{_ADVERB}){{0,2}}(?P<verb>{ASKS})|"
    rf"(?P<verb2>{ASKS})\s+(?:{_ADVERB}){{0,1}}(?P<who2>{HE_SHE})(?!\s*\w*[:])",
    _I,
)
# A script: speakers' names in capitals opening two lines ("JAMES: …", "ANNA: …").
SCRIPT = r"(?-i:^[A-ZÄÖÜÉ]{2,}[A-ZÄÖÜÉ. ]*:[ \t][\s\S]*\n[A-ZÄÖÜÉ]{2,}[A-ZÄÖÜÉ. ]*:[ \t])"
# Dialogue with its speech tag: "—Espera —dijo Andrés", "», disse il commissario", "(to himself):".
INQUIT = (
    r"[—–»”\"],?[ \t]*(?:disse|dijo|dit|said|sagte|zei|rispose|respondió|respondeu|répondit)\b|"
    r"\((?:(?:\w+\s+){0,2}to\s+(?:himself|herself)|aside)\)|(?-i:^(?:INT|EXT)\.[ \t]+[A-Z])|"
    # the same with the quotation blanked out (code and quotes are masked before the rules run)
    r"(?<=\s),[ \t]*(?:disse|dijo|dit|said|sagte|zei|rispose|respondió|respondeu|répondit)\b"
)
# A story about people: narrative past verbs, or (for "he asked") a pluperfect.
_NARRATIVE_VERBS = (
    r"replied|answered|répondit|demanda|respondió|rispose|respondeu|antwoordde|antwortete|odpowiedział\w*|"
    r"ответил\w*|walked|smiled|stared|reached|whispered|sighed|nodded|glanced|told\s+(?:him|her)self|knocked|"
    r"turned\s+back|hesitated|frowned|muttered|shrugged|"
    r"rehearsed|once\s+upon|thought\s+(?:he|she)|dachte\s+(?:er|sie)|dacht\s+(?:hij|ze|zij)|pensa-t-(?:il|elle)|pensa\s+(?-i:[A-ZÉ])\w+|"
    r"pensó|pensò|pensou|pomyślał\w*|подумал\w*|tänkte\s+(?:han|hon)|(?:she|he)\s+thought|coçou|suspirou|sorriu|"
    r"suspiró|sonrió|sospirò|sorrise|soupira|sourit|seufzte|lächelte|zuchtte|glimlachte|"
    r"se\s+dit-(?:il|elle)|hésita|murmura|haussa|se\s+dijo|murmuró|si\s+disse|mormorò|murmelte|zögerte|nickte|"
    r"пробормотал\w*|вздохнул\w*|кивнул\w*|усмехнул\w*|diye\s+düşündü|gülümsedi|iç\s+çekti|göz\s+kırptı|"
    r"westchnął|westchnęła|powiedział\w*\s+do\s+siebie|przypomniał\w*\s+sobie|uśmiechnął\s+się|uśmiechnęła\s+się|murmurou|hesitou"
)
# Inner speech told of a character in Chinese and Japanese, where \b does not fall between words.
_NARRATIVE_CJK = (
    r"心想|暗想|叹了口气|嘆了口氣|(?:他|她)(?:慢慢|轻轻|猛地|忽然|突然|划掉|盯着|皱了?皱?眉)|"
    r"と思った|とつぶやいた|ため息をついた|見つめていた|생각했다|중얼거렸다|한숨을\s*쉬었다"
)
NARRATIVE = re.compile(rf"\b(?:{_NARRATIVE_VERBS})\b|{_NARRATIVE_CJK}|{INQUIT}|{SCRIPT}", _I)
STORY = re.compile(
    rf"\b(?:had|hatte|avait|había|aveva|tinha|{_NARRATIVE_VERBS})\b|{_NARRATIVE_CJK}|{INQUIT}|{SCRIPT}",
    _I,
)
# A letter opens with a greeting line; a story about people has both "he" and "she".
LETTER = re.compile(
    r"\A\s*(?:subject:|(?:hi|hello|dear|hey|hallo|liebe[r]?|bonjour|hola|ciao|olá|cześć|hej|beste)\b[^\n]{0,40}?[,\n—–])",
    _I,
)
GENDERS = (
    re.compile(
        r"\b(?:he|him|his)\b|\b(?:il|lui)\b|\b(?:él)\b|\b(?:ele)\b|\b(?:hij)\b|(?<!\w)он(?!\w)|他",
        _I,
    ),
    re.compile(r"\b(?:she|her)\b|\b(?:elle)\b|\b(?:ella)\b|\b(?:ela)\b|(?<!\w)она(?!\w)|她", _I),
)

# A named person who asks or writes: "Sarah is asking whether…" makes "she" Sarah.
NAMED_ASKER = re.compile(
    r"(?<!\w\s)(?<!\w)(?!(?:Er|Sie|Es|Il|Elle|On|He|She|It|They|We|Ele|Ela|Él|Ella|Lui|Lei|Hij|Zij|Ze|Ich|Je|You|User|"
    r"Nutzer|Kunde|Kundin|Person|Cliente|Usuario|Utente|Utilisateur|Gebruiker|Klant)\b)[A-Z][a-zà-ÿ]+\s+(?:is\s+asking|asks|asked|wants|says|said|mentions|wrote|writes|fragt|schreibt|demande|écrit|"
    r"pregunta|escribe|chiede|scrive|pergunta|escreve|vraagt|schrijft)\b"
)

# What was asked before, and what is asked now, in one sentence.
EARLIER = _alt(
    r"\b(?:earlier|previously|before\s+that|a\s+moment\s+ago|first)\b",
    r"\b(?:vorhin|vorher|zuvor|eben\s+noch|erst|zuerst)\b", r"\b(?:plus\s+tôt|tout\s+à\s+l['’]heure|précédemment)\b",
    r"(?<!\w)(?:antes|hace\s+un\s+momento|anteriormente|há\s+pouco)(?!\w)", r"\b(?:prima|in\s+precedenza|poco\s+fa)\b",
    r"\b(?:eerder|daarnet|zonet|net)\b", r"(?<!\w)(?:wcześniej|przedtem|przed\s+chwilą)(?!\w)",
    r"(?<!\w)(?:раньше|ранее|до\s+этого|только\s+что)(?!\w)", r"\b(?:tidigare|förut|nyss)\b",
    r"(?<!\w)(?:dříve|předtím)(?!\w)", r"\b(?:daha\s+önce|az\s+önce)\b", r"\b(?:hier|gestern|ayer|ieri|ontem|gisteren)\b", r"之前|刚才|剛才|先前|さっき|先ほど|前回|아까|이전에|앞에서|처음에",
    r"\b(?:last\s+time|letztes\s+mal|la\s+dernière\s+fois|l['’]ultima\s+volta)\b",
    r"(?<!\w)(?:la\s+última\s+vez|da\s+última\s+vez|в\s+прошлый\s+раз)(?!\w)", r"上次|上一轮|지난번",
)  # fmt: skip
NOW = _alt(
    r"\b(?:now|this\s+time)\b", r"\b(?:jetzt|nun|heute|diesmal)\b", r"\b(?:maintenant|cette\s+fois|aujourd['’]hui|questa\s+volta)\b",
    r"(?<!\w)на\s+этот\s+раз(?!\w)",
    r"\b(?:hoy|oggi|hoje|vandaag)\b",
    r"(?<!\w)(?:ahora|agora|esta\s+vez|desta\s+vez)(?!\w)", r"\b(?:ora|adesso|stavolta)\b", r"\bnu\b",
    r"(?<!\w)(?:teraz|теперь|сейчас|teď|nyní|şimdi)(?!\w)", r"现在|這次|这次|今度|今は|今回|이번|지금",
)  # fmt: skip
ASK_TOPIC = _alt(
    r"\b(?:ask\w*|question|request|follow-up|wanted|talked\s+about|was\s+about)\b",
    r"\b(?:frag\w*|gefragt|ging\s+es|geht\s+es|wollte|sprach)\b", r"\b(?:demand\w*|question|voulait|il\s+s['’]agissait|parlait)\b",
    r"\b(?:hablaba|parlava|falava|sprak)\b",
    r"(?<!\w)(?:pregunt\w*|duda|consulta|perguntou|pergunta|dúvida|quería|queria)(?!\w)",
    r"\b(?:chied\w*|chiest\w*|domanda|voleva|vuole\s+sapere)\b", r"\b(?:vroeg|vraag|ging\s+het|gaat\s+het|wilde)\b",
    r"(?<!\w)(?:pyta\w*|dopytuje|pytanie|chciał\w*)(?!\w)", r"(?<!\w)(?:спрашива\w*|спросил\w*|вопрос|речь\s+шла)(?!\w)",
    r"\b(?:frågade|frågan|fråga)\b", r"(?<!\w)(?:ptal\w*|otázk\w*|sordu\w*)(?!\w)", r"问|問|質問|聞い|질문|물어|물었|묻",
    r"\bc['’]était\s+(?:sur|à\s+propos)\b|(?<!\w)(?:se\s+trataba|era\s+sobre|si\s+parlava)(?!\w)",
    r"の話|话题|说的是|얘기|이야기",
)  # fmt: skip
_SENTENCE = r"(?:[^.!?。！？\n]|\.(?=\s+(?-i:[a-z])))"
CONTEXT_SHIFT = re.compile(
    rf"(?:{EARLIER}){_SENTENCE}{{0,120}}?(?:{NOW})|(?:{NOW}){_SENTENCE}{{0,120}}?(?:{EARLIER})", _I
)

# Judging the reply against what was asked, in a closing line.
ASKED_PAST = _alt(
    r"\b(?:what\s+(?:they|he|she|the\s+\w+)\s+(?:were|was)\s+(?:asking|after|looking\s+for)|"
    r"what\s+(?:they|he|she|the\s+\w+)\s+(?:asked|wanted|needed)|what\s+was\s+asked)\b",
    r"\b(?:wonach\s+gefragt|gefragt\s+wurde|was\s+(?:er|sie)\s+(?:wissen\s+)?wollte)\b",
    r"\b(?:ce\s+qu['’](?:il|elle)\s+(?:cherchait|demandait|voulait)|ce\s+qui\s+était\s+demandé)\b",
    r"(?<!\w)(?:lo\s+que\s+(?:\w+\s+){0,2}(?:preguntaba|pedía|quería|buscaba)|lo\s+que\s+se\s+pedía)(?!\w)",
    r"\b(?:quello\s+che\s+(?:\w+\s+){0,2}(?:chiedeva|voleva|cercava)|ciò\s+che\s+era\s+richiesto)\b",
    r"(?<!\w)(?:o\s+que\s+(?:\w+\s+){0,2}(?:perguntou|perguntava|queria|pediu|procurava|estava\s+(?:procurando|perguntando|pedindo)))(?!\w)",
    r"(?<!\w)tego\s+(?:\w+\s+){0,1}(?:szukał|chciał|potrzebował)\w*(?!\w)",
    r"\bce\s+que\s+(?:cherchait|demandait|voulait)\s+l['’]", r"\b(?:they|he|she)\s+(?:might|may|could)\s+(?:mean|want|need)\b",
    r"\b(?:they|he|she)\s+(?:were|was)\s+going\s+for\b", r"\beverything\s+(?:they|he|she)\s+(?:asked|needed|wanted)\b",
    r"\b(?:waar\s+(?:\w+\s+){0,2}naar\s+vroeg|wat\s+(?:\w+\s+){0,2}(?:vroeg|wilde))\b",
    r"(?<!\w)(?:o\s+co\s+(?:\w+\s+){0,1}pytał\w*|czego\s+(?:\w+\s+){0,1}(?:chciał|szukał|potrzebował)\w*)(?!\w)",
    r"\bwas\s+(?:er|sie)\s+(?:sich\s+)?(?:gewünscht|gesucht|gewollt)\s+ha(?:t|tte)\b|\bwonach\s+(?:er|sie)\s+gesucht\b",
    r"(?<!\w)(?:sorusunu\s+karşılıyor|istediği\s+(?:şey\s+)?(?:bu|buydu)|aradığı\s+(?:şey\s+)?(?:bu|buydu))(?!\w)",
    r"(?<!\w)(?:что\s+(?:\w+\s+){0,1}(?:спрашивал\w*|хотел\w*|просил\w*))(?!\w)",
    r"\b(?:vad\s+(?:\w+\s+){0,1}(?:frågade|ville))\b", r"他问的|她问的|问的情况|问的问题|聞かれた|知りたかった|他的问题|她的问题",
    r"\b(?:they|he|she)\s+(?:asked|wanted|were\s+asking|was\s+asking)\s+(?:about|for)\b",
    r"\bce\s+que\s+(?:\w+\s+){1,2}(?:cherchait|demandait|voulait)\b",
    # the reply's scope, set by what was asked and no more: "chiedeva solo il tempo", "nobody asked"
    r"\b(?:nobody|no\s+one)\s+asked\b|\bthe\s+ask\s+was\s+(?:just|only)\b|\b(?:chiedeva|voleva)\s+solo\b",
    r"(?<!\w)(?:nie\s+o\s+to\s+pyta\w*|nie\s+chciał\w*|pytał\w*\s+tylko)(?!\w)|(?<!\w)(?:istememişti|sormamıştı)(?!\w)",
    r"(?<!\w)(?:запрос\s+был\s+только|спрашивал\w*\s+только|просил\w*\s+только)(?!\w)|\b(?:fragte|wollte)\s+nur\b",
    r"\b(?:demandait|voulait)\s+(?:seulement|juste|uniquement)\b|\bpersonne\s+n['’]a\s+demandé\b",
    r"(?<!\w)(?:(?:pedía|preguntaba|quería|pedia|perguntava|queria)\s+(?:solo|sólo|solamente|só|apenas|somente)|"
    r"nadie\s+(?:lo\s+)?pidió|ninguém\s+pediu)(?!\w)",
)  # fmt: skip
# Their question, as what the reply answers: "Dat zou haar vraag moeten beantwoorden."
THEIR_QUESTION = _alt(
    r"\b(?:his|her|their)\s+question\b|\b(?:seine|ihre)\s+frage\b|\b(?:zijn|haar|hun)\s+vraag\b|\bsa\s+question\b",
    r"(?<!\w)(?:jego|jej|ich)\s+pytanie(?!\w)|(?<!\w)(?:его|её|ее|их)\s+вопрос\w*(?!\w)",
    r"(?<!\w)a\s+pergunta\s+(?:dele|dela)(?!\w)",
)
COVERS = _alt(
    r"\b(?:cover\w*|answer\w*|address\w*|help\w*|satisf\w*|settle\w*)\b", r"解决", r"\b(?:abdeck\w*|beantwort\w*|erfüll\w*)\b",
    r"\b(?:répond\w*|couvr\w*)\b", r"(?<!\w)(?:cubiert\w*|cubr\w*|respond\w*|respondid\w*)(?!\w)",
    r"\b(?:copr\w*|rispond\w*)\b", r"(?<!\w)(?:cobr\w*|respond\w*)(?!\w)", r"\b(?:dekt|dekken|dekte|beantwoord\w*)\b",
    r"(?<!\w)(?:wyczerpuj\w*|odpowiada\w*|pokrywa\w*)(?!\w)", r"(?<!\w)(?:покрыва\w*|отвеча\w*|охват\w*)(?!\w)",
    r"\b(?:täck\w*|besvar\w*)\b", r"说清楚|說清楚|回答了|答え|カバー",
    r"(?<!\w)(?:suffi\w*|reicht|genügt|basta|bastare|wystarcz\w*|достаточно|genoeg)(?!\w)",
)  # fmt: skip
ASKED_PAST_RE = re.compile(ASKED_PAST, _I)
# The asker's request, named with its owner: "la duda del usuario", "die Anfrage des Nutzers".
USER_REQUEST = (
    r"\bthe\s+user(?:'s|’s)\s+(?:question|request)\b|(?<!\w)la\s+(?:duda|pregunta|consulta)\s+del\s+usuario(?!\w)|"
    r"\bdie\s+(?:anfrage|frage)\s+des\s+(?:nutzers|users|kunden)\b|\bla\s+(?:question|demande)\s+de\s+l['’]utilisateur\b|"
    r"\bla\s+(?:domanda|richiesta)\s+dell['’]utente\b|(?<!\w)a\s+(?:dúvida|pergunta)\s+do\s+usuário(?!\w)|"
    r"\bde\s+vraag\s+van\s+de\s+gebruiker\b"
)
COVERAGE = re.compile(
    rf"(?:{COVERS}){_SENTENCE}{{0,60}}?(?:{ASKED_PAST}|{THEIR_QUESTION}|{USER_REQUEST})|"
    rf"(?:{ASKED_PAST}|{THEIR_QUESTION}|{USER_REQUEST}){_SENTENCE}{{0,60}}?(?:{COVERS})",
    _I,
)

# A choice made about the reply, in the past or as a gerund, with its reason.
CHOSE = _alt(
    r"\bI(?:'m|\s+am)\s+(?:skipping|keeping|leaving\s+out|going\s+with|sticking\s+(?:to|with)|focusing\s+on)\b|"
    r"\bI\s+(?:put|placed|ordered|listed|sorted|grouped)\b|"
    r"\bI(?:'ve|\s+have)?\s+(?:kept|made|left|avoided|skipped|went\s+with|chose|stuck\s+(?:to|with)|focused\s+on|"
    r"added|included|left\s+out|omitted|didn't\s+(?:include|go|add|mention|bother))\b",
    r"\b(?:keeping|sticking|leaving)\s+(?:this|it|things)\b",
    r"\bich\s+habe\s+(?:\w+\s+){0,4}?(?:gehalten|verzichtet|weggelassen|gewählt|vermieden)\b",
    r"\bj['’]ai\s+(?:\w+\s+){0,2}?(?:gardé|choisi|évité|préféré|laissé|fait\s+court)\b|\bje\s+précise\s+(?:ça|cela|ce\s+point)\b|"
    r"\bj['’](?:ajoute|inclus)\b|\bje\s+(?:mentionne|garde|laisse)\b|(?<!\w)(?:añado|incluyo|menciono|dejo\s+fuera)(?!\w)|"
    r"\b(?:aggiungo|includo|menziono|tralascio)\b|(?<!\w)(?:acrescento|incluo|menciono|deixo\s+de\s+fora)(?!\w)|"
    r"\bich\s+(?:ergänze|erwähne|lasse\s+\w+\s+weg)\b|\bik\s+(?:houd\s+het\s+bij|voeg|noem)\b",
    r"(?<!\w)(?:(?:lo\s+)?he\s+(?:mantenido|hecho|elegido|evitado|dejado)|mantuve|elegí|evité)(?!\w)",
    r"\bho\s+(?:\w+\s+){0,2}?(?:tenuto|fatto|scelto|evitato|lasciato|messo|usato|risposto)\b|\brispondo\b",
    r"\bje\s+(?:réponds|tutoie|vouvoie)\b|\bj['’]ai\s+(?:utilisé|répondu)\b",
    r"(?<!\w)(?:usei|coloquei|respondi|usé|he\s+usado|respondo)(?!\w)",
    r"\bich\s+(?:antworte|duze|sieze)\b|\bich\s+habe\s+(?:\w+\s+){0,4}?(?:verwendet|benutzt|geduzt|gesiezt)\b",
    r"(?<!\w)(?:mantive|escolhi|evitei|deixei|fiz\s+(?:curt|breve)|(?:não\s+)?mencionei|(?:não\s+)?incluí)(?!\w)",
    r"\bik\s+heb\s+(?:\w+\s+){0,3}?(?:gehouden|gekozen|vermeden|weggelaten)\b",
    r"(?<!\w)(?:zostawiłe[mś]|wybrałe[mś]|pominąłe[mś]|skróciłe[mś]|ograniczyłe[mś])(?!\w)",
    r"(?<!\w)(?:я\s+)?(?:оставил\w*|выбрал\w*|сократил\w*|опустил\w*|ограничил\w*)(?!\w)",
    r"\bjag\s+(?:har\s+)?(?:höll|valde|undvek|hoppade\s+över)\b",
    r"(?:我|所以)(?:特意|刻意|就)?(?:只|没有|省略了|保持|选择了|用了)|ようにしました|省きました|短くしました",
)  # fmt: skip
BECAUSE = _alt(
    r"\b(?:because|since|as|given)\b", r"\b(?:da|weil)\b", r"\b(?:parce\s+qu|car|puisqu|vu\s+que)",
    r"(?<!\w)(?:porque|ya\s+que|pois|já\s+que|visto\s+que|dado\s+que|puesto\s+que)(?!\w)", r"\b(?:perché|poiché|dato\s+che|siccome)\b",
    r"\b(?:omdat|want|aangezien)\b", r"(?<!\w)(?:bo|ponieważ|skoro)(?!\w)",
    r"(?<!\w)(?:так\s+как|потому\s+что|поскольку)(?!\w)", r"\b(?:eftersom)\b", r"因为|因為|ので|から",
)  # fmt: skip
THIRD_PERSON = re.compile(
    rf"(?:{HE_SHE})|\b(?:they|them|their|the\s+user|the\s+asker|the\s+(?:brief|instructions?|prompt|request|question)|"
    r"the\s+system\s+prompt|the\s+person|the\s+customer)\b|"
    r"(?<!\w)(?:la\s+pregunta|la\s+domanda|la\s+question|a\s+pergunta|die\s+frage|de\s+vraag|il\s+a\s+l['’]air)(?!\w)|"
    r"(?<!\w)(?:a\s+pessoa|la\s+persona|la\s+personne|die\s+person|de\s+persoon|osoba)(?!\w)|"
    r"(?<!\w)(?:il\s+cliente|le\s+client|el\s+cliente|o\s+cliente|der\s+kunde|klient|клиент|müşteri)(?!\w)|"
    r"(?<!\w)(?:scrive|écrit|escribe|escreve|schreibt|pisze|пишет)(?!\w)|"
    r"\b(?:seem\w*|scheint|schien|semble\w*|parece\w*|sembra\w*|lijkt|leek|wydaje|кажется)\b|"
    r"(?:requested|asked|required|gewünscht|demandé|pedido|richiesto|gevraagd|요청)",
    _I,
)
CHOICE = re.compile(rf"(?:{CHOSE})(?P<rest>{_SENTENCE}{{0,120}})", _I)
BECAUSE_RE = re.compile(BECAUSE, _I)

# A brief that is someone else's ("the brief from the client") is the answer's subject matter.
_OTHERS_BRIEF = (
    r"(?!\s+(?:from|of|by)\s+(?:the|a|an|our|your|their)\s+(?:client|customer|agency|company|boss|manager|team|"
    r"publisher|editor)\b)"
)

# The rules the reply follows, named as its reason: "Since the brief says "no jargon"", "Per the
# rule about three bullets:", "Seguindo a regra de…", "conforme pedido nas configurações".
_RULES_NAMED = (
    r"\b(?:per|following|according\s+to|given|since|because|as)\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:rules?|brief|instructions?|guidelines?|settings|operator|system\s+prompt|constraints?)\b"
    + _OTHERS_BRIEF
    + r"|"
    r"\bthe\s+(?:formatting\s+|style\s+|operator['’]s\s+|house\s+)?(?:rules?|brief|guidelines)\s+(?:says?|wants?|forbids?|"
    r"requires?|asks?|calls?\s+for|demands?)\b|"
    r"(?<!\w)(?:seguindo|siguiendo|suivant|gemäß|seguendo|volgens|согласно)\s+(?:a|la|der|de|al|alla)?\s*"
    r"(?:regra|regla|règle|regel|regola|правилу|instrução|instrucción|consigne|anweisung|istruzione|instructie)(?!\w)|"
    r"(?<!\w)conforme\s+(?:pedido|solicitado)\s+(?:nas|en\s+las|nelle)\s+(?:configurações|configuraciones|impostazioni)(?!\w)|"
    r"(?<!\w)(?:como|porque)\s+me\s+pidieron\s+que(?!\w)|\bque\s+pide\s+el\s+prompt\b|"
    r"\b(?:el|o|il|le|das|the)\s+prompt(?:\s+(?:del|do|di)\s+sistema|\s+système)?\s+(?:pide|pede|chiede|demande|verlangt|asks|wants)\b|"
    r"按照?指令|根据指令|指示(?:に従って|どおり)|지시(?:에\s*따라|대로)|"
    r"\b(?:rispetto|respeto|respeito|respecte)\s+(?:il|el|o|le)\s+(?:limite|límite)\s+(?:di|de)\s+\d+\s+\w+\s+"
    r"(?:richiest\w*|pedid\w*|solicitad\w*|demandé\w*)|"
    r"\bomdat\s+er\s+(?:om\s+)?[^.\n]{0,60}\s+werd\s+gevraagd\b|"
    r"\bda\s+[^.\n]{0,60}\s+(?:gewünscht|verlangt|gefragt)\s+(?:wurde|war|wurden|waren)\b|\bcomme\s+on\s+m['’]a\s+demandé\b|"
    r"(?<!\w)(?:как\s+(?:меня\s+)?просили(?!,?\s+вот(?!\w))|按(?:照)?要求|ご要望どおり|요청대로)"
)
# The instructions as the subject, or the reply made "as required".
INSTRUCTION_TALK = re.compile(
    rf"{_RULES_NAMED}|"
    r"\b(?:die\s+(?:anweisung|vorgabe|aufgabenstellung|aufgabe|instruktion))\s+(?:sagt|verlangt|will|fordert|lautet)\b|"
    r"\b(?:la\s+consigne|les\s+instructions|l['’]instruction)\s+(?:demande|dit|exige|veut|impose|précise)\w*|"
    r"\b(?:la\s+consigne|les\s+instructions)\s+(?:demandai\w+|exigeai\w+|voulai\w+)\b[^.\n]{0,60}\bdonc\s+(?:j['’]|je\b)|"
    r"按照?系统(?:要求|提示|设定)|根据系统(?:要求|提示)|캐릭터\s*설정(?:이|은)|キャラ(?:クター)?設定(?:が|は)|人设是|角色设定是|"
    r"\b(?:prévu|défini|fixé)\s+(?:dans|par)\s+la\s+configuration\b|(?<!\w)(?:según|conforme)\s+(?:la\s+)?configuraci[oó]n(?!\w)|"
    r"\bcome\s+da\s+configurazione\b|\b(?:impostat[oa]|previst[oa])\s+(?:all['’]inizio|nella\s+configurazione)\b|"
    r"\bvolgens\s+de\s+opzet\b|\blaut\s+(?:der\s+)?(?:konfiguration|einstellung(?:en)?)\b|"
    r"\bas\s+(?:set|configured)\s+in\s+the\s+(?:config|setup|settings)\b|(?<!\w)в\s+настройках\s+сказано(?!\w)|"
    r"\b(?:rollen|die\s+rolle|le\s+rôle|el\s+rol|il\s+ruolo|o\s+papel|de\s+rol|the\s+role)\s+(?:är|ist|est|es|è|é|is)\s+"
    r"(?:en|ein|eine|un|une|una|um|uma|een|a|an)\b[^.\n]{0,60}?(?:\bså|\balso|\bdonc|\basí\s+que|\bquindi|\bentão|\bdus|\bso)\b|"
    r"(?<!\w)(?:la\s+instrucción|las\s+instrucciones|la\s+consigna)\s+(?:pide|piden|dice|dicen|exige|indica)(?!\w)|"
    r"\b(?:le\s+istruzioni|l['’]istruzione|la\s+consegna|le\s+indicazioni)\s+(?:chied\w+|dic\w+|richied\w+|impon\w+)|"
    r"\bprompt\s+di\s+sistema\s+(?:mi\s+)?(?:vuole|chiede|impone)\b|\bthe\s+(?:output\s+)?format\s+(?:requested|asked\s+for|"
    r"required)\s+is\b|(?<!\w)(?:exigido|pedido|solicitado)\s+(?:nas\s+instruções|en\s+las\s+instrucciones)(?!\w)|"
    r"\b(?:richiesto\s+nelle\s+istruzioni|demandé\s+dans\s+les\s+instructions|requested\s+in\s+the\s+instructions)\b|"
    r"(?<!\w)в\s+инструкции\s+(?:просили|сказано|написано|требуют)(?!\w)|"
    r"(?<!\w)(?:a\s+instrução|as\s+instruções)\s+(?:pede|pedem|diz|dizem|exige|exigem)(?!\w)|"
    r"\b(?:de\s+(?:opdracht|instructie|instructies))\s+(?:zegt|vraagt|eist|wil|luidt)\b|"
    r"(?<!\w)(?:sistem\s+istemi|talimat(?:lar)?)\s+(?:\w+\s+){0,3}?(?:istiyor|istediği|diyor|söylüyor|gerektiriyor)(?!\w)|"
    r"\b(?:selon|d['’]après)\s+la\s+consigne\b|"
    r"(?<!\w)(?:instrukcja(?:\s+systemowa)?\s+(?:mówi|wymaga|każe)|polecenie\s+(?:mówi|wymaga|mówiło|wymagało))(?!\w)|"
    r"(?:^|(?<=[.!?]\s)|(?<=\n))zgodnie\s+z\s+(?:promptem|poleceniem)\b|(?<!\w)podle\s+systémového\s+promptu(?!\w)|"
    r"(?<!\w)(?:v\s+zadání\s+(?:stálo|bylo)|zadání\s+(?:říká|chce))(?!\w)|"
    r"(?<!\w)(?:согласно\s+инструкции|по\s+инструкции(?![ \t]*(?:[.!?;)]|$))|инструкция\s+(?:требует|говорит|просит)|задание\s+требует)(?!\w)|"
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s))(?:volgens\s+de\s+instructies|según\s+las\s+instrucciones|selon\s+les\s+instructions|"
    r"secondo\s+le\s+istruzioni|segundo\s+as\s+instruções|laut\s+(?:den\s+)?anweisungen|gemäß\s+den\s+anweisungen|"
    r"zgodnie\s+z\s+instrukcj\w+)\b|"
    r"\b(?:the\s+)?(?:format(?:ting)?\s+)?instructions\s+(?:call\s+for|ask\s+for|require|want)\b|"
    r"\bthe\s+(?:format(?:ting)?|length|output|word)\s+(?:requirement|constraint)s?\s+(?:is|are|says|means)\b|"
    r"\b(?:instruktionen|instruktionerna)\s+(?:säger|kräver|vill)\b|\bl[ae]\s+consigne\s+(?:demande|dit|exige|veut)\b|"
    r"\b(?:per|according\s+to|following)\s+the\s+(?:formatting\s+|style\s+|output\s+)?(?:rules|role|persona|guidelines|"
    r"system\s+prompt|setup|brief|constraints)\b" + _OTHERS_BRIEF + r"|\bpersona\s*[=:]|"
    r"\bstay(?:ing)?\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:role|character|persona|voice)\b|"
    r"\b(?:stepping\s+out\s+of|dropping)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:persona|character|role|voice)\b|\bbreaking\s+character\b|"
    r"(?<!\w)(?:tal\s+)?como\s+(?:exige|pide|indica)\s+el\s+(?:mensaje\s+del?\s+sistema|prompt|sistema)(?!\w)|"
    r"\bas\s+the\s+system\s+(?:message|prompt)\s+(?:requires|demands|asks)\b|"
    r"\bas\s+configured\b|\bpersona\s+says\b|\bper\s+the\s+(?:format|formatting|output)\s+rules?\b|"
    r"\bcomme\s+le\s+demande\s+la\s+consigne\b|(?<!\w)como\s+pide\s+la\s+consigna(?!\w)|\bcome\s+chiede\s+la\s+consegna\b|"
    r"\bas\s+the\s+instructions\s+(?:ask|say|require)\b|\btalimat(?:lar)?\s+(?:\w+\s+){0,5}(?:istiyor\w*|diyor|söylüyor)|"
    r"\b(?:prompt\s+(?:système|del\s+sistema|di\s+sistema|do\s+sistema|de\s+sistema|systemowy)|systemprompt|system-prompt|systeemprompt)\s+"
    r"(?:me\s+|mi\s+|mir\s+)?(?:demande|pide|chiede|pede|sagt|verlangt|zegt|vraagt|każe|wymaga|diz|dice|dit|richiede|requiere|exige|"
    r"erfordert|vereist)\w*|\bvolgens\s+de\s+systeemprompt\b|"
    r"(?<!\w)в\s+инструкции\s+(?:сказано|написано|указано)(?!\w)|(?<!\w)так\s+(?:сказано|написано|указано)\s+в\s+инструкции(?!\w)|"
    r"(?:系统提示|系統提示|システムプロンプト|시스템\s*(?:지시|프롬프트))(?:に従|에\s*따라|要求|让我|要我)|"
    r"\b(?:as\s+(?:required|instructed)|per\s+the\s+instructions)\s*[:,.)]|"
    r"(?<!\w)(?:como\s+foi\s+pedido\s+para|conforme\s+as\s+instruções)(?!\w)|"
    r"(?:按要求|按照要求|根据要求)(?:只|用了|控制)|指示どおり|指示通り|要求に従|"
    r"\bso\s+(?:war|lautet|lautete)\s+die\s+(?:vorgabe|aufgabe|anweisung)\b|\bthat\s+was\s+the\s+(?:brief|instruction)\b|"
    r"\b(?:c['’]était|telle\s+était)\s+la\s+consigne\b|\bcome\s+da\s+istruzioni\b|(?<!\w)como\s+(?:piden|pedían)\s+las\s+instrucciones(?!\w)|"
    r"(?<!\w)(?:el\s+mensaje\s+(?:de|del)\s+sistema|a\s+mensagem\s+do\s+sistema|il\s+messaggio\s+di\s+sistema|"
    r"le\s+message\s+système|die\s+systemnachricht|het\s+systeembericht|the\s+system\s+message)\s+"
    r"(?:dice|diz|dit|sagt|zegt|says|pide|pede|chiede|demande|verlangt|vraagt|asks|indica|requires|exige)(?!\w)|"
    r"(?<!\w)системн\w+\s+(?:промпт|сообщение|инструкция)\s+(?:требует|говорит|просит|велит)(?!\w)|"
    r"\blaut\s+(?:der\s+)?(?:systemvorgabe|vorgabe|systemanweisung|systemprompt)\b|\bgemäß\s+(?:der\s+)?(?:systemvorgabe|vorgabe)\b|"
    r"(?<!\w)zadání\s+(?:žádá|vyžaduje)(?!\w)|\btalimat(?:lar)?da\b|\bsesuai\s+instruksi\b|التعليمات\s+تطلب|"
    # the task's wording about the reply: "O enunciado diz para responder em 20 palavras", "Skoro w poleceniu jest"
    r"(?<!\w)(?:o\s+enunciado|el\s+enunciado|l['’]énoncé|la\s+consegna)\s+(?:diz|pede|dice|pide|dit|demande|chiede)\s+"
    r"(?:para\s+|de\s+|que\s+|di\s+)?(?:responder|répondre|rispondere|escrever|escribir|écrire|scrivere|usar|utiliser|usare)|"
    r"(?<!\w)(?:skoro|bo|jak)\s+w\s+poleceniu(?!\w)|(?<!\w)instrucción\s+del\s+sistema\s*:|"
    r"\b(?:as\s+)?required\s+by\s+the\s+(?:format|output|formatting)\s+(?:instructions|rules)\b|"
    r"(?<!\w)(?:la\s+instrucción\s+(?:decía|dice|pedía)|l['’]istruzione\s+(?:diceva|dice)|la\s+consigne\s+disait|"
    r"die\s+anweisung\s+sagte|a\s+instrução\s+dizia|instrukcja\s+mówiła)(?!\w)",
    _I,
)

# The same, as a structure rather than phrases: the instructions it was given, applied to
# this reply. "Die Systemvorgabe verlangt formelles „Sie", also bleibe ich dabei.", "Il prompt
# di sistema vuole un tono da pirata, quindi…", "Les consignes imposent un tableau, donc :",
# "Instructie zegt: alleen een lijst. Dus:". The system's instructions demand, and the
# sentence turns the demand into this reply ("so", "I").
# Plain "instructions" are a recipe's or a manual's too; they count only opening a sentence
# and when the line ends on a colon that opens the answer. A guide to writing prompts says
# what "a system prompt" does, in general.
_SYSTEM_RULES = (
    r"(?:o|el|il)\s+sistema(?=\s+(?:pede|pide|chiede|exige|quer|quiere|vuole|manda))|system(?=\s+(?:każe|wymaga))|"
    r"(?<!\w)(?:system\s+(?:prompt|message|instructions?)|systemvorgabe|systemanweisung|systemprompt|"
    r"prompt\s+système|message\s+système|système|prompt\s+del\s+sistema|mensaje\s+del\s+sistema|prompt\s+di\s+sistema|"
    r"prompt\s+do\s+sistema|systeeminstructie|systeemprompt|prompt\s+systemowy|системн\w+\s+(?:промпт|инструкци\w+|"
    r"сообщени\w+)|sistem\s+istemi)(?!\w)|系统提示|系统指令|システムプロンプト|システムの指示|시스템\s*프롬프트"
)
_PLAIN_RULES = (
    r"(?<!\w)(?:instructions?|brief|required\s+format|vorgaben?|anweisung(?:en)?|consignes?|instrucciones|formato\s+exigido|"
    r"formato\s+pedido|istruzioni|instruções|instructies?|instrukcj[ae]|инструкци[яи]|talimat\w*)(?!\w)|指令|指示"
)
_DEMANDS = (
    r"(?<!\w)(?:says|said|wants|requires|asks\s+for|demands|insists|verlangt|will|fordert|sagt|schreibt\s+vor|sieht\s+vor|"
    r"demandent|demande|veut|veulent|impose|imposent|exige|exigent|dit|disent|pide|piden|quiere|exigen|dice|dicen|vuole|"
    r"chiede|dicono|chiedono|impongono|vogliono|pede|pedem|quer|exigem|diz|dizem|zegt|wil|vraagt|eist|każe|wymaga|mówi|"
    r"требует|просит|говорит|велит|istiyor|diyor|es)(?!\w)|要求|说要|で指定|求め|에서\s*요구|라고\s*했"
)
_ME_BOUND = r"(?<!\w)(?:soll\s+ich|me\s+demande|moet\s+ik|I(?:['’]m|\s+am)\s+(?:told|asked)|mi\s+chiede)(?!\w)|让我"
_APPLIED = (
    r"(?<!\w)(?:so|also|donc|quindi|entonces|así\s+que|então|dus|więc|значит|поэтому|o\s+yüzden|ich|je|I|io|yo|eu|ik|"
    r"zamieniam|piszę|odpowiadam|używam|"
    r"я|va\s+así|si\s+va|vai|allons-y|on\s+y\s+va|here\s+goes|here\s+we\s+go|vamos\s+(?:allá|lá|a\s+ello)|andiamo|"
    r"los\s+geht['’]?s|daar\s+gaan\s+we|aquí\s+va|aqui\s+vai|поехали)(?!\w)|所以|因此|なので|だから|그래서"
)
_SENTENCE_OPEN = (
    r"(?:^|(?<=[.!?。！？]\s)|(?<=[.!?。！？]))[ \t]*(?:(?:como|since|as|da|comme|poiché|já\s+que|omdat|weil|because|skoro|"
    r"puisque|ya\s+que|visto\s+que|"
    r"laut|volgens|segundo|según|secondo|selon|per)\s+)?(?:(?:the|die|der|les|las|le|la|il|el|as|o|de)\s+)?"
)
INSTRUCTIONS_APPLIED = re.compile(
    rf"{_SENTENCE_OPEN}(?:{_SYSTEM_RULES})[^.!?。！？\n]{{0,40}}?(?:(?:{_ME_BOUND})|(?:{_DEMANDS})[^.!?。！？\n]{{0,60}}?"
    rf"(?:{_APPLIED}))|"
    rf"{_SENTENCE_OPEN}(?:{_PLAIN_RULES})[^.!?。！？\n]{{0,30}}?(?:{_DEMANDS}|{_ME_BOUND})[^\n]{{0,80}}?[:：][ \t]*(?=\n)",
    _I | re.MULTILINE,
)
# Thinking aloud before or about the answer.
THINK_ALOUD = re.compile(
    r"\A\s*(?:うーん|えーと|ええと|えっと|んー)[、，…]|"
    r"(?<!\w)(?:veamos|vamos\s+ver|vediamo|voyons|let['’]s\s+see)\s+(?:qué|o\s+que|cosa|ce\s+qu['’](?:il|elle|on)|what)\s+"
    r"(?:piden|pide|quiere|pedem|pede|quer|chiede|chiedono|vuole|demande|veut|they\s+(?:want|ask)|the\s+user\s+wants)(?!\w)|"
    r"\blet\s+me\s+think\b|\blass\s+mich\s+(?:kurz\s+)?(?:überlegen|nachdenken)\b|\bmal\s+überlegen\b|"
    r"\blaisse[sz]?[- ]moi\s+réfléchir\b|\bréfléchissons\b|(?<!\w)(?:déjame\s+pensar|pensemos)(?!\w)|"
    r"\bfammi\s+pensare\b|(?<!\w)(?:deixa(?:-me|\s+eu)\s+pensar|deixe-me\s+pensar)(?!\w)|"
    r"\blaat\s+me\s+(?:even\s+)?(?:nadenken|denken)\b|(?<!\w)(?:niech\s+pomyślę|muszę\s+pomyśleć)(?!\w)|"
    r"(?<!\w)(?:дай(?:те)?\s+(?:подумать|подумаю)|надо\s+подумать)(?!\w)|\blåt\s+mig\s+tänka\b|"
    r"\b(?:even\s+nadenken|kurz\s+nachdenken|mal\s+nachdenken)\b|\Aえーと、ちょっと待って|"
    r"\b(?:trying\s+to\s+(?:recall|remember)|let\s+me\s+recall|(?:mentally\s+translating|translating\s+mentally))\b|"
    r"\blet\s+me\s+count\b|\b(?:reason|think)(?:ing)?\s+in\s+English\b|英語で考え|用英语(?:想|思考)|先算一下|我算一下|先想想|先想一下|"
    r"(?<!\w)(?:zamysleme\s+se|zamyslím\s+se)(?!\w)|\btraduco\s+mentalmente\b|\btraduzco\s+mentalmente\b|\bje\s+traduis\s+mentalement\b|"
    r"(?<!\w)(?:nech\s+mě\s+přemýšlet)(?!\w)|(?<!\w)(?:pensando\s+bem|pensándolo\s+bien)(?!\w)|\ba\s+pensarci\s+bene\b|"
    r"\bà\s+la\s+réflexion\b|\bbij\s+nader\s+inzien\b|\bon\s+reflection\b|(?:^|\n)[ \t]*(?:okay|ok|alright)\s+so\s*[.:]|"
    r"\bdüşüneyim\b|\bdüşünelim\b|\blet\s+me\s+get\s+my\s+head\s+around\b|(?<!\w)рассуждаю\s+(?:в\s+голове|по-\w+)(?!\w)|让我想想|讓我想想|我想想|考えてみよう|考えてみます|考えてみると|생각해\s*보자|"
    r"(?:^|(?<=[.!?,]\s))(?:a\s+ver|vediamo(?:\s+un\s+po['’])?|voyons(?:\s+voir)?|mal\s+sehen|(?:eens|even)\s+kijken|zobaczmy|"
    r"vamos\s+ver|let's\s+see)\s*[.…,:]|(?<!\w)подумаем(?!\w)|"
    # thinking aloud, named as a label ("Pensando en voz alta:"), or "Allora, ragioniamo:",
    # "Thinking about which sort to recommend..."
    r"(?:^|(?<=\n)|(?<=[.!?]\s))(?:pensando\s+en\s+voz\s+alta|thinking\s+(?:out\s+loud|aloud)|en\s+pensant\s+à\s+voix\s+haute|"
    r"pensando\s+ad\s+alta\s+voce|pensando\s+alto|myśląc\s+na\s+głos|рассуждая\s+вслух|laut\s+gedacht)\s*[:：…]|"
    r"(?:^|(?<=[,.!]\s)|(?<=\n))(?:ragioniamo|razonemos|raisonnons|raciocinemos|rozumujmy|порассуждаем)\s*[:.…]|"
    r"(?:^|(?<=\n))thinking\s+about\s+(?:which|what|how|whether)\b[^.!?\n]{0,40}?\bto\s+(?:recommend|say|suggest|include|"
    r"mention|use|answer)\b",
    _I,
)

# Checking the reply aloud, then a verdict on it.
CHECK_ALOUD = re.compile(
    r"\blet\s+me\s+(?:also\s+|just\s+)?(?:make\s+sure|double[- ]check|check|verify|confirm|sanity[- ]check)\b|"
    r"\blass\s+mich\s+(?:das\s+)?(?:kurz\s+)?(?:prüfen|überprüfen|nachrechnen)\b|"
    r"\blaisse[sz]?[- ]moi\s+vérifier\b|(?<!\w)(?:déjame\s+comprobar\w*|déjame\s+verificar\w*)(?!\w)|"
    r"\bfammi\s+(?:controllare|verificare)\b|\b(?:nog\s+)?even\s+checken\b|(?<!\w)(?:deixa(?:-me|\s+eu)\s+(?:verificar|conferir|checar))(?!\w)|"
    r"\blaat\s+me\s+(?:even\s+)?(?:controleren|checken|nakijken)\b|(?<!\w)(?:sprawdzę|sprawdźmy)(?!\w)|"
    r"(?<!\w)(?:проверю|проверим|давай(?:те)?\s+проверю)(?!\w)|\blåt\s+mig\s+kontrollera\b|\bkontrol\s+edeyim\b|"
    r"我(?:来)?(?:检查|验证|核对)一下|確認してみ|確かめてみ|(?:다시\s*)?확인해\s*보니|"
    r"\b(?:nog\s+)?even\s+nakijken\b|\bkurz\s+nachsehen\b|(?<!\w)(?:sprawdzam|проверяю)(?!\w)|\bkontrol\s+ediyorum\b|"
    r"(?<!\w)(?:vou|vamos)\s+(?:conferir|verificar|checar|revisar)(?!\w)|\bje\s+(?:vais\s+)?(?:re)?vérifi(?:e|er)\b|"
    r"(?<!\w)(?:voy\s+a\s+(?:comprobar|verificar|revisar)|compruebo|verifico)(?!\w)|\bricontrollo\b|\bcontrollo\s+(?:meglio|di\s+nuovo|un\s+attimo)\b|"
    r"\b(?:ich\s+)?(?:prüfe|rechne)\s+(?:\w+\s+)?(?:kurz|nochmal|noch\s+einmal|nach)\b|\bkurz\s+gegengerechnet\b|"
    r"\bik\s+(?:controleer|reken)\s+(?:het\s+)?(?:even|nog)\b|\bI['’]ll\s+(?:double-check|re-?check|verify)\b",
    _I,
)
VERDICT = re.compile(
    r"(?<!\w)(?:yes|correct|right|consistent|checks\s+out|confirmed|✓|✔|ja|stimmt|richtig|korrekt|passt|oui|exact|confere|bate|"
    r"sí|correcto|cierto|sì|giusto|corretto|sim|certo|correto|klopt|tak|zgadza|да|верно|правильно|"
    r"pasuje|正确|正確|没错|沒錯|正しい|合って|맞음|맞다|맞네)(?!\w)",
    _I,
)

# A stop mid-text that takes something back because of what was asked.
STOP = re.compile(
    r"(?:^|(?<=[.!?。！？…]\s)|(?<=\n)|(?<=[。！？…]))[ \t]*(?:(?:oh|ah|a|あ|opa|oops|ups|oj|ой|нет|nein|non|nee|nie)[,、]?\s*)?"
    r"(?:wait|hold\s+on|hang\s+on|moment(?:\s+mal)?|warte(?!\s+ich\b)|attends|attendez|espera|espere|un\s+momento|"
    r"aspetta|un\s+attimo|wacht|chwila|czekaj|zaraz|počkat|ojo|подожди|погоди|хотя\s+(?:нет|стоп)|стоп|待って|"
    r"стривайте|стривай|зачекайте|pera|khoan|tunggu|रुको|لحظة|förresten|"
    r"ちょっと待って|等等|等一下|잠깐)"
    r"(?P<rest>[^\n]{0,160})",
    _I,
)
# "Wait, no —": the stop takes back what came before it.
NEGATED = re.compile(
    r"\W{0,3}(?:no|nein|non|não|nee|nie|нет|ні|ne|nej|không(?:\s+phải)?|नहीं|لا|아니)(?!\w)", _I
)
# "Wacht even, …", not "Wait times at…"
STOP_PUNCT = re.compile(r"(?:\s+\w+)?\s*[,、，—–!.…。！:：-]")
RETRACTS = re.compile(
    rf"(?:{EARLIER})|(?:{HE_SHE})|\b(?:they|the\s+user)\b|[?？]|다시|再|もう一度|計算ミス|言っていた|と言って|说过|说了|"
    r"\b(?:disseram|dijeron|hanno\s+detto|ont\s+dit|sagten|zeiden|said|powiedzieli)\b|(?<!\w)сказали(?!\w)|"
    r"\b(?:nochmal|noch\s+einmal|again|encore|otra\s+vez|di\s+nuovo|opnieuw|jeszcze\s+raz|mistake|miscalc\w*|error|"
    r"fout|fehler|erreur|errore|erro|błąd|question|frage|vraag|pregunta|domanda|pergunta|pytanie|en\s+fait|actually|eigentlich|en\s+realidad|in\s+realtà|"
    r"na\s+verdade|eigenlijk|właściwie|tinha|avevo|hatte|avais|I\s+said|ik\s+zei|ich\s+sagte|j['’]ai\s+dit|dije|"
    r"ho\s+detto|eu\s+disse)\b|(?<!\w)(?:ещё\s+раз|ошибк\w*|на\s+самом\s+деле|я\s+сказал\w*)(?!\w)|"
    r"\b(?:first|eerst|zuerst|d['’]abord|primero|prima|primeiro|najpierw)\b|(?<!\w)сначала(?!\w)|"
    r"(?<!\w)(?:corrig\w*|correct\w*|korrigier\w*|recalcul\w*|redo\w*|neu\s+\w+|opnieuw|poprawiam|исправ\w*|"
    r"ricalcol\w*|correggo|改正|訂正|重新|präzisier\w*|уточн\w*|précis\w*|preciso|precisar)",
    _I,
)

# Names that can only mean the person asking: "whoever's asking", "the OP", "质问者".
ASKER_NOUN = re.compile(
    r"\b(?:the\s+OP|our\s+friend\s+here|whoever(?:'s|’s|\s+is)\s+asking|the\s+person\s+asking|the\s+asker|"
    r"the\s+questioner|this\s+asker|(?<!is\s)(?<!so\s)(?-i:OP)(?:['’]s\s+(?:on|using|asking)|\s+(?:\w+\s+)?(?:asks?|asked|wants?|"
    r"wanted|needs?|mentioned|said|says|is\s+(?:on|using|asking)|demande|veut|cherche|pregunta|quiere|fragt|will|chiede|"
    r"vuole|pergunta|quer|pyta|chce))\b|der\s+fragesteller|die\s+fragestellerin|la\s+personne\s+qui\s+(?:demande|pose)|"
    r"quien\s+pregunta|quem\s+pergunta|chi\s+(?:chiede|domanda)|de\s+vraagsteller|pytając(?:y|a|ego|ej)|"
    r"frågeställaren|tazatel)\b(?!\s+(?:for|about|to|a|an|the|questions?)\b)|(?<!\w)(?:спрашивающ\w+|тот,\s+кто\s+спрашивает)(?!\w)|提问者|提問者|質問者|相談者",
    _I,
)
# Inferring who asks, or why, from the wording: "judging by the question", "судя по вопросу".
JUDGING_BY = re.compile(
    r"\b(?:judging\s+(?:by|from)\s+(?:the|this|that)\s+(?:question|phrasing|wording|message|request)|"
    r"by\s+the\s+sound\s+of\s+it|given\s+the\s+(?:phrasing|wording)|the\s+(?:phrasing|wording)\s+(?:of\s+the\s+"
    r"(?:question|request)\s+)?suggest(?:s|ed)|"
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
    r"(?:^|(?<=[.!?)]\s)|(?<=\n))[ \t]*(?:[—–-]\s*|[¹²³*†]\s*)?[(\[]?(?:\*{0,2}(?:note|nb|p\.?s\.?)\*{0,2}\s*:\s*\*{0,2}\s*)?"
    r"(?:didn't\s+(?:include|mention|add|go\s+into)|wrote|pitched|aimed|trimmed|cut|shortened|originally\s+had|"
    r"going\s+with|going\s+for|went\s+with|went\s+for|kept|used|added|rounded|chose|picked|"
    r"skipped|left\s+out|stuck\s+(?:to|with)|opted\s+for|dropped|omitted|included|gave|switched\s+to|"
    r"focused\s+on|assumed|made\s+it|formatting\s+(?:it|this)|leaving\s+out|sticking\s+(?:to|with)|keeping\s+(?:it|this)|(?P<checked>double-checked|re-?checked))\b"
    r"(?P<rest>[^.!?\n]{0,160})",
    _I,
)
DECISION_REASON = re.compile(
    r"\b(?:because|since|as\s+(?:requested|asked|specified)|per\s+the|given|so\s+that|in\s+case|"
    r"was\s+(?:given|specified|asked|requested|in\s+the\s+(?:message|question))|they|the\s+(?:question|message|request|asker|OP)|"
    r"user(?:'s|’s)?)\b|\s[—–]\s",
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
    r"\bI\s+should\s+(?:(?:also|probably|still|maybe)\s+){0,2}(?:mention|add|note|point\s+out|clarify|include|say)\b|"
    r"\bich\s+sollte\s+(?:\w+\s+){0,7}?(?:erwähnen|ergänzen|hinzufügen|sagen|erklären|geben|nennen|zeigen|einbauen|"
    r"anfügen|dazuschreiben)\b|(?<!\w)dobrze\s+(?:byłoby|by\s+było)\s+(?:jeszcze\s+)?(?:napisać|dodać|wspomnieć)(?!\w)|"
    r"\bsollte\s+ich\s+(?:\w+\s+){0,4}?(?:erwähnen|ergänzen|hinzufügen|nennen|erklären)\b|"
    r"\bmoet\s+ik\s+(?:\w+\s+){0,4}?(?:vermelden|noemen|toevoegen|uitleggen)\b|"
    r"(?<!\w)(?:devo|debo|je\s+dois|ich\s+muss|muszę)\s+(?:\w+\s+){0,2}?(?:citare|menzionare|mencionar|citar|mentionner|"
    r"erwähnen|wspomnieć|incluir|includere|inclure)(?!\w)|(?<!\w)надо\s+(?:ещё|еще)\s+(?:упомянуть|добавить|сказать)(?!\w)|"
    r"\bdovrei\s+(?:\w+\s+){0,1}?specificare\b|"
    r"\bje\s+devrais\s+(?:\w+\s+){0,1}?(?:préciser|ajouter|mentionner|signaler|expliquer|parler)\b|"
    r"\bil\s+faut\s+que\s+je\s+(?:pense\s+à\s+)?(?:mettre|ajouter|mentionner|préciser|parler)\b|"
    r"(?<!\w)(?:eklemeliyim|belirtmeliyim|yazmalıyım|söylemeliyim|değinmeliyim)(?!\w)|"
    r"(?:再|还得|还要|这里)?补一(?:句|条|点)(?:[^。！？\n]{0,8}?吧|(?=[。，,\s]|关于))|"
    r"(?<!\w)(?:debería|tendría\s+que)\s+(?:\w+\s+){0,1}?(?:mencionar|añadir|aclarar|explicar)(?!\w)|"
    r"\bdovrei\s+(?:\w+\s+){0,1}?(?:aggiungere|precisare|menzionare|spiegare|citare|ricordare)\b|"
    r"(?<!\w)deveria\s+(?:\w+\s+){0,1}?(?:mencionar|acrescentar|explicar|esclarecer)(?!\w)|"
    r"\bik\s+(?:moet|zou)\s+(?:\w+\s+){0,2}?(?:vermelden|toevoegen|noemen|uitleggen)\b|"
    r"(?<!\w)(?:powinienem|powinnam)\s+(?:\w+\s+){0,1}?(?:wspomnieć|dodać|wyjaśnić)(?!\w)|"
    r"(?<!\w)(?:надо\s+бы|стоит|следует)\s+(?:ещё\s+|еще\s+)?(?:упомянуть|добавить|пояснить|сказать)(?!\w)|"
    r"我(?:还|也)?应该(?:再)?(?:提一下|提|补充|说明)|補足しておく|触れておく|(?:書いて|触れて|入れて|言って)おくべき|"
    r"(?:언급|추가|설명)(?:해야겠|해야지|해야\s*할\s*것\s*같)",
    _I,
)
# Wondering what the person asking meant or is on.
WONDER = re.compile(
    r"\bI\s+wonder\s+(?:if|whether)\s+(?:they|he|she|the\s+user)\b|"
    r"\b(?:they|he|she)\s+might\s+(?:have\s+meant|mean|want|be\s+on|be\s+using|need)\b|"
    r"\bmaybe\s+(?:they|he|she)\s+(?:want|wants|mean|means|need|needs)\b",
    _I,
)
# Sizing up the person asking: "They seem to be a beginner", "O cliente parece irritado".
_SIZED = (
    r"they|he|she|the\s+(?:person|customer|user|client|student|reader|asker|OP|kid)|this\s+person|"
    r"(?:le|la)\s+(?:client|cliente|personne|élève|étudiant)|der\s+(?:kunde|nutzer|schüler)|die\s+(?:kundin|person)|"
    r"el\s+(?:cliente|usuario|alumno)|la\s+(?:clienta|persona)|il\s+cliente|lo\s+studente|o\s+cliente|a\s+pessoa|"
    r"de\s+(?:klant|gebruiker|persoon)|klient|klientka|клиент|пользователь|(?:der\s+|die\s+)?(?:kunde|kundin|schüler|schülerin)"
)
_SEEMS = (
    r"seem|seems|seemed|sound|sounds|sounded|appear|appears|must\s+be|(?:are|'re|’re)\s+probably|is\s+probably|are\s+likely|"
    r"is\s+likely|parece|parecía|semble|semblait|scheint|schien|wirkte|wirkt|sembra|sembrava|lijkt|leek|wydaje\s+się|"
    r"wyglądał\w*|кажется|похоже"
)
_SEEMS += r"|probably|likely|(?:has|hat|a|ha|tiene|heeft)\s+(?:offenbar|anscheinend|apparently|apparemment|aparentemente|apparentemente|kennelijk)"
SIZING_UP = re.compile(
    rf"\b(?P<who>{_SIZED})\s*(?:(?:also|really|just|clearly)\s+)?(?:{_SEEMS})\b", _I
)
# Whoever is asking, named by what they do here: "La mamma che scrive", "the person who asked".
WHO_ASKED = re.compile(
    r"\b(?:person|man|woman|guy|mom|mum|mother|dad|parent|couple|student|customer)\s+(?:who|that)\s+"
    r"(?:asked|is\s+asking|wrote\s+in|writes|sent\s+this)\b|"
    r"\b(?:persona|mamma|madre|padre|papà|coppia|straniero|studente|cliente|signora|signore)\s+che\s+"
    r"(?:ha\s+chiesto|chiede|scrive|ha\s+scritto)\b|"
    r"(?<!\w)(?:persona|madre|padre|mamá|pareja|cliente|señora|señor)\s+que\s+(?:pregunta|preguntó|escribe|escribió)(?!\w)|"
    r"\b(?:personne|mère|père|maman|couple|client|cliente|dame|monsieur)\s+qui\s+(?:demande|a\s+demandé|écrit|a\s+écrit)\b|"
    r"(?<!\w)(?:pessoa|mãe|pai|casal|cliente|senhora|senhor)\s+que\s+(?:pergunta|perguntou|escreve|escreveu)(?!\w)|"
    r"\b(?:person|mutter|vater|frau|mann|kunde|kundin)\s*,?\s+(?:die|der)\s+(?:fragt|gefragt\s+hat|schreibt|geschrieben\s+hat)\b|"
    r"\b(?:persoon|moeder|vader|klant)\s+die\s+(?:vraagt|vroeg|schrijft|schreef)\b|"
    r"(?<!\w)(?:мама|человек|клиент|женщина|мужчина)\s*,?\s+(?:который|которая)\s+(?:спрашивает|спросил\w*|пишет|написал\w*)(?!\w)|"
    r"(?<!\w)мама\s+пишет(?!\w)",
    _I,
)
# Only the person asking is "the user", "the asker", "the OP" or "the person" in an answer.
ASKER_ONLY = re.compile(r"the\s+(?:user|asker|OP|person)", _I)
# ...and sizing them up to decide the reply: "The customer seems frustrated, so keep it short".
SO_DECIDES = re.compile(
    r"^[^.!?\n]{0,80}?(?:\b(?:so|therefore|hence)\b|[;—–]|,\s+(?:offer|keep|give|be|use|add|mention|avoid|skip|answer|"
    r"meglio|mejor|besser|mieux|beter|lepiej|лучше|better)\b)"
)
# Any plan for the reply in the first person, too weak alone: "I'll round it", "I'll ask."
I_WILL = re.compile(
    r"\bI(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'d\s+better)\s+(?:just\s+)?[a-z]+", _I
)
# Asking oneself what to include, and answering: "should i mention bacillus cereus? yeah".
SHOULD_I = re.compile(
    r"\bshould\s+I\s+(?:also\s+|even\s+)?[^?\n]{2,80}\?\s*(?:yes|yeah|yep|no|nah|probably|maybe|I'll|sure|ok)\b",
    _I,
)
# Weighing aloud whether to add something: "Надо ли упомянуть кодировку? Да, стоит.",
# "要不要再讲一下 sorted()？", "`-a` の説明も要るかな", "Il faudrait peut-être aussi mentionner…".
WEIGHS_ADDING = re.compile(
    r"\b(?:should\s+I|do\s+I\s+need\s+to|is\s+it\s+worth)\s+(?:also\s+)?(?:mention|add|explain|include|cover|note)\w*\b[^?\n]{0,60}\?|"
    r"\b(?:sollte\s+ich|muss\s+ich)\s+(?:\w+\s+){0,4}?(?:erwähnen|ergänzen|erklären)\b[^?\n]{0,40}\?|"
    r"\b(?:faut-il|dois-je|il\s+faudrait\s+peut-être(?:\s+aussi)?)\s+(?:\w+\s+)?(?:mentionner|ajouter|préciser|expliquer)\b|"
    r"(?<!\w)(?:debería|tendría\s+que)\s+(?:comentar|mencionar|añadir|explicar)\s+también(?!\w)|"
    r"\b(?:devo|dovrei)\s+anche\s+(?:menzionare|spiegare|aggiungere)\b|(?<!\w)(?:devo|deveria)\s+também\s+(?:mencionar|explicar)(?!\w)|"
    r"(?<!\w)(?:надо|нужно|стоит)\s+ли\s+(?:\w+\s+)?(?:упомянуть|упоминать|добавить|добавлять|объяснить|рассказать)(?!\w)|"
    r"(?<!\w)może\s+warto\s+(?:\w+\s+)?(?:dodać|wspomnieć|dopisać)\b[^?\n]{0,60}\?|"
    r"要不要(?:再)?(?:讲|写|提|补充|解释|说)|(?:説明|補足|言及)も(?:要る|いる|必要)かな|"
    r"(?:설명|언급|추가)(?:해야|을\s*해야)\s*할까|"
    r"\bje\s+me\s+demande\s+s['’]il\s+faut\s+(?:\w+\s+)?(?:parler|mentionner|ajouter|préciser|expliquer|évoquer)\b|"
    r"\bdovrei\s+(?:anche\s+)?(?:dire|parlare|menzionare|spiegare|aggiungere)\b[^?\n]{0,60}\?|"
    r"(?<!\w)(?:será\s+que\s+)?vale\s+(?:a\s+pena\s+)?(?:falar|mencionar|explicar|incluir|citar)\b[^?\n]{0,60}\?|"
    r"(?<!\w)(?:debería|valdría\s+la\s+pena|vale\s+la\s+pena)\s+(?:mencionar|hablar|añadir|explicar|incluir)\b[^?\n]{0,60}\?|"
    r"\b(?:soll|sollte)\s+ich\s+(?:\w+\s+){0,3}?(?:sagen|dazuschreiben|nennen|erwähnen|erklären|ergänzen)\b[^?\n]{0,40}\?|"
    r"(?<!\w)(?:açıklamalı|eklemeli|belirtmeli|değinmeli)\s+mi(?:yim|yiz)(?!\w)|"
    r"\b(?:do\s+I|worth)\s+(?:also\s+)?(?:mention|add|mentioning|adding|bring\w*\s+up)\b[^?\n]{0,60}\?|"
    r"(?:書いた|入れた|触れた|言った|足した)(?:ほう|方)がいいかな|(?:も|は)書くべきか|"
    r"(?<!\w)será\s+que\s+(?:eu\s+)?(?:devo|deveria)\s+(?:falar|mencionar|incluir|explicar|citar)\b[^?\n]{0,60}\?|"
    r"\bdenken\s+of\s+ik\s+(?:\w+\s+){0,3}?(?:moet|zal)\s+(?:noemen|vermelden|toevoegen|uitleggen)\b|"
    r"\bmoet\s+ik\s+(?:\w+\s+){0,3}?(?:noemen|vermelden|toevoegen|uitleggen)\b[^?\n]{0,40}\?|"
    r"\bdevo\s+(?:anche\s+)?(?:menzionare|parlare|dire|aggiungere|spiegare)\b[^?\n]{0,60}\?|"
    r"(?<!\w)¿(?:debo|menciono|incluyo|añado|explico)\b[^?\n]{0,60}\?|"
    r"(?<!\w)czy\s+(?:powinienem|powinnam|mam)\s+(?:\w+\s+){0,2}?(?:wspomnieć|dodać|wyjaśnić|napisać)(?!\w)|"
    r"(?<!\w)(?:bahsetmeli|eklemeli|değinmeli)\s+miyim(?!\w)|"
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:mention|add|include|cover|explain)\s+[^?\n]{2,60}\?\s*(?:yes|no|probably|maybe|yeah|sure)\b",
    _I,
)
# A hedged note to add something: "Probably worth adding the dosage warning too."
WORTH_ADDING = re.compile(
    r"\b(?:probably|maybe|might\s+be|should\s+be)\s+worth\s+(?:adding|mentioning|including|flagging|noting)\b",
    _I,
)
# Shaping "the answer" (its layout or its length) in the first person present, as pro-drop
# and verb-second languages plan: "Ich strukturiere die Antwort als Tabelle", "Organizzo la
# risposta in punti", "Оформлю ответ списком", "표로 정리하는 게 … 그렇게 하겠습니다".
_ANSWER_SHAPED = (
    r"\b(?:ich\s+)?(?:strukturiere|gliedere|formatiere|ordne|gestalte|baue|teile)\s+(?:ich\s+)?(?:die|meine)\s+antwort\b|"
    r"\b(?:organizzo|strutturo|imposto|divido|formatto|suddivido)\s+(?:la\s+)?risposta\b|"
    r"\b(?:j['’]organise|je\s+(?:structure|formate|divise|découpe|présente))\s+(?:la|ma)\s+réponse\b|"
    r"(?<!\w)(?:organizo|estructuro|divido|formateo)\s+(?:la|mi)\s+respuesta(?!\w)|"
    r"(?<!\w)(?:organizo|estruturo|divido|formato)\s+(?:a|minha)\s+resposta(?!\w)|"
    r"(?<!\w)(?:оформлю|структурирую|разобью|организую|оформляю|построю)\s+(?:свой\s+|мой\s+)?ответ(?!\w)|"
    r"(?:箇条書き|表|リスト)(?:で|に)(?:まとめ|整理)[^。\n]{0,20}(?:そうしよう|しよう|します(?!か)|ましょう)|"
    r"(?:표|목록|리스트)로\s*정리[^.\n]{0,30}(?:하겠습니다|해\s*보겠|할게|하자|해야겠)|"
    r"\b(?:mi\s+limito\s+a|me\s+limito\s+a|je\s+me\s+limite\s+à|ich\s+beschränke\s+mich\s+auf|"
    r"I['’]ll\s+(?:limit|restrict)\s+(?:myself|it|this)\s+to)\b|(?<!\w)ограничусь(?!\w)|"
    r"(?:用|做成|整理成)(?:表格|列表|清单)[^。\n]{0,10}(?:吧|来回答|来写|比较清楚)"
)
# Laying out the reply as a kind of layout ("Je vais faire une liste à puces"), or shaping it as above.
FORMAT_PLAN = re.compile(
    rf"{_ANSWER_SHAPED}|"
    r"(?:\bI(?:'ll|\s+will|'m\s+going\s+to)|\blet\s+me|\bje\s+vais|(?<!\w)voy\s+a|(?<!\w)vou|\bik\s+(?:ga|zet|maak)|"
    r"\blaat\s+me|\bich\s+(?:mache|werde|fasse)|\blass\s+mich|\bfarò|\bfaccio|\bmetto|\bje\s+mets|(?<!\w)pongo|"
    r"(?<!\w)zrobię|(?<!\w)(?:сделаю|дам)|(?<!\w)(?:preciso|necesito|tengo\s+que)\s+(?:montar|fazer|criar|hacer|armar|crear)|"
    r"\bich\s+muss\s+(?:\w+\s+)?(?:eine|die)|\bje\s+dois\s+(?:faire|dresser)|\bik\s+moet\s+(?:een|de))"
    r"[^.!?\n]{0,40}?\b(?:list|table|bullets?|bullet\s+points|liste|tableau|tabla|lista|tabela|tabel|tabelle|lijst\w*|elenco|"
    r"aufzählung|таблиц\w*|списк\w*)\b|"
    r"\b(?:a|the)\s+(?:table|list|bulleted\s+list)\s+(?:will|would)\s+be\s+(?:clearer|easier|better)\b[^.!?\n]{0,60}?"
    r"\b(?:so|let\s+me|I(?:'ll|\s+will))\b",
    _I,
)
# Dividing or ordering the reply in the first person: "Je vais structurer ça en trois points",
# "Vou organizar por prioridade", "Teile das in zwei Abschnitte auf", "まず原因を挙げて、その
# あと対処法を書く流れにします", "원인부터 정리하고 그다음에 해결책을 쓰는 게 좋겠다".
STRUCTURE_PLAN = re.compile(
    r"(?:\bI(?:'ll|\s+will|'m\s+going\s+to)\s+(?:split|divide|organi[sz]e|order|group|break)|"
    r"\bje\s+vais\s+(?:structurer|organiser|diviser|découper|classer|regrouper)|"
    r"(?<!\w)(?:vou|voy\s+a)\s+(?:organizar|dividir|estruturar|estructurar|agrupar|ordenar|separar)|"
    r"\b(?:lo\s+|la\s+)?(?:organizzo|divido|suddivido|raggruppo|ordino)\b|\b(?:teile|gliedere|ordne)\s+(?:das|es|die\s+antwort)\b|"
    r"(?<!\w)(?:разобью|разделю|структурирую|сгруппирую)(?!\w))"
    r"[^.!?\n]{0,40}?(?:\b(?:parts|sections|points|steps|groups|order|priority|partes|parties|points|étapes|punti|parti|"
    r"passi|pontos|passos|prioridad|prioridade|priorité|priorità|ordem|orden|ordre|ordine|abschnitte|teile|punkte|schritte|"
    r"reihenfolge)\b|(?<!\w)(?:част\w+|пункт\w*|шаг\w*|блок\w*)(?!\w))|"
    r"(?:書く|説明する|答える|まとめる)流れに(?:する|します)|(?:쓰는|적는|설명하는|답하는)\s*게\s*좋겠다|"
    r"先讲[^。\n]{1,20}再讲",
    _I,
)
# A request sized up in a fragment of its own: "Domanda semplice.", "Simple question, simple answer."
KIND_ALONE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=,\s)|(?<=—\s)|(?<=\n))[ \t]*(?:(?:simple|easy|quick|short|straightforward|basic)\s+(?:question|one|request)|"
    r"(?:domanda|pregunta|pergunta|question|vraag)\s+(?:semplice|sencilla|fácil|simples|simple|facile|eenvoudig)|"
    r"(?:einfache|eenvoudige|proste|простой)\s+(?:frage|vraag|pytanie|вопрос))\s*[.,!—–]",
    _I,
)
# Owning up to the process: "I was gonna say keyboard", "I'm repeating myself".
PROCESS_ADMISSION = re.compile(
    r"\bI\s+was\s+(?:gonna|going\s+to|about\s+to)\s+(?:say|write|answer|put|give)\b|\bI(?:'m|\s+am)\s+repeating\s+myself\b|"
    r"\bI\s+(?:nearly|almost)\s+(?:gave|said|wrote|answered|used|put)\b|\bI\s+double[- ]checked\b|"
    r"\bI(?:'m|\s+am)\s+assuming\s+(?:they|he|she|the\s+user|it's|this\s+is)\b|\bI(?:'ll|\s+will)\s+assume\b|"
    r"\bre-?reading\b(?!\s+(?:the\s+)?(?:book|chapter|article|text|poem|novel))|(?<!\w)перечитываю(?!\w)|(?:^|(?<=[.!?—–:]\s)|(?<=\n)|(?<=(?<!\w)я\s))перечитал\w*|"
    r"\b(?:rileggo|rileggendo|releyendo|relendo|relisant|ich\s+lese\s+(?:nochmal|noch\s+einmal)|even\s+dubbelchecken)\b|"
    r"数え直|読み直|重新看了?一下|"
    r"\bI\s+(?:considered|thought\s+about)\s+\w+ing\b|\bI\s+noticed\s+(?:midway|halfway|while\s+writing)\b|"
    r"\b(?:scrap|forget|ignore|disregard)\s+(?:that|my\s+(?:last|previous)\s+\w+)\b|"
    r"\bmy\s+(?:first|previous|earlier)\s+(?:attempt|answers?|draft|version)\b|"
    r"\bthe\s+first\s+(?:one|version|draft|attempt)\s+(?:ignored|missed|was\s+wrong|used|forgot)\b|"
    r"\bnot\s+sure\s+(?:this|that)\s+is\s+what\b|"
    r"\b(?:deliberately|intentionally)\s+(?:short|brief|kept|skipped|left\s+out|omitted|avoided)|"
    r"(?:^|(?<=[.!?]\s))(?:I\s+)?was\s+(?:going|gonna|about)\s+to\s+\w+|"
    r"\bbefore\s+I\s+(?:answer|reply|respond|write)\b|"
    r"\b(?:breaking\s+(?:this|it)\s+down|noting\s+this|thinking\s+this\s+through)\s+for\s+myself\b|"
    r"\bhere's\s+my\s+(?:thinking|reasoning|plan)\b|\bgoing\s+back\s+over\s+what\b|"
    r"\bI\s+have\s+(?:carefully\s+)?(?:considered|read|reviewed|analy[sz]ed)\s+the\s+(?:question|request|instructions|prompt)\b|"
    r"\b(?:weighing|debating|wondering)\s+whether\s+to\b|"
    r"\b(?:je\s+me\s+demande\s+si\s+je|ich\s+frage\s+mich,?\s+ob\s+ich|me\s+pregunto\s+si\s+(?:debo|debería)|"
    r"mi\s+chiedo\s+se\s+(?:devo|dovrei)|I\s+wonder\s+if\s+I\s+should|pergunto-me\s+se\s+devo|ik\s+vraag\s+me\s+af\s+of\s+ik)\b|\bvolutamente\s+breve|\bbewusst\s+kurz|"
    r"\bvolontairement\s+court|\bdeliberadamente\s+breve|"
    r"\b(?:ho\s+controllato|ich\s+habe\s+(?:nochmal|noch\s+einmal)\s+geprüft|j['’]ai\s+(?:re)?vérifié|"
    r"lo\s+he\s+comprobado|verifiquei|ik\s+heb\s+(?:het\s+)?(?:nog\s+eens\s+)?gecontroleerd)\b"
    # checking the customer's order is service, not a check of the reply: "Verifiquei o seu pedido"
    r"(?!\s+(?:o\s+seu|a\s+sua|os\s+seus|as\s+suas|votre|vos|il\s+tuo|la\s+tua|il\s+suo|la\s+sua|tu|su|sus|ihre?n?|uw|jouw)\b)|"
    r"(?<!\w)(?:sprawdziłe[mś]|sprawdziłam|я\s+провери\w+)(?!\w)|我检查了|確認しました",
    _I,
)
# Steps of working that are about the request and the reply, not the subject.
PROCESS_STEP = re.compile(
    r"^[ \t]*(?:step\s*\d+\s*[:.)-]|\d+[.)])\s*(?:understand|identify|recall|restate|parse|figure\s+out|give|write|"
    r"formulate|draft|check|verify)\s+(?:the\s+|my\s+|what(?:'s|\s+is)\s+being\s+)?(?:question|request|answer|task|"
    r"facts|asked|reply|key\s+facts)\b",
    _I | re.MULTILINE,
)
# The instructions as the reason, in CJK: "回答は短くまとめる指示なので".
# What was asked, without a pronoun (pro-drop): "Lo que realmente pregunta es…".
PRO_DROP_ASK = re.compile(
    r"(?<!\w)(?:lo\s+que|o\s+que|ce\s+qu['’](?:il|elle)|quello\s+che|was\s+(?:er|sie)|czego|что)\s+"
    r"(?:(?:realmente|really|eigentlich|davvero|vraiment|naprawdę|на\s+самом\s+деле)\s+)?"
    r"(?:pregunta|quiere|busca|pide|pergunta|quer|demande|veut|chiede|vuole|will|fragt|chce|pyta|хочет|спрашивает)\s+"
    r"(?:es|é|est|è|ist|to|—|–)(?!\w)|(?<!\w)(?:estaba|stava|estava)\s+(?:preguntando|chiedendo|perguntando)(?!\w)",
    _I,
)
_WANTS = (
    r"(?:chce|chcą|wants?|will|veut|veulent|quiere|quieren|vuole|vogliono|quer|querem|wil|willen|wollen|хочет|хотят|vill|mau|"
    r"ingin|istiyor|soruyor|sordu|merak\s+ediyor)(?!\w)"
)
# A summing-up marker before the person asking: "In breve, la persona vuole…", "Kısacası kişi … istiyor".
# ("il" is left out: it is the Italian article as often as the French pronoun.)
_SUMMED_UP = (
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:kısacası|özetle|in\s+sintesi|in\s+breve|en\s+resumen|en\s+bref|em\s+resumo|"
    r"kurz\s+gesagt|короче|w\s+skrócie|in\s+short|basically)\s*,?\s+(?:(?:the|il|la|le|el|o|a|der|die|this)\s+)?"
    r"(?:kişi|person|persona|personne|pessoa|user|utente|usuário|usuario|utilisateur|nutzer|"
    r"asker|they|he|she|elle|er|sie|lui|lei|ele|ela|он|она|osoba)\s+(?:[\w’'-]+\s+){0,4}?"
)
# "So she wants…": a discourse marker, then what the person asking wants (pronoun or not).
SO_WANTS = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:(?:okej|oke|ok)\s*,?\s*)?(?:so|takže|czyli|donc|also|entonces|quindi|então|dus|итак|то\s+есть|yani|så|jadi|"
    rf"sanırım|galiba)\s*,?\s+(?:[\w’'-]+\s+){{0,4}}?{_WANTS}|{_SUMMED_UP}{_WANTS}|"
    r"(?<!\w)(?:se\s+neptal\w*|nie\s+pytał\w*|не\s+спрашивал\w*|no\s+preguntó|non\s+ha\s+chiesto|não\s+perguntou|"
    r"hat\s+nicht\s+(?:danach\s+)?gefragt|n['’]a\s+pas\s+demandé|no\s+pidió|não\s+pediu|nie\s+prosił\w*|не\s+просил\w*|"
    r"não\s+foi\s+pedid[ao]|no\s+se\s+pidió|wasn't\s+(?:asked\s+for|requested)|n['’]a\s+pas\s+été\s+demandé\w*|"
    r"ne\s+(?:les?|la|l['’])\s*a\s+pas\s+demandé\w*|vroeg\s+(?:er\s+)?niet|(?:they|he|she)\s+didn't\s+ask)(?!\w)|"
    r"궁금해하던|궁금해한|물어본\s*것|질문한\s*것|알고\s*싶어하|"
    r"(?:o\s+yüzden|bu\s+yüzden|çünkü|düşündüğüm\s+için|istediği\s+için|olduğu\s+için)[^.!?\n]{0,60}(?:yazdım|ekledim|koymadım|atladım|tuttum|verdim|girmedim)|"
    r"(?<!\w)takže\s+jsem\s+(?:vynechal|zkrátil|uvedl|přidal)\w*|"
    r"\b(?:check|look|glance)\s+(?:of|at)\s+their\s+(?:code|message|question|essay|snippet|text|draft)\b|"
    r"\b(?:consistent|matches|in\s+line)\s+with\s+what\s+I\s+(?:said|wrote|had)\b|"
    r"(?:这样|这个)回答[^。！？\n]{0,12}(?:足够|可以|应该)|对(?:他|她)来说|질문이\s+(?:한\s+줄|짧|간단)",
    _I,
)
# An interpretation of the request's words, as a sentence of its own: "Interpreting 'cheap' as…".
INTERPRETING = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:interpreting|reading|taking|treating)\b[^.!?\n]{1,30}?\bas\b",
    _I | re.MULTILINE,
)
# Assuming, in the first person, what the request means: "Vou assumir que é português do Brasil".
ASSUMING = re.compile(
    r"(?<!\w)(?:vou\s+assumir|voy\s+a\s+asumir|voy\s+a\s+suponer|vou\s+supor|going\s+to\s+assume|gonna\s+assume|je\s+vais\s+supposer|ich\s+gehe\s+davon\s+aus|ik\s+ga\s+ervan\s+uit|"
    r"zakładam|предположу|я\s+предполагаю|vado\s+a\s+supporre|suppongo\s+che|имеется\s+в\s+виду|исхожу\s+из\s+(?:этого|того)|"
    r"varsayıyorum|asumo|assumo|je\s+suppose|ich\s+nehme\s+an|neem\s+ik\s+aan|I\s+assume)(?!\w)|我假设|と仮定|"
    r"(?<!\w)(?:if\s+I\s+understand\s+correctly|wenn\s+ich\s+das\s+richtig\s+verstehe|si\s+je\s+comprends\s+bien|"
    r"si\s+entiendo\s+bien|se\s+ho\s+capito\s+bene|se\s+entendi\s+bem|als\s+ik\s+het\s+goed\s+begrijp|"
    r"jeśli\s+dobrze\s+rozumiem|если\s+я\s+правильно\s+понял\w*|anladığım\s+kadarıyla)(?!\w)",
    _I,
)
# Judging the reply enough: "Wydaje mi się, że to wystarczy", "Das sollte reichen".
SUFFICES = re.compile(
    r"\b(?:that|this)\s+(?:should\s+)?(?:be\s+enough|suffices?)\b|\bdas\s+(?:sollte\s+)?reich\w*|"
    r"\bça\s+(?:devrait\s+)?suffi\w*|(?<!\w)(?:con\s+eso\s+basta|isso\s+basta|to\s+wystarczy|этого\s+достаточно)(?!\w)|"
    r"\bdat\s+is\s+genoeg\b|\bquesto\s+basta\b|应该够了|够(?:他|她)用|これで十分|이\s*정도면|"
    r"(?<!\w)(?:этого|это)\s+(?:ему|ей)\s+(?:хватит|достаточно)(?!\w)|(?<!\w)(?:этого\s+хватит|цього\s+(?:достатньо|вистачить))(?!\w)",
    _I,
)
# A first-person plan justified by the person asking: "I'll round it since they just want…".
PLAN_BECAUSE = re.compile(
    r"\bI(?:'ll|\s+will|'m\s+going\s+to)\s+[^.!?\n]{1,60}?\b(?:since|because|as)\s+(?:they|he|she|the\s+(?:user|person|asker))\b|"
    r"\b(?:since|because|as)\s+(?:that's|that\s+is|it's)\s+(?:all|what)\s+(?:they|he|she|the\s+user)\s+"
    r"(?:want|wants|need|needs|asked)\b|"
    r"\b(?:aus\s+der\s+frage|from\s+the\s+question|de\s+la\s+(?:question|pregunta)|dalla\s+domanda|da\s+pergunta|"
    r"uit\s+de\s+vraag|z\s+pytania)\b|(?<!\w)из\s+вопроса(?!\w)|\bprobe\s+gemacht\b|\bnachgerechnet\b",
    _I,
)
MAIN_VERB = re.compile(r"\s(?:is|are|was|were|can|means|makes|ist|est|es|è|é)\s", _I)
CJK_INSTRUCTION = re.compile(
    r"지시사항(?:에|대로)|指示(?:なので|により|に従|通り|どおり|があるので)|按照指示|根据指示|按指示|按照系统设定|系统设定|지시(?:에\s*따라|대로)"
)

# A choice drawn from the asker ("so I avoided `assign()`"), what the asker left unsaid ("they
# didn't say", "le client n'a pas donné…"), doubt about them, and judging or redoing the answer.
SO_I_CHOSE = re.compile(
    r"\bso\s+I(?:'ve|\s+have)?\s+(?:avoided|kept|skipped|left\s+out|went\s+with|used|chose|stuck\s+to|focused\s+on|"
    r"didn't\s+(?:include|go\s+into|mention|need\s+to))\b|"
    r"\b(?:they|he|she|the\s+user|the\s+person|the\s+customer)\s+(?:didn't|did\s+not|never|haven't|hasn't)\s+"
    r"(?:say|specify|mention|ask|give|state|tell|provide)\b|\bunless\s+(?:they|he|she|the\s+user)\s+asks?\b|"
    r"\b(?:le\s+client|la\s+cliente|el\s+cliente|il\s+cliente|o\s+cliente|der\s+kunde|de\s+klant)\s+"
    r"(?:n['’]a\s+pas|no\s+ha|non\s+ha|não|hat\s+(?:keine|nicht)|heeft\s+(?:geen|niet))\s+(?:\w+\s+)?"
    r"(?:donné|indiqué|dado|indicado|fornito|indicato|deu|informado|angegeben|genannt|gegeven|vermeld)\b|"
    r"\bmaybe\s+(?:they|he|she|the\s+user)\b[^.?!\n]{0,60}\?|"
    r"\b(?:it's|it\s+is)\s+not\s+clear\s+(?:if|whether|what)\b[^.!?\n]{0,80}[;,—]\s*I(?:'ll|\s+will)\b|"
    r"\bI\s+think\s+(?:that's|thats|this\s+is|it's)\s+(?:right|correct)\b|\blet\s+me\s+re-?answer\b|\bre-?answering\b",
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
    r"(?:[a-z]+(?:s|ed)|is|was|has|had|does|did|doesn't|didn't|isn't|wasn't)\b"
    r"(?!\s+(?:of|and|or|to)\b)",
    _I,
)
SOFTWARE = re.compile(
    r"\b(?:app|application|software|api|interface|click|log\s*in|login|account|password|server|database|endpoint|"
    r"role|system|model|form|screen|button|page|website|admin|permission|request\s+body|session|token|message|post|"
    r"bot|moderator|rule|requirement|feature|tour|banner|modal)s?\b",
    _I,
)
STEPS = re.compile(r"\bstep\s+(?:\d|one|by\s+step)|\bfirst,|^\s*\d+[.)]\s", _I | re.MULTILINE)

# Pointing back at the request's content: "'rotor' was in the message", "not really asked about".
REQUEST_REF = re.compile(
    r"\b(?:was|were|is|wasn't|isn't)\s+(?:\w+\s+)?(?:in|from)\s+the\s+(?:message|question|request|prompt|"
    r"original\s+(?:question|message|request))\b|"
    r"\b(?:nothing|no\s+\w+)\s+(?:else\s+)?was\s+(?:specified|given|mentioned|stated)\b|"
    r"\b(?:wasn't|isn't|not)\s+(?:really\s+|actually\s+|even\s+)?(?:asked|requested)\s+(?:about|for)\b|"
    r"\b(?:assumed|presumed)\b[^.!?\n]{0,40}\b(?:since|because|as)\b|"
    r"\b(?:kept|maintained|preserved)\s+(?:\w+\s+){0,3}?(?:per\s+the|as\s+(?:requested|asked|specified|instructed)|"
    r"because\s+(?:that|the|it)\s+(?:\w+\s+)?was\s+(?:specified|requested|asked))\b|"
    r"\b\w+\s+question\s+from\s+(?:someone|somebody|a\s+(?:beginner|student|newcomer|parent))\b|"
    r"\bthe\s+question\s+(?:didn't|does\s+not|doesn't)\s+(?:say|specify|mention)\b|(?:题目|问题)里?没(?:说|提)|"
    r"\b(?:in\s+the\s+problem\s+statement|en\s+el\s+enunciado|(?<!ritardo\s)(?<!tempi\s)nella\s+consegna(?!\s+(?:del|della|dei|degli|a|entro|prevista))|"
    r"im\s+aufgabentext)\b|"
    r"(?<!\w)в\s+(?:запросе|вопросе|задании)\s+(?:было\s+)?(?:сказано|указано|написано|просили|стояло)(?!\w)|"
    r"\bin\s+der\s+(?:frage|anfrage)\s+(?:stand|steht|hieß)\b|\bnella\s+(?:domanda|richiesta)\s+(?:c['’]era|si\s+chiedeva|diceva)\b|"
    r"(?<!\w)en\s+la\s+(?:pregunta|consulta)\s+(?:se\s+pedía|decía|ponía)(?!\w)|\baccording\s+to\s+the\s+(?:request|question|brief|prompt)\b"
    + _OTHERS_BRIEF
    + r"|"
    r"(?<!\w)в\s+условии(?!\w)|"
    r"\b(?:what|che|que|qu['’]il|was\s+er|wat\s+hij)\s+(?:he|she|they|il|elle)?\s*(?:had\s+asked|aveva\s+chiesto|"
    r"había\s+pedido|avait\s+demandé|gefragt\s+hatte|had\s+gevraagd|tinha\s+pedido)\b|"
    r"\b(?:apparently|presumably|probably|likely)\s+for\s+(?:a|an)\s+(?:school|class|homework|uni|university|"
    r"exam|test|quiz|project|presentation|essay|beginner)\b",
    _I,
)
# Matching the reply to the request in one breath: "Quick one, so quick answer.", "daher knapp
# gehalten", "所以步骤写得简单一些".
SO_REPLY_FORM = re.compile(
    r"\bso\s+(?:a\s+|the\s+)?(?:quick|short|brief|simple|plain|direct|one-line|one-word|basic)\s+"
    r"(?:answer|reply|response|version|explanation)\b|"
    r"\b(?:daher|deshalb|so|donc|quindi|por\s+eso|dus|więc)\s+(?:\w+\s+){0,2}?(?:knapp|kurz|short|brief|court|breve|"
    r"kort|krótko)\s+(?:gehalten|kept|gehouden|tenuto|mantenido|gardé)\b|(?<!\w)поэтому\s+коротко(?!\w)|"
    r"所以[^。！？\n]{0,12}(?:写得|回答得|答得|说得)(?:简单|简短|短)",
    _I,
)

# Planning tool calls aloud, or reporting on them: "First, I'll check the calendar tool".
TOOL_TALK = re.compile(
    r"\bI(?:'ll|\s+will|\s+need\s+to|\s+should|'m\s+going\s+to)\s+(?:first\s+)?(?:\w+\s+){0,1}?(?:call|use|query|invoke|check|"
    r"search|try)\s+(?:the\s+)?[\w.]+\s+(?:tool|function|api)\b|\bthe\s+[\w.]+\s+tool\s+returned\b",
    _I,
)
# A label naming the writer's own attempt, approach or check: "Critique of my first attempt:".
OWN_WORK_LABEL = re.compile(
    r"^[ \t]*(?:[-*]\s*)?(?:[\w'-]+\s+){0,4}?(?:of\s+my\s+(?:first\s+|last\s+)?(?:attempt|answer|draft|reply)|my\s+answer|"
    r"chosen\s+approach|verify\s+step|check\s+step|verification\s+step|final\s+check(?:\s+before\s+\w+)?)\s*[:：]",
    _I | re.MULTILINE,
)
# ReAct traces: an observation or action line about a tool, a search, a call.
REACT = re.compile(
    r"^[ \t]*(?:observation|action(?:\s+input)?)\s*[:：][^\n]{0,80}?\b(?:search|tool|returned|results?|api|call|"
    r"I'll|I\s+will|lookup)\b",
    _I | re.MULTILINE,
)
# Sizing up the request as a kind of request: "Dit is een vertaalverzoek van Engels naar Nederlands."
REQUEST_KIND = re.compile(
    r"\A\s*(?:this|that|it|dit|dat|das|c['’]est|esto|esta|questo|questa|isso|esta|to)\s+"
    r"(?:is|ist|est|es|è|é|jest)\s+(?:een|ein|eine|une?|una?|um|uma|a|an)\s+(?:\w+\s+)?"
    r"[\w-]*(?:verzoek|vraag|request|question|anfrage|frage|demande|pregunta|petición|domanda|richiesta|pergunta|"
    r"pedido|pytanie|prośba)\b(?!\s+(?:that|which|many|of|for|people)\b)",
    _I,
)

# What the person asking wanted, judged met: "Risposta breve, come voleva lui.", "Думаю, это то,
# что он хотел узнать.", "assuming they mean the iPhone 15".
AS_THEY_WANTED = re.compile(
    r"\b(?:as|like)\s+(?:he|she|they|the\s+user)\s+(?:wanted|asked|requested)\b|\bcome\s+(?:voleva|chiedeva)\s+(?:lui|lei)\b|"
    r"(?<!\w)como\s+(?:quería|pedía|queria|pediu)\s+(?:él|ella|ele|ela)(?!\w)|\bcomme\s+(?:il|elle)\s+(?:voulait|demandait)\b|"
    r"\bwie\s+(?:er|sie)\s+(?:wollte|wünschte)\b|\bzoals\s+(?:hij|zij|ze)\s+(?:wilde|vroeg)\b|"
    r"(?<!\w)jak\s+(?:chciał|chciała|prosił|prosiła)(?!\w)|"
    r"(?<!\w)(?:это|that's|this\s+is|das\s+ist|c['’]est|eso\s+es|questo\s+è|isso\s+é|dat\s+is)\s+(?:то,\s+)?"
    r"(?:what|что|was|ce\s+qu['’]|lo\s+que|quello\s+che|o\s+que|wat)\s*(?:he|she|they|он|она|er|sie|il|elle|él|ella|"
    r"lui|lei|ele|ela|hij|zij)\s+(?:wanted|хотел\w*|wollte|voulait|quería|voleva|queria|wilde)(?!\w)|"
    r"\bassuming\s+(?:they|he|she|the\s+user)\s+(?:mean|meant|want|wants|are|is)\b",
    _I,
)
# A collapsible "reasoning" section: <details><summary>reasoning</summary>…
DETAILS_REASONING = re.compile(
    r"<summary>\s*(?:reasoning|thinking|thoughts|analysis|scratchpad|notes|internal\s+notes)\s*</summary>",
    _I,
)

# Notes to itself in imperatives before the answer (gpt-oss): "Provide pip command. Also mention venv."
_NOTE_VERBS = (
    r"provide|mention|also\s+mention|give|explain|include|add|keep|list|answer|offer|suggest|note|avoid|skip|recommend|"
    r"show|cover|start\s+with|lead\s+with|present|tone\s*:|format\s*:|length\s*:|style\s*:|register\s*:|"
    r"be\s+(?:brief|concise|friendly|gentle|polite)|use|need\s+to"
)
IMPERATIVE_NOTE = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?:{_NOTE_VERBS})\b[^.!?\n]{{0,80}}[.!?]", _I | re.MULTILINE
)
YOU = re.compile(r"\b(?:you|your)\b", _I)

# Sizing up the request or its wording: "Okay so the question is whether…", "Frage verstanden:",
# "So what's needed here is…", "Outline requested, so headings only".
REQUEST_SIZED = re.compile(
    r"\b(?:so|okay|ok|alright|right)\s*,?\s+(?:basically\s+)?the\s+question\s+is\s+(?:whether|if|how|what|about)\b|"
    r"\b(?:question|frage|pregunta|domanda|pergunta|vraag|pytanie)\s+(?:understood|verstanden|comprise|entendida|capita|"
    r"begrepen|zrozumiane)\s*[:.]|(?<!\w)вопрос\s+понят(?!\w)|"
    r"\bso\s+what(?:'s|\s+is)\s+needed\s+here\b|\bthat's\s+what's\s+being\s+asked\b|"
    r"(?:^|(?<=[.!?]\s))(?!as\b)[\w-]+(?:\s+[\w-]+)?\s+(?:was\s+)?requested\s*(?:[,;:—]|\s+was\b)",
    _I | re.MULTILINE,
)
# Answering briefly because of the request, in the first person: "(Svarar kort eftersom frågan var kort.)"
BRIEF_BECAUSE = re.compile(
    r"\b(?:I'm\s+)?(?:answering|keeping\s+(?:it|this))\s+(?:short|brief|briefly)\s+(?:because|since|as)\b|"
    r"\b(?:svarar\s+kort|antworte\s+kurz|réponds\s+brièvement|rispondo\s+brevemente|antwoord\s+kort|"
    r"odpowiadam\s+krótko)\b|(?<!\w)(?:respondo\s+(?:brevemente|de\s+forma\s+breve)|отвечаю\s+(?:коротко|кратко))(?!\w)|"
    r"o\s+yüzden\s+detaya\s+girmedim",
    _I,
)
# Checking a fact about the person asking aloud: "…in California, right? They mentioned LA, so yes."
CHECKED_ABOUT_ASKER = re.compile(
    r",\s*right\?\s+[^.!?\n]{0,60}\b(?:so\s+yes|yes)\b|"
    r"\[(?:reasoning|thinking|note\s+to\s+self|internal(?:\s+note)?|scratch(?:pad)?)\s*:",
    _I,
)
# A labelled check of something, then its verdict: "Ingredients check: flour, eggs, milk — … good."
LABELLED_CHECK = re.compile(
    r"^[ \t]*(?!sanity\b|quick\b|final\b)[\w-]+\s+check\s*[:：][^\n]{0,100}?(?:\b(?:good|ok|okay|fine|yes|all\s+set|correct)\b|[✓✔])",
    _I | re.MULTILINE,
)
# Role nouns for the person asking, with what they said or want: "the learner only asked about".
ROLE_ASKER = re.compile(
    r"\bthe\s+(?:student|learner|patient|traveller|traveler|gym-goer|requester|beginner|reader|caller|writer)\s+"
    r"(?:\w+\s+){0,2}?(?:mentioned|asked|said|wants|wanted|prefers|would\s+(?:probably\s+)?prefer|needs|has|is\s+(?:in|on|using))\b",
    _I,
)

# A last batch of process talk, each a class seen in more than one author's file.
PROCESS_TALK = re.compile(
    r"\blet's\s+(?:present|answer|respond|compose|draft|produce|output)\b|\bdone\s+thinking\b|"
    r"\b(?:prüfung|check|vérification|verifica|verificación|controle|sprawdzenie)\s+(?:meiner|of\s+my|de\s+ma|della\s+mia|"
    r"de\s+mi|van\s+mijn|mojej)\s+(?:antwort|answer|réponse|risposta|respuesta|antwoord|odpowiedzi)\b|"
    r"(?<!\w)проверка\s+(?:моего|своего)\s+ответа(?!\w)|"
    r"\b(?:primero\s+pienso|d['’]abord\s+je\s+réfléchis|zuerst\s+überlege\s+ich|first\s+I\s+think\s+about)\b|"
    r"\b(?:converting|fixing|rewriting|editing|reviewing|checking)\s+their\s+\w+|"
    r"\bthe\s+user(?:'s|’s|\s+is)\s+asking\b|\b(?:going|went)\s+with\s+(?:option\s+)?[A-Z0-9]\b|"
    r"\bnot\s+sure\s+(?:whether|if)\s+(?:they|he|she|the\s+user)\b|"
    r"\bthe\s+real\s+question\s+(?:behind\s+this\s+|here\s+)?is\b|\bdamit\s+sollte\s+die\s+frage\b|"
    r"\bwir\s+müssen\s+auf\s+\w+\s+antworten\b|"
    r"\b(?:the|my)\s+answer\s+(?:is|might\s+be|may\s+be)\s+too\s+(?:long|short)\b|"
    r"\bdie\s+antwort\s+(?:\w+\s+)?zu\s+(?:lang|kurz)\b|\bla\s+réponse\s+est\s+trop\b|"
    r"\bla\s+respuesta\s+es\s+demasiado\b|"
    r"\b(?:confundi|j['’]ai\s+confondu|(?:ich\s+)?(?:habe|hab)\s+(?:\w+\s+){0,4}?verwechselt|pomyliłe[mś]\s+z)\b|(?<!\w)перепутал\w*(?!\w)|"
    r"(?:書こう|答えよう|まとめよう|説明しよう)と思います|"
    r"\bI(?:'ll|\s+will)\s+(?:walk|show|point)\s+them\b|"
    r"\b(?:les\s+consignes|de\s+instructies)\s+(?:demandent|disent|exigent|vragen|zeggen|eisen)\b|"
    r"(?:^|(?<=[.!?]\s))(?:straightforward|easy\s+enough|simple\s+enough)\s*[.!]",
    _I | re.MULTILINE,
)

# A check of the reply before it goes out, in both places REGISTER_CHOICE looks for one.
_BEFORE_SENDING = (
    r"(?:before\s+sending|antes\s+de\s+enviar|przed\s+wysłaniem|avant\s+d['’]envoyer|vor\s+dem\s+(?:absenden|senden)|"
    r"prima\s+di\s+inviare)"
)

# Announcing the reply's register or length, or other choices about it, in the first person:
# "Je reste bref parce que…", "Ich halte es formell", "I kept 'postponed' rather than 'delayed'".
REGISTER_CHOICE = re.compile(
    r"(?<!\w)(?:ich\s+halte\s+(?:es|das)|I(?:'m|\s+am)\s+keeping\s+it|je\s+reste|je\s+garde|me\s+mantengo|mantengo|resto|"
    r"ik\s+hou(?:d)?\s+het|ik\s+blijf|trzymam\s+się|fico|mantenho)\s+(?:\w+\s+){0,2}?(?:short|brief|formal|informal|simple|"
    r"general|kurz|formell|informell|allgemein|bref|court|formel|général|breve|formale|informale|generale|kort|formeel|"
    r"informeel|algemeen|geral|sotto)(?!\w)|"
    r"\bI\s+(?:kept|used|chose|went\s+with|picked)\b[^.!?\n]{1,50}\b(?:rather\s+than|instead\s+of)\b|"
    r"\b(?<!checklist\s)"
    + _BEFORE_SENDING
    + r"(?=\s*[:.,;—–]|\s+(?:this|it|the\s+(?:reply|answer|response)|la\s+respuesta|la\s+réponse|la\s+risposta|die\s+antwort)\b)|"
    r"\b(?:fine\s+to\s+send|sending\s+now|j['’]envoie)\b|\bbefore\s+answering,\s+I\b|"
    r"(?:^|(?<=[.!?(]\s)|(?<=[\n(]))(?:[^\W\d_]+\s+){0,2}(?:short|brief|curt[ao]|breve|kurz|courte?|krótk\w+|коротк\w+)\s+"
    r"(?:\w+\s+)?(?:on\s+purpose|de\s+propósito|a\s+propósito|di\s+proposito|absichtlich|volontairement|exprès|celowo|"
    r"специально|намеренно)\s*[.!)]|"
    r"(?:^|(?<=[(\n])|(?<=[.!?]\s))(?:bewusst\s+)?(?:kurz|knapp|förmlich|formell|locker|allgemein|neutral|schlicht)\s+"
    r"gehalten\b|(?:^|(?<=[(\n])|(?<=[.!?]\s))kept\s+(?:it|this)\s+(?:short|brief|formal|simple|general|light)\b|"
    r"(?:^|(?<=[(\n])|(?<=[.!?]\s))(?:trimmed|shortened|condensed|pared)\s+(?:it|this)\s+(?:down\s+)?to\b|"
    r"[(|][^)|\n]{0,40}?\b(?:confirm\w*|check|verif\w*|weryfikacji|zweryfikować|sprawdzić|confirmar|comprobar|vérifier|"
    r"prüfen|controllare)\b[^)|\n]{0,30}?"
    + _BEFORE_SENDING
    + r"\b|(?:核对|确认|核实)[^。！？\n|]{0,8}再发|"
    r"\b(?:three|two|four|five|\d+|drie|twee|drei|zwei|trois|deux|tres|dos|tre|due)\s+(?:sentences|lines|bullets|words|"
    r"zinnen|regels|sätze|sätzen|zeilen|phrases|lignes|frases|líneas|frasi|righe|parole)\s*,?\s*(?:as\s+requested|as\s+asked|"
    r"zoals\s+gevraagd|wie\s+gewünscht|comme\s+demandé|como\s+se\s+pidió|come\s+richiesto|como\s+pedido)|"
    r"\b(?:character|word)\s+(?:limit|cap|count)\s+is\s+\d+|\bstaying\s+(?:inside|within|under)\s+(?:it|the\s+limit)\b|"
    r"\b(?:sounds|seems|looks)\s+like\s+(?:a|an)\s+(?:beginner|student|newbie|novice|kid|parent)\b|"
    r"\bI\s+think\s+that\s+(?:answers|covers)\s+it\b|"
    r"\b(?:ok(?:ay)?|right|alright)[,.]?\s+writing\s+(?:it|this|that)(?:\s+(?:up|now|out))?\b|"
    r"(?<!\w)(?:можно\s+отправлять|(?:финальный|итоговый)\s+ответ\s+готов)(?!\w)|\bfinal\s+answer\s+(?:is\s+)?ready\b|"
    r"\b(?:ready\s+to\s+send|prêt\s+à\s+(?:être\s+)?envoy\w+|fertig\s+zum\s+(?:abschicken|senden)|klaar\s+om\s+te\s+versturen)\b|"
    r"(?<!\w)(?:listo\s+para\s+enviar|pronto\s+para\s+enviar|pronto\s+da\s+inviare|gotowe\s+do\s+wysłania)(?!\w)|"
    r"\b(?:a\s+)?(?:quick|short|simple|small)\s+(?:table|list|answer|example|summary|reply|one-liner)\s+(?:should|would|will)\s+"
    r"(?:do|suffice|work)\b|\b(?:register|tone|approach|way\s+to\s+(?:play|go|handle))\s+(?:for|with|on)\s+this\s+one\b|"
    r"\bto\s+play\s+this\s+one\b|\b(?:is|are)\s+wanted\s+here\b|\bonly\s+(?:the\s+)?[\w\s-]{1,30}?\s+(?:is|are)\s+wanted\b|"
    r"\b(?:sounds|looks|seems)\s+like\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?:question|request|query)\b|"
    r"\bsame\s+(?:\w+\s+){0,2}(?:register|tone|style|format)\s+as\s+(?:the|my)\s+(?:previous|last|earlier)\s+"
    r"(?:reply|answer|response|message)\b|\b(?:\w+\s+){0,3}?(?:paragraphs?|sentences?|lines?|bullets?)\s*,\s*no\s+more\b|"
    r"\b(?:careful|be\s+careful)\s+not\s+to\s+make\s+(?:this|it)\s+(?:sound|look|read)\b|"
    r"\bsending\s+(?:it\s+)?as\s+is\b|\b(?:part|half|bit)\s+of\s+their\s+question\b|"
    r"\b(?:that['’]s|that\s+is)\s+enough\s+(?:detail|info\w*)\s+for\s+(?:a|this|the)\b|\bnothing\s+to\s+fix\b|直接给(?:个)?(?:数|答案|结果)就行|"
    r"\bgemeint\s+ist\s+(?:wohl|vermutlich|sicher|hier)\b|\bich\s+nehme\s+an,?\s+(?:dass\s+)?(?:es|hier)\s+(?:ist|sind)\s+"
    r"[^.)\n]{1,40}\s+gemeint\b|(?:这里|这儿)(?:应该|得|要|再)补(?:充)?一句|これで(?:書く|いく|行く|いこう)|"
    r"\bnon\s+so\s+se\s+(?:intend|vuol|cerc|chied)\w*|(?<!\w)no\s+sé\s+si\s+(?:se\s+refiere|quiere|busca|pide)(?!\w)|"
    r"(?<!\w)não\s+sei\s+se\s+(?:quer|se\s+refere|procura)(?!\w)|\bje\s+ne\s+sais\s+pas\s+s['’]il\s+(?:veut|cherche|parle)\b|"
    r"\bnot\s+sure\s+(?:if|whether)\s+they\s+(?:mean|want)\b|\bweiß\s+nicht,?\s+ob\s+(?:er|sie)\s+(?:meint|will)\b|"
    r"(?<!\w)como\s+(?:me\s+)?(?:pediram|pidieron)\s+(?:uma|una)\s+(?:resposta|respuesta)(?!\w)|"
    r"(?<!\w)(?:è|is|es|ist|est|é)\s+(?:il|the|el|der|le|o)\s+(?:second|secondo|segundo|zweite|deuxième)\s+"
    r"(?:message|messaggio|mensaje|nachricht|mensagem)(?!\w)|"
    r"\b(?:j['’]aurais\s+dû|I\s+should\s+have\s+(?:added|mentioned|included|said|noted|flagged|put|started)|hätte\s+ich\s+\w+\s+sollen|"
    r"debería\s+haber|avrei\s+dovuto|deveria\s+ter|ik\s+had\s+\w+\s+moeten)\b|"
    r"(?<!\w)(?:probablemente|probabilmente|wahrscheinlich|probablement|waarschijnlijk|prawdopodobnie)\s+"
    r"(?:se\s+refiere|si\s+riferisce|meint|veut\s+dire|bedoelt|chodzi)(?!\w)|"
    r"\b(?:dus\s+ik\s+laat|also\s+lasse\s+ich|donc\s+je\s+laisse|quindi\s+lascio)\b|(?<!\w)así\s+que\s+dejo(?!\w)|"
    r"\b(?:since|as)\s+the\s+persona\s+is\b|\b(?:in|of)\s+their\s+(?:loop|code|function|query|script|snippet|regex|sql)\b|"
    r"(?:^|(?<=[.!?]\s))(?:hmm,?\s+)that's\s+(?:too\s+)?(?:thin|short|long|vague|dry)\b|"
    r"\b(?:short|brief|breve|kurz|court|corta|kort|krótko)\b[^.!?\n]{0,30}\b(?:because|perché|porque|parce\s+qu|weil|omdat)\b"
    r"[^.!?\n]{0,30}(?:hurry|fretta|prisa|pressé|eilig|haast|rush)|"
    r"\b(?:deve\s+ser\s+alguém|must\s+be\s+someone|doit\s+être\s+quelqu['’]un|debe\s+ser\s+alguien|"
    r"dev['’]essere\s+qualcuno|muss\s+jemand\s+sein)\b|"
    r"\b(?:necesitamos|tenemos\s+que|dobbiamo|precisamos|nous\s+devons|wir\s+müssen|we\s+need\s+to|we\s+must)\s+"
    r"(?:responder|contestar|rispondere|répondre|antworten|answer|reply|respond)\s+(?:en|in|em|auf)\s+[\w-]+|"
    r"\bthe\s+(?:customer|client)\s+is\s+asking\b|\bcon\s+eso\s+(?:debería\s+)?bastar\w*|\bwill\s+work\s+best\s+for\s+this\b",
    _I | re.MULTILINE,
)

# A plan for the reply in steps, in the first person: "Primeiro vou listar…, depois rodo…",
# "Eerst kijk ik in de logs, daarna…", "先看一下日志，然后再决定…".
SEQUENCE_PLAN = re.compile(
    r"(?:\bfirst(?:\s+of\s+all)?\s*,?\s+(?:I(?:'ll|\s+will|'m\s+going\s+to|\s+need\s+to)|let\s+me)|"
    r"\b(?:zuerst|erst)\s+(?:\w+\s+)?ich|\bd['’]abord\s*,?\s+(?:je|j['’])|(?<!\w)primero\s*,?\s+voy\s+a|"
    r"\b(?:prima|per\s+prima\s+cosa)\s*,?\s+\w+(?:erò|arò|irò)|(?<!\w)primeiro\s*,?\s+vou|\beerst\s+(?:\w+\s+)?ik|"
    r"(?<!\w)najpierw\s+\w+ę)(?!\w)[^.!?\n]{3,100}?"
    r"\b(?:then|dann|danach|puis|ensuite|luego|después|poi|depois|daarna|potem)\b|"
    r"(?<!\w)(?:сначала|спочатку)\s+(?:я\s+)?\w+(?:ю|у)(?!\w)[^.!?\n]{3,100}?(?<!\w)(?:потом|затем|потім|а\s+потім)(?!\w)|"
    r"先(?:看|查|确认|检查)[^。！？\n]{0,40}?(?:然后|再)|"
    r"まず[^。！？\n]{0,40}?(?:から|次に)[^。！？\n]{0,40}?(?:しよう|ようと思います)|먼저[^.\n]{0,40}?(?:겠|자\b)",
    _I,
)
# Corrections announced, in CJK; checking, then "no": "Vérifions… non, 7 × 8 = 56."
CORRECTION_CJK = re.compile(r"정정하겠|정정합니다|바로잡겠|訂正します|更正一下|纠正一下")
CHECK_THEN_NO = re.compile(
    r"\b(?:let\s+me\s+check|checking|vérifions|vérification|comprobemos|verifichiamo|verifiquemos|prüfen\s+wir|"
    r"controleren\s+we|sprawdźmy|проверим|проверяю)\s*[.…,:]*\s*(?:no|non|nein|nee|nie|нет)(?!\w)",
    _I,
)
AS_USER_REQUESTED = re.compile(
    r"\bas\s+(?:requested|asked)\s+by\s+the\s+user\b|\bcome\s+richiesto\s+dall['’]utente\b|"
    r"\bcomme\s+(?:demandé|l['’]a\s+demandé)\s+(?:par\s+)?l['’]utilisateur\b|(?<!\w)como\s+(?:pidió|pedía)\s+el\s+usuario(?!\w)|"
    r"\bwie\s+vom\s+(?:nutzer|user)\s+gewünscht\b|(?<!\w)conforme\s+pedido\s+pelo\s+usuário(?!\w)|"
    r"\bzoals\s+de\s+gebruiker\s+vroeg\b",
    _I,
)
# The user asking, in languages with few other signs here (id, vi, uk, ar, hi).
USER_ASKS_MORE = re.compile(
    r"(?<!\w)(?:pengguna|người\s+dùng|користувач\w*|المستخدم|उपयोगकर्ता)\s+(?:bertanya|ingin|mau|hỏi|muốn|пита\w*|"
    r"хоче\w*|يسأل|يريد|पूछ\w*|चाहत\w*)",
    _I,
)
# A leaked system prompt opening the answer: "You are a helpful assistant. Answer…".
# The prompt echoed at the top: "You are a helpful assistant…", or the chat replayed as a
# transcript, the asker's turn first ("User: how to center a div\nAssistant: Use flexbox…").
ECHOED_PROMPT = re.compile(
    r"\A\s*you\s+are\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:AI\s+)?assistant\b|"
    r"\A\s*(?:user|human|utente|usuario|usuário|utilisateur|nutzer|użytkownik|пользователь|kullanıcı|用户|ユーザー)\s*[:：]"
    r"[^\n]{1,200}\n+\s*(?:assistant|ai|bot|model|asistente|assistente|asystent|ассистент|asistan|助手|アシスタント)\s*[:：]"
    # a transcript shown as an example or a format is the answer's subject
    r"(?![\s\S]*?(?:example|format|few-shot|dataset|template|transcript|beispiel|exemple|ejemplo|esempio|exemplo|"
    r"przykład|пример|örnek|例))",
    _I,
)
# The request restated under a label, then how it was worked: "Q: 72 °F in °C. Method: …".
TERSE_QA = re.compile(
    r"\A\s*(?:q|question|req|request|pregunta|consulta|frage|anfrage|domanda|richiesta|pergunta|pedido|vraag|pytanie|"
    r"вопрос|запрос|soru|iş|görev|課題|问题|問題|題目|質問|要求)\s*[:：][^\n]{0,120}?(?:\n[ \t]*)?"
    r"(?:calculation|calc|method|formula|working|recall|approach|cálculo|método|fórmula|rechnung|berechnung|rekensom|"
    r"berekening|koers|calcolo|metodo|obliczenia|расч[её]т|formül|yöntem|hesap|式|计算|計算|依据|依據|根拠|根据)\s*[:：]",
    _I,
)

# A filler, then what the question is about, opening the text: "Okay, so the question is…",
# "Okay, also geht's um…", "No więc chodzi o to…", "好的，那么问题就是…", "The ask boils down to:".
TOPIC_OPENER = re.compile(
    r"\A\s*(?:ok(?:ay)?|also|so|well|alright|right|tamam|no\s+więc|dobra|bon|bueno|vale|allora|então|итак|ладно|好的|嗯)"
    r"[,，.…]?\s*(?:(?:so|also|yani|那么|czyli|więc|allora|donc|pues|então)[,，]?\s*)?(?:the\s+question\s+is|geht['’]s\s+um|"
    r"es\s+geht\s+um|chodzi\s+o|mesele|问题(?:就)?是|la\s+domanda\s+è|la\s+question\s+est|la\s+pregunta\s+es|"
    r"a\s+pergunta\s+é|вопрос\s+(?:в\s+том|о|про))|\bthe\s+ask\s+(?:boils\s+down\s+to|is\s+(?:basically|simply|just))\b",
    _I,
)
# The answer proper announced after talk before it: "So, jetzt die eigentliche Antwort.",
# "Okay here's what I've got:".
ACTUAL_ANSWER_NEXT = re.compile(
    r"\b(?:now|jetzt|maintenant|ahora|ora|agora|teraz)\s+(?:for\s+)?(?:the|die|la|el|a|l['’])\s*"
    r"(?:actual|eigentliche|vraie|verdadera|vera|verdadeira|real|właściwa)\s+(?:answer|antwort|réponse|respuesta|"
    r"risposta|resposta|odpowiedź)\b|(?<!\w)теперь\s+(?:собственно\s+)?ответ(?!\w)|"
    r"\A\s*(?:ok(?:ay)?,?\s+)?here['’]s\s+what\s+I['’]ve\s+got\s*:|\A\s*(?:ok(?:ay)?,?\s+)?here\s+goes\s*[.:!]|"
    r"(?<!\w)(?:сначала\s+)?разберусь,?\s+что\s+(?:именно\s+)?(?:нужно|просят|хотят|спрашивают)(?!\w)|"
    r"だろうから[^。！？\n]{0,30}(?:ておこう|でおこう|しよう|にしよう)",
    _I,
)
# Its own figures gone over again, in the first person: "Przeliczyłem jeszcze raz: wynik ten
# sam.", "Refiz a conta das polegadas e confere.", "又核对了一遍周长的计算", "3,000 × 1.1 = 3,300
# で確かめ済み". Going over again is the writer's process; a checked fact told to the reader
# ("Verifiquei aqui e a cobrança já foi estornada") has no "again".
RECHECKED = re.compile(
    r"\bI\s+(?:re-?did|re-?ran|re-?computed|re-?calculated|re-?checked|double-checked|went\s+over|ran|checked)\s+"
    r"(?:the\s+|my\s+)?(?:math|maths|numbers|figures|calculation|arithmetic|sums?|conversion|totals?)\s+again\b|"
    r"\bI\s+(?:re-?did|re-?ran|re-?computed|re-?calculated|re-?checked|double-checked)\s+(?:the\s+|my\s+)?(?:math|maths|"
    r"numbers|figures|calculation|arithmetic|sums?|conversion|totals?)\b|"
    r"(?<!\w)(?:przeliczyłe[mś]|sprawdziłe[mś]|policzyłe[mś])\s+(?:to\s+)?(?:jeszcze\s+raz|ponownie|dwa\s+razy)(?!\w)|"
    r"(?<!\w)(?:refiz|recalculei|refiz\s+de\s+novo)\s+(?:a|o|as|os)\s+(?:conta|contas|cálculo|cálculos)(?!\w)|"
    r"(?<!\w)(?:conferi|verifiquei|calculei|confirmei)\s+(?:de\s+novo|novamente|duas\s+vezes|outra\s+vez)(?!\w)|"
    r"(?<!\w)(?:volví\s+a\s+(?:calcular|comprobar|revisar|hacer\s+(?:la|las)\s+cuentas?)|he\s+vuelto\s+a\s+(?:calcular|comprobar)|"
    r"(?:comprobé|calculé|revisé)\s+(?:de\s+nuevo|otra\s+vez|dos\s+veces))(?!\w)|"
    r"\bho\s+(?:ricontrollato|ricalcolato|rifatto\s+(?:il|i)\s+cont[oi])\b|"
    r"\bho\s+(?:controllato|verificato)\s+(?:di\s+nuovo|due\s+volte|ancora)\b|"
    r"\b(?:recompté|j['’]ai\s+(?:vérifié|refait|recompté)\s+(?:le\s+calcul|deux\s+fois|à\s+nouveau|encore))\b|"
    r"\bich\s+habe\s+(?:es\s+|das\s+)?(?:noch\s*(?:ein)?mal\s+)?nachgerechnet\b|\b(?:kurz\s+)?gegengeprüft\b|"
    r"\bje\s+(?:re)?vérifie\s*[:：]|"
    r"(?<!\w)(?:bir\s+(?:kez|kere)\s+daha|tekrar)\s+(?:kontrol\s+ettim|hesapladım|baktım|bakayım|kontrol\s+edeyim)(?!\w)|"
    r"(?<!\w)(?:\w+\s+)?bir\s+(?:kez|kere)\s+daha\s+kontrol\s+ettim(?!\w)|"
    r"(?:我)?(?:又|再)(?:核对|验证|检查|核实|算|验算)(?:了)?一(?:遍|下|次)|(?:我)?(?:重新|再次)(?:核对|验算|计算)了|"
    r"(?:確かめ|検算)(?:済み|ました)|もう一度(?:計算|確認)しました|計算し直し(?:ました|た)|"
    # pro-drop, opening a sentence: "Ran the number a second time to be safe — 177 holds."
    r"(?:^|(?<=[.!?(]\s)|(?<=[(]))(?:re-?ran|ran|redid|did|went\s+over|checked|re-?checked|worked)\s+(?:the\s+|that\s+)?"
    r"(?:math|maths|numbers?|figures?|calculation|arithmetic|sums?|conversion|totals?)\s+(?:again|a\s+second\s+time|twice|"
    r"one\s+more\s+time)\b",
    _I,
)

# Doubting its own output, then keeping it: "Hmm, the last line is weak… lo lascio."
DOUBT = re.compile(
    r"\b(?:hmm+|hm|maybe|perhaps|might\s+be|forse|peut-être|vielleicht|misschien|talvez|quizás|tal\s+vez|может|"
    r"thinking\s+about\s+it)\b|嗯|好像|えーと|かな",
    _I,
)
KEEP_AS_IS = re.compile(
    r"\b(?:ok(?:ay)?,?\s+)?keeping\s+it\b|(?:^|(?<=[.!?]\s))keep(?:ing)?(?:\s+it)?\s*[.!]|\bmoving\s+on\s*[.!]|"
    r"\bI'll\s+leave\s+it\s+(?:as\s+is|there|like\s+that)\b|\btant\s+pis\b|\bje\s+(?:le\s+)?laisse\s+(?:comme\s+ça|ainsi)\b|"
    r"\blo\s+lascio\b|\bva\s+bene\s+così\b|(?<!\w)lo\s+dejo\s+(?:así|como\s+está)(?!\w)|(?<!\w)deixo\s+(?:assim|como\s+está)(?!\w)|"
    r"\blass(?:e)?\s+ich\s+(?:es\s+)?so\b|\blaat\s+ik\s+(?:het\s+)?zo\b|(?<!\w)(?:оставлю\s+так|сойдёт)(?!\w)|"
    r"先这样吧|就这样吧|このままで(?:いい|いこう)|まあいいか",
    _I,
)
THREAD_SUMMARY = re.compile(
    r"\b(?:most\s+replies|(?:the\s+)?other\s+(?:replies|commenters|users)|commenters|the\s+thread|top\s+answer|upvoted|"
    r"(?:the|a|that)\s+(?:forum|reddit|mailing[- ]list|github)\s+(?:thread|post|issue)|on\s+(?:stack\s+overflow|reddit|the\s+forum))\b",
    _I,
)

# An opening clause that names the reply's constraint as its reason, up to a colon: "Skoro ma
# być bez żargonu:", "Visto che il limite è una frase sola:", "Kurzfassung, weil Kürze gewünscht war:".
CONSTRAINT_OPENER = re.compile(
    r"\A\s*(?:(?:since|as|given\s+that|skoro|visto\s+che|dato\s+che|poiché|siccome|puisque|comme|como|ya\s+que|já\s+que|"
    r"da|weil|raz|поскольку|так\s+как|madem)\b[^:\n]{0,60}?(?:polecenie\s+(?:każe|wymaga|mówi)|"
    r"(?:the|il|el|la|le|o)\s+(?:limit|limite|límite)\s+"
    r"(?:is|è|es|est|é|ist)|(?:word|character|length)\s+limit|frase\s+sola|una\s+sola\s+frase|one\s+sentence|"
    r"une\s+(?:seule\s+)?phrase|jedno\s+zdanie|одно\s+предложение|bez\s+żargonu|(?:without|no)\s+jargon|sans\s+jargon|"
    r"senza\s+gergo|sin\s+jerga|sem\s+jargão|ohne\s+(?:fach)?jargon|kürze|brevity|brevità|brevedad|brièveté|лимит)|"
    r"[^:\n]{0,30}?\b(?:weil|because|since|parce\s+que|porque|perché|bo|так\s+как)\b[^:\n]{0,40}?(?:gewünscht|requested|"
    r"asked\s+for|demandé|pedido|richiesto|wymagan\w*|требовал\w*))[^:\n]{0,30}:",
    _I,
)

# The request as a task given to the writer, opening the answer: "We've been asked to fix…",
# "Me han pedido responder solo con sí o no, así que:", "W poleceniu było „maksymalnie trzy
# punkty”", "要求用一句话回答，那就一句：". A letter or a story opens otherwise.
ASKED_OF_ME = re.compile(
    r"\A\s*(?:(?:I|we)(?:['’]ve|\s+have)\s+been\s+asked\s+(?:to|for)\b|(?:me|nos)\s+(?:han\s+pedido|pidieron|piden)\b|"
    r"(?:mi|ci)\s+(?:hanno|è\s+stato)\s+chiesto\b|on\s+m['’]a\s+demandé\s+d|(?:me\s+)?pediram(?:-me)?\s+(?:para|que)\b|"
    r"poproszono\s+mnie\b|меня\s+попросили\b|w\s+poleceniu\s+(?:było|jest|stoi)\b|"
    r"asked\s+for\s+[\"“'‘][^\"”'’\n]{1,40}[\"”'’]\s*[—–-]+\s*so\b|"
    r"(?:seguindo|respeitando|siguiendo|respetando|rispettando|en\s+respectant|following|within)\s+(?:o|el|il|la|le|the)\s+"
    r"(?:limite|límite|limit)\s+(?:de|di|of)\s+\w+\s+(?:frases|palavras|palabras|parole|phrases|mots|sentences|words)"
    r"(?:\s+[^\W\d_]+){0,2}\s*[:：]|"
    r"lo\s+que\s+se\s+nos\s+pide|ce\s+qu['’]on\s+nous\s+demande|quello\s+che\s+ci\s+(?:viene\s+chiesto|si\s+chiede)|"
    r"o\s+que\s+(?:se\s+)?nos\s+(?:é\s+)?ped\w*|what\s+we(?:['’]re|\s+are)\s+(?:being\s+)?asked)|"
    r"\A\s*要求(?:用|是|只)[^。！？\n]{1,20}[，,]\s*(?:那就|就)",
    _I,
)

# The instructions as the reason for how the reply is written: "comme l'exige la consigne",
# "yazmam istendiği için düz metinle anlatıyorum", "敬語なしでという指定なので", "como pide el
# enunciado". A worked exercise quotes its task for the reader; it does not obey it aloud.
OBEYS_INSTRUCTION = re.compile(
    r"\b(?:as|like)\s+the\s+(?:instructions?|brief|prompt|system\s+prompt|task\s+description)\s+(?:requires?|demands?|"
    r"asks?|wants?|specif(?:y|ies))\b|"
    r"\bcomme\s+l['’]exige(?:nt)?\s+(?:la\s+consigne|les\s+consignes|l['’]énoncé|le\s+prompt|les\s+instructions)\b|"
    r"(?<!\w)como\s+(?:exige|pide|indica|manda)n?\s+(?:la\s+consigna|el\s+enunciado|las\s+instrucciones|el\s+prompt|"
    r"o\s+enunciado|a\s+instrução|as\s+instruções|o\s+prompt)(?!\w)|"
    r"\bcome\s+(?:richiede|chiede|impone|vuole)(?:no)?\s+(?:la\s+consegna|il\s+prompt|le\s+istruzioni)\b|"
    r"\bwie\s+(?:es\s+)?(?:die\s+)?(?:vorgabe|anweisung|aufgabenstellung|anweisungen)\s+(?:es\s+)?(?:verlangt|verlangen|"
    r"vorschreibt|vorschreiben|will)\b|"
    r"(?<!\w)как\s+(?:требует|просит)\s+(?:задание|инструкция|условие|промпт)(?!\w)|"
    r"(?<!\w)\w+(?:mam|mem|mamız|memiz)\s+istendiği\s+(?:için|gibi)(?!\w)|"
    r"という指定(?:なので|だから|があるので|に従って|どおり|通り)|指示に[^。！？\n]{0,30}とある(?:ので|から)|"
    r"(?:按照|根据)(?:指示|要求|提示)[，,]?(?:我(?!们|們|司)|这里)|"
    # the instructions cited, then obeyed: "The rules here say bullet points only, so:"
    r"(?:\bthe\s+(?:rules|instructions?|guidelines)\s+here\s+say|\bvolgens\s+de\s+(?:opdracht|instructies)|"
    r"(?<!\w)(?:skoro\s+)?w\s+instrukcji\s+jest|(?<!\w)las\s+(?:indicaciones|instrucciones)\s+dicen|\bla\s+consigne\s+dit|"
    r"\bdie\s+(?:anweisung|vorgabe)\s+(?:sagt|lautet)|(?<!\w)as\s+instruções\s+dizem|(?<!\w)в\s+инструкции\s+сказано)"
    r"[^.\n]{0,80}?(?:,\s*(?:so|dus|więc|to\s+tak|así\s+que|donc|also|então|поэтому)\b|:[ \t]*$)|"
    r"\bmi\s+è\s+stato\s+chiesto\s+di\b|(?<!\w)me\s+han\s+pedido\s+que(?!\w)",
    _I | re.MULTILINE,
)

# A fact just stated, taken back in the next breath: "Amsterdam heeft 1,2 miljoen inwoners. Nee,
# dat is de regio.", "…ve 13. století... ne, to byl Juditin most.". After a question the same
# "No, that's…" answers it, so a question mark before it is left alone.
TAKES_BACK = re.compile(
    r"(?:(?<=[.…]\s)|(?<=\.\.\.\s))(?:no|nope|nein|non|nee|nie|нет|hayır|ne|não)\s*[,.—–]\s*(?:that['’]s|that\s+(?:is|was)|"
    r"das\s+(?:ist|war)|c['’](?:est|était)|dat\s+(?:is|was)|to\s+(?:jest|był[oa]?|je|byl[oa]?)|это|eso\s+es|esa\s+es|"
    r"questo\s+è|quello\s+è|isso\s+é|bu\s+(?:\w+\s+)?(?:değil|idi))(?!\w)",
    _I,
)
# The asker's question told in the third person with no subject, opening a sentence: "Mah,
# chiede quanto dura un passaporto.", "Pyta, czy…", "Спрашивает, сколько…", "Asks whether…".
# Only forms that cannot be an imperative to the reader ("pregunta si", "demande si" can).
ASKS_UNSAID_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))asks\s+(?:how|what|whether|if|which|where|when|why|about)\b|"
    r"(?:^|(?<=[.!?,]\s)|(?<=\n))(?:chiede|chiedeva)\s+(?:quanto|se|come|cosa|quale|dove|quando|perché|di)\b|"
    r"(?:^|(?<=[.!?,]\s)|(?<=\n))(?:pyta|pytał[a]?),?\s+(?:czy|jak|co|ile|gdzie|kiedy|dlaczego|o)(?!\w)|"
    r"(?:^|(?<=[.!?,]\s)|(?<=\n))(?:спрашивает|спрашивал[а]?),?\s+(?:сколько|как|что|где|когда|почему|можно|про|о|ли)(?!\w)",
    _I,
)
# A guess at the asker's mood as the reason for something done in the reply, with no subject:
# "Sounded pretty annoyed, so I front-loaded the apology."
MOOD_SO_I_DID = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:sounded|seemed|sounds|seems)\s+(?:\w+\s+){0,3}?\w+\s*[,;—–-]+\s*so\s+I\s+"
    r"(?:[\w-]+ed|kept|left|put|made|went|wrote|gave|led|cut|took|chose)\b",
    _I,
)

# What the writer puts in or leaves out of its reply, in the first person, with the reason in
# the same sentence: "Mi limito all'equivalente idiomatico, niente etimologia, tanto non serve.",
# "Kıdem tazminatına girmiyorum, soru sadece ihbarla ilgiliydi.", "Vou elogiar a cena do mercado
# também, pra equilibrar a crítica.", "Раз автор — школьник, не буду грузить терминами.".
_LEAVES_OUT = (
    r"\bI(?:'ll|\s+will)\s+(?:stop\s+before|leave\s+out|skip|hold\s+off\s+on)\b|\bI(?:'m|\s+am)\s+(?:leaving\s+out|skipping|"
    r"not\s+going\s+into)\b|"
    r"(?<!\w)(?:vou|não\s+vou)\s+(?:elogiar|mencionar|incluir|deixar\s+de\s+fora|focar|citar|reforçar|detalhar|entrar\s+em)(?!\w)|"
    r"(?<!\w)(?:mi\s+limito|non\s+cito|eviterò|lascio\s+fuori|non\s+entro\s+n|mi\s+fermo)(?!\w)|"
    r"(?<!\w)(?:mejor\s+pongo|me\s+limito|no\s+entro\s+en|dejo\s+fuera|no\s+incluyo|no\s+menciono)(?!\w)|"
    r"\b(?:je\s+m['’]en\s+tiens|je\s+n['’]entre\s+pas|je\s+ne\s+(?:détaille|mentionne|cite)\s+pas|"
    r"je\s+ne\s+vais\s+pas\s+(?:détailler|entrer|m['’]attarder|développer|parler)|"
    r"pas\s+besoin\s+d['’](?:expliquer|ajouter|détailler))\b|"
    r"\b(?:ich\s+lasse\s+(?:\w+\s+){1,3}weg|lasse\s+ich\s+weg|ich\s+gehe\s+nicht\s+auf|ich\s+beschränke\s+mich)\b|"
    r"(?<!\w)(?:nie\s+będę\s+(?:się\s+rozpisywać|wchodzić|tłumaczyć|owijać)|pominę|pomijam|dopiszę)(?!\w)|"
    r"(?<!\w)(?:не\s+буду\s+(?:грузить|углубляться|вдаваться|расписывать|перечислять|усложнять)|опущу|не\s+стану)(?!\w)|"
    r"(?<!\w)(?:girmiyorum|değinmiyorum|bahsetmiyorum|eklemiyorum)(?!\w)|"
    r"我(?:这里)?(?:就不|先不|不展开|要说得)|就用这个吧|不用(?:再)?展开|不必(?:再)?展开|无需展开"
)
_WHY = (
    r"(?<!\w)(?:because|since|as|that\s+belongs|pra|para|porque|já\s+que|tanto|perché|dato\s+che|visto\s+che|sennò|"
    r"altrimenti|ya\s+que|parce\s+que|puisque|car|weil|denn|bo|ponieważ|żeby|а\s+то|потому\s+что|так\s+как|чтобы|раз|"
    r"çünkü|zaten|soru|niente|nada|rien)(?!\w)|因为|毕竟|反正|既然|題目|题目|够用了|就够了|足够了|"
    # what was asked, or the reply itself, as the reason
    r"\b(?:ce\s+n['’]est\s+pas\s+ce\s+qui|not\s+what\s+was\s+asked|no\s+es\s+lo\s+que|non\s+è\s+quello|"
    r"não\s+é\s+o\s+que|nicht\s+gefragt|nie\s+o\s+to|the\s+(?:answer|reply)|la\s+(?:réponse|respuesta|risposta)|"
    r"a\s+resposta|die\s+antwort|odpowiedź|ответ)\b"
)
LEAVES_OUT_BECAUSE = re.compile(
    rf"(?:{_LEAVES_OUT})[^.!?。！？\n]{{0,80}}?(?:{_WHY})|(?:{_WHY})[^.!?。！？\n]{{0,60}}?(?:{_LEAVES_OUT})",
    _I,
)

# The request told in parts, "now the second part of the question" ("teraz druga część pytania",
# "jetzt zum zweiten Teil der Frage"): the reader's question is "your question".
QUESTION_PART = re.compile(
    r"\b(?:first|second|other|next|last|remaining)\s+(?:part|half)\s+of\s+the\s+(?:question|request|ask)\b|"
    r"(?<!\w)(?:pierwsz\w+|drug\w+|ostatni\w+)\s+częś\w+\s+pytania(?!\w)|"
    r"\b(?:ersten?|zweiten?|letzten?|anderen?)\s+teil\s+der\s+(?:frage|anfrage)\b|"
    r"\b(?:première|deuxième|seconde|dernière|autre)\s+partie\s+de\s+la\s+(?:question|demande)\b|"
    r"(?<!\w)(?:primera|segunda|otra|última)\s+parte\s+de\s+la\s+(?:pregunta|consulta)(?!\w)|"
    r"\b(?:prima|seconda|altra|ultima)\s+parte\s+della\s+(?:domanda|richiesta)\b|"
    r"(?<!\w)(?:primeira|segunda|outra|última)\s+parte\s+da\s+pergunta(?!\w)|"
    r"(?<!\w)(?:перв\w+|втор\w+|друг\w+|последн\w+)\s+част\w+\s+вопроса(?!\w)|"
    r"(?<!\w)sorunun\s+(?:ilk|ikinci|diğer|son)\s+(?:kısmı|kısmına|yarısı)(?!\w)|"
    r"问题的(?:第二|另一|后半|最后一)部分|質問の(?:後半|二つ目|もう一つ)",
    _I,
)
# A question to itself about the reply, answered by what was not asked: "Faut-il un rosé ? Pas
# demandé. Non.", "should refunds be in here? not in their description. leaving out."
NOT_ASKED_ANSWER = re.compile(
    r"\?\s*\(?\s*(?:not\s+asked(?:\s+for)?|nobody\s+asked|not\s+in\s+(?:their|the)\s+(?:description|question|request|spec)|"
    r"pas\s+demandé|personne\s+(?:ne\s+)?l['’]a\s+demandé|no\s+(?:lo\s+)?(?:pidió|pidieron|pedido)|non\s+(?:richiest[oa]|chiesto)|"
    r"nicht\s+gefragt|nicht\s+verlangt|não\s+(?:foi\s+)?pedido|ninguém\s+pediu|nie\s+pytał\w*|nikt\s+nie\s+pytał|"
    r"не\s+спрашивал\w*|не\s+просил\w*|sorulmadı|istenmedi)(?!\w)",
    _I,
)

# A verbless note on the reply's form, a sentence of its own: "Kurz.", "One line.", "Two
# sentences tops.", "Коротко, без лекции.", "簡潔にまとめる。", "Antwort auf Niederländisch, …".
# Alone it is a small sign: a caption or a list item can be one word; beside a lean of the
# learned model or another sign it tells.
_FORM_WORD = (
    r"(?:keep\s+it\s+)?(?:short|brief|concise|terse)|one\s+(?:line|sentence|paragraph)|"
    r"(?:two|three|2|3)\s+(?:sentences|lines|bullets|paragraphs)(?:\s+(?:tops|max|at\s+most))?|no\s+jargon|no\s+code|"
    r"literal\s+is\s+fine|plain\s+language|kurz(?:\s+halten)?|knapp|ein\s+satz|ohne\s+(?:fach)?jargon|court|bref|"
    r"une\s+phrase|sans\s+jargon|breve|corto|una\s+frase|sin\s+jerga|senza\s+gergo|rispondere\s+breve|curto|uma\s+frase|"
    r"sem\s+jargão|krótko|zwięźle|jedno\s+zdanie|bez\s+żargonu|коротко|кратко|одно\s+предложение|без\s+лекции|"
    r"без\s+терминов|kısa(?:ca)?|tek\s+cümle"
)
_REPLY_IN = (
    r"(?:answer|reply|antwort|réponse|respuesta|risposta|resposta|odpowiedź|ответ|cevap)\s+(?:in|auf|en|em|po|на)\s+"
    r"[^\W\d_]+"
)
FORM_FRAGMENT = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?:ok(?:ay)?,?\s+)?(?:(?:{_FORM_WORD})(?:\s*,\s*(?:{_FORM_WORD}))*\s*[.!](?=\s|$)|"
    rf"(?:{_REPLY_IN})\s*[,.])|"
    r"簡潔にまとめる|短くまとめる|简短回答|简单回答一下|一句话回答",
    _I,
)

# The reply's language chosen at the top, with the reason: "Auf Englisch, weil er den Text
# seiner britischen Kollegin schicken will:", "In French, since she's writing to her landlord:".
_LANGUAGE_NAME = (
    r"(?:engl|angl|ingl|angiel|англ|deutsch|german|allemand|alemán|tedesco|alemão|niemieck|немецк|fran[cz]|french|"
    r"französ|spani|espagnol|español|spagnol|espanhol|hiszpa|испан|ital|portug|poln|polish|polonais|polaco|polacco|"
    r"polonês|russ|rus|türk|turk|chin|japan|japon|giappon|holl|dutch|niederl|néerl)\w*"
)
LANGUAGE_BECAUSE = re.compile(
    rf"\A\s*(?:auf|in|en|em|po|на)\s+{_LANGUAGE_NAME}\s*,\s*(?:weil|da|since|because|as|car|parce\s+qu\w*|puisqu\w*|"
    r"porque|ya\s+que|já\s+que|perché|poiché|dato\s+che|bo|ponieważ|потому\s+что|так\s+как)\b[^\n:]{0,100}:",
    _I,
)

# Pure signs: (rule, weight, pattern, dropped when addressed to the reader).
SIGNS: tuple[tuple[str, float, re.Pattern[str], bool], ...] = (
    ("plans the reply", 1.5, WEIGHS_ADDING, False),
    ("plans the reply", 1.5, WORTH_ADDING, True),
    ("restates its instructions", 1.5, INSTRUCTION_TALK, True),
    ("restates its instructions", 1.5, INSTRUCTIONS_APPLIED, True),
    ("thinks aloud", 1.5, THINK_ALOUD, False),
    ("narrates the requester", 1.5, ASKER_NOUN, True),
    ("narrates the requester", 1.5, JUDGING_BY, True),
    ("plans the reply", 1.5, ASSUMING, True),
    ("checks its own reply", 1.0, SUFFICES, True),
    ("plans the reply", 1.5, PLAN_BECAUSE, True),
    ("plans the reply", 1.5, ASSUMPTION, True),
    ("thinks aloud", 1.5, DELIBERATE, True),
    ("plans the reply", 1.5, SO_I_CHOSE, True),
    ("narrates the requester", 1.5, WONDER, True),
    ("plans the reply", 0.75, I_WILL, True),
    ("thinks aloud", 1.5, SHOULD_I, False),
    ("plans the reply", 1.5, FORMAT_PLAN, True),
    ("plans the reply", 1.5, STRUCTURE_PLAN, True),
    ("narrates the request", 1.5, KIND_ALONE, True),
    ("corrects itself aloud", 1.5, PROCESS_ADMISSION, True),
    ("labels its plan for the reply", 1.5, PROCESS_STEP, False),
    ("restates its instructions", 1.5, CJK_INSTRUCTION, False),
    ("notes to itself", 1.5, TERSE_QA, False),
    ("corrects itself aloud", 1.0, CORRECTION_CJK, False),
    ("corrects itself aloud", 1.5, CHECK_THEN_NO, False),
    ("narrates the requester", 1.5, AS_USER_REQUESTED, True),
    ("restates its instructions", 1.5, ECHOED_PROMPT, False),
    ("narrates the requester", 1.5, USER_ASKS_MORE, True),
    ("checks its own reply", 1.5, ANSWER_TALK, False),
    ("narrates the request", 1.5, REQUEST_REF, True),
    ("plans the reply", 1.5, SO_REPLY_FORM, True),
    ("plans the reply", 1.5, TOOL_TALK, True),
    ("labels its thinking", 2.0, OWN_WORK_LABEL, False),
    ("labels its thinking", 2.0, REACT, False),
    ("narrates the request", 1.0, REQUEST_KIND, True),
    ("narrates the requester", 1.5, AS_THEY_WANTED, True),
    ("labels its thinking", 2.0, DETAILS_REASONING, False),
    ("narrates the request", 1.5, REQUEST_SIZED, True),
    ("plans the reply", 1.5, BRIEF_BECAUSE, True),
    ("checks its own reply", 1.5, CHECKED_ABOUT_ASKER, False),
    ("checks its own reply", 1.5, LABELLED_CHECK, False),
    ("plans the reply", 1.5, PROCESS_TALK, True),
    ("plans the reply", 1.5, REGISTER_CHOICE, True),
    ("restates its instructions", 1.5, CONSTRAINT_OPENER, True),
    ("checks its own reply", 1.5, RECHECKED, True),
    ("plans the reply", 1.5, ACTUAL_ANSWER_NEXT, False),
    ("narrates the request", 1.5, TOPIC_OPENER, False),
    ("restates its instructions", 1.5, ASKED_OF_ME, False),
    ("restates its instructions", 1.5, OBEYS_INSTRUCTION, True),
    ("corrects itself aloud", 1.5, TAKES_BACK, False),
    ("narrates the requester", 1.5, ASKS_UNSAID_SUBJECT, True),
    ("narrates the requester", 1.5, MOOD_SO_I_DID, False),
    ("plans the reply", 1.5, LEAVES_OUT_BECAUSE, True),
    ("narrates the request", 1.5, QUESTION_PART, True),
    ("thinks aloud", 1.5, NOT_ASKED_ANSWER, False),
    ("notes to itself", 1.0, FORM_FRAGMENT, True),
    ("plans the reply", 1.5, LANGUAGE_BECAUSE, False),
)


def _sentence(text: str, start: int, end: int) -> str:
    lo = max(text.rfind(c, 0, start) for c in ".!?。！？\n") + 1
    his = [i for i in (text.find(c, end) for c in ".!?。！？\n") if i >= 0]
    return text[lo : min(his) if his else len(text)]


def narration_signs(text: str, story: bool) -> Iterator[tuple[str, float, int, int, bool]]:
    """Every cross-language narration sign in `text` (already masked; `story`: it tells one)."""
    people = LETTER.match(text) or all(g.search(text) for g in GENDERS) or NAMED_ASKER.search(text)
    for match in ASKER_PRONOUN.finditer(text if not people else ""):
        verb_end = match.end("verb") if match.group("verb") else match.end("who2")
        if STORY_OBJECT.match(text, verb_end) or STORY.search(_sentence(text, *match.span())):
            continue  # "he asked her", "she had been asked": a story about people
        yield "narrates the requester", 1.0, match.start(), match.end(), True
    for match in CONTEXT_SHIFT.finditer(text):
        if re.search(ASK_TOPIC, _sentence(text, match.start(), match.end()), _I):
            yield "narrates the conversation", 1.5, match.start(), match.end(), True
    for match in SIZING_UP.finditer(text if not people else ""):
        decides = SO_DECIDES.match(text, match.end()) or ASKER_ONLY.fullmatch(match.group("who"))
        yield "narrates the requester", 1.5 if decides else 1.0, match.start(), match.end(), True
    told = not people and not STORY.search(text)  # not a story or letter: "he" is the asker
    for match in ROLE_ASKER.finditer(text if told else ""):
        yield "narrates the requester", 1.0, match.start(), match.end(), True
    yield from source_signs(text, told)
    for match in WHO_ASKED.finditer(text if told else ""):
        if THREAD_SUMMARY.search(_sentence(text, match.start(), match.end())):
            continue  # "the person who asked this in the forum thread": someone asking elsewhere
        yield "narrates the requester", 1.5, match.start(), match.end(), True
    for pattern in (PRO_DROP_ASK, SO_WANTS):
        for match in pattern.finditer(text if not people else ""):
            yield "narrates the requester", 1.5, match.start(), match.end(), True
    for match in INTERPRETING.finditer(text):
        sentence = _sentence(text, match.start(), match.end())
        if not MAIN_VERB.search(sentence, match.end() - match.start()):  # not "… as Y is common"
            yield "plans the reply", 1.5, match.start(), match.end(), True
    tail = max(0, len(text.rstrip()) - 220)
    for match in COVERAGE.finditer(text if told else "", tail):
        yield "checks its own reply", 1.5, match.start(), match.end(), True
    last = max(0, len(text.rstrip()) - 160)
    for match in ASKED_PAST_RE.finditer(text if told else "", last):
        yield "narrates the requester", 1.5, match.start(), match.end(), True  # "…lo que buscaba."
    for match in CHOICE.finditer(text):
        rest = match.group("rest")
        reason = BECAUSE_RE.search(rest)
        if reason and THIRD_PERSON.search(rest, reason.end()):
            yield "plans the reply", 1.5, match.start(), match.end(), True
    for match in KEEP_AS_IS.finditer(text):
        if DOUBT.search(text, max(0, match.start() - 160), match.start()):
            yield "checks its own reply", 1.5, match.start(), match.end(), False
    thread = THREAD_SUMMARY.search(text)  # "The OP asked… Most replies said…": a thread, summarised
    for rule, weight, pattern, unaddressed in SIGNS:
        # a thread's OP is not the asker; a character thinks aloud in a story
        skip = (thread and pattern is ASKER_NOUN) or (story and pattern is THINK_ALOUD)
        for match in pattern.finditer(text if not skip else ""):
            yield rule, weight, match.start(), match.end(), unaddressed
    first = PARAGRAPH_BREAK.search(text)
    if first and text[first.end() :].strip():
        head = text[: first.start()]
        plan = SEQUENCE_PLAN.search(head)
        if plan and not YOU.search(head):  # "Zuerst lese ich die Zeitung…" alone is a routine
            yield "plans the reply", 1.5, plan.start(), plan.end(), True
        notes = list(IMPERATIVE_NOTE.finditer(head))
        if len(notes) >= 2 and not YOU.search(head):
            yield "notes to itself", 2.0, notes[0].start(), notes[-1].end(), False
    for match in THE_USER.finditer(text):
        if not SOFTWARE.search(_sentence(text, match.start(), match.end())):
            yield "narrates the requester", 1.0, match.start(), match.end(), True
    for match in DECISION.finditer(text):
        rest = match.group("rest")
        reasoned = bool(match.group("checked") or DECISION_REASON.search(rest))
        if reasoned and not PARTICIPLE_SUBJECT.match(rest):
            yield "plans the reply", 1.5, match.start(), match.end(), True
    for match in CHECK_ALOUD.finditer(text):
        if text.startswith(":", match.end()) and STEPS.search(text):
            continue  # "Let me check: 2·4 + 3 = 11.": a worked solution's check, for the reader
        if VERDICT.search(text, match.end(), match.end() + 240):
            yield "checks its own reply", 1.5, match.start(), match.end(), False
    for match in STOP.finditer(text if not story else ""):
        if not STOP_PUNCT.match(match.group("rest")):
            continue  # "Espere a pressão sair…", "Wait times at…": waiting for something, not a stop
        if RETRACTS.search(match.group("rest")) or NEGATED.match(match.group("rest")):
            yield "corrects itself aloud", 1.5, match.start(), match.end(), False
