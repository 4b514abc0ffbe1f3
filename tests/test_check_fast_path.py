"""The message checks' fast paths (a whole list field by field, one plain message) find exactly what the full
per-message check finds, and preparing a checked batch gives what preparing message by message gives."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from clicksend_async._batching import MessagePreparer
from clicksend_async._phone import all_surely_possible, check_e164, surely_possible
from clicksend_async._sending import _item_schema

SMS_FIELDS = _item_schema("send_sms")["properties"]


def preparer(*, fast: bool, normalise: bool = False, required: tuple[str, ...] = ()) -> MessagePreparer:
    prepared = MessagePreparer(
        region="AU", normalise_numbers=normalise, required=required, fields=SMS_FIELDS, tag="csa-t"
    )
    if not fast:  # the full check of every message, as before the fast paths
        prepared._surely_valid = lambda data: False  # type: ignore[method-assign]
        prepared._all_surely_valid = lambda messages: False  # type: ignore[method-assign]
    return prepared


def one_by_one(checker: MessagePreparer, messages: list[Any]) -> list[Any]:
    return [problem for index, message in enumerate(messages) for problem in checker.problems(index, message)]


def campaign(n: int) -> list[dict[str, str]]:
    return [{"to": f"+614{i:08d}", "body": "Your order has shipped", "from": "AcmeShop"} for i in range(n)]


def test_the_common_campaign_is_decided_by_the_fast_paths() -> None:
    fast = preparer(fast=True)
    messages = [*campaign(9000), {"to": "+447700900123", "body": "hi", "custom_string": "mine"}]
    assert fast._all_surely_valid(messages)
    assert all(fast._surely_valid(m) for m in messages)
    assert fast.list_problems(messages) == [] == one_by_one(preparer(fast=False), messages)
    messages[-1]["body"] = " "  # in the last of the slices list_problems checks field by field
    assert fast.list_problems(messages) == one_by_one(preparer(fast=False), messages) != []


# values that pass and values that fail each check, of every type a user might pass
TO = st.sampled_from(
    [
        "+61411111111",
        "+61411111112",
        "+447700900123",
        "+12125551234",
        "+610411111111",
        "+3901234567",
        "+6141",
        "0411 111 111",
        "",
        " +61411111111",
        "+61411111111\n",
        "+\uff161411111111",
        None,
        61411111111,
        ["+61411111111"],
        b"+61411111111",
    ]
)
BODY = st.sampled_from(["hi", "Your order has shipped", "", " ", "\t\n", "\u3000", None, 5, ["hi"], b"hi"])
SENDER = st.sampled_from(
    ["AcmeShop", "", None, "12345", "+61411111111", "+6141", "A" * 12, 7, ["x"], "Ünïcode"]
)
CUSTOM = st.sampled_from(["mine", "", None, 7, ["x"], "csa-t-0"])
OTHER = st.sampled_from(
    [
        ("schedule", 1700000000),
        ("schedule", -1),
        ("schedule", 1700000000000),
        ("list_id", 5),
        ("shedule", 1),
        ("country", "AU"),
        ("subject", "s"),
        ("source", 3),
    ]
)


@st.composite
def message(draw: Any) -> Any:
    data: dict[str, Any] = {}
    for name, values in (("to", TO), ("body", BODY), ("from", SENDER), ("custom_string", CUSTOM)):
        if draw(st.integers(0, 3)):  # mostly present
            data[name] = draw(values)
    data.update(draw(st.lists(OTHER, max_size=2)))
    shape = draw(st.sampled_from(["dict", "dict", "dict", "mapping", "not a message"]))
    if shape == "mapping":
        return MappingProxyType(data)
    return data if shape == "dict" else draw(st.sampled_from([None, "text", 5, ["+61411111111"]]))


plain_message = st.fixed_dictionaries(
    {"to": st.sampled_from(["+61411111111", "+61411111112", "+447700900123"]), "body": st.just("hi")},
    optional={
        "from": st.sampled_from(["AcmeShop", "", None]),
        "custom_string": st.sampled_from(["a", "", "b"]),
    },
)


@st.composite
def nearly_plain(draw: Any) -> dict[str, Any]:
    """A plain message with one field's value (or presence) changed: a near miss for the fast paths."""
    data = dict(draw(plain_message))
    name, values = draw(
        st.sampled_from([("to", TO), ("body", BODY), ("from", SENDER), ("custom_string", CUSTOM)])
    )
    if draw(st.integers(0, 4)):
        data[name] = draw(values)
    else:
        data.pop(name, None)
    return data


