"""Requests ClickSend's own documents describe, sent through the SDK to the mock (issue 14's findings)."""

from __future__ import annotations

import time
from decimal import Decimal
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

from clicksend_async import (
    BadRequestError,
    ClickSend,
    NotFoundError,
    UnexpectedResponseError,
    ValidationError,
)
from clicksend_async.mock import MockApp, MockConfig, create_app, mock_client, serve
from clicksend_async.models import ResellerSettings

pytestmark = pytest.mark.anyio

LATER = int(time.time()) + 3600

REAL = "https://rest.clicksend.com/v3"


async def _raw(app: MockApp, method: str, path: str, **kwargs: Any) -> httpx.Response:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://mock/v3", auth=("mock-user", "mock-key")
    ) as http:
        return await http.request(method, path, **kwargs)


async def _list_with_contacts(cs: ClickSend, *numbers: str) -> tuple[int, list[int]]:
    contact_list = await cs.call("create_contact_list", list_name="Customers")
    ids = []
    for number in numbers:
        contact = await cs.call("create_contact", list_id=contact_list.list_id, phone_number=number)
        ids.append(contact.contact_id)
    return contact_list.list_id, ids


async def test_shorten_urls_reaches_clicksend_and_shortens_one_url_per_message(
    clicksend_mock: ClickSend, clicksend_mock_app: MockApp
) -> None:
    message = {
        "to": "+61411111111",
        "body": "Sale: https://example.com/a/very/long/path?x=1 and https://b.example",
    }
    report = await clicksend_mock.send_sms([message], shorten_urls=True)
    assert report.sent == report.count == 1
    (sent,) = clicksend_mock_app.received_messages
    assert sent.body == "Sale: https://smsurl.mock/1 and https://b.example"
    assert clicksend_mock_app.store.short_links == ["https://example.com/a/very/long/path?x=1"]


async def test_without_shorten_urls_the_body_goes_out_unchanged(
    clicksend_mock: ClickSend, clicksend_mock_app: MockApp
) -> None:
    await clicksend_mock.send_sms([{"to": "+61411111111", "body": "See https://example.com/x"}])
    assert clicksend_mock_app.received_messages[0].body == "See https://example.com/x"


async def test_senders_pick_the_sender_per_recipient_country(
    clicksend_mock: ClickSend, clicksend_mock_app: MockApp
) -> None:
    senders = [
        {"recipient_country_code": "AU", "sender_id": "MyShop"},
        {"recipient_country_code": "US", "sender_id": "+14155552345"},
    ]
    messages = [
        {"to": "+61411111111", "body": "AU"},
        {"to": "+14055555555", "body": "US"},
        {"to": "+61422222222", "body": "own sender wins", "from": "Other"},
    ]
    report = await clicksend_mock.send_sms(messages, senders=senders)
    assert report.sent == report.count == 3
    assert [m.from_ for m in clicksend_mock_app.received_messages] == ["MyShop", "+14155552345", "Other"]


async def test_a_bad_sender_in_senders_is_refused_before_anything_is_sent(
    clicksend_mock: ClickSend, clicksend_mock_app: MockApp
) -> None:
    senders = [{"recipient_country_code": "AU", "sender_id": "Far too long a sender"}, {"sender_id": "Shop"}]
    with pytest.raises(ValidationError) as caught:
        await clicksend_mock.send_sms([{"to": "+61411111111", "body": "hi"}], senders=senders)
    fields = sorted(p.field for p in caught.value.problems)
    assert fields == ["senders[0].sender_id", "senders[1].recipient_country_code"]
    assert clicksend_mock_app.received_messages == []


async def test_a_price_quote_takes_the_same_request_fields(clicksend_mock: ClickSend) -> None:
    message = {"to": "+61411111111", "body": "https://example.com/" + "x" * 200, "show_summary": True}
    report = await clicksend_mock.price_sms([message], shorten_urls=True)
    assert report.priced == report.count == 1
    assert report.outcomes[0].price is not None


async def test_contact_id_sends_to_that_contact_of_the_list_only(
    clicksend_mock: ClickSend, clicksend_mock_app: MockApp
) -> None:
    list_id, (_, second) = await _list_with_contacts(clicksend_mock, "+61411111111", "+61422222222")
    report = await clicksend_mock.send_sms([{"list_id": list_id, "contact_id": second, "body": "Just you"}])
    assert report.sent == report.count == 1
    assert [m.to for m in clicksend_mock_app.received_messages] == ["+61422222222"]


async def test_an_alphanumeric_campaign_sender_is_accepted(clicksend_mock: ClickSend) -> None:
    list_id, _ = await _list_with_contacts(clicksend_mock, "+61411111111")
    campaign = await clicksend_mock.call(
        "send_sms_campaign",
        list_id=list_id,
        name="Spring",
        body="Sale on. Reply STOP to opt out",
        **{"from": "MyShop"},
    )
    assert campaign.from_ == "MyShop"
    price = await clicksend_mock.call(
        "calculate_sms_campaign_price", list_id=list_id, name="Spring", body="Sale", **{"from": "MyShop"}
    )
    assert price is not None


