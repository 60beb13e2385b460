"""Per-language words for the structural markers of meta-rambling.

Not phrases to match whole, but the vocabulary of each role the detector looks for: who
the text talks about (the person asking, in the third person), what that person did
(asked, wants, wrote), the reply as an object (the answer, my reply), first-person
planning of the reply, self-correction, and the labels that introduce thinking or drafts.
Each language is a few alternations; the detector combines them by structure.
"""

from __future__ import annotations

# The person asking, in the third person. Latin-script entries are matched as words.
REQUESTER = {
    "en": (
        r"the\s+user|the\s+person|the\s+human|the\s+asker|the\s+requester|the\s+questioner|the\s+OP|(?-i:OP)|"
        r"the\s+poster|this\s+person|someone|somebody|user"
    ),
    "de": r"der\s+(?:nutzer|benutzer|user|anwender|fragende|fragesteller)|die\s+userin|die\s+(?:nutzerin|benutzerin|person|fragende|fragestellerin)|nutzer",
    "fr": r"l['’]\s*(?:utilisateur|utilisatrice|interlocuteur|interlocutrice)(?!\s+finale?)|la\s+personne|utilisateur(?!\s+finale?)",
    "es": r"el\s+usuario|la\s+usuaria|la\s+persona|el\s+interlocutor|usuario",
    "it": r"l['’]\s*(?:utente|interlocutore|interlocutrice)|la\s+persona|utente",
    "pt": r"o\s+(?:usuário|utilizador|interlocutor)|a\s+(?:usuária|utilizadora|pessoa)|usuário",
    "nl": r"de\s+(?:gebruiker|persoon|vraagsteller|vrager)|diegene|degene|gebruiker",
    "pl": r"użytkownik|użytkowniczka|pytający|pytająca|rozmówca|ta\s+osoba",
    "ru": r"человек|человеку|пользователь|пользователю|пользователя|пользовательница|собеседник|собеседнику|собеседница|спрашивающий",
    "tr": r"kullanıcı|kullanıcının|soru\s+soran|soru\s+sahibi|karşı\s+taraf",
    "sv": r"användaren|frågeställaren|personen|frågeställaren",
}
REQUESTER_CJK = r"问的人|提问的人|相手(?=は|に|が)|この方|この人|学生さん|用户(?!反馈|体验|研究|调研|画像|增长|数)|用戶|使用者|提问者|提問者|对方|ユーザー|ユーザ|質問者|相談者|사용자|유저|질문자|이분|그분|질문하신\s*분"

# What the person asking did or wants (present or past; with "they" in English too).
REQUEST_VERB = {
    "en": (
        r"corrected|corrects|told\s+us|told\s+me|asks|asked|ask|is\s+asking|(?<=['’]s\s)asking|asking(?!\s+(?:for|to|about)\b)|want|need(?!\s+to\b)|expect|prefer|was\s+asking|'s\s+asking|wants|wanted|requests|requested|is\s+requesting|"
        r"needs(?!\s+to\b)|mean|means|meant|mentioned|mentions|said|says|wrote|writes|is\s+writing|'s\s+writing|"
        r"specified|specifies|expects|prefers|is\s+after|'s\s+after|is\s+looking\s+for|'s\s+looking\s+for|"
        r"seems\s+to\s+want|is\s+curious|wonders|is\s+wondering|would\s+like|'d\s+like|typed|sent|"
        r"is\s+interested|seems|appears|is\s+trying\s+to|clearly\s+wants|just\s+wants|probably\s+wants|might\s+want|"
        r"may\s+want|likely\s+wants|is\s+testing|is\s+greeting|greets|thanks|is\s+thanking|"
        r"hopes|is\s+hoping|wants\s+to\s+know|has\s+asked|has\s+requested|just\s+asked|is\s+following\s+up|follows\s+up|"
        r"clarified|clarifies|is\s+referring|refers|is\s+getting\s+at|is\s+struggling|struggles|is\s+confused|"
        r"is\s+worried|is\s+concerned|intends|is\s+planning|has\s+(?:a|an)\s+(?:question|follow-up|request)|"
        r"never\s+said|didn't\s+(?:say|specify|mention|ask)|did\s+not\s+(?:say|specify|mention)|never\s+specified|"
        r"seemed|sounded|sounds|is\s+back|came\s+back|pasted|uploaded|attached|phrased|"
        r"is\s+(?:probably|likely|clearly|just|really|only)\s+(?:asking|after|looking|trying|curious|testing)"
    ),
    "de": r"korrigierte|hat\s+\w*\s*korrigiert|sagt|sagte|hat\s+gesagt|fragt|braucht|benötigt|hätte\s+gern|hofft|plant|bezieht\s+sich|hat\s+(?:gefragt|geschrieben|erwähnt|angegeben|gebeten)|gibt\s+an|erwartet|bevorzugt|fragt\s+sich|fragte|will|wollte|möchte|möchten|bittet|bat|wünscht|schreibt|schrieb|sucht|meint|meinte|erwähnt|erwähnte|fordert|hat\s+gefragt|interessiert\s+sich|scheint|möchte\s+wissen|will\s+wissen|suchte|brauchte|hatte\s+gefragt|wünschte",
    "fr": r"a\s+corrigé|a\s+rectifié|a\s+parlé|a\s+évoqué|a\s+signalé|a\s+dit|demande|attend|espère|précise|a\s+précisé|indique|s['’]interroge|se\s+demande|pose\s+(?:une|la)\s+question|cherche\s+à|souhaiterait|veut\s+savoir|préfère|demandait|a\s+demandé|veut|voulait|souhaite|écrit|a\s+écrit|cherche|a\s+besoin|mentionne|a\s+mentionné|voudrait|aimerait|s['’]intéresse|semble|me\s+demande|voulait\s+dire|cherchait|avait\s+demandé",
    "es": r"corrigió|ha\s+corregido|dijo|ha\s+dicho|comentó|pregunta|quiere\s+saber|espera|aclara|indica|se\s+pregunta|plantea|consulta|ha\s+escrito|ha\s+mencionado|le\s+gustaría|prefiere|preguntó|quiere|quería|pide|pidió|solicita|escribe|escribió|busca|necesita|menciona|mencionó|desea|ha\s+pedido|ha\s+preguntado|le\s+interesa|parece|está\s+(?:pidiendo|preguntando|buscando|solicitando)|se\s+refería|pedía|buscaba|preguntaba|necesitaba|había\s+(?:pedido|preguntado)|quería\s+decir",
    "it": r"ha\s+corretto|ha\s+precisato|ha\s+detto|dice|chiede|voglia|sappia|cerchi|chieda|desideri|specifica|indica|intende|vuole\s+sapere|preferisce|si\s+aspetta|ha\s+domandato|ha\s+chiesto|vuole|voleva|desidera|scrive|ha\s+scritto|cerca|ha\s+bisogno|menziona|domanda|vorrebbe|si\s+chiede|sembra|mi\s+chiede|sta\s+(?:chiedendo|cercando)|intendeva|intendesse|chiedeva|cercava|desiderava|voleva\s+dire|aveva\s+chiesto",
    "pt": r"corrigiu|disse|descreve|descreveu|pergunta|quer\s+saber|espera|indica|especifica|prefere|perguntou|quer|queria|pede|pediu|deseja|escreve|está\s+escrevendo|escreveu|procura|precisa|menciona|mencionou|solicita|gostaria|parece|me\s+pede|está\s+(?:pedindo|perguntando|procurando|querendo)|se\s+referia|perguntava|procurava|precisava|pedia|tinha\s+(?:pedido|perguntado)|quis\s+dizer",
    "nl": r"corrigeerde|heeft\s+gecorrigeerd|zei|zegt|heeft\s+gezegd|vraagt|wil\s+graag|hoopt|vraagt\s+zich\s+af|geeft\s+aan|heeft\s+gevraagd|zou\s+graag|verwacht|vroeg|wil|wilde|schrijft|schreef|zoekt|noemt|noemde|verzoekt|bedoelt|heeft\s+nodig|lijkt|wil\s+weten|bedoelde|zocht|had\s+gevraagd|wou",
    "pl": r"powiedział|powiedziała|mówi|pyta|pyta\s+o|prosi\s+o|ma\s+na\s+myśli|zastanawia\s+się|zapytał(?:a)?\s+o|woli|zapytał|zapytała|pytał|pytała|chce|chciał|chciała|prosi|prosił|prosiła|pisze|napisał|napisała|szuka|potrzebuje|wspomina|wspomniał|wspominał\w*|oczekuje|interesuje\s+się|wydaje\s+się|chyba\s+chce|chce\s+wiedzieć",
    "ru": r"поправил|поправила|исправил|исправила|сказал|сказала|говорит|спрашивает|уточняет|уточнил|уточнила|ждёт|ждет|надеется|предпочитает|спросил|спросила|хочет|хотел|хотела|просит|просил|просила|пишет|написал|написала|ищет|упоминает|упомянул|интересуется|ожидает|нужен|нужна|нужно|нужны|интересно|важно|имеет\s+в\s+виду|кажется|похоже|хочет\s+узнать|имел\w?\s+в\s+виду|искал\w?|интересовал\w*|хотел\w?\s+узнать",
    "sv": r"sa|sade|säger|undrar|frågar|vill\s+veta|vill\s+ha|vill|behöver|söker|ber\s+om|skriver|nämner|menar|verkar|letar\s+efter|är\s+ute\s+efter",
    "tr": r"büyük\s+ihtimalle|belirtmemiş\w*|belirtmedi|görünüyor|sorduğunu|istediğini|soruyor|bilmek\s+istiyor|belirtiyor|belirtti|bekliyor|kastediyor|sordu|istiyor|istedi|rica\s+ediyor|yazıyor|yazdı|arıyor|bahsediyor|bahsetti|talep\s+ediyor|merak\s+ediyor|öğrenmek\s+istiyor|görünüyor|istiyor\s+gibi",
}
REQUEST_VERB_CJK = (
    r"想知道|想要|想了解|想把|想让|想找|想写|想做|想用|只需要|需要|要的是|在问|问的是|问了|询问|詢問|要求|请求|請求|希望|问|問|"
    r"訂正|纠正|更正|묻고|물었|물어|원(?:하|한|합|했|해)|요청(?:하|한|했|해)|궁금|알고\s*싶|달라고|(?:다|라)고\s*(?:했|하셨|합니다)|"
    r"知りたい|聞いて|聞いた|尋ねて|尋ねた|求めて|望んで|質問して|質問した|頼んで|言って|欲しい|ほしい|たいよう|"
    r"っぽい|ようなので|のようだ|みたい|らしい|ほしそう|欲しそう|似乎|好像|看起来|看起來|것\s*같|같으니|같아서|듯"
)

