"""E.164 phone numbers: strict checking by default, optional normalisation of national numbers."""

from __future__ import annotations

import re

E164 = re.compile(r"^\+[1-9][0-9]{6,14}$")
SENDER_ID = re.compile(r"^[A-Za-z0-9 ]{1,11}$")


def check_e164(value: object) -> str | None:
    """Why ``value`` is not a strict E.164 number, or ``None`` if it is."""
    if not isinstance(value, str):
        return f"expected a string in E.164 format, got {type(value).__name__}"
    if not E164.match(value):
        return "not in E.164 format (+ then country code and number, digits only, e.g. +61411111111)"
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