async def test_an_email_to_sms_address_may_send_from_an_alphanumeric_sender(
    clicksend_mock: ClickSend,
) -> None:
    address = await clicksend_mock.call(
        "create_email_to_sms_address", email_address="shop@example.com", **{"from": "MyShop"}
    )
    assert address.from_ == "MyShop"


async def test_a_campaign_sender_that_is_neither_number_nor_sender_id_is_refused(
    clicksend_mock: ClickSend,
) -> None:
    with pytest.raises(ValidationError) as caught:
        await clicksend_mock.call(
            "send_sms_campaign", list_id=1, name="x", body="y", **{"from": "not a sender!"}
        )
    assert [p.field for p in caught.value.problems] == ["from"]


async def test_a_test_inbound_webhook_may_use_the_default_post_type(clicksend_mock: ClickSend) -> None:
    inbound = await clicksend_mock.call(
        "add_inbound_sms_webhook", url="https://example.com/hook", webhook_type="post"
    )
    assert inbound.custom_string == "https://example.com/hook"


async def test_cancel_all_with_a_custom_string_cancels_only_those_messages(
    clicksend_mock: ClickSend, clicksend_mock_app: MockApp
) -> None:
    messages = [
        {"to": "+61411111111", "body": "a", "schedule": LATER, "custom_string": "spring"},
        {"to": "+61422222222", "body": "b", "schedule": LATER, "custom_string": "autumn"},
        {"to": "+61433333333", "body": "c", "schedule": LATER, "custom_string": "spring"},
    ]
    await clicksend_mock.send_sms(messages)
    cancelled = await clicksend_mock.call("cancel_all_sms", custom_string="spring")
    assert cancelled is not None
    state = {m.record["custom_string"]: m.cancelled for m in clicksend_mock_app.store.messages}
    assert state == {"spring": True, "autumn": False}
    assert sum(m.cancelled for m in clicksend_mock_app.store.messages) == 2
    await clicksend_mock.call("cancel_all_sms")
    assert all(m.cancelled for m in clicksend_mock_app.store.messages)


async def test_countries_are_served_without_credentials_over_real_http() -> None:
    async with serve(create_app()) as server, httpx.AsyncClient(base_url=server.base_url) as http:
        countries = await http.get("/countries")
        account = await http.get("/account")
    assert countries.status_code == 200
    assert {"code": "AU", "value": "Australia"} in countries.json()["data"]
    assert account.status_code == 401  # everything else still needs credentials


async def test_integer_ids_may_be_sent_as_numeric_text(
    clicksend_mock: ClickSend, clicksend_mock_app: MockApp
) -> None:
    list_id, _ = await _list_with_contacts(clicksend_mock, "+61411111111", "+61422222222")
    campaign = await clicksend_mock.call("send_sms_campaign", list_id=str(list_id), name="n", body="b")
    assert campaign.list_id == list_id
    report = await clicksend_mock.send_sms([{"list_id": str(list_id), "body": "to the list"}])
    assert report.sent == 1
    assert report.outcomes[0].recipients == 2
    assert len(clicksend_mock_app.received_messages) == 2
    with pytest.raises(ValidationError) as caught:
        await clicksend_mock.call("send_sms_campaign", list_id="first", name="n", body="b")
    assert [(p.field, p.value) for p in caught.value.problems] == [("list_id", "first")]


async def test_the_mock_ignores_unknown_body_fields_unless_strict() -> None:
    body = {"list_name": "Customers", "colour": "red"}
    lenient = await _raw(create_app(), "POST", "/lists", json=body)
    strict = await _raw(create_app(MockConfig(strict=True)), "POST", "/lists", json=body)
    assert lenient.status_code == 200
    assert strict.status_code == 400
    assert strict.json()["data"]["errors"] == [{"field": "colour", "message": "is not a documented field"}]
    nested = {"messages": [{"to": "+61411111111", "body": "hi", "sechdule": 1}]}
    refused = await _raw(create_app(MockConfig(strict=True)), "POST", "/sms/send", json=nested)
    assert refused.json()["data"]["errors"][0]["field"] == "messages[0].sechdule"


async def test_a_strict_mock_accepts_every_documented_field_of_a_send() -> None:
    async with mock_client(create_app(MockConfig(strict=True))) as cs:
        message = {
            "to": "+61411111111",
            "body": "hi",
            "contact_id": 1,
            "exclude_no_sender_id_recipients": True,
        }
        report = await cs.send_sms([message], shorten_urls=False, senders=[{"recipient_country_code": "AU"}])
    assert report.sent == report.count == 1


