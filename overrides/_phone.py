"""E.164 phone numbers: strict checking by default, optional normalisation of national numbers."""

from __future__ import annotations

import functools
import re
from typing import Any

# \Z, not $: "$" also matches before a final newline, which let "+61411111111\n" through.
E164 = re.compile(r"^\+[1-9][0-9]{6,14}\Z")
SENDER_ID = re.compile(r"^[A-Za-z0-9 ]{1,11}\Z")


def check_e164(value: object) -> str | None:
    """Why ``value`` is not a strict E.164 number, or ``None`` if it is."""
    if not isinstance(value, str):
        return f"expected a string in E.164 format, got {type(value).__name__}"
    if not E164.match(value):
        return "not in E.164 format (+ then country code and number, digits only, e.g. +61411111111)"
    if _surely_possible(value):
        return None
    import phonenumbers  # imported on first use: it is large

    try:
        parsed = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException:
        return "not a phone number"
    if not phonenumbers.is_possible_number(parsed):
        return "not a possible number for its country code"
    return None


def check_sender(value: object) -> str | None:
    """A sender is an E.164 number or an alphanumeric sender id of at most 11 characters."""
    # A campaign has few senders: remember the verdicts on text (a str is hashable and immutable).
    return _check_sender_text(value) if isinstance(value, str) else _check_sender(value)


@functools.lru_cache(maxsize=1024)
def _check_sender_text(value: str) -> str | None:
    return _check_sender(value)


def _check_sender(value: object) -> str | None:
    if isinstance(value, str) and value.startswith("+"):
        return check_e164(value)
    if isinstance(value, str) and SENDER_ID.match(value) and not value.isdigit():
        return None
    return "not an E.164 number nor an alphanumeric sender id of 1 to 11 letters, digits or spaces"


def normalise(value: object, region: str | None) -> str:
    """``value`` in E.164, reading national numbers in ``region`` (ISO 3166 code); unchanged if it can't."""
    if not isinstance(value, str) or E164.match(value) or not region:
        return value if isinstance(value, str) else str(value)
    import phonenumbers

    try:
        parsed = phonenumbers.parse(value, region.upper())
    except phonenumbers.NumberParseException:
        return value
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def _surely_possible(value: str) -> bool:
    """True when ``phonenumbers`` would certainly find the E.164-shaped ``value`` a possible number.

    A fast path for the common case (about 20 times cheaper than ``phonenumbers.parse``): the country code
    is the first 1 to 3 digits that name one, and the rest is the national number. That number is possible
    when its length is one of the country's possible lengths -- unless it starts with ``0`` (Italian
    leading zeros) or with what the country's national-prefix rule would strip, where ``parse`` may
    reinterpret it. Anything not certain here returns False and is decided by ``phonenumbers`` itself.
    """
    rules = _country_rules(value[1:4])
    if rules is None:
        return False
    size, lengths, national_prefix = rules
    national = value[1 + size :]
    if len(national) not in lengths or national.startswith("0"):
        return False
    return national_prefix is None or national_prefix.match(national) is None


@functools.cache
def _country_rules(first_digits: str) -> tuple[int, frozenset[int], re.Pattern[str] | None] | None:
    """For the first three digits of an E.164 number: (length of its country calling code, possible
    national-number lengths, national-prefix pattern); None if no calling code starts them."""
    import phonenumbers
    from phonenumbers.phonemetadata import PhoneMetadata

    for size in (1, 2, 3):  # the shortest prefix that is a calling code, as phonenumbers.parse takes it
        calling_code = int(first_digits[:size])
        if calling_code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            break
    else:
        return None
    region = phonenumbers.region_code_for_country_code(calling_code)
    metadata: Any = PhoneMetadata.metadata_for_region_or_calling_code(calling_code, region)
    if metadata is None:  # a calling code without rules: no length is certain, phonenumbers decides
        return size, frozenset(), None
    general = metadata.general_desc
    lengths = frozenset(general.possible_length) | frozenset(general.possible_length_local_only or ())
    prefix = metadata.national_prefix_for_parsing
    return size, lengths, re.compile(prefix) if prefix else None
