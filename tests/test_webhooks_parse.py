"""parse_event / parse_record: every shape ClickSend pushes or polls, and hostile input."""

from __future__ import annotations

import json
from urllib.parse import urlencode

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clicksend_async import ClickSendError
from clicksend_async.webhooks import (
    MAX_EVENT_BYTES,
    DeliveryReceipt,
    InboundMessage,
    WebhookError,
    parse_event,
    parse_record,
)

FORM = "application/x-www-form-urlencoded"
SMS_RECEIPT = {
    "timestamp_send": "1439173980",
    "timestamp": "1439173981",
    "message_id": "31BC271B-1E0C-45F6-9E7E-97186C46BB82",
    "status_code": "201",
    "status_text": "Success: Message received on handset.",
    "error_code": "",
    "error_text": "",
    "custom_string": "order-17",
    "user_id": "3820",
    "subaccount_id": "",
    "message_type": "sms",
}


def test_form_encoded_sms_receipt_is_typed() -> None:
    event = parse_event(urlencode(SMS_RECEIPT).encode(), FORM)
    assert isinstance(event, DeliveryReceipt)
    assert event.message_id == "31BC271B-1E0C-45F6-9E7E-97186C46BB82"
    assert (event.status, event.final, event.status_code, event.channel) == ("delivered", True, 201, "sms")
    assert (event.timestamp, event.timestamp_send, event.user_id) == (1439173981, 1439173980, 3820)
    assert (event.error_code, event.error_text, event.subaccount_id) == (None, None, None)
    assert event.custom_string == "order-17"
    assert event.raw == SMS_RECEIPT  # every key as received, text as text


@pytest.mark.parametrize(
    ("code", "status"),
    [("200", "pending"), ("201", "delivered"), ("300", "failed"), ("301", "failed"), ("302", "pending")],
)
def test_status_code_gives_the_delivery_status(code: str, status: str) -> None:
    event = parse_event(urlencode({**SMS_RECEIPT, "status_code": code}).encode(), FORM)
    assert isinstance(event, DeliveryReceipt)
    assert event.status == status
    assert event.final is (status != "pending")


def test_voice_receipt_all_strings_uses_status_and_digits() -> None:
    voice = {
        **SMS_RECEIPT,
        "message_type": "voice",
        "status": "Undelivered",
        "status_code": "201",
        "digits": "2",
    }
    event = parse_event(json.dumps(voice).encode(), "application/json")
    assert isinstance(event, DeliveryReceipt)
    assert (event.channel, event.voice_status, event.digits) == ("voice", "Undelivered", "2")
    assert event.status == "failed"  # the voice status word decides
    delivered = parse_event(urlencode({**voice, "status": "Delivered", "digits": ""}).encode(), FORM)
    assert isinstance(delivered, DeliveryReceipt)
    assert (delivered.status, delivered.digits) == ("delivered", None)


def test_polled_json_record_with_numbers_and_underscored_type() -> None:
    record = {
        "_message_type": "mms",
        "custom_string": None,
        "error_code": None,
        "error_text": None,
        "message_id": "23C8ADA3-FD8B-420B-801A-F829BB87AC6F",
        "status_code": 301,
        "status_text": "Failed",
        "timestamp": 1442381829,
        "timestamp_send": "1442381829",
        "subaccount_id": 12,
    }
    event = parse_record(record)
    assert isinstance(event, DeliveryReceipt)
    assert (event.channel, event.status, event.status_code, event.subaccount_id) == ("mms", "failed", 301, 12)
    assert event.timestamp == event.timestamp_send == 1442381829


def test_status_code_words_of_polled_records() -> None:
    record = {"message_id": "A", "status_code": "Completed", "timestamp": "1451200622"}
    event = parse_record(record, channel="sms")
    assert isinstance(event, DeliveryReceipt)
    assert (event.status, event.status_code) == ("pending", None)


def test_fax_and_email_receipts_name_their_channel() -> None:
    fax = parse_event(urlencode({**SMS_RECEIPT, "message_type": "fax"}).encode(), FORM)
    email = parse_record({"message_id": "E1", "status": "Delivered"}, channel="email")
    assert isinstance(fax, DeliveryReceipt)
    assert isinstance(email, DeliveryReceipt)
    assert (fax.channel, email.channel, email.status) == ("fax", "email", "delivered")


JSON_INBOUND = {
    "timestamp": "1701234567",
    "from": "+61411111111",
    "to": "+61481073412",
    "body": "Yes please",
    "original_body": "Reply YES to confirm",
    "original_message_id": "4ECFB6CB-0300-45EC-96E1-5AB189432AF5",
    "message_id": "9A6D8F7E-1111-4C4C-8888-0123456789AB",
    "custom_string": "order-17",
    "keyword": "yes",
    "originalsenderid": "+61481073412",
    "message": "Yes please",
    "sms": "+61411111111",
    "user_id": 3820,
    "subaccount_id": 0,
}