async def test_array_query_parameters_are_read_in_the_indexed_form_too() -> None:
    app = create_app()
    path = "/senders/compliant-sender-types"
    indexed = "?filter[product_type]=SMS&filter[country_code][0]=US&filter[country_code][1]=AU"
    repeated = "?filter[product_type]=SMS&filter[country_code][]=US&filter[country_code][]=AU"
    answers = [(await _raw(app, "GET", path + query)).json() for query in (indexed, repeated)]
    assert answers[0] == answers[1]
    assert [row["recipient_country_code"] for row in answers[0]["data"]["data"]] == ["US", "AU"]


async def test_remove_duplicates_takes_field_names_as_a_list_or_as_object_keys(
    clicksend_mock: ClickSend,
) -> None:
    for fields in (["phone_number"], {"phone_number": "+61411111111"}):
        list_id, _ = await _list_with_contacts(clicksend_mock, "+61411111111", "+61411111111", "+61422222222")
        removed = await clicksend_mock.call("remove_duplicate_contacts", list_id=list_id, fields=fields)
        assert removed.deleted == 1


async def test_a_number_is_bought_with_or_without_a_body(clicksend_mock: ClickSend) -> None:
    without = await clicksend_mock.call("buy_dedicated_number", dedicated_number="+61481070001")
    with_type = await clicksend_mock.call("buy_dedicated_number", dedicated_number="+61481070002", type="mms")
    assert (without.dedicated_number, with_type.dedicated_number) == ("+61481070001", "+61481070002")


async def test_a_subaccount_update_may_change_only_some_fields(clicksend_mock: ClickSend) -> None:
    sub = await clicksend_mock.call(
        "create_subaccount",
        api_username="helper",
        password="Secret-123456",
        email="helper@example.com",
        phone_number="+61411111111",
        first_name="Help",
        last_name="Er",
    )
    updated = await clicksend_mock.call(
        "update_subaccount", subaccount_id=sub.subaccount_id, email="new@example.com"
    )
    assert (updated.email, updated.first_name) == ("new@example.com", "Help")


def test_every_operation_names_the_clicksend_documents_behind_it() -> None:
    from tests.spec_examples import operations

    labels = {"v6", "v6-fax-post", "v5", "apiary"}
    for method, path, op in operations():
        documents = op["x-clicksend-sources"]["documents"]
        assert documents, (method, path)
        assert set(documents) <= labels, (method, path, documents)


async def test_q_searches_field_value_terms_like_clicksend(clicksend_mock: ClickSend) -> None:
    later = {"to": "+61422222222", "body": "later", "schedule": LATER, "custom_string": "b"}
    await clicksend_mock.send_sms([{"to": "+61411111111", "body": "now", "custom_string": "a"}, later])

    async def found(**query: Any) -> list[str]:
        return [m.custom_string async for m in clicksend_mock.paginate("list_sms_history", **query)]

    assert await found(q="status:Sent") == ["a"]  # the README's quick start
    assert await found(q="status:scheduled") == ["b"]  # not case-sensitive
    assert await found(q="to:+61422222222") == ["b"]
    assert await found(q="status:Sent,to:+61422222222") == []
    assert await found(q="status:Sent,to:+61422222222", operator="OR") == ["a", "b"]
    assert await found(q="late") == ["b"]  # a keyword without a field is looked for in the text


async def test_paths_clicksend_documents_disagree_on_are_served_in_both_spellings() -> None:
    app = create_app()
    rule = {
        "rule_name": "r",
        "match_type": 0,
        "action": "URL",
        "action_address": "https://x.example",
        "enabled": 1,
    }
    created = (await _raw(app, "POST", "/automations/email/receipt", json=rule)).json()["data"]
    rule_id = created["receipt_rule_id"]
    singular = await _raw(app, "GET", f"/automations/email/receipt/{rule_id}")
    plural = await _raw(app, "GET", f"/automations/email/receipts/{rule_id}")
    assert singular.json()["data"] == plural.json()["data"] == created
    exports = [
        await _raw(app, "GET", p, params={"filename": "x.csv"})
        for p in ("/post/postcards/export", "/post/postcards/history/export")
    ]
    assert [r.status_code for r in exports] == [200, 200]


# ---------------------------------------------------------------- finding 5: operations that were missing

_ADDRESS = {
    "address_name": "Jane",
    "address_line_1": "1 Main St",
    "address_city": "Melbourne",
    "address_postal_code": "3000",
    "address_country": "AU",
}


async def test_a_scheduled_letter_is_cancelled_and_refunded_but_a_sent_one_is_not(
    clicksend_mock: ClickSend, clicksend_mock_app: MockApp
) -> None:
    sent = await clicksend_mock.post.send_post_letter(
        file_url="https://example.com/letter.pdf",
        recipients=[dict(_ADDRESS, schedule=LATER), dict(_ADDRESS, address_name="Now")],
    )
    assert sent is not None
    assert sent.recipients
    later_id, now_id = (r.message_id for r in sent.recipients)
    balance = clicksend_mock_app.store.balance
    assert await clicksend_mock.post.cancel_post_letter(message_id=str(later_id).lower()) is True
    assert clicksend_mock_app.store.balance == balance + Decimal("1.25")
    with pytest.raises(BadRequestError, match="has not been sent yet"):
        await clicksend_mock.post.cancel_post_letter(message_id=str(now_id))
    with pytest.raises(BadRequestError):  # a cancelled letter cannot be cancelled again
        await clicksend_mock.post.cancel_post_letter(message_id=str(later_id))
    with pytest.raises(NotFoundError):
        await clicksend_mock.post.cancel_post_letter(message_id="NO-SUCH-LETTER")
    statuses = [r.status async for r in clicksend_mock.post.list_post_letter_history()]
    assert statuses == ["Cancelled", "Queued"]


