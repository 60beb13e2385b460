"""A support reply that speaks of its own reader as "the customer": the writer's note, left in.

A reply to a customer speaks to them ("your order", "您的退货申请", "ご注文"). A note the writer
left for itself in the same text speaks of that same person in the third person, and judges
or plans: "Aunque la clienta no lo pidió, creo que conviene ofrecer…", "这位顾客已经催了两次，
得语气再软一点。", "Клиент уже второй раз пишет, надо бы извиниться получше.", "お客様はかなり
お急ぎの様子なので、…伝えたほうがいいですね。".

Minutes and e-mails between colleagues speak of "the customer" too, but to a colleague; so
the text must speak to its reader as the customer (their order or account, a service
greeting) in another sentence, and the note must not speak as a team ("we should call
her back") nor to the reader. A policy quoted to the customer ("the customer pays return
shipping") states a rule: without a guess, a plan or a report of what they did, it passes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from harness.checks._meta_aside import TO_READER
from harness.checks._text import alternation as _alt

_I = re.IGNORECASE

# The reader is the customer: their order, account or message, or a service greeting.
SERVICE_READER = re.compile(
    _alt(
        r"\byour\s+(?:\w+\s+)?(?:order|account|refund|package|parcel|subscription|booking|reservation|claim|return|delivery|"
        r"payment|complaint)\b|\bthank\s+you\s+for\s+(?:contacting|reaching\s+out|your\s+(?:message|patience|e-?mail|"
        r"enquiry|inquiry))\b",
        r"\b(?:Ihre?|Ihren|Ihrem|Ihrer|dein\w*)\s+(?:\w+\s+)?(?:Bestellung|Konto|Erstattung|Paket|Sendung|Abo|Buchung|"
        r"Reservierung|Rücksend\w*|Lieferung|Zahlung|Reklamation|Nachricht)\b",
        r"\b(?:votre|vos|ta|ton|tes)\s+(?:\w+\s+)?(?:commande|compte|remboursement|colis|abonnement|réservation|retour|"
        r"livraison|paiement|réclamation|message)\b",
        r"(?<!\w)(?:su|sus|tu|tus)\s+(?:\w+\s+)?(?:pedido|cuenta|reembolso|paquete|suscripción|reserva|devolución|envío|"
        r"pago|reclamación|mensaje)(?!\w)",
        r"\b(?:suo|sua|tuo|tua)\s+(?:ordine|account|rimborso|pacco|abbonamento|prenotazione|reso|spedizione|pagamento|"
        r"reclamo|messaggio)\b",
        r"(?<!\w)(?:seu|sua|seus|suas|teu|tua)\s+(?:pedido|conta|reembolso|estorno|pacote|assinatura|reserva|devolução|"
        r"entrega|pagamento|reclamação|mensagem)(?!\w)",
        r"\b(?:uw|jouw)\s+(?:bestelling|account|terugbetaling|pakket|abonnement|reservering|retour|levering|betaling|"
        r"klacht|bericht)\b",
        r"(?<!\w)(?:ваш|ваша|ваше|ваши|вашего|вашей|вашу|вашим)\s+(?:заказ\w*|сч[её]т\w*|возврат\w*|посылк\w*|подписк\w*|"
        r"брон\w*|заявк\w*|доставк\w*|плат[её]ж\w*|обращени\w*)",
        r"您的|给您带来|感谢您|ご注文|お問い合わせ|ご不便|ご迷惑|주문하신|고객님의|문의해\s*주셔서|불편을\s*드려",
    ),
    _I,
)
# The customer named in the third person.
CUSTOMER = re.compile(
    _alt(
        r"\b(?:the|this)\s+(?:customer|client|buyer)\b",
        r"\b(?:der\s+Kunde|die\s+Kundin|dem\s+Kunden|der\s+Kundin|diese[rm]?\s+Kund(?:e|in|en))\b",
        r"\b(?:le\s+client|la\s+cliente|ce\s+client|cette\s+cliente)\b",
        r"(?<!\w)(?:el\s+cliente|la\s+clienta|la\s+cliente|este\s+cliente|esta\s+clienta)(?!\w)",
        r"\b(?:il\s+cliente|questo\s+cliente|questa\s+cliente)\b",
        r"(?<!\w)(?:o\s+cliente|a\s+cliente|esse\s+cliente|essa\s+cliente|este\s+cliente|esta\s+cliente)(?!\w)",
        r"\b(?:de\s+klant|deze\s+klant)\b",
        r"(?<!\w)(?:клиент|клиентка|покупатель|покупательница)(?!\w)",
        r"(?:这位|该|那位)(?:顾客|客户)|(?:顾客|客户)(?:已经|又|似乎|好像)|お客様(?:は|が)|お客さん(?:は|が)|고객(?:님)?(?:이|은|는|께서)",
    ),
    _I,
)
# What the note does with them: guesses, plans the reply, or reports what they did.
JUDGED_OR_PLANNED = re.compile(
    _alt(
        r"\b(?:seems?|appears?|sounds?|probably|clearly|obviously|should|better|worth|might\s+want|asked|wrote|"
        r"mentioned|didn['’]t\s+ask|hasn['’]t|already|again|twice)\b",
        r"\b(?:scheint|wohl|offenbar|sollte[n]?|besser|lohnt|hat\s+(?:schon|bereits)|schon\s+wieder)\b",
        r"\b(?:semble|probablement|visiblement|devrai[st]|mieux|vaut|a\s+déjà|encore)\b",
        r"(?<!\w)(?:parece|creo\s+que|conviene|mejor|vale\s+la\s+pena|no\s+lo\s+pidió|ya|otra\s+vez)(?!\w)",
        r"\b(?:sembra|probabilmente|conviene|meglio|vale\s+la\s+pena|ha\s+già|di\s+nuovo)\b",
        r"(?<!\w)(?:acho\s+que|vale\s+a\s+pena|melhor|convém|já|de\s+novo)(?!\w)",
        r"\b(?:lijkt|waarschijnlijk|beter|al\s+\w+\s+keer)\b",
        r"(?<!\w)(?:похоже|кажется|видимо|надо\s+бы|лучше|стоит|уже|снова|опять)(?!\w)",
        r"看起来|似乎|应该|最好|已经|又|様子|ようです|みたい|ほうがいい|方がいい|べき|すでに|것\s*같|듯|좋겠|게\s*좋|이미|또",
    ),
    _I,
)
# A team speaking: minutes and colleagues' e-mails.
TEAM = re.compile(
    r"(?<!\w)(?:we|wir|nous|nosotros|noi|nós|wij|мы|нам)(?!\w)|我们|私たち|弊社|저희|우리",
    _I,
)
SENTENCE = re.compile(r"[^.!?。！？\n]+[.!?。！？]*")


def customer_signs(text: str) -> Iterator[tuple[str, float, int, int, bool]]:
    """A sentence about "the customer", in a reply addressed to that customer, that judges or plans."""
    if not SERVICE_READER.search(text):
        return
    for sentence in SENTENCE.finditer(text):
        said = sentence.group()
        named = CUSTOMER.search(said)
        if (
            named
            and JUDGED_OR_PLANNED.search(said)
            and not TO_READER.search(said)
            and not TEAM.search(said)
            and SERVICE_READER.search(text[: sentence.start()] + text[sentence.end() :])
        ):
            start = sentence.start() + named.start()
            yield "narrates the requester", 1.5, start, sentence.start() + named.end(), False
            return
