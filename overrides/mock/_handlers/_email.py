"""Email: transactional emails (sent, priced, listed), email campaigns to a contact list (stored), and the
images of email templates."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import PurePosixPath
from typing import Any

from .._envelope import page
from .._records import CURRENCY, blank, fill
from .._request import BadRequest, Request
from .._state import Collection, Store
from .._text import EMAIL_RATE, money
from ._base import Reply, handles

_TAG = re.compile(r"<[^>]+>")


def _plain(html: Any) -> str:
    return _TAG.sub("", str(html or "")).strip()


def _charge(store: Store, price: Decimal, field: str) -> None:
    if price > store.balance:
        raise BadRequest("Insufficient credit.", [{"field": field, "message": "INSUFFICIENT_CREDIT"}])
    store.balance -= price


# ---------------------------------------------------------------- transactional


def _addressees(entries: list[dict[str, Any]] | None) -> list[dict[str, Any]] | None:
    return [{"email": e["email"], "name": e.get("name")} for e in entries] if entries else None


def _attachment(entry: dict[str, Any], index: int) -> dict[str, Any]:
    return {
        "file_name": entry["filename"],
        "content_type": entry["type"],
        "content_disposition": entry.get("disposition", "attachment"),
        "content_id": entry.get("content_id"),
        "_attachment_file_url": f"https://mock.clicksend.test/attachments/{index}/{entry['filename']}",
    }


def _transactional(store: Store, req: Request, commit: bool) -> Reply:
    body = req.body
    count = sum(len(body.get(kind) or []) for kind in ("to", "cc", "bcc"))
    price = EMAIL_RATE * count
    now = int(store.now())
    record = {
        "message_id": None,
        "user_id": 1,
        "subaccount_id": None,
        "from_email_address_id": body["from"]["email_address_id"],
        "from_name": body["from"].get("name"),
        "to": _addressees(body["to"]),
        "cc": _addressees(body.get("cc")),
        "bcc": _addressees(body.get("bcc")),
        "subject": body.get("subject"),
        "body": body["body"],
        "body_plain_text": _plain(body["body"]),
        "schedule": body.get("schedule") or now,
        "status": None,
        "status_text": None,
        "soft_bounce_count": 0,
        "hard_bounce_count": 0,
        "price": money(price),
        "date_added": now,
        "custom_string": None,
        "_attachments": [_attachment(a, i) for i, a in enumerate(body.get("attachments") or [])],
        "_currency": dict(CURRENCY),
    }
    if not commit:
        return Reply(record, "Here is the price of this email.")
    _charge(store, price, "to")
    record.update(
        message_id=store.new_message_id(),
        status="Queued",
        status_text="Email added to outgoing mail queue for delivery",
    )
    store.emails.append(record)
    return Reply(dict(record), "Email has been queued for delivery.")


@handles("send_email")
def send_email(store: Store, req: Request) -> Reply:
    return _transactional(store, req, commit=True)


@handles("calculate_email_price")
def calculate_email_price(store: Store, req: Request) -> Reply:
    return _transactional(store, req, commit=False)


@handles("list_email_history")
def list_email_history(store: Store, req: Request) -> Reply:
    low, high = req.query.get("date_from", 0), req.query.get("date_to", float("inf"))
    rows = [dict(e) for e in store.emails if low <= e["date_added"] <= high]
    return Reply(page(rows, req.query))


# ---------------------------------------------------------------- campaigns


def _campaigns(store: Store) -> Collection:
    return store.collection("email_campaigns", "email_campaign_id")


def _audience(store: Store, list_id: Any) -> list[dict[str, Any]]:
    """The contacts of list ``list_id`` that have an email address (404 if there is no such list)."""
    store.collection("lists", "list_id").get(list_id)
    contacts = store.collection("contacts", "contact_id").values()
    return [c for c in contacts if c["list_id"] == list_id and c["email"]]


def _fill(store: Store, record: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
    fill(record, body)
    record["body_plain_text"] = _plain(record["body"])
    record["status"] = "Scheduled" if (record["schedule"] or 0) > store.now() else "Queued"
    return record


def _result(store: Store, record: dict[str, Any]) -> dict[str, Any]:
    count = len(_audience(store, record["list_id"]))
    return {
        "total_count": count,
        "total_price": money(EMAIL_RATE * count),
        "queued_count": count,
        "data": dict(record),
        "_currency": dict(CURRENCY),
    }


def _scheduled(store: Store, req: Request) -> dict[str, Any]:
    record = _campaigns(store).get(req.path["email_campaign_id"])
    if record["status"] != "Scheduled":
        raise BadRequest("Only a scheduled campaign can be changed or cancelled.")
    return record


@handles("send_email_campaign")
def send_email_campaign(store: Store, req: Request) -> Reply:
    record = _fill(store, blank("EmailCampaign"), req.body)
    record.update(user_id=1, date_added=int(store.now()))
    result = _result(store, record)
    _charge(store, EMAIL_RATE * result["total_count"], "list_id")
    if record["status"] == "Queued":
        record["send_count"] = result["total_count"]
    result["data"] = dict(_campaigns(store).add(record))
    return Reply(result, "Email campaign has been created.")


@handles("calculate_email_campaign_price")
def calculate_email_campaign_price(store: Store, req: Request) -> Reply:
    return Reply(
        _result(store, _fill(store, blank("EmailCampaign"), req.body)), "Total price for email campaign."
    )


@handles("update_email_campaign")
def update_email_campaign(store: Store, req: Request) -> Reply:
    record = _fill(store, _scheduled(store, req), req.body)
    return Reply(dict(record), "Email campaign has been updated.")


@handles("cancel_email_campaign")
def cancel_email_campaign(store: Store, req: Request) -> Reply:
    record = _scheduled(store, req)
    record["status"] = "Cancelled"
    store.balance += EMAIL_RATE * len(_audience(store, record["list_id"]))
    return Reply(dict(record), "Email campaign has been cancelled.")


@handles("get_email_campaign")
def get_email_campaign(store: Store, req: Request) -> Reply:
    return Reply(dict(_campaigns(store).get(req.path["email_campaign_id"])))


@handles("list_email_campaigns")
def list_email_campaigns(store: Store, req: Request) -> Reply:
    return Reply(page([dict(r) for r in _campaigns(store).values()], req.query))


@handles("list_email_campaign_history")
def list_email_campaign_history(store: Store, req: Request) -> Reply:
    record = _campaigns(store).get(req.path["email_campaign_id"])
    sent = record["status"] == "Queued"
    rows = [
        {
            "email_campaign_id": record["email_campaign_id"],
            "contact_id": contact["contact_id"],
            "message_id": f"EC{record['email_campaign_id']:06d}-{contact['contact_id']:06d}",
            "from_name": record["from_name"],
            "from_address": str(record["from_email_address_id"]),
            "to_name": " ".join(filter(None, (contact["first_name"], contact["last_name"]))) or None,
            "to_address": contact["email"],
            "subject": record["subject"],
            "processed_at": str(record["date_added"]) if sent else None,
            "status": "Sent" if sent else record["status"],
            "open_count": 0,
            "click_count": 0,
            "hard_bounce_count": 0,
            "soft_bounce_count": 0,
        }
        for contact in _audience(store, record["list_id"])
    ]
    return Reply(page(rows, req.query))


@handles("upload_email_template_image")
def upload_email_template_image(store: Store, req: Request) -> Reply:
    """Store an image for one of the account's email templates (404 for another id) and give its URL."""
    template = store.collection("email_templates", "template_id").get(req.path["template_id"])
    source = req.body.get("url") or req.body.get("image")
    if not source:
        raise BadRequest("url or image is needed.", [{"field": "url", "message": "give url or image"}])
    name = f"{store.new_key().upper()}{PurePosixPath(str(source)).suffix.lower() or '.png'}"
    return Reply(
        f"https://mock.clicksend.test/templates/{template['template_id']}/{name}",
        "Here is your uploaded image.",
    )
