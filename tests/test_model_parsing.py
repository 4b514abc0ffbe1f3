"""Generated models read ClickSend's loose JSON: plain unions are taken as they are, nested ones parsed."""

from __future__ import annotations

import ast
from pathlib import Path

import attrs

from clicksend_async import models
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


def test_every_from_dict_passes_the_fields_in_the_order_the_class_declares_them() -> None:
    """from_dict builds a model positionally (keywords cost a third of a record's parse): the names it passes
    must be the attrs fields of its class, in their order, for every generated model."""
    checked = 0
    for path in sorted(Path(models.__file__).parent.glob("*.py")):
        tree = ast.parse(path.read_text())
        for node in tree.body:
            if not isinstance(node, ast.ClassDef):
                continue
            cls = getattr(models, node.name)
            if not attrs.has(cls):
                continue
            from_dict = next(f for f in node.body if isinstance(f, ast.FunctionDef) and f.name == "from_dict")
            call = next(
                n
                for n in ast.walk(from_dict)
                if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "cls"
            )
            passed = [a.id for a in call.args if isinstance(a, ast.Name)]
            assert len(passed) == len(call.args), node.name
            assert not call.keywords, node.name
            assert passed == [f.name for f in attrs.fields(cls) if f.init], node.name
            checked += 1
    assert checked > 200


def test_from_dict_puts_every_wire_field_into_its_own_attribute() -> None:
    raw = {
        key: f"value of {key}"
        for key in SmsMessage(**{f.name: 0 for f in attrs.fields(SmsMessage) if f.init}).to_dict()
    }
    message = SmsMessage.from_dict(raw)
    assert message.to_dict() == raw
    assert message.from_ == "value of from"
    assert message.field_api_username == "value of _api_username"
    assert message.additional_properties == {}
