"""End to end over real loopback sockets: the mock, served, pushes receipts and replies over HTTP to
``webhook_app`` served on loopback; the client sends to the mock and awaits delivery from the pushes."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import urlencode

import anyio
import httpx
import pytest

from clicksend_async import ClickSend, ConfigurationError
from clicksend_async.mock import MockApp, MockConfig, create_app, serve
from clicksend_async.webhooks import DeliveryReceipt, Event, InboundMessage, WebhookApp, webhook_app
from clicksend_async.webhooks import serve as serve_webhooks
from tests.delivery_helpers import mock_truth, numbers

pytestmark = pytest.mark.anyio
TOKEN = "t0ken-for-the-loopback-tests-only"


@asynccontextmanager
async def pushing(
    config: MockConfig, **hook: Any
) -> AsyncIterator[tuple[MockApp, ClickSend, WebhookApp, str]]:
    """The mock and the webhook app, each served on its own loopback port, and a client of the mock."""
    app = create_app(config)
    async with serve(app) as mock_server:
        cs = ClickSend("mock-user", "mock-key", base_url=mock_server.base_url)
        hooks = webhook_app(cs, token=TOKEN, **hook)
        async with cs, serve_webhooks(hooks) as hook_server:
            yield app, cs, hooks, f"http://127.0.0.1:{hook_server.port}/clicksend/events"


async def settled(app: MockApp) -> None:
    """Until the mock has released every receipt and reply and each push was answered (polled: the mock
    offers no event for it)."""
    with anyio.fail_after(60):
        while not app.deliveries_idle:  # noqa: ASYNC110
            await anyio.sleep(0.02)


async def test_pushed_receipts_with_duplicates_and_disorder_give_exact_counts() -> None:
    config = MockConfig(seed=21, delivery_failure_rate=0.1, undelivered_rate=0.05, receipt_disorder_rate=0.2)
    seen: list[Event] = []
    async with pushing(config, on_event=seen.append) as (app, cs, hooks, url):
        assert await cs.configure_webhooks(f"{url}?token={TOKEN}") == [
            "sms: created a URL rule",
            "inbound: created a URL rule",
        ]
        report = await cs.send_sms(numbers(500))
        await settled(app)  # the receipts of messages that never get one would keep the wait to its end
        # the webhook is the default source now; receipts pushed before this call were kept
        result = await cs.wait_for_delivery(report, timeout=0.5)
    expected = mock_truth(app)
    assert expected["never"] > 10
    assert (len(result.delivered), len(result.failed), len(result.pending)) == (
        expected["delivered"],
        expected["failed"],
        expected["never"],
    )
    pushes = Counter(p.status for p in app.pushes)
    assert pushes == {200: len(app.pushes)}  # every push was answered 200 over HTTP
    assert len(seen) == hooks.received == len(app.pushes) > 500  # duplicates and stale ones included
    assert all(isinstance(e, DeliveryReceipt) for e in seen)
    stale = [e for e in seen if isinstance(e, DeliveryReceipt) and e.status_code == 200]
    assert stale  # out of order: a pending receipt after the final one, ignored
    assert all(p.fields["user_id"] == 1 for p in app.pushes)  # pushed variables beyond the polled record


async def test_the_poll_path_over_loopback_gives_exact_counts() -> None:
    config = MockConfig(
        seed=11,
        delivery_failure_rate=0.15,
        undelivered_rate=0.05,
        receipt_disorder_rate=0.2,
        delivery_jitter=0.5,
    )
    app = create_app(config)
    async with serve(app) as server, ClickSend("mock-user", "mock-key", base_url=server.base_url) as cs:
        cs.poller.interval = 0.05
        await cs.enable_receipt_polling("sms")
        report = await cs.send_sms(numbers(1000))
        await settled(app)
        result = await cs.wait_for_delivery(report, timeout=5, source="poll")
    expected = mock_truth(app)
    assert expected["delivered"] > 700
    assert expected["failed"] > 100
    assert expected["never"] > 20
    assert (len(result.delivered), len(result.failed), len(result.pending)) == (
        expected["delivered"],
        expected["failed"],
        expected["never"],
    )
    assert app.stats.count("mark_sms_receipts_read") >= 1


async def test_receipts_that_arrive_before_the_wait_are_applied() -> None:
    async with pushing(MockConfig(seed=3)) as (app, cs, _, url):
        await cs.configure_webhooks(f"{url}?token={TOKEN}", inbound=False)
        report = await cs.send_sms(numbers(50))
        await settled(app)  # every receipt was pushed before the messages are tracked
        result = await cs.wait_for_delivery(report, timeout=1)
        assert len(result.delivered) == 50


async def test_a_wrong_or_missing_token_is_refused_and_nothing_is_recorded() -> None:
    seen: list[Event] = []
    async with pushing(MockConfig(seed=4), on_event=seen.append) as (app, cs, hooks, url):
        await cs.configure_webhooks(f"{url}?token=wrong-token-of-some-length", inbound=False)
        report = await cs.send_sms(numbers(5))
        await settled(app)
        assert [p.status for p in app.pushes] == [401] * 5
        async with httpx.AsyncClient() as http:
            body = urlencode({"message_id": report.outcomes[0].message_id, "status_code": "201"})
            form = {"content-type": "application/x-www-form-urlencoded"}
            assert (await http.post(url, content=body, headers=form)).status_code == 401
            assert (await http.post(f"{url}?token=", content=body, headers=form)).status_code == 401
            assert (
                await http.post(f"{url}?token={TOKEN}&token=x", content=body, headers=form)
            ).status_code == 401
            assert (await http.post(f"{url}?token={TOKEN}", content=b"{", headers=form)).status_code == 400
            big = b"x" * 70_000
            assert (await http.post(f"{url}?token={TOKEN}", content=big, headers=form)).status_code == 413
            assert (await http.put(f"{url}?token={TOKEN}", content=body)).status_code == 405
        result = await cs.wait_for_delivery(report, timeout=0.2)
        assert (len(result.pending), seen, hooks.received) == (5, [], 0)


async def test_replies_are_pushed_as_json_get_and_form_and_carry_the_outcome() -> None:
    for webhook_type in ("json", "get", "post"):
        async with pushing(MockConfig(seed=5)) as (app, cs, _, url):
            await cs.configure_webhooks(f"{url}?token={TOKEN}", webhook_type=webhook_type)  # type: ignore[arg-type]
            report = await cs.send_sms(numbers(2))
            cs.deliveries.track(report)
            outcome = report.outcomes[0]
            assert outcome.message_id is not None
            replies = cs.inbound()
            app.reply(outcome.message_id, "Yes please")
            with anyio.fail_after(10):
                reply = await replies.__anext__()
            await replies.aclose()
            await settled(app)
            assert isinstance(reply, InboundMessage)
            assert (reply.body, reply.from_, reply.in_reply_to) == ("Yes please", outcome.to, outcome)
            push = next(p for p in app.pushes if p.kind == "inbound")
            assert push.webhook_type == webhook_type
            if webhook_type == "json":
                assert (reply.raw["sms"], reply.raw["user_id"]) == (outcome.to, 1)  # alias keys, numbers


async def test_the_mock_pushes_only_to_loopback_and_says_so() -> None:
    async with pushing(MockConfig(seed=6)) as (app, cs, _, _url):
        await cs.configure_webhooks("https://hooks.example.com/clicksend?token=abc", inbound=False)
        await cs.send_sms(numbers(1))
        await settled(app)
        [push] = app.pushes
        assert (push.status, push.url) == (None, "https://hooks.example.com/clicksend?token=abc")
        assert push.error is not None
        assert "loopback" in push.error


async def test_configure_webhooks_is_idempotent_and_updates_its_own_rule() -> None:
    async with pushing(MockConfig(seed=7)) as (_, cs, _, url):
        first = f"{url}?token={TOKEN}"
        await cs.configure_webhooks(first, channels=("sms", "voice"))
        assert await cs.configure_webhooks(first, channels=("sms", "voice")) == [
            "sms: kept rule 1",
            "voice: kept rule 1",
            "inbound: kept rule 1",
        ]
        moved = await cs.configure_webhooks(f"{url}?token=another-token-0000", channels=("sms",))
        assert moved == ["sms: updated rule 1", "inbound: updated rule 1"]
        rules = (await cs.call("list_sms_receipt_rules")).data
        assert [r.action_address for r in rules] == [f"{url}?token=another-token-0000"]


async def test_a_short_token_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="token"):
        webhook_app(None, token="short")


async def test_webhook_app_without_a_client_calls_on_event_with_async_callbacks() -> None:
    got: list[Event] = []

    async def record(event: Event) -> None:
        got.append(event)

    hooks = webhook_app(None, token=TOKEN, on_event=record)
    transport = httpx.ASGITransport(app=hooks)
    async with httpx.AsyncClient(transport=transport, base_url="http://hooks") as http:
        inbound = {
            "message_id": "M1",
            "sms": "+61411111111",
            "message": "hi",
            "originalsenderid": "+61400000000",
        }
        answer = await http.post(f"/any/path?token={TOKEN}", content=json.dumps(inbound))
        query = await http.get(f"/?token={TOKEN}&" + urlencode({"message_id": "R1", "status_code": "301"}))
        ping = await http.get(f"/?token={TOKEN}")
    assert (answer.status_code, query.status_code, ping.status_code) == (200, 200, 200)
    assert [type(e).__name__ for e in got] == ["InboundMessage", "DeliveryReceipt"]
