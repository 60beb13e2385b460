"""What the asker said, or what a tool returned, given as the reason for a choice about the reply.

Several shapes, each in many languages:

- the asker's words reported in the third person or without a pronoun ("since they mentioned
  their home Wi-Fi", "la domanda specificava", "в вопросе было «за две недели»", "さっき言って
  いた"), in the same sentence as a choice the writer makes about the reply ("so I'll", "daher
  passt", "lo ajusto", "dam jej", "入れておくべきだろう");
- the asker's saying, or what they left unsaid, as the ground of the answer on its own
  ("since they didn't specify", "Pelo que ele descreveu", "看她的描述"), and the asker as "he"
  or "she" asking ("Ele está perguntando sobre…");
- a tool, a search or a document narrated before the answer ("The search returned two dates",
  "検索結果によると"), with the writer's decision about what to use from it ("so I take 1962",
  "公式サイトを優先します"), in a first paragraph that the answer follows.

In the first and the last shape either part alone is ordinary prose: answers quote documents,
and they say "I'd". Together they are the writer talking to itself about how it answers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from harness.checks._text import PARAGRAPH_BREAK
from harness.checks._text import alternation as _alt

_I = re.IGNORECASE | re.MULTILINE


# The asker's words, reported: pronoun or role and a verb of saying, or the request as speaker.
REPORTED_ASKER = re.compile(
    _alt(
        r"\b(?:they|he|she)\s+(?:\w+\s+)?(?:mentioned|said|described|posted|pasted|wrote|noted|told\s+us|specified|"
        r"listed|shared|explained)\b",
        r"\b(?:snippet|code|text|file|itinerary|message|draft|setup|data)\s+(?:they|he|she)\s+(?:posted|pasted|sent|"
        r"shared|wrote|gave|described|mentioned)\b",
        r"\btheir\s+(?:message|question|itinerary|snippet|code|post|note|draft|request)\s+(?:mentioned|said|says|mentions)\b",
        r"\bthe\s+(?:question|request|(?:last\s+)?message|prompt|brief)\s+(?:said|says|mentioned|specified|stated|was|"
        r"explicitly)\b|\bhow\s+the\s+question\s+was\s+(?:worded|phrased)\b|\bthey\s+(?:already\s+)?(?:tried|hit|have|had|use)\b",
        r"\b(?:which\s+is\s+)?what\s+was\s+(?:described|asked|requested|mentioned)\b",
        r"\bas\s+(?:they|he|she)\s+(?:described|said|mentioned|put\s+it)\b|\bthat\s+was\s+the\s+setup\b",
        r"\b(?:die\s+frage|die\s+anfrage|die\s+nachricht|die\s+aufgabe)\s+(?:klang|war|lautete|erwähnte|nannte|sagte|"
        r"betraf|ging)\b|\b(?:hatte|hatten)\s+(?:\w+\s+){0,4}?(?:gefragt|geschrieben|erwähnt|gesagt)\b|"
        r"\bin\s+der\s+(?:frage|anfrage|nachricht)\s+(?:stand|steht|hieß)\b|\bnicht\s+gefragt\b|"
        r"\b(?:die\s+)?anfrage\s+sagt\b|\bwie\s+(?:in\s+der\s+frage|angegeben)\b",
        r"\bla\s+(?:question|demande)\s+(?:était|portait|disait|précisait|mentionnait|parlait)\b|"
        r"\b(?:il|elle|ils|elles)\s+(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:dit|écrit|mentionné|précisé|demandé|"
        r"indiqué|décrit|raconté|expliqué)\b|\bje\s+relis\s+la\s+question\b|\b(?:de\s+)?son\s+message\b",
        r"(?<!\w)(?:la\s+pregunta|el\s+mensaje|la\s+consulta)\s+(?:era|decía|pedía|mencionaba|hablaba)(?!\w)|"
        r"(?<!\w)(?:me|nos)\s+(?:escribió|pidió|preguntó|dijo|comentó|contó|pidieron|preguntaron|escribieron)(?!\w)|"
        r"(?<!\w)(?:lo\s+que|que|como)\s+(?:pidió|preguntó|preguntaba|pedía|mencionó|comentó)(?!\w)",
        r"(?<!\w)(?:la\s+domanda|la\s+richiesta|il\s+messaggio)\s+(?:specificava|diceva|era|chiedeva|parlava|"
        r"menzionava)(?!\w)|(?<!\w)(?:quanto|quello\s+che|come|che)\s+(?:chiedeva|aveva\s+chiesto|diceva|"
        r"aveva\s+scritto)(?!\w)|(?<!\w)(?:avevano|aveva)\s+scritto(?!\w)|(?<!\w)mi\s+ha\s+(?:scritto|chiesto)(?!\w)",
        r"(?<!\w)(?:a\s+pergunta|o\s+pedido|a\s+mensagem)\s+(?:vinha|era|dizia|pedia|mencionava|falava)(?!\w)|"
        r"(?<!\w)(?:me\s+)?(?:escreveu|pediu|perguntou|mencionou)\s+que(?!\w)|(?<!\w)o\s+que\s+(?:pediu|perguntou)(?!\w)",
        r"\b(?:de\s+vraag|het\s+verzoek|het\s+bericht)\s+(?:was|ging|vroeg|noemde|zei)\b|"
        r"\b(?:hij|zij|ze)\s+(?:had|heeft)\s+(?:\w+\s+){0,3}?(?:gezegd|geschreven|gevraagd|genoemd)\b|"
        r"\bzoals\s+(?:hij|zij|ze)\s+(?:schreef|zei|vroeg)\b",
        r"(?<!\w)(?:pytanie\s+(?:było|dotyczyło|brzmiało)|wspomniał\w*|pytał\w*\s+(?:o|wprost)|"
        r"(?:pisał|napisał)\w*,?\s+że)(?!\w)",
        r"(?<!\w)(?:в\s+вопросе\s+(?:было|стояло|сказано)|вопрос\s+был\s+(?:только\s+)?(?:про|о)|"
        r"(?:он|она|они)\s+(?:писал\w*|упомянул\w*|сказал\w*|спрашивал\w*)|упоминал\w*|писал\w*,?\s+что)(?!\w)",
        r"(?:他|她|他们|她们|对方|用户)(?:说过|提到|说了|写了|问过|提过|的数据|的代码|之前说)|(?:用户|对方|提问者)说",
        r"(?<!\w)(?:söylemişti|demişti|belirtmişti|bahsetmişti|yazmıştı)(?!\w)|(?<!\w)(?:он|она)\s+говорил\w*(?!\w)|"
        r"言っていた|言ってた|聞いていた|聞いてた|尋ねていた|書いていた|書いてあった|とのことなので|(?:다|라)고\s*했",
    ),
    _I,
)
# The asker's words as the reason for advice given to the reader, inside one sentence of the
# answer: "since they mentioned contacts, skip…", "skoro wspominał, że nosi soczewki, musi…",
# "раз она упоминала белую блузку", "既然他说是海水", "They said they hate queues, so book…".
# A pronoun with a verb of saying after "since", or pro-drop after it where the language drops
# the subject; or a sentence that opens on the pronoun's saying and goes on "so". "Como dijo
# Machado: «…»" quotes someone: without a pronoun, what was said must follow ("como citó que").
ASKER_AS_REASON = re.compile(
    _alt(
        r"\b(?:since|as|because|given\s+that)\s+(?:they|he|she)\s+(?:\w+\s+)?(?:mentioned|said|wrote|noted|specified|"
        r"told\s+us|described)\b",
        r"(?:^|(?<=[.!?]\s))(?:they|he|she)\s+(?:\w+\s+)?(?:said|mentioned|wrote)\b[^.!?\n]{0,80}?,\s*so\b",
        r"(?<!\w)(?:como|ya\s+que|dado\s+que|puesto\s+que|visto\s+que|já\s+que)\s+(?:(?:él|ella|ellos|ele|ela|eles)\s+"
        r"(?:\w+\s+)?(?:{v})(?!\w)|(?:{v})\s+(?:que|antes|arriba|acima))(?!\w)".format(
            v=r"dijo|mencionó|comentó|citó|contó|especificó|disse|citou|mencionou|comentou|contou|falou|especificou"
        ),
        r"(?:^|(?<=[.!?]\s))(?:él|ella|ele|ela)\s+(?:\w+\s+)?(?:dijo|mencionó|comentó|disse|mencionou|comentou)\b"
        r"[^.!?\n]{0,80}?(?:así\s+que|por\s+eso|então|por\s+isso)\b",
        r"\b(?:siccome|visto\s+che|dato\s+che|poiché)\s+(?:(?:lui|lei)\s+)?(?:ha|aveva)\s+(?:\w+\s+)?(?:detto|scritto|"
        r"menzionato|specificato|accennato|citato)\b|\bnon\s+avendo\s+(?:lui|lei)\s+(?:specificato|detto|indicato)\b",
        r"\b(?:comme|puisqu['’]|vu\s+qu['’]|étant\s+donné\s+qu['’])\s*(?:il|elle|ils|elles)\s+(?:a|ont|avait)\s+(?:\w+\s+)?"
        r"(?:dit|écrit|mentionné|précisé|indiqué|parlé)\b|\bcomme\s+(?:il|elle)\s+a\s+l['’]air\s+de\b",
        r"\b(?:da|weil)\s+(?:er|sie)\s+(?:ja\s+)?(?:(?:\w+\s+){0,3}?(?:erwähnt|gesagt|geschrieben|angegeben)\s+(?:hat|hatte)|"
        r"(?:erwähnte|sagte|schrieb|meinte))\b",
        r"(?<!\w)(?:skoro|ponieważ|jako\s+że|bo)\s+(?:\w+\s+)?(?:wspomina\w*|wspomnia\w*|mówił\w*|pisał\w*|napisał\w*|"
        r"zaznaczył\w*|powiedział\w*)(?!\w)",
        r"(?<!\w)(?:раз(?:\s+уж)?|так\s+как|поскольку|ведь)\s+(?:он|она|они)\s+(?:\w+\s+)?(?:упоминал\w*|упомянул\w*|говорил\w*|"
        r"сказал\w*|писал\w*|написал\w*|уточнил\w*)(?!\w)",
        r"(?<!\w)(?:söylediği|belirttiği|dediği|yazdığı|bahsettiği|anlattığı)\s+için(?!\w)|"
        r"(?<!\w)\w*(?:istemiş|sormuş|yazmış|söylemiş|demiş|belirtmiş)(?:ti|tı)?\s*,?\s*(?:o|bu)\s+(?:yüzden|nedenle)(?!\w)",
        r"(?<!\w)(?:раз(?:\s+уж)?|поскольку|так\s+как)\s+(?:уж\s+)?(?:спрашивали|спросили|просили|упоминали|написали)(?!\w)",
        r"(?:彼|彼女|この方|相手|質問者)(?:は|が)[^。！？\n]{0,30}(?:って|と)言って(?:た|いた|ました)(?:から|ので)",
        r"(?:^|(?<=[.!?]\s))(?:dice|dijo|comenta|comentó|menciona|mencionó|ha\s+dicho)\s+que\b[^.!?\n]{0,80}?"
        r"(?:así\s+que|por\s+eso)\b|(?:^|(?<=[.!?]\s))(?:ha\s+(?:scritto|detto)|dice|scrive)\s+che\b[^.!?\n]{0,80}?"
        r"(?:quindi|perciò|per\s+cui)\b|(?<!\w)chodzi(?:ło)?\s+(?:mu|jej|im)\s+(?:\w+\s+)?o(?!\w)",
        r"\b(?:comme|puisqu['’]?e?)\s+(?:la\s+personne|l['’]utilisat(?:eur|rice))\s+(?:parle|dit|mentionne|écrit|précise|"
        r"a\s+(?:dit|mentionné|parlé|écrit|précisé))\b",
        r"(?:既然|因为|因為|由于|由於)(?:他|她|他们|她们|对方|用户)(?:说|提到|提过|讲|写|说过)",
    ),
    _I,
)
# The asker's own account as the ground the answer stands on, or what they left unsaid as the
# reason for a choice: "Pelo que ele descreveu, a planta é…", "(fourchette large puisqu'il
# n'a pas donné de date)", "Karadeniz'i sorduğu için ekledim", "看她的描述是公司主动不续",
# "the word cap they set". An answer to the asker says "from what you describe"; a pronoun
# there is the writer talking about the asker to itself.
ASKER_BASIS = re.compile(
    _alt(
        r"\b(?:from|based\s+on|going\s+(?:by|off)|judging\s+(?:by|from))\s+what\s+(?:they|he|she)(?:'ve|\s+have|\s+has)?\s+"
        r"(?:described|said|wrote|written|mentioned|posted|shared|told\s+us)\b",
        r"\b(?:since|as|because)\s+(?:they|he|she)\s+(?:didn't|did\s+not|never|hasn't|haven't|has\s+not|have\s+not)\s+"
        r"(?:say|said|specify|specified|mention|mentioned|give|given|state|stated|tell\s+us|told\s+us)\b",
        r"\bthe\s+(?:word\s+(?:cap|limit|count)|length\s+limit|limit|format|budget)\s+(?:they|he|she)\s+(?:set|gave|asked\s+for|"
        r"specified|wanted)\b",
        r"(?<!\w)(?:pelo|segundo\s+o)\s+que\s+(?:ele|ela|eles|elas)\s+(?:descreveu|contou|disse|escreveu|mencionou|descreve|conta)(?!\w)|"
        r"(?<!\w)(?:como|já\s+que)\s+(?:ele|ela)\s+não\s+(?:disse|especificou|deu|mencionou|informou|falou)(?!\w)",
        r"(?<!\w)por\s+lo\s+que\s+(?:él|ella)\s+(?:describió|contó|dijo|escribió|cuenta|describe)(?!\w)|"
        r"(?<!\w)(?:como|ya\s+que|puesto\s+que)\s+(?:él|ella)?\s*no\s+(?:dijo|especificó|dio|mencionó|indicó|aclaró)(?!\w)",
        r"\bd['’]après\s+ce\s+qu['’](?:il|elle)\s+(?:a\s+)?(?:décrit|dit|écrit|raconté|raconte|explique)\b|"
        r"\b(?:puisqu['’]|comme\s+|vu\s+qu['’]|parce\s+qu['’])(?:il|elle)\s+n['’]a\s+pas\s+(?:donné|précisé|dit|indiqué|mentionné)\b",
        r"\bda\s+quello\s+che\s+(?:ha|aveva)\s+(?:detto|descritto|scritto|raccontato)\b|"
        r"\b(?:visto\s+che|siccome|dato\s+che|poiché)\s+non\s+ha\s+(?:dato|specificato|detto|indicato)\b",
        r"\bnach\s+dem,?\s+was\s+(?:er|sie)\s+(?:beschreibt|schreibt|erzählt|(?:beschrieben|geschrieben|gesagt|erzählt)\s+hat)\b|"
        r"\b(?:da|weil)\s+(?:er|sie)\s+(?:\w+\s+){0,3}?(?:nicht|kein\w*)\s+(?:\w+\s+)?(?:angegeben|genannt|gesagt|erwähnt)\s+hat\b",
        r"\b(?:uit|naar)\s+wat\s+(?:hij|zij|ze)\s+(?:beschreef|beschrijft|zei|schreef|vertelde)\b",
        r"(?<!\w)z\s+tego,?\s+co\s+(?:on|ona)?\s*(?:opisał\w*|opisuje|pisze|napisał\w*|mówi)(?!\w)|"
        r"(?:^|(?<=[.!?]\s)|(?<=\n))nie\s+(?:napisał[a]?|podał[a]?|sprecyzował[a]?|wspomniał[a]?),?\s+(?:czy|ile|jak\w*|kiedy|gdzie)"
        r"[^.!?\n]{0,60}?(?:więc|dlatego)(?!\w)",
        r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:он|она)?\s*не\s+(?:написал\w*|уточнил\w*|указал\w*|сказал\w*),?\s+(?:есть\s+ли|сколько|как\w*|когда|где)"
        r"[^.!?\n]{0,60}?(?:поэтому|так\s+что)(?!\w)",
        r"(?<!\w)судя\s+по\s+тому,?\s+что\s+(?:он|она|они)\s+(?:пишет|описал\w*|написал\w*|рассказал\w*)(?!\w)|"
        r"(?<!\w)(?:то,?\s+что|что\s+и)\s+(?:его|её|ее|их)\s+(?:интересовал\w*|волновал\w*)(?!\w)",
        r"(?<!\w)(?:sorduğu|istediği|sorduğundan|istediğinden)\s+(?:için|dolayı)(?!\w)|"
        r"(?<!\w)\w+m[ıiuü]ş\s*,\s*(?:o|bu)\s+(?:yüzden|nedenle)[^.!?\n]{0,60}?\w+(?:[ıiuü]yorum|d[ıiuü]m|t[ıiuü]m)(?!\w)",
        r"\b(?:never|didn['’]t|did\s+not)\s+(?:came|come)\s+up\s*,?\s+so\b|"
        r"(?:既然|因为|因為|由于|由於)(?:他|她|他们|她们|对方|用户|客户|顾客)(?:没|沒)(?:说|說|提|有说明|讲)",
        r"(?:看|根据|根據|按照?|从|從)(?:他|她|他们|她们|对方|用户)的(?:描述|说法|說法|意思|情况|情況)|"
        r"(?:彼|彼女|この方|相手)の(?:説明|話|書き方)(?:から|によると|だと|では)|"
        r"(?:この方|この人|相手|質問者|相談者|旅行者|依頼者|お客様)(?:は|が)[^。！？\n]{0,30}(?:そうなので|みたいなので|らしいので|ようなので|"
        r"らしい。|みたい。)|(?<!ご)様子(?:なので|だから)",
        r"\A\s*(?:对方|提问者|这位用户|这位朋友)(?:应该|好像|似乎|大概)?是(?:个|一[个位]|位)?(?:初学者|新手|小白|外行|学生|非技术)",
    ),
    _I,
)
# The asker as "he" or "she", asking, opening a sentence: "Ele está perguntando sobre bacalhau.",
# "He's asking about…", "Он спрашивает, как…". Formal "you" in Italian and German is third
# person too ("Lei chiede", "Sie fragen"), so those are left out.
PRONOUN_ASKS = re.compile(
    _alt(
        r"(?:^|(?<=[.!?]\s))(?:he['’]s|she['’]s|they['’]re|he\s+is|she\s+is|they\s+are)\s+(?:just\s+|really\s+)?asking\s+"
        r"(?:about|how|what|whether|if|for|which|where|when|why)\b",
        r"(?:^|(?<=[.!?]\s))(?:ele|ela)\s+(?:está\s+(?:perguntando|a\s+perguntar)|pergunta|quer\s+saber)(?!\w)",
        r"(?:^|(?<=[.!?]\s))(?:él|ella)\s+(?:está\s+preguntando|pregunta|quiere\s+saber)(?!\w)",
        r"(?:^|(?<=[.!?]\s))(?-i:Er)\s+(?:fragt|möchte\s+wissen|will\s+wissen)\b",
        r"(?:^|(?<=[.!?]\s))(?:он|она)\s+(?:спрашивает|хочет\s+знать)(?!\w)",
        r"(?:^|(?<=[.!?]\s))(?:on|ona)\s+(?:pyta|chce\s+wiedzieć)(?!\w)",
    ),
    _I,
)
# A choice about the reply, in the first person or as what the reply should do.
DECIDES = re.compile(
    _alt(
        r"\bI(?:'ll|'d|\s+will|\s+would|\s+should|\s+need\s+to|'m\s+going\s+to|\s+won't|'m\s+not\s+going\s+to)\b|"
        r"\blet\s+me\b",
        r"\bso\s+(?:the\s+(?:fix|answer|reply|focus|list|plan|explanation)|this|it|that)\s+(?:should|needs?|can|stays?|"
        r"belongs)\b|\b(?:worth\s+(?:suggesting|mentioning|adding|including)|belongs\s+(?:on|in)\s+the|"
        r"(?:should|can)\s+stay|needs?\s+to\s+go|is\s+aimed\s+at|strike\s+the|wouldn't\s+hurt)\b",
        r"\b(?:halte|nehme|gebe|ergänze|lasse|schreibe|erkläre|erwähne|füge|streiche)\s+ich\b|"
        r"\bich\s+(?:halte|nehme|gebe|ergänze|lasse|schreibe|werde|sollte|muss|füge|streiche)\b|\bpasst\b",
        r"\bje\s+(?:vais|dois|devrais|garde|mets|ajoute|laisse|préfère|précise|corrige|reprends|m['’]appuie|retire)\b|"
        r"\bj['’](?:ajoute|inclus|opte|enlève)\b|\bd['’]où\s+l['’]intérêt\b",
        r"(?<!\w)(?:voy\s+a|lo\s+(?:ajusto|dejo|pongo|añado|doy)|la\s+(?:dejo|pongo)|añado|incluyo|debo|debería|"
        r"tengo\s+que|me\s+centro)(?!\w)",
        r"(?<!\w)(?:ci\s+metto|metto|aggiungo|lascio|lo\s+lascio|lo\s+riporto|devo|dovrei|direi|tolgo|"
        r"meglio\s+(?:indicare|aggiungere|dire|mettere)|ho\s+pensato\s+di)(?!\w)",
        r"(?<!\w)(?:vou|acrescento|deixo|incluo|devo|deveria|preciso|coloco|valha\s+a\s+pena|fico\s+(?:n[oa]s?|com|só))(?!\w)",
        r"\b(?:ik\s+(?:ga|zet|houd|laat|voeg|moet|neem|vraag|twijfel)|zet\s+ik|houd\s+ik|laat\s+ik|neem\s+ik|voeg\s+ik)\b",
        r"(?<!\w)(?:dam|dodam|dopiszę|zostawię|zostawiam|muszę|powinienem|powinnam|wspomnę|pominę)(?!\w)",
        r"(?<!\w)(?:беру|добавлю|оставлю|упомяну|напишу|уберу|сокращу|надо\s+(?:уточнить|добавить|исправить))(?!\w)",
        r"我(?:得|要|会|先|以|就|再)|换个思路|べきだろう|入れておく|書いておく|触れておく|ことにし|しておきます|しておきました|ておいた|ておきました|ておきます|を追加|"
        r"(?<!\w)(?:bahsetmedim|eklemedim|ekledim|koydum|atladım|çıkardım|bıraktım|seçtim)(?!\w)|所以(?:只|就|我)|"
        r"겠습니다|겠다|야겠|판단했",
    ),
    _I,
)
# A tool, search, file or document as the subject of what was found.
SOURCE_REPORT = re.compile(
    _alt(
        r"\b(?:the\s+)?(?:search|tool|api|calculator|lookup|query|document|snippet|file|spreadsheet|result|results|"
        r"output|logs?|manual|excerpt|calendar|test)\s*(?:\[\d+\]|\d)?\s+(?:\w+\s+)?(?:returned|responded|came\s+back|"
        r"shows?|showed|says|lists|gave|reports?|indicates?|is\s+from|timed\s+out|failed)\b",
        r"\b(?:retrieved|fetched)\s+the\b|\bI\s+ran\s+`|\breading\s+the\s+(?:uploaded|attached|retrieved)\b",
        r"\b(?:die\s+suche|das\s+tool|die\s+api|das\s+dokument|die\s+datei|das\s+ergebnis)\s+(?:hat|zeigt|liefert|"
        r"lieferte|ergab|gab|sagt)\b",
        r"\b(?:l['’]outil|la\s+recherche|le\s+document|l['’]api|le\s+fichier|le\s+résultat)\s+(?:\w+\s+)?(?:a\s+renvoyé|"
        r"renvoie|indique|montre|dit|parle)\b|\ble\s+document\s+fourni\b",
        r"(?<!\w)(?:la\s+(?:calculadora|búsqueda|api|herramienta)|el\s+(?:documento|archivo|resultado|test))\s+"
        r"(?:\w+\s+)?(?:devolvió|devuelve|muestra|indica|dice|falla)(?!\w)",
        r"(?<!\w)(?:il\s+risultato\s+della\s+ricerca|la\s+ricerca|lo\s+strumento|il\s+documento|il\s+file)\s+"
        r"(?:indica|mostra|dice|ha\s+restituito|restituisce)(?!\w)|(?<!\w)ho\s+letto\s+il\s+file(?!\w)",
        r"(?<!\w)(?:o\s+trecho|o\s+documento|a\s+busca|a\s+pesquisa|a\s+ferramenta|o\s+arquivo)\s+(?:\w+\s+){0,3}?"
        r"(?:fala|mostra|indica|diz|retornou|devolveu)(?!\w)",
        r"\b(?:de\s+api|de\s+zoekopdracht|het\s+document|de\s+tool|het\s+bestand)\s+(?:gaf|geeft|toont|zegt)\b",
        r"(?<!\w)(?:поиск|инструмент|документ|файл|калькулятор)\s+(?:вернул|показал|выдал|говорит)(?!\w)",
        r"搜索结果(?:显示|表明)|工具返回|文档(?:里|中)?(?:说|显示)|検索結果(?:によると|では)|を確認したところ",
    ),
    _I,
)
# The writer deciding what to use from the source: "so I take 1962", "公式サイトを優先します".
USES_SOURCE = re.compile(
    _alt(
        r"\bI(?:'ll|\s+will|'m\s+going\s+to|\s+should(?:n't)?|'m\s+not\s+going\s+to|\s+need\s+to)\b|"
        r"\b(?:so|then)\s+I\b|\bnow\s+I(?:'ll|\s+will)\b",
        r"\b(?:nehme|verwende|nutze)\s+ich\b|\bich\s+(?:nehme|verwende|nutze)\b",
        r"\bje\s+(?:m['’]appuie|prends|garde|corrige|retiens|vais)\b",
        r"(?<!\w)(?:lo\s+doy\s+por\s+bueno|voy\s+a|me\s+quedo\s+con|uso)(?!\w)",
        r"(?<!\w)(?:lo\s+riporto|direi|prendo|uso)(?!\w)",
        r"(?<!\w)(?:vou|uso)(?!\w)",
        r"\bik\s+(?:neem|gebruik|vraag|ga)\b",
        r"(?<!\w)(?:беру|использую)(?!\w)",
        r"我以|为准|優先します|確認してから|にします",
    ),
    _I,
)
_SENTENCE_END = re.compile(r"[.!?。！？](?=\s|$)|\n")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    hi = _SENTENCE_END.search(text, end)
    return lo, hi.end() if hi else len(text)


def source_signs(text: str, told: bool) -> Iterator[tuple[str, float, int, int, bool]]:
    """Reported asker's words or tool results used to decide the reply (`told`: not a story)."""
    for match in REPORTED_ASKER.finditer(text if told else ""):
        lo, hi = _sentence(text, match.start(), match.end())
        if DECIDES.search(text, lo, hi):
            yield "narrates the requester", 1.5, match.start(), match.end(), True
    for pattern in (ASKER_AS_REASON, ASKER_BASIS, PRONOUN_ASKS):
        for match in pattern.finditer(text if told else ""):
            yield "narrates the requester", 1.5, match.start(), match.end(), True
    first = PARAGRAPH_BREAK.search(text)
    if first is None or not text[first.end() :].strip():
        return
    for match in SOURCE_REPORT.finditer(text, 0, first.start()):
        if USES_SOURCE.search(text, match.end(), first.start()):
            yield "plans the reply", 1.5, match.start(), match.end(), False
            return
