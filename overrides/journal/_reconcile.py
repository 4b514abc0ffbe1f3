"""Settling the messages a campaign journal holds in doubt, from ClickSend's message history.

ClickSend has no idempotency key and its history search cannot filter on ``custom_string``; so the
history is read over a time window around the in-doubt batches' sends (``date_from`` / ``date_to``, paged)
and matched on the campaign's ``custom_string``s. A message found is recorded as sent (with its
``message_id`` and price); one still absent once ``settle_delay`` seconds have passed since the last
attempt to send it is recorded as not sent, so the next run sends it again.
"""

from __future__ import annotations

import json
import time
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import anyio
import attrs

from .._report import decimal_or_none
from ._campaign import Campaign
from ._store import IN_DOUBT, SENT, UNSENT, BatchState

if TYPE_CHECKING:
    from .._client import ClickSend

#: Seconds a send may take to show in ClickSend's history; a message absent for longer is sent again.
DEFAULT_SETTLE_DELAY = 60.0
#: Seconds either side of the in-doubt sends read from the history (the two clocks may differ).
DEFAULT_CLOCK_SKEW = 120.0


@attrs.frozen
class ReconcileSummary:
    """What one reconciliation settled: ``in_doubt`` messages, of which ``found`` were in ClickSend's
    history (now recorded as sent) and ``absent`` were not (to be sent again); ``records`` of the history read."""

    in_doubt: int = 0
    found: int = 0
    absent: int = 0
    records: int = 0
    windows: tuple[tuple[int, int], ...] = ()  # the history's time windows read (Unix seconds)

    def __str__(self) -> str:
        if not self.in_doubt:
            return "nothing in doubt"
        return (
            f"{self.in_doubt:,} in doubt: {self.found:,} found in ClickSend's history (sent), "
            f"{self.absent:,} absent (to send again); {self.records:,} history records read"
        )


def _windows(doubtful: list[BatchState], skew: float, now: float) -> list[tuple[int, int]]:
    """The history's time windows to read: each in-doubt batch from its send to its answer (or now, for
    one in flight when its run died), widened by ``skew`` either side; overlapping windows are merged."""
    spans = sorted(
        (int(s.sent_at - skew), int((s.answered_at or now) + skew) + 1)
        for s in doubtful
        if s.sent_at is not None
    )
    merged: list[tuple[int, int]] = []
    for low, high in spans:
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], high))
        else:
            merged.append((low, high))
    return merged


def in_doubt(state: BatchState) -> int:
    return sum(code in IN_DOUBT for code in state.statuses)


async def reconcile_campaign(
    cs: ClickSend,
    campaign: Campaign,
    *,
    settle_delay: float = DEFAULT_SETTLE_DELAY,
    clock_skew: float = DEFAULT_CLOCK_SKEW,
    sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    only: int | None = None,
) -> ReconcileSummary:
    """Settle every message ``campaign`` holds in doubt (sent or not), or those of batch ``only``; the
    journal is updated batch by batch."""
    store = campaign.store
    doubtful = [s async for s in store.states() if in_doubt(s) and (only is None or s.batch == only)]
    if not doubtful:
        return ReconcileSummary()
    latest = max(max(s.sent_at or 0.0, s.answered_at or 0.0) for s in doubtful)
    wait = latest + settle_delay - time.time()
    if wait > 0:
        await sleep(wait)
    windows = _windows(doubtful, clock_skew, time.time())
    numbers = {s.batch for s in doubtful}
    found: dict[int, list[Any]] = {}  # input index -> [custom_string, message_id, price, recipients]
    read = 0
    size = campaign.batch_size
    prefix = f"{campaign.tag}-"
    page: list[tuple[str, Any]] = []

    async def match(records: list[tuple[str, Any]]) -> None:
        own = [c for c, _ in records if not (c.startswith(prefix) and c[len(prefix) :].isdigit())]
        users = await store.find_customs(own) if own else {}
        for custom, record in records:
            index = users.get(custom)
            if index is None and custom.startswith(prefix) and custom[len(prefix) :].isdigit():
                index = int(custom[len(prefix) :])
            if index is None or index // size not in numbers:
                continue
            price = decimal_or_none(getattr(record, "message_price", None)) or Decimal(0)
            message_id = getattr(record, "message_id", None)
            hit = found.get(index)
            if hit is None:
                found[index] = [custom, message_id if isinstance(message_id, str) else None, price, 1]
            else:  # one message to a contact list: one history record per recipient
                hit[2] += price
                hit[3] += 1

    for low, high in windows:
        history = cs.paginate(campaign.history_operation, limit=100, date_from=low, date_to=high)
        async for record in history:
            read += 1
            custom = getattr(record, "custom_string", None)
            if isinstance(custom, str) and custom:
                page.append((custom, record))
            if len(page) >= 100:
                await match(page)
                page = []
        if page:
            await match(page)
            page = []

    total = absent = hits = 0
    for number in sorted(numbers):
        record = await store.read_batch(number)
        if record is None:
            continue
        messages = json.loads(record.body)["messages"]
        for position, code in enumerate(record.statuses):
            if code not in IN_DOUBT:
                continue
            total += 1
            hit = found.get(record.indices[position])
            record.details.pop(position, None)
            if hit is not None and hit[0] == messages[position].get("custom_string"):
                hits += 1
                record.statuses[position] = SENT
                record.message_ids[position] = hit[1]
                record.prices[position] = str(hit[2])
                if hit[3] != 1:
                    record.details[position] = ["SUCCESS", None, hit[3]]
            else:
                absent += 1
                record.statuses[position] = UNSENT
        # a worker settling a batch it took over keeps its claim, to send what is absent
        record.state = "held" if store.shared and only is not None else "done"
        await store.write_outcomes(record, durable=True)
    return ReconcileSummary(total, hits, absent, read, tuple(windows))