# Words that open a condition or a generalisation: "when the user asks..." is documentation.
# "Not sure if…", "não sei se…": "whether", not a condition.
CONDITION = (
    r"(?<!\bsei\s)(?<!\bsé\s)(?<!\bsure\s)(?<!\bso\s)(?<!\bsais\s)\b(?:if|si|se)\b|"
    r"\b(?:when|whenever|once|each\s+time|every\s+time|after|before|unless|until|wenn|falls|sobald|"
    r"lorsque|quand|cuando|mientras|quando|als|wanneer|zodra|jeśli|jeżeli|gdy|kiedy|если|когда|"
    r"eğer)\b|如果|当|當|一旦|場合"
)

# The reply as an object the writer is shaping.
REPLY_NOUN = {
    "en": (
        r"(?:the|my|our|this|a\s+final|the\s+final)\s+(?:final\s+)?(?:reply|response|answer|output|draft|message\s+back)|"
        r"the\s+final\s+version|(?:the|my)\s+(?:list|summary|poem|email|e-mail|letter|story|haiku|translation|explanation|tone)"
    ),
    "de": r"(?:die|meine|unsere)\s+(?:endgültige\s+)?antwort|der\s+antwortentwurf",
    "fr": r"(?:la|ma|notre)\s+réponse(?:\s+finale)?",
    "es": r"(?:la|mi|nuestra)\s+respuesta(?:\s+final)?",
    "it": r"(?:la|la\s+mia|la\s+nostra)\s+risposta(?:\s+finale)?",
    "pt": r"(?:a|a\s+minha|minha|nossa)\s+resposta(?:\s+final)?",
    "nl": r"(?:het|mijn|ons)\s+antwoord",
    "pl": r"(?:moja|ta)?\s*odpowiedź(?:\s+końcowa)?",
    "ru": r"(?:мой|наш|итоговый|этот)?\s*ответ",
    "tr": r"cevabım|yanıtım|cevap|yanıt",
}
REPLY_NOUN_CJK = r"我的回答|回答|回复|回覆|答复|答案|回答は|返答|返信|答え"
# ...and what the writer says the reply must do.
REPLY_MODAL = {
    "en": r"should|must|needs?\s+to|has\s+to|will|ought\s+to|is\s+going\s+to|can\s+be|could",
    "de": r"sollte|soll|muss|müsste|wird",
    "fr": r"doit|devrait|devra|va",
    "es": r"debe|debería|tiene\s+que|va\s+a",
    "it": r"deve|dovrebbe|dovrà|va",
    "pt": r"deve|deveria|tem\s+que|precisa|vai",
    "nl": r"moet|zou|zal|mag",
    "pl": r"powinna|musi|będzie",
    "ru": r"должен|должна|нужно|следует|будет",
    "tr": r"olmalı|gerekir|olacak|olsun",
}
REPLY_MODAL_CJK = r"应该|應該|需要|要(?![点點素求])|必须|必須|べき|必要|ようにする|しよう"

# First person planning what to write: "I'll keep it short", "let me draft", "I should answer".
PLAN_SUBJECT = {
    "sv": r"jag\s+(?:ska|bör|måste|behöver|svarar|skriver|börjar|håller|tänker|kommer\s+att)|vi\s+(?:skriver|svarar|börjar)|låt\s+mig",
    "en": (
        r"I\s+(?:don't|do\s+not|won't|shouldn't)(?:\s+need\s+to|\s+have\s+to)?|no\s+need\s+to|"
        r"I(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|\s+should|\s+need\s+to|\s+must|\s+have\s+to|'d\s+better|"
        r"\s+can|\s+could|\s+want\s+to|'ll\s+just|\s+think\s+I\s+should)|let\s+me|let's|we\s+(?:need\s+to|should|must|have\s+to|can|will|'ll)|"
        r"(?<!best\s)(?<!good\s)(?<!the\s)(?<!right\s)(?<!great\s)time\s+to|best\s+to|better\s+to|now\s+to|now\s+I(?:'ll)?|I\s+guess\s+I(?:'ll)?|so\s+I(?:'ll)?"
    ),
    "de": r"ich\s+(?:werde|sollte|muss|will|möchte|kann|halte|schreibe|antworte|gebe|nenne|fange)|lass\s+mich|ich\s+fasse",
    "fr": r"je\s+(?:vais|dois|devrais|peux|veux|réponds|garde|commence)|il\s+faut\s+(?:que\s+je|répondre)|laisse[sz]?[- ]moi",
    "es": r"voy\s+a|debo|debería|tengo\s+que|necesito|déjame|puedo|mejor\s+(?:responder|dar)",
    "it": r"devo|dovrei|voglio|posso|lasciami|risponderò|scriverò|darò|terrò|comincio|inizio",
    "pt": r"vou|devo|deveria|preciso|tenho\s+que|deixe-me|deixa\s+eu|posso",
    "nl": r"ik\s+(?:ga|zal|moet|wil|kan|houd|hou)|laat\s+me",
    "pl": r"powinienem|powinnam|muszę|odpowiem|napiszę|podam|zacznę|sprawdzę|przeliczę",
    "ru": r"я\s+(?:должен|должна|буду|отвечу|напишу|дам|начну|проверю)|мне\s+(?:нужно|следует|надо)|нужно\s+ответить|отвечу|напишу|проверю",
    "tr": r"vereyim|yazayım|anlatayım|açıklayayım|özetleyeyim|başlayayım|hesaplayayım|vermeliyim|vereceğim|yazacağım|yazmalıyım|tutmalıyım|başlayacağım|kontrol\s+edeyim|söylemeliyim|cevaplamalıyım|yanıtlamalıyım",
}
PLAN_SUBJECT_CJK = (
    r"我(?:应该|應該|需要|要|会|會|得|来|來|先|打算|准备|準備|决定|決定)|(?:て|で)おこう|让我|讓我|先列(?:个|一下)?|方針で|ことにします|ことにしよう|ことにする|"
    r"\S{1,6}(?:해야겠다|해야겠어|해야지|하도록\s*하자|다시\s*쓰자)|べきだ|ましょう|しよう|答えよう|書こう|確認しよう|"
    r"(?:답변|대답|답|설명|정리)(?:해야|하자|할게|하겠)"
)

