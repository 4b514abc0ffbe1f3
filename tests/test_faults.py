"""Faults under load: batched sends against the mock ClickSend on a real loopback socket.

The server answers 5% of requests 500, 5% 429 with ``Retry-After``, drops 1% of connections before reading
the request and 1% after storing it, and adds random latency; all seeded. The assertions come from the
server's own record (``received_messages``, keyed by ``custom_string``): nothing reported sent is missing
or stored twice, nothing reported failed/rejected/invalid was stored, and every message has exactly one
outcome. ``make test-stress`` runs the same test with 100,000 messages.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import anyio
import pytest

from clicksend_async import ClickSend, SendReport, ValidationError
from clicksend_async._transport import Backoff
from clicksend_async.mock import MockApp, MockConfig, create_app, serve

FAULTS: dict[str, Any] = {
    "error_rate": 0.05,
    "rate_limit_rate": 0.05,
    "retry_after": 1,  # seconds asked by the server; the client's backoff cap below keeps the test fast
    "drop_before_rate": 0.01,
    "drop_after_rate": 0.01,
    "latency": 0.0,
    "latency_jitter": 0.004,
}


def fault_app(seed: int) -> MockApp:
    return create_app(MockConfig(seed=seed, balance=Decimal(10**9), **FAULTS))


def client(base_url: str, http_backend: str = "httpx") -> ClickSend:
    return ClickSend(
        "mock-user",
        "mock-key",
        base_url=base_url,
        http_backend=http_backend,
        max_concurrency=8,
        max_retries=3,
        backoff=Backoff(base=0.001, cap=0.005),
    )


def campaign(n: int, tag: str) -> list[dict[str, Any]]:
    # distinct bodies: the mock (like ClickSend) throttles an identical message to the same number
    return [
        {"to": f"+614{i % 100_000_000:08d}", "body": f"order {i} shipped", "custom_string": f"{tag}-{i}"}
        for i in range(n)
    ]


@dataclass
class Tally:
    messages: int
    sent: int
    failed_or_rejected: int
    unconfirmed_received: int
    unconfirmed_not_received: int
    unreported: int
    duplicated: int
    lost: int
    faults: dict[str, int]


def reconcile(app: MockApp, sent: list[dict[str, Any]], report: SendReport, *, complete: bool) -> Tally:
    """Check the report against the server's record; return the figures."""
    received = Counter(m.custom_string for m in app.received_messages)
    ours = {m["custom_string"] for m in sent}
    assert set(received) <= ours, "the server stored a message nobody sent"
    duplicated = sum(n - 1 for n in received.values() if n > 1)
    assert duplicated == 0, "a message was stored twice"

    outcomes = report.outcomes
    indexes = [o.index for o in outcomes]
    assert len(indexes) == len(set(indexes)) == report.count
    if complete:
        assert indexes == list(range(len(sent))), "every message has exactly one outcome, in input order"
    lost = 0
    tally = Counter[str]()
    for outcome in outcomes:
        custom = sent[outcome.index]["custom_string"]
        assert outcome.custom_string == custom
        assert outcome.to == sent[outcome.index]["to"]
        stored = received[custom]
        if outcome.status == "sent":
            lost += stored != 1
            assert outcome.message_id
        elif outcome.status in ("failed", "rejected", "invalid"):
            assert stored == 0, f"{custom} reported {outcome.status} but the server stored it"
        else:
            assert outcome.status == "unconfirmed"
            assert outcome.error
            tally["unconfirmed_received" if stored else "unconfirmed_not_received"] += 1
        tally[outcome.status] += 1
    assert lost == 0, "a message reported sent never reached the server"
    reported = set(indexes)
    unreported = [i for i in range(len(sent)) if i not in reported]
    assert all(received[sent[i]["custom_string"]] == 0 for i in unreported), "an unreported message went out"
    stats = app.stats
    return Tally(
        messages=len(sent),
        sent=tally["sent"],
        failed_or_rejected=tally["failed"] + tally["rejected"],
        unconfirmed_received=tally["unconfirmed_received"],
        unconfirmed_not_received=tally["unconfirmed_not_received"],
        unreported=len(unreported),
        duplicated=duplicated,
        lost=lost,
        faults={
            "500": stats.count(status=500),
            "429": stats.count(status=429),
            "dropped_before": stats.dropped_before,
            "dropped_after": stats.dropped_after,
            "requests": stats.count(),
        },
    )


