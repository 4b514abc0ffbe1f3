"""The campaign journal on a real PostgreSQL (a throwaway cluster started by the tests): workers sharing
one campaign, takeover of a dead worker's claims, refusal of another input, credentials kept out of
messages, the schema version, a lost connection. The multi-process SIGKILL proof is at the end."""

from __future__ import annotations

import collections
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import psycopg
import pytest

from clicksend_async import ClickSend
from clicksend_async._transport import Backoff
from clicksend_async.journal import JournalError, JournalMismatchError, campaign_report, campaign_status
from clicksend_async.journal._postgres import PostgresStore
from clicksend_async.mock import MockApp, MockConfig, create_app, mock_client
from tests.postgres_cluster import MISSING, postgres_cluster, server_binaries
from tests.test_journal_crash import ROOT, MockProcess

pytestmark = pytest.mark.anyio


@pytest.fixture(scope="module")
def postgres() -> Iterator[str]:
    if server_binaries() is None:
        pytest.skip(MISSING)
    with postgres_cluster() as dsn:
        yield dsn


def unique(name: str) -> str:
    """A campaign name of its own for each test run (the cluster is shared by the module's tests)."""
    return f"{name}-{uuid.uuid4().hex[:8]}"


def campaign(n: int, body: str = "Hello {i}") -> list[dict[str, Any]]:
    return [{"to": f"+6141{i:07d}", "body": body.format(i=i)} for i in range(n)]


def client(app: MockApp, **kwargs: Any) -> ClickSend:
    return mock_client(app, backoff=Backoff(base=0.001, cap=0.01), **kwargs)


def once_each(app: MockApp, n: int) -> None:
    counts = collections.Counter(m.to for m in app.received_messages)
    assert set(counts) == {f"+6141{i:07d}" for i in range(n)}
    assert max(counts.values()) == 1


async def test_workers_share_one_campaign_and_each_returns_the_combined_report(postgres: str) -> None:
    shared_1 = unique("shared")
    app = create_app(MockConfig(latency=0.005, latency_jitter=0.01))
    messages = campaign(3000)
    reports: list[Any] = []

    async def worker() -> None:
        async with client(app, max_concurrency=2) as cs:
            reports.append(
                await cs.send_sms(
                    messages, journal=postgres, campaign=shared_1, batch_size=100, settle_delay=0
                )
            )

    async with anyio.create_task_group() as group:
        for _ in range(3):
            group.start_soon(worker)
    once_each(app, 3000)
    ids = {m.custom_string: m.message_id for m in app.received_messages}
    for report in reports:  # every worker's report covers the whole campaign
        assert report.count == report.sent == 3000
        assert all(ids[o.custom_string] == o.message_id for o in report.outcomes)
    status = await campaign_status(await PostgresStore.open(postgres, shared_1))
    assert (status.sent, status.in_doubt, status.to_send) == (3000, 0, 0)


async def test_a_dead_workers_claim_is_taken_over_and_reconciled(postgres: str) -> None:
    takeover = unique("takeover")
    # answers spread over a second: when the first batch is done, others are surely still in flight
    app = create_app(MockConfig(seed=1, latency=0.2, latency_jitter=1.0))
    messages = campaign(600)
    dead = await PostgresStore.open(postgres, takeover, lease=1.0)
    watcher = await PostgresStore.open(postgres, takeover)
    async with client(app, max_concurrency=3) as cs, anyio.create_task_group() as group:
        group.start_soon(lambda: cs.send_sms(messages, journal=dead, batch_size=50))
        while True:  # it "dies" once it holds claims on batches in flight, and some are done
            states = [s.state async for s in watcher.states()]
            if "done" in states and "sending" in states:
                group.cancel_scope.cancel()
                break
            await anyio.sleep(0.005)
    await anyio.to_thread.run_sync(dead._db.close)  # gone without releasing anything
    held = [s async for s in watcher.states() if s.state == "sending"]
    await watcher.close()
    assert held, "the dead worker held claims"
    survivor = await PostgresStore.open(postgres, takeover, lease=1.0)
    async with client(app) as cs:
        report = await cs.send_sms(messages, journal=survivor, settle_delay=0)
    await survivor.close()
    assert report.sent == 600
    once_each(app, 600)


async def test_a_worker_given_another_input_is_refused_before_it_sends(postgres: str) -> None:
    input_check = unique("input-check")
    app = create_app()
    async with client(app) as cs:
        await cs.send_sms(campaign(200), journal=postgres, campaign=input_check, batch_size=50)
        with pytest.raises(JournalMismatchError) as caught:
            await cs.send_sms(
                campaign(200, "Other {i}"), journal=postgres, campaign=input_check, batch_size=50
            )
    assert caught.value.index == 0
    assert len(app.received_messages) == 200


async def test_credentials_in_the_dsn_never_appear_in_reprs_or_errors(postgres: str) -> None:
    credentials = unique("credentials")
    secret = "hunter2-not-for-logs"
    dsn = postgres.replace("postgres@", f"postgres:{secret}@")
    store = await PostgresStore.open(dsn, credentials)
    assert secret not in repr(store)
    assert secret not in store.location
    await store.close()
    wrong = dsn.replace("/campaigns?", "/no_such_database?")
    with pytest.raises(JournalError) as caught:
        await PostgresStore.open(wrong, credentials)
    assert "no_such_database" in str(caught.value)
    assert secret not in str(caught.value)
    assert secret not in repr(caught.value)


