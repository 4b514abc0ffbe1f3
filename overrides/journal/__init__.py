"""Campaign journals: batched sends that survive a crash.

``await cs.send_sms(messages, journal="spring-sale.journal")`` writes every batch to the journal before it
goes out and its outcomes when the answer is read; rerunning the same call resumes: known outcomes are
skipped, what is in doubt is reconciled against ClickSend's history, the rest is sent. Nothing is sent
twice, nothing is lost. ``await cs.reconcile(path)`` settles what is in doubt on demand;
``campaign_status(path)`` and ``campaign_report(path)`` read a journal back.
"""

from __future__ import annotations

from ._reconcile import DEFAULT_CLOCK_SKEW, DEFAULT_SETTLE_DELAY, ReconcileSummary
from ._service import JournalTarget, campaign_report, campaign_status, reconcile
from ._sqlite import SQLiteStore
from ._status import CampaignStatus
from ._store import JournalError, JournalMismatchError, JournalStore

__all__ = [
    "DEFAULT_CLOCK_SKEW",
    "DEFAULT_SETTLE_DELAY",
    "CampaignStatus",
    "JournalError",
    "JournalMismatchError",
    "JournalStore",
    "JournalTarget",
    "ReconcileSummary",
    "SQLiteStore",
    "campaign_report",
    "campaign_status",
    "reconcile",
]