def check_faults_were_injected(tally: Tally) -> None:
    # the fault sequence is seeded and each request draws the next fate, so these counts are reproducible
    assert tally.faults["500"] > 0
    assert tally.faults["429"] > 0
    assert tally.faults["dropped_before"] > 0
    assert tally.faults["dropped_after"] > 0


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("n", "batch_size"),
    [pytest.param(3_000, 10, id="3k"), pytest.param(100_000, 100, id="100k", marks=pytest.mark.stress)],
)
async def test_fan_out_under_faults_loses_and_duplicates_nothing(
    n: int, batch_size: int, record_property: Any, http_backend: str
) -> None:
    app = fault_app(seed=6)
    sent = campaign(n, "load")
    started = time.perf_counter()
    async with serve(app) as server, client(server.base_url, http_backend) as cs:
        report = await cs.send_sms(sent, batch_size=batch_size)
    wall = time.perf_counter() - started
    tally = reconcile(app, sent, report, complete=True)
    check_faults_were_injected(tally)
    assert tally.unreported == 0
    assert tally.sent > 0.8 * n
    # a 500 or a drop of a send is never repeated: its batch is unconfirmed, whether stored or not
    assert tally.unconfirmed_received > 0
    assert tally.unconfirmed_not_received > 0
    assert tally.sent + tally.unconfirmed_received == len(app.received_messages)
    record_property("fault_run", {**tally.__dict__, "wall_seconds": round(wall, 1)})
    print(f"\nfault run: {tally} wall={wall:.1f}s")


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("n", "batch_size"),
    [pytest.param(3_000, 10, id="3k"), pytest.param(100_000, 100, id="100k", marks=pytest.mark.stress)],
)
async def test_cancelling_a_campaign_half_way_reports_exactly_what_went_out(
    n: int, batch_size: int, http_backend: str
) -> None:
    app = fault_app(seed=11)
    sent = campaign(n, "cancel")
    report = SendReport()

    with anyio.CancelScope() as scope:

        def progress(done: int, total: int | None) -> None:
            assert total == n
            if done >= n // 2:
                scope.cancel()

        async with serve(app) as server, client(server.base_url, http_backend) as cs:
            await cs.send_sms(sent, batch_size=batch_size, progress=progress, report=report)
    assert scope.cancelled_caught
    tally = reconcile(app, sent, report, complete=False)
    assert n // 2 <= report.count < n
    assert tally.unreported > 0
    assert tally.sent > 0
    assert tally.sent + tally.unconfirmed_received == len(app.received_messages)
    print(f"\ncancelled run: {tally}")


@pytest.mark.anyio
async def test_streamed_campaign_cancelled_by_a_deadline_reports_what_went_out(http_backend: str) -> None:
    """The same from a generator, cut by ``move_on_after`` while batches are in flight."""
    app = create_app(MockConfig(seed=3, latency=0.05, balance=Decimal(10**6)))
    sent = campaign(2_000, "deadline")
    report = SendReport()
    async with serve(app) as server, client(server.base_url, http_backend) as cs:
        first = await cs.send_sms(sent[:1], batch_size=1)  # warm: the deadline below is for the campaign
        assert first.sent == 1
        app.reset()
        with anyio.move_on_after(0.3) as scope:
            await cs.send_sms((m for m in sent), batch_size=10, report=report)
    assert scope.cancelled_caught
    tally = reconcile(app, sent, report, complete=False)
    assert 0 < report.count < len(sent)
    assert tally.unreported > 0
    assert tally.sent + tally.unconfirmed_received == len(app.received_messages)


@pytest.mark.anyio
@pytest.mark.parametrize("size", [0, 1001, True, "10", 2.5])
async def test_batch_size_out_of_range_is_refused_before_anything_is_sent(size: Any) -> None:
    app = create_app()
    async with serve(app) as server, client(server.base_url) as cs:
        with pytest.raises(ValidationError) as caught:
            await cs.send_sms(campaign(3, "size"), batch_size=size)
    assert [(p.field, p.value) for p in caught.value.problems] == [("batch_size", size)]
    assert app.stats.count() == 0
