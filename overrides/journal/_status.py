"""A campaign journal read back: its status in figures, and its whole report in input order."""

from __future__ import annotations

import json
from decimal import Decimal

import attrs

from .._report import STATUS_CODES, MessageOutcome, SendReport, decimal_or_none
from ._campaign import check_meta, outcome_of
from ._store import IN_DOUBT, TO_SEND, JournalStore


@attrs.frozen
class CampaignStatus:
    """How far a journaled campaign got: counts of its journaled messages by state."""

    location: str
    operation: str
    account: str
    batch_size: int
    journaled: int
    sent: int
    rejected: int
    invalid: int
    in_doubt: int  # in flight when a run stopped, or unconfirmed: the next run reconciles them
    to_send: int  # failed, or found absent by a reconciliation, or journaled ahead: the next run sends them
    total_price: Decimal

    @property
    def settled(self) -> int:
        return self.sent + self.rejected + self.invalid

    def __str__(self) -> str:
        return (
            f"campaign journal {self.location} ({self.operation}, account {self.account}): "
            f"{self.journaled:,} messages journaled: {self.sent:,} sent, {self.rejected:,} rejected by "
            f"ClickSend, {self.invalid:,} invalid, {self.in_doubt:,} in doubt (to reconcile), "
            f"{self.to_send:,} to send; cost {self.total_price:.4f}"
        )


async def read_status(store: JournalStore) -> CampaignStatus:
    meta = await store.read_meta()
    if meta is None:
        return CampaignStatus(store.location, "", "", 0, 0, 0, 0, 0, 0, 0, Decimal(0))
    check_meta(meta, store.location)
    counts = {"journaled": 0, "sent": 0, "rejected": 0, "invalid": 0, "in_doubt": 0, "to_send": 0}
    price = Decimal(0)
    sent, rejected = STATUS_CODES["sent"], STATUS_CODES["rejected"]
    async for state in store.states():
        counts["journaled"] += len(state.statuses) + state.invalid
        counts["invalid"] += state.invalid
        for position, code in enumerate(state.statuses):
            if code == sent:
                counts["sent"] += 1
                price += decimal_or_none(state.prices[position]) or Decimal(0)
            elif code == rejected:
                counts["rejected"] += 1
            elif code in IN_DOUBT:
                counts["in_doubt"] += 1
            elif code in TO_SEND:
                counts["to_send"] += 1
    return CampaignStatus(
        store.location,
        meta["operation"],
        meta["account"],
        int(meta["batch_size"]),
        total_price=price,
        **counts,
    )


async def read_report(store: JournalStore) -> SendReport:
    """The whole campaign's report from the journal, in input order (messages not journaled are absent)."""
    meta = await store.read_meta()
    report = SendReport(meta.get("currency") if meta else None)
    async for record in store.records():
        messages = json.loads(record.body)["messages"]
        for position in range(len(record.statuses)):
            outcome_of(record, position, messages[position], report)
        for index, (_, error, to, custom) in record.invalid.items():
            report.record(
                MessageOutcome(index=index, to=to, custom_string=custom, status="invalid", error=error)
            )
    return report
