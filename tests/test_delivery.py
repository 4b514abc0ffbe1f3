"""Awaiting delivery and replies: the tracker's rules, and the poll path against the mock."""

from __future__ import annotations

from typing import Any

import anyio
import httpx
import pytest

from clicksend_async import ClickSend, ConfigurationError, ValidationError
from clicksend_async._delivery import DeliveryTracker
from clicksend_async.mock import MockConfig, create_app, mock_client
from clicksend_async.webhooks import DeliveryReceipt, InboundMessage, parse_record
from tests.delivery_helpers import mock_truth, numbers

pytestmark = pytest.mark.anyio


def receipt(message_id: str, code: int, **extra: Any) -> DeliveryReceipt:
    event = parse_record({"message_id": message_id, "status_code": code, "timestamp": 1, **extra})
    assert isinstance(event, DeliveryReceipt)
    return event


def fast(cs: ClickSend) -> ClickSend:
    cs.poller.interval = cs.poller.max_interval = 0.01
    return cs


# ---------------------------------------------------------------------- the tracker's rules


async def test_a_receipt_before_its_message_is_tracked_is_applied_when_it_is() -> None:
    tracker = DeliveryTracker()
    assert tracker.apply(receipt("aa-1", 201)) is False  # early: kept
    tracker.track_message("AA-1")  # ids are compared without case
    assert tracker.status("aa-1") == "delivered"


async def test_duplicates_and_late_pending_receipts_never_replace_a_final_status() -> None:
    tracker = DeliveryTracker()
    tracker.track_message("M")
    assert tracker.apply(receipt("M", 200)) is False  # pending stays pending
    assert tracker.status("M") == "pending"
    assert tracker.apply(receipt("M", 301)) is True
    assert tracker.apply(receipt("M", 301)) is False  # duplicate
    assert tracker.apply(receipt("M", 201)) is False  # a final status is never replaced
    assert tracker.apply(receipt("M", 200)) is False
    assert tracker.status("M") == "failed"


async def test_early_receipts_are_bounded_and_expire() -> None:
    now = [0.0]
    tracker = DeliveryTracker(early_limit=3, early_ttl=10, clock=lambda: now[0])
    for i in range(5):
        tracker.apply(receipt(f"E{i}", 201))
    assert len(tracker._early) == 3  # the oldest two were dropped
    tracker.apply(receipt("E4", 200))  # a later pending one does not replace the final one kept
    now[0] = 11
    tracker.apply(receipt("NEW", 201))  # the three older than 10 s expire
    assert list(tracker._early) == ["NEW"]
    tracker.track_message("E4")
    assert tracker.status("E4") == "pending"


async def test_forgotten_slots_are_reused() -> None:
    tracker = DeliveryTracker()
    for i in range(10):
        tracker.track_message(f"A{i}")
    for i in range(10):
        tracker.forget_message(f"A{i}")
    for i in range(10):
        tracker.track_message(f"B{i}")
    assert (len(tracker), len(tracker._status)) == (10, 10)
    assert tracker.status("A1") is None


async def test_waits_on_the_same_report_overlap_without_losing_each_other() -> None:
    async with mock_client() as cs:
        report = await cs.send_sms(numbers(3))
        ids = [o.message_id for o in report.outcomes]
        results: list[Any] = []

        async def wait() -> None:
            results.append(await cs.wait_for_delivery(report, timeout=5, source="webhook"))

        async with anyio.create_task_group() as tg:
            tg.start_soon(wait)
            tg.start_soon(wait)
            await anyio.sleep(0.05)
            for message_id in ids:
                assert message_id is not None
                cs.handle_event(receipt(message_id, 201))
        assert [len(r.delivered) for r in results] == [3, 3]
        assert len(cs.deliveries) == 0  # both waits over: nothing stays tracked


# ---------------------------------------------------------------------- the poll path


async def test_polling_without_a_poll_rule_says_how_to_create_one() -> None:
    async with mock_client() as cs:
        with pytest.raises(ConfigurationError, match=r"enable_receipt_polling\('sms'\)"):
            await cs.wait_for_delivery("ABC", source="poll")
        with pytest.raises(ConfigurationError, match=r"enable_inbound_polling\(\)"):
            await cs.inbound(source="poll").__anext__()
        assert await cs.enable_receipt_polling() is True
        assert await cs.enable_receipt_polling() is False  # exists: not duplicated
        rules = await cs.call("list_sms_receipt_rules")
        assert [(r.action, r.enabled) for r in rules.data] == [("POLL", 1)]


async def test_ten_thousand_messages_delivered_failed_and_never_give_exact_counts() -> None:
    config = MockConfig(
        seed=11,
        delivery_failure_rate=0.15,
        undelivered_rate=0.05,
        receipt_disorder_rate=0.2,
        delivery_jitter=0.5,
    )
    app = create_app(config)
    async with fast(mock_client(app)) as cs:
        await cs.enable_receipt_polling("sms")
        report = await cs.send_sms([*numbers(10_000), {"to": "+61400", "body": "malformed"}], invalid="skip")
        result = await cs.wait_for_delivery(report, timeout=8, source="poll")
    truth = mock_truth(app)
    assert truth["delivered"] > 8000
    assert truth["failed"] > 1000
    assert truth["never"] > 300
    assert (len(result.delivered), len(result.failed), len(result.pending)) == (
        truth["delivered"],
        truth["failed"],
        truth["never"],
    )
    assert [o.status for o in result.not_sent] == ["invalid"]  # not waited for, and said so
    failed = result.failed[0]
    assert failed.message_id is not None
    assert result.receipts[failed.message_id].status_code == 301
    assert {o.custom_string for o in result.delivered}.isdisjoint(o.custom_string for o in result.failed)


