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
    if surely_possible(value):
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


def surely_possible(value: str) -> bool:
    """True when ``value`` is an E.164 number ``phonenumbers`` would certainly find possible (any text may be
    given: False decides nothing).

    A fast path for the common case (one pattern match, about 30 times cheaper than ``phonenumbers.parse``):
    the country code is the first 1 to 3 digits that name one, and the rest is the national number. That
    number is possible when its length is one of the country's possible lengths -- unless it starts with
    ``0`` (Italian leading zeros) or with what the country's national-prefix rule would strip, where
    ``parse`` may reinterpret it. Anything not certain here returns False and is decided by ``phonenumbers``.
    """
    possible = _first_digits_pattern(value[1:4])
    return possible is not None and possible.match(value) is not None


def all_surely_possible(values: list[str]) -> bool:
    """``surely_possible`` of every value (all text); for a campaign of one country, one pattern matched
    against each value without a Python call per value."""
    if not values:
        return True
    first = _first_digits_pattern(values[0][1:4])
    if first is not None and all(map(first.match, values)):  # the common case: one country
        return True
    patterns = {_first_digits_pattern(first_digits) for first_digits in {value[1:4] for value in values}}
    return None not in patterns and all(map(surely_possible, values))


def _first_digits_pattern(first_digits: str) -> re.Pattern[str] | None:
    """``_possible_pattern`` of three digits, remembered; None for text that is not three ASCII digits."""
    if first_digits not in _BY_FIRST_DIGITS:
        if not (len(first_digits) == 3 and first_digits.isascii() and first_digits.isdigit()):
            return None  # not the start of an E.164 number: check_e164 says why
        _BY_FIRST_DIGITS[first_digits] = _possible_pattern(first_digits)
    return _BY_FIRST_DIGITS[first_digits]


# the first three digits of E.164 numbers checked so far -> _possible_pattern of them (at most 1000 keys:
# three ASCII digits)
_BY_FIRST_DIGITS: dict[str, re.Pattern[str] | None] = {}


def _possible_pattern(first_digits: str) -> re.Pattern[str] | None:
    """The pattern of the possible numbers starting with these three digits (those of an E.164 number), or
    None if no calling code starts them."""
    import phonenumbers

    for size in (1, 2, 3):  # the shortest prefix that is a calling code, as phonenumbers.parse takes it
        calling_code = int(first_digits[:size])
        if calling_code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            return _calling_code_pattern(calling_code)
    return None


@functools.cache
def _calling_code_pattern(calling_code: int) -> re.Pattern[str] | None:
    """``+``, the calling code, then a national number not starting with ``0`` nor with the national prefix,
    of a possible length, within E.164's 15 digits; None if the calling code has no rules."""
    import phonenumbers
    from phonenumbers.phonemetadata import PhoneMetadata

    size = len(str(calling_code))
    region = phonenumbers.region_code_for_country_code(calling_code)
    metadata: Any = PhoneMetadata.metadata_for_region_or_calling_code(calling_code, region)
    if metadata is None:  # a calling code without rules: no length is certain, phonenumbers decides
        return None
    general = metadata.general_desc
    lengths = set(general.possible_length) | set(general.possible_length_local_only or ())
    lengths = {n for n in lengths if 7 <= size + n <= 15}  # E.164: 7 to 15 digits in all
    if not lengths:
        return None
    # the prefix rule, as re.match(prefix, national) reads it: its "$" (a few have one) still means the end
    prefix = metadata.national_prefix_for_parsing
    not_prefix = f"(?!(?:{prefix}))" if prefix else ""
    return re.compile(rf"\+{calling_code}(?!0){not_prefix}(?:{_lengths(sorted(lengths))})\Z")


def _lengths(lengths: list[int]) -> str:
    """A pattern of digits of one of the (sorted) ``lengths``, runs written as ranges: ``[0-9]{5,10}|[0-9]{12}``."""
    runs: list[list[int]] = []
    for n in lengths:
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return "|".join(f"[0-9]{{{low},{high}}}" if low < high else f"[0-9]{{{low}}}" for low, high in runs)