async def test_a_scheduled_postcard_is_cancelled_once(
    clicksend_mock: ClickSend, clicksend_mock_app: MockApp
) -> None:
    card = await clicksend_mock.post.send_postcard(
        file_urls=["https://example.com/front.pdf", "https://example.com/back.pdf"],
        recipients=[dict(_ADDRESS, schedule=LATER)],
    )
    assert card is not None
    assert card.recipients
    (message_id,) = (r.message_id for r in card.recipients)
    balance = clicksend_mock_app.store.balance
    assert await clicksend_mock.post.cancel_postcard(message_id=str(message_id)) is True
    assert clicksend_mock_app.store.balance == balance + Decimal("1.71")
    with pytest.raises(BadRequestError):
        await clicksend_mock.post.cancel_postcard(message_id=str(message_id))
    with pytest.raises(NotFoundError):  # a letter's id is not a postcard's
        await clicksend_mock.post.cancel_postcard(message_id="NO-SUCH-POSTCARD")


async def test_an_sms_campaign_reports_the_opens_of_its_link(clicksend_mock: ClickSend) -> None:
    numbers = [f"+6141111{n:04d}" for n in range(20)]
    list_id, _ = await _list_with_contacts(clicksend_mock, *numbers)
    sent = await clicksend_mock.sms_campaigns.send_sms_campaign(
        list_id=list_id, name="Sale", body="Sale on https://example.com", from_="MyShop"
    )
    scheduled = await clicksend_mock.sms_campaigns.send_sms_campaign(
        list_id=list_id, name="Later", body="Soon https://example.com", from_="MyShop", schedule=LATER
    )
    assert sent is not None
    assert scheduled is not None
    stats = await clicksend_mock.sms_campaigns.get_sms_campaign_link_statistics(
        sms_campaign_id=sent.sms_campaign_id
    )
    assert stats is not None
    assert stats.links is not None
    assert (stats.links.opened, stats.links.unopened) == (14, 6)  # two in three of the 20 recipients
    assert sum(c.count for c in stats.device or []) == 14
    assert {c.label for c in stats.country or []} == {"AU"}

    rows = [
        r
        async for r in clicksend_mock.sms_campaigns.list_sms_campaign_link_tracking(
            sms_campaign_id=sent.sms_campaign_id, limit=15
        )
    ]
    assert [r.contact.phone_number for r in rows if r.contact] == numbers  # both pages, every recipient
    assert sum(bool(r.open_count) for r in rows) == 14
    assert all(r.date_opened is None for r in rows if not r.open_count)

    nothing = await clicksend_mock.sms_campaigns.get_sms_campaign_link_statistics(
        sms_campaign_id=scheduled.sms_campaign_id
    )
    assert nothing is not None
    assert nothing.links is not None
    assert (nothing.links.opened, nothing.links.unopened) == (0, 20)  # not sent yet: nobody opened it

    export = await clicksend_mock.sms_campaigns.export_sms_campaign_link_tracking(
        sms_campaign_id=sent.sms_campaign_id, filename="links.csv"
    )
    assert export is not None
    assert str(export.url).endswith("/links.csv")
    with pytest.raises(NotFoundError):
        await clicksend_mock.sms_campaigns.get_sms_campaign_link_statistics(sms_campaign_id=999_999)


async def test_fax_history_exports_like_the_other_histories(clicksend_mock: ClickSend) -> None:
    export = await clicksend_mock.fax.export_fax_history(filename="faxes.csv")
    assert export is not None
    assert str(export.url).endswith("/faxes.csv")


async def test_an_image_is_uploaded_to_an_email_template(clicksend_mock: ClickSend) -> None:
    template = await clicksend_mock.email.create_email_template(template_name="News", template_id_master=1)
    assert template is not None
    url = await clicksend_mock.email.upload_email_template_image(
        template_id=template.template_id, url="https://example.com/logo.JPG"
    )
    assert isinstance(url, str)
    assert url.endswith(".jpg")
    assert f"/{template.template_id}/" in url
    with pytest.raises(BadRequestError) as caught:
        await clicksend_mock.email.upload_email_template_image(template_id=template.template_id)
    assert "url" in str(caught.value)
    with pytest.raises(NotFoundError):
        await clicksend_mock.email.upload_email_template_image(
            template_id=999_999, url="https://example.com/a.png"
        )