async def test_a_timeout_leaves_the_rest_pending_and_one_message_gives_its_final_receipt() -> None:
    app = create_app(MockConfig(seed=2, delivery_delay=0.3))
    async with fast(mock_client(app)) as cs:
        await cs.enable_receipt_polling()
        report = await cs.send_sms(numbers(2))
        early = await cs.wait_for_delivery(report, timeout=0.05)  # default source: poll (no webhook app)
        assert (len(early.pending), len(early.delivered)) == (2, 0)
        message_id = report.outcomes[0].message_id
        assert message_id is not None
        final = await cs.wait_for_delivery(message_id, timeout=5)
        assert final is not None
        assert (final.message_id, final.status, final.custom_string) == (message_id, "delivered", "c0")
        assert await cs.wait_for_delivery("NO-SUCH-MESSAGE", timeout=0.05) is None


async def test_polled_receipts_are_marked_read_only_after_they_were_handed_on() -> None:
    app = create_app(MockConfig(seed=4))
    async with fast(mock_client(app)) as cs:
        await cs.enable_receipt_polling()
        cs.poller.settle = 0.0  # every record is old enough to be marked read at once
        report = await cs.send_sms(numbers(30))
        clock = [1e12]  # first poll: our clock says the records are too recent to mark read
        cs.poller._clock = lambda: clock[0] - 1e12
        broken = cs.poller._hand_on

        def crash(event: Any) -> bool:
            raise RuntimeError("the process died while handing on")

        cs.poller._hand_on = crash
        with pytest.raises(RuntimeError):
            await cs.wait_for_delivery(report, timeout=1)
        assert len(app.store.deliveries.unread("sms")) == 30  # nothing lost: nothing was marked read
        cs.poller._hand_on = broken
        cs.poller._clock = lambda: clock[0]
        result = await cs.wait_for_delivery(report, timeout=5)
        assert len(result.delivered) == 30
        assert app.store.deliveries.unread("sms") == []  # handed on, then marked read


async def test_replies_are_polled_with_the_outcome_they_answer() -> None:
    app = create_app(MockConfig(seed=5))
    async with fast(mock_client(app)) as cs:
        await cs.enable_inbound_polling()
        report = await cs.send_sms(numbers(3))
        cs.deliveries.track(report)  # keep the report's messages known, for in_reply_to
        outcome = report.outcomes[1]
        assert outcome.message_id is not None
        app.reply(outcome.message_id, "YES please")
        app.add_inbound_sms("+61499999999", "unrelated")
        replies: list[InboundMessage] = []
        with anyio.fail_after(5):
            async for reply in cs.inbound(source="poll"):
                replies.append(reply)
                if len(replies) == 2:
                    break
        ours = next(r for r in replies if r.body == "YES please")
        assert ours.in_reply_to == outcome
        assert (ours.from_, ours.original_message_id, ours.keyword) == (outcome.to, outcome.message_id, "yes")
        assert next(r for r in replies if r.body == "unrelated").in_reply_to is None
        assert app.store.deliveries.unread_inbound() != []  # too recent to mark read (settle)


async def test_auto_reply_answers_every_delivered_sms() -> None:
    app = create_app(MockConfig(seed=6, auto_reply="STOP"))
    async with fast(mock_client(app)) as cs:
        await cs.enable_inbound_polling()
        await cs.send_sms(numbers(4))
        bodies = []
        with anyio.fail_after(5):
            async for reply in cs.inbound(source="poll"):
                bodies.append(reply.body)
                if len(bodies) == 4:
                    break
        assert bodies == ["STOP"] * 4


async def test_bad_arguments_are_refused_before_anything_is_sent() -> None:
    app = create_app()
    async with mock_client(app) as cs:
        with pytest.raises(ValidationError, match="source"):
            await cs.wait_for_delivery("A", source="carrier-pigeon")  # type: ignore[call-overload]
        with pytest.raises(ValidationError, match="channel"):
            await cs.wait_for_delivery("A", channel="telegram", source="webhook")
        with pytest.raises(ValidationError, match="target"):
            await cs.wait_for_delivery(42, source="webhook")  # type: ignore[call-overload]
    assert app.stats.count() == 0


def test_the_blocking_client_waits_for_delivery_too() -> None:
    from clicksend_async import ClickSendSync
    from clicksend_async.mock._client import MOCK_BASE_URL

    app = create_app(MockConfig(seed=8))
    with ClickSendSync(
        "mock-user",
        "mock-key",
        base_url=MOCK_BASE_URL,
        transport=httpx.ASGITransport(app=app),
        allow_http=True,
    ) as cs:
        cs._async.poller.interval = 0.01
        assert cs.enable_receipt_polling() is True
        report = cs.send_sms(numbers(3))
        result = cs.wait_for_delivery(report, timeout=5)
        assert len(result.delivered) == 3