# Verbs that, after a planning subject, are about producing the reply itself.
PLAN_VERB = {
    "en": (
        r"answer|respond|reply|write|draft|compose|craft|formulate|produce|output|put\s+together|go\s+with|keep|"
        r"make\s+sure|double-check|re-?check|verify|re-?compute|re-?calculate|re-?read|structure|format|"
        r"mention|include|wrap\s+up|finali[sz]e|present|outline|address|clarify|assume|interpret|bring\s+up|touch\s+on|"
        r"figure\s+out|acknowledge|recall|remember|consider|look\s+at|work\s+out|break\s+(?:it|this)\s+down|"
        r"organi[sz]e|arrange|group|sort|order|flag|lay\s+(?:this|it)\s+out|simplify|shorten|tighten|stop\s+(?:here|there)|"
        r"go\s+through|identify|determine|note|be\s+careful|see|work\s+through|understand|greet|comply|stick\s+to|be\s+(?:brief|concise|careful|helpful|polite|friendly)|"
        r"elaborate|avoid|think|trim|skip|aim\s+for|stay\s+under|be\s+tight|give\s+(?:the|my|our|a)\s+(?:final\s+)?(?:answer|reply|response)|"
        r"provide\s+(?:the|my|our|a)\s+(?:final\s+)?(?:answer|reply|response)|start\s+with|say|"
        r"give|provide|produce|generate|prepare|deliver|present|begin\s+with|open\s+with|close\s+with|end\s+with|"
        r"open\s+by|start\s+by|begin\s+by|close\s+by|end\s+by|lead\s+with|unpack|phrase\s+(?:it|this|that)|"
        r"frame|punch\s+(?:it|this|that)\s+up|give\s+(?:them|the\s+user|a\s+short|a\s+brief|a\s+concise)|"
        r"provide\s+(?:them|the\s+user|a\s+short|a\s+brief|a\s+concise)|offer\s+(?:them|the\s+user)|tell\s+(?:them|the\s+user)|list\s+(?:them|a\s+few)"
    ),
    "de": r"antworten|beantworten|schreiben|formulieren|halten|kurz|nennen|erwähnen|prüfen|überprüfen|erklären|geben|anbieten|zuerst|begrüßen|die\s+antwort|organisieren|strukturieren|gliedern|vermeiden|ergänzen|zusammenfassen|vereinfachen|verwenden|weglassen|auflisten|übersetzen|anpassen|darstellen|beschränken",
    "fr": r"répondre|rédiger|écrire|formuler|garder|donner|mentionner|vérifier|expliquer|commencer|brièvement|proposer|saluer|d['’]abord|organiser|structurer|regrouper|éviter|inclure|ajouter|résumer|simplifier|utiliser|laisser\s+de\s+côté|omettre|lister|détailler|clarifier|traduire|adapter|présenter|aller\s+droit|être\s+bref",
    "es": r"responder|redactar|escribir|formular|mantener|dar|mencionar|verificar|comprobar|explicar|empezar|brevemente|ofrecer|saludar|organizar|ordenar|estructurar|agrupar|evitar|incluir|añadir|resumir|simplificar|centrarme|enfocarme|limitarme|omitir|listar|enumerar|detallar|aclarar|contestar|traducir|adaptar|presentar|desglosar|ir\s+al\s+grano|ser\s+breve",
    "it": r"rispondere|redigere|scrivere|formulare|tenere|dare|menzionare|verificare|controllare|spiegare|iniziare|brevemente|offrire|salutare|in\s+modo|organizzare|strutturare|raggruppare|evitare|includere|aggiungere|riassumere|semplificare|concentrarmi|omettere|elencare|dettagliare|chiarire|tradurre|adattare|presentare|andare\s+dritto|essere\s+breve",
    "pt": r"responder|redigir|escrever|formular|manter|dar|mencionar|verificar|explicar|começar|brevemente|oferecer|cumprimentar|de\s+forma|organizar|estruturar|agrupar|evitar|incluir|acrescentar|resumir|simplificar|focar|omitir|listar|detalhar|esclarecer|traduzir|adaptar|apresentar|ir\s+direto|ser\s+breve",
    "nl": r"antwoorden|beantwoorden|schrijven|formuleren|houden|kort|noemen|controleren|uitleggen|geven|beginnen|het\s+antwoord|organiseren|structureren|vermijden|toevoegen|samenvatten|vereenvoudigen|weglaten|opsommen|vertalen|aanpassen|beperken",
    "pl": r"odpowiedzieć|napisać|sformułować|podać|wspomnieć|sprawdzić|wyjaśnić|zacząć|krótko|odpowiem|napiszę|podam|zacznę|sprawdzę|przeliczę|uporządkować|uniknąć|unikać|dodać|streścić|uprościć|pominąć|wymienić|przetłumaczyć|ograniczyć",
    "ru": r"ответить|написать|сформулировать|дать|упомянуть|проверить|объяснить|начать|кратко|коротко|отвечу|напишу|проверю|начну|дам|организовать|структурировать|избегать|избежать|добавить|включить|упростить|опустить|перечислить|перевести|сгруппировать|разбить|ограничиться|сосредоточиться",
    "sv": r"svara|skriva|förklara|hålla|ge|nämna|kontrollera|börja|kort|svaret|organisera|strukturera|undvika|lägga\s+till|sammanfatta|förenkla|utelämna|lista|översätta|anpassa",
    "tr": r"",  # Turkish planning verbs carry the person ending, so the subject list is the verb
}
PLAN_VERB_CJK = r"补充|補充|足し|加え|添え|書い|入れ|触れ|翻译|翻成|译成|改写|まとめる|列|提纲|大纲|整理|답변|대답|설명|간단히|짧게|回答|回复|回覆|答复|写|寫|给出|給出|提供|检查|檢查|确认|確認|简短|簡短|简洁|簡潔|说明|說明|先|答え|答える|書く|確認|簡潔|丁寧|説明"