# ---------------------------------------------------------------- findings 13 and 14: documented answers


async def test_acknowledgements_answer_the_data_clicksend_documents() -> None:
    app = create_app()
    made = (await _raw(app, "POST", "/lists", json={"list_name": "L"})).json()["data"]
    template = (await _raw(app, "POST", "/sms/templates", json={"template_name": "t", "body": "b"})).json()
    answers = {
        "delete list": await _raw(app, "DELETE", f"/lists/{made['list_id']}"),
        "delete sms template": await _raw(app, "DELETE", f"/sms/templates/{template['data']['template_id']}"),
        "inbound read": await _raw(app, "PUT", "/sms/inbound-read", json={}),
        "receipts read": await _raw(app, "PUT", "/sms/receipts-read", json={}),
        "forgot username": await _raw(app, "PUT", "/forgot-username", json={"email": "a@example.com"}),
    }
    data = {name: r.json()["data"] for name, r in answers.items()}
    assert data == {
        "delete list": [],  # v6, Apiary
        "delete sms template": [],  # Apiary and 6.0.2's model (v6's example: null)
        "inbound read": {},  # v6
        "receipts read": {},  # v6
        "forgot username": [],  # v6, Apiary
    }


async def test_a_send_answers_its_total_as_a_number_and_each_price_as_text() -> None:
    app = create_app()
    sent = (
        await _raw(app, "POST", "/sms/send", json={"messages": [{"to": "+61423456789", "body": "hi"}]})
    ).json()
    assert sent["data"]["total_price"] == 0.077  # v6 and Apiary: a number
    (message,) = sent["data"]["messages"]
    assert message["message_price"] == "0.0770"  # v6 and Apiary: text
    assert isinstance(message["schedule"], int)  # v6 and Apiary: a sent SMS's schedule is its time
    assert message["schedule"] == message["date"]
    stats = (await _raw(app, "GET", "/statistics/sms")).json()["data"]
    assert stats["total"]["outbound"] == {"count": 1, "price": 0.077}
    packages = (await _raw(app, "GET", "/recharge/packages")).json()["data"]["packages"]
    assert isinstance(packages[0]["package_price"], str)
    assert isinstance(packages[0]["sms_price"], float)
    bought = (await _raw(app, "PUT", "/recharge/purchase/1")).json()["data"]
    assert isinstance(bought["amount"], int)  # v6: 50


async def test_answers_that_return_a_record_instead_of_true(clicksend_mock: ClickSend) -> None:
    list_id, _ = await _list_with_contacts(clicksend_mock, "+61411111111")
    campaign = await clicksend_mock.sms_campaigns.send_sms_campaign(
        list_id=list_id, name="Later", body="Soon", from_="MyShop", schedule=LATER
    )
    assert campaign is not None
    cancelled = await clicksend_mock.sms_campaigns.cancel_sms_campaign(
        sms_campaign_id=campaign.sms_campaign_id
    )
    assert cancelled["sms_campaign_id"] == campaign.sms_campaign_id  # v6 and Apiary: the campaign
    assert cancelled["status"] == "Cancelled"
    countries = await clicksend_mock.call("select_countries", country_list_ids=[1])
    assert [c["id"] for c in countries] == [1]  # v6: the selection
    assert countries[0]["restricted_sending"] is False
    address = await clicksend_mock.call("create_allowed_email_address", email_address="a@example.com")
    assert isinstance(address.date_added, str)  # v6 and Apiary: text


async def test_master_templates_come_as_a_bare_list_with_small_and_large_thumbnails(
    clicksend_mock: ClickSend,
) -> None:
    templates = await clicksend_mock.email.list_master_email_templates()
    assert isinstance(templates, list)
    assert len(templates) == 20  # the whole catalogue: v6 and Apiary answer no page
    assert templates[0].thumbnail is not None
    assert str(templates[0].thumbnail.large).endswith("-large.jpg")
    some = await clicksend_mock.email.list_master_email_templates(page=2, limit=15)
    assert [t.template_id_master for t in some or []] == list(range(16, 21))
    categories = await clicksend_mock.email.list_master_email_template_categories()
    assert [c.category_id for c in categories or []] == list(range(1, 9))
    one = await clicksend_mock.email.get_master_email_template(template_id=3)
    assert one is not None
    assert one.thumbnail is not None
    assert str(one.thumbnail.small).endswith("3-small.jpg")


async def test_search_answers_one_page_of_contact_and_list_hits(clicksend_mock: ClickSend) -> None:
    list_id, (contact_id,) = await _list_with_contacts(clicksend_mock, "+61411111111")
    hits = [h async for h in clicksend_mock.contacts.search_contacts_and_lists(q="Customers")]
    assert [(h.type_, h.id, h.name, h.contacts_count) for h in hits] == [("list", list_id, "Customers", 1)]
    suggestions = await clicksend_mock.contacts.list_contact_suggestions()
    assert [c.contact_id for c in suggestions or []] == [contact_id]  # Apiary: the contacts, no page


