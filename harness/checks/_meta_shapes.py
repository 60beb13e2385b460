"""Where meta talk sits, whatever its words: the opening, a closing verdict, a label before the answer.

An unseen author's rambling keeps a shape even when its words are new: the text opens by
talking to itself ("Got it —", "Bon,", "Tamam,") and then names the request in a short
clause before answering; a line starts with a label for the reply ("Final answer:",
"Revised version:") after other text; the last sentence judges the reply ("That should
cover it."); a bracketed aside describes the reply's form ("(kept it to one line)").
Each yields (rule, weight, start, end, needs_unaddressed), as `_meta_structure` does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from harness.checks import _meta_lexicon as lx
from harness.checks._text import PARAGRAPH_BREAK

_I = re.IGNORECASE

# Words a writer says to itself before starting: acknowledging the task, not greeting a reader.
_SELF_ACK = (
    r"got\s+it|gotcha|understood|noted|right|alright|all\s+right|ok(?:ay)?|okey|mkay|hmm+|hm+|"
    r"compris|entendu|bon|bien|d['’]accord|ok\s+donc|alors|entendido|vale|bueno|bien|pues|vamos|"
    r"verstanden|alles\s+klar|gut|also|na\s+gut|okay\s+also|capito|allora|bene|ok\s+quindi|dunque|"
    r"entendi|certo|beleza|bom|então|begrepen|goed|oké|dus|nou|begrepet|förstått|okej|jaha|"
    r"rozumiem|dobra|dobrze|więc|czyli|okej|так|итак|ладно|хорошо|понятно|ясно|ну|tamam|peki|anladım|pekala|"
    r"好的|好|嗯|明白了|了解|わかりました|分かりました|なるほど|はい|알겠습니다|좋아|음|네"
)
_CONNECTIVE = (
    r"so|then|now|donc|alors|entonces|pues|así\s+que|also|dann|quindi|allora|então|dus|więc|значит|итак|yani|"
    r"demek|所以|那么|じゃあ|그럼|så"
)
_PRONOUN = (
    r"they|he|she|this\s+person|il|elle|ils|on|er|sie|man|lui|lei|ele|ela|eles|hij|zij|ze|men|on|ona|oni|"
    r"он|она|они|человек|o|onlar|han|hon|de|user|the\s+user|l['’]utilisateur|el\s+usuario|l['’]utente|"
    r"o\s+usuário|de\s+gebruiker|der\s+nutzer|użytkownik|пользователь|kullanıcı|användaren"
)
_ADVERB = (
    r"just|really|basically|probably|clearly|simply|only|mainly|also|juste|simplement|sólo|solo|solamente|"
    r"nur|einfach|eigentlich|solo|semplicemente|só|apenas|gewoon|alleen|tylko|po\s+prostu|просто|только|"
    r"sadece|yalnızca|bara|egentligen"
)
_LATIN_LANGS = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "tr", "sv")
_REQUEST_VERB = "|".join(f"(?:{lx.REQUEST_VERB[lang]})" for lang in _LATIN_LANGS)
# "it's about", as an opening names the request: "Dobra, chodzi o przepis."
_ABOUT = (
    r"it(?:'s|’s|\s+is)\s+(?:about|a\s+question\s+of)|il\s+s['’]agit\s+d|c['’]est\s+une\s+question|"
    r"se\s+trata\s+de|si\s+tratta\s+(?:quindi\s+)?di|trata-se\s+de|es\s+geht\s+(?:also\s+|hier\s+)?um|het\s+gaat\s+(?:dus\s+)?om|"
    r"chodzi\s+(?:więc\s+)?o|речь\s+о|"
    r"вопрос\s+(?:о|про)|det\s+handlar\s+om|konu|"
    # the task, restated as "the question is…": "Okay, so what's needed is…", "Tamam, yani soru…"
    r"what['’]s\s+(?:needed|wanted|being\s+asked)\s+(?:is|here)|the\s+(?:question|goal|task|ask|point)\s+(?:here\s+)?(?:is|was)|"
    r"la\s+question\s+(?:est|portait)|l['’]objectif\s+est|die\s+frage\s+ist|das\s+ziel\s+ist|la\s+pregunta\s+es|el\s+objetivo\s+es|"
    r"la\s+domanda\s+è|l['’]obiettivo\s+è|a\s+pergunta\s+é|o\s+objetivo\s+é|de\s+vraag\s+is|het\s+doel\s+is|"
    r"pytanie\s+(?:jest|brzmi)|вопрос\s+в\s+том|задача\s+—|soru(?=\s)|frågan\s+är|"
    r"问题(?:其实|就)?是|目标是|質問は|聞きたいのは"
)
# An opening that acknowledges the task to itself, then names what was asked, and the
# answer follows: "Got it — a packing list.", "Bon, il veut savoir…", "Так, человек спрашивает…".
SELF_ACK_OPENING = re.compile(
    rf"\A\s*(?P<ack>(?:{_SELF_ACK}))(?![\w-])\s*(?:[,.!:;…—–\-，、。！]+|\s)\s*"
    rf"(?:(?:{_CONNECTIVE})(?:(?![\w-])|(?<=[一-鿿ぁ-ヿ]))\s*,?\s*)?(?:(?:{_PRONOUN})(?![\w-])\s+)?(?:(?:{_ADVERB})\s+)?"
    rf"(?P<what>(?!thanks?\b)(?:{_REQUEST_VERB}|{_ABOUT})(?![\w-])|(?:问题|目标|質問|聞きたい))",
    _I,
)
# Verb-final languages name the request at the end of the clause: "Tamam, kısa bir cevap istiyor."
SOV_ACK_OPENING = re.compile(
    rf"\A\s*(?:{_SELF_ACK})(?![\w-])\s*[,.!:;…—–-]+\s*[^.!?\n]{{0,60}}?(?P<what>(?:{lx.REQUEST_VERB['tr']}))[ \t]*[.!]",
    _I,
)
# The same acknowledgement followed by a bare noun phrase naming the task, then the answer:
# "Got it — a packing list for a weekend hike. Here it is:".
ACK_FRAGMENT = re.compile(
    r"\A\s*(?:got\s+it|gotcha|understood|noted|compris|entendu|entendido|verstanden|alles\s+klar|capito|entendi|"
    r"begrepen|förstått|rozumiem|понятно|ясно|anladım|明白了|了解|わかりました|分かりました|알겠습니다)"
    r"\s*[,.!:;…—–-]+\s*(?P<frag>(?:a|an|une?|una?|eine?|een|um|uma|en|ett)\s[^.!?\n。！？]{3,90})[.!?:。！？\n]",
    _I,
)
# A third person wanting, with a modal: "They'd probably like metric units."
THEY_WOULD = re.compile(
    r"\bthey(?:'d|’d|\s+would|\s+might|\s+may|\s+probably)\s+(?:probably\s+|likely\s+|also\s+|rather\s+)?"
    r"(?:like|want|prefer|appreciate|need|expect)\b(?!\s+(?:to\s+)?(?:you|us)\b)(?!\s+to\s+(?!know\b|see\b|have\b))",
    _I,
)
# A label for the reply at the start of a line, after other text: the working came first.
_REPLY_LABEL = (
    r"my\s+(?:answer|reply|response)|final\s+(?:answer|reply|response|version|output|draft)|(?:revised|corrected|improved|polished|cleaned[- ]up|"
    r"shorter|updated|better)\s+(?:answer|reply|response|version|draft)|response|reply|answer|output|"
    r"réponse(?:\s+finale)?|version\s+finale|respuesta(?:\s+final)?|versión\s+final|risposta(?:\s+finale)?|"
    r"versione\s+finale|resposta(?:\s+final)?|versão\s+final|antwort|endgültige\s+antwort|antwoord|odpowiedź|"
    r"ответ|итоговый\s+ответ|cevap|yanıt|svar|最终答案|最終回答|回答|답변|最终回答"
)
REPLY_LABEL_LINE = re.compile(
    rf"^[ \t]*(?:[-*>#]+[ \t]*)?(?:\*\*|__)?(?P<label>{_REPLY_LABEL})(?:\*\*|__)?[ \t]*[:：](?:\*\*|__)?[ \t]*\S",
    _I | re.MULTILINE,
)
QUESTION_LABEL = re.compile(
    r"^[ \t]*(?:[-*>#]+[ \t]*)?(?:\*\*)?(?:q|question|frage|pregunta|domanda|pergunta|vraag|pytanie|вопрос|soru|fråga|问题|質問|질문)"
    r"(?:\*\*)?[ \t]*[:：]",
    _I | re.MULTILINE,
)
# The last sentence judges the reply just written: "That should cover it.", "Short and sweet."
CLOSING_VERDICT = re.compile(
    r"(?:^|(?<=[.!?。！？]\s)|(?<=\n))[ \t]*(?:(?:ok(?:ay)?|good|great|yes|yep|right|alright|done|perfect|fine|"
    r"nice|cool)[,.!]?\s+)?"
    # an opinion or a "there" before it: "Acho que isso basta", "Пожалуй, этого хватит", "Voilà, c'est assez court"
    r"(?:(?:acho\s+que|je\s+pense\s+que|creo\s+que|penso\s+che|ich\s+(?:denke|glaube),?|I\s+think|пожалуй,?|вроде,?|думаю,?|"
    r"sanırım|myślę,?\s+że|denk\s+ik|voilà,?|ecco,?)\s+)?(?:(?:that|this)(?:'s|’s|\s+is|\s+should|\s+will|\s+ought\s+to)?\s+"
    r"(?:cover(?:s)?\s+it|cover\s+(?:everything|the\s+basics)|do(?:es)?\s+it|do|work(?:s)?|suffice(?:s)?|be\s+enough|enough|"
    r"good|clear|concise|short|brief|tight|fine|it|all\s+(?:that's\s+)?needed|answer(?:s)?\s+it|"
    r"(?:short|concise|brief|clear|simple)\s+enough|under\s+the\s+limit|within\s+the\s+limit)|"
    r"short\s+and\s+(?:sweet|to\s+the\s+point|clear)(?:\s*[—–,-]\s*(?:that|this)\s+works)?|concise\s+and\s+(?:clear|complete)|clear\s+and\s+concise|"
    r"(?:short|concise|brief)\s+enough|good\s+enough|looks\s+good|sounds\s+good|reads\s+well|done|perfect|"
    r"ça\s+(?:devrait\s+suffire|suffit|ira)|c['’]est\s+bon|eso\s+(?:debería\s+bastar|basta)|listo|"
    r"das\s+(?:sollte\s+reichen|reicht|passt)|passt|questo\s+(?:dovrebbe\s+bastare|basta)|"
    r"isso\s+(?:deve\s+bastar|basta)|pronto|dat\s+(?:moet\s+genoeg\s+zijn|is\s+genoeg|volstaat)|klaar|"
    r"to\s+(?:powinno\s+wystarczyć|wystarczy)|gotowe|этого\s+(?:должно\s+)?(?:хватит|достаточно)|готово|"
    r"bu\s+(?:yeterli|yeter)|tamamdır|det\s+(?:räcker|borde\s+räcka)|klart|c['’]est\s+assez\s+(?:court|complet)(?:\s+comme\s+ça)?)"
    r"(?:\s+(?:for\s+(?:them|the\s+user|this|the\s+question)|here|now))?"
    r"(?P<tail>[ \t]*[,;—–][ \t]*[^.!?\n]{1,80})?[ \t]*[.!]?[ \t]*\Z",
    _I,
)
# The last sentence ticks the reply off as done, after a word of assent: "Right, both clauses converted.",
# "Good, that answers the part they slipped in.", "Ok, risposta pronta, la mando.", "好，以上信息核对过了".
REPLY_DONE = re.compile(
    r"(?:^|(?<=[.!?。！？…]\s)|(?<=[.!?。！？…])|(?<=\n))[ \t]*(?:…+\s*)?(?:good|right|ok(?:ay)?|alright|bon|bene|pronto|tak|dobrze|"
    r"gut|prima|vale|listo|ну\s+вот|ладно|好|よし)[,，、]\s*"
    r"(?:[^.!?\n。！？]{0,60}?(?<![^\W\d_])(?:(?:both|all|every|each)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:clauses?|points?|parts?|"
    r"questions?|bits?|items?|cases?)\s+(?:are\s+)?(?:covered|converted|answered|handled|addressed)|"
    r"(?:that|this)\s+answers\s+(?:the|their|his|her)|(?:answer|reply|response|risposta|resposta|respuesta|réponse|antwort|odpowiedź|ответ)"
    r"\s+(?:is\s+)?(?:ready|done|pronta|pronto|lista|listo|prête|fertig|gotowa|готов)|la\s+mando|e\s+mandar|"
    r"sending\s+(?:it|that|this)|send\s+it\s+off)(?![^\W\d_])|"
    r"[^。！？\n]{0,30}?(?:核对过|確認した|入れたので大丈夫|这就是最终答案))",
    _I,
)
# A later paragraph that opens on a thinking noise and works a sum aloud: "Хм, посчитаю: 4+8=12, +15=27…".
WORKING_ALOUD = re.compile(
    r"\n[ \t]*\n[ \t]*(?:hmm+|hm+|mmm+|uhm+|ähm|euh|хм+|嗯+|うーん|えーと|음+)[,.…、，:：\s][^\n]{0,40}?\d[^\n]{0,20}?[=+×·*][^\n]{0,20}?\d",
    _I,
)
# A verdict that the reply is sufficient, not merely good: the strongest closing.
ENOUGH = re.compile(
    r"cover|do(?:es)?\s+it|\bdo\b|suffic|enough|limit|sweet|to\s+the\s+point|suffire|suffit|bastar|basta|reichen|"
    r"reicht|genoeg|volstaat|wystarcz|хватит|достаточно|yeter|räck|assez\s+(?:court|complet)",
    _I,
)
# A bracketed aside about the reply's own form: "(kept it to one line)", "(short version)".
FORM_ASIDE = re.compile(
    r"[(\[](?:\s*(?:note|n\.b\.)\s*[:,-]\s*)?\s*(?:(?:keeping|kept|trimmed|trimming|shortened|shortening|condensed|"
    r"simplified)\s+(?:it|this|things|the\s+(?:answer|reply|response|list|explanation))|short\s+version|one[- ]liner|brief\s+(?:version|answer)|"
    r"per\s+(?:the\s+)?instructions?|under\s+\d+\s+words|no\s+(?:jargon|markdown|fluff))\b[^)\]\n]{0,80}[)\]]",
    _I,
)
# Judging the form the reply needs before giving it: "This calls for a short answer."
FORM_JUDGEMENT = re.compile(
    r"\A\s*(?:(?:ok(?:ay)?|so|hmm+|right|alright)\s*,?\s+)?(?:I\s+think\s+|probably\s+)?"
    r"(?:(?:this|that|it)\s+(?:calls\s+for|needs|deserves|warrants|only\s+needs|just\s+needs)\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:answer|reply|response|list|table|explanation|one-liner|summary)|"
    r"(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:table|list|bullet\s+list|bullet\s+points|format|layout|one-liner)\s+"
    r"(?:suits|fits|works)\s+(?:this|it|here|best)|(?:format|layout|structure)[- ]wise)\b",
    _I,
)
# The writer laying out the reply before writing it: "Organizzerò la risposta per punti",
# "Podzielę odpowiedź na dwie części", "まず原因を説明して、そのあと解決策を箇条書きにします。"
REPLY_PLAN = re.compile(
    r"(?<!\w)(?:organizzerò|strutturerò|dividerò|imposterò|organizaré|estructuraré|dividiré|"
    r"vou\s+(?:organizar|dividir|estruturar)|je\s+vais\s+(?:organiser|structurer|diviser|découper)|"
    r"ich\s+(?:gliedere|strukturiere|unterteile)|podzielę|uporządkuję|rozbiję|разобью|разделю|структурирую|"
    r"ik\s+(?:verdeel|structureer)|I['’]ll\s+(?:organi[sz]e|structure|split|break\s+down|divide))\s+"
    r"(?:\w+\s+){0,2}?(?:risposta|respuesta|resposta|réponse|antwort|odpowiedź|ответ|antwoord|answer|reply|response)(?!\w)|"
    r"^まず[^。\n]{0,30}(?:書いて|説明して|述べて)[^。\n]{0,30}(?:しよう|します)。",
    _I | re.MULTILINE,
)
# The reply's order noted before it, without a verb: "First the pattern, then a one-line
# explanation.", "Erst Überblick, dann die drei Schritte", "先给结论，再列三条理由。" A recipe's
# "First, preheat the oven, then…" orders actions, not parts of a text.
_PART = (
    r"overview|summary|conclusion|answer|pattern|explanation|example|definition|steps|list|table|code|formula|"
    r"überblick|zusammenfassung|fazit|antwort|beispiel|schritte|liste|tabelle|aperçu|résumé|réponse|exemple|étapes|"
    r"resumen|conclusión|respuesta|ejemplo|pasos|riassunto|conclusione|risposta|esempio|passaggi|resumo|conclusão|"
    r"resposta|exemplo|passos|podsumowanie|odpowiedź|przykład|kroki|вывод|ответ|пример|шаги|обзор"
)
# What a plan of the reply puts in order besides its parts: explaining, naming, the formula, units, reasons.
_PLAN_ITEM = (
    r"explain\w*|erklären|klären|nennen|expliquer|explicar|spiegare|wyjaśnić|vysvětlit|uitleggen|объяснить|"
    r"formula|formel|formule|fórmula|wzór|формул\w*|einheit\w*|jednostk\w*|units?|unités?|unidad\w*|"
    r"reasons?|grund|gründe|raisons?|razón|motivo|powód|důvod|причин\w*|definition|definicj\w*|définition|definición|"
    r"unterschied|différence|diferencia|różnic\w*|rozdíl|разниц\w*|frist|podstawienie|pomůck\w*"
)
ORDER_PLAN = re.compile(
    r"\A\s*(?:first|erst|zuerst|d['’]abord|primero|prima|primeiro|najpierw|сначала|nejdřív|nejprve|eerst|först)\s+"
    rf"[^.\n,]{{0,30}}?(?<!\w)(?:{_PART}|{_PLAN_ITEM})(?!\w)[^.\n]{{0,40}},\s*(?:then|dann|danach|puis|luego|después|poi|"
    r"depois|potem|потом|затем|pak|dan|sedan)(?!\w)[^.\n]{0,80}[.:]?[ \t]*\n|"
    r"\A\s*先(?:给|说|讲|列|写)出?(?:结论|答案|总结|定义|原因|理由|例子)[，,]\s*(?:再|然后)[^。\n]{1,20}。|"
    r"\Aまず(?:結論|答え|定義|理由|要点)[、,][^。\n]{0,10}次に[^。\n]{1,30}。",
    _I,
)
# Checking its own working aloud, then the verdict: "Vérifions : 12 × 12 = 144. Oui."
# (A bare "Check:" or "Let's check:" ends worked solutions written for the reader, so they
# are left out: only the writer's own gerund or first person counts.)
_CHECKING = (
    r"(?:quick|sanity|final|one\s+more|double)[- ]check|double[- ]checking|re-?checking|checking|verifying|"
    r"contrôle\s+rapide|control\s+rápido|comprobación\s+rápida|verificação\s+rápida|kurze\s+kontrolle|conferi|"
    r"verifiquei|comprobé|j['’]ai\s+vérifié|ho\s+controllato|sprawdziłe[mn]|"
    r"(?:noch\s+(?:ein)?mal\s+)?(?:nachprüfen)|kurz\s+prüfen|je\s+vérifie|vérification\s+rapide|compruebo|"
    r"controllo\s+rapido|verificando|conferindo|ik\s+controleer|sprawdzam|szybkie\s+sprawdzenie|проверяю|"
    r"быстрая\s+проверка|kontrol\s+ediyorum|kontrollerar|låt\s+mig\s+kolla|验算|检查一下|確認すると|검산|"
    r"let\s+me\s+(?:double-|quickly\s+)?(?:check|verify)|deixa\s+eu\s+conferir|deixe-me\s+(?:conferir|verificar)|"
    r"déjame\s+(?:comprobar|verificar)|laisse-moi\s+vérifier|fammi\s+(?:controllare|verificare)|lass\s+mich\s+(?:kurz\s+)?(?:prüfen|nachrechnen)|"
    r"(?:bir\s+saniye,?\s+)?kontrol\s+edeyim|even\s+checken|niech\s+sprawdzę|дай(?:те)?\s+проверю|"
    r"验算一下|(?:让我|我来)?(?:验算|检查|核对)一下|確認してみ(?:る|ます)"
)
_VERDICT = (
    r"yes|yep|correct|right|ok(?:ay)?|good|fine|matches|checks\s+out|stimmt|passt|richtig|oui|correct|exact|juste|"
    r"ça\s+colle|colle|bate|"
    r"sí|correcto|cuadra|bien|giusto|corretto|torna|sim|certo|confere|klopt|juist|tak|zgadza\s+się|poprawnie|"
    r"да|верно|правильно|сходится|evet|doğru|tamam|ja|stämmer|rätt|✓|✔|对|正确|正しい|맞다|맞음|"
    r"isso\s+mesmo|eso\s+es|genau|exactement|esatto|dokładnie|именно|没错|没問題|合ってる|合っています"
)
# A worked solution written for the reader: its check line is part of the solution. Numbered
# steps that compute ("1. 2x = 16\n2. x = 8") are one too.
SOLUTION = re.compile(
    r"^[ \t]*1[.)][ \t][^\n]*?[=≈][^\n]*\n(?:[ \t]*\n)?[ \t]*2[.)][ \t][^\n]*?[=≈]|"
    r"^[ \t]*(?:[#*_]+\s*)?(?:solution|lösung|solución|soluzione|solução|oplossing|rozwiązanie|решение|çözüm|řešení|解|풀이)\s*[:：.]|"
    r"第[一二三1-3]步|\d\s*단계|^[ \t]*(?:ステップ|手順|步骤)\s*[1１一]|^[ \t]*(?:[#*_]+\s*)?(?:step\s*1|schritt\s*1|étape\s*1|paso\s*1|passo\s*1|etapa\s*1|stap\s*1|krok\s*1|шаг\s*1|adım\s*1)\b",
    _I | re.MULTILINE,
)
CHECK_ALOUD = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=\()|(?<=[—–]\s)|(?<=[。！？]))[ \t]*(?:(?:ok(?:ay)?|so|now|and)\s*,?\s+)?"
    rf"(?:{_CHECKING})(?:\b|(?<=[一-鿿ぁ-ヿ]))(?=[^\n]{{0,80}}?[\d=×])[^\n]{{0,120}}?"
    rf"(?:[.,;:!?—–=\-，：]\s*|\s)(?:{_VERDICT})(?=\s*(?:[.,;!—–)，。！]|$))",
    _I | re.MULTILINE,
)
# A worked solution that takes the reader along ("Let's solve it step by step") checks for them.
TUTORIAL = re.compile(
    r"\blet['’]s\s+(?:solve|work\s+(?:it|this)\s+out|go\s+through)|\bstep\s+by\s+step\b|\bvamos\s+resolver\b|"
    r"\brésolvons\b|\blösen\s+wir\b|\brisolviamo\b|\bresolvamos\b",
    _I,
)
# Asking itself whether it is right, and answering: "Hmm, is that right? Yes."
SELF_QUESTION = re.compile(
    r"\b(?:is\s+(?:that|this|it)\s+(?:right|correct)|does\s+(?:that|this|it)\s+(?:add\s+up|check\s+out|make\s+sense)|"
    r"c['’]est\s+(?:bon|juste)|¿(?:es\s+)?correcto|è\s+giusto|stimmt\s+das|klopt\s+dat|правильно|doğru\s+mu)"
    r"\s*\?\s*(?:yes|yep|oui|sí|si|ja|sim|tak|да|evet|yup)\b|"
    # a one-word question of its own confidence, answered: "Confident? … fine.", "Emin mi? Evet"
    r"(?:^|(?<=[.!?]\s)|(?<=\n))¿?(?:confident|sure|certain|accurate|emin\s+miyim|emin\s+mi|sicher|sûr|sure\s+about\s+that|"
    r"seguro|sicuro|pewien|pewna|уверен[аы]?|zeker|säker)\s*\?\s*[^\n?]{0,100}?(?<!\w)(?:yes|yep|fine|ok(?:ay)?|good|"
    r"close\s+enough|oui|sí|ja|sim|tak|да|evet|doğru|stimmt|klopt|certo|sì)(?!\w)|"
    # a doubt of its own answer, answered no: "Stolica Kanady to Toronto. Czy na pewno? Nie — …"
    r"(?:(?<=[.!?]\s)|(?<=\n))(?:czy\s+na\s+pewno|really|wirklich|vraiment|¿(?:de\s+verdad|seguro)|davvero|"
    r"de\s+verdade|точно|echt\s+waar|gerçekten\s+mi|is\s+that\s+(?:so|right))\s*\?\s*(?:no|nie|nein|non|нет|não|nee|hayır)(?!\w)|"
    # the same of its length or register: "Is that too long? Possibly. Trimming the last bit."
    r"\bis\s+(?:that|this|it)\s+too\s+(?:long|short|much|formal|casual|technical|wordy)\?\s*"
    r"(?:possibly|probably|yes|no|maybe|a\s+bit)\b|"
    # "Lunghezza ok? Sì", "Tone right? Yes", "Länge passt? Ja"
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:length|tone|format|register|lunghezza|tono|formato|longueur|longitud|länge|comprimento|"
    r"długość|длина|uzunluk|längd|lengte)\s+(?:ok(?:ay)?|right|fine|good|giusta|bene|passt|correcte?|certo|dobra|норм\w*|tamam)\s*\?\s*"
    r"(?:yes|yep|sì|si|oui|sí|ja|sim|tak|да|evet)(?!\w)|"
    # whether the reply should say something, or already did, answered at once: "lo dico comunque? Sì:",
    # "Should hooch be mentioned too? Yes:", "¿He dicho cuánto tiempo? Sí", "Is the 15% line needed? Probably yes"
    r"(?:^|(?<=[.!?:;…]\s)|(?<=[.!?…])|(?<=\n))[ \t]*(?:(?:um+|hmm+|uh|so|also|and|mmm+)\s*,?\s+)?¿?[^.!?¿\n]{0,60}?"
    r"(?:\bshould\s+[^.!?\n]{1,40}?\bbe\s+(?:mentioned|included|added|said|noted)\s+(?:too|also|here|as\s+well)|"
    r"\b(?:did|have)\s+I\s+(?:already\s+)?(?:say|said|mention(?:ed)?|cover(?:ed)?|include[d]?|add(?:ed)?)|"
    r"\bis\s+the\s+(?:[^\s?]+\s+){0,3}?(?:line|part|bit|note|step|section|paragraph|example|caveat|warning)\s+(?:needed|necessary|worth\s+it)|"
    r"(?<!\w)(?:lo|le|gli|glielo)\s+(?:dico|metto|aggiungo|menziono|cito)|(?<!\w)(?:le|se\s+lo)\s+digo(?!\w)|(?<!\w)l['’]ho\s+(?:detto|messo|scritto)|(?<!\w)ho\s+detto|"
    r"(?<!\w)(?:lo\s+)?(?:he\s+(?:dicho|puesto|mencionado|incluido)|menciono|añado|incluyo|lo\s+pongo)(?!\w)|"
    r"\b(?:ai-je\s+(?:dit|mentionné|précisé)|je\s+(?:le\s+|l['’])?(?:mentionne|ajoute|précise))\b|"
    r"\b(?:hab(?:e)?\s+ich|soll(?:te)?\s+ich)\s+[^?\n]{0,40}?\b(?:erwähnt|gesagt|genannt|erwähnen|nennen|ergänzen)\b|"
    r"\b(?:heb\s+ik|moet\s+ik|had\s+ik)\s+[^?\n]{0,40}?\b(?:genoemd|gezegd|noemen|vermelden|toevoegen)\b|"
    r"(?<!\w)(?:falei|mencionei|incluí|eu\s+disse|menciono|acrescento)(?!\w)|"
    r"(?<!\w)(?:wspomniałe[mś]|wspomniałam|dodać|wspomnieć)(?!\w)|(?<!\w)(?:упомянуть|добавить|упомянул|сказал)(?!\w))"
    r"[^.!?\n]{0,40}?[?？]\s*(?:probably\s+|um+,?\s+)?(?:yes|yeah|yep|no|nope|sì|sí|oui|non|ja|nee|nein|sim|não|tak|nie|да|нет)"
    r"(?![^\W\d_])",
    _I,
)
# Wondering about the asker in a side remark, and settling what the reply keeps: "| Hochladen | … ← fragt er
# auch nach Pull Requests? Eher nicht, Ende hier |", "(chiedono anche Ostia? mi pare di no, ma tengo il
# titolo)". Set off by a dash, bracket, arrow, cell or comment, the question has a he, she or they, and
# the writer's decision about its own text follows; an FAQ's "Kids — do they pay? No, half price."
# answers with content.
_ASKER_WHO = (
    r"he|she|they|er|il|ils|elle|elles|ele|ela|eles|elas|él|ella|ellos|hij|ze|zij|он|она|они|"
    r"the\s+(?:person|user|asker|requester)|die\s+person|l['’]utente|el\s+usuario|o\s+usuário|l['’]interlocuteur"
)
ASKER_QUESTION = re.compile(
    r"(?:[—–(←↑|#…]|//|%%|^[ \t]*(?:[-*•]|\d+[.)])[ \t])[^\n?]{0,60}?"
    rf"(?<![^\W\d_])(?:{_ASKER_WHO})(?![^\W\d_])[^\n?.!]{{0,60}}[?？]"
    r"[^\n]{0,60}?(?<![^\W\d_])(?:keep(?:ing)?\s+it|leav(?:e|ing)\s+(?:it|this|that|out)|skip(?:ping)?\s+(?:it|this|that)|"
    r"drop(?:ping)?\s+(?:it|this|that)|ende\s+hier|(?:optional\s+)?lassen|laat\s+(?:maar|ik)|tengo|lascio|lo\s+dejo|dejo|"
    r"je\s+le\s+(?:note|laisse)|zostawiam|usuwam|pomijam|оставлю|убираю|deixo)(?![^\W\d_])",
    re.IGNORECASE | re.MULTILINE,
)
# The first sentence names someone asking, with a verb of asking or of wanting to know:
# "Er will wissen, wie spät es ist.", "Он просит перевести фразу.", "Han undrar vad klockan är."
_ASKS = (
    r"want\s+to\s+know|are\s+asking|willen\s+weten|wollen\s+wissen|veulent\s+savoir|quieren\s+saber|vogliono\s+sapere|"
    r"querem\s+saber|chcą\s+wiedzieć|хотят\s+узнать|spørger|"
    r"asks|is\s+asking|wants\s+to\s+know|would\s+like\s+to\s+know|wonders|is\s+wondering|is\s+requesting|requests|"
    r"will\s+wissen|möchte\s+wissen|fragt|bittet\s+um|demande|veut\s+savoir|voudrait\s+savoir|se\s+demande|"
    r"pregunta|quiere\s+saber|pide|chiede|vuole\s+sapere|vorrebbe\s+sapere|pergunta|quer\s+saber|pede|"
    r"vraagt|wil\s+weten|pyta|prosi\s+o|chce\s+wiedzieć|спрашивает|просит|хочет\s+узнать|интересуется|"
    r"soruyor|istiyor|öğrenmek\s+istiyor|bilmek\s+istiyor|undrar|frågar|vill\s+veta|ber\s+om"
)
_SOMEONE = (
    r"he|she|they|er|sie|il|elle|ils|él|ella|lui|lei|ele|ela|hij|zij|ze|on|ona|oni|он|она|они|o|han|hon|"
    r"le\s+demandeur|la\s+demandeuse|el\s+solicitante|il\s+richiedente|o\s+solicitante|der\s+anfragende|"
    r"de\s+aanvrager|wnioskodawca|заказчик|talep\s+eden|the\s+requester|the\s+client\s+here"
)
# The same verb with no subject, in note style: "Spørger om forskellen…", "Kysyy, miten…", "Souhaite un itinéraire…"
_ASKS_UNSAID = (
    r"asks\s+(?:about|whether|if|how|what|for)|wonders|spørger|undrar|frågar|kysyy|pyta\s+o|спрашивает|интересуется|"
    r"цікавиться|питає|souhaite|veut\s+savoir|fragt\s+nach|möchte\s+wissen|will\s+wissen|vraagt|wil\s+weten|"
    r"quiere\s+saber|vuole\s+sapere|quer\s+saber|chiede\s+(?:come|se|di|quale|quanto|perché)|"
    r"(?:pregunta|pergunta)\s+(?:por|si|se|cómo|como|qué|que|cuál|qual|cuándo|quando|dónde|onde|sobre)|soruyor"
)
ASKER_OPENS = re.compile(
    rf"\A\s*(?:(?:{_SELF_ACK})(?![\w-])\s*[,.!:;…—–-]*\s*)?(?:(?:{_SOMEONE})\s+(?:(?:{_ADVERB})\s+)?(?:{_ASKS})"
    rf"|(?:{_SOMEONE})\s+[^.!?\n]{{1,40}}?\s(?:soruyor|istiyor|öğrenmek\s+istiyor|bilmek\s+istiyor)|(?:{_ASKS_UNSAID}))(?![\w-])",
    _I,
)
# Wanting a reply of some form, whoever wants it: "Sie möchte eine kurze Antwort."
_WANT = (
    r"wants?|would\s+like|'d\s+like|expects?|needs?|prefers?|möchte|will|braucht|erwartet|veut|voudrait|attend|"
    r"quiere|espera|prefiere|vuole|vorrebbe|preferisce|quer|prefere|wil|verwacht|chce|oczekuje|хочет|ждёт|ждет|"
    r"vill|förväntar\s+sig"
)
_FORM_NOUN = (
    r"answer|reply|response|summary|list|explanation|version|antwort|zusammenfassung|liste|erklärung|réponse|résumé|"
    r"explication|respuesta|resumen|lista|explicación|risposta|riassunto|elenco|spiegazione|resposta|resumo|"
    r"explicação|antwoord|samenvatting|lijst|uitleg|odpowiedź|odpowiedzi|podsumowanie|listę|ответ|список|"
    r"объяснение|svar|sammanfattning|lista"
)
WANTS_A_REPLY = re.compile(
    rf"\A\s*(?:(?:{_SELF_ACK})(?![\w-])\s*[,.!:;…—–-]*\s*)?(?:{_SOMEONE}|the\s+user|user)\s+(?:{_WANT})\s+"
    rf"(?:(?:a|an|eine?|une?|una?|um|uma|een|ett|en)\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_FORM_NOUN})(?![\w-])",
    _I,
)
# The request in the passive or impersonal, opening the text: "Se pide un resumen breve."
IMPERSONAL_REQUEST = re.compile(
    r"\A\s*(?:(?:ok(?:ay)?|so|bon|vale|also|allora|então|dus|więc|так|tamam)\s*,?\s+)?"
    r"(?:se\s+pide|se\s+solicita|se\s+pregunta|il\s+est\s+demandé|on\s+(?:me\s+)?demande|gefragt\s+ist|"
    r"gewünscht\s+ist|verlangt\s+ist|gesucht\s+wird|pediram|pedem|é\s+pedido|é\s+pedida|foi\s+pedid[oa]|"
    r"si\s+chiede|viene\s+chiest[oa]|er\s+wordt\s+gevraagd|gevraagd\s+wordt|gevraagd\s+is|prosi\s+się|"
    r"proszą\s+o|просят|спрашивают|нужно\s+(?:дать|написать|перечислить)|isteniyor|soruluyor|"
    r"efterfrågas|det\s+efterfrågas|what's\s+wanted\s+is|what\s+is\s+wanted\s+is|requested\s*:)\b",
    _I,
)
# Announcing, with a gerund, how it is writing the reply: "Keeping it short:", "Sticking to
# three bullet points.", "Making sure to answer in English."
PLAN_GERUND = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:(?:ok(?:ay)?|so|alright|right)\s*,?\s+)?(?:"
    r"making\s+sure\s+(?:to|I|the\s+(?:answer|reply|response))|sticking\s+(?:to|with)|"
    r"keeping\s+(?:it|this|things|the\s+(?:answer|reply|response|list|tone))|"
    r"writing\s+(?:this|it|the\s+(?:answer|reply|response))\s+(?:in|as|for|with)|going\s+with|opting\s+for|"
    r"writing\s+(?:a|an|the|my)\s+(?:[\w-]+\s+)?(?:answer|reply|response)|"
    r"leading\s+with|answering\s+in|replying\s+in|responding\s+in|aiming\s+for|"
    r"giving\s+(?:them|the\s+user|a\s+(?:short|brief|quick|concise))|"
    r"staying\s+(?:brief|concise|under|within)|enough\s+(?:thinking|planning|deliberating))\b"
    r"(?![^.,:;\n]*\b(?:is|are|was|were|can|helps?|makes?|requires?)\b)",  # "Sticking to a budget is easier"
    _I | re.MULTILINE,
)
# A note on the reply's form, alone as the first sentence: "Short answer needed.", "No preamble,".
FORM_FIRST = re.compile(
    r"\A\s*(?:(?:a\s+)?(?:short|brief|quick|one-line|one-word|one-sentence|concise|simple|direct)\s+"
    r"(?:answer|reply|response)\s+(?:needed|required|wanted|expected|requested|it\s+is|then|will\s+do|is\s+(?:needed|fine|best|enough))"
    r"\s*[.!]|(?:one-line|one-word|one-sentence)\s+(?:answer|reply|response)\s*[.!]|"
    r"no\s+(?:preamble|intro|introduction|fluff|filler|small\s+talk|caveats)\b[^.\n]{0,40}[,;:.—–-])",
    _I,
)
# Its own draft done, the real reply next: "Szkic odpowiedzi gotowy, teraz wersja właściwa:",
# "Final answer below, trimmed of the extra caveats:", "## Sanity pass on my own answer".
DRAFT_DONE = re.compile(
    r"\b(?:draft|szkic|brouillon|borrador|bozza|rascunho|entwurf|concept|черновик|taslak)(?:\s+\w+)?\s+(?:done|ready|gotowy|"
    r"prêt|terminé|listo|pronto|fertig|klaar|готов|hazır)\s*[,;:—–-]\s*(?:now|teraz|maintenant|ahora|ora|agora|jetzt|nu|теперь|şimdi)\b|"
    r"\bfinal\s+(?:answer|version|reply)\s+(?:below|follows|coming\s+up)\b|"
    r"\b(?:pass|check|review|look)\s+(?:on|of|at|over)\s+my\s+(?:own\s+)?(?:answer|reply|response|draft)\b",
    _I,
)
# A note to itself on the tone, after sizing up the asker: "Customer sounds upset, keep it
# apologetic.", "Not sure which model they have, so keep it generic.", "Il a l'air pressé, faire court."
KEEP_IT_NOTE = re.compile(
    # (advice to the reader, "When a customer is upset, keep it short", is a rule, not a note)
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?![^.!?\n]*\byou)(?!(?:if|when|whenever|once|unless|while|after|before)\b)[^.!?\n]{0,40}?"
    r"\b(?:they|the\s+user|user|customer|client|he|she)\b[^.!?\n]{0,60}?[,;]\s*(?:so\s+)?keep\s+(?:it|this|the\s+(?:reply|answer|tone))\s+"
    r"(?:apologetic|generic|short|brief|simple|light|friendly|neutral|formal|casual|gentle|warm)\b|"
    r"\b(?:il|elle)\s+a\s+l['’]air\s+\w+\s*[,.;]\s*(?:faire|rester|être)\s+(?:court|bref|brève|simple)\b",
    _I,
)
# The goal of this exchange, named as such: "Looks like the goal here is a short bio."
GOAL_HERE = re.compile(
    r"\bthe\s+(?:goal|aim|task|job|brief|ask|requirement|need|point|idea)\s+here\s+(?:is|seems|sounds|looks|appears)\b",
    _I,
)
_FIRST_BREAK = re.compile(r"[.!?。！？](?=\s|$)|[。！？]|\n")


def _first_sentence_end(text: str) -> int:
    found = _FIRST_BREAK.search(text)
    return found.end() if found else len(text)


def shape_signs(text: str) -> Iterator[tuple[str, float, int, int, bool]]:
    """(rule, weight, start, end, needs_unaddressed) for each positional sign in `text`."""
    first_end = _first_sentence_end(text)
    answered = len(text.strip()) > first_end + 2  # something follows the opening
    opening = SELF_ACK_OPENING.match(text)
    if opening and answered and opening.end() <= first_end:
        yield "narrates the requester", 1.0, opening.start("what"), opening.end("what"), True
    verb_last = SOV_ACK_OPENING.match(text)
    if verb_last and answered and verb_last.end() <= first_end:
        yield "narrates the requester", 1.0, verb_last.start("what"), verb_last.end("what"), True
    fragment = ACK_FRAGMENT.match(text)
    if fragment and answered and len(fragment.group("frag").split()) <= 12:
        yield "narrates the request", 1.0, fragment.start(), fragment.end(), True
    for match in THEY_WOULD.finditer(text):
        yield "narrates the requester", 1.0, match.start(), match.end(), True
    labels = list(REPLY_LABEL_LINE.finditer(text)) if not SOLUTION.search(text) else []
    plain = sum(m.group("label").lower() in _PLAIN_LABELS for m in labels)
    for match in labels:
        before = text[: match.start()].strip()
        is_plain = match.group("label").lower() in _PLAIN_LABELS
        if is_plain and (plain > 1 or QUESTION_LABEL.search(before)):
            continue  # "Question: … Answer: …" pairs: an FAQ, not a draft and its reply
        if (before and len(before.split()) >= 3) or match.group("label").lower().startswith("my"):
            # Working above, then the reply labelled: a draft and its final form.
            weight = 1.0 if is_plain else 1.5
            yield "labels its thinking", weight, match.start("label"), match.end("label"), False
    stripped = text.rstrip()
    closing = CLOSING_VERDICT.search(stripped)
    enough = closing and ENOUGH.search(closing.group())
    # "Done, enjoy your meal.": a verdict with more said after it must be "enough"
    if closing and (enough or not closing.group("tail")) and stripped[: closing.start()].strip():
        yield "checks its own reply", 1.5 if enough else 1.0, closing.start(), closing.end(), True
    for match in FORM_ASIDE.finditer(text):
        yield "checks its own reply", 1.0, match.start(), match.end(), True
    for match in WORKING_ALOUD.finditer(text):
        yield "notes to itself", 1.5, match.start() + 2, match.end(), False
    last = text.rstrip()
    done = REPLY_DONE.search(last, max(0, len(last) - 200))
    if done and last[: done.start()].strip() and not PARAGRAPH_BREAK.search(last, done.end()):
        yield "checks its own reply", 1.5, done.start(), done.end(), True
    for pattern in (CHECK_ALOUD, SELF_QUESTION, ASKER_QUESTION):
        if pattern is CHECK_ALOUD and (SOLUTION.search(text) or TUTORIAL.search(text)):
            continue  # "验算：23×2 + 12×4 = 94 ✓" closing a worked solution
        for match in pattern.finditer(text):
            yield "checks its own reply", 1.5, match.start(), match.end(), False
    for pattern, rule in (
        (ASKER_OPENS, "narrates the requester"), (WANTS_A_REPLY, "narrates the requester"),
        (IMPERSONAL_REQUEST, "narrates the request"), (FORM_FIRST, "plans the reply"),
    ):  # fmt: skip
        found = pattern.match(text)
        if found and answered and found.end() <= first_end + 1:
            yield rule, 1.0, found.start(), found.end(), True
    for pattern, rule in ((PLAN_GERUND, "plans the reply"), (GOAL_HERE, "narrates the request")):
        for match in pattern.finditer(text):
            yield rule, 1.0, match.start(), match.end(), True
    for match in REPLY_PLAN.finditer(text):
        yield "plans the reply", 1.5, match.start(), match.end(), True
    order = ORDER_PLAN.match(text)
    if order and text[order.end() :].strip():
        yield "plans the reply", 1.5, order.start(), order.end(), True
    for match in DRAFT_DONE.finditer(text):
        yield "labels its thinking", 1.5, match.start(), match.end(), False
    for match in KEEP_IT_NOTE.finditer(text):
        yield "plans the reply", 1.5, match.start(), match.end(), False
    judgement = FORM_JUDGEMENT.match(text)
    if judgement and answered:
        yield "plans the reply", 1.0, judgement.start(), judgement.end(), True


_PLAIN_LABELS = {
    "answer",
    "response",
    "reply",
    "output",
    "antwort",
    "réponse",
    "respuesta",
    "risposta",
    "resposta",
    "antwoord",
    "odpowiedź",
    "ответ",
    "cevap",
    "yanıt",
    "svar",
    "回答",
    "답변",
}
