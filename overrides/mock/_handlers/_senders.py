"""Sender ids: alpha tags, default senders, compliant sender types, own numbers and number registrations.

Alpha tags and own numbers answer without ClickSend's envelope and page with ``page_size`` and a
``_metadata.pagination`` block; default senders page with ``per_page`` and ``next_page_url``. Ids are UUIDs.
The mock accepts any own-number verification code except ``000000``, which it treats as wrong.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from .._envelope import NotFound, window
from .._records import fill
from .._request import BadRequest, Request
from .._state import Store
from ._base import Reply, ack, handles

WRONG_CODE = "000000"
_OWNER = dict.fromkeys(("account_id", "workspace_id", "user_id"), "85edb794-ee6d-4a38-9f63-c5fa8acf0d79")


def _now(store: Store) -> str:
    return datetime.fromtimestamp(store.now(), timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _get(store: Store, table: str, key: Any) -> dict[str, Any]:
    record = store.table(table).get(str(key))
    if record is None:
        raise NotFound(f"No record with id {key}.")
    return record


def _add(store: Store, table: str, record: dict[str, Any]) -> dict[str, Any]:
    record["id"] = store.new_uuid()
    store.table(table)[record["id"]] = record
    return record


def _sorted(rows: list[dict[str, Any]], req: Request) -> list[dict[str, Any]]:
    key = str(req.query.get("sort_by", "created_timestamp"))
    return sorted(
        rows, key=lambda r: str(r.get(key) or ""), reverse=req.query.get("sort_direction") == "desc"
    )


def _metadata_page(store: Store, req: Request, rows: list[dict[str, Any]], items: str) -> Reply:
    link = f"{store.config.prefix}{req.op.path}"
    chunk, size, following = window(_sorted(rows, req), req.query, "page_size", link)
    current = f"{link}?page_size={size}" + (f"&offset={req.query['offset']}" if "offset" in req.query else "")
    pagination = {"self": current, "next": following, "page_size": size}
    return Reply({items: [dict(r) for r in chunk], "_metadata": {"pagination": pagination}}, bare=True)


# ---------------------------------------------------------------- alpha tags


@handles("create_alpha_tag")
def create_alpha_tag(store: Store, req: Request) -> Reply:
    stamp = _now(store)
    record = {
        "id": None,
        **_OWNER,
        "alpha_tag": req.body["alpha_tag"],
        "status": "PENDING",
        "reason": req.body.get("reason"),
        "countries": list(req.body.get("countries") or []),
        "created_timestamp": stamp,
        "updated_timestamp": stamp,
    }
    return Reply(dict(_add(store, "alpha_tags", record)), bare=True)


@handles("get_alpha_tag")
def get_alpha_tag(store: Store, req: Request) -> Reply:
    return Reply(dict(_get(store, "alpha_tags", req.path["alpha_tag_id"])), bare=True)


@handles("delete_alpha_tag")
def delete_alpha_tag(store: Store, req: Request) -> Reply:
    del store.table("alpha_tags")[_get(store, "alpha_tags", req.path["alpha_tag_id"])["id"]]
    return Reply(None, bare=True)


@handles("list_alpha_tags")
def list_alpha_tags(store: Store, req: Request) -> Reply:
    return _metadata_page(store, req, list(store.table("alpha_tags").values()), "alpha_tags")


# ---------------------------------------------------------------- default senders


def _strategies(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            "sender_type": e["sender_type"],
            "sender_id": e["sender_id"],
            "sender_country_code": e.get("sender_country_code"),
            "priority": priority,
            "status": "ENABLED",
            "note": e.get("note"),
        }
        for priority, e in enumerate(entries, start=1)
    ]


@handles("create_default_sender")
def create_default_sender(store: Store, req: Request) -> Reply:
    country = str(req.body["country_code"]).upper()
    if any(r["country_code"] == country for r in store.table("default_senders").values()):
        raise BadRequest(f"There is already a default sender for {country}.")
    stamp = _now(store)
    record = {
        "id": None,
        "user_id": 1,
        "subaccount_id": 1,
        "country_code": country,
        "product_type": req.body["product_type"],
        "default_sender_strategies": _strategies(req.body["default_sender_strategies"]),
        "status": "ENABLED",
        "created_timestamp": stamp,
        "updated_timestamp": stamp,
    }
    return Reply(dict(_add(store, "default_senders", record)), "Operation completed successfully")


@handles("get_default_sender")
def get_default_sender(store: Store, req: Request) -> Reply:
    return Reply(dict(_get(store, "default_senders", req.path["default_sender_id"])))


@handles("update_default_sender")
def update_default_sender(store: Store, req: Request) -> Reply:
    record = _get(store, "default_senders", req.path["default_sender_id"])
    record.update(
        default_sender_strategies=_strategies(req.body["default_sender_strategies"]),
        updated_timestamp=_now(store),
    )
    return Reply(dict(record), "Operation completed successfully")


@handles("delete_default_sender")
def delete_default_sender(store: Store, req: Request) -> Reply:
    del store.table("default_senders")[_get(store, "default_senders", req.path["default_sender_id"])["id"]]
    return Reply(None, bare=True, status=204)


@handles("list_default_senders")
def list_default_senders(store: Store, req: Request) -> Reply:
    rows = _sorted(list(store.table("default_senders").values()), req)
    link = f"{store.config.prefix}{req.op.path}"
    chunk, size, following = window(rows, req.query, "per_page", link)
    current = f"{link}?per_page={size}" + (f"&offset={req.query['offset']}" if "offset" in req.query else "")
    data = {
        "data": [dict(r) for r in chunk],
        "per_page": size,
        "self_page_url": current,
        "next_page_url": following,
    }
    return Reply(data)


_Allowed = list[tuple[str, bool, list[str] | None]]
_SENDER_RULES: dict[
    str, tuple[_Allowed, list[str]]
] = {  # recipient country: (allowed sender types and where they may come from, blocked types)
    # the types are v6's (alpha_tag, 10DLC, tollfree, own_number, shortcode, longcode, shared_longcode)
    "AU": (
        [("alpha_tag", True, None), ("own_number", False, ["AU"]), ("longcode", False, ["AU"])],
        [],
    ),
    "US": (
        [("10DLC", False, ["US"]), ("tollfree", False, ["US"]), ("own_number", False, ["US"])],
        ["alpha_tag"],
    ),
    "NZ": ([("longcode", False, ["NZ"])], ["alpha_tag", "own_number"]),
    "GB": ([("alpha_tag", True, None), ("longcode", True, None)], []),
}


@handles("list_compliant_sender_types")
def list_compliant_sender_types(store: Store, req: Request) -> Reply:
    countries = [str(c).upper() for c in req.query.get("filter[country_code][]", [])] or sorted(_SENDER_RULES)
    data = []
    for country in countries:
        allowed, blocked = _SENDER_RULES.get(country, ([("longcode", True, None)], []))
        data.append(
            {
                "recipient_country_code": country,
                "blocked_sender_types": list(blocked),
                "allowed_sender_types": [
                    {
                        "sender_type": kind,
                        "allowed_sender_countries": {"global": anywhere, "country_codes": codes},
                    }
                    for kind, anywhere, codes in allowed
                ],
            }
        )
    return Reply({"data": data})


# ---------------------------------------------------------------- own numbers


@handles("request_own_number_verification")
def request_own_number_verification(store: Store, req: Request) -> Reply:
    stamp = _now(store)
    number = {
        "id": None,
        **_OWNER,
        "phone_number": req.body["phone_number"],
        "country": str(req.body["country"]).upper(),
        "label": req.body.get("label"),
        "status": "PENDING",
        "verified_timestamp": None,
        "notified_timestamp": None,
        "is_nearing_expiration": False,
        "created_timestamp": stamp,
        "updated_timestamp": stamp,
    }
    _add(store, "own_numbers", number)
    expires = datetime.fromtimestamp(store.now() + 600, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    verification = {
        "id": None,
        "own_number_id": number["id"],
        "status": "PENDING",
        "expires_timestamp": expires,
        "remaining_attempts": 3,
        "created_timestamp": stamp,
        "updated_timestamp": stamp,
    }
    return Reply(dict(_add(store, "own_number_verifications", verification)), bare=True)


@handles("verify_own_number")
def verify_own_number(store: Store, req: Request) -> Reply:
    verification = _get(store, "own_number_verifications", req.path["verification_id"])
    number = _get(store, "own_numbers", verification["own_number_id"])
    if verification["status"] != "PENDING" or number["phone_number"] != req.body["phone_number"]:
        raise BadRequest("This verification is not pending for that number.")
    stamp = _now(store)
    if req.body["code"] == WRONG_CODE:
        verification["remaining_attempts"] -= 1
        if verification["remaining_attempts"] == 0:
            verification["status"] = number["status"] = "REJECTED"
        raise BadRequest("The code is wrong.", [{"field": "code", "message": "is wrong"}])
    verification.update(status="APPROVED", updated_timestamp=stamp)
    number.update(status="APPROVED", verified_timestamp=stamp, updated_timestamp=stamp)
    return Reply(dict(verification), bare=True)


@handles("get_own_number")
def get_own_number(store: Store, req: Request) -> Reply:
    return Reply(dict(_get(store, "own_numbers", req.path["own_number_id"])), bare=True)


@handles("update_own_number")
def update_own_number(store: Store, req: Request) -> Reply:
    record = fill(_get(store, "own_numbers", req.path["own_number_id"]), req.body)
    record["updated_timestamp"] = _now(store)
    return Reply(dict(record), bare=True)


@handles("delete_own_number")
def delete_own_number(store: Store, req: Request) -> Reply:
    record = _get(store, "own_numbers", req.path["own_number_id"])
    del store.table("own_numbers")[record["id"]]
    return Reply(dict(record), bare=True)


@handles("list_own_numbers")
def list_own_numbers(store: Store, req: Request) -> Reply:
    statuses = set(req.query.get("filter[status][]", []))
    rows = [r for r in store.table("own_numbers").values() if not statuses or r["status"] in statuses]
    return _metadata_page(store, req, rows, "own_numbers")


@handles("register_numbers")
def register_numbers(store: Store, req: Request) -> Reply:
    return ack("Your registration has been submitted for review.", {"status": "SUBMITTED"})