async def test_a_credit_card_update_answers_a_token_not_the_card(clicksend_mock: ClickSend) -> None:
    token = await clicksend_mock.call(
        "update_credit_card",
        number="4111111111111111",
        expiry_month=1,
        expiry_year=2030,
        cvc=123,
        name="Jo",
        bank_name="Bank",
    )
    assert str(token.token).startswith("cus_")
    card = await clicksend_mock.call("get_credit_card")
    assert card.display_number == "XXXX-XXXX-XXXX-1111"


# ---------------------------------------------------------------- finding 10: short-URL tracking paging (v6)


async def test_short_url_tracking_pages_with_limit_offset_and_direction(clicksend_mock: ClickSend) -> None:
    everyone = [
        o.contact.contact_id
        async for o in clicksend_mock.short_urls.list_short_url_tracking(long_url_id="sms-1-1", limit=10)
        if o.contact
    ]
    assert len(everyone) == 35  # four pages of at most 10, followed through next_page_url
    assert len(set(everyone)) == 35
    first = await clicksend_mock.short_urls.list_short_url_tracking(long_url_id="sms-1-1", limit=10)
    assert first is not None
    assert first.prev_page_url is None
    assert "limit=10" in str(first.next_page_url)
    assert "direction=forward" in str(first.next_page_url)
    cursor = str(first.next_page_url).split("offset=")[1].split("&")[0]
    second = await clicksend_mock.short_urls.list_short_url_tracking(
        long_url_id="sms-1-1", limit=10, offset=cursor
    )
    assert second is not None
    assert "direction=backward" in str(second.prev_page_url)
    back_cursor = str(second.prev_page_url).split("offset=")[1].split("&")[0]
    back = await clicksend_mock.short_urls.list_short_url_tracking(
        long_url_id="sms-1-1", limit=10, offset=cursor, direction="backward"
    )
    assert back is not None
    assert [o.contact.contact_id for o in back.data or [] if o.contact] == everyone[:10]
    assert back_cursor == everyone[10]


async def test_compliant_sender_types_are_the_types_v6_names() -> None:
    v6_types = {"alpha_tag", "10DLC", "tollfree", "own_number", "shortcode", "longcode", "shared_longcode"}
    app = create_app()
    answer = (
        await _raw(
            app, "GET", "/senders/compliant-sender-types?filter[product_type]=SMS&filter[country_code][]=ZZ"
        )
    ).json()
    rows = answer["data"]["data"]
    full = (await _raw(app, "GET", "/senders/compliant-sender-types?filter[product_type]=SMS")).json()[
        "data"
    ]["data"]
    seen = {t["sender_type"] for row in rows + full for t in row["allowed_sender_types"]}
    seen |= {t for row in rows + full for t in row["blocked_sender_types"]}
    assert seen <= v6_types
    assert "10DLC" in seen


# ---------------------------------------------------------------- finding 13: reseller settings (Apiary)


async def _reseller_settings(cs: ClickSend) -> Any:
    """The one settings record (the mock answers Apiary's form, a list holding it)."""
    settings = await cs.reseller.get_reseller_settings()
    assert settings is not None
    return settings


async def test_reseller_settings_are_read_as_apiary_shows_them(
    clicksend_mock: ClickSend, clicksend_mock_app: MockApp
) -> None:
    raw = (await _raw(clicksend_mock_app, "GET", "/reseller")).json()["data"]
    assert isinstance(raw, list)  # Apiary's example: a list holding the settings
    assert len(raw) == 1
    assert raw[0]["trial_balance"] == "0.00"  # text, as Apiary's "500.00"
    assert "user_email" not in raw[0]  # the settings, not the account
    settings = await clicksend_mock.reseller.get_reseller_settings()  # the record, not the list
    assert isinstance(settings, ResellerSettings)
    assert (settings.subdomain, settings.reseller_user_id, settings.colour_navigation) == (
        "mock",
        1,
        "#9999FF",
    )


@pytest.mark.parametrize(
    ("data", "subdomains"),
    [({"subdomain": "acme"}, ["acme"]), ([{"subdomain": "acme"}], ["acme"]), ([], []), (None, [])],
    ids=["object", "list of one", "empty list", "null"],
)
async def test_reseller_settings_are_one_record_whichever_form_answers(
    httpx_mock: HTTPXMock, data: Any, subdomains: list[str]
) -> None:
    httpx_mock.add_response(url=f"{REAL}/reseller", json={"http_code": 200, "data": data})
    async with ClickSend("user", "key", base_url=REAL) as cs:
        settings = await cs.reseller.get_reseller_settings()
    assert settings is None or isinstance(settings, ResellerSettings)
    assert ([] if settings is None else [settings.subdomain]) == subdomains


