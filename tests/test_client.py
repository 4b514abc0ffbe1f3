"""The handwritten layer (``overrides/``) against pytest-httpx, on asyncio and trio."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from typing import Any

import anyio
import httpx
import pytest
from pytest_httpx import HTTPXMock

from clicksend_async import (
    APIConnectionError,
    AuthenticationError,
    ClickSend,
    ConfigurationError,
    NotFoundError,
    ValidationError,
)
from clicksend_async.api.sms import send_sms as send_sms_op
from clicksend_async.models import SendSmsBody, SmsMessageInput

BASE = "https://rest.clicksend.com/v3"
SECRET = "K3Y-7f0e-SECRET"


class Sleeps:
    """Records backoff delays instead of waiting."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, delay: float) -> None:
        self.delays.append(delay)


def make_client(**kwargs: Any) -> ClickSend:
    kwargs.setdefault("sleep", Sleeps())
    return ClickSend("user", SECRET, **kwargs)


def echo_send(request: httpx.Request) -> httpx.Response:
    """A ClickSend-like answer: every message queued, except those whose body is REJECT (invalid recipient)."""
    sent = json.loads(request.content)["messages"]
    results = [
        {
            "to": m["to"],
            "custom_string": m["custom_string"],
            "message_id": f"ID-{m['custom_string']}",
            "status": "INVALID_RECIPIENT" if m["body"] == "REJECT" else "SUCCESS",
            "message_price": "0.0770",
        }
        for m in sent
    ]
    data = {"total_count": len(sent), "messages": results, "_currency": {"currency_name_short": "AUD"}}
    return httpx.Response(
        200, json={"http_code": 200, "response_code": "SUCCESS", "response_msg": "ok", "data": data}
    )


def messages(n: int, start: int = 0) -> list[dict[str, Any]]:
    return [{"to": f"+6141{i:07d}", "body": f"hello {i}"} for i in range(start, start + n)]


# ---------------------------------------------------------------- configuration


def test_credentials_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLICKSEND_USERNAME", "env-user")
    monkeypatch.setenv("CLICKSEND_API_KEY", "env-key")
    assert ClickSend().username == "env-user"


def test_missing_credentials_are_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLICKSEND_USERNAME", raising=False)
    monkeypatch.delenv("CLICKSEND_API_KEY", raising=False)
    with pytest.raises(ConfigurationError, match="CLICKSEND_USERNAME"):
        ClickSend()
    with pytest.raises(ConfigurationError, match="CLICKSEND_API_KEY"):
        ClickSend("someone")


def test_plain_http_is_refused_except_loopback_or_when_allowed() -> None:
    with pytest.raises(ConfigurationError, match="plain-http"):
        ClickSend("u", "k", base_url="http://rest.clicksend.com/v3")
    ClickSend("u", "k", base_url="http://127.0.0.1:8080/v3")
    ClickSend("u", "k", base_url="http://mock.internal/v3", allow_http=True)


def test_api_key_never_in_repr() -> None:
    client = make_client()
    assert SECRET not in repr(client)
    assert SECRET not in repr(client.client)


# ---------------------------------------------------------------- batching


