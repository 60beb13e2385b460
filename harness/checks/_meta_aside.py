"""An aside: the writer's remark, in a paragraph of its own, about the answer or the request.

A clean answer opens and ends on its subject ("Plunge the eggs into ice water."), or speaks
to the reader ("Let me know if…"). A leaked aside talks about the text being written or
about the request, in the first or last paragraph, in a one-line paragraph between parts
of the answer, set off in brackets or by a dash, in a list item or table cell set off by a
bracket, an arrow or an emoji, or as the closing sentence of a paragraph: "(Kept it to three sentences — that
matched the ask.)", "Nationality wasn't mentioned, so the answer hedges.", "Ho preferito la
versione classica perché l'utente non ha specificato varianti.", "用户说是第一次下厨，所以步骤
写得比较细。".

Such a remark makes at least two moves, each recognised in many languages:

- MADE: the writer's own choice about the text, in the first person or, in note style,
  without a subject ("I covered both", "Went with", "ho preferito", "habe ich erwähnt",
  "入れておきました");
- ASKED: the request or its author in the third person, or what it left unsaid ("the
  question was only about", "nothing was said about", "la domanda era pratica", "человек
  ведь спрашивал", "用户说");
- JUDGED: a verdict on the writer's own choice ("felt right here", "no need to dress it
  up", "con esto basta");
- REPLY: the reply as a thing ("the answer", "a longer list", "four steps");
- REASON and GUESS: why, or a hedge ("since", "weil", "visto che", "所以"; "probably", "wohl");
- and being set off in brackets or by a dash counts as one.

One move alone is ordinary prose (answers give reasons, and say "I"); an aside that makes
two, one of them MADE, ASKED or JUDGED, is the writer talking about its own reply.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from harness.checks import _meta_lexicon as lx
from harness.checks._text import LIST_LINE, PARAGRAPH_BREAK
from harness.checks._text import alternation as _alt

_I = re.IGNORECASE | re.MULTILINE

# The writer's choice about the text. English note style drops the subject ("Went with…"),
# so a verb opening a sentence counts too, unless a preposition makes it a changelog line
# ("Added in 3.9").
_MADE_EN = (
    r"kept|answered|replied|explained|summari[sz]ed|trimmed|went\s+with|went\s+(?:gentle|light|easy|short|long)|added|included|covered|mentioned|left\s+(?:out|it|them|that)|"
    r"skipped|stopped|chose|focused|aimed|assumed|struck|laid\s+out|put|gave|wrote|tried\s+to|figured|opted|decided|"
    r"limited|stuck|listed|picked|corrected|double-checked|re-?checked|redid|started\s+with|led\s+with|tied|avoided|"
    r"made\s+it|noticed|looked\s+at|thought\s+about|considered"
)
_MADE_EN_ING = (
    r"giving|keeping|leaving|sticking|going\s+with|guessing|figuring|assuming|mentioning|listing|including|adding|skipping|"
    r"not\s+going\s+to|tying|flagging|starting\s+with|leading\s+with"
)
MADE = re.compile(
    _alt(
        rf"\bI(?:'ve|’ve|\s+have|'d|’d)?\s+(?:(?:also|deliberately|just|only|first|then|intentionally)\s+)?(?:{_MADE_EN})\b",
        rf"\bI(?:'m|’m|\s+am)\s+(?:not\s+)?(?:{_MADE_EN_ING}|touching|getting\s+into)\b",
        r"\bI(?:'ll|’ll|\s+will)\s+not\b|\bI\s+(?:didn't|did\s+not|won't|chose\s+not\s+to)\b",
        rf"(?:^|(?<=[.!?;—–(]\s)|(?<=[.!?;(—–]))\s*(?!put\b)(?:{_MADE_EN}|{_MADE_EN_ING}|not\s+going\s+to|leaving\s+it)\b"
        r"(?!\s+(?:in|on|by|to|from|at|for|via)\s+(?:v?\d|Python|version|release|the\s+\d))",
        # passive with the writer's intent: "Pluto's left out deliberately", "Version detail included since"
        r"\b(?:left\s+out|included|omitted|skipped|kept\s+(?:short|brief))\s+(?:deliberately|on\s+purpose|here|since|because|as)\b",
        r"^[\w\s-]{1,30}\s(?:checked|verified|double-checked)\b(?!\s+(?:by|in|with|for|at|on)\b)",
        r"\b(?:habe\s+ich|hab['’]?\s*ich|ich\s+habe|hab['’]s|ich\s+hab)\b|\bwollte\s+(?:erst|zuerst|eigentlich)\b|"
        r"\b(?:halte|beschränke|konzentriere)\s+ich\b|\bich\s+lasse\s+(?:\w+\s+){0,3}?weg\b|\blasse\s+ich\s+(?:\w+\s+){0,3}?weg\b|"
        r"\b(?:beim\s+schreiben|while\s+writing\s+this|halfway\s+through\s+writing)\b",
        r"\bj['’]ai\s+(?:\w+\s+){0,2}?(?:mis|gardé|ajouté|choisi|laissé|privilégié|listé|inclus|évité|préféré|écrit|corrigé|"
        r"supposé|opté|limité|détaillé|commencé|rajouté|insisté|répondu)\b|\bje\s+(?:\w+\s+)?(?:ai|les\s+ai|l['’]ai)\s+\w+é[es]?\b|"
        r"\bje\s+pars\s+du\s+principe\b|\bje\s+(?:me\s+limite|m['’]en\s+tiens|n['’]ai\s+pas)\b|\bje\s+relis\s+la\s+question\b|"
        r"\ben\s+écrivant\b|\bd['’]où\s+l['’]intérêt\s+de\s+(?:parler|mentionner|préciser)\b",
        r"(?<!\w)(?:(?:lo|la|los|las|le)\s+)?(?:dejé|puse|añadí|incluí|elegí|preferí|opté|mantuve|escribí|corregí|"
        r"pensé\s+en|quería|quise|asumí|supuse|evité|me\s+centré|me\s+limité|lo\s+(?:indico|añado|aclaro|menciono|ajusto)|"
        r"a\s+medio\s+escribir|mientras\s+escribo|(?:estoy\s+dando|doy)\s+por\s+hecho|leí\s+que)(?!\w)|"
        r"(?<!\w)he\s+(?:dejado|puesto|añadido|incluido|elegido|preferido|optado|mantenido|omitido|evitado)(?!\w)",
        r"(?<!\w)(?:l['’])?(?:ho|avevo)\s+(?:\w+\s+)?(?:preferito|messo|aggiunto|tenuto|scelto|lasciato|incluso|scritto|risposto|trattato|coperto|"
        r"corretto|rifatto|supposto|evitato|omesso|pensato|voluto|limitato)(?!\w)",
        r"(?<!\w)(?:preferi|optei|deixei|incluí|coloquei|mantive|escrevi|corrigi|acrescentei|assumi|evitei|"
        r"pensei\s+em|resolvi|decidi)(?!\w)",
        r"(?<!\w)(?:добавил|оставил|решил|выбрал|написал|не\s+стал|не\s+писал|начал|указал|упомянул|исправил|"
        r"пересчитал|хотел|сократил|ограничился|сделал|привёл|привел|опустил)[аи]?(?:сь)?(?!\w)",
        r"我(?:先|就|特意|也|还|只|刻意)?(?:想了一下|写得|写了|选了|选择了|加了|加上了|补充了|省略了|没写|没有写|列了|列出了|"
        r"保留了|用了|改成了|决定)|所以(?:步骤|答案|回答|内容)?写得",
        r"(?:^|(?<=[。！？\n，]))(?:就)?(?:没写|没有写|没提|没有提|没列|省略了|略去了|沒寫|沒有寫|沒提|沒有提)|"
        r"入れておきました|入れておいた|省きました|省いた|書きました|にしました|しておきました|しておいた|書いておいた|"
        r"書かなかった|触れなかった|ことにした|ことにしました|"
        r"やめます|やめました|絞りました|まとめました|加えました|触れませんでした",
        r"넣었|뺐|정리했|적었|골랐|추가했|생략했|줄였|넣어\s*두었|하지\s*않았",
        r"(?<!\w)(?:أضفت|قررت|اخترت|لم\s+أضف|لم\s+أذكر|ذكرت|كتبت|ركزت|تركت)",
        # a note-style choice: "so going with English law", "Mantendo essa variante", "Si va su un confronto"
        r"\b(?:so|hence)\s+(?:going\s+with|sticking\s+(?:with|to)|keeping\s+it|leaving\s+(?:it|out)|trying\s+a)\b|"
        r"(?:^|(?<=[.!?;:]\s))(?:mantendo|ajustando|adaptando|mantenendo|manteniendo)\s+\w|"
        r"\b(?:si\s+va\s+su|si\s+parte\s+da|si\s+resta\s+su|on\s+reste\s+sur|on\s+part\s+sur|je\s+pars\s+sur|"
        r"me\s+quedo\s+con|tiro\s+por|(?:also|deshalb|daher)\s+fokus\s+auf|bleibt\s+es\s+bei|ограничусь|делаю\s+упор)\b|"
        r"那就用|就写|写简单点|ことにする|にしておく|でいく|위주로|기준으로\s*짰|으로\s*가자|"
        r"\bik\s+heb\s+(?:\w+\s+){0,3}?(?:toegevoegd|gekozen|weggelaten|gehouden|genoemd)\b|"
        r"(?<!\w)(?:dodałe[mś]|wybrałe[mś]|pominąłe[mś]|dodałam|wybrałam|pominęłam)(?!\w)",
        # first person past by its ending alone: Polish "zostawiłem", Turkish "girmedim" (I didn't go into)
        r"(?<!\w)(?!(?:u|po)?dział|michał)[^\W\d_]{2,}[iayąe]ł(?:em|am)(?!\w)|(?<!\w)[^\W\d_]{2,}m[ae]d[ıi]m(?!\w)|"
        r"(?<!\w)(?:tuttum|ekledim|yazdım|seçtim|bıraktım|değindim|atladım|kısalttım)(?!\w)|"
        r"避けた|避けました|控えた|控えました|絞った|短めにした|簡単にした",
        # leaving something out, in the first person: "je ne détaille pas", "non riscrivo", "laat ik weg"
        r"\bje\s+n['’e]\s*\w+\s+(?:pas|plus|rien)\b|"
        r"(?<!\w)no\s+(?:menciono|incluyo|añado|detallo|entro|explico|pongo|repito|reescribo|profundizo)(?!\w)|"
        r"\bnon\s+(?:riscrivo|menziono|includo|aggiungo|entro|spiego|metto|ripeto|approfondisco|elenco)\b|"
        r"(?<!\w)não\s+(?:menciono|incluo|acrescento|detalho|entro|explico|coloco|repito|reescrevo)(?!\w)|"
        r"\b(?:laat\s+ik|ik\s+laat)\b[^.\n]{0,40}?\b(?:weg|buiten\s+beschouwing|achterwege)\b|\bik\s+ga\s+niet\s+in\s+op\b|"
        r"\b(?:gehe\s+ich|ich\s+gehe)\s+nicht\s+(?:auf|näher)\b|"
        r"略过了|跳过了|就略过|止めておきます|省略します|割愛します|触れません",
        # a note-style participle on the text: "Kort gehouden", "kurz gehalten", "tenu court"
        r"\b(?:kort\s+gehouden|weggelaten|kurz\s+gehalten|weggelassen|angenommen|tenu\s+court|gardé\s+court|mantenuto\s+breve|"
        r"mantido\s+curto|lasciato\s+fuori)\b|(?<!\w)(?:dejado\s+fuera|omitido\s+a\s+propósito)(?!\w)",
        # the writer's intent: "Short on purpose", "Hab bewusst…", "Corto a propósito"
        r"\b(?:on\s+purpose|deliberately|intentionally|bewusst|absichtlich|exprès|volontairement|adrede|"
        r"di\s+proposito|apposta|propositalmente|opzettelijk|celowo|bilerek|kasten)\b|"
        r"(?<!\w)(?:a\s+propósito|de\s+propósito|специально|нарочно)(?!\w)|わざと|故意|"
        r"(?:^\s*|(?<=[.!?;:]\s))(?:mantengo|conservo|mantenho|behoud\s+ik|je\s+garde)\s+(?:la|el|o|a|le|de|het)\s+\w|"
        r"(?<!\w)(?:fui\s+(?:mais\s+)?(?:gentil|diret[oa]|breve|curt[oa]|objetiv[oa]|sucint[oa])|(?:lo|la)\s+(?:dejo|pongo)\s+(?:en|así|con)|"
        r"voy\s+a\s+(?:terminar|empezar|cerrar|incluir|añadir|poner)|не\s+(?:пишу|стану|буду\s+писать))(?!\w)|"
        r"\bje\s+(?:remplace|m['’]arrête\s+là|propose\s+plutôt)\b|\bich\s+höre\s+hier\s+auf\b|\bI['’]ll\s+stop\s+(?:here|there)\b|"
        r"\bmi\s+fermo\s+qui\b|(?<!\w)(?:me\s+detengo\s+aquí|paro\s+por\s+aqui|na\s+tym\s+skończę)(?!\w)|"
        r"\bI(?:'ll|’ll|\s+will)\s+(?:leave\s+out|skip|stick\s+to|focus\s+on)\b|\banswer\s+done\b|(?<!\w)me\s+quedo\s+en(?!\w)|"
        r"\blaat\s+ik\s+(?:het\s+)?zo\b|就不[^，。！？\n]{1,6}了|先说结论|没有多寒暄|就没(?:有)?多|にした(?!い)|"
        r"\bprocedo\s+(?:su|con)\s+(?:quello|questo|questa)\b|\bdann\s+so\b|\btime\s+to\s+(?:wrap\s+up|stop|finish)\b|\bwrapping\s+(?:it\s+)?up\b|(?<!\w)(?:igual\s+)?debí\s+\w+|\bik\s+noem\s+(?:ook\s+)?|(?<!\w)powinien(?:em|nam)\s+(?:jeszcze\s+)?wspomnieć(?!\w)|"
        r"\bjag\s+(?:delar|håller|skriver|tar\s+med|lägger\s+till|hoppar\s+över)\b|来写了|这样写了|就按|补充一句|加一句",
        # a present-tense choice in note style: "La salto.", "usuwam", "Deixo assim.", "Dopisuję."
        r"\b(?:la|lo|li|le)\s+(?:salto|tolgo|lascio|aggiungo|metto)\b|(?<!\w)(?:usuwam|dopisuję|pomijam|zostawiam|dodaję|"
        r"deixo\s+assim|destaco|removo|tiro\s+(?:isso|esse|essa)|je\s+la\s+laisse|je\s+le\s+laisse|çıkardım|hoppade\s+över|"
        r"tog\s+bort|lade\s+till|trimming|dropping\s+(?:it|that|them)|j['’]ajoute|je\s+rajoute|sto\s+tenendo|"
        r"estou\s+(?:assumindo|supondo|mantendo)|tutmam)(?!\w)|\b\w+\s+gewählt(?=\s*[,.;])",
        # a note-style choice on order or version: "putting this first since…", "Tightened version below"
        r"\bputting\s+(?:this|that|it)\s+(?:first|last|up\s+front)\b|\bmoving\s+on\s+to\s+(?:the\s+)?(?:second|next|other|last)\s+(?:part|question|point)\b|"
        r"^\s*(?:tightened|shortened|trimmed|simplified|reworded|condensed)\s+(?:version|draft|text)\b|"
        r"\bdaar\s+houden\s+(?:we|ik)\s+(?:ons|me)\s+aan\b|\bhalten\s+wir\s+uns\s+(?:dran|daran)\b|\bon\s+(?:suppose|part\s+du\s+principe)\b|"
        r"(?<!\w)(?:ficam\s+de\s+fora|quedan\s+fuera|restano\s+fuori|geçildi|eklenmedi|atlandı|eklenebilirdi|"
        r"toca\s+(?:ofrecer|dar|explicar|responder|disculparse))(?!\w)|"
        r"\bno\s+need\s+to\s+(?:go\s+(?:deeper|further|into)|get\s+into|add|expand)\b|\bnon\s+c['’]è\s+bisogno\s+di\s+(?:entrare|aggiungere|andare)\b|"
        r"\bich\s+(?:beantworte|antworte|fasse)\s+(?:das|es|hier|jetzt|kurz)\b|\bil\s+me\s+faut\s+(?:encore\s+)?(?:ajouter|préciser|mentionner)\b|"
        r"\bdouble-checking\s+myself\b|(?<!\w)idę\s+z(?!\w)",
        # a present-tense choice about the text, pro-drop or note style: "je saute les détails", "lo dejo general",
        # "deixo claro que", "объясняю совсем просто", "我就不提了", "ik houd het bij"
        r"\bje\s+(?:saute|passe\s+sur|laisse\s+de\s+côté|n['’]entre\s+pas|pars\s+de\s+là|reste\s+sur|simplifie|résume)\b|"
        r"\bj['’](?:insiste|explique|évite|omets)\b|"
        r"(?<!\w)(?:(?:lo|la)\s+dejo\s+(?:general|genérico|así|simple|corto|aquí)|me\s+salto|sigo\s+con\s+eso|no\s+entro\s+en|"
        r"dejo\s+(?:fuera|de\s+lado|claro)|me\s+quedo\s+con\s+lo\s+básico)(?!\w)|"
        r"(?<!\w)(?:deixo\s+(?:claro|de\s+fora|de\s+lado)|vou\s+parar|não\s+entro\s+em|melhor\s+evitar|vou\s+nesse\s+tom)(?!\w)|"
        r"\b(?:niente\s+gergo|lo\s+metto\s+per\s+ultimo|mi\s+limito\s+a|tengo\s+(?:corto|breve|semplice)|"
        r"meglio\s+(?:non\s+)?(?:aggiungere|entrare|dilungarmi|andare))\b|"
        r"\b(?:spare\s+ich\s+mir|erkläre\s+ich\s+(?:es\s+)?(?:einfach|kurz)|bleibe\s+ich\s+bei)\b|"
        r"(?<!\w)(?:объясняю\s+(?:совсем\s+|максимально\s+)?просто|(?:писать|упоминать|расписывать|вдаваться)\s+не\s+буду|"
        r"не\s+буду\s+(?:упоминать|расписывать|вдаваться)|"
        r"делаю\s+таблицу)(?!\w)|我就不(?:提|写|说|讲|展开)|\bik\s+(?:houd\s+het\s+bij|ga\s+uit\s+van)\b|"
        r"\b(?:I['’]ll|I\s+will)\s+(?:leave\s+out|keep\s+it\s+to)\b|\bnot\s+going\s+to\s+(?:guess|go\s+into|get\s+into|cover)\b",
    ),
    _I,
)
# The request or its author in the third person, or what it did not say.
ASKED = re.compile(
    _alt(
        r"\b(?:the|their|this|that)\s+(?:question|request|ask|prompt|message|query|wording)\s+(?:was|were|is|said|says|"
        r"asked|mentioned|didn['’]t|did\s+not|doesn['’]t|sounded|seemed|looked|wanted|specified|only|itself|came)\b|"
        r"\b(?:in|from|of)\s+(?:the|their)\s+(?:question|request|prompt|message)\b|\bquestion\s+like\s+this\b|"
        r"\bthe\s+point\s+of\s+the\s+question\b|\bwhat\s+was\s+asked\b|\b(?:main|only)\s+thing\s+asked\b|"
        r"\b(?:the|a)\s+(?:whole|only|main|real)\s+question\b|\b[\w-]+\s+kind\s+of\s+question\b|\bunless\s+(?:prompted|asked)\b|"
        r"\bwhat\s+this\s+is\s+for\b|\bto\s+get\s+asked\b|"
        r"\b(?:traceback|output|error|code|snippet|log|screenshot|config|message)\s+they\s+(?:pasted|posted|sent|shared|gave)\b",
        r"\b(?:wasn['’]t|weren['’]t|was\s+not|were\s+not|isn['’]t|never)\s+(?:really\s+)?(?:asked|mentioned|given|specified|said|"
        r"stated|provided|indicated|requested)\b|\bnothing\s+(?:was\s+said|indicated|came\s+through|suggest\w*)\b|"
        r"\b(?:nothing|no\s+(?:\w+\s+){0,2}?)(?:about\s+[^.\n]{1,40}?\s+)?(?:was|were)\s+(?:said|given|mentioned|specified|provided)\b|"
        r"\b(?:came\s+through|the\s+word\s+used|matched\s+the\s+ask|the\s+ask)\b|"
        r"\bnobody\s+(?:said|mentioned|specified|asked\s+for)\b|\b(?:personne|on)\s+ne\s+l['’]a\s+(?:pas\s+)?demandée?\b|"
        r"\b(?:n['’]a\s+été|n['’]ayant\s+été|n['’]était)\s+(?:donnée?s?|précisée?s?|indiquée?s?|mentionnée?s?)\b|"
        r"(?<!\w)(?:no\s+se\s+(?:dijo|mencionó|especificó|indicó)|nadie\s+(?:lo\s+)?(?:pidió|preguntó)|"
        r"não\s+foi\s+(?:dito|especificad[oa]|indicad[oa]|mencionad[oa])|ninguém\s+pediu)(?!\w)|"
        r"\b(?:non\s+(?:è\s+stato|era)\s+(?:specificat[oa]|indicat[oa]|dett[oa])|nessuno\s+(?:l['’]ha\s+)?chiest[oa])\b|"
        r"\b(?:war\s+nicht\s+(?:angegeben|genannt|erwähnt)|nicht\s+(?:angegeben|genannt|erwähnt)\s+(?:war|wurde)|"
        r"hat\s+niemand\s+gefragt)\b|(?<!\w)(?:не\s+указан\w*|не\s+уточнил\w*|никто\s+не\s+просил)(?!\w)|"
        r"書かれていなかった|書いてなかった|指定がなかった|言われていない|没(?:有)?提到|没(?:有)?说明|没(?:有)?指定|"
        r"언급이\s*없|지정이\s*없|말투라서",
        r"\b(?:they|he|she)\s+(?:only|just|specifically|explicitly)\s+(?:said|asked|wanted|mentioned)\b|"
        r"\b(?:they|he|she)\s+(?:sent|shared|pasted|posted)\b|\bwhat\s+(?:the\s+\w+|they|he|she)\s+had\s+in\s+mind\b|"
        r"\b(?:ils|elles)\s+ont\s+(?:dit|demandé|précisé)\b|"
        r"\b(?:they|he|she)(?:['’]ll\s+probably|\s+said|\s+asked|\s+mentioned|\s+wanted|\s+meant|\s+actually\s+wanted|"
        r"\s+clearly\s+want|['’]re\s+(?:asking|after)|\s+need|\s+mean|\s+means)\b|\btheir\s+(?:output|sentence|setup|error|traceback|message)\b|"
        r"\bthe\s+(?:asker|person\s+asking|kid['’]s|parent|writer['’]s)\b|\bthis\s+(?:rider|parent|asker)\b|"
        r"\bmost\s+people\s+asking\b|"
        r"\bwhat\s+(?:they|he|she)\s+(?:were|was)\s+(?:asking|after|looking\s+for|arguing\s+about|wondering\s+about|getting\s+at)\b|"
        r"\b(?:il|elle)\s+(?:a\s+(?:demandé|dit|précisé|parlé)|voulait|demandait|cherchait|parlait\s+d\w*)\b|"
        r"(?<!\w)(?:ya\s+que|porque|como|pues)\s+(?:dijo|pidió|comentó|mencionó|preguntó)(?!\w)|(?<!\w)solo\s+quería(?!\w)|"
        r"\b(?:quello\s+che|ciò\s+che)\s+(?:intendeva|cercava|voleva|chiedeva)\b|\bha\s+detto\s+che\b|"
        r"(?<!\w)(?:он|она|они|автор)\s+(?:сказал\w*|просил\w*|спрашивал\w*|хотел\w*|писал\w*)(?!\w)|"
        r"(?<!\w)o\s+to\s+(?:jej|mu|im)\s+chodziło(?!\w)|يبحث\s+عنه|كان\s+يريد|"
        r"(?:他|她|他们|对方|家长|学生|客户|老师)(?:之前|刚才|应该|大概|可能|只是|也|就){0,3}(?:说|问|想要|想知道|想听|要的是|提到)|"
        r"(?<!\w)(?:tiene\s+prisa|tem\s+pressa|ha\s+fretta|est\s+pressée?|es\s+eilig\s+hat|heeft\s+haast|торопится)(?!\w)|"
        r"\b(?:is|are|seems?|was)\s+in\s+a\s+(?:rush|hurry)\b|\bwhat['’]s\s+meant\b(?!\s+by)|\b(?:is|are|was|were)\s+wanted\b|"
        r"\bwhat['’]s\s+wanted\b|\b(?:descritt|menzionat)[oa]\s+prima\b|"
        r"(?<!\w)(?:ele|ela)\s+(?:precisa|queria|quer|pediu)(?!\w)|没说|"
        r"\b(?:de\s+kern|the\s+(?:core|heart|crux))\s+(?:van|of)\s+(?:de|the)\s+(?:vraag|question)\b|\bder\s+kern\s+der\s+frage\b|"
        r"\ble\s+cœur\s+de\s+la\s+question\b|(?<!\w)el\s+núcleo\s+de\s+la\s+pregunta(?!\w)|"
        r"\bwaar\s+(?:ze|hij|zij)\s+(?:\w+\s+)?(?:naar|om)\s+vroeg(?:en)?\b|"
        r"(?<!\w)(?:студенту|человеку|клиенту|автору)\s+(?:нужн\w+|хотел\w*)(?!\w)|客户(?:语气|好像|比较|很)|お客様が(?:かなり|とても|少し)?|"
        r"(?<!\w)(?:o\s+chamado\s+do\s+cliente|el\s+ticket\s+del\s+cliente)(?!\w)|\bcustomer['’]s\s+ticket\b|"
        r"\bhieß\s+es\b|\b(?:per|from|in)\s+(?:the|their)\s+(?:earlier|previous|last|first)\s+message\b|"
        r"\b(?:il|elle)\s+l['’]a\s+déjà\s+(?:fait|vu|visité)\b|(?<!\w)już\s+tam\s+był\w*(?!\w)|\ber\s+war\s+schon\b|"
        r"\b(?:he|she|they)['’](?:s|ve)\s+already\s+(?:been|done|seen|visited|tried)\b|"
        r"\bnicht\s+(?:angegeben|genannt|erwähnt)\s+(?:war|wurde|wurden|waren)\b|\bwurden\s+nicht\s+(?:angegeben|genannt)\b|"
        r"\btheir\s+(?:earlier|previous|last|first|original)\s+(?:message|question|post|reply)\b|"
        r"\b(?:de\s+vrager|de\s+vraagsteller|der\s+fragesteller|die\s+fragestellerin|pytając\w+)\b|"
        r"(?<!\w)(?:bo|jak)\s+tak\s+(?:chciał|chciała|prosił|prosiła)(?!\w)|"
        r"\b(?:ze|hij|zij)\s+(?:gaven|gaf|heeft|hebben)\s+aan\b|\bfrågan\s+(?:var|är|gällde)\b|"
        r"\bnon\s+l['’]aveva\s+(?:indicato|detto|chiesto|specificato)\b|\bnon\s+(?:ha|aveva)\s+(?:indicato|detto|specificato)\b|"
        r"질문자|사용자가|用户没(?:有)?(?:说|提|问)|طلبه|質問の|"
        r"\b(?:the|this)\s+(?:ticket|customer|client)\s+(?:seemed|sounded|wanted|needed|asked|was\s+(?:already\s+)?(?:upset|angry|annoyed|frustrated))\b",
        r"\bin\s+der\s+frage\b|\bdie\s+frage\s+(?:kam|klang|war|ist|offenbar)\b|\bkam\s+wohl\b|"
        r"\b(?:war|waren)\s+(?:hier\s+)?(?:wohl\s+)?(?:nicht\s+)?(?:gefragt|gewünscht|verlangt)\b|\bdem\s+(?:nutzer|fragesteller)\b|"
        r"\b(?:er|sie)\s+(?:hatte|hat)\s+(?:\w+\s+){0,4}?gefragt\b|\bdie\s+person\s+(?:wollte|will|hat\s+gefragt|fragt)\b|"
        r"\bdie\s+anfrage\s+(?:\w+\s+){0,2}?(?:erwähnte|nannte|wollte|war|sagte)\b",
        r"(?<!\w)(?:al|del)\s+usuario(?!\w)|\bà\s+l['’]utilisateur\b|\ball['’]utente\b|(?<!\w)ao\s+usuário(?!\w)|"
        r"(?<!\w)пользовател(?:ю|я)(?!\w)|(?<!\w)(?:ему|ей|им)\s+(?:будет|должно|хватит)(?!\w)|(?:彼|彼女|この人|ユーザー)の質問に|"
        r"\bde\s+vraag\s+(?:wel|goed)\b|\bthey['’]d\b|\bone-line\s+question\b",
        r"\bla\s+question\s+(?:ne|portait|était|semble|demandait)\b|\bd['’]après\s+sa\s+question\b|"
        r"\b(?:la\s+personne|l['’]utilisateur|l['’]élève)\s+(?:\w+\s+)?(?:veut|voulait|demande|cherche|est|a)\b",
        r"(?<!\w)(?:se\s+refiere\s+a|lo\s+que\s+preguntaba)(?!\w)|\bsi\s+riferisce\s+a\b|(?<!\w)se\s+refere\s+a(?!\w)|"
        r"(?<!\w)la\s+(?:pregunta|consulta)\s+(?:era|es|no|parecía|parece|mencionaba|decía|pedía|hablaba)(?!\w)|(?<!\w)(?:lo\s+que\s+busca|parece\s+alguien|"
        r"el\s+usuario\s+(?:no|quería|pidió|dijo))(?!\w)",
        r"\bla\s+domanda\s+(?:era|è|non|sembrava)\b|\bl['’]utente\s+(?:non|ha|voleva|chiedeva)\b",
        r"(?<!\w)(?:a\s+pergunta\s+(?:era|é|não)|o\s+usuário\s+(?:não|pediu|queria|disse)|a\s+pessoa\s+(?:quer|queria|parece))(?!\w)",
        r"(?<!\w)(?:вопрос\s+был|в\s+вопросе|человек\w*\s+(?:ведь\s+)?(?:спрашивал|хочет|просил|видимо)|пользовател\w+\s+"
        r"(?:спрашивал|хочет|просил)|сказано\s+не\s+было|не\s+было\s+сказано)(?!\w)",
        r"用户(?:说|问|想|要|提到)|(?:他|她)(?:说|问|想要)|问题(?:是|问的)|提问者",
        r"質問(?:は|が|では|者)|っぽいので|らしいので|聞かれ",
        r"질문(?:은|이|에서)|물어본",
        r"السؤال\s+يبدو|السائل|لم\s+يطلبها|يطلب",
        r"\bla\s+demande\s+(?:était|portait|ne)\b|\bon\s+(?:m['’]a|a)\s+demandé\b|\b(?:daar\s+)?vroeg\s+(?:hij|zij|ze)\s+(?:niet|alleen|om)\b|"
        r"\b(?:lo\s+studente|la\s+studentessa|la\s+persona)\s+ha\s+chiesto\b|(?<!\w)(?:no\s+lo\s+pidió|solo\s+pidió|sólo\s+pidió)(?!\w)|"
        r"问题里没问|没有问|没问|求められていない|聞かれていない",
        # what the message showed: "judging by the bit about", "pela menção ao joelho", "came up two messages back"
        r"\b(?:the|that)\s+(?:mention|bit|part|line)\s+(?:of|about)\b|\bfrom\s+the\s+(?:wording|phrasing)\b|"
        r"\bcame\s+up\s+(?:earlier|before|\w+\s+messages?\s+(?:back|ago))\b|\bkwam\s+al\s+voorbij\b|"
        # an earlier turn, or the asker, named in a side note: "the last message said", "ha detto"
        r"\bthe\s+(?:last|previous|earlier|first|second)\s+(?:\w+\s+)?(?:messages?|replies|turns?)\s+"
        r"(?:said|says|mentioned|asked|insisted|wanted|complained|got)\b|\bfrom\s+before\b|"
        r"\bthe\s+system\s+(?:message|prompt)\s+(?:framed|told|says|said|asks|asked|wants|set)\b|"
        r"\bha\s+detto\b|\bchiedeva\b|\bfrågan\s+sa\b|\b(?:la\s+personne|l['’]utilisateur)\s+n['’]a\s+pas\b|\bpour\s+la\s+personne\b|"
        r"(?<!\w)(?:la\s+persona|el\s+usuario)\s+parece(?!\w)|(?<!\w)a\s+pessoa\s+(?:vai|é|está)(?!\w)|(?<!\w)o\s+cliente\s+não(?!\w)|"
        r"\bpytanie\s+było\b|(?<!\w)(?:belirtmedi|belirtilmedi|demedi|sormadı|istemişti)(?!\w)|\bhen\s+(?:bad|sa|vill)\b|"
        # the request as the subject, or what it asked for: "O pedido mencionava", "ao que foi pedido"
        r"(?<!\w)(?:o\s+pedido|el\s+pedido|la\s+richiesta|la\s+demande|die\s+anfrage|het\s+verzoek|prośba|запрос|istek)\s+"
        r"(?:mencionava|mencionaba|pedía|pedia|diceva|chiedeva|disait|mentionnait|sagte|nannte|vroeg|dotyczyła|был|просил|\w+yordu)(?!\w)|"
        r"(?<!\w)(?:(?:a|ao)\s+que\s+foi\s+pedido|lo\s+que\s+se\s+pidió|tal\s+como\s+se\s+pidió|ce\s+qui\s+(?:a\s+été|était)\s+demandé|"
        r"quanto\s+richiesto|was\s+gefragt\s+war|pytanie,?\s+które\s+zadał\w*|soru\s+(?:sadece|yalnızca|zaten)|sorusu|"
        r"instrukcja\s+mówi|the\s+instructions?\s+(?:say|said)|la\s+consigne|die\s+anweisung\s+(?:sagt|war))(?!\w)|質問に|"
        r"(?<!\w)(?:pela\s+menção|por\s+la\s+mención|dalla\s+menzione|die\s+erwähnung|по\s+упоминани\w+)(?!\w)|"
        r"(?<!\w)(?:похоже|видимо|кажется),?\s+(?:нужн\w+|хочет|ищет)(?!\w)",
        # the request classified, or what it left out, in note style: "Refund request, …", "Nothing about
        # sleeping out, so …", "single fact asked", "a 100-word cap was mentioned", "Asker is on a Mac"
        r"^\W*[\w-]+(?:\s+[\w-]+)?\s+(?:request|question|query)\s*[,.—–:]|\b(?:single|one|only|simple)\s+(?:fact|thing|number|word)\s+asked\b|"
        r"^\W*(?:nothing|no\s+mention|nichts|rien|nada|niente|nic|ничего)\s+(?:about|of|über|sur|sobre|su|o|про)\b|"
        r"\b(?:aucune\s+précision|sans\s+critère|keine\s+angabe|no\s+specifics?|nessuna\s+indicazione|brak\s+informacji)\b|"
        r"(?<!\w)(?:sin\s+especificar|sem\s+especificar|sin\s+criterio)(?!\w)|\bno\s+(?:[\w-]+\s+){0,2}?(?:described|mentioned|specified)\b|"
        r"\b(?:was|were)\s+(?:mentioned|requested|specified|asked)\b|\bfrom\s+(?:the\s+)?context\b|"
        r"(?:^|(?<=[.!?;:]\s)|(?<=[\[(]))(?:asker|vraagsteller|fragesteller(?:in)?|questioner|requester)\b|"
        r"\b(?:second|third|fourth|segundo|tercer|tercero|cuarto|deuxième|troisième|zweite|dritte|secondo|terzo)\s+"
        r"(?:message|mensaje|mensagem|messaggio|nachricht)\b|"
        r"\bthe\s+(?:writer|author|asker|student|poster)\s+(?:sounds|seems|is\s+clearly|looks)\b|"
        r"\b(?:first|second|third|last|previous|latest|new)\s+message\s+(?:in|of)\s+the\s+(?:thread|chat|conversation)\b|"
        r"(?<!\w)(?:a\s+dúvida\s+(?:era|é)|la\s+duda\s+(?:era|es)|prośba\s+o|sorulmamış|sorulmadı|istenmemiş|belirtilmemiş)(?!\w)|"
        r"\bce\s+que\s+(?:cherchait|voulait|demandait)\b|\b(?:le\s+demandeur|la\s+demandeuse|il\s+richiedente|der\s+anfragende)\b|"
        r"(?<!\w)(?:el|o)\s+solicitante(?!\w)|\b(?:quiz|trivia|homework)\s+question\b|\bquizfrage\b|\bit['’]s\s+trivia\b|"
        r"\b(?:o\s+sistema|el\s+sistema|il\s+sistema|le\s+système|das\s+system|the\s+system)\s+(?:pede|pide|chiede|demande|verlangt|asks|wants)\b|"
        r"(?<!\w)(?:instructie\s+zegt|anweisung\s+sagt|l['’]instruction\s+dit|la\s+instrucción\s+dice|l['’]istruzione\s+dice|"
        r"a\s+instrução\s+diz|инструкция\s+(?:говорит|гласит)|rôle\s+imposé)(?!\w)|질문한\s*사람|"
        # what the asker needed, in the past: "lo que necesitaba", "彼女の聞きたかったこと"
        r"(?<!\w)(?:lo\s+que\s+(?:necesitaba|buscaba|pedía)|o\s+que\s+(?:precisava|procurava|pedia)|quello\s+che\s+(?:serviva|cercava)|"
        r"ce\s+dont\s+(?:il|elle)\s+avait\s+besoin|(?:sa|leur)\s+question\s+précédente|hanno\s+chiesto|han\s+pedido|ont\s+demandé)(?!\w)|"
        r"(?:彼|彼女|相手|この人)の?(?:聞きたかった|知りたかった|知りたい|聞きたい)",
        # the asker in the third person with a verb of asking, saying or wanting: "ela perguntou da altura",
        # "ele só quer a data", "vu qu'ils veulent juste", "die Kaution hatte er extra erwähnt", "W sumie pytał o termin"
        r"(?<!\w)(?:ele|ela|eles|elas)\s+(?:só\s+|apenas\s+|também\s+|já\s+|não\s+)?(?:perguntou|perguntaram|disse|disseram|falou|"
        r"mencionou|comentou|pediu|quer|queria|quis|precisa)(?!\w)|"
        r"(?<!\w)(?:él|ella|ellos|ellas)\s+(?:solo\s+|sólo\s+|también\s+|ya\s+|no\s+)?(?:preguntó|dijo|pidió|mencionó|comentó|quiere|"
        r"quería|necesita)(?!\w)|\blui\s+(?:ha\s+(?:chiesto|detto|menzionato)|vuole|voleva|chiede)\b|"
        r"\b(?:il|elle|ils|elles)\s+(?:veu(?:len)?t|voulai(?:en)?t|demande(?:nt)?)\s+(?:juste|seulement|surtout|uniquement|simplement)\b|"
        r"\b(?:hatte|hat)\s+(?:er|sie)\s+(?:\w+\s+){0,2}?(?:erwähnt|gefragt|betont)\b|"
        r"\b(?:er|sie)\s+(?:hatte|hat)\s+(?:\w+\s+){0,3}?(?:erwähnt|gefragt|betont)\b|\ber\s+wollte\s+(?:nur|wissen)\b|"
        r"\b(?:heeft|had)\s+(?:ze|hij|zij)\s+(?:\w+\s+){0,2}?(?:genoemd|gevraagd)\b|\b(?:ze|hij|zij)\s+(?:vroeg|noemde|wilde\s+alleen)\b|"
        r"(?<!\w)(?:pytał|pytała|prosił|prosiła|wspominał|wspominała|wspomniał|wspomniała)(?!\w)|"
        r"(?<!\w)(?:он|она|они)\s+(?:спросил\w*|просил\w*|хочет|хотят|хотел\w*|упомянул\w*)(?!\w)|(?<!\w)(?:ему|ей|им)\s+нуж[нe]\w*(?!\w)|"
        r"(?:他|她|他们|她们)(?:只|就|是)?(?:问了|问的|想知道|只想|要的)|(?:彼|彼女)(?:は|が)(?:聞いて|知りたい)|考虑到(?:他|她|对方)|(?<!\w)(?:вопрос\s+был|soran)(?!\w)|\bil\s+tono\s+del\s+(?:messaggio|cliente)\s+era\b|"
        r"(?<!\w)(?:no\s+ha\s+(?:dicho|especificado|indicado|mencionado|aclarado)|по\s+формулировке)(?!\w)",
        # the request judged unclear: "Request unclear:", "Prośba niejasna", "Frage ist unklar"
        r"\b(?:request|question)\s+(?:is\s+)?(?:unclear|ambiguous)\b|\b(?:unclear|ambiguous)\s+(?:request|question)\b|"
        r"(?<!\w)(?:prośba\s+niejasna|pytanie\s+niejasne|pregunta\s+ambigua|demande\s+ambiguë|frage\s+(?:ist\s+)?unklar)(?!\w)",
    ),
    _I,
)
# The reply as a thing, or a verdict on it.
REPLY = re.compile(
    _alt(
        r"\b(?:the|this|my|a)\s+(?:[\w-]+\s+)?(?:answer|reply|response|explanation|list|steps?|format|tone|version|options?|"
        r"examples?|detail|calculation|figures|percentages|one-liner)\b|\b(?:the\s+)?draft\s+(?:above|below)\b|"
        r"\b(?:\d+|two|three|four|five|six|seven)\s+(?:steps|options|points|items|examples|sentences|bullets|ideas|lines)\b|"
        r"\b(?:to|worth)\s+include\b|\bworth\s+including\b",
        r"\b(?:felt|feels|seemed|seems)\s+(?:like\s+)?(?:right|enough|excessive|important|worth|overkill|the\s+point|too)\b|"
        r"\b(?:close\s+enough|fine\s+to\s+present|short\s+and\s+\w+|tiny\s+answer|that['’]s\s+all\s+that\s+was\s+needed|"
        r"no\s+point|overkill|enough\s+here|is\s+in\s+there|it['’]s\s+in\s+there)\b",
        r"\b(?:die\s+antwort|die\s+beispiele|die\s+liste)\b|\b(?:la\s+réponse|en\s+liste|la\s+liste)\b",
        r"(?<!\w)(?:la\s+respuesta|lista|opciones|con\s+esto\s+basta)(?!\w)|\b(?:risposta|la\s+versione|il\s+calcolo)\b",
        r"(?<!\w)(?:a\s+resposta|lista)(?!\w)|(?<!\w)(?:ответ|рецепт)(?!\w)",
        r"回答|答案|步骤|写得|注意点|答え|답변|أمثلة",
        r"\b(?:same\s+answer|answer\s+plus)\b|\ba\s+(?:line|sentence)\s+on\b|\b(?:une\s+liste|un\s+tableau)\b",
    ),
    _I,
)
# A verdict on the writer's own choice: "felt right here", "no need to dress it up".
JUDGED = re.compile(
    _alt(
        r"\b(?:felt|feels|seemed|seems)\s+(?:like\s+)?(?:right|enough|excessive|overkill|(?:important|good)\s+enough|"
        r"worth\s+\w+ing|the\s+(?:point|whole\s+question)|too\s+\w+\s+for)\b",
        r"\bseemed\s+(?:the\s+)?(?:safer|safest|better|best)\s+(?:guess|bet|choice|option)\b|(?<!\w)yeterince\s+(?:kısa|net|açık)(?!\w)|"
        r"(?<!\w)(?:não\s+precisa\s+de\s+mais|no\s+hace\s+falta\s+más|vale\s+citar)(?!\w)|\bno\s+need\s+for\s+more\b|"
        r"\b(?:no\s+(?:need|point)\s+(?:to|in)\s+(?:dress|bring\w*|go\w*\s+into|get\w*\s+into|pad\w*|overload\w*)|"
        r"that['’]s\s+all\s+that\s+was\s+needed|fine\s+to\s+(?:present|send|leave)|would['’]ve\s+done|"
        r"(?:didn['’]t|did\s+not|doesn['’]t)\s+seem\s+(?:to\s+be\s+)?(?:the\s+point|necessary|needed|relevant|wanted)|"
        r"it['’]s\s+fine\s+for|whether\s+to\s+(?:include|mention|add|cover|explain)|(?:one-line\s+)?answer\s+expected|"
        r"überflüssig|ein\s+extra|superflu|superfluo|de\s+más|basti|"
        r"nothing\s+more\s+to\s+it|the\s+rest\s+is\s+bonus)\b",
        r"\b(?:should|ought\s+to|sollte|devrait|dovrebbe|deveria|debería|zou)\s+(?:\w+\s+){0,2}?(?:be\s+enough|suffice|reichen|"
        r"suffire|bastare|bastar\w*|genoeg\s+zijn)\b|\bdekt\b",
        r"\bseemed\s+(?:like\s+)?the\s+right\s+(?:level|call|choice|approach|length|amount|depth)\b|"
        r"\b(?:basta\s+così|direi\s+che\s+basta)\b|\ble\s+reste\s+(?:c['’]est|est)\s+du\s+bonus\b|\bder\s+rest\s+ist\s+bonus\b|"
        r"(?<!\w)el\s+resto\s+es\s+(?:un\s+)?extra(?!\w)|\bil\s+resto\s+è\s+(?:un\s+)?extra\b|\b(?:that|this)\s+(?:should\s+)?covers?\s+what\b|"
        r"\b(?:sera|serait|will\s+be|would\s+be|wäre|sarà|sería|será)\s+(?:plus|more|besser|più|más|mais)\s+"
        r"(?:lisible|readable|übersichtlich|leggibile|legible|legível|clair|clear)\b|"
        r"\bshould\s+(?:settle|cover)\s+(?:what|it|the\s+(?:question|debate|argument))\b|(?<!\w)(?:mu|jej|im)\s+wystarczy(?!\w)|就够了|"
        r"(?<!\w)(?:con\s+esto\s+(?:le\s+|les\s+)?basta|no\s+hace\s+falta\s+explicar|così\s+basta|ça\s+suffit|das\s+reicht|passt\s+also|"
        r"этого\s+достаточно|будет\s+достаточно|хватит|(?:уже\s+)?лишнее|лучше\s+(?:упомянуть|добавить|написать))(?!\w)|十分答え|これで十分|이\s*정도면\s*충분|要不要(?:讲|写|提|加|说)|"
        r"ようとしたのですが|ようと思ったが|なっているはず|足りるはず",
        r"\bworth\s+(?:the|a|an)\s+(?:emphasis|mention|note|caveat|warning|flag)\b|\bworth\s+(?:stressing|flagging|emphasi[sz]ing)\b(?!\s+(?:to|with)\s+(?:the|a|an|your|his|her|their)\b)|"
        r"(?<!\w)(?:vale\s+(?:a\s+pena\s+)?(?:insistir|mencionar|lembrar|reforçar)|vale\s+la\s+pena\s+(?:insistir|mencionar|recordar))(?!\w)",
        # a part worth adding, in note style: "worth a not-legal-advice line", "seemed more useful"
        r"\bworth\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:line|sentence|footnote)\b|\bseemed\s+(?:more|less)\s+(?:useful|natural|helpful|fitting)\b|"
        r"\b(?:devrait|dovrebbe)\s+(?:\w+\s+)?(?:couvrir|coprire)\b|(?<!\w)(?:debería|deveria)\s+(?:cubrir|cobrir)(?!\w)|"
        # a choice of how much to show: "Meglio mostrare tutti i passaggi", "better to give the steps"
        r"(?<!\w)(?:meglio|mejor|melhor|besser|mieux\s+vaut|better\s+to)\s+(?:mostrare|mostrar|zeigen|montrer|show|dare|dar|"
        r"geben|donner|give|spiegare|explicar|erklären|expliquer|explain|includere|incluir|include)(?!\w)",
    ),
    _I,
)
REASON = re.compile(
    _alt(
        r"\b(?:since|because|as|so|given|hence|therefore|which\s+is\s+why)\b|\bfor\s+(?:a|this|the)\s+\w+",
        r"\b(?:weil|deshalb|daher|also|danach)\b|(?:^|(?<=[,;:(]\s)|(?<=[.!?]\s))da\b|\b(?:parce\s+que|car|donc|puisque|comme)\b",
        r"(?<!\w)(?:porque|ya\s+que|así\s+que|por\s+eso|visto\s+que)(?!\w)|\b(?:perché|visto\s+che|quindi|dato\s+che|poiché)\b",
        r"(?<!\w)(?:pois|já\s+que|então|por\s+isso)(?!\w)|(?<!\w)(?:потому|так\s+как|поэтому|раз|ведь)(?!\w)",
        r"\b(?:dus|want|omdat|daarom)\b|(?<!\w)(?:bo|ponieważ|więc|dlatego|çünkü|diye)(?!\w)",
        r"因为|所以|因此|ので|から|ため|때문|라서|해서|لأن|لذلك",
        # a note's conclusion: "Keyboard shortcut then.", "portanto frases curtas"
        r"\bthen(?=[.!])|(?<!\w)(?:portanto|por\s+lo\s+tanto|perciò|dunque)(?!\w)",
    ),
    _I,
)
# A guess about the request or its author: "wohl", "probably", "I suppose".
GUESS = re.compile(
    r"\b(?:probably|presumably|I\s+guess|I\s+suppose|pretty\s+sure|wohl|vermutlich|sans\s+doute|probablement|"
    r"probablemente|supongo|probabilmente|immagino|credo\s+che|provavelmente|suponho|waarschijnlijk|denk\s+ik)\b|"
    r"(?<!\w)(?:наверное|видимо|похоже|явно|кажется)(?!\w)|たぶん|おそらく|아마|大概|估计|"
    r"\b(?:sounds|looks|seems)\s+like\b|\bjudging\s+(?:by|from)\b|\bapparently\b|\bby\s+the\s+looks?\s+of\b|可能是|"
    r"\b(?:klingt\s+nach|offenbar|anscheinend|apparemment|on\s+dirait|sembra|pare\s+che)\b|"
    r"(?<!\w)(?:pelo\s+jeito|por\s+el\s+tono|parece\s+(?:que|ser|alguien|alguém)|судя\s+по|по\s+всей\s+видимости)(?!\w)|"
    r"看起来|似乎|っぽい|ようなので|みたいなので|같은데|보인다|好像|印象|"
    r"(?<!\w)(?:da\s+la\s+impresión|tengo\s+la\s+impresión|on\s+dirait|j['’]ai\s+l['’]impression|ho\s+l['’]impressione|"
    r"zo\s+te\s+zien|ik\s+krijg\s+de\s+indruk|leek|leken|semblait|sembrava|parecía|parecia|schien|wydawał[aoy]?\s+się|казалось|wygląda\s+na|chyba|galiba|sanırım|herhalde|var\s+gibi|"
    r"acho\s+que|создаётся\s+впечатление|(?:a|avait|ont|avaient)\s+l['’]air|myślę,?\s+że|أظن|أعتقد|spero\s+che)(?!\w)"
    r"|(?<!\w)(?:pinta\s+a|tiene\s+pinta\s+de|creo\s+que|mam\s+nadzieję|espero\s+que|j['’]espère\s+que)(?!\w)|"
    r"\blikely(?=\s+[^\W\d_]+\s+[^\W\d_]+[.,;])|\breads\s+like\b|\bvisiblement\b|\bclearly\b|\bI\s+don['’]t\s+think\b|\bhopefully\b|(?<!\w)visiblemente(?!\w)|\bI\s+hope\s+(?:that['’]s|this\s+is|it['’]s)\b|と思う",
    _I,
)
# A guess about who is asking: "probably someone whose account was migrated", "klingt nach
# jemandem, der…", "Acho que é alguém de Portugal", "初めて確定申告をする会社員っぽい".
_PERSON = (
    r"someone|somebody|a\s+(?:\w+\s+){0,2}?(?:student|beginner|parent|buyer|customer|developer|person|kid|teen\w*)|"
    r"jemand\w*|quelqu['’]un|alguien|qualcuno|alguém|un\s+(?:ragazzo|genitore|estudiante|étudiant|élève)|uno\s+studente|una\s+studentessa|"
    r"(?:the|die|der|la|le|a)\s+(?:person|persona|personne|pessoa|persoon)|"
    r"человек\w*|школьник\w*|студент\w*|клиент\w*|对方|这个人|相手|人|사람|분|"
    r"(?:el|la|le|il|o|a|der|die|de|the)\s+(?:cliente|clienta|client|kunde|kundin|klant|customer|parent|padre|madre|aluno|aluna|alumno|alumna|élève|studente|studentessa|schüler|schülerin|leerling)|"
    r"客户|顾客|家长|お客様"
)
_PRONOUN = r"he|she|il|elle|er|ele|ela|él|ella|lui|hij|zij|ona|он|она"
PROFILED = re.compile(
    rf"(?:{GUESS.pattern})\W+(?:[^\W\d_]+\W+){{0,3}}?(?:{_PERSON})(?![^\W\d_])|"
    rf"(?:{GUESS.pattern})\W+(?:[^\W\d_]+\W+){{0,4}}?(?:trabalho\s+escolar|school\s+(?:project|assignment)|homework|"
    r"trabajo\s+(?:escolar|de\s+clase)|deberes|devoir|exposé|ricerca\s+scolastica|referat|hausaufgabe|werkstuk|spreekbeurt|"
    r"praca\s+domowa|zadanie\s+domowe|домашн\w+\s+задани\w+|реферат)(?![^\W\d_])|这位(?:朋友|用户|同学|家长)|"
    rf"(?:会社員|学生|初心者|人|子|方)(?:っぽい|みたい|のよう)|(?:对方|用户|相手|この人|その人)(?:应该|大概|可能|估计|好像|らしい|っぽい)|(?:사람|분|학생)(?:인\s*것\s*같|같은데|으로\s*보)"
    rf"|\bfor\s+someone\s+(?:clearly|obviously|who|\w+ing)\b|(?:사람|분|학생)(?:은|이)?\s*(?:\w+\s*)?(?:인\s*듯|인듯)|"
    # a guess about "he" or "she" with no one named: "dass er vermutlich auf macOS ist", "parece ser a primeira vez que ele"
    rf"(?<![^\W\d_])(?:{_PRONOUN})\s+(?:[^\W\d_]+\s+){{0,2}}?(?:{GUESS.pattern})|"
    rf"(?:{GUESS.pattern})\W+(?:[^\W\d_]+\W+){{0,5}}?(?:{_PRONOUN})(?![^\W\d_])|(?:他|她)(?:可能|应该|大概|估计|好像)",
    _I,
)
# Leaving something out, judged as too much for this reply: "dat voert te ver", "Mejor no…".
TOO_FAR = re.compile(
    r"\b(?:voert\s+te\s+ver|würde\s+zu\s+weit\s+führen|führt\s+zu\s+weit|irait\s+trop\s+loin|would\s+go\s+too\s+far|"
    r"andrebbe\s+troppo\s+(?:lontano|oltre)|better\s+not|besser\s+nicht|mieux\s+vaut\s+(?:ne|pas)|meglio\s+non)\b|"
    r"(?<!\w)(?:iría\s+demasiado\s+lejos|iria\s+longe\s+demais|mejor\s+no|melhor\s+não|fica\s+muito\s+longo|"
    r"se\s+alarga\s+demasiado|это\s+уже\s+лишнее|слишком\s+далеко)(?!\w)|扯远了|太长了|長くなるので|\bno\s+need\s+to\s+pad\s+it\b",
    _I,
)
# What the request left unsaid, noted before a conclusion drawn from it: "Nenhum tipo de forno
# mencionado, então…", "No budget given, so…", "Aucune précision sur le contrat — on part sur…".
ABSENT = re.compile(
    r"(?<!\w)(?:no|nenhum|nenhuma|ningún|ninguna|nessun|nessuna|aucune?|kein(?:e|en)?|geen|żaden|żadna|никак\w+)\s+"
    r"(?:[^\W\d_]+\s+){0,3}?(?:mentioned|given|specified|stated|mencionad[oa]s?|indicad[oa]s?|especificad[oa]s?|"
    r"menzionat[oa]|indicat[oa]|specificat[oa]|mentionnée?s?|précisée?s?|indiquée?s?|erwähnt|angegeben|genoemd|"
    r"vermeld|podan[aey]?|wspomnian[aey]?|указан\w*|упомянут\w*)(?!\w)",
    _I,
)
# A note on the reply's form, the clause nothing but a register, a format or a language with its
# value: "tone apologetic", "Ton distingué", "registro formal", "формат — список", "Italiano formale".
_SPEC_NOUN = (
    r"tone|register|ton|tono|registro|registre|toon|тон|format|formato|формат|"
    r"language|langue|idioma|lingua|sprache|taal|język|язык"
)
_REGISTER = r"formal|formale|formel|förmlich|formeel|formalny|informal|informale|casual|swobodny|формальн\w*"
SPEC = re.compile(
    rf"(?:(?<=[,;—–]\s)(?:{_REGISTER})|(?:^|(?<=[.;,:—–(\[]\s)|(?<=[.;,:—–(\[]))[ \t]*"
    rf"(?:[^\W\d_]+\s+(?:{_REGISTER}|tone|ton|tono|toon|тон)|(?:{_SPEC_NOUN})\s*(?:[:—–-]\s*|\s)[^\W\d_]+))"
    r"[ \t]*(?=[.;,)\n]|$)",
    _I,
)
FAMILIES = (
    ("made", MADE), ("spec", SPEC), ("asked", ASKED), ("profiled", PROFILED), ("judged", JUDGED), ("reply", REPLY), ("reason", REASON),
    ("guess", GUESS),
)  # fmt: skip
LEADS = ("made", "asked", "profiled", "judged", "spec", "as asked")
# "as requested" closing an answer is the writer's check against the request; opening one
# ("Poem, as requested:") it is a courtesy that introduces the answer.
AS_ASKED = re.compile(
    r"\bas\s+(?:requested|asked|instructed)\b|(?<!\w)(?:tal\s+)?como\s+se\s+pidió(?!\w)|\bcomme\s+demandé\b|"
    r"\bwie\s+gewünscht\b|\bcome\s+richiesto\b|(?<!\w)conforme\s+pedido(?!\w)|\bzoals\s+gevraagd\b|(?<!\w)как\s+просили(?!\w)",
    _I,
)
# The aside speaks to the reader: then it is advice, not a note to self.
TO_READER = re.compile(
    r"(?i:\b(?<!thank[- ])(?:you|your|yours)\b|\b(?:dir|dich|dein\w*)\b|\b(?:vous|votre|vos|(?<!del\s)tu|(?<!un\s)(?<!le\s)(?<!ce\s)ton(?!\s+(?:distingué|neutre|formel|amical|chaleureux|soutenu|familier|poli|léger|swobodny|formalny|luźny|uprzejmy)\b)|ta(?!\s+osob)|tes)\b|"
    rf"(?<!\w)(?:usted|tú|tus)(?!\w)|(?<!\w){lx.NOT_YOU_TE}(?!\w)|\b(?:tuo|tua|tuoi|ti|voi|vostro)\b|(?<!\w)(?:você|vocês)(?!\w)|"
    r"(?<!\w)(?:вы|вам|вас|ваш\w*|ты|тебе|твой)(?!\w)|你|您|あなた|당신)|\b(?:Sie|Ihnen|Ihre[mnrs]?)\b(?<!^Sie)",
)
_MAX_WORDS = 60
_SHORT_WORDS = 30  # a one-line paragraph between parts of the answer


SET_OFF = "(（[—–↳"
OPENING_END = re.compile(r"[.!?。]\s|\n")  # where the title or first sentence ends
DIALOGUE_LINE = re.compile(r"^[ \t]*[—–]", re.MULTILINE)
INLINE_BRACKET = re.compile(r"(?<=\S )\([^()\n]{12,200}\)")
BRACKETED_LINE = re.compile(r"^[ \t]*[(（\[][^()（）\[\]\n]{10,}[)）\]][ \t]*$", re.MULTILINE)
SENTENCE = re.compile(r"[^.!?。！？]+(?:[.!?。！？]+|$)")


def _asides(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, opening) of the first and last paragraphs, and of any set off in brackets or by a dash."""
    body = text.rstrip()
    breaks = list(PARAGRAPH_BREAK.finditer(body))
    yield from _line_before_list(body, breaks[0].start() if breaks else len(body))
    if not breaks:
        yield from _bracketed_lines(body, 0, len(body))
        return  # a single paragraph is otherwise the answer itself
    starts = [0] + [b.end() for b in breaks]
    ends = [b.start() for b in breaks] + [len(body)]
    for index, (start, end) in enumerate(zip(starts, ends, strict=True)):
        paragraph = body[start:end].strip()
        if not paragraph:
            continue
        short = len(paragraph.split()) <= _SHORT_WORDS and "\n" not in paragraph
        if index in (0, len(starts) - 1) or paragraph[0] in SET_OFF or short:
            yield start, end, index == 0
        if "\n" in paragraph:
            yield from _bracketed_lines(body, start, end)


