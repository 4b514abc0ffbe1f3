"""The E.164 check's fast path agrees with phonenumbers (the reference) on every number it accepts."""

from __future__ import annotations

import phonenumbers
from hypothesis import example, given, settings
from hypothesis import strategies as st

from clicksend_async._phone import E164, check_e164, surely_possible

CALLING_CODES = sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)


def reference(value: str) -> str | None:
    """check_e164 as phonenumbers alone decides it (the behaviour before the fast path)."""
    if not E164.match(value):
        return "format"
    try:
        parsed = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException:
        return "not a phone number"
    return None if phonenumbers.is_possible_number(parsed) else "not possible"


digits = st.text(alphabet="0123456789", min_size=0, max_size=14)
with_calling_code = st.builds(lambda code, rest: f"+{code}{rest}", st.sampled_from(CALLING_CODES), digits)
any_shape = st.builds(lambda first, rest: f"+{first}{rest}", st.integers(1, 9), digits)


@settings(max_examples=3000)
@given(st.one_of(with_calling_code, any_shape))
@example("+61411111111")  # AU mobile: fast path
@example("+610411111111")  # national prefix kept after the country code: phonenumbers decides
@example("+3901234567")  # Italian leading zero: phonenumbers decides
@example("+12125551234")  # NANPA
@example("+11234567890")  # NANPA national prefix 1 after the country code
@example("+8001234567")  # a non-geographic calling code
@example("+2901234")  # Saint Helena / Tristan da Cunha share 290
def test_fast_path_accepts_only_what_phonenumbers_accepts(value: str) -> None:
    expected = reference(value)
    if E164.match(value) and surely_possible(value):  # check_e164 asks it only of E.164-shaped text
        assert expected is None
    assert (check_e164(value) is None) == (expected is None)


def test_fast_path_takes_the_common_case() -> None:
    # Well-formed mobiles of a few countries are decided without parsing (the point of the fast path) ...
    for number in ("+61411111111", "+447911123456", "+12125551234", "+6421123456", "+4915123456789"):
        assert surely_possible(number), number
        assert check_e164(number) is None
    # ... and what it cannot be sure of goes to phonenumbers, which still rejects impossible numbers.
    for number in ("+6141111111111", "+999123456789", "+610411111111"):
        assert not surely_possible(number), number
    assert check_e164("+6141111111111") == "not a possible number for its country code"
    assert check_e164("+999123456789") == "not a phone number"


def test_sender_verdicts_are_the_same_from_the_cache() -> None:
    from clicksend_async._phone import check_sender

    for _ in range(2):  # the second round is answered from the cache of text verdicts
        assert check_sender("AcmeShop") is None
        assert check_sender("+61411111111") is None
        assert check_sender("12345") is not None  # digits only: neither a number nor a sender id
        assert check_sender("Way too long a name") is not None
        assert check_sender(61411111111) is not None  # not text: never cached, still refused


def systematic_sample() -> list[str]:
    """For every calling code: national numbers of each length from two below the shortest possible one to
    two above the longest, starting with 0, 1, 9, the national prefix, the start of its parsing rule's
    alternatives, or pseudo-random digits."""
    import random

    from phonenumbers.phonemetadata import PhoneMetadata

    rng = random.Random(16)
    sample = []
    for code in CALLING_CODES:
        region = phonenumbers.region_code_for_country_code(code)
        metadata = PhoneMetadata.metadata_for_region_or_calling_code(code, region)
        lengths = list(metadata.general_desc.possible_length) if metadata else [8]
        starts = ["", "0", "00", "1", "9"]
        if metadata is not None:
            starts.append(metadata.national_prefix or "")
            rule = metadata.national_prefix_for_parsing or ""
            starts += ["".join(c for c in part if c.isdigit())[:6] for part in rule.split("|")]
        for length in range(max(1, min(lengths) - 2), max(lengths) + 3):
            for start in starts:
                for _ in range(2):
                    rest = "".join(rng.choice("0123456789") for _ in range(length))
                    sample.append(f"+{code}{(start + rest)[:length]}")
    return sample


def test_fast_path_agrees_with_phonenumbers_for_every_calling_code() -> None:
    sample = systematic_sample()
    fast = 0
    for value in sample:
        expected = reference(value)
        if surely_possible(value):
            fast += 1
            assert E164.match(value), value
            assert expected is None, value
        assert (check_e164(value) is None) == (expected is None), value
    assert len(sample) > 20_000
    assert fast > len(sample) // 10  # the fast path decides a good share of them
