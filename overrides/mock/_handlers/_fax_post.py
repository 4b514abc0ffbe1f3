"""Faxes (a PDF to fax numbers), postcards and letters: priced, charged, stored, listed; scheduled post cancelled."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .._envelope import NotFound, page
from .._records import ADDRESS_FIELDS, CURRENCY
from .._request import BadRequest, Request
from .._state import Store
from .._text import money, recipient
from ._base import Reply, acknowledge, handles

FAX_PAGE = Decimal("0.1500")  # the mock counts every document as one page
POSTCARD = Decimal("1.7100")


def _charge(store: Store, price: Decimal) -> None:
    if price > store.balance:
        raise BadRequest("Insufficient credit.", [{"field": "messages", "message": "INSUFFICIENT_CREDIT"}])
    store.balance -= price


def _result(records: list[dict[str, Any]], key: str, prices: list[Decimal]) -> dict[str, Any]:
    return {
        "total_price": money(sum(prices, Decimal(0))),
        "total_count": len(records),
        "queued_count": sum(price > 0 for price in prices),
        key: records,
        "_currency": dict(CURRENCY),
    }


def _faxes(store: Store, req: Request, commit: bool) -> Reply:
    now = int(store.now())
    records, prices = [], []
    for msg in req.body["messages"]:
        found = recipient(str(msg["to"]), str(msg.get("country") or store.config.default_country))
        price = FAX_PAGE if found else Decimal(0)
        records.append(
            {
                "message_id": store.new_message_id() if commit and found else None,
                "user_id": 1,
                "subaccount_id": None,
                "list_id": msg.get("list_id"),
                "to": found[0] if found else msg["to"],
                "from": msg.get("from"),
                "carrier": "",
                "country": found[1] if found else None,
                "custom_string": msg.get("custom_string"),
                "schedule": str(msg.get("schedule") or now),
                "message_pages": 1,
                "message_price": money(price),
                "status": "SUCCESS" if found else "INVALID_RECIPIENT",
                "status_code": None,
                "status_text": None,
                "date": None,
                "date_added": now,
                "from_email": msg.get("from_email"),
                "_file_url": req.body["file_url"],
                "_api_username": req.username,
            }
        )
        prices.append(price)
    if commit:
        _charge(store, sum(prices, Decimal(0)))
        store.faxes += [dict(r, status="Queued") for r, p in zip(records, prices, strict=True) if p > 0]
    return Reply(_result(records, "messages", prices), "Faxes queued." if commit else "Here are some prices.")


@handles("send_fax", "calculate_fax_price")
def send_or_price_fax(store: Store, req: Request) -> Reply:
    return _faxes(store, req, commit=req.op.op_id == "send_fax")


@handles("list_fax_history")
def list_fax_history(store: Store, req: Request) -> Reply:
    return Reply(page([dict(f) for f in store.faxes], req.query))


def _postcards(store: Store, req: Request, commit: bool) -> Reply:
    now = int(store.now())
    addresses = store.collection("return_addresses", "return_address_id").items
    cards = []
    for to in req.body["recipients"]:
        back = addresses.get(to.get("return_address_id"))
        cards.append(
            {
                "message_id": store.new_message_id() if commit else None,
                "message_id_supplier": None,
                "user_id": 1,
                "subaccount_id": None,
                "list_id": None,
                **{k: to.get(k) for k in ADDRESS_FIELDS},
                "return_address_id": to.get("return_address_id"),
                "letter_file_name": str(req.body["file_urls"][0]).rsplit("/", 1)[-1],
                "custom_string": to.get("custom_string"),
                "schedule": to.get("schedule") or now,
                "ip_address": "127.0.0.1",
                "source": "rest.v3",
                "post_price": money(POSTCARD),
                "post_price_supplier": None,
                "priority": 32,
                "status": "SUCCESS",
                "date_added": now,
                "_file_url": req.body["file_urls"][0],
                "_return_address": dict(back) if back else None,
                "_api_username": req.username,
            }
        )
    prices = [POSTCARD] * len(cards)
    if commit:
        _charge(store, sum(prices, Decimal(0)))
        store.postcards += [dict(c, status="Queued") for c in cards]
    message = "Postcards queued for delivery." if commit else "Here are some prices."
    return Reply(_result(cards, "recipients", prices), message)


@handles("send_postcard", "calculate_postcard_price")
def send_or_price_postcard(store: Store, req: Request) -> Reply:
    return _postcards(store, req, commit=req.op.op_id == "send_postcard")


@handles("list_postcard_history")
def list_postcard_history(store: Store, req: Request) -> Reply:
    return Reply(page([dict(c) for c in store.postcards], req.query))


_POST = {"cancel_post_letter": ("post_letters", "letter"), "cancel_postcard": ("postcards", "postcard")}


@handles("cancel_post_letter", "cancel_postcard")
def cancel_scheduled_post(store: Store, req: Request) -> Reply:
    """Cancel a letter or postcard whose schedule is still ahead, and refund it; sent ones stay sent."""
    records, noun = _POST[req.op.op_id]
    wanted = str(req.path["message_id"]).upper()
    found = [r for r in getattr(store, records) if str(r.get("message_id") or "").upper() == wanted]
    if not found:
        raise NotFound(f"No {noun} with message_id {req.path['message_id']}.")
    record = found[0]
    if record["status"] == "Cancelled" or int(record.get("schedule") or 0) <= store.now():
        raise BadRequest(f"Only a scheduled {noun} that has not been sent yet can be cancelled.")
    record["status"] = "Cancelled"
    store.balance += Decimal(str(record["post_price"]))
    return acknowledge(req, f"Scheduled {noun} has been cancelled.")