# Thinking aloud about one's own mistake. After "can", "to", "won't" or "you", "wait" is a verb
# ("if you can wait!", "you wait,"), not a pause to rethink.
SELF_CORRECTION = (
    r"(?:^|(?<=[\s.!?;:,—–(]))(?<!the\s)(?<!\sa\s)(?<!this\s)(?<!long\s)(?<!can\s)(?<!to\s)(?<!['’]t\s)(?<!will\s)(?<!you\s)(?:wait|hold\s+on|hang\s+on|hmm+|oops|no,?\s+wait|scratch\s+that|but\s+no|on\s+second\s+thought|"
    r"actually,?\s+(?:no|wait|hold\s+on|that's\s+(?:wrong|not\s+right))|"
    r"moment(?:\s+mal)?|warte(?!\s+ich\b)|halt,|hmm|eigentlich\s+(?:nein|doch\s+nicht)|korrektur|"
    r"attends|attendez|en\s+fait,?\s+non|euh|correction|"
    r"espera|espere|un\s+momento|en\s+realidad,?\s+no|corrijo|"
    r"aspetta|un\s+attimo|in\s+realtà,?\s+no|"
    r"na\s+verdade,?\s+não|um\s+momento|"
    r"wacht|eigenlijk,?\s+(?:nee|niet)|"
    r"czekaj|chwila|zaraz|właściwie,?\s+nie|"
    r"подожди|погоди|стоп|хм+|на\s+самом\s+деле,?\s+нет|"
    r"hm|dur|bekle|aslında,?\s+hayır|(?-i:hım+)|hoppla|huch|oups|oeps|anzi,?\s+no|a\s+nie|ach\s+nee)"
    r"(?:\s+(?:aí|ai|even|eens|a\s+(?:sec(?:ond)?|minute|moment)|секунду|минутку))?"
    r"(?=\s*[,.!—–:;…?-])"
)
# Spanish and Italian "te" (you) is Dutch "te" too: "zo te zien", "om te", "te ver", "te lang".
NOT_YOU_TE = (
    r"(?<!zo\s)(?<!om\s)te(?!\s+(?:zien|veel|weinig|laat|vroeg|doen|maken|houden|krijgen|gaan|hebben|worden|zijn|geven|"
    r"ver|lang|kort|groot|klein|duur|moeilijk|makkelijk)\b)"
)
# A first answer cut off by "no," after a dash or an ellipsis: "Sídney… no, error mío".
CUT_OFF_NO = (
    r"(?:(?<=[^\W\d_]…\s)|(?<=[^\W\d_]\.\.\.\s)|(?<=\w\s—\s)|(?<=\w\s–\s)|(?<=\w—))"
    r"(?-i:no|nein|non|não|nee|nie|нет)(?=,\s(?!(?:don['’]t|do\s+not|not|never|no)\b))"
)
SELF_CORRECTION_CJK = r"잠깐|아니,|아,\s*아니다|다시 계산|等等|等一下|不对|不對|其实不对|其實不對|其实不是这样|哦不|待って|ちょっと待|いや、|違う|間違え"
# Saying the answer must be done again.
REDO = (
    r"(?:my\s+)?first\s+(?:thought|guess|instinct)\s+(?:was|is)\b|my\s+first\s+(?:pass|attempt|try|go)\s+(?:came\s+out|gave|was|got)\b|"
    r"scratch\s+that|strike\s+that|let\s+me\s+correct\s+(?:that|myself)|"
    r"\bI\s+(?:miscalculated|calculated\s+(?:it\s+)?wrong)|ich\s+habe\s+falsch\s+gerechnet|das\s+stimmt\s+nicht|"
    r"j['’]ai\s+mal\s+calculé|c['’]est\s+faux|lo\s+he\s+calculado\s+mal|calculé\s+mal|no\s+es\s+correcto|"
    r"ho\s+calcolato\s+male|non\s+è\s+giusto|calculei\s+mal|não\s+está\s+certo|źle\s+policzył(?:em|am)|"
    r"ik\s+heb\s+(?:me\s+)?verrekend|это\s+неверно|я\s+неправильно\s+посчитал|"
    r"(?:that|this|it)\s+(?:doesn't|does\s+not|can't|cannot|won't)\s+(?:look|be|seem|sound)\s+right|(?:that|this)\s+seems\s+off|"
    r"me\s+he\s+(?:confundido|equivocado)|das\s+kann\s+nicht\s+stimmen|ça\s+ne\s+peut\s+pas\s+être|"
    r"non\s+può\s+essere|não\s+pode\s+estar\s+certo|dat\s+klopt\s+niet|to\s+się\s+nie\s+zgadza|"
    r"что-то\s+не\s+так|не\s+сходится|bu\s+doğru\s+değil|不对劲|おかしい|"
    r"I\s+(?:misread|miscounted|double-counted|mixed\s+up|got\s+(?:that|it)\s+wrong|was\s+wrong)|my\s+mistake|"
    r"ich\s+habe\s+mich\s+(?:geirrt|verrechnet|verlesen)|falsch\s+gelesen|j['’]ai\s+mal\s+(?:lu|compris|calculé)|"
    r"je\s+me\s+suis\s+trompée?|me\s+confundí|leí\s+mal|error\s+mío|ho\s+sbagliato|mi\s+sono\s+sbagliat[oa]|"
    r"ho\s+letto\s+male|errei|me\s+enganei|li\s+errado|ik\s+heb\s+me\s+vergist|verkeerd\s+gelezen|"
    r"pomyliłe[mś]|pomyliłam|źle\s+przeczytał(?:em|am)|я\s+ошибл(?:ся|ась)|неправильно\s+прочитал|"
    r"yanlış\s+(?:okudum|hesapladım)|hata\s+yaptım|我看错了|我算错了|我搞错了|我弄错了|我错了|読み間違え|間違えました|計算を間違え|"
    r"let\s+me\s+(?:punch\s+it\s+up|rephrase|reword|tighten|rework|rewrite|try\s+(?:that\s+)?again)|"
    r"\bje\s+reformule|\blo\s+reformulo|\briformulo|\breformulo|\bik\s+herschrijf|\bprzeformułuję|\bпереформулирую|"
    r"yeniden\s+yazalım|다시\s*쓰자|重新写|書き直|"
    r"読み返すと|書いてあったっけ|rättar\s+mig|efter\s+att\s+ha\s+läst\s+frågan\s+igen|re-?reading\s+the\s+question|relendo\s+a\s+pergunta|"
    r"releyendo\s+la\s+pregunta|en\s+relisant\s+la\s+question|rileggendo\s+la\s+domanda|poprawiam\s+się|me\s+corrijo|mi\s+correggo|je\s+me\s+corrige|ich\s+korrigiere\s+mich|ik\s+corrigeer\s+mezelf|"
    r"поправлюсь|исправлюсь|das\s+korrigiere\s+ich|пересчитыва\w+|пересчитаю|recalculo|ricalcolo|je\s+recalcule|ich\s+rechne\s+neu|ik\s+herbereken|przeliczam|"
    r"recalculating|needs?\s+redoing|redoing\s+(?:it|that|this|the\s+\w+)|let\s+me\s+(?:redo|start\s+over|re-?do|recompute|recalculate|re-?check|re-?read|reconsider|rethink)|"
    r"I\s+(?:made|got)\s+(?:a|an)\s+(?:mistake|error)|I\s+(?:forgot|missed|misread)|that's\s+(?:wrong|not\s+right|incorrect)|"
    r"ich\s+habe\s+(?:\w+\s+){0,3}?(?:vergessen|übersehen)|ich\s+habe\s+mich\s+verrechnet|j['’]ai\s+oublié|"
    r"me\s+equivoqué|olvidé|se\s+me\s+olvidó|ho\s+dimenticato|esqueci|ik\s+(?:ben|heb)\s+(?:\w+\s+){0,3}?vergeten|zapomniałem|zapomniałam|я\s+забыл|я\s+забыла|unuttum|我忘了|忘れていました|忘れてた"
)

