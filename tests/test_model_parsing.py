"""Generated models read ClickSend's loose JSON: plain unions are taken as they are, nested ones parsed."""

from __future__ import annotations

from clicksend_async.models import Currency, SmsMessage, SmsSendResult
from clicksend_async.types import UNSET


def test_plain_unions_are_taken_as_they_come_and_unknown_fields_are_kept() -> None:
    raw = {"to": 61411111111, "message_id": "", "date": "1700000000", "status": None, "new_field": [1]}
    message = SmsMessage.from_dict(raw)
    assert (message.to, message.message_id, message.date, message.status) == (
        61411111111,
        "",
        "1700000000",
        None,
    )
    assert message.body is UNSET
    assert message.additional_properties == {"new_field": [1]}
    assert message.to_dict() == raw
    assert raw == {
        "to": 61411111111,
        "message_id": "",
        "date": "1700000000",
        "status": None,
        "new_field": [1],
    }


def test_unions_with_a_model_are_still_parsed_into_it_or_kept_raw() -> None:
    parsed = SmsSendResult.from_dict(
        {"messages": [{"to": "+61411111111"}], "_currency": {"currency_name_short": "AUD"}}
    )
    assert isinstance(parsed.field_currency, Currency)
    assert parsed.field_currency.currency_name_short == "AUD"
    assert isinstance(parsed.messages, list)
    assert isinstance(parsed.messages[0], SmsMessage)
    php_empty_object = SmsSendResult.from_dict({"messages": None, "_currency": []})
    assert php_empty_object.messages is None
    assert php_empty_object.field_currency == []
