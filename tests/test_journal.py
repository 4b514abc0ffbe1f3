"""Campaign journals: resume, reconciliation, refusal of another input, and faults of the journal itself.

In process, against the mock (``httpx.ASGITransport``); the crash proof with real processes and SIGKILL is
in ``test_journal_crash.py``.
"""

from __future__ import annotations

import collections
import json
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import anyio
import pytest

from clicksend_async import ClickSend
from clicksend_async._transport import Backoff
from clicksend_async.journal import (
    JournalError,
    JournalMismatchError,
    SQLiteStore,
    campaign_report,
    campaign_status,
    reconcile,
)
from clicksend_async.journal._rows import sent_body
from clicksend_async.mock import MockApp, MockConfig, create_app, mock_client

pytestmark = pytest.mark.anyio


def campaign(n: int, body: str = "Hello {i}") -> list[dict[str, Any]]:
    return [{"to": f"+6141{i:07d}", "body": body.format(i=i)} for i in range(n)]


def client(app: MockApp, **kwargs: Any) -> ClickSend:
    return mock_client(app, backoff=Backoff(base=0.001, cap=0.01), **kwargs)


def received(app: MockApp) -> collections.Counter[str]:
    return collections.Counter(m.to for m in app.received_messages)


async def test_a_finished_campaign_rerun_sends_nothing_and_reports_the_whole_campaign(tmp_path: Path) -> None:
    path = tmp_path / "spring.journal"
    app = create_app(MockConfig(seed=1))
    messages = [*campaign(250), {"to": "0411", "body": "bad number"}]
    async with client(app) as cs:
        first = await cs.send_sms(messages, journal=path, invalid="skip", batch_size=100)
        again = await cs.send_sms(messages, journal=path, invalid="skip")
    assert (first.sent, first.invalid, first.from_earlier_runs) == (250, 1, 0)
    assert len(app.received_messages) == 250
    assert (again.count, again.sent, again.invalid, again.from_earlier_runs) == (251, 250, 1, 251)
    assert [o.message_id for o in again.outcomes] == [o.message_id for o in first.outcomes]
    assert again.total_price == first.total_price
    assert again.currency == "AUD"
    assert "251 from earlier runs, 0 reconciled as sent, 0 sent again" in again.summary()
    status = await campaign_status(path)
    assert (status.journaled, status.sent, status.invalid, status.in_doubt, status.to_send) == (
        251,
        250,
        1,
        0,
        0,
    )
    report = await campaign_report(path)
    assert [(o.index, o.status, o.message_id) for o in report.outcomes] == [
        (o.index, o.status, o.message_id) for o in first.outcomes
    ]


async def test_custom_strings_are_deterministic_per_campaign_and_index(tmp_path: Path) -> None:
    app = create_app()
    async with client(app) as cs:
        first = await cs.send_sms(campaign(3), journal=tmp_path / "a.journal")
        other = await cs.send_sms(campaign(3), journal=tmp_path / "b.journal")
    tags = {o.custom_string.rsplit("-", 1)[0] for o in first.outcomes}
    assert len(tags) == 1
    assert [o.custom_string.rsplit("-", 1)[1] for o in first.outcomes] == ["0", "1", "2"]
    assert tags.isdisjoint(o.custom_string.rsplit("-", 1)[0] for o in other.outcomes)


async def test_unanswered_batches_are_reconciled_from_the_history_then_the_absent_ones_sent(
    tmp_path: Path,
) -> None:
    path = tmp_path / "c.journal"
    # connections dropped after the message was stored (in ClickSend's history) and before (not stored)
    app = create_app(MockConfig(seed=3, drop_after_rate=0.3, drop_before_rate=0.2))
    messages = campaign(2000)
    async with client(app, max_retries=0) as cs:
        first = await cs.send_sms(messages, journal=path, batch_size=50, settle_delay=0)
        assert first.unconfirmed > 0
        assert first.sent < 2000
        app.config.drop_after_rate = app.config.drop_before_rate = 0.0
        second = await cs.send_sms(messages, journal=path, settle_delay=0)
    assert second.sent == 2000
    assert second.count == 2000
    assert second.reconciled > 0
    assert second.sent_again > 0
    assert second.from_earlier_runs + second.reconciled + second.sent_again + first.failed == 2000
    counts = received(app)
    assert len(counts) == 2000
    assert max(counts.values()) == 1
    ids = {m.custom_string: m.message_id for m in app.received_messages}
    assert all(ids[o.custom_string] == o.message_id for o in second.outcomes)


