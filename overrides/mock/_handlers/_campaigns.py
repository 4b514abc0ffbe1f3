"""SMS and MMS campaigns: a message to every contact of a list, priced, stored, updated, cancelled."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .._envelope import page
from .._records import CURRENCY, blank, fill
from .._request import BadRequest, Request
from .._state import Collection, Store
from .._text import DEFAULT_MMS_RATE, DEFAULT_SMS_RATE, MMS_RATES, SMS_RATES, message_parts, money
from ._base import Reply, ack, handles

_KINDS = {
    "sms": ("sms_campaigns", "SmsCampaign", "sms_campaign_id"),
    "mms": ("mms_campaigns", "MmsCampaign", "mms_campaign_id"),
}


def _campaigns(store: Store, kind: str) -> Collection:
    name, _, id_field = _KINDS[kind]
    return store.collection(name, id_field)


def _audience(store: Store, list_id: Any) -> tuple[str, int]:
    """The name of list ``list_id`` and how many of its contacts have a phone number (404 if no list)."""
    record = store.collection("lists", "list_id").get(list_id)
    contacts = store.collection("contacts", "contact_id").values()
    return record["list_name"], sum(c["list_id"] == list_id and bool(c["phone_number"]) for c in contacts)


def _price(store: Store, kind: str, body: str, count: int) -> Decimal:
    country = store.config.default_country
    if kind == "sms":
        return message_parts(body) * SMS_RATES.get(country, DEFAULT_SMS_RATE) * count
    return MMS_RATES.get(country, DEFAULT_MMS_RATE) * count


def _fill(store: Store, kind: str, record: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
    fill(record, body)
    record["_list_name"], record["_total_count"] = _audience(store, record["list_id"])
    schedule = record.get("schedule") or 0
    record["status"] = "Scheduled" if schedule > store.now() else "Queued"
    if kind == "mms":
        record["_media_file_url"] = body.get("media_file", record["_media_file_url"])
        record["file_name"] = str(record["_media_file_url"] or "").rsplit("/", 1)[-1] or None
    return record


def _send(store: Store, req: Request, kind: str) -> Reply:
    _, resource, _ = _KINDS[kind]
    record = blank(resource)
    record.update(user_id=1, date_added=int(store.now()))
    _fill(store, kind, record, req.body)
    price = _price(store, kind, str(record["body"]), record["_total_count"])
    if price > store.balance:
        raise BadRequest(
            "Insufficient credit for this campaign.", [{"field": "list_id", "message": "INSUFFICIENT_CREDIT"}]
        )
    store.balance -= price
    return Reply(dict(_campaigns(store, kind).add(record)), "Campaign has been queued.")


def _update(store: Store, req: Request, kind: str) -> Reply:
    _, _, id_field = _KINDS[kind]
    record = _campaigns(store, kind).get(req.path[id_field])
    if record["status"] != "Scheduled":
        raise BadRequest("Only a scheduled campaign can be updated.")
    return Reply(dict(_fill(store, kind, record, req.body)), "Campaign has been updated.")


def _cancel(store: Store, req: Request, kind: str) -> Reply:
    _, _, id_field = _KINDS[kind]
    record = _campaigns(store, kind).get(req.path[id_field])
    if record["status"] != "Scheduled":
        raise BadRequest("Only a scheduled campaign can be cancelled.")
    record["status"] = "Cancelled"
    store.balance += _price(store, kind, str(record["body"]), record["_total_count"])
    return ack("Campaign has been cancelled.", True)


def _price_reply(store: Store, req: Request, kind: str) -> Reply:
    _, count = _audience(store, req.body["list_id"])
    price = _price(store, kind, str(req.body["body"]), count)
    data = {"total_price": money(price), "total_count": count, "_currency": dict(CURRENCY), "data": []}
    return Reply(data, "Here is the price of this campaign.")


def _kind(req: Request) -> str:
    """``"sms"`` or ``"mms"``: the campaign family of the operation (``send_mms_campaign`` ...)."""
    return "mms" if "_mms_" in req.op.op_id else "sms"


@handles("send_sms_campaign", "send_mms_campaign")
def send_campaign(store: Store, req: Request) -> Reply:
    return _send(store, req, _kind(req))


@handles("update_sms_campaign", "update_mms_campaign")
def update_campaign(store: Store, req: Request) -> Reply:
    return _update(store, req, _kind(req))


@handles("cancel_sms_campaign", "cancel_mms_campaign")
def cancel_campaign(store: Store, req: Request) -> Reply:
    return _cancel(store, req, _kind(req))


@handles("calculate_sms_campaign_price", "calculate_mms_campaign_price")
def calculate_campaign_price(store: Store, req: Request) -> Reply:
    return _price_reply(store, req, _kind(req))


@handles("get_sms_campaign", "get_mms_campaign")
def get_campaign(store: Store, req: Request) -> Reply:
    kind = _kind(req)
    return Reply(dict(_campaigns(store, kind).get(req.path[_KINDS[kind][2]])))


@handles("list_sms_campaigns", "list_mms_campaigns")
def list_campaigns(store: Store, req: Request) -> Reply:
    return Reply(page([dict(r) for r in _campaigns(store, _kind(req)).values()], req.query))
