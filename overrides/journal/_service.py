"""Opening a campaign journal for a send, for a reconciliation, or to read it back."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any, Union

import anyio

from .._report import SendReport
from ._campaign import Campaign, check_meta
from ._reconcile import DEFAULT_CLOCK_SKEW, DEFAULT_SETTLE_DELAY, ReconcileSummary, reconcile_campaign
from ._status import CampaignStatus, read_report, read_status
from ._store import JournalError, JournalMismatchError, JournalStore

if TYPE_CHECKING:
    from .._client import ClickSend

#: A journal: the path of a SQLite file (created if absent), or an open store.
JournalTarget = Union[str, "os.PathLike[str]", JournalStore]


@asynccontextmanager
async def opened(target: JournalTarget, *, readonly: bool = False) -> AsyncIterator[JournalStore]:
    """The store of ``target``; closed on leaving unless the caller passed an open store."""
    if isinstance(target, JournalStore):
        yield target
        return
    if not isinstance(target, (str, os.PathLike)):
        raise TypeError(f"journal must be a file path or a journal store, not {type(target).__name__}")
    text = os.fspath(target)
    if text.startswith(("postgresql:", "postgres:")):
        raise JournalError("a PostgreSQL journal is not supported by this version: give a file path")
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
) -> AsyncIterator[Campaign]:
    """The campaign of ``target`` for a send: created, or checked and reconciled before anything is sent.
    On leaving, ``report``'s counts of earlier runs, reconciled and re-sent messages are filled in."""
    async with opened(target) as store:
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
        summary = await reconcile_campaign(cs, campaign, settle_delay=delay)
        try:
            yield campaign
        finally:
            report.reconciled = summary.found
            report.from_earlier_runs = max(campaign.known - summary.found, 0)
            report.sent_again = campaign.sent_again
            if report.currency and campaign.meta.get("currency") != report.currency:
                with anyio.CancelScope(shield=True):
                    await store.write_meta({"currency": report.currency})


async def reconcile(
    cs: ClickSend,
    target: JournalTarget,
    *,
    settle_delay: float = DEFAULT_SETTLE_DELAY,
    clock_skew: float = DEFAULT_CLOCK_SKEW,
    sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
) -> ReconcileSummary:
    """Settle what the journal holds in doubt against ClickSend's history; nothing is sent."""
    async with opened(target) as store:
        meta = await store.read_meta()
        if meta is None:
            raise JournalError(f"{store.location} holds no campaign")
        check_meta(meta, store.location)
        if meta["account"] != cs.username:
            raise JournalMismatchError(
                f"the campaign journal {store.location} is of account {meta['account']!r}, "
                f"not {cs.username!r}: its history is another account's"
            )
        campaign = Campaign(store, meta, await store.batch_numbers())
        return await reconcile_campaign(
            cs, campaign, settle_delay=settle_delay, clock_skew=clock_skew, sleep=sleep
        )


async def campaign_status(target: JournalTarget) -> CampaignStatus:
    """How far the journaled campaign got (readable while a run is sending it)."""
    async with opened(target, readonly=True) as store:
        return await read_status(store)


async def campaign_report(target: JournalTarget) -> SendReport:
    """The whole journaled campaign's report, in input order, however many runs it took."""
    async with opened(target, readonly=True) as store:
        return await read_report(store)