def _line_before_list(body: str, end: int) -> Iterator[tuple[int, int, bool]]:
    """The opening line of a first paragraph that goes on as a list: "Three bullets felt right for this."."""
    start = len(body) - len(body.lstrip())
    line_end = body.find("\n", start, end)
    listed = LIST_LINE.search(body, line_end, end)
    if line_end > 0 and not LIST_LINE.search(body, start, line_end) and listed:
        yield start, line_end, True


def _bracketed_lines(body: str, start: int, end: int) -> Iterator[tuple[int, int, bool]]:
    """Lines of a paragraph wholly set in brackets: "(Kept it short; sounds like a beginner.)"."""
    for line in BRACKETED_LINE.finditer(body, start, end):
        yield line.start(), line.end(), False


# A list item or table cell that is itself a side remark: set off by a bracket, an arrow, an
# emoji or strike-through ("- *(l'utilisateur n'a pas précisé le moule, je pars sur 24 cm)*",
# "| families ← they mentioned three kids, so this is the one to highlight |").
CELL_SET_OFF = re.compile(r"^[\s*_~]*(?:[(\[（]|[\U0001F300-\U0001FAFF\u2600-\u27BF])|[←↳⟵]")
ROW = re.compile(r"^[ \t]*(?:[-*•][ \t]+|\d+[.)][ \t]+|(?=\|))(?P<body>[^\n]+)$", re.MULTILINE)