async def test_a_cancelled_run_leaves_batches_in_flight_that_the_next_run_settles(tmp_path: Path) -> None:
    path = tmp_path / "d.journal"
    app = create_app(MockConfig(latency=0.02))
    messages = campaign(3000)
    async with client(app, max_concurrency=4) as cs:
        with anyio.CancelScope() as scope:
            # cancelled on a batch's answer, when the other batches of the 4 slots are in flight (a timer
            # could fire before any batch went out, on a loaded machine)
            def cancel_half_way(done: int, total: int | None) -> None:
                if done >= 500:
                    scope.cancel()

            await cs.send_sms(messages, journal=path, batch_size=100, progress=cancel_half_way)
        status = await campaign_status(path)
        assert status.in_doubt > 0
        assert status.journaled < 3000
        report = await cs.send_sms(messages, journal=path, settle_delay=0)
    assert report.sent == 3000
    counts = received(app)
    assert len(counts) == 3000
    assert max(counts.values()) == 1


async def test_reconcile_on_demand_settles_without_sending(tmp_path: Path) -> None:
    path = tmp_path / "e.journal"
    app = create_app(MockConfig(seed=5, drop_after_rate=0.5))
    async with client(app, max_retries=0) as cs:
        first = await cs.send_sms(campaign(400), journal=path, batch_size=40)
        stored = len(app.received_messages)
        assert first.unconfirmed > 0
        app.config.drop_after_rate = 0.0
        waits: list[float] = []

        async def sleep(seconds: float) -> None:
            waits.append(seconds)

        summary = await reconcile(cs, path, settle_delay=30, sleep=sleep)
        assert 29 < waits[0] <= 30  # the settle delay is counted from the last answer
        assert (summary.in_doubt, summary.found, summary.absent) == (first.unconfirmed, first.unconfirmed, 0)
        assert len(app.received_messages) == stored
        assert str(summary).startswith(f"{first.unconfirmed} in doubt: {first.unconfirmed} found")
        again = await cs.reconcile(path, settle_delay=0)
        assert again.in_doubt == 0
        assert str(again) == "nothing in doubt"
    status = await campaign_status(path)
    assert (status.sent, status.in_doubt) == (400, 0)


async def test_voice_and_mms_campaigns_reconcile_from_their_own_history(tmp_path: Path) -> None:
    app = create_app(MockConfig(seed=2, drop_after_rate=0.5))
    calls = [dict(m, voice="female") for m in campaign(60)]
    mms = [dict(m, subject="Hi") for m in campaign(60)]
    async with client(app, max_retries=0) as cs:
        await cs.send_voice(calls, journal=tmp_path / "v.journal", batch_size=10)
        await cs.send_mms(
            mms, media_file="https://example.com/a.jpg", journal=tmp_path / "m.journal", batch_size=10
        )
        app.config.drop_after_rate = 0.0
        voice = await cs.send_voice(calls, journal=tmp_path / "v.journal", settle_delay=0)
        pictures = await cs.send_mms(
            mms, media_file="https://example.com/a.jpg", journal=tmp_path / "m.journal", settle_delay=0
        )
    assert voice.sent == pictures.sent == 60
    assert voice.reconciled > 0
    assert pictures.reconciled > 0
    kinds = collections.Counter((m.kind, m.to) for m in app.received_messages)
    assert len(kinds) == 120
    assert max(kinds.values()) == 1


# ---------------------------------------------------------------- another input, another campaign


async def test_another_message_at_an_index_is_refused_before_anything_is_sent(tmp_path: Path) -> None:
    path = tmp_path / "f.journal"
    app = create_app(MockConfig(seed=1, rate_limit_rate=0.5, retry_after=0))
    messages = campaign(300)
    async with client(app, max_retries=0) as cs:
        first = await cs.send_sms(messages, journal=path, batch_size=50)
        assert first.failed > 0
        sent = len(app.received_messages)
        changed = [*messages[:260], {"to": messages[260]["to"], "body": "Other"}, *messages[261:]]
        with pytest.raises(JournalMismatchError) as caught:
            await cs.send_sms(changed, journal=path)
        assert caught.value.index == 260
        assert "message 260" in str(caught.value)
        assert "body is 'Other', the journal has 'Hello 260'" in str(caught.value)
        with pytest.raises(JournalMismatchError) as short:
            await cs.send_sms(iter(messages[:100]), journal=path)
        assert "the input ends" in str(short.value)
        assert len(app.received_messages) == sent  # neither rerun sent the failed messages of batch 0