# Labels that introduce thinking, drafts or checks. STRONG alone show meta text; WEAK
# ones ("Plan:", "Output:") only in a set, as terse notes-to-self are.
STRONG_LABEL = (
    r"scratch\s*pad|scratch|denk|brudnopis|wersja\s+robocza|entwurf|brouillon|borrador|bozza|rascunho|szkic|черновик|taslak|"
    r"prima\s+stesura|erste\s+fassung|eerste\s+versie|pierwsza\s+wersja|первый\s+вариант|kandidat(?:\s+svar)?|"
    r"obs\.?\s+(?:pra|para)\s+mim|ملاحظة\s+داخلية|format\s+demandé|formato\s+(?:pedido|solicitado|richiesto)|gewünschtes\s+format|"
    r"requested\s+format|gevraagd\s+formaat|reasoning(?:\s*\([^)\n]{1,20}\))?|thoughts?|thinking|thought\s+process|internal\s+(?:notes?|monologue)|"
    r"draft(?:\s+(?:reply|answer|response))?|context\s+for\s+myself|candidate(?:\s+(?:reply|answer|response))?|self[- ]check|sanity\s+check|"
    r"(?:quick|final|last|one\s+more)\s+(?:sanity\s+check|self[- ]check|double[- ]check|self[- ]review|pass)|"
    r"draft\s*#?\d+|attempt\s*#?\d+|try\s*#?\d+|"
    r"my\s+(?:plan|approach|thinking|thoughts|reasoning|notes|strategy|draft)|todo|fixme|(?:[\w-]+\s+)?v\d+|"
    r"rough\s+(?:version|draft)|first\s+(?:draft|attempt|pass|version)|(?:core|main|real|actual|key)\s+question|"
    r"assistant(?:'s)?\s+(?:response|reply|answer)|premier\s+jet|première\s+version|primera\s+versión|primer\s+borrador|"
    r"revisión|révision|revisione|revisão|herziening|tankar|utkast|resonemang|초안|생각|추론|검토|"
    r"critique|notes?\s+to\s+self|(?:versuch|intento|tentativo|tentativa|poging|próba|попытка|deneme|försök|pokus)\s*#?\d+|"
    r"autoevaluación|auto-?évaluation|selbstprüfung|selbstbewertung|autovalutazione|autoavaliação|zelfevaluatie|samoocena|"
    r"самопроверка|самооценка|öz\s+değerlendirme|självbedömning|sebehodnocení|nota\s+para\s+m(?:im|[ií])|note\s+pour\s+moi|notiz\s+(?:an|für)\s+mich|nota\s+per\s+me|"
    r"noting\s+for\s+myself|notes?\s+for\s+myself|hinweis\s+an\s+mich|verification\s+loop|"
    r"notitie\s+voor\s+mezelf|notatka\s+dla\s+siebie|заметка\s+для\s+себя|kendime\s+not|anteckning\s+till\s+mig\s+själv|"
    r"poznámka\s+pro\s+sebe|self[- ](?:evaluation|assessment)|thinking\s+(?:in\s+steps|step\s+by\s+step|it\s+through|aloud)|self[- ]review|reflection|inner\s+monologue|"
    r"(?:response|reply|answer|output)\s+(?:plan|outline|strategy|notes|check|skeleton)|re-?check|double[- ]check|"
    r"user\s+(?:intent|wants|asks|request)|intent|"
    r"attempt\s*\d*|rewrite|rewriting|understanding\s+the\s+(?:question|request|task)|"
    r"(?:(?:key|two|three|four|five|\d)\s+)?(?:points|things)\s+to\s+(?:cover|mention|include|address|hit)|"
    r"(?:puntos|pontos)\s+a\s+(?:incluir|tratar|cubrir|abordar)|punti\s+da\s+(?:includere|toccare|trattare)|points\s+à\s+(?:inclure|aborder)|"
    r"(?:outline|plan|notes|points)\s+for\s+(?:the\s+|my\s+)?(?:reply|response|answer)|sanity\s+pass|"
    r"entwurf|antwortentwurf|überlegung|gedanken|brouillon|réflexion|raisonnement|"
    r"borrador|razonamiento|pensamiento|bozza|ragionamento|rascunho|raciocínio|"
    r"concept|opzet|redenering|szkic|rozumowanie|черновик|рассуждение|рассуждения|"
    r"taslak|akıl\s+yürütme|düzeltilmiş|düşünce|"
    r"(?:entwurf|concept|szkic|borrador|bozza|rascunho|brouillon|черновик|taslak|utkast|koncept)\s*#?\d+|"
    r"kritik|kritiek|krytyka|критика|crítica|critica|eleştiri|selbstkritik|selbst-?check|проверка\s+черновика|"
    r"assumptions?\s+(?:being\s+)?made(?:\s+here)?|mental\s+note|thinking\s+process|"
    r"(?:rewrite|second|third|another)\s+attempt|rilettura|relecture|relectura|herlezing|"
    r"(?:respuesta|answer|réponse|antwort|risposta|resposta)\s*\((?:revisada|revised|révisée|überarbeitet|rivista|revista)[^)\n]{0,60}\)|revised\s+(?:answer|version|reply)\s*\([^)\n]{1,60}\)|nota\s+interna|note\s+interne|interne\s+notiz|interne\s+notitie|"
    r"(?:kandidaat|antwort)-?(?:antwoord|kandidat)|(?:respuesta|resposta|risposta|réponse)\s+(?:candidata|candidate|provisional|provisória|provvisoria|provisoire)|"
    r"odpowiedź\s+robocza|черновой\s+(?:ответ|вариант)|gecorrigeerd|verbeterde\s+versie|corregida|corrigida|corretta|"
    r"corrigée|poprawiona|poprawiona\s+wersja|исправленный\s+(?:ответ|вариант)|"
    r"(?:plan|piano|plano)\s+(?:de\s+|della\s+|di\s+)?(?:réponse|respuesta|risposta|resposta)|antwortplan|antwoordplan|"
    r"(?:pianificazione|planificación|planification|planejamento|planning|planowanie)\s+(?:della|de\s+la|du|da|of\s+the|"
    r"odpowiedzi)\s*(?:risposta|respuesta|réponse|resposta|answer|reply)?|"
    r"(?:resumen|résumé|zusammenfassung|riepilogo|resumo|samenvatting|podsumowanie|summary)\s+(?:de\s+la|de|der|della|do|"
    r"van\s+de|of\s+the|of)\s+(?:petición|solicitud|consulta|pregunta|demande|question|anfrage|frage|richiesta|domanda|"
    r"pedido|pergunta|vraag|prośby|request|question|query|ask)|"
    r"wersja\s+robocza|poprawione|(?:persona|tone|format|policy|constraint|style)\s+check(?:\s*\((?:mine|my\s+own|internal|for\s+me)\))?|"
    r"plan\s+odpowiedzi|план\s+ответа|svarsplan|cevap\s+planı|"
    r"notatki\s+robocze|notas\s+de\s+trabajo|notes\s+de\s+travail|arbeitsnotizen|appunti\s+di\s+lavoro|рабочие\s+заметки|"
    r"recount|recalculat(?:e|ion)|recompter|recomptage|nachrechnen|nachgerechnet|recontar|reconteo|ricontare|ricalcolo|"
    r"przeliczenie|пересч[её]т|yeniden\s+say(?:ım)?|attempt\s+(?:one|two|three)|"
    r"(?:final|last|second)\s+pass,\s+(?:cleaned\s+up|polished|tidied(?:\s+up)?|tightened)|"
    r"first\s+guess|prima\s+stima|primera\s+estimación|première\s+estimation|erste\s+schätzung|primeira\s+estimativa|"
    # the request analysed under a label: "Анализ запроса: дата…", "Request analysis:"
    r"(?:request|query|prompt)\s+analysis|analysis\s+of\s+the\s+(?:request|question|query|prompt)|анализ\s+(?:запроса|вопроса)|"
    r"analiza\s+(?:zapytania|pytania|prośby|polecenia)|analyse\s+de\s+la\s+(?:demande|question)|"
    r"análisis\s+de\s+la\s+(?:petición|pregunta|consulta|solicitud)|analisi\s+della\s+(?:richiesta|domanda)|"
    r"análise\s+d[oa]\s+(?:pedido|pergunta)|analyse\s+der\s+(?:anfrage|frage)|anfrageanalyse|talep\s+analizi|soru\s+analizi"
)
STRONG_LABEL_CJK = r"思考过程|思考過程|推理过程|推理過程|候选答案|候選答案|候选回答|(?:사용자\s*)?의도\s*파악|답변\s*형식|初步答案|初步回答|暂定答案|仮の答え|初稿|自查|自检|见直し|見直し|修正版|回答计划|回答計画|回答の方針|回答方針|下書き\d*|第[一二三四1-4]版|自我检查|自检|セルフチェック|자체\s*점검|草稿|点评|推理|思考|思路|修正后|修正後|下書き|推論|考え"
WEAK_LABEL = (
    r"plan|analysis|verify|request|requested|options|pick|choice|candidates|considerations|key\s+considerations|assumptions|"
    r"dati|datos|dados|scaletta|"
    r"breakdown|breaking\s+(?:it|this)\s+down|observation|checking|double-checking|verification|check|task|goal|approach|strategy|constraints?|requirements?|"
    r"aufgabe|ansatz|prüfung|überprüfung|analyse|tâche|approche|vérification|"
    r"tarea|enfoque|verificación|análisis|compito|approccio|verifica|analisi|piano|"
    r"tarefa|abordagem|verificação|plano|análise|taak|aanpak|controle|"
    r"zadanie|podejście|weryfikacja|analiza|задача|подход|проверка|анализ|план|"
    r"görev|yaklaşım|doğrulama|kontrol|analiz|"
    r"vorgehen|methode|méthode|método|metodo|metoda|метод|postup|úkol|zadání|uppgift|yöntem|metod|werkwijze|"
    r"verificar|controllo|kontrolle|contrôle|контроль|outline|gliederung|schema|esquema|roteiro(?:\s+do\s+texto)?|kolejność|"
    # "goal", "options", "choice"/"pick" and "task" in more languages
    r"objectif|objetivo|obiettivo|ziel|doel|cel|цель|hedef|"
    r"opciones|opções|opzioni|optionen|opties|opcje|варианты|seçenekler|"
    r"choix|elección|escolha|scelta|wahl|keuze|wybór|выбор|seçim|opdracht|planen"
)
WEAK_LABEL_CJK = (
    r"方法|做法|やり方|手順|计划|計劃|分析|任务|任務|验证|驗證|检查|檢查|核对|核對|校验|タスク|方針|検証|確認|計画|"
    r"작업|과제|방법|접근|계획|분석|검증|확인|점검"
)
# A corrected version's label: a final output after its own earlier attempt.
REVISED_LABEL = (
    r"(?:corrected|revised)(?:\s+(?:answer|reply|version|response))?|korrigiert|corrigé|corregido|corretto|corrigido|"
    r"verbeterd|poprawione|исправлено|überarbeitet|révisé|revisado|revisada|rivisto|herzien|poprawiony|переработано|"
    r"poprawka|son\s+h[âa]li|düzeltilmiş\s+h[âa]li|"
    # the answer named, then judged revised, in either order: "Resposta corrigida", "Poprawiona odpowiedź"
    r"(?:respuesta|versión|réponse|version|risposta|versione|resposta|versão|antwort|fassung|antwoord|versie|odpowiedź|"
    r"wersja|ответ|вариант|версия|cevap|yanıt)\s+(?:corregid[ao]|revisad[ao]|corrigée?|révisée?|corrett[ao]|rivist[ao]|"
    r"corrigid[ao]|revist[ao]|korrigiert|überarbeitet|verbeterd|herzien|poprawion[ay]|исправленн\w+|düzeltilmiş)|"
    r"(?:korrigierte|überarbeitete|verbeterde|herziene|poprawion[ay]|исправленн\w+|düzeltilmiş)\s+(?:antwort|fassung|version|"
    r"antwoord|versie|odpowiedź|wersja|ответ|вариант|версия|cevap|yanıt)|"
    r"修正版|修正后|修正後|訂正版|更正后|改正版|수정본|수정된\s*답변"
)
OUTPUT_LABEL = (
    r"output|final(?:\s+(?:answer|reply|response|version|output))?|answer|response|reply|"
    rf"{REVISED_LABEL}|"
    r"ausgabe|endgültige\s+antwort|antwort|sortie|réponse(?:\s+finale)?|salida|respuesta(?:\s+final)?|"
    r"risposta(?:\s+finale)?|saída|resposta(?:\s+final)?|uitvoer|antwoord|wynik|odpowiedź(?:\s+końcowa)?|"
    r"вывод|ответ|итоговый\s+ответ|çıktı|cevap|yanıt|son\s+cevap|svar|slutligt\s+svar|versión\s+final|version\s+finale|"
    r"versione\s+finale|versão\s+final|definitieve\s+versie|final\s+version|better|答변|답변|답|최종\s*답변|"
    r"result|ergebnis|endfassung|endgültige\s+fassung|résultat|resultado|risultato|resultaat|результат|výsledek|"
    r"sonuç|resultat|definitief|итог|odpověď|wersja\s+(?:ostateczna|końcowa)|окончательный\s+(?:ответ|вариант)|итоговый\s+вариант|"
    r"versión\s+definitiva|versione\s+definitiva|versão\s+definitiva|version\s+définitive|finale|финал|ostatecznie"
)
OUTPUT_LABEL_CJK = r"最終案|最终方案|最终版|最終版|完成版|定稿|最终稿|清書|结果|結果|输出|輸出|最终答案|最終答案|回答|答案|出力|最終回答|결과|최종"