async def test_reseller_settings_of_two_records_are_an_unexpected_answer(httpx_mock: HTTPXMock) -> None:
    two = [{"subdomain": "acme"}, {"subdomain": "other"}]
    httpx_mock.add_response(url=f"{REAL}/reseller", json={"http_code": 200, "data": two})
    async with ClickSend("user", "key", base_url=REAL) as cs:
        with pytest.raises(UnexpectedResponseError, match="data holds 2 records, where one is documented"):
            await cs.reseller.get_reseller_settings()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ([{"subdomain": "acme"}], {"subdomain": "acme"}),
        ({"subdomain": "acme"}, {"subdomain": "acme"}),
        ([], None),
    ],
    ids=["list of one", "object", "empty list"],
)
async def test_the_reseller_catalogue_action_answers_the_object_its_catalogue_documents(
    httpx_mock: HTTPXMock, data: Any, expected: Any
) -> None:
    httpx_mock.add_response(url=f"{REAL}/reseller", json={"http_code": 200, "data": data})
    async with ClickSend("user", "key", base_url=REAL) as cs:
        answer = await cs.actions.call("CLICKSEND_GET_RESELLER")
    assert answer["successful"] is True, answer
    assert answer["data"] == expected


async def test_the_reseller_catalogue_action_reports_two_records_as_an_error(httpx_mock: HTTPXMock) -> None:
    two = [{"subdomain": "acme"}, {"subdomain": "other"}]
    httpx_mock.add_response(url=f"{REAL}/reseller", json={"http_code": 200, "data": two})
    async with ClickSend("user", "key", base_url=REAL) as cs:
        answer = await cs.actions.call("CLICKSEND_GET_RESELLER")
    assert answer["successful"] is False
    assert "data holds 2 records, where one is documented" in answer["error"]


def test_reseller_settings_parse_as_an_object_too() -> None:
    from clicksend_async.models import ResellerSettings, ResellerSettingsResponse

    record = {"subdomain": "acme", "default_margin": 10, "trial_balance": "500.00", "allow_public_signups": 1}
    as_object = ResellerSettingsResponse.from_dict({"http_code": 200, "data": record})
    as_list = ResellerSettingsResponse.from_dict({"http_code": 200, "data": [record]})
    assert isinstance(as_object.data, ResellerSettings)
    assert isinstance(as_list.data, list)
    assert as_object.data.to_dict() == as_list.data[0].to_dict() == record


async def test_reseller_settings_are_updated_with_apiary_fields(clicksend_mock: ClickSend) -> None:
    updated = await clicksend_mock.reseller.update_reseller_settings(
        company_name="Acme",
        subdomain="acme",
        allow_public_signups=1,
        colour_navigation="#112233",
        logo_url_light="https://acme.example/light.png",
        logo_url_dark="https://acme.example/dark.png",
        default_margin=100,
        default_margin_numbers=150,
        trial_balance=50,
    )
    assert updated is not None
    assert (updated.company_name, updated.subdomain, updated.trial_balance) == ("Acme", "acme", 50)
    assert (updated.default_margin, updated.default_margin_numbers, updated.allow_public_signups) == (
        100,
        150,
        1,
    )
    shown = await _reseller_settings(clicksend_mock)
    assert (shown.company_name, shown.logo_url_dark, shown.trial_balance) == (
        "Acme",
        "https://acme.example/dark.png",
        "50.00",
    )
    assert shown.logo_url == "https://acme.example/light.png"
    again = await clicksend_mock.reseller.update_reseller_settings(colour_navigation="#000000")
    assert again is not None
    assert (again.colour_navigation, again.company_name) == ("#000000", "Acme")  # only what was given


async def test_the_reseller_catalogue_action_still_takes_its_account_fields(
    clicksend_mock: ClickSend,
) -> None:
    answer = await clicksend_mock.actions.call(
        "CLICKSEND_UPDATE_RESELLER",
        {"timezone": "America/New_York", "account_name": "Acme Reseller", "setting_unicode_sms": 1},
    )
    assert answer["successful"] is True, answer
    assert answer["data"]["subdomain"] == "mock"  # the answer is the settings (Apiary)
    own = await clicksend_mock.call("get_account")
    assert (own.timezone, own.account_name, own.setting_unicode_sms) == (
        "America/New_York",
        "Acme Reseller",
        1,
    )
    read = await clicksend_mock.actions.call("CLICKSEND_GET_RESELLER")
    assert read["successful"] is True
    assert read["data"]["subdomain"] == "mock"  # the object the catalogue documents, as call() gives it


async def test_a_bad_reseller_setting_is_refused_naming_the_field(
    clicksend_mock: ClickSend, clicksend_mock_app: MockApp
) -> None:
    with pytest.raises(ValidationError) as caught:
        await clicksend_mock.reseller.update_reseller_settings(default_margin="ten percent")  # type: ignore[arg-type]
    assert "default_margin" in str(caught.value)
    assert "ten percent" in str(caught.value)
    assert clicksend_mock_app.stats.count() == 0  # nothing was sent
    with pytest.raises(BadRequestError) as refused:
        await clicksend_mock.reseller.update_reseller_settings(allow_public_signups=2)  # type: ignore[arg-type]
    assert "allow_public_signups" in str(refused.value)
    errors = refused.value.body["data"]["errors"]
    assert errors == [{"field": "allow_public_signups", "message": "must be one of: 0, 1"}]
    unchanged = await _reseller_settings(clicksend_mock)
    assert unchanged.allow_public_signups == 0