def _moves(
    words: str, courtesy: bool = False
) -> tuple[dict[str, re.Match[str]], list[re.Match[str]]]:
    """The aside families found in `words` by name, and those that can lead, in `LEADS` order.

    With `courtesy`, a closing "as requested" counts as the writer's check against the request.
    """
    found = {name: m for name, pattern in FAMILIES if (m := pattern.search(words))}
    if courtesy and (as_asked := AS_ASKED.search(words)):
        found["as asked"] = as_asked
    return found, [found[name] for name in LEADS if name in found]


def cell_signs(text: str) -> Iterator[tuple[str, float, int, int, bool]]:
    """A set-off list item or table cell that talks about the request, or makes two moves of an aside."""
    for row in ROW.finditer(text):
        offset = row.start("body")
        for piece in row.group("body").split("|"):
            start, offset = offset, offset + len(piece) + 1
            if (
                len(piece.split()) > _MAX_WORDS
                or TO_READER.search(piece)
                or not CELL_SET_OFF.search(piece)
            ):
                continue
            found, leads = _moves(piece)
            about_request = "asked" in found or "profiled" in found
            if leads and (about_request or len(found) >= 2):
                yield (
                    "talks about its reply",
                    1.5,
                    start + leads[0].start(),
                    start + leads[0].end(),
                    False,
                )