async def test_a_journal_schema_of_another_version_is_refused(postgres: str) -> None:
    schema = unique("schema")
    with psycopg.connect(postgres, autocommit=True) as db:
        (await PostgresStore.open(postgres, schema))  # creates the schema
        db.execute("UPDATE csa_journal_schema SET version = 99")
        try:
            with pytest.raises(JournalError, match="schema version 99"):
                await PostgresStore.open(postgres, schema)
        finally:
            db.execute("UPDATE csa_journal_schema SET version = 1")


async def test_a_lost_connection_stops_the_worker_and_another_finishes(postgres: str) -> None:
    lost_connection = unique("lost-connection")
    app = create_app(MockConfig(latency=0.02))
    messages = campaign(1000)
    store = await PostgresStore.open(postgres, lost_connection, lease=1.0)
    pid = await anyio.to_thread.run_sync(lambda: store._db.info.backend_pid)
    killed: list[int] = []

    async def progress(done: int, total: int | None) -> None:
        if done >= 200 and not killed:
            with psycopg.connect(postgres, autocommit=True) as admin:
                admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
            killed.append(done)

    async with client(app, max_concurrency=2) as cs:
        with pytest.raises(JournalError, match="cannot be"):
            await cs.send_sms(messages, journal=store, batch_size=50, progress=progress)
        assert 200 <= len(app.received_messages) < 1000
        report = await cs.send_sms(messages, journal=postgres, campaign=lost_connection, settle_delay=0)
    assert report.sent == 1000
    once_each(app, 1000)
    whole = await campaign_report(await PostgresStore.open(postgres, lost_connection))
    assert [o.index for o in whole.outcomes] == list(range(1000))


def claims(db: Any, campaign: str, pid: int) -> tuple[int, int]:
    """(batches worker process ``pid`` holds a claim on, batches done) in ``campaign``."""
    try:
        row = db.execute(
            "SELECT count(*) FILTER (WHERE owner LIKE %s AND state <> 'done'), count(*) FILTER (WHERE state = 'done') "
            "FROM csa_journal_batches WHERE campaign = %s",
            (f"%:{pid}:%", campaign),
        ).fetchone()
    except psycopg.errors.UndefinedTable:  # no worker has created the journal's tables yet
        return 0, 0
    return int(row[0]), int(row[1])


def four_workers(tmp_path: Path, postgres: str, n: int, batch_size: int) -> dict[str, int]:
    """4 worker processes on one campaign against the mock in another process; 2 are SIGKILLed mid-way, each
    at a moment it holds a claim; the other 2 finish it."""
    mock = MockProcess(tmp_path / "received.json", "--latency", "0.02", "--seed", "3")
    campaign = f"workers-{n}"
    command = [
        sys.executable, "-m", "tests._campaign_process", "--base-url", mock.base_url, "--journal", postgres,
        "--campaign", campaign, "--lease", "2", "--results", "", "--n", str(n),
        "--batch-size", str(batch_size), "--concurrency", "2", "--settle-delay", "0.5",
    ]  # fmt: skip
    figures: collections.Counter[str] = collections.Counter()
    try:
        workers = []
        for number in range(4):
            results = tmp_path / f"results-{number}.csv"
            where = command.index("--results") + 1
            workers.append(
                subprocess.Popen(
                    [*command[:where], str(results), *command[where + 1 :]],
                    stdout=subprocess.DEVNULL,
                    cwd=ROOT,
                )
            )
        # each victim is killed once a fifth (a third) of the batches are done, at a moment it holds a claim
        # (read from the journal itself: the workers' own output reaches the test late)
        batches = -(-n // batch_size)
        with psycopg.connect(postgres, autocommit=True) as db:
            for victim, after in ((workers[0], batches // 5), (workers[1], batches // 3)):
                deadline = time.monotonic() + 600
                while victim.poll() is None and time.monotonic() < deadline:
                    held, done = claims(db, campaign, victim.pid)
                    if done >= after and held:
                        victim.kill()
                        break
                    time.sleep(0.002)
                victim.wait(timeout=60)
                figures["killed"] += victim.returncode == -signal.SIGKILL
                figures["claims the killed held"] += claims(db, campaign, victim.pid)[0]
        for survivor in workers[2:]:
            assert survivor.wait(timeout=900) == 0
        for victim in workers[:2]:
            victim.wait(timeout=60)
    finally:
        received = mock.stop()
    counts = collections.Counter(to for _, to, _, _ in received)
    assert set(counts) == {f"+614{i:08d}" for i in range(n)}
    assert max(counts.values()) == 1
    for kept in (2, 3):
        rows = (tmp_path / f"results-{kept}.csv").read_text().splitlines()[1:]
        assert len(rows) == n
        assert all(",sent," in row for row in rows)
    figures.update(messages=n, received=len(received))
    print(f"4 workers: {dict(figures)}", flush=True)
    return dict(figures)


def test_four_workers_two_of_them_killed_send_every_message_once(tmp_path: Path, postgres: str) -> None:
    figures = four_workers(tmp_path, postgres, 6_000, 200)
    assert figures["killed"] == 2
    assert figures["claims the killed held"] >= 1


@pytest.mark.stress
def test_stress_four_workers_on_100000_two_of_them_killed(tmp_path: Path, postgres: str) -> None:
    figures = four_workers(tmp_path, postgres, 100_000, 1000)
    assert figures["killed"] == 2
    assert figures["claims the killed held"] >= 1
