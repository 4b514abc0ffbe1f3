"""Blank records of each ClickSend resource: every field the spec names, with ClickSend's defaults."""

from __future__ import annotations

import copy
from typing import Any

_ADDRESS = dict.fromkeys(
    (
        "address_name",
        "address_line_1",
        "address_line_2",
        "address_city",
        "address_state",
        "address_postal_code",
        "address_country",
    )
)
ADDRESS_FIELDS = tuple(_ADDRESS)  # the fields of a postal address, in ClickSend's order

CURRENCY = {
    "currency_name_short": "AUD",
    "currency_prefix_d": "$",
    "currency_prefix_c": "¢",
    "currency_name_long": "Australian Dollars",
}

_BLANK: dict[str, dict[str, Any]] = {
    "DeliveryReceiptRule": {
        "receipt_rule_id": None,
        "rule_name": None,
        "match_type": 0,
        "action": "NONE",
        "action_address": None,
        "enabled": 1,
    },
    "InboundSmsRule": {
        "inbound_rule_id": None,
        "dedicated_number": None,
        "rule_name": None,
        "message_search_type": 0,
        "message_search_term": None,
        "action": "NONE",
        "action_address": None,
        "enabled": 1,
        "webhook_type": None,
    },
    "InboundFaxRule": {
        "inbound_rule_id": None,
        "dedicated_number": None,
        "rule_name": None,
        "action": "NONE",
        "action_address": None,
        "enabled": 1,
    },
    "ContactList": {
        "list_id": None,
        "list_name": None,
        "list_email_id": None,
        "_contacts_count": 0,
        "_import_in_progress": 0,
        "_optout_in_progress": 0,
    },
    "Contact": {
        "contact_id": None,
        "list_id": None,
        "phone_number": None,
        "first_name": None,
        "last_name": None,
        "custom_1": None,
        "custom_2": None,
        "custom_3": None,
        "custom_4": None,
        "date_added": None,
        "date_updated": None,
        "fax_number": None,
        "organization_name": None,
        "email": None,
        **{k: v for k, v in _ADDRESS.items() if k != "address_name"},
        "_list_name": None,
    },
    "DeliveryIssue": {
        "issue_id": None,
        "user_id": None,
        "message_id": None,
        "type": None,
        "description": None,
        "client_comments": None,
        "support_comments": None,
        "status": "OPEN",
        "date_added": None,
        "resolved": 0,
        "email_address": None,
    },
    "EmailAddress": {"email_address_id": None, "email_address": None, "verified": 0, "date_added": None},
    "EmailTemplate": {
        "template_id": None,
        "template_name": None,
        "template_id_master": None,
        "body": None,
        "date_added": None,
    },
    "EmailToSmsAddress": {
        "email_address_id": None,
        "email_address": None,
        "from": None,
        "subaccount_id": None,
        "from_fax": None,
        "voice": "female",
        "lang": "en-au",
        "_subaccount_name": None,
    },
    "StrippedString": {"rule_id": None, "strip_string": None, "stripped_string": None},
    "SmsTemplate": {"template_id": None, "body": None, "template_name": None},
    "SmsCampaign": {
        "sms_campaign_id": None,
        "name": None,
        "user_id": None,
        "subaccount_id": None,
        "list_id": None,
        "from": None,
        "body": None,
        "schedule": 0,
        "status": "Queued",
        "date_added": None,
        "custom_string": None,
        "url_to_shorten": None,
        "unsubscribe_link": 0,
        "source": "rest.v3",
        "_total_count": 0,
        "_list_name": None,
    },
    "EmailCampaign": {
        "email_campaign_id": None,
        "name": None,
        "user_id": None,
        "subaccount_id": None,
        "subject": None,
        "list_id": None,
        "from_email_address_id": None,
        "from_name": None,
        "template_id": None,
        "schedule": 0,
        "status": "Queued",
        "date_added": None,
        "custom_string": None,
        **dict.fromkeys(
            (
                "send_count",
                "open_count",
                "click_count",
                "hard_bounce_count",
                "soft_bounce_count",
                "abuse_count",
                "unsubscribe_count",
            ),
            0,
        ),
        "body": None,
        "body_plain_text": None,
    },
    "MmsCampaign": {
        "mms_campaign_id": None,
        "name": None,
        "user_id": None,
        "subaccount_id": None,
        "list_id": None,
        "from": None,
        "subject": None,
        "file_name": None,
        "body": None,
        "schedule": 0,
        "status": "Queued",
        "date_added": None,
        "_total_count": 0,
        "_list_name": None,
        "_media_file_url": None,
    },
    "ReturnAddress": {"return_address_id": None, "user_id": None, **_ADDRESS},
    "Subaccount": {
        "subaccount_id": None,
        "api_username": None,
        "email": None,
        "phone_number": None,
        "first_name": None,
        "last_name": None,
        "api_key": None,
        **dict.fromkeys(
            (
                "access_smpp",
                "access_users",
                "access_billing",
                "access_reporting",
                "access_contacts",
                "access_settings",
            ),
            0,
        ),
        **dict.fromkeys(
            ("access_sms", "access_email", "access_voice", "access_fax", "access_post", "access_mms"), 1
        ),
        "access_reseller": 0,
        "share_campaigns": 0,
        "notes": None,
    },
    "DedicatedNumber": {
        "dedicated_number": None,
        "country": None,
        "price": None,
        "_country_name": None,
        "notes": None,
        "type": "SMS",
        "number_type": "mobile",
    },
    "Transaction": {
        "transaction_id": None,
        "invoice_number": None,
        "amount": None,
        "currency": "AUD",
        "date": None,
    },
}


def blank(resource: str) -> dict[str, Any]:
    """A fresh record of ``resource`` with every documented field."""
    return copy.deepcopy(_BLANK[resource])


def fill(record: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    """Copy the documented fields of ``values`` into ``record`` (ClickSend ignores the others)."""
    for key, value in values.items():
        if key in record and not key.startswith("_") and value is not None:
            record[key] = value
    return record


def label_counts(rows: list[dict[str, Any]], field: str) -> list[dict[str, Any]]:
    """How many rows have each value of ``field``, as ClickSend's link statistics give it: ``[{label, count}]``."""
    values = [r[field] for r in rows]
    return [{"label": v, "count": values.count(v)} for v in sorted(set(values))]