async def test_another_operation_account_option_or_batch_size_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "g.journal"
    app = create_app(MockConfig(accounts={"mock-user": "mock-key", "other": "key2"}))
    async with client(app) as cs:
        await cs.send_mms(
            [dict(m, subject="s") for m in campaign(5)],
            media_file="https://a/1.jpg",
            journal=path,
            batch_size=2,
        )
        with pytest.raises(JournalMismatchError, match="its operation is 'send_mms'"):
            await cs.send_sms(campaign(5), journal=path)
        with pytest.raises(JournalMismatchError, match="its extra is"):
            await cs.send_mms(
                [dict(m, subject="s") for m in campaign(5)], media_file="https://a/2.jpg", journal=path
            )
        with pytest.raises(JournalMismatchError, match="batch_size=3"):
            await cs.send_mms(
                [dict(m, subject="s") for m in campaign(5)],
                media_file="https://a/1.jpg",
                journal=path,
                batch_size=3,
            )
    async with client(app, username="other", api_key="key2") as cs:
        with pytest.raises(JournalMismatchError, match="its account is 'mock-user'"):
            await cs.send_mms(
                [dict(m, subject="s") for m in campaign(5)], media_file="https://a/1.jpg", journal=path
            )
        with pytest.raises(JournalMismatchError, match="of account 'mock-user'"):
            await cs.reconcile(path)
    assert len(app.received_messages) == 5


async def test_the_users_own_custom_strings_must_be_unique_in_the_campaign(tmp_path: Path) -> None:
    app = create_app()
    messages = [dict(m, custom_string=f"order-{i % 150}") for i, m in enumerate(campaign(200))]
    async with client(app) as cs:
        with pytest.raises(JournalMismatchError) as caught:
            await cs.send_sms(messages, journal=tmp_path / "h.journal", batch_size=100)
    assert caught.value.index == 150
    assert "custom_string='order-0' of message 150 is also that of message 0" in str(caught.value)
    assert len(app.received_messages) == 100  # the batch holding the duplicate was not sent


async def test_a_foreign_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("not a journal\n" * 100)
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE t (x)")
    app = create_app()
    async with client(app) as cs:
        with pytest.raises(JournalError, match="not a campaign journal"):
            await cs.send_sms(campaign(3), journal=text)
        with pytest.raises(JournalError, match="an SQLite database of something else"):
            await cs.send_sms(campaign(3), journal=other)
    assert text.read_text() == "not a journal\n" * 100
    with sqlite3.connect(other) as db:
        assert [name for (name,) in db.execute("SELECT name FROM sqlite_master")] == ["t"]
    assert app.received_messages == []


async def test_a_journal_of_another_schema_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "i.journal"
    app = create_app()
    async with client(app) as cs:
        await cs.send_sms(campaign(3), journal=path)
        with sqlite3.connect(path) as db:
            db.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
        with pytest.raises(JournalError, match="schema version '99'"):
            await cs.send_sms(campaign(3), journal=path)
    assert len(app.received_messages) == 3


# ---------------------------------------------------------------- faults of the journal itself


async def test_an_unwritable_journal_path_is_refused_before_anything_is_sent(tmp_path: Path) -> None:
    app = create_app()
    async with client(app) as cs:
        with pytest.raises(JournalError, match="it is a directory"):
            await cs.send_sms(campaign(3), journal=tmp_path)
        with pytest.raises(JournalError, match="cannot open the campaign journal"):
            await cs.send_sms(campaign(3), journal=tmp_path / "missing" / "x.journal")
        with pytest.raises(JournalError, match="no campaign journal at"):
            await campaign_status(tmp_path / "absent.journal")
    assert app.received_messages == []


def journaled_customs(path: Path) -> set[str]:
    with sqlite3.connect(path) as db:
        bodies = [body for (body,) in db.execute("SELECT body FROM bodies")]
    return {m["custom_string"] for body in bodies for m in json.loads(sent_body(body))["messages"]}


async def sabotage(store: SQLiteStore, pragma: str) -> None:
    """Make the open journal fail its next write the way a full or read-only disk does."""

    def run() -> None:
        store._db.execute(pragma)

    await anyio.to_thread.run_sync(run)


