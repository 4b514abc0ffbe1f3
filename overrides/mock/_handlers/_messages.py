"""SMS, MMS and voice: sending and pricing with ClickSend's per-message rules, history, receipts, statistics."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, overload

from .._config import TEST_NUMBERS
from .._deliveries import answered_receipt, webhook_test_receipt
from .._envelope import NotFound, page
from .._records import CURRENCY
from .._request import BadRequest, Request
from .._search import matches
from .._state import ReceivedMessage, Store, StoredMessage
from .._text import RATES, message_parts, money, money_number, recipient
from ._base import Reply, ack, acknowledge, handles

_DIGITS = re.compile(r"\d+")
_URL = re.compile(r"https?://[^\s]+")
_SHORT_LINK = "https://smsurl.mock/"  # the mock's own short-link host (the .mock TLD does not resolve)
_DELIVERED = ("Delivered", "201", "Success: Message received on handset.")


def _schedule(raw: Any, now: float, grace: float) -> tuple[bool, int | None]:
    """(valid, send time or None for now): a schedule must be an integer no more than ``grace`` s past."""
    if raw is None or (raw in ("", 0, "0") and not isinstance(raw, bool)):
        return True, None
    if isinstance(raw, str) and _DIGITS.fullmatch(raw):
        raw = int(raw)
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    if not isinstance(raw, int) or isinstance(raw, bool) or raw < now - grace:
        return False, None
    return True, raw


def _record(kind: str, msg: dict[str, Any], to: str, country: str | None, now: int) -> dict[str, Any]:
    record: dict[str, Any] = {
        "direction": "out",
        "date": now,
        "to": to,
        "body": msg.get("body"),
        "from": msg.get("from"),
        "schedule": "",
        "message_id": None,
        "message_parts": 0,
        "message_price": "0.0000",
        "from_email": msg.get("from_email"),
        "list_id": msg.get("list_id"),
        "custom_string": msg.get("custom_string"),
        "contact_id": msg.get("_contact_id"),
        "user_id": 1,
        "subaccount_id": None,
        "country": country,
        "carrier": "",
        "status": None,
    }
    if kind == "mms":
        record["subject"] = msg.get("subject")
    if kind == "voice":  # calls have no reply address or contact, but a voice, a language and key input
        del record["from_email"], record["contact_id"]
        record.update(
            date_added=now,
            to_type="mobile",
            voice=msg.get("voice"),
            lang=msg.get("lang", "en-au"),
            require_input=msg.get("require_input", 0),
            machine_detection=msg.get("machine_detection", 0),
        )
    return record


def _recipients(store: Store, message: dict[str, Any]) -> list[dict[str, Any]]:
    """The message itself; with ``list_id`` and no ``to``, one copy per contact of that list with a phone
    number, or only for the contact ``contact_id`` of the list when given (one unaddressed copy, rejected as
    INVALID_RECIPIENT, if the list or the contact is unknown or has no number)."""
    if message.get("to") not in (None, ""):
        return [message]
    list_id, contact_id = message.get("list_id"), message.get("contact_id")
    contacts = [
        c
        for c in store.collection("contacts", "contact_id").values()
        if c["list_id"] == list_id and c.get("phone_number") and contact_id in (None, c["contact_id"])
    ]
    found = [dict(message, to=c["phone_number"], _contact_id=c["contact_id"]) for c in contacts]
    return found or [dict(message, to="")]


def _smart_sender(senders: list[dict[str, Any]], country: str | None) -> str | None:
    """The ``sender_id`` that ``senders`` (ClickSend's smart assign) gives recipients of ``country``."""
    for sender in senders:
        if country and str(sender.get("recipient_country_code", "")).upper() == country:
            return sender.get("sender_id") or None
    return None


def _shorten_first_url(store: Store, body: str, commit: bool) -> str:
    """``body`` with its first URL replaced by a short link, as ClickSend does with ``shorten_urls``
    (the link is kept only with ``commit``: a quote prices the shortened text but stores nothing)."""
    found = _URL.search(body)
    if found is None:
        return body
    if commit:
        store.short_links.append(found.group(0))
    return f"{body[: found.start()]}{_SHORT_LINK}{len(store.short_links) + (not commit)}{body[found.end() :]}"


def _evaluate(store: Store, req: Request, kind: str, commit: bool) -> dict[str, Any]:
    """Run every message through ClickSend's checks; with ``commit`` store and charge the queued ones."""
    config = store.config
    now = store.now()
    no_credit = req.username == "nocredit"  # ClickSend's test account without credit
    balance = Decimal(0) if no_credit else store.balance
    throttle = store.throttle if commit else dict(store.throttle)
    messages: list[dict[str, Any]] = []
    total = Decimal(0)
    senders = req.body.get("senders") or []
    for msg in (one for given in req.body["messages"] for one in _recipients(store, given)):
        found = recipient(str(msg["to"]), str(msg.get("country") or config.default_country))
        to, country = found if found else (msg["to"], None)
        if not msg.get("from") and _smart_sender(senders, country):
            msg = dict(msg, **{"from": _smart_sender(senders, country)})
        record = _record(kind, msg, to, country, int(now))
        body = str(msg["body"])
        if req.body.get("shorten_urls"):
            body = record["body"] = _shorten_first_url(store, body, commit)
        parts = message_parts(body) if kind == "sms" else 1
        rates, default = RATES[kind]
        price = Decimal(0) if to in TEST_NUMBERS else parts * rates.get(country or "", default)
        valid_schedule, schedule = _schedule(msg.get("schedule"), now, config.schedule_grace)
        key = (kind, to, body, str(msg.get("from") or ""))
        record["message_parts"] = parts
        if found is None:
            status = "INVALID_RECIPIENT"
        elif not body.strip():
            status = "EMPTY_MESSAGE"
        elif not valid_schedule:
            status = "INVALID_SCHEDULE"
        elif now - throttle.get(key, float("-inf")) < config.throttle_window:
            status = "THROTTLED"
        elif price > balance:
            status = "INSUFFICIENT_CREDIT"
        else:
            status = "SUCCESS"
            balance -= price
            total += price
            throttle[key] = now
            record["message_price"] = money(price)
            if schedule is not None:
                record["schedule"] = schedule
            if commit:
                _store(store, kind, record, req, price)
                if (
                    schedule is None and kind != "mms"
                ):  # v6 and Apiary: a sent SMS or call's schedule is its time
                    record["schedule"] = int(now)
        record["status"] = status
        messages.append(record)
    if commit and not no_credit:
        store.balance = balance
    queued = sum(m["status"] == "SUCCESS" for m in messages)
    return {
        "total_price": money_number(total),  # v6 and Apiary: a number (each message_price is text)
        "total_count": len(messages),
        "queued_count": queued,
        "blocked_count": len(messages) - queued,
        "messages": messages,
        "_currency": dict(CURRENCY, currency_name_short=config.currency),
    }


def _store(store: Store, kind: str, record: dict[str, Any], req: Request, price: Decimal) -> None:
    record["message_id"] = store.new_message_id()
    if kind == "mms":
        record["_media_file_url"] = req.body.get("media_file")
    send_at = record["schedule"] if isinstance(record["schedule"], int) else record["date"]
    stored = StoredMessage(kind, dict(record), send_at, price)
    if kind in ("sms", "voice"):
        stored.record["_api_username"] = req.username
    store.messages.append(stored)
    store.by_message_id[record["message_id"]] = stored
    store.deliveries.accepted(stored)
    store.received.append(
        ReceivedMessage(
            kind=kind,
            message_id=record["message_id"],
            to=record["to"],
            body=record["body"],
            from_=record["from"],
            custom_string=record["custom_string"],
            schedule=record["schedule"] or None,
            date=record["date"],
        )
    )


def _result(data: dict[str, Any], sent: bool) -> Reply:
    if data["queued_count"]:
        return Reply(data, "Messages queued for delivery." if sent else "Here are some prices.")
    first = data["messages"][0]["status"] if data["messages"] else "EMPTY_MESSAGE"
    return Reply(data, "No message could be queued.", code=first)


@handles("send_sms")
def send_sms(store: Store, req: Request) -> Reply:
    return _result(_evaluate(store, req, "sms", commit=True), sent=True)


@handles("calculate_sms_price")
def calculate_sms_price(store: Store, req: Request) -> Reply:
    return _result(_evaluate(store, req, "sms", commit=False), sent=False)


@handles("send_mms")
def send_mms(store: Store, req: Request) -> Reply:
    return _result(_evaluate(store, req, "mms", commit=True), sent=True)


@handles("calculate_mms_price")
def calculate_mms_price(store: Store, req: Request) -> Reply:
    return _result(_evaluate(store, req, "mms", commit=False), sent=False)


def _history_record(store: Store, message: StoredMessage) -> dict[str, Any]:
    record = dict(message.record)
    if message.cancelled:
        status, code, text = "Cancelled", "", "Cancelled by user."
    elif message.send_at > store.now():
        status, code, text = "Scheduled", "", "Scheduled for delivery."
    else:
        # history says Sent for a delivered message (v6's example answer: Sent with status_code 201; its
        # list of history statuses has no Delivered, which is the receipts' word)
        status, code, text = "Sent", _DELIVERED[1], _DELIVERED[2]
    record.update(status=status, status_code=code, status_text=text, error_code="", error_text="")
    if message.kind == "sms":
        record.update(first_name=None, last_name=None, is_shared_system_number=0)
    elif message.kind == "mms":
        record.update(priority=1, date_added=record["date"])
    else:
        record.update(machine_detected=0, digits=None)
    return record


class _HistoryRecords(Sequence[dict[str, Any]]):
    """History records of ``messages``, each built only when its page is asked for (reconciling a campaign
    pages through a history of 100,000 messages: building every record for every page was quadratic)."""

    def __init__(self, store: Store, messages: list[StoredMessage]) -> None:
        self._store = store
        self._messages = messages

    def __len__(self) -> int:
        return len(self._messages)

    @overload
    def __getitem__(self, where: int) -> dict[str, Any]: ...

    @overload
    def __getitem__(self, where: slice) -> list[dict[str, Any]]: ...

    def __getitem__(self, where: int | slice) -> dict[str, Any] | list[dict[str, Any]]:
        if isinstance(where, slice):
            return [_history_record(self._store, m) for m in self._messages[where]]
        return _history_record(self._store, self._messages[where])


def _history(store: Store, req: Request, kind: str) -> Sequence[dict[str, Any]]:
    low, high = req.query.get("date_from"), req.query.get("date_to")
    chosen = [
        m
        for m in store.messages
        if m.kind == kind
        and (low is None or m.record["date"] >= low)
        and (high is None or m.record["date"] <= high)
    ]
    records = _HistoryRecords(store, chosen)
    if req.query.get("q") is None:
        return records
    return [row for row in records[:] if matches(row, req.query["q"], req.query.get("operator"))]


@handles("list_sms_history")
def list_sms_history(store: Store, req: Request) -> Reply:
    return Reply(page(_history(store, req, "sms"), req.query))


@handles("list_mms_history")
def list_mms_history(store: Store, req: Request) -> Reply:
    return Reply(page(_history(store, req, "mms"), req.query))


@handles("list_voice_history")
def list_voice_history(store: Store, req: Request) -> Reply:
    return Reply(page(_history(store, req, "voice"), req.query))


@handles("send_voice")
def send_voice(store: Store, req: Request) -> Reply:
    return _result(_evaluate(store, req, "voice", commit=True), sent=True)


@handles("calculate_voice_price")
def calculate_voice_price(store: Store, req: Request) -> Reply:
    return _result(_evaluate(store, req, "voice", commit=False), sent=False)


@handles("list_sms_receipts", "list_mms_receipts", "list_voice_receipts")
def list_receipts(store: Store, req: Request) -> Reply:
    """The unread receipts of the poll queue (see ``_deliveries``), oldest first."""
    receipts = [answered_receipt(r) for r in store.deliveries.unread(_kind_of(req.op.op_id))]
    return Reply(page(receipts, req.query))


def _kind_of(op_id: str) -> str:
    return next((kind for kind in ("voice", "mms") if kind in op_id), "sms")


@handles("get_sms_receipt", "get_mms_receipt", "get_voice_receipt")
def get_receipt(store: Store, req: Request) -> Reply:
    message = store.by_message_id.get(str(req.path["message_id"]).upper())
    kind = _kind_of(req.op.op_id)
    receipt = None if message is None or message.kind != kind else store.deliveries.receipt_of(message)
    if receipt is None:
        raise NotFound(f"No delivery receipt for message {req.path['message_id']}.")
    return Reply(answered_receipt(receipt))


def _cancel(store: Store, message: StoredMessage) -> None:
    message.cancelled = True
    store.balance += message.price


@handles("cancel_sms", "cancel_mms", "cancel_voice")
def cancel_message(store: Store, req: Request) -> Reply:
    message = store.by_message_id.get(str(req.path["message_id"]).upper())
    if message is None or message.kind != _kind_of(req.op.op_id):
        raise NotFound(f"No message {req.path['message_id']}.")
    if message.cancelled or message.send_at <= store.now():
        raise BadRequest("Only a scheduled message that has not been sent yet can be cancelled.")
    _cancel(store, message)
    return acknowledge(req, "Message has been cancelled.")


@handles("cancel_all_sms", "cancel_all_mms", "cancel_all_voice")
def cancel_all(store: Store, req: Request) -> Reply:
    kind = _kind_of(req.op.op_id)
    pending = [m for m in store.messages if m.kind == kind and not m.cancelled and m.send_at > store.now()]
    only = req.body.get("custom_string")  # SMS: cancel only the messages sent with this custom_string
    if only is not None:
        pending = [m for m in pending if m.record.get("custom_string") == only]
    for message in pending:
        _cancel(store, message)
    return ack("Messages have been cancelled.", {"count": len(pending)})


@handles("mark_sms_receipts_read", "mark_mms_receipts_read", "mark_voice_receipts_read")
def mark_receipts_read(store: Store, req: Request) -> Reply:
    store.deliveries.mark_read(_kind_of(req.op.op_id), (req.body or {}).get("date_before"))
    return acknowledge(req, "Receipts have been marked as read.")


@handles("mark_inbound_sms_read", "mark_inbound_sms_message_read")
def mark_inbound_read(store: Store, req: Request) -> Reply:
    message_id = req.path.get("message_id")
    store.deliveries.mark_inbound_read((req.body or {}).get("date_before"), message_id and str(message_id))
    return acknowledge(req, "Marked as read.")


@handles("get_sms_statistics", "get_voice_statistics")
def get_statistics(store: Store, req: Request) -> Reply:
    kind = _kind_of(req.op.op_id)
    days: dict[int, dict[str, Any]] = {}
    count, price = 0, Decimal(0)
    for message in store.messages:
        if message.kind != kind or message.cancelled:
            continue
        count += 1
        price += message.price
        day = days.setdefault(message.send_at - message.send_at % 86400, {"count": 0, "price": Decimal(0)})
        day["count"] += 1
        day["price"] += message.price
    zero = {"count": 0, "price": 0}  # v6 and Apiary: prices here are numbers
    inbound = {"count": len(store.inbound) if kind == "sms" else 0, "price": 0}
    return Reply(
        {
            "total": {
                "outbound": {"count": count, "price": money_number(price)},
                "inbound": inbound,
                "bounced": zero,
            },
            "stats": [
                {
                    "date": date,
                    "outbound": {"count": day["count"], "price": money_number(day["price"])},
                    "inbound": dict(zero),
                    "bounced": dict(zero),
                }
                for date, day in sorted(days.items())
            ],
            "_currency": dict(CURRENCY),
        }
    )


def inbound_record(store: Store, from_: str, body: str, to: str = "+61481073412") -> dict[str, Any]:
    """Store an inbound SMS (as if a phone replied) and return its record."""
    record = {
        "timestamp": int(store.now()),
        "from": from_,
        "body": body,
        "original_body": None,
        "original_message_id": None,
        "to": to,
        "custom_string": None,
        "message_id": store.new_message_id(),
        "_keyword": body.split()[0].lower() if body.split() else None,
    }
    store.inbound.append(record)
    return record


@handles("list_inbound_sms")
def list_inbound_sms(store: Store, req: Request) -> Reply:
    return Reply(page(store.deliveries.unread_inbound(), req.query))


@handles("get_inbound_sms")
def get_inbound_sms(store: Store, req: Request) -> Reply:
    """An inbound SMS by the id of the message it answers; its own message_id is accepted too (ClickSend's
    documents name the path parameter both ways)."""
    wanted = str(req.path["original_message_id"]).upper()
    for record in store.inbound:
        if wanted in (str(record["original_message_id"]).upper(), str(record["message_id"]).upper()):
            return Reply(dict(record))
    raise NotFound(f"No inbound message answers {req.path['original_message_id']}.")


@handles("add_inbound_sms_webhook")
def add_inbound_sms_webhook(store: Store, req: Request) -> Reply:
    record = inbound_record(store, "+61411111111", "This is a test inbound message.")
    return Reply(dict(record, custom_string=req.body["url"]), "Test inbound message pushed to your URL.")


@handles("add_sms_receipt_webhook", "add_voice_receipt_webhook")
def add_receipt_webhook(store: Store, req: Request) -> Reply:
    receipt = webhook_test_receipt(store, _kind_of(req.op.op_id), req.body["url"])
    return Reply(receipt, "Test delivery receipt pushed to your URL.")