# First person future (or inverted present) of verbs that shape a reply: pro-drop languages
# plan without a pronoun ("explicaré", "risponderò", "odpowiem", "kläre ich").
FIRST_PERSON_FUTURE = (
    r"(?:explicar|dar|responder|contestar|escribir|mencionar|empezar|comenzar|incluir|mantener|resumir|"
    r"enumerar|describir|añadir|verificar|comprobar|calcular|ofrecer|proporcionar|redactar)é|diré|haré|pondré|"
    r"(?:spiegher|dar|risponder|scriver|menzioner|inizier|comincer|includer|terr|riassumer|elencher|descriver|"
    r"aggiunger|verificher|controller|calcoler|offrir|fornir)ò|"
    r"(?:explicar|dar|responder|escrever|mencionar|começar|incluir|manter|resumir|listar|descrever|"
    r"acrescentar|adicionar|verificar|calcular|oferecer|fornecer|redigir)ei|"
    r"(?:je\s+|j['’])(?:expliquer|donner|répondr|écrir|mentionner|commencer|inclur|garder|résumer|vérifier|"
    r"calculer|proposer|rédiger|ajouter|précis|indiquer)ai|"
    r"(?:kläre|gebe|nenne|schreibe|antworte|erkläre|prüfe|beginne|halte|fasse|liste|rechne|erwähne)\s+ich|"
    r"(?:geef|schrijf|antwoord|begin|noem|houd|controleer|leg)\s+ik|"
    r"wyjaśnię|podam|odpowiem|policzę|obliczę|rozważę|pomyślę|"
    r"napiszę|wspomnę|zacznę|sprawdzę|przeliczę|opiszę|wymienię|dodam|dorzucę|"
    r"объясню|отвечу|напишу|упомяну|начну|проверю|пересчитаю|опишу|перечислю|добавлю|"
    r"\w+(?:acağım|eceğim)|ekleyeyim|eklesem|yazayım|spočítám|přepočítám|zkontroluj[iu]|ověřím|napíšu|odpovím"
)

# Sentences about the request itself: "the question is about", "la demande porte sur".
REQUEST_TOPIC = (
    r"\b(?:parece|sembra|il\s+semble|semble)\s+(?:que|che|qu['’])\s+(?:la|a)\s+(?:pregunta|domanda|question|pergunta)\s+"
    r"(?:va\s+sobre|es\s+sobre|trata|riguard\w+|sia\s+su|porte\s+sur|concerne|seja\s+sobre|é\s+sobre)|"
    r"\bes\s+scheint\s+(?:um\s+die\s+frage|,?\s*(?:als\s+ob|dass)\s+(?:es\s+)?(?:in\s+)?(?:der|die)\s+frage)|"
    r"(?:についての|に関する)質問のよう|(?:에\s*대한|관련(?:된)?)\s*질문(?:인\s*것\s*같|같)|"
    r"(?:看起来|好像|似乎)(?:这个|這個)?(?:问题|問題|提问)(?:是|在问|关于)|"
    r"(?<!\w)(?:похоже|кажется|видимо),?\s+(?:вопрос|речь)\s+(?:о|про|касается|идёт|идет)(?!\w)|"
    r"\b(?:die\s+(?:anfrage|frage|aufgabe|bitte)|der\s+wunsch)\s+(?:lautet|ist|betrifft|dreht\s+sich\s+um|bezieht\s+sich)|"
    r"\bla\s+(?:question|demande|consigne)\s+(?:porte\s+sur|concerne|est\s+de|demande|vise)|"
    r"\bla\s+(?:pregunta|petición|solicitud|consigna)\s+(?:es\s+sobre|trata\s+(?:de|sobre)|pide|busca|consiste)|"
    r"\bla\s+(?:domanda|richiesta|consegna)\s+(?:riguarda|è\s+su|chiede|verte)|"
    r"\b(?:a\s+pergunta|a\s+solicitação|o\s+pedido)\s+(?:é\s+sobre|trata\s+de|pede|quer)|"
    r"\bde\s+(?:vraag|opdracht)\s+(?:gaat\s+over|is\s+om|vraagt)|"
    r"\b(?:die\s+frage|la\s+question|la\s+pregunta|la\s+domanda|a\s+pergunta|de\s+vraag|pytanie)\s+"
    r"(?:scheint|semble|parece|sembra|lijkt|wydaje\s+się)\b|(?<!\w)вопрос,?\s+(?:видимо|кажется|похоже)(?!\w)|"
    r"\b(?:de\s+)?vraag\s+gaat\s+over|\bwhat\s+the\s+(?:question|request)\s+is\b|\bthe\s+gist\s*:|"
    r"\bthe\s+(?:question|request)\s+(?:might|may|could)\s+(?:also\s+)?be\s+(?:about|asking)\b|"
    r"\b(?:la\s+duda\s+es\s+(?:sobre|si)|a\s+dúvida\s+é\s+(?:sobre|se))\b|"
    r"\b(?:die\s+frage|the\s+question|the\s+request|la\s+question|la\s+pregunta|la\s+domanda|a\s+pergunta|de\s+vraag|"
    r"pytanie)\s+(?:war|was|était|era|foi|is|ist|est|es|è|é|był[oa]?)\s+(?:(?:ja|doch|quite|pretty|very|ganz|"
    r"bastante|molto|vrij|dość)\s+){0,2}(?:simple|einfach|simpel|easy|narrow|short|kurz|basic|straightforward|"
    r"sencilla|semplice|simples|eenvoudig|prosty|proste)\b|(?<!\w)вопрос\s+был\s+(?:узкий|простой|короткий)(?!\w)|"
    r"\bthis\s+seems\s+to\s+be\s+about\b|\bdie\s+frage\s+zielt\b|"
    r"\bone\s+of\s+those\s+(?:[\w-]+\s+){0,2}questions\b|"
    r"\b(?:de\s+vraag|la\s+pregunta|la\s+domanda|a\s+pergunta|la\s+question|die\s+frage)\s+(?:is|es|è|é|est|ist)\s+"
    r"(?:in\s+het|en|in|em|auf)\s+\w+|"
    r"\bpytanie\s+(?:dotyczy|jest\s+o)|\bвопрос\s+(?:о|про|касается|в\s+том)|\bsoru\s+\S+\s+(?:hakkında|ilgili)|"
    r"(?:这个|该|這個)?问题(?:问的是|是关于|要求)|題目要求|题目要求|题目问|質問の意図|質問は"
)

