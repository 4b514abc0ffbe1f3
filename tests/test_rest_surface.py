"""The REST v3 operations beyond the catalogue, through the handwritten layer: batched voice calls, and every
pagination style the spec declares, against pytest-httpx and the mock server."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

from clicksend_async import BadRequestError, ClickSend, NotFoundError, ValidationError
from clicksend_async.mock import MockConfig, create_app

BASE = "https://rest.clicksend.com/v3"
AU_NUMBER = "+61411111111"


def calls(n: int, start: int = 0) -> list[dict[str, Any]]:
    return [{"to": f"+6141{i:07d}", "body": f"call {i}", "voice": "female"} for i in range(start, start + n)]


def echo_voice(request: httpx.Request) -> httpx.Response:
    """ClickSend's answer to /voice/send: every call queued (the price of each is 0.11)."""
    sent = json.loads(request.content)["messages"]
    results = [
        {"to": m["to"], "custom_string": m["custom_string"], "message_id": f"V-{m['custom_string']}"}
        | {"status": "SUCCESS", "message_price": "0.1100", "voice": m["voice"]}
        for m in sent
    ]
    data = {"total_count": len(sent), "queued_count": len(sent), "messages": results}
    return httpx.Response(200, json={"http_code": 200, "response_code": "SUCCESS", "data": data})


def mock_client(app: Any, **kwargs: Any) -> ClickSend:
    transport = httpx.ASGITransport(app=app)
    return ClickSend(
        "mock-user", "mock-key", base_url="http://mock/v3", allow_http=True, transport=transport, **kwargs
    )


# ---------------------------------------------------------------- voice