@settings(max_examples=500, deadline=None)
@given(
    messages=st.one_of(
        st.lists(message(), max_size=6),
        st.lists(plain_message, max_size=6),  # mostly valid lists: where the fast paths decide
        st.builds(
            lambda good, bad, at: [*good[:at], bad, *good[at:]],
            st.lists(plain_message, min_size=1, max_size=5),
            st.one_of(nearly_plain(), message()),
            st.integers(0, 5),
        ),
    ),
    normalise=st.booleans(),
    required=st.sampled_from([(), ("subject",)]),
)
@example([{"to": "+61411111111", "body": " "}], False, ())
@example([{"to": "+61411111111", "body": "hi", "from": "12345"}], False, ())
@example([{"to": "+61411111111", "body": "hi", "custom_string": 7}], False, ())
@example([{"to": "+6141", "body": "hi"}], False, ())
@example([{"to": "+61411111111", "body": ""}], False, ())
@example([{"to": "+61411111111", "body": "hi", "subject": "s"}], False, ("subject",))
def test_fast_and_full_checks_find_the_same_problems(
    messages: list[Any], normalise: bool, required: tuple[str, ...]
) -> None:
    fast, full = (
        preparer(fast=True, normalise=normalise, required=required),
        preparer(fast=False, normalise=normalise, required=required),
    )
    expected = one_by_one(full, messages)
    assert fast.list_problems(messages) == expected
    assert one_by_one(fast, messages) == expected
    if fast._all_surely_valid(messages):
        assert expected == []
    for index, data in enumerate(messages):
        if isinstance(data, dict) and fast._surely_valid(data):
            assert full.problems(index, data) == []
    if not expected:  # a list that passed is then prepared batch by batch without a second check
        batch = list(enumerate(messages))
        one = preparer(fast=False, normalise=normalise, required=required)
        assert fast.prepare_checked(batch) == [(i, one.prepare(i, m, check=False)[0]) for i, m in batch]
        assert fast.own_custom_strings == one.own_custom_strings


def test_prepared_copies_leave_the_callers_messages_alone() -> None:
    messages: list[Any] = [
        {"to": "+61411111111", "body": "a", "custom_string": None},
        {"to": "+61411111112", "body": "b"},
    ]
    originals = [dict(m) for m in messages]
    prepared = preparer(fast=True).prepare_checked(list(enumerate(messages, 10)))
    assert [m["custom_string"] for _, m in prepared] == ["csa-t-10", "csa-t-11"]
    assert list(prepared[0][1]) == ["to", "body", "custom_string"]  # the field keeps its place
    assert messages == originals


numbers = st.one_of(
    st.sampled_from(
        ["+61411111111", "+447700900123", "+12125551234", "+610411111111", "+3901234567", "+6141"]
    ),
    st.builds(lambda first, rest: f"+{first}{rest}", st.integers(1, 999), st.text("0123456789", max_size=13)),
    st.text(max_size=16),
    st.text("+0123456789\u0661\u0662\u0663", max_size=16),
)


@settings(max_examples=1000)
@given(st.lists(numbers, max_size=8))
@example(["+61411111111", "x"])
@example(["+61411111111", "+447700900123"])
@example(["+01411111111"])
def test_surely_possible_numbers_pass_check_e164(values: list[str]) -> None:
    for value in values:
        if surely_possible(value):
            assert check_e164(value) is None, value
    assert all_surely_possible(values) == all(surely_possible(value) for value in values)


@pytest.mark.parametrize(
    "value", ["", "+", "+6", "+61", "abc", "+\u0661\u0662\u06634567890", "+61411111111\n", "+0411111111"]
)
def test_surely_possible_takes_any_text(value: str) -> None:
    assert not surely_possible(value)
    assert not all_surely_possible([value])