# Being asked, in the passive or impersonal: "I'm being asked", "on me demande", "меня просят".
BEING_ASKED = (
    r"\bI(?:'m|\s+am|'ve\s+been|\s+have\s+been|\s+was)\s+(?:being\s+)?(?:asked|requested|tasked)\b|\bthe\s+ask\s+(?:here\s+)?is\b|"
    r"\bgefragt\s+ist\s+nach\b|\bgesucht\s+ist\b|\bich\s+werde\s+gefragt\b|\bman\s+fragt\s+mich\b|"
    r"\bon\s+me\s+demande\b|\bil\s+m['’]est\s+demandé\b|"
    r"\bme\s+(?:piden|preguntan|pide)\b|\bse\s+me\s+pide\b|"
    r"\bmi\s+viene\s+chiest[oa]\b|\bmi\s+si\s+chiede\b|\bmi\s+chiedono\b|"
    r"\bpedem-me\b|\bme\s+pedem\b|\bperguntam-me\b|\bme\s+perguntam\b|"
    r"\ber\s+wordt\s+(?:mij\s+)?gevraagd\b|\bmij\s+wordt\s+gevraagd\b|"
    r"\b(?:proszą|pytają)\s+mnie\b|\bjestem\s+(?:proszony|proszona|pytany|pytana)\b|"
    r"\bменя\s+(?:просят|спрашивают)\b|\bот\s+меня\s+(?:хотят|ждут)\b|"
    r"\bbenden\b[^.]{0,60}\b(?:isteniyor|rica\s+ediliyor)|\bsoruluyor\b|"
    r"这里问的是|问的是|被问到|聞かれているのは|聞かれている|尋ねられて|求められている|질문은"
)
# Saying what its role or task in this reply is: "my job here is to", "I'm supposed to".
ROLE = (
    r"\bmy\s+(?:job|task|goal|aim|role)\s+(?:here\s+)?is\s+to\b|\bI(?:'m|\s+am)\s+(?:supposed|meant|expected)\s+to\b|"
    r"\bhow\s+(?:should|do|can)\s+I\s+(?:phrase|put|word|say|answer|approach|frame)\b|"
    r"\bwhat(?:'s|\s+is)\s+the\s+best\s+way\s+to\s+(?:phrase|put|say|answer|explain)\b"
)
# The asker's own piece of writing, which feedback measures and advises on ("your cover letter").
YOUR_WRITING = (
    r"\byour\s+(?:\w+\s+)?(?:cover\s+letter|letter|essay|draft|cv|r[ée]sum[ée]|e-?mail|post|speech|talk|toast|"
    r"presentation|pitch|story|article|intro(?:duction)?|paragraph|thesis|slides?|bio|profile|proposal|abstract|"
    r"application|newsletter|blog|review|report|script)s?\b"
)
# Notes on the reply's form, as imperatives: "Aim for a friendly tone", "no jargon".
FORM_NOTE = (
    # "aim for" and "go for" set a form, not a goal ("Aim for 150 minutes of activity a week")
    r"(?:^|(?<=[.!?:]\s))(?:(?:aim|go)\s+for\s+(?:[^.!?\n]{0,24}?\b(?:words?|sentences?|lines?|bullets?|paragraphs?|"
    r"tone|register|length|(?:a\s+)?(?:list|table|summary))\b|(?:a\s+|an\s+|something\s+)?(?:short|brief|concise|simple|"
    r"casual|friendly|formal|plain|neutral|warm))|stick\s+with|lead\s+with|open\s+with|"
    r"start\s+with\s+the\s+(?:answer|conclusion|result|number)|"
    r"keep\s+it\s+(?:short|brief|simple|friendly|concise|light|casual)|be\s+(?:concise|brief)|"
    r"avoid\s+(?:jargon|markdown|lists|technical\s+terms)|no\s+(?:jargon|markdown|lists|emojis|bullet\s+points)\b|"
    r"mention\s+[^.]{1,40}\s+first|answer\s+first)|"
    r"\bsin\s+tecnicismos\b|\bpas\s+de\s+jargon\b|\bkeine\s+fachbegriffe\b|\bsenza\s+tecnicismi\b"
)
# "Best to answer in one sentence", in each language.
BEST_REPLY = (
    r"\b(?:best|better)\s+(?:to\s+)?(?:answer|respond|reply|keep\s+it)\b|\blo\s+mejor\s+es\s+(?:responder|contestar)|"
    r"\bmejor\s+(?:responder|contestar)|\bmeglio\s+rispondere|\bil\s+meglio\s+è\s+rispondere|"
    r"\bo\s+melhor\s+é\s+responder|\bmelhor\s+responder|\bam\s+besten\s+antworte|"
    r"\bmieux\s+vaut\s+répondre|\bil\s+vaut\s+mieux\s+répondre|\bhet\s+beste\s+is\s+(?:om\s+)?(?:te\s+)?antwoorden|"
    r"\bnajlepiej\s+odpowiedzieć|\bлучше\s+(?:всего\s+)?(?:ответить|отвечу)|最好[^。！？]{0,8}回答|"
    r"\ben\s+iyisi\s+[^.]{0,30}(?:cevap|yanıt)|\bil\s+s['’]agit\s+de\s+(?:traduire|répondre|donner|expliquer|calculer|convertir|résumer)"
)

# Sizing up the request in a fragment before answering: "Straightforward conversion question."
KIND_ADJ = (
    r"simple|easy|straightforward|quick|basic|factual|short|trivial|direct|clear|casual|friendly|legal|medical|tax|"
    r"grammar|math|history|coding|"
    r"einfache|kurze|klare|simple|facile|rapide|sencilla|sencillo|fácil|rápida|directa|semplice|veloce|diretta|"
    r"simples|rápida|direta|eenvoudige|simpele|korte|proste|łatwe|krótkie|простой|простая|лёгкий|легкий|короткий|"
    r"basit|kolay|kısa"
)
KIND_NOUN = (
    r"question|request|greeting|query|ask|conversion\s+question|math\s+question|arithmetic\s+question|"
    r"frage|anfrage|rechenfrage|begrüßung|demande|salutation|pregunta|petición|saludo|domanda|richiesta|saluto|"
    r"pergunta|pedido|saudação|vraag|verzoek|groet|pytanie|prośba|powitanie|вопрос|просьба|приветствие|"
    r"soru(?:su)?|istek|selamlaşma|selam"
)
KIND_CJK = r"(?:简单的|简短的|簡単な|単純な)[^。！？\n]{0,6}(?:问题|請求|请求|问候|質問|挨拶|依頼)"
# Impersonal necessity about the reply: "il faut répondre", "hay que responder", "надо ответить".
MUST_REPLY = (
    r"\bil\s+faut\s+(?:répondre|rester|donner|rédiger|être\s+bref)|\bhay\s+que\s+(?:responder|contestar|dar|ser\s+breve)|"
    r"\bbisogna\s+(?:rispondere|dare|essere\s+brevi)|\bé\s+(?:preciso|necessário)\s+responder|"
    r"\btrzeba\s+(?:odpowiedzieć|napisać|podać)|\b(?:надо|нужно|следует)\s+(?:ответить|написать|дать\s+ответ)|"
    r"\b(?:cevap|yanıt)\s+vermek\s+gerek|\bman\s+sollte\s+(?:\w+\s+){0,3}?antworten|"
    r"\bmoet\s+(?:\w+\s+){0,2}?(?:antwoorden|reageren)|回答要|答える必要|回答する必要|"
    r"\b(?:best|better)\s+not\s+to\s+(?:overcomplicate|overthink|go\s+into|mention|list|explain)|"
    r"\bdon't\s+overcomplicate|\b(?:keep|leave)\s+it\s+at\s+that\b|"
    r"\b(?:reading|interpreting|taking|treating)\s+(?:this|it|the\s+question|the\s+request)\s+as\b|"
    r"\bI(?:'ll|\s+will)\s+(?:read|interpret|take|treat)\s+(?:this|it)\s+as\b|"
    r"\bformatting-wise|\btone-wise|\blength-wise|\bplain\s+text\s+(?:only|with\s+no|without)\b"
)