@pytest.mark.anyio
async def test_send_voice_splits_into_batches_of_the_spec_limit(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_callback(echo_voice, url=f"{BASE}/voice/send", is_reusable=True)
    async with ClickSend("user", "key", max_concurrency=2) as cs:
        report = await cs.send_voice(calls(2300))
    sizes = sorted(len(json.loads(r.content)["messages"]) for r in httpx_mock.get_requests())
    assert sizes == [300, 1000, 1000]  # x-clicksend-batch of send_voice: 1000
    assert [o.index for o in report.outcomes] == list(range(2300))
    assert {o.status for o in report.outcomes} == {"sent"}
    assert report.outcomes[7].message_id == f"V-{report.outcomes[7].custom_string}"
    assert report.outcomes[7].price == Decimal("0.1100")
    body = json.loads(httpx_mock.get_requests()[0].content)["messages"][0]
    assert body["voice"] == "female"
    assert body["custom_string"]  # every call carries a reference, as SMS do


@pytest.mark.anyio
async def test_send_voice_checks_every_call_before_sending_any(httpx_mock: HTTPXMock) -> None:
    bad = calls(5)
    del bad[1]["voice"]
    bad[3]["to"] = "0411 111 111"
    async with ClickSend("user", "key") as cs:
        with pytest.raises(ValidationError) as caught:
            await cs.send_voice(bad)
    assert sorted((p.index, p.field) for p in caught.value.problems) == [(1, "voice"), (3, "to")]
    assert httpx_mock.get_requests() == []


@pytest.mark.anyio
async def test_send_voice_against_the_mock_stores_prices_and_lists_every_call(anyio_backend: str) -> None:
    app = create_app(MockConfig(balance=Decimal("1000")))
    async with mock_client(app, max_concurrency=3) as cs:
        quote = await cs.price_voice(calls(1500))
        report = await cs.send_voice(calls(1500), invalid="skip")
        history = [m async for m in cs.paginate("list_voice_history")]
        receipts = [r async for r in cs.paginate("list_voice_receipts", limit=15, max_items=20)]
        sms_history = [m async for m in cs.paginate("list_sms_history")]
    assert {o.status for o in quote.outcomes} == {"priced"}
    assert {o.status for o in report.outcomes} == {"sent"}
    assert report.total_price == quote.total_price == Decimal("0.1100") * 1500
    assert len(app.received_messages) == 1500
    assert {m.kind for m in app.received_messages} == {"voice"}
    assert sorted(str(m.custom_string) for m in history) == sorted(o.custom_string for o in report.outcomes)
    assert {m.voice for m in history} == {"female"}
    assert len(receipts) == 20
    assert sms_history == []
    assert app.stats.count("send_voice", 200) == 2


@pytest.mark.anyio
async def test_a_scheduled_voice_call_can_be_cancelled_once(anyio_backend: str) -> None:
    app = create_app()
    async with mock_client(app) as cs:
        report = await cs.send_voice([{**calls(1)[0], "schedule": 4_000_000_000}])
        message_id = report.outcomes[0].message_id
        await cs.call("cancel_voice", message_id=message_id)
        history = [m async for m in cs.paginate("list_voice_history")]
        with pytest.raises(BadRequestError, match="BAD_REQUEST"):
            await cs.call("cancel_voice", message_id=message_id)
    assert [m.status for m in history] == ["Cancelled"]


# ---------------------------------------------------------------- email


@pytest.mark.anyio
async def test_transactional_email_is_priced_per_recipient_charged_and_listed(anyio_backend: str) -> None:
    app = create_app(MockConfig(balance=Decimal("100")))
    email = {
        "to": [{"email": "a@example.com", "name": "A"}, {"email": "b@example.com"}],
        "cc": [{"email": "c@example.com"}],
        "from": {"email_address_id": 3, "name": "Shop"},
        "subject": "Receipt",
        "body": "<p>Thanks</p>",
        "attachments": [{"content": "aGk=", "type": "text/plain", "filename": "hi.txt"}],
    }
    async with mock_client(app) as cs:
        quote = await cs.call("calculate_email_price", **email)
        sent = await cs.call("send_email", **email)
        history = [e async for e in cs.paginate("list_email_history", limit=15)]
        with pytest.raises(ValidationError, match="body"):
            await cs.call("send_email", **{k: v for k, v in email.items() if k != "body"})
    assert quote.price == sent.price == "0.0033"
    assert quote.message_id is None
    assert app.store.balance == Decimal("100") - Decimal("0.0033")
    assert [e.message_id for e in history] == [sent.message_id]
    assert history[0].body_plain_text == "Thanks"
    assert history[0].field_attachments[0].file_name == "hi.txt"


@pytest.mark.anyio
async def test_email_campaign_goes_to_the_lists_addresses_and_can_be_changed_until_cancelled(
    anyio_backend: str,
) -> None:
    app = create_app(MockConfig(balance=Decimal("100")))
    async with mock_client(app) as cs:
        contact_list = await cs.call("create_contact_list", list_name="News")
        for n in range(3):
            await cs.call("create_contact", list_id=contact_list.list_id, email=f"r{n}@example.com")
        await cs.call("create_contact", list_id=contact_list.list_id, phone_number="+61411111111")
        campaign = {
            "name": "Launch",
            "subject": "Hello",
            "body": "<b>New</b>",
            "from_email_address_id": 1,
            "from_name": "Shop",
            "list_id": contact_list.list_id,
        }
        price = await cs.call("calculate_email_campaign_price", **campaign)
        result = await cs.call("send_email_campaign", **campaign, schedule=4_000_000_000)
        campaign_id = result.data.email_campaign_id
        updated = await cs.call("update_email_campaign", email_campaign_id=campaign_id, subject="Hi")
        history = [r async for r in cs.paginate("list_email_campaign_history", email_campaign_id=campaign_id)]
        cancelled = await cs.call("cancel_email_campaign", email_campaign_id=campaign_id)
        listed = [c async for c in cs.paginate("list_email_campaigns")]
        fetched = await cs.call("get_email_campaign", email_campaign_id=campaign_id)
        action = await cs.actions.call("CLICKSEND_EMAIL_CAMPAIGN_GET", {"email_campaign_id": campaign_id})
        missing = await cs.actions.call(
            "CLICKSEND_EMAIL_CAMPAIGN_GET", {"email_campaign_id": campaign_id + 1}
        )
    assert (price.total_count, price.total_price) == (3, "0.0033")
    assert (result.total_count, result.data.status) == (3, "Scheduled")
    assert updated.subject == "Hi"
    assert sorted(r.to_address for r in history) == ["r0@example.com", "r1@example.com", "r2@example.com"]
    assert cancelled.status == fetched.status == action["data"]["status"] == "Cancelled"
    assert (action["successful"], missing["successful"], missing["http_code"]) == (True, False, 404)
    assert [c.email_campaign_id for c in listed] == [campaign_id]
    assert app.store.balance == Decimal("100")  # charged on send, refunded on cancel


# ---------------------------------------------------------------- pagination styles

# How each list operation paginated other than by numbered pages answers (wire names): the key of its list of
# records, whether the page is inside ClickSend's envelope, and where the link to the next page is.
LINKED = {
    "list_alpha_tags": ("alpha_tags", False, ("_metadata", "pagination", "next"), "page_size"),
    "list_own_numbers": ("own_numbers", False, ("_metadata", "pagination", "next"), "page_size"),
    "list_default_senders": ("data", True, ("next_page_url",), "per_page"),
    "list_short_url_tracking": ("data", False, ("next_page_url",), "limit"),
}
# parameters each is called with in the tests below (a query filter, or the required path parameter)
LINKED_PARAMS: dict[str, dict[str, Any]] = {
    "list_alpha_tags": {"sort_direction": "asc"},
    "list_own_numbers": {"sort_direction": "asc"},
    "list_default_senders": {"sort_direction": "asc"},
    "list_short_url_tracking": {"long_url_id": "quick_sms-42-1"},
}


def linked_pages(op_id: str, total: int, *, link: str = "url") -> Any:
    """Answers like ClickSend's cursor-paginated services over ``total`` records; the cursor is a record id.
    ``link``: "url" (absolute next URL), "relative" (path and query) or "bare" (the cursor alone)."""
    items, enveloped, next_path, size_param = LINKED[op_id]

    def answer(request: httpx.Request) -> httpx.Response:
        size = int(request.url.params[size_param])
        start = int(request.url.params.get("offset", "R0")[1:])
        rows = [{"id": f"R{i}"} for i in range(start, min(start + size, total))]
        following = f"R{start + size}" if start + size < total else None
        url = f"{request.url.copy_with(query=None)}?{size_param}={size}&offset={following}"
        target = {"url": url, "relative": url.removeprefix("https://rest.clicksend.com"), "bare": following}[
            link
        ]
        page: dict[str, Any] = {items: rows}
        node = page
        for key in next_path[:-1]:
            node = node.setdefault(key, {})
        node[next_path[-1]] = target if following else None
        body = {"http_code": 200, "response_code": "SUCCESS", "data": page} if enveloped else page
        return httpx.Response(200, json=body)

    return answer


def test_every_linked_list_operation_is_covered_here() -> None:
    from clicksend_async._index import operations

    styles = {op_id: op["pagination"] for op_id, op in operations().items() if op["pagination"]}
    assert {op_id for op_id, style in styles.items() if style != "page"} == set(LINKED)
    assert {styles[op_id] for op_id in LINKED} == {"page_size", "cursor", "limit_offset"}


@pytest.mark.anyio
@pytest.mark.parametrize("link", ["url", "relative", "bare"])
@pytest.mark.parametrize("op_id", sorted(LINKED))
async def test_linked_pages_yield_every_record_once_following_the_cursor(
    op_id: str, link: str, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_callback(linked_pages(op_id, 230, link=link), is_reusable=True)
    async with ClickSend("user", "key") as cs:
        records = [record async for record in cs.paginate(op_id, limit=40, **LINKED_PARAMS[op_id])]
    assert [r.to_dict()["id"] for r in records] == [f"R{i}" for i in range(230)]
    requests = httpx_mock.get_requests()
    size_param = LINKED[op_id][3]
    assert [r.url.params.get("offset") for r in requests] == [None, *(f"R{40 * n}" for n in range(1, 6))]
    assert {r.url.params[size_param] for r in requests} == {"40"}
    for name, value in LINKED_PARAMS[op_id].items():
        assert all(r.url.params.get(name, r.url.path.rsplit("/", 1)[-1]) == value for r in requests)
    assert all("page" not in r.url.params for r in requests)
    # limit= is sent as the operation's own size parameter (which is limit itself for short-URL tracking)
    assert all(size_param == "limit" or "limit" not in r.url.params for r in requests)


@pytest.mark.anyio
async def test_linked_pages_stop_at_max_items_and_on_a_repeated_cursor(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_callback(linked_pages("list_own_numbers", 10_000), url=f"{BASE}/own-numbers?page_size=20")
    stuck = {
        "alpha_tags": [{"id": "X"}],
        "_metadata": {"pagination": {"next": "/v3/alpha-tags?offset=SAME"}},
    }
    httpx_mock.add_response(
        json=stuck, is_reusable=True, url=httpx.URL(f"{BASE}/alpha-tags", params={"page_size": "100"})
    )
    httpx_mock.add_response(
        json=stuck,
        is_reusable=True,
        url=httpx.URL(f"{BASE}/alpha-tags", params={"page_size": "100", "offset": "SAME"}),
    )
    async with ClickSend("user", "key") as cs:
        first = [r.id async for r in cs.paginate("list_own_numbers", limit=20, max_items=15)]
        looped = [r async for r in cs.paginate("list_alpha_tags")]
        with pytest.raises(ValidationError, match="1 to 500"):
            cs.paginate("list_default_senders", limit=501)
        with pytest.raises(ValidationError, match="15 to 100"):
            cs.paginate("list_voice_history", limit=5)
    assert first == [f"R{i}" for i in range(15)]
    assert len(looped) == 2  # the first page, and the page its link leads to; that page links to itself
    assert len(httpx_mock.get_requests()) == 3


@pytest.mark.anyio
async def test_every_pagination_style_against_the_mock(anyio_backend: str) -> None:
    app = create_app()
    countries = ["AU", "NZ", "US", "GB", "CA", "FR", "DE", "IT", "ES", "JP", "SG", "IE"]
    async with mock_client(app) as cs:
        for n in range(23):
            await cs.call("create_alpha_tag", alpha_tag=f"Shop{n:02d}")
        for country in countries:
            strategy = {"sender_type": "alpha_tag", "sender_id": "Shop00"}
            await cs.call(
                "create_default_sender",
                country_code=country,
                product_type="SMS",
                default_sender_strategies=[strategy],
            )
        verification = await cs.call(
            "request_own_number_verification", phone_number="+61411111111", country="AU"
        )
        await cs.call(
            "verify_own_number",
            verification_id=verification.id,
            phone_number="+61411111111",
            country="AU",
            code="4242",
        )
        await cs.call("request_own_number_verification", phone_number="+61422222222", country="AU")
        tags = [t.alpha_tag async for t in cs.paginate("list_alpha_tags", limit=10)]
        senders = [s.country_code async for s in cs.paginate("list_default_senders", limit=5)]
        approved = [
            n.phone_number
            async for n in cs.paginate("list_own_numbers", **{"filter[status][]": ["APPROVED"]})
        ]
        everyone = [n.status async for n in cs.paginate("list_own_numbers", limit=1)]
    assert tags == [f"Shop{n:02d}" for n in range(23)]
    assert app.stats.count("list_alpha_tags", 200) == 3
    assert sorted(senders) == sorted(countries)
    assert app.stats.count("list_default_senders", 200) == 3
    assert approved == ["+61411111111"]
    assert sorted(everyone) == ["APPROVED", "PENDING"]


@pytest.mark.anyio
async def test_bare_answers_and_answers_without_a_body_through_call(anyio_backend: str) -> None:
    app = create_app()
    async with mock_client(app) as cs:
        tag = await cs.call("create_alpha_tag", alpha_tag="AcmeShop", reason="Company Name")
        fetched = await cs.call("get_alpha_tag", alpha_tag_id=tag.id)
        deleted = await cs.call("delete_alpha_tag", alpha_tag_id=tag.id)
        sender = await cs.call(
            "create_default_sender",
            country_code="AU",
            product_type="SMS",
            default_sender_strategies=[{"sender_type": "alpha_tag", "sender_id": "AcmeShop"}],
        )
        removed = await cs.call("delete_default_sender", default_sender_id=sender.id)
        with pytest.raises(NotFoundError):
            await cs.call("get_alpha_tag", alpha_tag_id=tag.id)
        verification = await cs.call(
            "request_own_number_verification", phone_number="+61411111111", country="AU"
        )
        with pytest.raises(BadRequestError, match="code"):
            await cs.call(
                "verify_own_number",
                verification_id=verification.id,
                phone_number="+61411111111",
                country="AU",
                code="000000",
            )
        number = await cs.call("get_own_number", own_number_id=verification.own_number_id)
    assert (type(tag).__name__, tag.status, fetched.alpha_tag) == ("AlphaTag", "PENDING", "AcmeShop")
    assert deleted is None
    assert removed is None
    assert sender.default_sender_strategies[0].priority == 1
    assert (number.status, number.phone_number) == ("PENDING", "+61411111111")
    assert app.stats.count("delete_default_sender", 204) == 1


# ---------------------------------------------------------------- the rest


@pytest.mark.anyio
async def test_short_url_statistics_and_tracking_walk_every_open(anyio_backend: str) -> None:
    app = create_app()
    async with mock_client(app) as cs:
        stats = await cs.call("get_short_url_statistics", source="quick_sms", source_id="ABC")
        long_url_id = stats.data[0].long_url_id
        opens = [o async for o in cs.paginate("list_short_url_tracking", long_url_id=long_url_id, limit=10)]
    assert stats.data[0].links.opened_unique == len(opens) == 35
    assert len({o.contact.contact_id for o in opens}) == 35
    assert sum(c.count for c in stats.data[0].device) == 35
    assert app.stats.count("list_short_url_tracking", 200) == 4


@pytest.mark.anyio
async def test_reseller_clients_lists_replies_templates_and_duplicates(anyio_backend: str) -> None:
    from clicksend_async._index import operation

    app = create_app(MockConfig(balance=Decimal("50")))
    client = {
        "username": "client1",
        "password": "pw-123456",
        "user_email": "c@example.com",
        "user_phone": "+61411111111",
        "user_first_name": "C",
        "user_last_name": "Lient",
        "account_name": "Client Co",
        "country": "AU",
    }
    async with mock_client(app) as cs:
        created = await cs.call("create_reseller_account", **client)
        await cs.call("transfer_reseller_credit", client_user_id=created.user_id, balance=20, currency="AUD")
        with pytest.raises(BadRequestError, match="credit"):
            await cs.call(
                "transfer_reseller_credit", client_user_id=created.user_id, balance=31, currency="AUD"
            )
        renamed = await cs.call(
            "update_reseller_account", client_user_id=created.user_id, account_name="New Co"
        )
        clients = [c.username async for c in cs.paginate("list_reseller_accounts")]
        contact_list = await cs.call("create_contact_list", list_name="L")
        for first in ("Ann", "Ann", "Bob", "ann"):
            await cs.call(
                "create_contact", list_id=contact_list.list_id, phone_number=AU_NUMBER, first_name=first
            )
        removed = await cs.call(
            "remove_duplicate_contacts", list_id=contact_list.list_id, fields=["phone_number", "first_name"]
        )
        left = [c.first_name async for c in cs.paginate("list_contacts", list_id=contact_list.list_id)]
        template = await cs.call("create_sms_template", template_name="T", body="Hi")
        fetched = await cs.call("get_sms_template", template_id=template.template_id)
        reply = app.add_inbound_sms("+61422222222", "STOP")
        found = await cs.call("get_inbound_sms", original_message_id=reply["message_id"])
        with pytest.raises(NotFoundError):
            await cs.call("get_inbound_sms", original_message_id="NO-SUCH-ID")
    assert (renamed.account_name, renamed.balance) == ("New Co", "20.0000")
    assert app.store.balance == Decimal("30")
    assert clients == ["client1"]
    assert removed.deleted == 2  # the second Ann, and ann (compared without case)
    assert left == ["Ann", "Bob"]
    assert fetched.body == "Hi"
    assert found.body == "STOP"
    assert operation("transfer_reseller_credit")["idempotent"] is False  # moves money: never retried blindly


@pytest.mark.anyio
async def test_scheduled_mms_are_cancelled_one_or_all_and_refunded(anyio_backend: str) -> None:
    app = create_app(MockConfig(balance=Decimal("100")))
    later = {"subject": "Sale", "schedule": 4_000_000_000}
    async with mock_client(app) as cs:
        report = await cs.send_mms(
            [{"to": f"+6141100{i:04d}", "body": f"pic {i}", **later} for i in range(3)],
            media_file="https://example.com/a.jpg",
        )
        first = report.outcomes[0].message_id
        await cs.call("cancel_mms", message_id=first)
        with pytest.raises(BadRequestError):
            await cs.call("cancel_mms", message_id=first)
        await cs.call("cancel_all_mms")
        history = [m.status async for m in cs.paginate("list_mms_history")]
        with pytest.raises(NotFoundError):  # a cancelled MMS never gets a delivery receipt
            await cs.call("get_mms_receipt", message_id=first)
    assert history == ["Cancelled"] * 3
    assert app.store.balance == Decimal("100")


@pytest.mark.anyio
async def test_faxes_and_postcards_are_priced_charged_and_listed(anyio_backend: str) -> None:
    app = create_app(MockConfig(balance=Decimal("100")))
    fax = {
        "file_url": "https://example.com/doc.pdf",
        "messages": [{"to": "+61261111115", "custom_string": "f1"}, {"to": "+61900000000"}],
    }
    card = {
        "file_urls": ["https://example.com/front.pdf", "https://example.com/back.pdf"],
        "recipients": [
            {
                "address_name": "Jane",
                "address_line_1": "1 Main St",
                "address_city": "Melbourne",
                "address_postal_code": "3000",
                "address_country": "AU",
            }
        ],
    }
    async with mock_client(app) as cs:
        fax_quote = await cs.call("calculate_fax_price", **fax)
        faxed = await cs.call("send_fax", **fax)
        faxes = [f.custom_string async for f in cs.paginate("list_fax_history")]
        card_quote = await cs.call("calculate_postcard_price", **card)
        posted = await cs.call("send_postcard", **card)
        cards = [c.address_city async for c in cs.paginate("list_postcard_history")]
    assert [m.status for m in faxed.messages] == ["SUCCESS", "INVALID_RECIPIENT"]
    assert fax_quote.total_price == faxed.total_price == "0.1500"
    assert faxes == ["f1"]
    assert card_quote.total_price == posted.total_price == "1.7100"
    assert cards == ["Melbourne"]
    assert app.store.balance == Decimal("100") - Decimal("0.1500") - Decimal("1.7100")


@pytest.mark.anyio
async def test_direct_mail_campaigns_are_priced_then_listed_with_their_areas(anyio_backend: str) -> None:
    app = create_app()
    campaign = {
        "name": "Flyers",
        "size": "A5",
        "file_urls": ["https://example.com/flyer.pdf"],
        "areas": [{"location_id": "AU-3000", "quantity": 100}, {"location_id": "AU-3001", "quantity": 50}],
    }
    async with mock_client(app) as cs:
        quote = await cs.call("calculate_direct_mail_campaign_price", **campaign)
        listed_before = [c async for c in cs.paginate("list_direct_mail_campaigns")]
        sent = await cs.call("send_direct_mail_campaign", **campaign)
        listed = [c async for c in cs.paginate("list_direct_mail_campaigns")]
        receipt = await cs.call("add_email_receipt_webhook", url="https://example.com/hook")
    assert (quote.total_count, quote.total_price) == (150, "82.5000")
    assert listed_before == []
    assert [c.campaign_id for c in listed] == [sent.campaign_id]
    assert [(a.location_id, a.quantity) for a in listed[0].field_areas] == [("AU-3000", 100), ("AU-3001", 50)]
    assert receipt.status == "Delivered"
