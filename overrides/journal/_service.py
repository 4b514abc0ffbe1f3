"""Opening a campaign journal for a send, for a reconciliation, or to read it back."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any, TypeVar, Union

import anyio

from .._report import SendReport
from ._campaign import Campaign, check_meta
from ._reconcile import DEFAULT_CLOCK_SKEW, DEFAULT_SETTLE_DELAY, ReconcileSummary, reconcile_campaign
from ._status import CampaignStatus, read_report, read_status
from ._store import JournalError, JournalMismatchError, JournalStore

if TYPE_CHECKING:
    from .._client import ClickSend

T = TypeVar("T")

#: A journal: the path of a SQLite file (created if absent), or an open store.
JournalTarget = Union[str, "os.PathLike[str]", JournalStore]


@asynccontextmanager
async def opened(
    target: JournalTarget, *, readonly: bool = False, campaign: str | None = None
) -> AsyncIterator[JournalStore]:
    """The store of ``target``; closed on leaving unless the caller passed an open store."""
    if isinstance(target, JournalStore):
        yield target
        return
    if not isinstance(target, (str, os.PathLike)):
        raise TypeError(f"journal must be a file path or a journal store, not {type(target).__name__}")
    text = os.fspath(target)
    store: JournalStore
    if text.startswith(("postgresql:", "postgres:")):
        from ._postgres import PostgresStore  # (psycopg is an optional extra)

        store = await PostgresStore.open(text, campaign or "")
    else:
        if campaign is not None:
            raise JournalError("campaign= names a campaign of a PostgreSQL journal; a journal file holds one")
        from ._sqlite import SQLiteStore  # (sqlite3 is imported only when a journal is used)

        store = await SQLiteStore.open(text, readonly=readonly)
    try:
        yield store
    finally:
        with anyio.CancelScope(shield=True):
            await store.close()


@asynccontextmanager
async def send_campaign(
    cs: ClickSend,
    target: JournalTarget,
    *,
    operation: str,
    extra: Mapping[str, Any],
    batch_size: int | None,
    default_batch_size: int,
    report: SendReport,
    settle_delay: float | None,
    campaign_name: str | None = None,
) -> AsyncIterator[Campaign]:
    """The campaign of ``target`` for a send: created, or checked and reconciled before anything is sent.
    On leaving, ``report``'s counts of earlier runs, reconciled and re-sent messages are filled in."""
    async with opened(target, campaign=campaign_name) as store:
        campaign = await Campaign.start(
            store,
            operation=operation,
            account=cs.username,
            extra=extra,
            batch_size=batch_size,
            default_batch_size=default_batch_size,
        )
        report.currency = report.currency or campaign.meta.get("currency")
        delay = DEFAULT_SETTLE_DELAY if settle_delay is None else settle_delay
        found = 0

        async def settle(number: int) -> None:
            nonlocal found
            found += (await reconcile_campaign(cs, campaign, settle_delay=delay, only=number)).found

        campaign.reconcile_batch = settle
        if not store.shared:  # one process: settle everything in doubt at once (workers: batch by batch)
            found = (await reconcile_campaign(cs, campaign, settle_delay=delay)).found
        try:
            yield campaign
        finally:
            report.reconciled = found
            report.from_earlier_runs = max(campaign.known - found, 0)
            report.sent_again = campaign.sent_again
            if report.currency and campaign.meta.get("currency") != report.currency:
                with anyio.CancelScope(shield=True):
                    await store.write_meta({"currency": report.currency})


async def keeping_claims(campaign: Campaign, work: Callable[[], Awaitable[T]]) -> T:
    """``await work()``, renewing this worker's leases meanwhile if the journal is shared (its error is
    raised as is, not in an exception group)."""
    if not campaign.store.shared:
        return await work()
    done: list[T] = []
    failed: list[Exception] = []

    async def run() -> None:
        try:
            done.append(await work())
        except Exception as exc:
            failed.append(exc)
        finally:
            group.cancel_scope.cancel()

    async with anyio.create_task_group() as group:
        group.start_soon(_keep_claims, campaign)
        group.start_soon(run)
    if failed:
        raise failed[0]
    return done[0]


async def _keep_claims(campaign: Campaign) -> None:
    """Renew this worker's leases until the campaign ends; a renewal that fails stops its sending."""
    while True:
        await anyio.sleep(campaign.store.lease / 3)
        try:
            await campaign.store.renew()
        except JournalError as exc:
            campaign.failure = exc
            return


async def reconcile(
    cs: ClickSend,
    target: JournalTarget,
    *,
    settle_delay: float = DEFAULT_SETTLE_DELAY,
    clock_skew: float = DEFAULT_CLOCK_SKEW,
    sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    campaign: str | None = None,
) -> ReconcileSummary:
    """Settle what the journal holds in doubt against ClickSend's history; nothing is sent."""
    async with opened(target, campaign=campaign) as store:
        meta = await store.read_meta()
        if meta is None:
            raise JournalError(f"{store.location} holds no campaign")
        check_meta(meta, store.location)
        if meta["account"] != cs.username:
            raise JournalMismatchError(
                f"the campaign journal {store.location} is of account {meta['account']!r}, "
                f"not {cs.username!r}: its history is another account's"
            )
        journaled = Campaign(store, meta, await store.batch_numbers())
        return await reconcile_campaign(
            cs, journaled, settle_delay=settle_delay, clock_skew=clock_skew, sleep=sleep
        )


async def campaign_status(target: JournalTarget, campaign: str | None = None) -> CampaignStatus:
    """How far the journaled campaign got (readable while a run is sending it); ``campaign`` names it in a
    PostgreSQL journal."""
    async with opened(target, readonly=True, campaign=campaign) as store:
        return await read_status(store)


async def campaign_report(target: JournalTarget, campaign: str | None = None) -> SendReport:
    """The whole journaled campaign's report, in input order, however many runs (or workers) it took."""
    async with opened(target, readonly=True, campaign=campaign) as store:
        return await read_report(store)