def sentence_signs(text: str) -> Iterator[tuple[str, float, int, int, bool]]:
    """A sentence anywhere that makes a choice about the text, or judges it, and names the request.

    "Ik laat spelfouten buiten beschouwing, want daar vroeg hij niet om.", "Non riscrivo il
    testo perché lo studente ha chiesto solo una correzione.", "Creo que con esto le basta, solo
    quería las fechas.": two moves of an aside, inside a paragraph of the answer. A choice judged
    as going too far ("Ik ga niet in op de details, dat voert te ver.") counts too.
    """
    sentences = list(SENTENCE.finditer(text.rstrip()))
    # a bracket inside a sentence is a sentence of its own: "by bank transfer (putting this
    # first since card fees came up earlier) or by card"
    brackets = list(INLINE_BRACKET.finditer(text))
    for index, sentence in enumerate([*sentences, *brackets]):
        words = sentence.group()
        lines = [line for line in words.split("\n") if line.strip()]
        verse = len(lines) >= 3 and not any(ROW.match(line) for line in lines)
        if TO_READER.search(words) or len(words.split()) > _MAX_WORDS or verse:
            continue  # a sentence over three lines or more, none of them a list item, is verse
        made, judged = MADE.search(words), JUDGED.search(words)
        asked = ASKED.search(words) or PROFILED.search(words)
        lead = made if made and (asked or TOO_FAR.search(words)) else judged if asked else None
        absent = ABSENT.search(words)
        if lead is None and absent and REASON.search(words, absent.end()):
            lead = absent  # "No budget given, so the mid-range one": a gap in the request filled
        if lead is None and index >= len(sentences):
            # A bracket is an aside of its own when it names the request beside another move
            # ("(Respuesta corta, tal como se pidió.)"); "Project plan (as requested):" opening
            # the text is a courtesy, "(lo hice porque quise)" an example
            opening = not OPENING_END.search(text, 0, sentence.start())
            found, leads = _moves(words, courtesy=not opening)
            about_request = {"asked", "profiled", "as asked"} & set(found)
            lead = leads[0] if about_request and len(found) >= 2 else None
        elif lead is None and index == len(sentences) - 1 and index >= 2:
            # The closing sentence of a longer paragraph, with two moves that lead an aside:
            # "Sanırım kısa tutmam iyi oldu, soru sadece sürelerle ilgiliydi."
            leads = _moves(words)[1]
            lead = leads[0] if len(leads) >= 2 else None
        if lead is not None:
            start = sentence.start()
            yield "talks about its reply", 1.5, start + lead.start(), start + lead.end(), False