@pytest.mark.parametrize(
    ("pragma", "reason"),
    [("PRAGMA max_page_count = 1", "the disk is full"), ("PRAGMA query_only = ON", "it is read-only")],
)
async def test_a_journal_that_fills_up_or_turns_read_only_stops_the_campaign(
    tmp_path: Path, pragma: str, reason: str
) -> None:
    path = tmp_path / "j.journal"
    app = create_app()
    store = await SQLiteStore.open(path)
    done: list[int] = []

    async def progress(count: int, total: int | None) -> None:
        done.append(count)
        if count >= 200:
            await sabotage(store, pragma)

    try:
        async with client(app, max_concurrency=1) as cs:
            with pytest.raises(JournalError, match=reason) as caught:
                await cs.send_sms(campaign(1000), journal=store, batch_size=100, progress=progress)
    finally:
        await store.close()
    assert "cannot be written" in str(caught.value)
    sent = {m.custom_string for m in app.received_messages}
    assert 200 <= len(sent) < 1000
    assert sent <= journaled_customs(path)  # nothing went out that was not journaled first


async def test_a_journal_locked_by_another_program_stops_before_anything_is_sent(tmp_path: Path) -> None:
    path = tmp_path / "k.journal"
    app = create_app()
    async with client(app) as cs:
        await cs.send_sms(campaign(10), journal=path, batch_size=10)
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # holds the write lock
        try:
            store = await SQLiteStore.open(path, busy_timeout=0.2)
            try:
                with pytest.raises(JournalError, match="locked by another program"):
                    await cs.send_sms(campaign(20), journal=store)
            finally:
                await store.close()
        finally:
            other.rollback()
            other.close()
    assert len(app.received_messages) == 10


async def test_a_second_process_on_one_journal_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "l.journal"
    holder = textwrap.dedent(
        f"""
        import anyio, sys
        from clicksend_async.journal import SQLiteStore
        async def main():
            store = await SQLiteStore.open({str(path)!r})
            print("holding", flush=True)
            sys.stdin.readline()
            await store.close()
        anyio.run(main)
        """
    )
    process = subprocess.Popen(  # noqa: ASYNC220  (a plain holder process; the test waits on its line)
        [sys.executable, "-c", holder], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline() == "holding\n"
        app = create_app()
        async with client(app) as cs:
            with pytest.raises(JournalError, match="in use by another process"):
                await cs.send_sms(campaign(5), journal=path)
        assert app.received_messages == []
        status = await campaign_status(path)  # readers are not refused
        assert status.journaled == 0
    finally:
        assert process.stdin is not None
        process.stdin.write("\n")
        process.stdin.close()
        process.wait(timeout=20)
    async with client(app) as cs:
        assert (await cs.send_sms(campaign(5), journal=path)).sent == 5


async def test_a_gap_left_by_a_dead_run_is_journaled_then_sent(tmp_path: Path) -> None:
    path = tmp_path / "m.journal"
    messages = campaign(300)
    async with client(create_app()) as cs:
        await cs.send_sms(messages, journal=path, batch_size=100)
    with sqlite3.connect(path) as db:  # as if batch 1 had been formed but never journaled nor sent
        db.execute("DELETE FROM batches WHERE batch = 1")
        db.execute("DELETE FROM bodies WHERE batch = 1")
    fresh = create_app()
    async with client(fresh) as cs:
        report = await cs.send_sms(iter(messages), journal=path)
    assert report.sent == 300
    assert report.from_earlier_runs == 200
    assert sorted(m.to for m in fresh.received_messages) == [m["to"] for m in messages[100:200]]


async def test_outcomes_answered_out_of_order_are_journaled_against_their_own_messages(
    tmp_path: Path,
) -> None:
    path = tmp_path / "n.journal"
    app = create_app(MockConfig(seed=4, latency=0.001, latency_jitter=0.02))
    async with client(app, max_concurrency=8) as cs:
        first = await cs.send_sms(campaign(1500), journal=path, batch_size=25)
    ids = {m.custom_string: m.message_id for m in app.received_messages}
    assert all(ids[o.custom_string] == o.message_id for o in first.outcomes)
    journaled = await campaign_report(path)
    assert [(o.custom_string, o.message_id) for o in journaled.outcomes] == [
        (o.custom_string, ids[o.custom_string]) for o in first.outcomes
    ]


async def test_the_mocks_history_lag_is_zero_so_tests_settle_at_once(tmp_path: Path) -> None:
    """The mock stores a message before answering its send: it is in the history the moment the answer is
    read (lag 0). The README's settle-delay advice rests on this measurement."""
    app = create_app()
    async with client(app) as cs:
        report = await cs.send_sms(campaign(5))
        history = [r.custom_string async for r in cs.paginate("list_sms_history")]
    assert history == [o.custom_string for o in report.outcomes]