def test_json_inbound_with_alias_keys() -> None:
    event = parse_event(json.dumps(JSON_INBOUND).encode(), "application/json; charset=utf-8")
    assert isinstance(event, InboundMessage)
    assert (event.from_, event.sender, event.to, event.body) == (
        "+61411111111",
        "+61411111111",
        "+61481073412",
        "Yes please",
    )
    assert event.original_message_id == "4ECFB6CB-0300-45EC-96E1-5AB189432AF5"
    assert (event.timestamp, event.user_id, event.subaccount_id, event.keyword) == (
        1701234567,
        3820,
        0,
        "yes",
    )
    assert event.raw["originalsenderid"] == "+61481073412"
    assert event.in_reply_to is None


def test_inbound_given_only_by_its_alias_keys() -> None:
    only_aliases = {
        "message_id": "M1",
        "sms": "+61422222222",
        "message": "STOP",
        "originalsenderid": "+61400000000",
    }
    event = parse_event(json.dumps(only_aliases).encode(), "application/json")
    assert isinstance(event, InboundMessage)
    assert (event.from_, event.body, event.to) == ("+61422222222", "STOP", "+61400000000")


def test_form_inbound_and_get_query_inbound_drop_the_token() -> None:
    fields = {k: v for k, v in JSON_INBOUND.items() if k not in ("user_id", "subaccount_id")}
    form = parse_event(urlencode(fields).encode(), FORM, "token=s3cret")
    query = parse_event(b"", None, urlencode({**fields, "token": "s3cret"}))
    assert isinstance(form, InboundMessage)
    assert isinstance(query, InboundMessage)
    assert form.body == query.body == "Yes please"
    assert "token" not in query.raw
    assert query.raw == fields


def test_content_type_missing_is_sniffed() -> None:
    assert isinstance(parse_event(json.dumps(SMS_RECEIPT).encode(), None), DeliveryReceipt)
    assert isinstance(parse_event(urlencode(SMS_RECEIPT).encode(), None), DeliveryReceipt)


def test_unknown_keys_are_kept_and_do_not_break_parsing() -> None:
    event = parse_event(urlencode({**SMS_RECEIPT, "new_field": "x"}).encode(), FORM)
    assert event.raw["new_field"] == "x"


@pytest.mark.parametrize(
    ("body", "content_type", "names"),
    [
        (b"", FORM, "empty"),
        (b"x" * (MAX_EVENT_BYTES + 1), FORM, "limit"),
        (b"\xff\xfe\x00garbage", FORM, "utf-8"),
        (b"[1, 2]", "application/json", "object"),
        (b"{not json", "application/json", "JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "application/json", "limit"),
        (b'{"message_id": {"a": 1}, "status_code": "201"}', "application/json", "message_id"),
        (b'{"message_id": "A", "status_code": "201", "timestamp": "soon"}', "application/json", "timestamp"),
        (b'{"message_id": "A", "status_code": "wat"}', "application/json", "status_code"),
        (b'{"status_code": "201"}', "application/json", "message_id"),
        (b'{"hello": "world"}', "application/json", "neither"),
        (b"--b\r\nContent-Disposition: form-data\r\n", "multipart/form-data; boundary=b", "content type"),
        (b"message_id=A&status_code=201", "application/x-www-form-urlencoded; charset=nope", "charset"),
        ("&".join(f"k{i}=v" for i in range(500)).encode(), FORM, "form body"),
        (b'{"message_id": "A", "body": "' + b"x" * 20000 + b'"}', "application/json", "body"),
    ],
)
def test_hostile_bodies_raise_webhook_error_naming_the_fault(
    body: bytes, content_type: str, names: str
) -> None:
    with pytest.raises(WebhookError) as caught:
        parse_event(body, content_type)
    assert names in str(caught.value)
    assert isinstance(caught.value, ClickSendError)


def test_deeply_nested_json_under_the_size_cap_is_a_webhook_error() -> None:
    with pytest.raises(WebhookError):
        parse_event(b"[" * 30000 + b"]" * 30000, "application/json")


def test_a_query_string_over_the_cap_is_refused() -> None:
    with pytest.raises(WebhookError, match="query string"):
        parse_event(b"", None, "a=" + "b" * MAX_EVENT_BYTES)


@given(st.binary(max_size=400), st.sampled_from([FORM, "application/json", None, "text/plain"]))
def test_arbitrary_bytes_give_an_event_or_a_webhook_error(body: bytes, content_type: str | None) -> None:
    try:
        event = parse_event(body, content_type)
    except WebhookError:
        return
    assert isinstance(event, (DeliveryReceipt, InboundMessage))


@given(st.dictionaries(st.sampled_from(sorted({*SMS_RECEIPT, *JSON_INBOUND})), st.text(max_size=30)))
def test_arbitrary_form_fields_give_an_event_or_a_webhook_error(fields: dict[str, str]) -> None:
    try:
        event = parse_event(urlencode(fields).encode(), FORM)
    except WebhookError:
        return
    assert event.message_id == fields["message_id"]