def aside_signs(text: str) -> Iterator[tuple[str, float, int, int, bool]]:
    """An opening, closing or bracketed aside that talks about the reply or the request."""
    for start, end, opening in _asides(text):
        paragraph = text[start:end]
        spoken = len(DIALOGUE_LINE.findall(paragraph)) >= 2  # "—Creo que el cliente quiere…"
        if len(paragraph.split()) > _MAX_WORDS or LIST_LINE.search(paragraph) or spoken:
            continue
        # sentences spoken to the reader are advice; blank them, keeping offsets
        kept = SENTENCE.sub(
            lambda m: " " * len(m.group()) if TO_READER.search(m.group()) else m.group(), paragraph
        )
        found, leads = _moves(kept, courtesy=not opening)
        # "язык — русский, формат — список": two specs of the reply are two moves
        specs = len(SPEC.findall(kept)) >= 2
        set_off = kept.lstrip()[:1] in SET_OFF  # "(…)", "— …": marked as a side remark
        moves = len(found) + set_off + specs
        lead = leads[0] if leads else None
        if lead is not None and lead is found.get("spec"):
            # A register or format alone may be a note to the reader ("(Formal register; for a
            # casual tone: …)"): it needs a reason, the request or a second spec beside it.
            reason = found.get("reason")
            because = bool(reason and not reason.group().lower().startswith("for"))
            moves = 1 + len(set(found) - {"spec", "reply", "reason"}) + specs + because
        if moves >= 2 and lead is not None:
            yield "talks about its reply", 1.5, start + lead.start(), start + lead.end(), False