# The request as the asker's, possessive: "their question", "la pregunta del usuario".
THEIR_REQUEST = (
    r"\b(?:their|his\s+or\s+her)\s+(?:question|request|query|message|prompt|follow-up)\b(?!\s+time)|"
    r"\bthe\s+(?:user|asker|person|customer)(?:'s|’s)\s+(?:question|request|query|prompt|message|follow-up|sentence|code|essay|"
    r"text|draft|email|snippet|wording)\b|\b(?:looking\s+at|reading|based\s+on)\s+their\s+(?:code|message|question|"
    r"essay|snippet|description|wording|draft|text)\b|"
    r"\bwhat\s+(?:they|the\s+user|the\s+person)\s+(?:asked|wanted|want|requested|needed|meant)\b|\bwhat\s+was\s+asked\b|"
    r"\b(?:frage|anfrage|bitte)\s+des\s+(?:nutzers|benutzers|fragestellers|anwenders)\b|"
    r"\b(?:question|demande)\s+de\s+l['’]utilisat(?:eur|rice)\b|\b(?:pregunta|petición)\s+del\s+usuario\b|"
    r"\b(?:domanda|richiesta)\s+dell['’]utente\b|\b(?:pergunta|pedido)\s+do\s+(?:usuário|utilizador)\b|"
    r"\bvraag\s+van\s+de\s+gebruiker\b|\bpytanie\s+użytkownika\b|\b(?:вопрос|просьба|запрос)\s+пользователя\b|"
    r"\bkullanıcının\s+(?:sorusu|sorusunu|isteği|isteğini)\b|用户的问题|用戶的問題|ユーザーの質問|사용자의\s*질문"
)
# Judging its own reply after writing it: "That should answer their question", "Word count: 8".
SELF_EVAL = (
    r"\b(?:that|this)\s+(?:should\s+|ought\s+to\s+|will\s+)?(?:answer|answers|covers?|address(?:es)?|satisf(?:y|ies)|"
    r"meets?|fits?|handles?)\s+(?:the\s+(?:[\w-]+\s+)?(?:question|request|brief|prompt|pattern|limit|constraint)|their|what\s+they|everything\s+they)|"
    r"\b(?:good|great|ok(?:ay)?|fine|perfect),?\s+(?:that's|that\s+is|this\s+is)\s+(?:short|concise|brief|clear|simple)\s+enough\b|"
    r"\bword\s+count\s*[:：](?![^.\n]{0,40}\byour\b)|\bwithin\s+the\s+(?:word|length|character)\s+limit\b|"
    r"\b(?:damit|so)\s+ist\s+die\s+frage[^.]{0,30}beantwortet|\bcela\s+répond\s+à\s+la\s+question|"
    r"\b(?:queda|está)\s+respondida\s+la\s+pregunta|\besto\s+responde\s+a\s+la\s+pregunta|"
    r"\bquesto\s+risponde\s+alla\s+domanda|\bisso\s+responde\s+(?:à|a)\s+pergunta|\bdat\s+beantwoordt\s+de\s+vraag|"
    r"\bto\s+odpowiada\s+na\s+pytanie|\bэто\s+отвечает\s+на\s+вопрос|sorusunu\s+(?:yanıtlıyor|cevaplıyor)|"
    r"这样就回答了|回答了用户的问题|これで質問に答え|"
    # the reply measured against the request or the asker: "matches the level of the question",
    # "credo di aver centrato la richiesta", "这样应该能满足这位同学的要求"
    r"\b(?:matches|fits|suits|pitched\s+at)\s+(?:the\s+)?(?:level|tone|register|scope)\s+of\s+the\s+(?:question|request|ask)\b|"
    r"\b(?:aver|ho)\s+centrato\s+(?:la\s+richiesta|la\s+domanda|quello\s+che\s+chiedeva)\b|"
    r"\b(?:j['’]ai|avoir)\s+(?:bien\s+)?(?:cerné|répondu\s+à)\s+(?:la\s+demande|ce\s+qu['’](?:il|elle)\s+(?:voulait|demandait))\b|"
    r"(?<!\w)(?:(?:eso|esto)\s+(?:debería\s+)?(?:cubre|cubrir)\s+lo\s+que\s+(?:pedía|pidió|preguntaba))(?!\w)|"
    r"(?<!\w)(?:isso|isto)\s+(?:deve\s+)?(?:cobre|cobrir|atende|atender)\s+(?:o\s+que\s+(?:ele|ela)\s+(?:pediu|queria)|o\s+pedido)(?!\w)|"
    # the reply's length judged in a fragment, or its form as enough for "this kind of question"
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:answer|reply|response|risposta|respuesta|réponse|antwort|resposta|ответ|odpowiedź|cevap)\s+"
    r"(?:a\s+bit|un\s+po['’]|un\s+poco|un\s+peu|etwas|um\s+pouco|немного|nieco|biraz|slightly|somewhat)\s+"
    r"(?:long|lunga|larga|longue|lang|longa|длинн\w+|długa|uzun)\b|"
    r"(?:suffit|suffices|is\s+enough|will\s+do|basta|bastano|reicht|genügt|alcanza|chega|достаточно|wystarczy)\s+"
    r"(?:pour|for|per|für|para|для|dla)\s+(?:ce\s+(?:genre|type)\s+de|this\s+(?:kind|type|sort)\s+of|such\s+a|questo\s+tipo\s+di|"
    r"diese\s+art\s+(?:von\s+)?|so\s+eine|este\s+tipo\s+de|esse\s+tipo\s+de|такого|tego\s+typu)\s*(?:question|demande|request|"
    r"query|domanda|richiesta|frage|anfrage|pregunta|pergunta|вопроса|pytania)\b|"
    # the asker's need met, judged in plain forms: "これで聞きたいことは大体カバーできたと思う", "Sanırım aradığı buydu"
    r"(?:これで|これなら)[^。\n]{0,30}(?:カバーでき|解決する|解決できる|伝わる|足りる)[^。\n]{0,6}(?:と思う|かな|はず|だろう)|"
    r"(?<!\w)(?:aradığı|istediği|sorduğu)\s+(?:şey\s+)?(?:tam\s+olarak\s+)?(?:buydu|bu|budur)(?!\w)|"
    r"这样(?:应该)?(?:就)?(?:能|可以)满足|(?:これで|これなら)[^。\n]{0,10}(?:要望|質問|依頼)に(?:応え|答え)"
)
# Wondering aloud what the asker meant: "Do they want metric?", "What does the user mean by...".
INTENT_QUESTION = (
    r"\b(?:do|does|did|would|is|are)\s+(?:they|the\s+user|the\s+person)\s+(?:\w+\s+)?(?:want|mean|need|expect|ask|prefer|like)\b|"
    r"\bwhat\s+(?:does|do|did)\s+(?:they|the\s+user|the\s+person)\s+mean\b|"
    # "Allora, cosa chiede esattamente?", "Was will sie eigentlich?": what the asker wants, asked of itself
    r"(?:\b(?:cosa|che\s+cosa)\s+(?:chiede|vuole|intende)|(?<!\w)qué\s+(?:pregunta|quiere|pide)|\bque\s+(?:demande|veut)-(?:t-)?(?:il|elle)|"
    r"\bwas\s+(?:will|meint|möchte)\s+(?:er|sie)|(?<!\w)o\s+que\s+(?:ele|ela)\s+(?:quer|pede|pergunta)|\bczego\s+(?:on|ona)\s+(?:chce|szuka)|"
    r"(?<!\w)что\s+(?:он|она)\s+(?:хочет|спрашивает)|\bwhat\s+(?:is|are)\s+(?:they|he|she)\s+asking)"
    r"(?:\s+(?:esattamente|exactamente|exactement|genau|eigentlich|exatamente|dokładnie|именно|exactly|really|davvero|realmente|"
    r"vraiment|here|hier|ici|qui|aquí|aqui))?\s*\?"
)
# The language of the request, and answering in it: "The question is in German".
REQUEST_LANGUAGE = (
    r"\b(?:the\s+|their\s+)?(?:question|request|message|prompt)\s+(?:is|came|was)\s+(?:written\s+|asked\s+|phrased\s+)?in\s+[A-Z][a-z]+|"
    r"\breply\s+goes\s+in\s+[A-Z][a-z]+|\b(?:auf|in)\s+\w+\s+gestellt\s+wurde|"
    r"\b(?:replying|responding|answering)\s+in\s+(?:English|German|French|Spanish|Italian|Portuguese|Dutch|Polish|Russian|"
    r"Chinese|Japanese|Turkish|Korean|kind|the\s+same\s+language)\b|"
    r"\bdie\s+frage\s+ist\s+auf\s+\w+|\bla\s+question\s+est\s+(?:posée\s+)?en\s+\w+|\bla\s+pregunta\s+está\s+en\s+\w+|"
    r"\bmessage\s+(?:rédigé|écrit)\s+en\s+\w+|(?<!\w)(?:mensaje\s+(?:escrito|redactado)\s+en|mensagem\s+(?:escrita|redigida)\s+em)\s+\w+"
)
# "The assistant should..." in each language.
ASSISTANT_MODAL = (
    r"\b(?:der\s+assistent|l['’]assistant|el\s+asistente|l['’]assistente|o\s+assistente|de\s+assistent|asystent|"
    r"ассистент|помощник)\s+(?:\w+\s+)?(?:sollte|soll|muss|doit|devrait|debe|debería|deve|dovrebbe|moet|powinien|musi|"
    r"должен|следует)\b|\basistan\s+(?:\w+\s+){0,5}?\w+(?:meli|malı)\b|\bassistenten\s+(?:bör|ska|måste)\b|助手应该|助手需要|アシスタントは[^。]{0,10}べき"
)
