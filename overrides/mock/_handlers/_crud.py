"""Create, get, update, delete and list of the simple stored resources, driven by one table."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .._envelope import page
from .._records import blank, fill
from .._request import Request
from .._search import matches
from .._state import Collection, Store
from ._base import HANDLERS, Reply, acknowledge


@dataclass(frozen=True)
class Kind:
    """A stored resource: its collection, record shape and id field (also its path parameter)."""

    collection: str
    resource: str
    id_field: str
    dated: bool = False

    def of(self, store: Store) -> Collection:
        return store.collection(self.collection, self.id_field)


_RULE = "DeliveryReceiptRule"
KINDS = {
    "email_receipt_rule": Kind("email_receipt_rules", _RULE, "receipt_rule_id"),
    "fax_receipt_rule": Kind("fax_receipt_rules", _RULE, "receipt_rule_id"),
    "sms_receipt_rule": Kind("sms_receipt_rules", _RULE, "receipt_rule_id"),
    "voice_receipt_rule": Kind("voice_receipt_rules", _RULE, "receipt_rule_id"),
    "sms_inbound_rule": Kind("sms_inbound_rules", "InboundSmsRule", "inbound_rule_id"),
    "fax_inbound_rule": Kind("fax_inbound_rules", "InboundFaxRule", "inbound_rule_id"),
    "sms_template": Kind("sms_templates", "SmsTemplate", "template_id"),
    "email_template": Kind("email_templates", "EmailTemplate", "template_id", dated=True),
    "return_address": Kind("return_addresses", "ReturnAddress", "return_address_id"),
    "stripped_string_rule": Kind("stripped_strings", "StrippedString", "rule_id"),
    "allowed_email_address": Kind("email_addresses", "EmailAddress", "email_address_id", dated=True),
    "email_to_sms_address": Kind("email_to_sms", "EmailToSmsAddress", "email_address_id"),
    "delivery_issue": Kind("delivery_issues", "DeliveryIssue", "issue_id", dated=True),
    "subaccount": Kind("subaccounts", "Subaccount", "subaccount_id"),
}

_LIST_NAMES = {
    "email_receipt_rule": "list_email_receipt_rules",
    "fax_receipt_rule": "list_fax_receipt_rules",
    "sms_receipt_rule": "list_sms_receipt_rules",
    "voice_receipt_rule": "list_voice_receipt_rules",
    "sms_inbound_rule": "list_sms_inbound_rules",
    "fax_inbound_rule": "list_fax_inbound_rules",
    "sms_template": "list_sms_templates",
    "email_template": "list_email_templates",
    "return_address": "list_return_addresses",
    "stripped_string_rule": "list_stripped_string_rules",
    "allowed_email_address": "list_allowed_email_addresses",
    "delivery_issue": "list_delivery_issues",
    "email_to_sms_address": "list_email_to_sms_addresses",
    "subaccount": "list_subaccounts",
}


def _finish(kind: Kind, store: Store, record: dict[str, Any]) -> dict[str, Any]:
    """Fields a resource derives from others once stored."""
    if kind.resource == "StrippedString":
        record["stripped_string"] = record["strip_string"]
    if kind.resource == "EmailAddress" and record["date_added"] is not None:
        record["date_added"] = str(record["date_added"])  # v6 and Apiary: an allowed address's date is text
    if kind.resource == "Subaccount" and not record["api_key"]:
        record["api_key"] = store.new_key()
    if "user_id" in record:
        record["user_id"] = 1
    return record


def _documented(req: Request) -> dict[str, Any]:
    """The body fields the operation documents: a record field sent where it is not taken (a create's
    ``resolved``, which v6's schema has and 6.0.2 sends) is ignored, as ClickSend ignores unknown fields."""
    taken = (req.op.body_schema or {}).get("properties", {})
    return {k: v for k, v in req.body.items() if k in taken}


def create(kind: Kind, store: Store, req: Request) -> Reply:
    record = fill(blank(kind.resource), _documented(req))
    if kind.dated:
        record["date_added"] = int(store.now())
    return Reply(dict(kind.of(store).add(_finish(kind, store, record))), "Created.")


def get(kind: Kind, store: Store, req: Request) -> Reply:
    return Reply(dict(kind.of(store).get(req.path[kind.id_field])))


def update(kind: Kind, store: Store, req: Request) -> Reply:
    record = kind.of(store).get(req.path[kind.id_field])
    fill(record, {k: v for k, v in _documented(req).items() if k != kind.id_field})
    return Reply(dict(_finish(kind, store, record)), "Updated.")


def delete(kind: Kind, store: Store, req: Request) -> Reply:
    kind.of(store).delete(req.path[kind.id_field])
    return acknowledge(req, "Deleted.")


def list_all(kind: Kind, store: Store, req: Request) -> Reply:
    rows = kind.of(store).values()
    rows = [r for r in rows if matches(r, req.query.get("q"), req.query.get("operator"))]
    return Reply(page([dict(r) for r in rows], req.query))


def _bind(action: Any, kind: Kind) -> Any:
    return lambda store, req: action(kind, store, req)


def _register() -> None:
    actions = {"create": create, "get": get, "update": update, "delete": delete}
    for name, kind in KINDS.items():
        for verb, action in actions.items():
            HANDLERS.setdefault(f"{verb}_{name}", _bind(action, kind))
        if name in _LIST_NAMES:
            HANDLERS[_LIST_NAMES[name]] = _bind(list_all, kind)


_register()
