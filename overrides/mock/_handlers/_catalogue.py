"""Operations answered with plausible fixed data: countries, pricing, numbers, post, uploads, voice, fax."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .._deliveries import answered_receipt, receipt_record, webhook_test_receipt
from .._envelope import NotFound, cursor_index, page
from .._records import ADDRESS_FIELDS, CURRENCY, blank, label_counts
from .._request import Request
from .._state import Store
from .._text import DEFAULT_MMS_RATE, DEFAULT_SMS_RATE, DEFAULT_VOICE_RATE, MMS_RATES, SMS_RATES, money
from ._base import Reply, acknowledge, handles

_COUNTRIES = [
    (1, "AU", "Australia", "Oceania"),
    (2, "NZ", "New Zealand", "Oceania"),
    (3, "US", "United States", "North America"),
    (4, "CA", "Canada", "North America"),
    (5, "GB", "United Kingdom", "Europe"),
]
_LETTER = Decimal("1.2500")


def _sending_country(country_id: int, code: str, name: str, region: str) -> dict[str, Any]:
    return {
        "id": country_id,
        "name": name,
        "code": code,
        "region": region,
        "agreed_at": 0,  # v6's example: 0 until agreed
        "sms_registration_type": 0,
        "restricted_sending": False,  # v6's example and its schema: a boolean
        "trial_sending": 1,
        "has_regulation_requirements": int(code == "US"),
        "regulation_requirements_description": None,
        "registration_steps_url": None,
    }


@handles("list_countries")
def list_countries(store: Store, req: Request) -> Reply:
    return Reply([{"code": code, "value": name} for _, code, name, _ in _COUNTRIES])


@handles("list_global_sending_countries")
def list_global_sending_countries(store: Store, req: Request) -> Reply:
    return Reply([_sending_country(*row) for row in _COUNTRIES])


@handles("get_selected_countries")
def get_selected_countries(store: Store, req: Request) -> Reply:
    chosen = [_sending_country(*row) for row in _COUNTRIES if row[0] in store.selected_countries]
    return Reply(chosen, "Here are your countries selection.")


@handles("select_countries")
def select_countries(store: Store, req: Request) -> Reply:
    """Answered with the selection, as v6 documents (its example answer: the selected countries)."""
    store.selected_countries = list(req.body["country_list_ids"])
    return get_selected_countries(store, req)


@handles("agree_to_country_rules")
def agree_to_country_rules(store: Store, req: Request) -> Reply:
    return get_selected_countries(store, req)


@handles("get_country_pricing")
def get_country_pricing(store: Store, req: Request) -> Reply:
    code = str(req.path["country"]).upper()
    sms, mms = SMS_RATES.get(code, DEFAULT_SMS_RATE), MMS_RATES.get(code, DEFAULT_MMS_RATE)
    data = {
        "country": code,
        "currency": str(req.query.get("currency", store.config.currency)).upper(),
        "sms": {"price_rate_1": money(sms)},
        "mms": {"price_rate_1": money(mms)},
        "voice": {"price_rate_1": money(DEFAULT_VOICE_RATE)},
        "fax": {"price_rate_1": "0.1500"},
        "post": {"price_rate_1": money(_LETTER)},
    }
    return Reply(data)


@handles("list_timezones")
def list_timezones(store: Store, req: Request) -> Reply:
    return Reply(
        ["Australia/Melbourne", "Australia/Sydney", "Pacific/Auckland", "America/New_York", "Europe/London"]
    )


def _available(country: str, index: int) -> dict[str, Any]:
    return {
        "country": country,
        "country_name": next((name for _, code, name, _ in _COUNTRIES if code == country), country),
        "dedicated_number": f"+6148107{index:04d}" if country == "AU" else f"+1202555{index:04d}",
        "price_setup": "0.0000",
        "price_monthly": "27.0000",
        "price_total": "27.0000",
    }


@handles("search_available_numbers")
def search_available_numbers(store: Store, req: Request) -> Reply:
    country = str(req.path["country"]).upper()
    taken = {n["dedicated_number"] for n in store.dedicated_numbers}
    rows = [_available(country, i) for i in range(1, 41)]
    search = str(req.query.get("search", ""))
    rows = [r for r in rows if r["dedicated_number"] not in taken and search in r["dedicated_number"]]
    return Reply(page(rows, req.query))


@handles("buy_dedicated_number")
def buy_dedicated_number(store: Store, req: Request) -> Reply:
    country = store.config.default_country  # the number's own country, as numbers/search lists it
    number = str(req.path["dedicated_number"])
    record = blank("DedicatedNumber")
    record.update(
        dedicated_number=number,
        country=country,
        price="27.0000",
        _country_name=country,
        type=req.body.get("type") or "sms",  # v5 and Apiary send no body
    )
    store.dedicated_numbers.append(record)
    data = {
        "dedicated_number": number,
        "country": country,
        "price_total": "27.0000",
        "_price_setup": "0.0000",
        "_price_monthly": "27.0000",
        "_currency": dict(CURRENCY),
    }
    return Reply(data, "Number has been purchased.")


@handles("list_dedicated_numbers")
def list_dedicated_numbers(store: Store, req: Request) -> Reply:
    return Reply(page([dict(n) for n in store.dedicated_numbers], req.query))


def _letters(store: Store, req: Request) -> list[dict[str, Any]]:
    body = req.body
    letters = []
    for recipient in body["recipients"]:
        letter = {
            "message_id": None,
            "user_id": 1,
            "subaccount_id": None,
            "list_id": None,
            "file_name": str(body["file_url"]).rsplit("/", 1)[-1],
            **{k: recipient.get(k) for k in ADDRESS_FIELDS},
            "colour": body.get("colour", 0),
            "duplex": body.get("duplex", 0),
            "priority_post": body.get("priority_post", 0),
            "post_pages": 1,
            "post_price": money(_LETTER),
            "date_added": int(store.now()),
            "schedule": recipient.get("schedule", 0),
            "status": "Queued",
            "custom_string": recipient.get("custom_string"),
            "return_address_id": recipient.get("return_address_id"),
            "source": body.get("source", "rest.v3"),
            "_file_url": body["file_url"],
        }
        letters.append(letter)
    return letters


def _letter_result(letters: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "total_price": money(_LETTER * len(letters)),
        "total_count": len(letters),
        "queued_count": len(letters),
        "recipients": letters,
        "_currency": dict(CURRENCY),
    }


@handles("calculate_post_letter_price")
def calculate_post_letter_price(store: Store, req: Request) -> Reply:
    return Reply(_letter_result(_letters(store, req)), "Here are some prices.")


@handles("send_post_letter")
def send_post_letter(store: Store, req: Request) -> Reply:
    letters = _letters(store, req)
    for letter in letters:
        letter["message_id"] = store.new_message_id()
        store.balance -= _LETTER
    store.post_letters += letters
    return Reply(_letter_result(letters), "Letters queued for delivery.")


@handles("list_post_letter_history")
def list_post_letter_history(store: Store, req: Request) -> Reply:
    return Reply(page([dict(letter) for letter in store.post_letters], req.query))


@handles("detect_post_letter_address")
def detect_post_letter_address(store: Store, req: Request) -> Reply:
    return Reply(
        {
            "address_name": "Jane Citizen",
            "address_line_1": "123 Example Street",
            "address_line_2": None,
            "address_city": "Melbourne",
            "address_state": "VIC",
            "address_postal_code": "3000",
            "address_country": "AU",
        }
    )


@handles("search_direct_mail_locations")
def search_direct_mail_locations(store: Store, req: Request) -> Reply:
    country = str(req.path["country"]).upper()
    q = str(req.query["q"])
    return Reply(
        [
            {
                "location_id": f"{country}-{q}-{i}",
                "name": f"{q.title()} {i}",
                "postcode": f"30{i:02d}",
                "state": "VIC",
                "country": country,
                "households": 1000 * i,
            }
            for i in range(1, 4)
        ]
    )


_DIRECT_MAIL = Decimal("0.5500")  # per mail piece


@handles("send_direct_mail_campaign", "calculate_direct_mail_campaign_price")
def send_or_price_direct_mail_campaign(store: Store, req: Request) -> Reply:
    count = sum(int(area.get("quantity", 0)) for area in req.body["areas"])
    sent = req.op.op_id == "send_direct_mail_campaign"
    campaign_id = len(store.direct_mail) + 1 if sent else None
    now = int(store.now())
    data = {
        "campaign_id": campaign_id,
        "name": req.body["name"],
        "size": req.body["size"],
        "status": "Queued" if sent else None,
        "total_price": money(_DIRECT_MAIL * count),
        "total_count": count,
        "date_added": now,
        "_currency": dict(CURRENCY),
    }
    if not sent:
        return Reply(data, "Here is the price of this campaign.")
    areas = [
        {"campaign_id": campaign_id, "location_id": a["location_id"], "quantity": a["quantity"]}
        | {"status": None, "price": money(_DIRECT_MAIL * int(a["quantity"]))}
        for a in req.body["areas"]
    ]
    store.direct_mail.append(
        {
            "campaign_id": campaign_id,
            "user_id": 1,
            "name": req.body["name"],
            "status": "Queued",
            "date_added": now,
            "schedule": req.body.get("schedule") or now,
            "custom_string": None,
            "message_id": None,
            "_total_quantity": count,
            "_areas": areas,
        }
    )
    return Reply(data, "Direct mail campaign queued.")


@handles("list_direct_mail_campaigns")
def list_direct_mail_campaigns(store: Store, req: Request) -> Reply:
    return Reply(page([dict(c) for c in store.direct_mail], req.query))


@handles("add_email_receipt_webhook")
def add_email_receipt_webhook(store: Store, req: Request) -> Reply:
    receipt = {
        "email": "jane@example.com",
        "timestamp": int(store.now()),
        "message_id": f"{store.new_message_id()}@clicksend.com",
        "status": "Delivered",
    }
    return Reply(receipt, "Test receipt pushed to your URL.")


@handles(
    "export_sms_history",
    "export_mms_history",
    "export_post_letter_history",
    "export_voice_history",
    "export_email_history",
    "export_email_campaign_history",
    "export_postcard_history",
    "export_fax_history",
)
def export_history(store: Store, req: Request) -> Reply:
    filename = req.query.get("filename") or f"{req.op.op_id.removeprefix('export_')}.csv"
    return Reply({"url": f"https://mock.clicksend.test/exports/{filename}"})


@handles("upload_file")
def upload_file(store: Store, req: Request) -> Reply:
    name = f"{store.new_key().lower()}.{req.query.get('convert') or 'bin'}"
    url = f"https://mock.clicksend.test/uploads/{name}"
    return Reply({"_url": url, "url": url}, "File uploaded.")


@handles("list_voice_languages")
def list_voice_languages(store: Store, req: Request) -> Reply:
    rows = [("en-au", "Australia"), ("en-us", "United States"), ("en-gb", "United Kingdom")]
    return Reply([{"code": code, "country": country, "gender": ["female", "male"]} for code, country in rows])


@handles("mark_fax_receipts_read")
def mark_fax_receipts_read(store: Store, req: Request) -> Reply:
    return acknowledge(req, "Marked as read.")


@handles("list_fax_receipts")
def list_fax_receipts(store: Store, req: Request) -> Reply:
    """Every fax sent is delivered at once in the mock: one receipt per stored fax."""
    return Reply(page([_fax_receipt(fax, int(store.now())) for fax in store.faxes], req.query))


def _fax_receipt(fax: dict[str, Any], now: int) -> dict[str, Any]:
    status = ("201", "Success: Fax delivered.", "")
    receipt = receipt_record(fax["message_id"], "fax", fax["date_added"], status, fax.get("custom_string"))
    return answered_receipt(dict(receipt, timestamp=now))


@handles("get_fax_receipt")
def get_fax_receipt(store: Store, req: Request) -> Reply:
    message_id = str(req.path["message_id"])
    fax = next((f for f in store.faxes if f["message_id"] == message_id), None)
    if fax is None:
        raise NotFound(f"No fax with message_id {message_id}.")
    return Reply(_fax_receipt(fax, int(store.now())))


@handles("add_fax_receipt_webhook")
def add_fax_receipt_webhook(store: Store, req: Request) -> Reply:
    """Apiary: the test receipt itself (as for SMS and voice), not true."""
    return Reply(webhook_test_receipt(store, "fax", req.body["url"]), "Receipt has been added")


def _master(template_id: int) -> dict[str, Any]:
    return {
        "template_id_master": template_id,
        "template_name": f"Master template {template_id}",
        "date_added": 1700000000,
        "body": f"<html><body>Template {template_id}</body></html>",
        "thumbnail": {  # v6 and Apiary
            "small": f"https://mock.clicksend.test/thumbnails/{template_id}-small.jpg",
            "large": f"https://mock.clicksend.test/thumbnails/{template_id}-large.jpg",
        },
    }


def _category(category_id: int) -> dict[str, Any]:
    return {
        "category_id": category_id,
        "category_name": f"Category {category_id}",
        "name": f"Category {category_id}",
    }


MASTER_TEMPLATES, MASTER_CATEGORIES = (
    20,
    8,
)  # ClickSend's fixed catalogue of email designs, as the mock has it


def _catalogued(value: Any, count: int, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= count:
        raise NotFound(f"No {what} {value}.")
    return value


def _catalogue_list(items: list[dict[str, Any]], query: dict[str, Any]) -> list[dict[str, Any]]:
    """v6 and Apiary answer these lists as the array itself; page and limit (v5's parameters) pick a part."""
    if "page" in query or "limit" in query:
        return list(page(items, query)["data"])
    return items


@handles("list_master_email_templates", "list_master_email_templates_in_category")
def list_master_email_templates(store: Store, req: Request) -> Reply:
    if "category_id" in req.path:
        _catalogued(req.path["category_id"], MASTER_CATEGORIES, "master template category")
    return Reply(_catalogue_list([_master(i) for i in range(1, MASTER_TEMPLATES + 1)], req.query))


@handles("get_master_email_template")
def get_master_email_template(store: Store, req: Request) -> Reply:
    return Reply(_master(_catalogued(req.path["template_id"], MASTER_TEMPLATES, "master template")))


@handles("list_master_email_template_categories")
def list_master_email_template_categories(store: Store, req: Request) -> Reply:
    return Reply(_catalogue_list([_category(i) for i in range(1, MASTER_CATEGORIES + 1)], req.query))


@handles("get_master_email_template_category")
def get_master_email_template_category(store: Store, req: Request) -> Reply:
    category_id = _catalogued(req.path["category_id"], MASTER_CATEGORIES, "master template category")
    return Reply(_category(category_id))


@handles("send_email_verification_token")
def send_email_verification_token(store: Store, req: Request) -> Reply:
    store.collection("email_addresses", "email_address_id").get(req.path["email_address_id"])
    return acknowledge(req, "Verification email sent.")


@handles("verify_allowed_email_address")
def verify_allowed_email_address(store: Store, req: Request) -> Reply:
    record = store.collection("email_addresses", "email_address_id").get(req.path["email_address_id"])
    record["verified"] = 1
    return Reply(dict(record), "Email address verified.")  # v6, v6 with fax/post, Apiary: the address


_DEVICES = ("iPhone", "Android", "iPad", "Desktop")


def _short_url_open(long_url_id: str, n: int) -> dict[str, Any]:
    return {
        "open_count": 1 + n % 3,
        "date_opened": 1_700_000_000 + 3600 * n,
        "user_geo_country": "AU",
        "user_geo_region": "VIC" if n % 2 else "NSW",
        "user_device": _DEVICES[n % len(_DEVICES)],
        "user_browser": "Safari" if n % 2 else "Chrome",
        "user_os": "iOS" if n % 2 else "Android",
        "contact": {
            "contact_id": f"{long_url_id}-{n}",
            "first_name": f"Reader{n}",
            "last_name": None,
            "phone_number": f"+6141100{n:04d}",
        },
    }


_OPENS = 35  # every short link of the mock was opened by this many recipients


@handles("get_short_url_statistics")
def get_short_url_statistics(store: Store, req: Request) -> Reply:
    long_url_id = f"{req.path['source']}-{req.path['source_id']}-1"
    opens = [_short_url_open(long_url_id, n) for n in range(_OPENS)]

    links = {
        "total": _OPENS + 5,
        "opened_unique": _OPENS,
        "opened_total": sum(o["open_count"] for o in opens),
        "unopened": 5,
    }
    data = {
        "long_url_id": long_url_id,
        "links": links,
        "device": label_counts(opens, "user_device"),
        "os": label_counts(opens, "user_os"),
        "browser": label_counts(opens, "user_browser"),
        "country": label_counts(opens, "user_geo_country"),
        "region": label_counts(opens, "user_geo_region"),
    }
    return Reply({"data": [data]}, bare=True)


@handles("list_short_url_tracking")
def list_short_url_tracking(store: Store, req: Request) -> Reply:
    """v6's paging: ``limit``, an ``offset`` cursor and a ``direction``; both links carry all three."""
    long_url_id = str(req.path["long_url_id"])
    rows = [_short_url_open(long_url_id, n) for n in range(_OPENS)]
    ids = [str(r["contact"]["contact_id"]) for r in rows]
    size = int(req.query.get("limit", req.query.get("per_page", 10)))  # per_page: older callers
    at = cursor_index(ids, req.query.get("offset"))
    start = max(0, at - size) if req.query.get("direction") == "backward" else at
    chunk = rows[start : start + size]
    link = f"{store.config.prefix}/short-url/tracking/{long_url_id}?limit={size}&offset="

    def linked(index: int, direction: str) -> str | None:
        return f"{link}{ids[index]}&direction={direction}" if 0 <= index < len(ids) else None

    data = {
        "total": _OPENS,
        "per_page": size,
        "current_page_size": len(chunk),
        "prev_page_url": linked(start, "backward") if start > 0 else None,
        "next_page_url": linked(start + size, "forward"),
        "data": chunk,
    }
    return Reply(data, bare=True)
