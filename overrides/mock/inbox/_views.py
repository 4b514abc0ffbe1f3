"""What the inbox shows, as JSON-ready dicts read from a mock store: messages, conversations, the account."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .._state import Store, StoredMessage
from .._text import money

_FINAL = {"201": "delivered", "301": "failed"}
_SEARCHED = ("kind", "message_id", "to", "from", "body", "subject", "custom_string", "status")


def _status(store: Store, message: StoredMessage) -> str:
    if message.cancelled:
        return "cancelled"
    if message.send_at > store.now():
        return "scheduled"
    latest = store.deliveries.latest.get(message.record["message_id"])
    if latest is None:
        return "queued"
    return _FINAL.get(str(latest["status_code"]), "sent")


def _timeline(store: Store, message: StoredMessage) -> list[dict[str, Any]]:
    """Accepted, then every receipt the mock released for it (ClickSend's status codes), in order."""
    steps = [
        {"time": message.record["date"], "status": "queued", "code": "", "text": "Accepted for delivery"}
    ]
    if message.cancelled:
        steps.append({"time": None, "status": "cancelled", "code": "", "text": "Cancelled by user."})
    for receipt in store.deliveries.timelines.get(message.record["message_id"], []):
        code = str(receipt["status_code"])
        text = receipt["status_text"] + (f" ({receipt['error_text']})" if receipt.get("error_text") else "")
        steps.append(
            {"time": receipt["timestamp"], "status": _FINAL.get(code, "sent"), "code": code, "text": text}
        )
    return steps


def _links(*pairs: tuple[str, Any]) -> list[dict[str, str]]:
    return [{"label": label, "url": str(url)} for label, url in pairs if url]


def outbound(store: Store, message: StoredMessage) -> dict[str, Any]:
    record = message.record
    return {
        "kind": message.kind,
        "direction": "out",
        "message_id": record["message_id"],
        "to": record["to"],
        "from": record.get("from"),
        "subject": record.get("subject"),
        "body": record.get("body"),
        "custom_string": record.get("custom_string"),
        "date": record["date"],
        "schedule": record["schedule"] or None,
        "price": record.get("message_price"),
        "status": _status(store, message),
        "timeline": _timeline(store, message),
        "links": _links(("image", record.get("_media_file_url"))),
        "actions": ["reply", "delivered", "failed"]
        if message.kind in ("sms", "mms")
        else ["delivered", "failed"],
    }


def _inbound(record: dict[str, Any]) -> dict[str, Any]:
    return {
        "kind": "sms",
        "direction": "in",
        "message_id": record["message_id"],
        "to": record["to"],
        "from": record["from"],
        "subject": None,
        "body": record["body"],
        "custom_string": record.get("custom_string"),
        "original_message_id": record.get("original_message_id"),
        "date": record["timestamp"],
        "status": "received",
        "timeline": [
            {"time": record["timestamp"], "status": "received", "code": "", "text": "Reply received"}
        ],
        "links": [],
        "actions": [],
    }


def _addressees(entries: Any) -> str:
    return ", ".join(f"{e.get('name') or ''} <{e['email']}>".strip() for e in entries or [])


def _postal(record: dict[str, Any]) -> str:
    lines = ("address_name", "address_line_1", "address_line_2", "address_city", "address_state")
    parts = [str(record[k]) for k in (*lines, "address_postal_code", "address_country") if record.get(k)]
    return ", ".join(parts)


def _other(kind: str, record: dict[str, Any]) -> dict[str, Any]:
    """An email, fax, letter or postcard: what it was, where it went, its file(s); its stored status."""
    if kind == "email":
        to, body = _addressees(record.get("to")), record.get("body_plain_text")
        links = _links(
            *((a["file_name"], a["_attachment_file_url"]) for a in record.get("_attachments") or [])
        )
        date = record["date_added"]
    elif kind == "fax":
        to, body, date = record["to"], None, record["date_added"]
        links = _links(("document", record.get("_file_url")))
    else:
        to, body, date = _postal(record), None, record["date_added"]
        links = _links(
            (record.get("letter_file_name") or record.get("file_name") or "file", record.get("_file_url"))
        )
    status = str(record.get("status") or "queued").lower()
    return {
        "kind": kind,
        "direction": "out",
        "message_id": record.get("message_id"),
        "to": to,
        "from": record.get("from") or record.get("from_name"),
        "subject": record.get("subject"),
        "body": body,
        "custom_string": record.get("custom_string"),
        "date": date,
        "schedule": None,
        "price": record.get("price") or record.get("message_price") or record.get("post_price"),
        "status": status,
        "timeline": [
            {"time": date, "status": status, "code": "", "text": record.get("status_text") or "Queued"}
        ],
        "links": links,
        "actions": [],
    }


def replies(store: Store) -> list[dict[str, Any]]:
    """Every inbound SMS: routed replies (polled or pushed) and the ones stored directly, once each."""
    seen: dict[str, dict[str, Any]] = {}
    for record in [*store.inbound, *store.deliveries.routed_inbound]:
        seen.setdefault(record["message_id"], record)
    return list(seen.values())


Source = tuple[str, Any]  # ("out", StoredMessage), ("in", inbound record) or (kind, email/fax/post record)
_OTHERS = (("email", "emails"), ("fax", "faxes"), ("letter", "post_letters"), ("postcard", "postcards"))


def _streams(store: Store) -> list[tuple[str, list[Any], str]]:
    """Each list of received things (in the order they arrived, so oldest first) with its date field."""
    streams: list[tuple[str, list[Any], str]] = [
        ("out", store.messages, ""),
        ("in", replies(store), "timestamp"),
    ]
    return streams + [(kind, getattr(store, name), "date_added") for kind, name in _OTHERS]


def _date(kind: str, item: Any, field: str) -> int:
    return int((item.record["date"] if kind == "out" else item[field]) or 0)


def _view(store: Store, source: Source) -> dict[str, Any]:
    kind, item = source
    if kind == "out":
        return outbound(store, item)
    return _inbound(item) if kind == "in" else _other(kind, item)


def _haystack(store: Store, source: Source) -> str:
    """The searchable text of a message, lower case: kind, ids, numbers or addresses, text, status."""
    kind, item = source
    if kind == "out":
        record = item.record
        values = [
            item.kind,
            _status(store, item),
            *(record.get(k) for k in _SEARCHED if k not in ("kind", "status")),
        ]
    elif kind == "in":
        values = ["sms", "received", *(item.get(k) for k in _SEARCHED if k not in ("kind", "status"))]
    else:
        view = _other(kind, item)
        values = [view.get(k) for k in _SEARCHED]
    return " ".join(str(v) for v in values if v).lower()


def listing(store: Store, query: str = "", limit: int | None = None) -> tuple[list[dict[str, Any]], int]:
    """The newest ``limit`` messages and replies (all when None) with ``query`` (case-insensitive) in one
    of their text fields, rendered, newest first (within a second, the latest to arrive first), and how
    many match in all. Without a query only the newest ``limit`` of each list are looked at, so a listing
    after a campaign of 100,000 renders ``limit`` messages, not 100,000."""
    store.deliveries.advance()
    wanted = query.strip().lower()
    dated: list[tuple[int, int, int, Source]] = []
    total = 0
    for order, (kind, items, field) in enumerate(_streams(store)):
        if wanted:
            items = [item for item in items if wanted in _haystack(store, (kind, item))]
        total += len(items)
        start = 0 if limit is None else max(len(items) - limit, 0)
        dated += [
            (_date(kind, items[i], field), order, i, (kind, items[i])) for i in range(start, len(items))
        ]
    dated.sort(key=lambda entry: entry[:3], reverse=True)
    return [_view(store, source) for *_, source in dated[:limit]], total


def threads(items: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """SMS and MMS grouped by the other party's number, as a phone shows them: oldest first inside a thread,
    the thread with the newest message first."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        if item["kind"] in ("sms", "mms"):
            number = item["to"] if item["direction"] == "out" else item["from"]
            grouped.setdefault(str(number), []).append(item)
    return [
        {"number": number, "messages": list(reversed(messages)), "latest": messages[0]["date"]}
        for number, messages in grouped.items()
    ]


def account(store: Store) -> dict[str, Any]:
    """Balance, automation rules and contact lists at a glance."""
    rules = {
        name: [dict(r) for r in collection.values()]
        for name, collection in sorted(store.collections.items())
        if name.endswith("_rules")
    }
    contacts = store.collections["contacts"].values() if "contacts" in store.collections else []
    lists = [
        {
            "list_id": entry["list_id"],
            "list_name": entry["list_name"],
            "contacts": sum(c["list_id"] == entry["list_id"] for c in contacts),
        }
        for entry in (store.collections["lists"].values() if "lists" in store.collections else [])
    ]
    return {
        "balance": money(store.balance),
        "currency": store.config.currency,
        "username": next(iter(store.config.accounts), ""),
        "rules": rules,
        "lists": lists,
        "pushes": len(store.deliveries.pushes),
    }
