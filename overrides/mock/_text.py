"""How ClickSend counts SMS parts (GSM-7 or Unicode), checks recipients and prices messages."""

from __future__ import annotations

from decimal import Context, Decimal

import phonenumbers

_GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM_EXTENDED = frozenset("^{}\\[~]|€\f")

SMS_RATES = {
    "AU": Decimal("0.0770"),
    "NZ": Decimal("0.1100"),
    "US": Decimal("0.0340"),
    "CA": Decimal("0.0340"),
    "GB": Decimal("0.0450"),
}
MMS_RATES = {"AU": Decimal("0.3300"), "NZ": Decimal("0.4400"), "US": Decimal("0.2000")}
DEFAULT_SMS_RATE = Decimal("0.1200")
DEFAULT_MMS_RATE = Decimal("0.5000")
DEFAULT_VOICE_RATE = Decimal("0.1100")
EMAIL_RATE = Decimal("0.0011")  # per recipient, wherever they are
# per kind of message: rates by recipient country, and the rate elsewhere
RATES = {
    "sms": (SMS_RATES, DEFAULT_SMS_RATE),
    "mms": (MMS_RATES, DEFAULT_MMS_RATE),
    "voice": ({}, DEFAULT_VOICE_RATE),
}
CENTS = Decimal("0.0001")


def is_gsm7(text: str) -> bool:
    return all(c in _GSM_BASIC or c in _GSM_EXTENDED for c in text)


def _pack(costs: list[int], single: int, per_part: int) -> int:
    if sum(costs) <= single:
        return 1
    parts, used = 1, 0
    for cost in costs:  # a character (or escape pair, or surrogate pair) never straddles two parts
        if used + cost > per_part:
            parts, used = parts + 1, 0
        used += cost
    return parts


def message_parts(text: str) -> int:
    """Parts of an SMS: GSM-7 160 in one part or 153 per part; otherwise UCS-2 70 or 67 per part."""
    if is_gsm7(text):
        return _pack([2 if c in _GSM_EXTENDED else 1 for c in text], 160, 153)
    return _pack([2 if ord(c) > 0xFFFF else 1 for c in text], 70, 67)


def recipient(to: str, region: str) -> tuple[str, str] | None:
    """``to`` in E.164 and its country, or None when it is not a valid phone number."""
    try:
        number = phonenumbers.parse(to, None if to.startswith("+") else region.upper())
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return e164, phonenumbers.region_code_for_number(number) or region.upper()


# Wide enough for any amount a request can ask for (quantities are unbounded integers in the spec): the
# default 28 digits made quantize() raise InvalidOperation, a 500, for a huge quantity.
_MONEY = Context(prec=1000)


def money(amount: Decimal) -> str:
    return str(amount.quantize(CENTS, context=_MONEY))


def money_number(amount: Decimal) -> int | float:
    """An amount as a JSON number, where ClickSend's documents show one (the total of a send or a quote,
    statistics, recharges); most prices (``message_price`` ...) are text with four decimals (``money``)."""
    rounded = amount.quantize(CENTS, context=_MONEY)
    return int(rounded) if rounded == rounded.to_integral_value() else float(rounded)  # 20, as documented