# ---------------------------------------------------------------- finding 14: receipts as each channel shows them


async def test_receipts_show_timestamps_and_errors_as_each_channel_documents() -> None:
    app = create_app()
    async with mock_client(app) as cs:
        await cs.send_sms([{"to": "+61411111111", "body": "hi"}])
        await cs.send_voice([{"to": "+61411111111", "body": "hi", "voice": "female"}])
        await cs.send_mms(
            [{"to": "+61411111111", "body": "hi", "subject": "S"}], media_file="https://e.x/a.jpg"
        )
        await cs.call("send_fax", file_url="https://e.x/d.pdf", messages=[{"to": "+61261111115"}])
        parsed = await cs.call("list_voice_receipts")
    shown = {}
    for kind in ("sms", "voice", "mms", "fax"):
        (receipt,) = (await _raw(app, "GET", f"/{kind}/receipts")).json()["data"]["data"]
        one = (await _raw(app, "GET", f"/{kind}/receipts/{receipt['message_id']}")).json()["data"]
        assert one == receipt
        shown[kind] = (type(receipt["timestamp"]), type(receipt["timestamp_send"]), receipt["error_code"])
        assert receipt["error_text"] == receipt["error_code"]
    assert shown == {
        "sms": (int, int, None),  # v6 (Apiary: text timestamps), null errors (v6, Apiary)
        "voice": (str, str, None),  # v6 and Apiary
        "mms": (str, str, ""),  # Apiary
        "fax": (str, str, ""),  # v6 with fax/post, Apiary
    }
    (voice,) = parsed.data
    assert voice.timestamp.isdigit()
    assert voice.error_code is None


async def test_a_failed_receipt_still_names_its_error(
    clicksend_mock: ClickSend, clicksend_mock_app: MockApp
) -> None:
    report = await clicksend_mock.send_voice([{"to": "+61411111111", "body": "hi", "voice": "female"}])
    clicksend_mock_app.store.deliveries.report(report.outcomes[0].message_id, "failed")
    receipts = (await _raw(clicksend_mock_app, "GET", "/voice/receipts")).json()["data"]["data"]
    assert [(r["status_code"], r["error_code"]) for r in receipts] == [("201", None), ("301", "301")]
    assert receipts[1]["error_text"] == "Message could not be delivered to the handset."


async def test_voice_receipts_in_text_are_still_marked_read_before_a_date(
    clicksend_mock: ClickSend, clicksend_mock_app: MockApp
) -> None:
    await clicksend_mock.send_voice([{"to": "+61411111111", "body": "hi", "voice": "female"}])
    (receipt,) = (await _raw(clicksend_mock_app, "GET", "/voice/receipts")).json()["data"]["data"]
    stamp = int(receipt["timestamp"])
    await clicksend_mock.call("mark_voice_receipts_read", date_before=stamp)  # strictly before: still unread
    assert len((await _raw(clicksend_mock_app, "GET", "/voice/receipts")).json()["data"]["data"]) == 1
    await clicksend_mock.call("mark_voice_receipts_read", date_before=stamp + 1)
    assert (await _raw(clicksend_mock_app, "GET", "/voice/receipts")).json()["data"]["data"] == []


async def test_test_receipts_answer_the_receipt_on_every_channel(clicksend_mock: ClickSend) -> None:
    url = "https://example.com/hook"
    sms = await clicksend_mock.call("add_sms_receipt_webhook", url=url)
    voice = await clicksend_mock.call("add_voice_receipt_webhook", url=url)
    fax = await clicksend_mock.call("add_fax_receipt_webhook", url=url)  # was `true`; Apiary: the receipt
    for receipt, kind in ((sms, "sms"), (voice, "voice"), (fax, "fax")):
        assert (receipt.message_type, receipt.status_code, receipt.custom_string) == (kind, "201", url)
        assert receipt.error_code is None
    assert isinstance(sms.timestamp, int)
    assert isinstance(voice.timestamp, str)
    assert isinstance(fax.timestamp, str)


async def test_a_new_delivery_issue_is_unresolved_whatever_the_client_sends() -> None:
    app = create_app()
    body = {
        "type": "SMS",
        "description": "never arrived",
        "email_address": "jo@example.com",
        "resolved": True,
    }
    created = (await _raw(app, "POST", "/delivery-issues", json=body)).json()["data"]  # 6.0.2 sends resolved
    listed = (await _raw(app, "GET", "/delivery-issues")).json()["data"]["data"]
    assert created["resolved"] == listed[0]["resolved"] == 0  # 0/1 as v6 and Apiary show; support resolves
    assert created["description"] == "never arrived"
