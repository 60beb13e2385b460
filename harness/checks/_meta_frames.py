"""Frames around the answer that mark meta talk in any language: how the text opens and closes.

A third author's rambling showed frames the word lists missed: an opening label that
names the text as the reply ("Response:", "Réponse de l'assistant :", "Output (in the
requested format):"), a check of the working before the answer ("Проверка: 120 / 4 = 30.
Верно."), a hesitation that opens the text ("Hmm, 'bank' here…", "Хм,", "음,"), a fragment
that sizes up the question ("Okay, Arabic question about Ramadan."), a closing aside that
cites the instructions or the reply's brevity ("(Kort gehouden, zoals gevraagd.)", "（按照要求，
回答保持简短。）"), and its rules, its misreadings and its re-readings in the languages the
lexicon lacked (cs, ar, hi). Each yields (rule, weight, start, end, needs_unaddressed).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_I = re.IGNORECASE

# The reply named as such, in each language (a quiz's "Answer:" is left out: it labels a
# solution for the reader; "Response:" and "Output:" label what the writer produces).
_PRODUCT = (
    r"response|reply|output|réponse|respuesta|risposta|resposta|antwort|antwoord|odpowiedź|ответ|cevap|yanıt|"
    r"svar|odpověď|الإجابة|الرد|الجواب|उत्तर|जवाब|回答|答案|回复|回覆|応答|返答|답변|응답"
)
_ASSISTANT = (
    r"assistant(?:'s|’s)?|de\s+l['’]assistant|del\s+asistente|dell['’]assistente|do\s+assistente|des\s+assistenten|"
    r"van\s+de\s+assistent|asystenta|ассистента|asistan(?:ın)?|assistentens|asistenta|المساعد|सहायक\s+का|"
    r"助手的|アシスタントの|어시스턴트의"
)
# "Assistant's response to the query about tides:", "सहायक का उत्तर:", "アシスタントの応答："
ASSISTANT_LABEL = re.compile(
    rf"\A\s*(?:(?:{_ASSISTANT})\s*(?:{_PRODUCT})|(?:{_PRODUCT})\s+(?:{_ASSISTANT}))[^:：\n]{{0,60}}[:：]",
    _I,
)
_QUALIFIER = (
    r"requested|as\s+requested|as\s+asked|asked\s+for|in\s+the\s+(?:requested|desired|required)|to\s+the\s+(?:query|question|request)|"
    r"format|formato|formaat|gewünscht|demandé|richiest|solicitad|pedid|gevraagd|wymagan|запрошен|istenen|"
    r"begärd|požadovan|المطلوب|कहे\s+अनुसार|要求|指定|요청|просил\w*|istendi\w*|指示|どおり|按|如要求|instructions?|"
    r"wie\s+gewünscht|comme\s+demandé|como\s+se\s+pidió|como\s+pedido|come\s+richiesto|zoals\s+gevraagd|jak\s+prosiłeś"
)
# "Output (in the requested format):", "Antwort im gewünschten Format (Stichpunkte):",
# "Response: …" at the very start: the text labels itself as the product.
PRODUCT_LABEL = re.compile(
    rf"\A\s*(?:(?:final|revised|corrected|my)\s+)?(?P<noun>{_PRODUCT}|answer)(?P<rest>[^:：\n]{{0,70}})[:：]\s*\S",
    _I,
)
_REVISED = (
    r"revised|corrected|improved|shorter|updated|rewritten|révisée?|corrigée?|revisad[ao]|corregid[ao]|rivist[ao]|"
    r"corrett[ao]|überarbeitete?|korrigierte?|herziene|verbeterde|poprawion[aey]|исправленн\w+|düzeltilmiş|"
    r"reviderad|opraven[áý]|upraven[áý]|المنقحة|المعدلة|संशोधित|修改后的|修改後的|修正版|修正後の|수정된|수정본"
)
_VERSION = (
    r"version|versión|versione|versão|fassung|versie|wersja|версия|sürüm|versiyon|verze|الإجابة|النسخة|संस्करण|"
    r"版本|バージョン|버전|answer|reply|response|text|draft|antwort|réponse|respuesta|risposta|resposta"
)
# "Revised version (shorter):", "Version révisée (plus courte) :", "修改后的版本（更正式）："
REVISED_LABEL = re.compile(
    rf"^[ \t]*(?:(?:{_REVISED})\s*(?:{_VERSION})|(?:{_VERSION})\s+(?:{_REVISED})|(?:{_VERSION})\s*(?:{_REVISED}))"
    r"[ \t]*(?:[(（][^)）\n]{1,40}[)）])?[ \t]*[:：]",
    _I | re.MULTILINE,
)
# "Final answer below.", "Resposta final abaixo.", "Odpowiedź końcowa poniżej."
REPLY_BELOW = re.compile(
    rf"\A\s*(?:(?:final|my)\s+)?(?:{_PRODUCT}|answer)(?:\s+(?:final|finale|końcowa|итоговый|definitiva|finał))?\s+"
    r"(?:below|follows|coming\s+up|ci-dessous|unten|abajo|a\s+continuación|di\s+seguito|qui\s+sotto|abaixo|a\s+seguir|"
    r"hieronder|poniżej|ниже|aşağıda|nedan|níže)\s*[.:;,]",
    _I,
)
# A check of the working that opens the text, then its verdict, then the answer.
_CHECK_HEAD = (
    r"check|quick\s+check|verification|checking|let\s+me\s+(?:check|count|verify)|comprobación|verificación|"
    r"vérification|controllo|verifica|verificação|conferindo|kontrolle|probe|kurz\s+nachrechnen|nachrechnen|"
    r"even\s+checken|controle|sprawdzenie|sprawdzam|проверка|проверим|kontrol|kontroll|kontrola|التحقق|تحقق|"
    r"जाँच|जांच|检查|验算|確認|計算を確認|계산\s*확인|확인|검산"
)
_VERDICT = (
    r"yes|yep|correct|right|ok(?:ay)?|good|fine|matches|checks\s+out|stimmt|passt|richtig|oui|juste|exact|sí|"
    r"correcto|cuadra|giusto|corretto|torna|sim|certo|confere|klopt|juist|tak|zgadza\s+się|poprawnie|да|верно|"
    r"правильно|сходится|evet|doğru|tamam|ja|stämmer|rätt|sedí|správně|ano|صحيح|सही|对|正确|没错|合って|正しい|맞"
)
CHECK_FIRST = re.compile(
    rf"\A\s*(?:(?:ok(?:ay)?|so|first|wait|待って)[,、]?\s*)?(?:{_CHECK_HEAD})(?=[^\n]{{0,80}}?[\d=×])[^\n]{{0,120}}?(?:[.,;:!?。、—–=-]\s*|\s)"
    rf"(?:{_VERDICT})",
    _I,
)
# A hesitation that opens the text: "Hmm, 'bank' here…", "Хм,", "हम्म,", "음,", "嗯，", "Uy,", "Ugh,".
HESITATION_OPENER = re.compile(
    r"\A\s*(?:hmm+|hm+|m+h+|ugh|uh+|um+|erm|uy|euh|hmm+|хм+|эм+|ээ+|hımm|hmm|हम्म|हम्|음+|嗯+|うーん|えーと|ええと|همم)"
    r"(?=\s*[,.…、，—–!]|\s)"
    # ...then wondering what a word or the request means: a quote, a question, a "here".
    r"(?=[^.!。\n]{0,80}?(?:[?？]|\s['‘«“「\"]|[«“「]|\s(?:here|hier|ici|aquí|qui|aqui|tutaj|тут|здесь|burada|här|zde)\b|यहाँ|여기서|这里|ここで))",
    _I,
)
# A fragment that sizes up the question before answering: "ok so rust borrow checker question.",
# "Okay, Arabic question about Ramadan fasting hours." (a greeting's "Good question." is left out).
QUESTION_FRAGMENT = re.compile(
    r"\A\s*(?:(?:ok(?:ay)?|so|alright|right|hmm+|okej|oké|dobře|tak|phew|whew|wow|ugh|oof)\s*,?\s+)+(?:so\s+)?(?:an?\s+|the\s+)?"
    r"(?!(?:good|great|excellent|interesting|fair|nice)\b)(?:[\w+#'-]+\s+){0,4}?(?:question|request|query|prompt|ask)"
    r"(?:\s+(?:in|about|on|regarding|from|re)\s+[^.!?\n]{1,60})?\s*[.]",
    _I,
)
# "Answer in Swedish, short.": a note on the reply's language, at a sentence start.
LANGUAGE_NOTE = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:answer|reply|respond|write|antworte|réponds|responder|responde|rispondi|antwoord|"
    r"odpowiedz|ответь|odpověz|svara)\s+(?:in|en|auf|em|in|po|по|på|v)\s+(?:the\s+same\s+language|[A-ZÀ-Ýa-zà-ÿ\u0400-\u04FF]+)"
    r"(?:\s*,\s*(?:short|brief|kurz|court|breve|kort|krótko|кратко|kısa|krátce))?\s*[.!]",
    _I | re.MULTILINE,
)
# Sequencing its own reply: "first I'll define the term, then give an example".
SEQUENCE_PLAN = re.compile(
    r"\bfirst,?\s+I(?:'ll|’ll|\s+will|\s+should|\s+need\s+to)\s+(?:define|explain|list|give|answer|describe|outline|cover|"
    r"show|summari[sz]e|mention|introduce|address|clarify|state|name|recap)\b[^.!?\n]{0,80}?\bthen\b|"
    r"\bI(?:'ll|’ll|\s+will)\s+(?:start|begin)\s+(?:with|by)\s+(?:the\s+)?(?:definition|defining|answer|answering|explaining|"
    r"listing|a\s+summary)\b[^.!?\n]{0,60}?\bthen\b|"
    r"\bd['’]abord\s+je\s+(?:explique|définis|donne|réponds|rappelle|présente|résume)\b[^.!?\n]{0,60}\bpuis\b|"
    r"\bprimero\s+(?:explic|defin|dar|respond|resum|enumer)\w*(?:é|aré)\b[^.!?\n]{0,60}\bluego\b|"
    r"\bzuerst\s+(?:erkläre|nenne|definiere|beantworte|gebe|fasse)\s+ich\b[^.!?\n]{0,60}\bdann\b|"
    r"\bprima\s+(?:spiegh|defin|dar|rispond|riassum|elench)\w*ò\b[^.!?\n]{0,60}\bpoi\b",
    _I,
)
# The reply's parts set in order, as the opening paragraph, without a verb of the writer's:
# "D'abord la définition, ensuite un exemple, puis le piège classique.", "A short intro, then
# the code, then one caveat.", "まず結論、次に理由、最後に注意点の順でまとめる。". Two order words
# and a part of a text (definition, example, caveat, summary) make it an outline of the reply.
_ORDER_WORD = (
    r"first|then|next|finally|last|after\s+that|d['’]abord|ensuite|puis|enfin|zuerst|erst|dann|danach|zum\s+schluss|"
    r"primero|luego|después|al\s+final|prima|poi|infine|primeiro|depois|por\s+fim|eerst|daarna|tot\s+slot|"
    r"najpierw|potem|na\s+koniec|сначала|потом|затем|в\s+конце|önce|sonra|en\s+son|först|sedan|sist"
)
_TEXT_PART = (
    r"intro(?:duction)?|definition|example|caveat|summary|conclusion|details?|code|rule|exceptions?|reasons?|"
    r"définitions?|exemple|piège|résumé|kurzfassung|beispiel|ausnahmen?|fazit|"
    r"definición|ejemplo|resumen|conclusión|definizione|esempio|riassunto|conclusione|definição|exemplo|resumo|"
    r"conclusão|definitie|voorbeeld|samenvatting|conclusie|definicja|przykład|podsumowanie|определение|пример|"
    r"вывод|tanım|örnek|özet|regeln|exempel|sammanfattning"
)
ORDER_PLAN = re.compile(
    rf"\A\s*(?=[^\n]{{0,160}}?\b(?:{_TEXT_PART})\b)(?=[^\n]{{0,160}}?\b(?:{_ORDER_WORD})\b[^\n]{{0,120}}?\b(?:{_ORDER_WORD})\b)"
    r"[^\n]{5,200}?(?=\n[ \t]*\n)|"
    r"\A\s*まず[^\n。]{1,40}?、次に[^\n。]{1,40}?(?:、最後に[^\n。]{1,40}?)?の順(?:で|に)[^\n。]{0,20}[。]?|"
    r"\A\s*先[^\n。]{1,30}?(?:，|、)?再[^\n。]{1,30}?(?:，|、)?最后[^\n。]{1,30}?[。]?(?=\n)",
    _I,
)
_YOU = re.compile(
    r"\b(?:you|your|vous|votre|tu|ton|du|dein\w*|Sie|usted|tú|voi|você|je|jouw|ty|вы|ты|sen|siz)\b",
    _I,
)

# Guarding against its own slip: "so I don't miscalculate", "damit ich mich nicht verrechne".
SELF_GUARD = re.compile(
    r"\bso\s+(?:that\s+)?I\s+don['’]t\s+(?:miscalculate|mess\s+(?:it\s+)?up|get\s+(?:it|this)\s+wrong|miscount|forget)\b|"
    r"\bdamit\s+ich\s+mich\s+nicht\s+(?:verrechne|vertue|verzähle|irre)\b|\bpour\s+ne\s+pas\s+(?:me\s+tromper|faire\s+d['’]erreur)\b|"
    r"\bpara\s+no\s+(?:equivocarme|confundirme)\b|\bper\s+non\s+sbagliare\b|\bpara\s+não\s+(?:errar|me\s+enganar)\b|"
    r"\bom\s+me\s+niet\s+te\s+vergissen\b|\bżeby\s+się\s+nie\s+pomylić\b|\bчтобы\s+не\s+ошибиться\b|"
    r"\bkarıştırmamak\s+için\b|\bför\s+att\s+inte\s+räkna\s+fel\b|\babych\s+se\s+nespletl[a]?\b",
    _I,
)
# Its rules and what it was told, in the languages the lexicon lacked and in more words.
RULES_NAMED = re.compile(
    r"\bI\s+was\s+(?:told|instructed|asked)\s+(?:not\s+)?to\b(?![^.\n]{0,40}\bso\s+I(?:'ll|\s+will)\s+go\b)|"
    r"\bI\b[^.\n]{0,80}\bper\s+(?:the\s+)?(?:safety|content|usage)\s+polic(?:y|ies)\b|"
    r"\b(?:instructions|consignes)\s+(?:du\s+)?système\b|\binstrucciones\s+del\s+sistema\b|\bistruzioni\s+(?:di|del)\s+sistema\b|"
    r"\bsysteeminstructies\b|\bsysteminstruktion\w*\b|\bsystemanweisung\w*\b|\bсистемн\w+\s+(?:инструкци\w+|промпт\w*|указани\w+)\b|"
    r"\bsistem\s+talimat\w*|\bpodle\s+(?:mých\s+)?(?:pokynů|instrukcí|pravidel)\b|\bsystémov\w+\s+(?:pokyn\w+|instrukc\w+)\b|"
    r"وفقًا\s+لإرشاداتي|وفقا\s+لإرشاداتي|حسب\s+تعليماتي|وفقًا\s+لتعليماتي|تعليمات\s+النظام|"
    r"मेरे\s+निर्देशों|सिस्टम\s+निर्देश|निर्देश\s+के\s+अनुसार|根据系统提示|系统提示|系統提示|システムプロンプト|시스템\s*프롬프트",
    _I,
)
# Documentation of chat roles names the system prompt without obeying one.
CHAT_DOCS = re.compile(
    r"`(?:system|user|assistant)`|\bAPI\b|\broles?\b|\bрол[ьи]\b|ロール|角色|역할|"
    r"\b(?:system|user|assistant)_(?:prompt|message)s?\b|<\|(?:start|im_start)\|>(?:system|user)|"
    r"(?:システムプロンプト|系统提示词?|시스템\s*프롬프트)の?(?:例|示例|예시)|"
    r"\b(?:system\s+prompt|prompt\s+système|systemprompt)\s+(?:example|exemple|beispiel)|"
    r"\bgpt-oss\b|\bharmony\s+(?:format|channels?)\b|\b(?:analysis|commentary|final)\s+channel\b|"
    # advice on another bot's prompt: "В системном промпте для бота поддержки стоит прописать…"
    r"\b(?:system\s+prompt|systemprompt|prompt\s+système)\s+(?:for|of|für|pour|de)\s+(?:\w+\s+){0,2}?(?:bot|chatbot|agent)s?\b|"
    r"\bсистемн\w+\s+промпт\w*\s+для\s+(?:\w+\s+){0,2}?(?:бот\w*|агент\w*|ассистент\w*)",
    _I,
)
# A chat message named by its role, as documentation names it: "the `user` message", "системное
# сообщение", "ユーザーメッセージ". In such a sentence "the user's question" is a field's content.
ROLE_MESSAGE = re.compile(
    r"`(?:system|user|assistant|developer|tool)`|"
    r"\b(?:system|user|assistant|developer)[\s-]+(?:message|role|turn)s?\b|"
    r"\bmessages?\s+(?:with\s+(?:the\s+)?role|(?:from|of)\s+the\s+(?:user|system|assistant))\b|"
    r"\bmessages?\s+(?:array|list)\b|\bmessage\s+système\b|\bmensaje\s+(?:del\s+)?(?:sistema|usuario)\b|"
    r"\bmessaggio\s+(?:di\s+|del\s+|dell['’]\s*)?(?:sistema|utente)\b|\b(?:sistem|kullanıcı)\s+mesaj\w*|"
    r"(?:系统|系統)提示词|\bmensagem\s+(?:do\s+)?(?:sistema|usuário)\b|"
    r"\b(?:system|nutzer|benutzer|user)nachricht\w*|\bсистемн\w+\s+сообщени\w+|\bсообщени\w+\s+(?:с\s+ролью|пользовател\w+)|"
    r"(?:ユーザー|システム|アシスタント|user|system)\s*メッセージ|(?:用户|系统|助手)消息|(?:사용자|시스템)\s*메시지|"
    r"(?:user|system)\s*(?:메시지|ロール|角色|역할)",
    re.IGNORECASE,
)
# Misreading or miscounting, admitted, in more languages and forms.
MISREAD = re.compile(
    r"\b(?:avevo\s+capito\s+male|ho\s+frainteso|yanlış\s+anladım|räknade\s+fel|läste\s+fel|missförstod|"
    r"неправильно\s+понял[аи]?|неверно\s+понял[аи]?|špatně\s+jsem\s+(?:pochopil|spočítal|četl)|spletl[a]?\s+jsem\s+se|"
    r"j['’]ai\s+mal\s+compris|entendí\s+mal|falsch\s+verstanden|missverstanden|malinterpreté|frainteso|"
    r"missförstått|źle\s+zrozumiałam|capito\s+male|entendi\s+mal|verkeerd\s+begrepen|źle\s+zrozumiał(?:em|am))\b|"
    r"\b(?:the\s+|my\s+)?(?:previous|earlier|last)\s+(?:answer|reply|response)(?:\s+I\s+gave)?\s+was\s+(?:wrong|incorrect|off)\b|"
    r"\b(?:a\s+)?(?:resposta|respuesta|réponse|risposta|antwort|antwoord|odpowiedź|ответ)\s+(?:anterior|précédente|precedente|"
    r"vorherige|vorige|poprzednia|предыдущий)\s+(?:estava|estaba|était|era|war|was|była|был)\s+\w+|"
    r"잘못했|잘못\s*봤|틀렸|أخطأت|خطأ\s+مني|मैंने\s+गलत|गलती\s+हो\s+गई|搞错了|弄错了|算错了|잘못\s*(?:계산|이해|읽)",
    _I,
)
# Saying it has now answered the question: "j'ai répondu à la question", "ответил на вопрос".
ANSWERED_IT = re.compile(
    r"\bI(?:'ve|’ve|\s+have)?\s+(?:now\s+)?answered\s+(?:the|their|his|her|your)\s+question\b|"
    r"\bj['’]ai\s+répondu\s+à\s+(?:la|sa|ta|votre)\s+question\b|\bhe\s+respondido\s+(?:a\s+)?(?:la|su|tu)\s+pregunta\b|"
    r"\bho\s+risposto\s+alla\s+domanda\b|\brespondi\s+(?:à|a)\s+pergunta\b|\bich\s+habe\s+die\s+frage\s+beantwortet\b|"
    r"\bik\s+heb\s+de\s+vraag\s+beantwoord\b|\bodpowiedział(?:em|am)\s+na\s+pytanie\b|\bответил[а]?\s+на\s+вопрос\b|"
    r"\bsoruyu\s+(?:cevapladım|yanıtladım)\b|\bjag\s+har\s+svarat\s+på\s+frågan\b|\bodpověděl[a]?\s+jsem\s+na\s+otázku\b|"
    r"回答了(?:这个|用户的)?问题|質問に答えました|질문에\s*답했",
    _I,
)
# The person asking characterised as a learner or expert: "Da der Nutzer Anfänger ist".
_ASKER_NOUN = (
    r"the\s+user|user|the\s+person|der\s+nutzer|der\s+benutzer|l['’]utilisateur|el\s+usuario|l['’]utente|o\s+usuário|"
    r"de\s+gebruiker|użytkownik|пользователь|kullanıcı|användaren|uživatel|المستخدم|उपयोगकर्ता|用户|ユーザー|사용자"
)
_PROFILE = (
    r"beginner|novice|newbie|student|kid|child|expert|professional|anfänger(?:in)?|débutant|débute|principiante|novato|"
    r"iniciante|principiante|beginner|początkując\w*|новичок|acemi|yeni\s+başlayan|nybörjare|začátečník|student|"
    r"étudiant|estudiante|studente|estudante|schüler(?:in)?|uczeń|студент\w*|öğrenci|žák|طالب|छात्र|学生|학생|"
    r"初心者|初学者|新手|초보|مبتدئ|शुरुआती"
)
ASKER_PROFILE = re.compile(
    rf"(?<![\w-])(?:{_ASKER_NOUN})(?:\s+(?:is|ist|est|es|è|é|is|jest|—|-|da|är|je|هو))?\s+(?:(?:a|an|un|une|ein|eine|een|um|uma|uno|una)\s+)?"
    rf"(?:probably\s+|clearly\s+|wohl\s+|sans\s+doute\s+|probablemente\s+)?(?:{_PROFILE})|(?:{_ASKER_NOUN})(?:は|が|는|가)?[^。！？\n]{{0,6}}(?:{_PROFILE})",
    _I,
)
# Interjections that stop to correct, in the languages the lexicon lacked.
STOP_WORD = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:vänta|bir\s+dakika|dur|стоп|počkat|počkej|لحظة|रुको|रुकिए|잠깐만|等一下|ちょっと待って)(?=\s*[,،、，.!—–:])",
    _I | re.MULTILINE,
)
# Going back to the request to read it again, or taking it apart: "Deixa eu reler a pergunta",
# "Breaking down the prompt:", "Wat wordt hier eigenlijk gevraagd?", "Nejdřív si ujasním, co se ptá".
RE_READ = re.compile(
    r"\b(?:reler|releer|relire|rileggere|rileggo|nachlesen|herlezen|herlees|перечита\w*|przeczyta\w*\s+jeszcze|"
    r"tekrar\s+oku\w*|läsa\s+om|läser\s+om|znovu\s+přečíst|přečtu\s+znovu)\b[^.!?\n]{0,20}?"
    r"(?:pergunta|pregunta|question|domanda|frage|vraag|pytanie|вопрос|soru|fråga|otázk\w*|demande|consigne|richiesta)|"
    r"\b(?:breaking\s+down|unpacking|parsing|dissecting|analy[sz]ing)\s+(?:the|this)\s+(?:prompt|question|request|task)\b|"
    r"\bI\s+notice\s+(?:that\s+)?the\s+(?:question|prompt|request)\b|"
    r"\bwhat(?:'s|’s|\s+is)\s+(?:actually|really)\s+being\s+asked\b|\bwat\s+(?:wordt|werd)\s+(?:hier\s+)?(?:eigenlijk\s+)?gevraagd\b|"
    r"\bwas\s+(?:wird|ist)\s+(?:hier\s+)?(?:eigentlich\s+)?gefragt\b|\bqu['’]est-ce\s+qu['’]on\s+(?:me\s+)?demande\b|"
    r"\bqué\s+se\s+(?:me\s+)?(?:pide|pregunta)\b|\bcosa\s+(?:mi\s+)?si\s+chiede\b|\bo\s+que\s+(?:está\s+sendo|é)\s+pedido\b|"
    r"\bco\s+se\s+(?:ptá|ptají|po\s+mně\s+chce)\b|\bčto\s+sprašivajut\b|\bчто\s+(?:тут|здесь)?\s*(?:спрашивают|просят)\b|"
    r"\bne\s+soruluyor\b|\bvad\s+(?:som\s+)?frågas\b|\bwat\s+de\s+vraag\s+precies\s+is\b|在考察我|考察的是|考我",
    _I,
)
# "As I understand it", in more languages: "Pelo que entendi, a pessoa mora em Portugal".
AS_I_UNDERSTAND = re.compile(
    r"\b(?:let\s+me\s+make\s+sure\s+I\s+understand|to\s+make\s+sure\s+I\s+understand|from\s+what\s+I\s+(?:understand|gather|can\s+tell)|as\s+far\s+as\s+I\s+can\s+tell|pelo\s+que\s+entendi|"
    r"por\s+lo\s+que\s+entiendo|da\s+quanto\s+ho\s+capito|soweit\s+ich\s+(?:das\s+)?verstehe|d['’]après\s+ce\s+que\s+je\s+comprends|"
    r"zoals\s+ik\s+het\s+begrijp|jak\s+rozumiem|насколько\s+я\s+понимаю|anladığım\s+kadarıyla|såvitt\s+jag\s+förstår|"
    r"pokud\s+(?:tomu\s+)?dobře\s+rozumím|jak\s+tomu\s+rozumím)\b",
    _I,
)
# "*thinking* … *end thinking*": a reasoning marker in emphasis.
STARRED_THINKING = re.compile(
    r"\*(?:thinking|thoughts?|reasoning|internal|end\s+thinking|/thinking)\*", _I
)
# Saying it adds nothing more, or leaves something out, because of the request or the limit.
NOT_ADDING = re.compile(
    r"\b(?:I(?:'m|\s+am)\s+not\s+adding|not\s+adding\s+(?:more|anything)|I\s+won['’]t\s+add|je\s+n['’]ajoute|"
    r"no\s+añado|non\s+aggiungo|não\s+acrescento|não\s+adiciono|ich\s+füge\s+nichts|ik\s+voeg\s+niets|nie\s+dodaję|"
    r"больше\s+ничего\s+не\s+добавляю|ничего\s+не\s+добавляю|eklemiyorum|jag\s+lägger\s+inte\s+till|víc\s+nepíšu|"
    r"nic\s+víc\s+nepřidávám|لن\s+أضيف|और\s+नहीं\s+जोड़|不再补充|これ以上は書かない)\b|"
    r"\bI\s+(?:deliberately|intentionally)\s+(?:avoided|left\s+out|skipped|omitted|kept)\b|"
    r"\bI(?:'ve|\s+have)\s+covered\s+(?:both|all|each)\b|\bI\s+went\s+with\b|"
    r"\bthat(?:'s|’s|\s+is)\s+(?:the\s+\w+\s+)?(?:what\s+)?they\s+(?:wanted|asked\s+for|needed)\b|"
    r"\bthe\s+question\s+(?:didn['’]t|did\s+not|doesn['’]t|does\s+not)\s+(?:specify|say|mention|ask)\b|"
    r"\b(?:level\s+of\s+detail|detail)\s+(?:expected|wanted|requested)\b|"
    r"\bcame\s+up\s+with\s+[^.]{0,30}\binternally\b|\bfit(?:s)?\s+the\s+brief\b",
    _I,
)
# A closing aside or sentence that cites the instructions, the request or the reply's
# brevity: "(Keeping it brief per the instructions.)", "(Talimat gereği kısa tuttum.)".
_INSTRUCTED = (
    r"instructions?|instructed|requested|as\s+asked|the\s+(?:request|prompt|brief)|consigne|demandé|demandait|instrucciones|"
    r"pedid[oa]|solicitad[oa]|pidió|istruzion[ei]|richiest[ao]|richiesta|instruções|conforme|anweisung|vorgabe|verlangt|"
    r"gewünscht|gefragt|instructie|gevraagd|instrukcj\w*|polecen\w*|prośb\w*|инструкци\w*|просили|задани\w*|talimat\w*|"
    r"istenen|istendiği|instruktion\w*|efterfråga\w*|enligt|zadání|pokyn\w*|التعليمات|تعليمات|طُلب|طلب|المطلوب|"
    r"निर्देश|अनुरोध|要求|指示|指令|按照|依照|지시|요청|요구"
)
_BRIEF = (
    r"short|brief|concise|kurz|kurze|court|courte|bref|brève|breve|curt[ao]|kort|krótk\w*|кратк\w*|коротк\w*|kısa|krátk\w*|"
    r"اختصرت|مختصر|باختصار|छोटा|संक्षिप्त|संक्षेप|stručn\w*|简短|簡短|简洁|簡潔|一文|短く|짧게|간단히"
)
_FIRST_PERSON_PAST = (
    r"I\s+kept|kept\s+(?:it|this)|mantive|mantuve|ho\s+tenuto|tenuto|gehouden|ich\s+halte|höll|tuttum|держал|"
    r"zachoval|اختصرت|रखा|保持|답변했|답했|答えました|kept|habe\s+mich|j['’]ai\s+fait|he\s+sido|sono\s+stat[oa]|fui|"
    r"odpowiedział\w*|ответил\w*|回答了|しました|أجبت|दिया|odpověděl\w*|I\s+(?:was|answered|replied|stayed)"
)
_INSTRUCTION_NOUN = re.compile(
    r"\b(?:instructions?|instructed|the\s+brief|the\s+prompt|consignes?|instrucciones|istruzion[ei]|instruções|anweisung\w*|"
    r"vorgabe\w*|instructie\w*|instrukcj\w*|polecen\w*|инструкци\w*|задани\w*|talimat\w*|instruktion\w*|zadání|pokyn\w*)\b|"
    r"التعليمات|تعليمات|निर्देश|指示|指令|지시|按照要求|依照要求",
    _I,
)
_REPLY_NOUN = re.compile(
    r"\b(?:answer|reply|response|réponse|respuesta|risposta|resposta|antwort|antwoord|odpowiedź|ответ|cevap|yanıt|svar|odpověď)\b|"
    r"الإجابة|उत्तर|回答|答案|回复|答え|답변",
    _I,
)
_REQUESTED = re.compile(
    r"\b(?:requested|as\s+asked|asked\s+for|demandé|pedid[oa]|solicitad[oa]|richiest[oa]|gewünscht|verlangt|gevraagd|"
    r"prośb\w*|просили|istendiği|istenen|efterfrågat|požadováno|pidió|önskat|zoals\s+gevraagd)\b|طُلب|अनुरोध|요청|要求|要望",
    _I,
)
_BRIEF_RE = re.compile(
    rf"(?:{_BRIEF})|\bone\s+(?:line|sentence)\b|une\s+phrase|una\s+frase|одним\s+предложением", _I
)
_FIRST_PERSON_PAST_RE = re.compile(_FIRST_PERSON_PAST, _I)
LAST_SENTENCE = re.compile(
    r"(?:(?<=[.!?]\s)|(?<=[。！？।]))\s*(?P<inside>[^.!?。！？।\n]{4,200})[.!?。！？।]?\s*\Z"
)
_CITING = re.compile(
    r"\b(?:as|per|according\s+to|following|in\s+line\s+with|conforme|según|secondo|gemäß|laut|wie|selon|comme|zoals|"
    r"zgodnie|согласно|как|по|gereği|göre|enligt|podle|dle|kept|keep|short|brief)\b|حسب|وفق|كما|के\s+अनुसार|按照|依照|"
    r"どおり|通り|に従|따라|대로|" + _FIRST_PERSON_PAST + "|" + _BRIEF,
    _I,
)
FINAL_BRACKET = re.compile(r"[(（\[](?P<inside>[^)）\]\n]{4,160})[)）\]][.。]?\s*\Z")


def _meta_aside(inside: str, bracket: bool = True) -> bool:
    """Whether a closing bracket or sentence talks about the reply: the instructions, or its brevity.

    A bracket may name the reply ("(Resposta curta.)"); a sentence must say it kept it short
    or that this was asked ("Answer briefly, then…" is advice).
    """
    if bracket and _INSTRUCTION_NOUN.search(inside) and _CITING.search(inside):
        return True  # "(Keeping it brief per the instructions.)", not "(instructions on the label)"
    return bool(_BRIEF_RE.search(inside)) and bool(
        _FIRST_PERSON_PAST_RE.search(inside)
        or (bracket and _REPLY_NOUN.search(inside))
        or _REQUESTED.search(inside)
    )


CLOSING_SENTENCE = re.compile(
    r"(?:^|(?<=[.!?。！？]\s)|(?<=[。！？]))[^.!?。！？\n]{0,100}?(?:la\s+consigne|la\s+richiesta|la\s+solicitud|"
    r"zadání|в\s+инструкции|die\s+anweisung|de\s+instructie|talimat\w*|the\s+instructions|the\s+brief|lo\s+que\s+preguntaba|"
    r"o\s+que\s+(?:foi\s+)?perguntado|ce\s+qui\s+était\s+demandé|was\s+gefragt\s+war|التعليمات|निर्देश)"
    r"[^.!?。！？\n]{0,100}[.!?。！？]?\s*\Z",
    _I,
)
# The person asking, in the languages the lexicon lacked: "uživatel chce vědět", "المستخدم يريد".
OTHER_ASKER = re.compile(
    r"(?:\buživatel\w*|\btazatel\w*|المستخدم|السائل|उपयोगकर्ता|यूज़र|यूजर)[^.!?।\n]{0,40}?"
    r"(?:\bchce\b|\bptá\b|\bpotřebuje\b|\bžádá\b|\bzajímá\b|يريد|يسأل|يطلب|تريد|يرغب|चाहता|चाहती|पूछ|जानना)",
    _I,
)
# Planning the reply in the first person, in the languages the lexicon lacked.
OTHER_PLAN = re.compile(
    r"\b(?:napíšu|odpovím|vysvětlím|uvedu|shrnu|zkontroluj[iu]|odpovídám|jag\s+svarar|jag\s+skriver|jag\s+håller\s+det)\b|"
    r"(?:जवाब|उत्तर)\s+(?:दूँगा|दूंगा|दूँगी|दूंगी)|समझाता\s+हूँ|समझाती\s+हूँ|बताता\s+हूँ|"
    r"让我想一想|我想一想|让我看看|"
    r"سأكتب|سأجيب|سأشرح|سأذكر|سأبدأ|سأختصر|سأعطي|लिखूँगा|लिखूंगा|लिखूँगी|लिखूंगी|बताऊँगा|बताऊंगा|समझाऊँगा|समझाऊंगा|"
    r"(?:[けべせてれえ]よう|書こう|答えよう|避けよう)[。、]",
    _I,
)
# What the question concerns, in the languages the lexicon lacked: "frågan gäller", "otázka se týká".
OTHER_TOPIC = re.compile(
    r"\bfrågan\s+(?:gäller|handlar\s+om)\b|\botázka\s+(?:se\s+týká|je\s+o)\b|\bjde\s+o\s+otázku\b|السؤال\s+(?:عن|يتعلق)|"
    r"सवाल\s+[^.।]{0,30}के\s+बारे\s+में",
    _I,
)
# "Doesn't matter, I'll explain…": a question to itself answered and dismissed, or answered "no" after a dash.
QUESTION_ANSWERED = re.compile(
    r"\?\s*(?:nein|no|non|nee|nie|нет|hayır|não|ne|nej)\s*[—–,-]|\?\s*doesn['’]t\s+matter\b|"
    r"\bstep\s+back\s*[—–-]",
    _I,
)
_LETTER = re.compile(
    r"\A\s*[^\n:]{0,20}[:：]\s*\n\s*(?:subject|betreff|objet|asunto|oggetto|assunto|onderwerp|temat|тема|konu|ämne|"
    r"předmět|dear|hi|hello|sehr\s+geehrte|liebe|gentile|caro|cara|estimad[oa]|prezad[oa]|cher|chère|madame|monsieur|"
    r"geachte|beste|szanown|уважаем|sayın|hej|vážen)",
    _I,
)


LETTER_OPENING = re.compile(
    r"\s*(?:thank|thanks|dear|hi|hello|merci|danke|gracias|grazie|obrigad|bedankt|dziękuj|спасибо|teşekkür)",
    _I,
)
YOUR = re.compile(
    r"\b(?:you|your|ta|ton|tes|tu|votre|vos|vous|dein\w*|du|Ihre?\w*|tu|tus|su|sus|tuo|tua|sua|seu|sua|você|jouw|uw|"
    r"twoj\w*|ваш\w*|твой\w*|ты|вы|senin|sizin|din|ditt|tvůj|tvoje|váš)\b|您|你",
    _I,
)


def is_letter_draft(text: str) -> bool:
    """Whether a label heads a letter written for the reader ("Draft:\\n\\nDear…")."""
    return bool(_LETTER.match(text))


def frame_signs(text: str) -> Iterator[tuple[str, float, int, int, bool]]:
    """(rule, weight, start, end, needs_unaddressed) for each frame sign in `text`."""
    rest = len(text.strip())
    label = ASSISTANT_LABEL.match(text)
    if label:
        yield "labels its thinking", 2.0, label.start(), label.end(), False
    product = PRODUCT_LABEL.match(text)
    if product and (
        YOUR.search(product.group("rest"))
        or LETTER_OPENING.match(text, product.end() - 1)
        or (
            re.match(r"\s*[^\W\d_]", product.group("rest"))
            and not re.search(_QUALIFIER, product.group("rest"), _I)
            and not re.match(r"\s*(?:to|for|on|regarding|about|in)\b", product.group("rest"), _I)
        )
    ):
        # "Antwort auf Ihre Anfrage:", "Response:\nThank you for contacting us", "Response time:"
        product = None
    if product and not label:
        qualified = re.search(_QUALIFIER, product.group("rest"), _I)
        noun = product.group("noun").lower()
        if qualified or noun in {
            "response",
            "reply",
            "output",
            "réponse",
            "respuesta",
            "risposta",
            "resposta",
        }:
            # "Answer:" labels a quiz's solution; "Answer in bullet form as requested:" the reply.
            weight = 1.5 if qualified or noun == "response" else 1.0
            yield "labels its thinking", weight, product.start("noun"), product.end("rest"), False
    chat_docs = bool(CHAT_DOCS.search(text))
    for pattern, rule, weight, unaddressed in SIGNS:
        if pattern is RULES_NAMED and chat_docs:
            continue  # "the system prompt usually comes first": documentation of chat roles
        for match in pattern.finditer(text):
            yield rule, weight, match.start(), match.end(), unaddressed
    order = ORDER_PLAN.match(text)
    if order and not _YOU.search(order.group()) and rest > order.end() + 10:
        yield "plans the reply", 1.0, order.start(), order.end(), False
    for pattern, rule in ((CHECK_FIRST, "checks its own reply"), (REPLY_BELOW, "plans the reply")):
        found = pattern.match(text)
        if found and rest > found.end() + 5:
            yield rule, 1.5, found.start(), found.end(), False
    for pattern, rule, weight in (
        (HESITATION_OPENER, "thinks aloud", 1.5), (QUESTION_FRAGMENT, "narrates the request", 1.0),
        (NEED_TO_WORK, "plans the reply", 1.0), (LIMIT_FIRST, "plans the reply", 1.0),
    ):  # fmt: skip
        found = pattern.match(text)
        if found and rest > found.end() + 10:
            yield rule, weight, found.start(), found.end(), False
    for match in STEERING.finditer(text):
        # Steering after talking to itself ("Ok, questa parte l'ho spiegata, ora passo…") weighs more.
        talking = SELF_TALK.search(text[max(0, match.start() - 60) : match.start()])
        yield "plans the reply", 1.5 if talking else 1.0, match.start(), match.end(), False
    first = _FIRST_SENTENCE.match(text)
    if first and rest > first.end() + 5:
        asker = OPENING_ASKER.search(text, 0, first.end())
        sentence = first.group()
        if (
            asker
            and GUESS.search(sentence)
            and not _DOC_SENTENCE.search(sentence)
            and not CONDITION_WORD.search(sentence)
        ):
            yield "narrates the requester", 1.0, asker.start(), asker.end(), True
    for match in ASSUMING.finditer(text):
        window = text[
            max(0, match.start() - 30) : match.end() + 50
        ]  # verb-final: the meaning comes first
        if match.group().lower().startswith("assuming") or MEANT.search(window):
            yield "narrates the request", 1.0, match.start(), match.end(), True
    for pattern in (FINAL_BRACKET, LAST_SENTENCE):
        aside = pattern.search(text)
        bracket = pattern is FINAL_BRACKET
        if aside and aside.start() > 3 and _meta_aside(aside.group("inside"), bracket):
            yield "checks its own reply", 1.5, aside.start(), aside.end(), True
    closing = CLOSING_SENTENCE.search(text)
    if closing and closing.start() > 3 and not YOUR.search(text):  # feedback on the reader's work
        yield "checks its own reply", 1.5, closing.start(), closing.end(), True


# First-person necessity to work the task out, at the start: "So basically I just need to convert…".
NEED_TO_WORK = re.compile(
    r"\A[^\n]{0,60}?\bI\s+(?:just\s+|simply\s+|only\s+|first\s+)?(?:need|have|got)\s+to\s+(?:convert|calculate|compute|"
    r"figure\s+out|find\s+out|work\s+out|count|add\s+up|multiply|divide|solve|translate|name|summari[sz]e|compare|decide)\b",
    _I,
)
# A limit on the reply noted at the start: "Hmm, 250 words max."
LIMIT_FIRST = re.compile(
    r"\A\s*(?:(?:ok(?:ay)?|so|hmm+|right|alright)\s*[,.]?\s+)?(?:\d+\s+(?:words?|sentences?|lines?|characters?)\s+(?:max|maximum|tops|limit)|"
    r"(?:max(?:imum)?|at\s+most|under|no\s+more\s+than)\s+\d+\s+(?:words?|sentences?|lines?|characters?)|"
    r"(?:the\s+)?(?:word|character|length)\s+limit\s+is\s+\d+)\s*[.!,]",
    _I,
)
# Announcing, at a sentence start, that it now writes or answers: "Okay, writing it now.",
# "Writing.", "Just answer.", "Answering the second part first…".
WRITING_NOW = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:(?:ok(?:ay)?|so|alright|right)\s*[,.]?\s+)?(?:"
    r"(?:writing|drafting|answering|starting)(?:\s+(?:it|this|that))?(?:\s+(?:now|up|out))?\s*[.](?=\s|$)|"
    r"just\s+(?:answer|respond|reply|give\s+the\s+answer)\s*[.!]|"
    r"answering\s+(?:the|this)\s+(?:\w+\s+)?(?:part|question|bit)\b|"
    r"not\s+going\s+to\s+(?:repeat|restate|rephrase|explain|list|add)\b|"
    r"(?:I\s+(?:need|have|must)\s+to\s+remember|devo\s+ricordarmi|debo\s+recordar|je\s+dois\s+me\s+rappeler|"
    r"ich\s+muss\s+daran\s+denken|tenho\s+que\s+lembrar|ik\s+moet\s+onthouden|muszę\s+pamiętać|"
    r"нужно\s+помнить|надо\s+помнить|hatırlamalıyım)\b)",
    _I | re.MULTILINE,
)
# Steering its own work mid-text: "should double check", "ora passo alla seconda domanda".
STEERING = re.compile(
    r"\b(?:should|let\s+me|gotta|need\s+to|better)\s+double[- ]check\b|"
    r"\bwhat\s+kind\s+of\s+(?:answer|reply|response)\s+would\b|"
    r"\b(?:now\s+)?(?:moving|turning|passing)\s+(?:on\s+)?to\s+the\s+(?:second|next|other)\s+(?:part|question)\b|"
    r"\bora\s+passo\s+alla\b|\bahora\s+paso\s+a\b|\bmaintenant\s+je\s+passe\s+à\b|\bagora\s+passo\s+para\b|"
    r"\bjetzt\s+(?:komme\s+ich|gehe\s+ich)\s+zu\b|\bnu\s+ga\s+ik\s+(?:verder\s+)?naar\b|\bteraz\s+przechodzę\s+do\b|"
    r"\bтеперь\s+перехожу\s+к\b",
    _I,
)
SELF_TALK = re.compile(
    r"(?:^|[.!?]\s+)(?:ok(?:ay)?|right|alright|bene|bon|vale|gut|goed|dobra|так|tamam|okej)\s*[,.]",
    _I,
)
# "That wasn't really the question": judging what the request covered.
NOT_THE_QUESTION = re.compile(
    r"\b(?:that|this|it)\s+(?:wasn['’]t|was\s+not|isn['’]t|is\s+not)\s+(?:really\s+|actually\s+)?"
    r"(?:the\s+question|what\s+(?:was|they)\s+asked|what\s+they\s+wanted|part\s+of\s+the\s+question)\b",
    _I,
)

# Announcing an assumption about what was meant, in the first person: "Supongo que se refiere a…".
ASSUMING = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:assuming\s+(?:that\s+|they|he|she|the\s+user|this|it|[^.\n]{1,40}\s(?:means?|refers?\s+to)\b)|I(?:'m|\s+am)\s+assuming|I(?:'ll|\s+will)\s+assume)|"
    r"\b(?:je\s+suppose\s+qu|je\s+pars\s+du\s+principe\s+qu|supongo\s+que|asumo\s+que|doy\s+por\s+hecho|ich\s+nehme\s+an|"
    r"ich\s+gehe\s+davon\s+aus|presumo\s+che|suppongo\s+che|do\s+per\s+scontato|полагаю|предполагаю|будем\s+считать|"
    r"varsayıyorum|varsayalım|zakładam|przyjmuję,?\s+że|ik\s+ga\s+ervan\s+uit|ik\s+neem\s+aan|suponho|presumo\s+que|"
    r"assumo\s+que|předpokládám|beru\s+to\s+tak)\b|أفترض|سأفترض|मान\s+लेता|मान\s+लेती|मानकर|我假设|假设他|と仮定|と想定して|가정하",
    _I | re.MULTILINE,
)
# ...about what the person asking means: "supongo que se refiere a", "je suppose qu'il parle de".
MEANT = re.compile(
    r"\b(?:means?|meant|refers?|se\s+refiere|habla|quiere|pregunta|busca|parle|veut|demande|cherche|intend\w*|"
    r"si\s+riferisce|vuole|chiede|se\s+refira|refere|quer|pergunta|meint|gemeint|will|fragt|bedoel\w*|wil|vraagt|"
    r"имеется\s+в\s+виду|имеет\s+в\s+виду|хочет|спрашивает|kastet\w*|istiyor|chodzi|ma\s+na\s+myśli|chce|jde\s+o|myslí|"
    r"user|utilisateur|usuario|utente|usuário|nutzer|gebruiker|użytkownik|пользовател\w*|kullanıcı)\b|"
    r"يقصد|يريد|मतलब|बात|指的是|意思|のこと|말하는|kastettiğini|kastedildiğini",
    _I,
)
# The reply's tone, chosen or noted at the top: "Ton chaleureux, comme demandé.", "语气要友好。"
TONE_NOTE = re.compile(
    # French "Ton texte est vivant !" is "your text"
    r"\A\s*(?:(?:ok(?:ay)?|so|alright)\s*,?\s+)?(?:(?:tone|ton|tono|tom|toon|тон)\b(?!\s*[:：—–-])"
    r"(?!\s+(?:texte|essai|code|message|idée|projet|cv|histoire|poème|récit|mail|e-mail|plan|travail|brouillon|article|"
    r"devoir|résumé|script|programme|site|chat|chien|ami|amie|choix|style|titre)\b)[^.!?\n]{0,40}[.!]|"
    r"(?:going\s+with|I(?:'ll|\s+will)\s+(?:use|go\s+with|pick|choose)|ich\s+wähle|je\s+choisis|elijo|scelgo|escolho|"
    r"kies\s+ik|выбираю|seçiyorum)\s+(?:a|an|un|une|einen|een|um|uma)?\s*[\w-]+(?:\s+[\w-]+)?\s+(?:tone|ton|tono|tom|toon|тон)\b|"
    r"(?:语气|語気|口調|トーン|톤|말투)[^。！？\n]{0,12}[。！])",
    _I,
)
# Thinking it over again: "En y repensant", "Pensándolo mejor", "Если подумать".
RECONSIDER = re.compile(
    r"\b(?:en\s+y\s+repensant|à\s+la\s+réflexion|pensándolo\s+(?:bien|mejor)|ripensandoci|a\s+pensarci\s+bene|"
    r"pensando\s+(?:melhor|bem)|wenn\s+ich\s+(?:es\s+mir\s+)?(?:recht|genau)\s+überlege|bij\s+nader\s+inzien|po\s+namyśle|"
    r"если\s+подумать|daha\s+iyi\s+düşününce|vid\s+närmare\s+eftertanke|po\s+zamyšlení|thinking\s+(?:about\s+it\s+)?again|"
    r"reconsidering|let\s+me\s+reconsider)\b|再想想|仔细想想|考え直すと|다시\s*생각해\s*보니|"
    r"\b(?:la\s+|the\s+|a\s+|die\s+)?(?:première|primera|prima|primeira|erste|first)\s+(?:réponse|respuesta|risposta|resposta|antwort|answer)"
    r"\s+(?:était|era|war|was)\s+\w+|\bla\s+risposta\s+di\s+prima\b",
    _I,
)

# The request described as the subject: "This is asking for a definition", "Request is for a poem".
REQUEST_IS_FOR = re.compile(
    r"\b(?:this|it|that)(?:'s|’s|\s+is)\s+(?:asking\s+for|a\s+request\s+for)\b(?!\s+trouble)|"
    r"\b(?:looks|sounds|seems)\s+like\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:(?:request|ask)\s+(?:for|about)|question\s+about)\b|"
    r"(?:^|(?<=[.!?]\s))(?:the\s+)?(?:request|ask|task)\s+is\s+for\b|"
    r"\bsummary\s+of\s+the\s+(?:request|question|task|prompt)\b|"
    r"\b(?:sounds|seems|looks)\s+like\s+they\s+(?:need|want|just\s+want|are\s+after)\b|"
    r"\bthe\s+(?:main|key|only|real)\s+(?:thing|point)\s+(?:they|the\s+user)\s+(?:need|want|care\s+about|is\s+after)|"
    r"\bthe\s+(?:main|key)\s+point\s+is\s+that\s+they(?:'re|’re|\s+are)\b|"
    r"\bthe\s+user(?:'s|’s)\s+(?:level|background|situation|experience|age|setup|wording)\b|"
    r"\b(?:this|it)\s+(?:looks|sounds|seems)\s+like\s+(?:homework|a\s+homework\s+question|a\s+test\s+question|an\s+exam\s+question|"
    r"a\s+trick\s+question)\b|\brather\s+than\s+just\s+(?:answering|answer|giving|give)\b",
    _I | re.MULTILINE,
)
# Having to give the reply, with the verb last or the pronoun dropped: "Ik moet een definitie
# geven.", "मुझे परिभाषा देनी है।", "정의를 내려야 한다."
MUST_GIVE = re.compile(
    r"\bik\s+(?:moet|ga|zal)\s+(?:\w+\s+){1,4}?(?:geven|schrijven|antwoorden|uitleggen|noemen)\b|"
    r"\bil\s+faut\s+que\s+je\s+(?:donne|réponde|rédige|écrive|explique|reste)\b|"
    r"\bmusím\s+(?:\w+\s+){0,3}?(?:dát|napsat|odpovědět|vysvětlit|uvést)\b|"
    r"\bjag\s+måste\s+(?:\w+\s+){0,3}?(?:ge|skriva|svara|förklara)\b|"
    r"\bich\s+muss\s+(?:\w+\s+){1,4}?(?:geben|schreiben|antworten|erklären|nennen)\b|"
    r"عليّ\s+أن|علي\s+أن\s+(?:أقدم|أكتب|أجيب|أشرح)|मुझे\s+[^।.]{0,30}(?:देनी|देना|लिखना|लिखनी|बताना)\s+है|"
    r"(?:내려야|써야|답해야|설명해야|답변해야)\s*(?:한다|겠다|해)|(?:述べる|書く|答える|説明する)必要がある",
    _I,
)

# Reviewing its own reply aloud: "Did I answer everything?", "Quick sanity check on my answer:",
# "That's the final version.", "Not sure if they want metric or imperial".
SELF_REVIEW = re.compile(
    r"\bdid\s+I\s+(?:answer|cover|miss|forget|address)\b[^?\n]{0,40}\?|"
    r"\b(?:quick|final|last)\s+(?:sanity\s+)?check\s+(?:on|of)\s+(?:my|the)\s+(?:answer|reply|response|draft|math|work)\b|"
    r"\b(?:that(?:'s|’s|\s+is)|this\s+is)\s+(?:the|my)\s+final\s+(?:version|answer|draft|reply)\s*[.!]|"
    r"\bfinal\s+(?:check|review|pass)\s+(?:complete|done|passed)\b|"
    r"\b(?:not\s+sure|unsure|unclear)\s+(?:if|whether|what)\s+(?:they|the\s+user|the\s+person)\s+(?:want|wants|mean|means|need|needs|prefer|prefers|are\s+asking|is\s+asking)\b|"
    r"\b(?:here(?:'s|’s|\s+is)|so)\s+my\s+(?:plan|approach)\s*[:：—–-]\s*(?:[\w,]+\s+){0,2}?(?:define|explain|give|answer|list|greet|mention|"
    r"start|open|keep|summari[sz]e)\b|"
    r"[\[(]\s*(?:note\s+to\s+self|internal\s+note|self[- ]note|memo\s+to\s+self)\s*[:：—–-]|"
    r"\A\s*(?:thinking|reasoning)\s*(?:\.\.\.|…)\s+\S",
    _I,
)

# Thinking step by step, announced ("think", not "solve": a worked solution says "let's solve").
THINK_STEPS = re.compile(
    r"\b(?:let(?:'s|’s|\s+us)|let\s+me|I(?:'ll|\s+will))\s+think\s+(?:this\s+through\s+)?step\s+by\s+step\b|"
    r"\b(?:réfléchissons|pensemos|ragioniamo|pensiamo|denken\s+wir|laten\s+we\s+nadenken|pomyślmy|подумаем|düşünelim|"
    r"låt\s+oss\s+tänka|pojďme\s+přemýšlet)\b[^.\n]{0,20}?(?:étape\s+par\s+étape|paso\s+a\s+paso|passo\s+(?:per|dopo)\s+passo|"
    r"schritt\s+für\s+schritt|stap\s+voor\s+stap|krok\s+po\s+kroku|шаг\s+за\s+шагом|adım\s+adım|steg\s+för\s+steg|krok\s+za\s+krokem)|"
    r"\bschritt\s+für\s+schritt\s+(?:denken|überlegen)|一步一步(?:地)?(?:想|思考|来)|逐步思考|ステップごとに考え|段階的に考え|단계별로\s*생각",
    _I,
)
# Concluding its own working: "Putting this all together for the final answer:", "Therefore, my answer is:".
CONCLUDING = re.compile(
    r"\bputting\s+(?:it|this|that|everything)\s+(?:all\s+)?together\b[^.\n]{0,30}?(?:answer|:)|"
    r"\b(?:therefore|thus|so|hence),?\s+my\s+(?:final\s+)?(?:answer|reply|response)\s+(?:is|will\s+be)\s*[:：]",
    _I,
)

# The person asking as the subject of the opening sentence, whatever the verb: "Похоже,
# пользователь путает погоду и климат.", "ユーザーは天気と気候を混同しているようだ。"
# (Documentation says what a user *can* do, and support notes name their ticket.)
OPENING_ASKER = re.compile(
    r"(?<![\w-])(?:the\s+user|der\s+(?:nutzer|benutzer)|die\s+nutzerin|l['’]utilisat(?:eur|rice)|el\s+usuario|la\s+usuaria|"
    r"l['’]utente|o\s+usuário|a\s+usuária|de\s+gebruiker|użytkownik|пользователь|kullanıcı|användaren|uživatel)(?![\w-])"
    r"(?!\s+(?:manual|message|turn|interface|guide|account|story|role|experience|name|data|agent|input|base|group|id|prompt|"
    r"and\s+the\s+assistant|s)\b)|"
    r"المستخدم|उपयोगकर्ता|用户|用戶|ユーザー|사용자",
    _I,
)
_DOC_SENTENCE = re.compile(
    r"\b(?:can|may|cannot|can't|kann|können|peut|peuvent|puede|pueden|può|possono|pode|podem|kan|mag|może|może|может|"
    r"могут|kan|får|může|ticket|case|report\w*|meldet|assistant|model|API|messages?|chat|enters?|clicks?|selects?|types?|"
    r"opens?|signs?\s+(?:in|up)|receives?|submits?|uploads?|downloads?|installs?|must|should|needs\s+to|has\s+to|"
    r"gibt|klickt|wählt|muss|soll|saisit|clique|sélectionne|doit|introduce|selecciona|debe|inserisce|clicca|seleziona|deve|"
    r"digita|clica|seleciona|вводит|нажимает|выбирает|должен|girer|tıklar|seçer|gerekir|password|passwort|mot\s+de\s+passe|"
    r"contraseña|senha|пароль|şifre|signale|reporta|segnala|relata|bug|issue|support|clicks?|logs?\s+in|"
    r"account|konto|compte|cuenta|profile|settings)\b|\w+(?:ebilir|abilir)\b|可以|能够|できます|できる|수\s*있",
    _I,
)
# ...guessed at by the writer: "seems", "probably", "похоже", "看起来", "것 같다".
GUESS = re.compile(
    r"\b(?:seems?|appears?|apparently|probably|likely|might|must\s+be|looks\s+like|sounds\s+like|clearly|obviously|"
    r"confused|unsure|scheint|wohl|offenbar|vermutlich|anscheinend|semble|sans\s+doute|apparemment|probablement|parece|"
    r"probablemente|al\s+parecer|sembra|probabilmente|evidentemente|provavelmente|lijkt|waarschijnlijk|wydaje\s+się|chyba|"
    r"похоже|видимо|кажется|наверное|görünüyor|gibi|galiba|verkar|nog|zřejmě|asi)\b|يبدو|शायद|लगता|看起来|似乎|好像|"
    r"可能|ようだ|らしい|みたい|것\s*같|듯",
    _I,
)
CONDITION_WORD = re.compile(
    r"\b(?:if|when|whenever|once|wenn|falls|si|quand|lorsque|cuando|se|quando|als|wanneer|jeśli|gdy|если|когда|eğer|om|när|pokud|když)\b|"
    r"如果|当|一旦|場合|とき|경우|إذا|अगर|जब",
    _I,
)
_FIRST_SENTENCE = re.compile(r"\A\s*[^.!?。！？\n]{3,200}[.!?。！？]")

# Restating the request: "Question restated:", "the question boils down to", "Translating the request:".
RESTATED = re.compile(
    r"\b(?:question|request|task|prompt)\s+(?:restated|rephrased|summari[sz]ed|in\s+short|in\s+a\s+nutshell)\s*[:：]|"
    r"\b(?:the\s+)?(?:question|request|task)\s+boils\s+down\s+to\b|"
    r"\b(?:translating|rephrasing|restating|paraphrasing|summari[sz]ing)\s+the\s+(?:request|question|prompt|task)\b",
    _I,
)
# "We must answer in French", as reasoning channels say it in other languages.
WE_ANSWER_IN = re.compile(
    r"\b(?:nous\s+devons|il\s+faut|debemos|hay\s+que|dobbiamo|bisogna|devemos|wir\s+müssen|wir\s+sollten|we\s+moeten|"
    r"musimy|мы\s+должны|нам\s+нужно|нужно|надо|vi\s+måste|vi\s+ska|we\s+(?:must|need\s+to|should))\s+"
    r"(?:\w+\s+)?(?:répondre|responder|contestar|rispondere|antworten|antwoorden|odpowiedzieć|ответить|svara|answer|respond|reply)\s+"
    r"(?:en|in|em|auf|po|по-\w+|на|på|brièvement|brevemente|brevemente|kurz|kort|krótko|кратко|briefly|concisely)\b|"
    r"我们(?:需要|应该|要|得)用\S{1,4}(?:回答|回复)",
    _I,
)

# Fixing a figure it has just given: "The total is 10. Oops — 12.", "Scusa, intendevo 12."
SELF_FIX = re.compile(
    r"(?<=\S)[.!?]?\s*(?:[—–-]\s*)?(?<![\w])(?:oops|whoops|correction|sorry,?\s+I\s+meant|let\s+me\s+fix\s+that|oh\s+wait|"
    r"korrektur|oups|perdón,?\s+quise\s+decir|quise\s+decir|scusa,?\s+intendevo|intendevo|ops,?\s+quis\s+dizer|quis\s+dizer|"
    r"ой,?\s+точнее|точнее|pardon|あ、?違った|아,?\s*틀렸다|哦不对|不对)(?![a-z])[^\n\d]{0,20}\d",
    _I,
)

# Announcing that it redoes what it has just written, as a clause of its own that ends on a
# colon or a full stop: "— wait, too stiff. Starting over:", "Also neu:", "Corrigindo:",
# "Even rechtzetten:", "— поправлю:", "这里补上。", "訂正すると、". Alone it could head an
# erratum; after an interruption ("wait", "Стоп", "Oeps") it is self-correction aloud.
_RESTART_WORDS = (
    r"starting\s+over|start(?:ing)?\s+again|trying\s+(?:that\s+)?again|take\s+two|redoing\s+(?:it|that|this)|"
    r"rewriting(?:\s+(?:it|that|this))?|fixing\s+(?:it|that|this)|correcting\s+(?:it|that|this)|scratch\s+that|"
    r"(?:also|dann|daher)\s+neu|nochmal\s+von\s+vorn|von\s+vorn|(?:also\s+)?korrigiert|ich\s+korrigiere|"
    r"je\s+(?:reprends|recommence|corrige)|reprenons|recommençons|corrigeons|"
    r"corrijo|corrigiendo|empiezo\s+de\s+nuevo|vuelvo\s+a\s+empezar|rehaciendo|"
    r"correggo|ricomincio|rifaccio|da\s+capo|"
    r"corrigindo|reescrevendo|refazendo|recomeçando|"
    r"opnieuw|(?:even\s+)?rechtzetten|ik\s+corrigeer|"
    r"poprawiam|poprawię|od\s+nowa|"
    r"поправлю|поправляю|исправлю|исправляю|переделаю|заново|"
    r"düzeltiyorum|düzeltelim|baştan"
)
RESTART = re.compile(
    rf"(?:^|(?<=[.!?:;—–,]\s)|(?<=[.!?:;—–]))\s*(?:{_RESTART_WORDS})\s*(?:[:：]|[.!](?=\s|$))|"
    r"(?<=[，、,])\s*(?:这里补上|这里更正|更正一下|改一下|重来|重新来)(?=[。：:])|"
    r"訂正すると|訂正します[。：:]|やり直します|書き直します",
    _I | re.MULTILINE,
)

# The reply praised by its writer as it is handed over, as tuned chat models do: "Here is a
# clear and well-structured answer that addresses your query", "une réponse concise et bien
# structurée". Two qualities stacked on the reply, or the reply said to address the query.
_QUALITY_EN = r"clear|concise|well-structured|well-organi[sz]ed|comprehensive|informative|helpful|direct|detailed|brief|accurate|thorough"
_QUALITY_ROMANCE = (
    r"claire?s?|concise?s?|concisa|(?:bien\s+|ben\s+)?structur[ée]e?s?|estructurada|strutturata|estruturada|complète|completa|"
    r"clara|chiara|précise|precisa|détaillée|detallada|dettagliata|detalhada|informative|informativa"
)
SELF_PRAISE = re.compile(
    rf"\b(?:an?|my)\s+(?:{_QUALITY_EN})(?:,?\s+(?:and\s+)?(?:{_QUALITY_EN}))+\s+(?:answer|response|reply|explanation|overview|summary)\b|"
    r"\b(?:answer|response|reply)\s+that\s+(?:directly\s+)?addresses\s+your\s+(?:query|question|request)\b|"
    r"\bwhile\s+remaining\s+(?:concise|clear|informative|accurate)\b|"
    rf"\b(?:une|una|uma)\s+(?:réponse|respuesta|risposta|resposta)\s+(?:{_QUALITY_ROMANCE})\s+(?:et|y|e)\s+(?:{_QUALITY_ROMANCE})\b|"
    r"\b(?:klare|prägnante|strukturierte|ausführliche)\s+(?:und\s+(?:klare|prägnante|strukturierte|ausführliche)\s+)?Antwort\b",
    _I,
)

# Its own instructions named as the writer's, or the system message, in each language.
OWN_INSTRUCTIONS = re.compile(
    r"\b(?:mes\s+(?:instructions|consignes|directives)|mis\s+(?:instrucciones|directrices|pautas)|le\s+mie\s+(?:istruzioni|linee\s+guida)|"
    r"as\s+minhas\s+instruções|minhas\s+instruções|meine\s+(?:anweisungen|vorgaben|richtlinien|instruktionen)|mijn\s+(?:instructies|richtlijnen)|"
    r"moje\s+(?:instrukcje|wytyczne)|мои\s+(?:инструкции|правила|указания)|talimatlarım\w*|yönergelerim\w*|mina\s+(?:instruktioner|riktlinjer)|"
    r"mé\s+(?:pokyny|instrukce)|le\s+message\s+(?:du\s+)?système|el\s+mensaje\s+del\s+sistema|il\s+messaggio\s+di\s+sistema|"
    r"a\s+mensagem\s+do\s+sistema|die\s+systemnachricht|системное\s+сообщение|sistem\s+mesajı|"
    r"the\s+developer\s+message)\b|我的指令|系统消息|指示により|指示で|지침에\s*따라|지침상",
    _I,
)
# Not being allowed, in the first person: a sign alone, since people are not allowed things too.
NOT_ALLOWED = re.compile(
    r"\b(?:I(?:'m|\s+am)\s+not\s+(?:allowed|permitted)\s+to|je\s+n['’]ai\s+pas\s+le\s+droit\s+de|"
    r"no\s+(?:tengo\s+permitido|me\s+está\s+permitido)|non\s+mi\s+è\s+(?:permesso|consentito)|мне\s+запрещено)\b",
    _I,
)

SIGNS: tuple[tuple[re.Pattern[str], str, float, bool], ...] = (
    (REVISED_LABEL, "labels its thinking", 2.0, False),
    (LANGUAGE_NOTE, "plans the reply", 1.0, True),
    (SEQUENCE_PLAN, "plans the reply", 1.5, True),
    (SELF_GUARD, "corrects itself aloud", 1.5, False),
    (RULES_NAMED, "restates its instructions", 1.5, False),
    (MISREAD, "admits a mistake", 1.5, False),
    (STOP_WORD, "corrects itself aloud", 1.0, False),
    (RE_READ, "narrates the request", 1.5, False),
    (AS_I_UNDERSTAND, "narrates the request", 1.0, False),
    (STARRED_THINKING, "reasoning block", 3.0, False),
    (NOT_ADDING, "checks its own reply", 1.5, True),
    (OTHER_ASKER, "narrates the requester", 1.5, False),
    (OTHER_PLAN, "plans the reply", 1.5, True),
    (OTHER_TOPIC, "narrates the request", 1.0, False),
    (QUESTION_ANSWERED, "corrects itself aloud", 1.0, False),
    (ANSWERED_IT, "checks its own reply", 1.5, True),
    (REQUEST_IS_FOR, "narrates the request", 1.0, False),
    (SELF_REVIEW, "checks its own reply", 1.5, False),
    (THINK_STEPS, "plans the reply", 1.0, False),
    (RESTATED, "restates the request", 1.5, False),
    (SELF_FIX, "corrects itself aloud", 1.5, False),
    (RESTART, "corrects itself aloud", 1.0, False),
    (SELF_PRAISE, "checks its own reply", 1.5, False),
    (OWN_INSTRUCTIONS, "restates its instructions", 1.5, True),
    (NOT_ALLOWED, "restates its instructions", 1.0, True),
    (WE_ANSWER_IN, "plans the reply", 1.5, False),
    (CONCLUDING, "plans the reply", 1.0, False),
    (MUST_GIVE, "plans the reply", 1.0, True),
    (TONE_NOTE, "plans the reply", 1.0, False),
    (RECONSIDER, "corrects itself aloud", 1.0, False),
    (ASKER_PROFILE, "narrates the requester", 1.0, False),
    (WRITING_NOW, "plans the reply", 1.0, False),
    (NOT_THE_QUESTION, "narrates the request", 1.5, False),
)
