"""SMS and MMS campaigns: a message to every contact of a list, priced, stored, updated, cancelled; the opens of
an SMS campaign's tracked link."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .._envelope import page
from .._records import CURRENCY, blank, fill, label_counts
from .._request import BadRequest, Request
from .._state import Collection, Store
from .._text import DEFAULT_MMS_RATE, DEFAULT_SMS_RATE, MMS_RATES, SMS_RATES, message_parts, money
from ._base import Reply, handles

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
    return Reply(dict(record), "Campaign has been cancelled.")  # v6 and Apiary answer the campaign


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


_DEVICES = (("Mobile", "iOS", "Safari"), ("Mobile", "Android", "Chrome"), ("Desktop", "OS X", "Chrome"))


def _link_opens(store: Store, campaign: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per recipient of a campaign: in the mock, two recipients in three open the link after it is sent
    (a scheduled or cancelled campaign has no opens)."""
    sent = campaign["status"] not in ("Scheduled", "Cancelled")
    contacts = store.collection("contacts", "contact_id").values()
    audience = [c for c in contacts if c["list_id"] == campaign["list_id"] and c["phone_number"]]
    rows = []
    for n, contact in enumerate(audience):
        opened = sent and n % 3 != 2
        device, system, browser = _DEVICES[n % len(_DEVICES)]
        rows.append(
            {
                "contact": {
                    k: contact.get(k) for k in ("contact_id", "first_name", "last_name", "phone_number")
                },
                "date_opened": int(campaign.get("schedule") or campaign["date_added"]) + 600 * (n + 1)
                if opened
                else None,
                "open_count": 1 + n % 2 if opened else 0,
                "user_browser": browser if opened else None,
                "user_device": device if opened else None,
                "user_geo_country": contact.get("address_country") or store.config.default_country
                if opened
                else None,
                "user_geo_region": None,
                "user_os": system if opened else None,
            }
        )
    return rows


def _sms_campaign(store: Store, req: Request) -> dict[str, Any]:
    return _campaigns(store, "sms").get(req.path["sms_campaign_id"])


@handles("get_sms_campaign_link_statistics")
def get_link_statistics(store: Store, req: Request) -> Reply:
    rows = _link_opens(store, _sms_campaign(store, req))
    opened = [r for r in rows if r["open_count"]]

    data = {
        "browser": label_counts(opened, "user_browser"),
        "country": label_counts(opened, "user_geo_country"),
        "device": label_counts(opened, "user_device"),
        "links": {"opened": len(opened), "unopened": len(rows) - len(opened)},
        "os": label_counts(opened, "user_os"),
    }
    return Reply(data, "Here are your link statistics.")


@handles("list_sms_campaign_link_tracking")
def list_link_tracking(store: Store, req: Request) -> Reply:
    return Reply(page(_link_opens(store, _sms_campaign(store, req)), req.query), "Here is your result.")


@handles("export_sms_campaign_link_tracking")
def export_link_tracking(store: Store, req: Request) -> Reply:
    campaign = _sms_campaign(store, req)
    url = f"https://mock.clicksend.test/exports/sms-campaign-{campaign['sms_campaign_id']}/{req.query['filename']}"
    return Reply({"url": url}, "Download your file here.")