@pytest.mark.anyio
async def test_send_sms_batches_by_1000_and_reports_every_message_in_order(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_callback(echo_send, method="POST", url=f"{BASE}/sms/send", is_reusable=True)
    batch = messages(2500)
    batch[1234]["body"] = "REJECT"  # ClickSend will reject this one
    async with make_client() as cs:
        report = await cs.send_sms(batch)
    sizes = [len(json.loads(r.content)["messages"]) for r in httpx_mock.get_requests()]
    assert sorted(sizes) == [500, 1000, 1000]
    assert [o.index for o in report.outcomes] == list(range(2500))
    assert [o.to for o in report.outcomes] == [m["to"] for m in batch]
    assert report.sent == 2499
    assert report.rejected == 1
    assert report.count == 2500
    assert report.outcomes[1234].clicksend_status == "INVALID_RECIPIENT"
    assert str(report.total_price) == str(2499 * __import__("decimal").Decimal("0.0770"))
    assert report.currency == "AUD"
    assert len({o.custom_string for o in report.outcomes}) == 2500


@pytest.mark.anyio
async def test_concurrency_is_bounded(httpx_mock: HTTPXMock) -> None:
    in_flight = peak = 0

    async def slow(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await anyio.sleep(0.2)  # long enough for the next batches to be prepared and started
        in_flight -= 1
        return echo_send(request)

    httpx_mock.add_callback(slow, is_reusable=True)
    async with make_client(max_concurrency=3) as cs:
        report = await cs.send_sms(messages(10_000))
    assert report.sent == 10_000
    assert len(httpx_mock.get_requests()) == 10
    assert peak == 3


@pytest.mark.anyio
async def test_generators_and_async_generators_are_streamed(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_callback(echo_send, is_reusable=True)

    async def agen() -> AsyncIterator[dict[str, Any]]:
        for m in messages(1500):
            yield m

    async with make_client() as cs:
        from_gen = await cs.send_sms(m for m in messages(1001))
        from_agen = await cs.send_sms(agen())
        from_models = await cs.send_sms([SmsMessageInput(to="+61411111111", body="model")])
    assert (from_gen.sent, from_agen.sent, from_models.sent) == (1001, 1500, 1)


@pytest.mark.anyio
async def test_bad_messages_are_all_reported_and_nothing_is_sent(httpx_mock: HTTPXMock) -> None:
    batch = messages(5)
    batch[1]["to"] = "0411 111 111"
    batch[3]["body"] = "   "
    batch[4]["from"] = "TooLongSenderName"
    async with make_client() as cs:
        with pytest.raises(ValidationError) as caught:
            await cs.send_sms(batch)
    problems = {(p.index, p.field) for p in caught.value.problems}
    assert problems == {(1, "to"), (3, "body"), (4, "from")}
    assert "0411 111 111" in str(caught.value)
    assert httpx_mock.get_requests() == []


@pytest.mark.anyio
async def test_skip_mode_reports_invalid_and_sends_the_rest(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_callback(echo_send)
    batch = messages(3)
    batch[0]["to"] = "not-a-number"
    async with make_client() as cs:
        report = await cs.send_sms(batch, invalid="skip")
    assert [o.status for o in report.outcomes] == ["invalid", "sent", "sent"]
    assert len(json.loads(httpx_mock.get_request().content)["messages"]) == 2


@pytest.mark.anyio
async def test_national_numbers_are_normalised_when_asked(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_callback(echo_send)
    async with make_client(phone_region="AU", normalise_numbers=True) as cs:
        report = await cs.send_sms(
            [{"to": "0411 111 111", "body": "hi"}, {"to": "(212) 555-0100", "body": "hi", "country": "US"}]
        )
    sent = json.loads(httpx_mock.get_request().content)["messages"]
    assert [m["to"] for m in sent] == ["+61411111111", "+12125550100"]
    assert report.sent == 2


@pytest.mark.anyio
async def test_phone_check_also_guards_the_generated_functions(httpx_mock: HTTPXMock) -> None:
    body = SendSmsBody(
        messages=[SmsMessageInput(to="12345", body="x"), SmsMessageInput(to="+61411111111", body="y")]
    )
    async with make_client() as cs:
        with pytest.raises(ValidationError) as caught:
            await send_sms_op.asyncio_detailed(client=cs.client, body=body)
    assert [(p.field, p.value) for p in caught.value.problems] == [("messages[0].to", "12345")]
    assert httpx_mock.get_requests() == []


# ---------------------------------------------------------------- retries


@pytest.mark.anyio
async def test_429_is_retried_after_retry_after(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=429, headers={"Retry-After": "7"}, json={"response_code": "TOO_MANY"})
    httpx_mock.add_callback(echo_send)
    sleeps = Sleeps()
    async with make_client(sleep=sleeps) as cs:
        report = await cs.send_sms(messages(2))
    assert report.sent == 2
    assert sleeps.delays == [7.0]


@pytest.mark.anyio
async def test_5xx_on_a_send_is_not_repeated_and_reported_unconfirmed(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=500, json={"response_code": "INTERNAL_ERROR"})
    async with make_client() as cs:
        report = await cs.send_sms(messages(3))
    assert len(httpx_mock.get_requests()) == 1
    assert [o.status for o in report.outcomes] == ["unconfirmed"] * 3
    assert all(o.custom_string for o in report.outcomes)


@pytest.mark.anyio
async def test_read_timeout_on_a_send_is_unconfirmed_but_connect_failure_is_retried(
    httpx_mock: HTTPXMock,
) -> None:
    httpx_mock.add_exception(httpx.ConnectError("refused"))
    httpx_mock.add_callback(echo_send)
    httpx_mock.add_exception(httpx.ReadTimeout("slow"))
    async with make_client() as cs:
        first = await cs.send_sms(messages(1))
        second = await cs.send_sms(messages(1))
    assert first.sent == 1
    assert second.unconfirmed == 1
    assert "may have reached" in (second.outcomes[0].error or "")
    assert len(httpx_mock.get_requests()) == 3


@pytest.mark.anyio
async def test_idempotent_operations_are_retried_on_5xx(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=502, text="bad gateway")
    httpx_mock.add_response(json={"http_code": 200, "response_code": "SUCCESS", "data": {"user_id": 1}})
    async with make_client() as cs:
        account = await cs.call("get_account")
    assert account.user_id == 1


@pytest.mark.anyio
async def test_connection_errors_are_typed_and_never_raw(httpx_mock: HTTPXMock) -> None:
    for _ in range(4):
        httpx_mock.add_exception(httpx.ConnectError("refused"))
    async with make_client(max_retries=3) as cs:
        with pytest.raises(APIConnectionError) as caught:
            await cs.call("get_account")
    assert caught.value.request_sent is False


# ---------------------------------------------------------------- errors, pagination, actions


@pytest.mark.anyio
async def test_error_statuses_raise_typed_errors(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        status_code=401, json={"response_code": "UNAUTHORIZED", "response_msg": "Bad key."}
    )
    httpx_mock.add_response(status_code=404, json={"response_code": "NOT_FOUND", "response_msg": "No list."})
    async with make_client() as cs:
        with pytest.raises(AuthenticationError, match="UNAUTHORIZED"):
            await cs.call("get_account")
        with pytest.raises(NotFoundError) as caught:
            await cs.call("get_contact_list", list_id=9)
    assert caught.value.response_msg == "No list."
    assert SECRET not in str(caught.value)


@pytest.mark.anyio
async def test_paginate_yields_every_record_once(httpx_mock: HTTPXMock) -> None:
    total = 250

    def page(request: httpx.Request) -> httpx.Response:
        number, limit = int(request.url.params["page"]), int(request.url.params["limit"])
        rows = [{"message_id": str(i)} for i in range((number - 1) * limit, min(number * limit, total))]
        data = {"total": total, "per_page": limit, "current_page": number, "last_page": 3, "data": rows}
        return httpx.Response(200, json={"http_code": 200, "response_code": "SUCCESS", "data": data})

    httpx_mock.add_callback(page, is_reusable=True)
    async with make_client() as cs:
        ids = [r.message_id async for r in cs.paginate("list_sms_history", q="status:Sent")]
        few = [r.message_id async for r in cs.paginate("list_sms_history", max_items=5)]
    assert ids == [str(i) for i in range(total)]
    assert few == ["0", "1", "2", "3", "4"]
    assert httpx_mock.get_requests()[0].url.params["q"] == "status:Sent"


@pytest.mark.anyio
async def test_actions_run_by_catalogue_id_with_catalogue_names(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        json={"http_code": 200, "response_code": "SUCCESS", "response_msg": "Added.", "data": {"x": 1}}
    )
    httpx_mock.add_response(
        status_code=404, json={"http_code": 404, "response_code": "NOT_FOUND", "response_msg": "Nope"}
    )
    async with make_client() as cs:
        ok = await cs.actions.call(
            "CLICKSEND_CREATE_SMS_INBOUND", {"url": "https://example.com/in", "method": "post"}
        )
        missing = await cs.actions.call("CLICKSEND_GET_LISTS2", {"list_id": 404})
        unknown = await cs.actions.call("CLICKSEND_NO_SUCH_ACTION", {})
    assert ok == {
        "successful": True,
        "data": {"x": 1},
        "error": None,
        "http_code": 200,
        "response_msg": "Added.",
        "response_code": "SUCCESS",
    }
    assert json.loads(httpx_mock.get_requests()[0].content) == {
        "url": "https://example.com/in",
        "webhook_type": "post",
    }
    assert missing["successful"] is False
    assert missing["http_code"] == 404
    assert "NOT_FOUND" in missing["error"]
    assert unknown["successful"] is False
    assert "CLICKSEND_NO_SUCH_ACTION" in unknown["error"]


def test_action_schemas_describe_all_183_actions() -> None:
    schemas = make_client().actions.schemas()
    assert len(schemas) == 183
    send = next(s for s in schemas if s["name"] == "CLICKSEND_CREATE_SMS_SEND")
    assert send["title"] == "Send SMS Messages"
    messages_schema = send["parameters"]["properties"]["messages"]
    assert messages_schema["maxItems"] == 1000
    assert "to" in messages_schema["items"]["properties"]
    inbound = next(s for s in schemas if s["name"] == "CLICKSEND_CREATE_SMS_INBOUND")
    assert "method" in inbound["parameters"]["properties"]  # the catalogue's name for the wire's webhook_type


@pytest.mark.anyio
async def test_debug_logs_never_contain_the_api_key(
    httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture
) -> None:
    httpx_mock.add_response(json={"http_code": 200, "data": {"_subaccount": {"api_key": SECRET}}})
    with caplog.at_level(logging.DEBUG, logger="clicksend_async"):
        async with make_client() as cs:
            await cs.call("get_account")
    assert caplog.records
    assert all(SECRET not in r.getMessage() for r in caplog.records)
    assert "<redacted>" in caplog.text


# ---------------------------------------------------------------- progress, prices, timeouts, cancellation


@pytest.mark.anyio
async def test_progress_is_reported_after_each_batch_sync_or_async(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_callback(echo_send, is_reusable=True)
    seen: list[tuple[int, int | None]] = []

    async def async_progress(done: int, total: int | None) -> None:
        seen.append((done, total))

    async with make_client(max_concurrency=1) as cs:
        await cs.send_sms(messages(2500), progress=lambda done, total: seen.append((done, total)))
        await cs.send_sms((m for m in messages(1200)), progress=async_progress)
    assert seen == [(1000, 2500), (2000, 2500), (2500, 2500), (1000, None), (1200, None)]


@pytest.mark.anyio
async def test_price_sms_is_batched_and_quotes_without_sending(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_callback(echo_send, method="POST", url=f"{BASE}/sms/price", is_reusable=True)
    batch = messages(2100)
    batch[7]["body"] = "REJECT"
    async with make_client() as cs:
        quote = await cs.price_sms(batch)
    assert sorted(len(json.loads(r.content)["messages"]) for r in httpx_mock.get_requests()) == [
        100,
        1000,
        1000,
    ]
    assert (quote.count, quote.priced, quote.sent, quote.rejected) == (2100, 2099, 0, 1)
    assert str(quote.total_price) == str(2099 * __import__("decimal").Decimal("0.0770"))
    assert quote.summary().startswith("2100 messages: 2099 priced, 1 rejected")


@pytest.mark.anyio
async def test_a_quote_that_fails_is_failed_not_unconfirmed(httpx_mock: HTTPXMock) -> None:
    # prices are safe to repeat: 5xx is retried, and a quote that never succeeds did not send anything
    httpx_mock.add_response(status_code=503, json={"response_code": "ERROR"}, is_reusable=True)
    async with make_client(max_retries=2) as cs:
        quote = await cs.price_mms(messages(3), media_file="https://x.test/a.jpg", invalid="skip")
        assert quote.invalid == 3  # MMS needs a subject: nothing went out
        quote = await cs.price_mms(
            [{**m, "subject": "s"} for m in messages(3)], media_file="https://x.test/a.jpg"
        )
    assert quote.failed == 3
    assert len(httpx_mock.get_requests()) == 3  # one try and two retries
    assert json.loads(httpx_mock.get_requests()[0].content)["media_file"] == "https://x.test/a.jpg"


@pytest.mark.anyio
async def test_request_timeout_overrides_the_client_timeout_for_one_call(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"http_code": 200, "data": {"user_id": 1}}, is_reusable=True)
    async with make_client(timeout=30) as cs:
        await cs.call("get_account", request_timeout=2.5)
        await cs.call("get_account")
    first, second = (r.extensions["timeout"] for r in httpx_mock.get_requests())
    assert first == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}
    assert second["read"] == 30


@pytest.mark.anyio
async def test_a_read_timeout_is_a_typed_error(httpx_mock: HTTPXMock) -> None:
    from clicksend_async import APITimeoutError

    httpx_mock.add_exception(httpx.ReadTimeout("slow"), is_reusable=True)
    async with make_client(max_retries=1) as cs:
        with pytest.raises(APITimeoutError, match="get_account"):
            await cs.call("get_account", request_timeout=0.5)


@pytest.mark.anyio
async def test_cancelling_a_campaign_half_way_leaves_a_report_of_what_went_out(httpx_mock: HTTPXMock) -> None:
    answered = 0

    async def hang_after_two(request: httpx.Request) -> httpx.Response:
        nonlocal answered
        if answered == 2:
            await anyio.sleep_forever()  # batch 3 is in flight when the campaign is cancelled
        answered += 1
        return echo_send(request)

    httpx_mock.add_callback(hang_after_two, is_reusable=True)
    report = __import__("clicksend_async").SendReport()
    async with make_client(max_concurrency=1) as cs:
        with anyio.move_on_after(1) as scope:
            await cs.send_sms(messages(5000), report=report)
    assert scope.cancelled_caught
    assert len(httpx_mock.get_requests()) == 3  # batches 4 and 5 never left
    assert report.count == 3000
    assert [o.status for o in report.outcomes] == ["sent"] * 2000 + ["unconfirmed"] * 1000
    in_flight = json.loads(httpx_mock.get_requests()[2].content)["messages"]
    assert [o.custom_string for o in report.with_status("unconfirmed")] == [
        m["custom_string"] for m in in_flight
    ]


def test_http2_is_opt_in_and_needs_h2(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_h2(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "h2" or name.startswith("h2."):
            raise ImportError("No module named 'h2'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_h2)
    with pytest.raises(ConfigurationError, match=r"clicksend-async\[http2\]"):
        ClickSend("user", SECRET, http2=True)
    assert ClickSend("user", SECRET).username == "user"  # HTTP/1.1 needs nothing more


def test_http2_enables_it_on_the_connection_pool() -> None:
    cs = ClickSend("user", SECRET, http2=True)
    pool = cs._http._transport._inner._pool  # type: ignore[attr-defined]
    assert pool._http2 is True


@pytest.mark.anyio
async def test_a_message_to_a_contact_list_has_one_outcome_for_all_its_recipients(
    clicksend_mock: ClickSend, clicksend_mock_app: Any
) -> None:
    contact_list = await clicksend_mock.call("create_contact_list", list_name="VIP")
    for number in ("+61412345671", "+61412345672", "+61412345673"):
        await clicksend_mock.call("create_contact", list_id=contact_list.list_id, phone_number=number)
    report = await clicksend_mock.send_sms(
        [
            {"list_id": contact_list.list_id, "body": "Members' sale"},
            {"to": "+61423456789", "body": "Just you"},
            {"list_id": 987_654, "body": "No such list"},
        ]
    )
    to_list, single, unknown = report.outcomes
    assert (to_list.status, to_list.recipients, to_list.price) == (
        "sent",
        3,
        3 * __import__("decimal").Decimal("0.0770"),
    )
    assert (single.status, single.recipients, single.to) == ("sent", 1, "+61423456789")
    assert (unknown.status, unknown.clicksend_status) == ("rejected", "INVALID_RECIPIENT")
    received = clicksend_mock_app.received_messages
    assert sorted(m.to for m in received) == ["+61412345671", "+61412345672", "+61412345673", "+61423456789"]
    assert {m.custom_string for m in received if m.to != "+61423456789"} == {to_list.custom_string}
    with pytest.raises(ValidationError, match="to=None: required \\(or give list_id\\)"):
        await clicksend_mock.send_sms([{"body": "to nobody"}])


@pytest.mark.anyio
async def test_a_failing_progress_callback_stops_the_campaign_with_its_own_error(
    httpx_mock: HTTPXMock,
) -> None:
    httpx_mock.add_callback(echo_send, is_reusable=True)

    def progress(done: int, total: int | None) -> None:
        if done >= 2000:
            raise KeyboardInterruptLike("window closed")

    report = __import__("clicksend_async").SendReport()
    async with make_client(max_concurrency=1) as cs:
        with pytest.raises(KeyboardInterruptLike, match="window closed"):
            await cs.send_sms(messages(5000), progress=progress, report=report)
    assert report.sent == len(httpx_mock.get_requests()) * 1000  # what went out is reported
    assert report.sent < 5000


class KeyboardInterruptLike(Exception):
    pass


@pytest.mark.anyio
async def test_a_voice_call_to_a_contact_list_reaches_every_contact(
    clicksend_mock: ClickSend, clicksend_mock_app: Any
) -> None:
    contact_list = await clicksend_mock.call("create_contact_list", list_name="On call")
    for number in ("+61412345681", "+61412345682"):
        await clicksend_mock.call("create_contact", list_id=contact_list.list_id, phone_number=number)
    report = await clicksend_mock.send_voice(
        [{"list_id": contact_list.list_id, "body": "The server is down", "voice": "female"}]
    )
    [outcome] = report.outcomes
    assert (outcome.status, outcome.recipients) == ("sent", 2)
    assert sorted(m.to for m in clicksend_mock_app.received_messages) == ["+61412345681", "+61412345682"]
    assert {m.kind for m in clicksend_mock_app.received_messages} == {"voice"}
