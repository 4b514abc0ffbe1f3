"""Delivery tracking: which sent messages are delivered, failed or still pending, fed by receipts.

Memory is kept small for campaigns of millions: a tracked message is one entry of a ``message_id -> slot``
dict plus a few bytes in arrays indexed by slot (status, waiter, origin report and position). Objects are
kept only for failures (their receipts), for single-message waits, and for receipts that arrive before
their message is tracked (a bounded buffer with an expiry).
"""

from __future__ import annotations

import time
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

import anyio
from attrs import define, field

from ._report import MessageOutcome, SendReport
from .webhooks import DeliveryReceipt

_FREE, _PENDING, _DELIVERED, _FAILED = 0, 1, 2, 3
_CODE = {"pending": _PENDING, "delivered": _DELIVERED, "failed": _FAILED}


@define
class DeliveryResult:
    """Where every message of a report stands once ``wait_for_delivery`` returns.

    Each sent message is in exactly one of ``delivered``, ``failed`` and ``pending`` (no final receipt by
    the deadline); messages of the report that were not sent (rejected, invalid, failed, unconfirmed) are
    in ``not_sent`` and were not waited for. ``receipts`` holds the failed messages' receipts by message_id
    (``error_code``, ``error_text``).
    """

    delivered: list[MessageOutcome] = field(factory=list)
    failed: list[MessageOutcome] = field(factory=list)
    pending: list[MessageOutcome] = field(factory=list)
    not_sent: list[MessageOutcome] = field(factory=list)
    receipts: dict[str, DeliveryReceipt] = field(factory=dict)

    def summary(self) -> str:
        return (
            f"{len(self.delivered)} delivered, {len(self.failed)} failed, {len(self.pending)} still pending"
            f" ({len(self.not_sent)} not sent, not waited for)"
        )


@define
class Watch:
    """A wait in progress: ``done`` is set when every watched message is final."""

    done: anyio.Event
    result: Callable[[], DeliveryResult]
    receipt: Callable[[], DeliveryReceipt | None]


class _Wait:
    """One caller waiting for a set of slots to become final."""

    __slots__ = ("done", "latest", "remaining", "single")

    def __init__(self, single: bool) -> None:
        self.remaining = 0
        self.done = anyio.Event()
        self.single = single
        self.latest: DeliveryReceipt | None = None  # kept for single-message waits only


class DeliveryTracker:
    """Receipts applied to tracked messages (``cs.deliveries``).

    A receipt for a message not (yet) tracked is kept, up to ``early_limit`` of them for ``early_ttl``
    seconds, and applied when its message is tracked: in real traffic a receipt can arrive before the
    send's HTTP answer. Duplicates are ignored, and a final status (delivered or failed) is never replaced,
    so out-of-order receipts (a 200 after the 201) change nothing.
    """

    def __init__(
        self,
        *,
        early_limit: int = 100_000,
        early_ttl: float = 3600.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.early_limit = early_limit
        self.early_ttl = early_ttl
        self._clock = clock
        self._slot: dict[str, int] = {}
        self._status = bytearray()
        self._waiter = array("I")  # 0: nobody waits; else a key of _waits
        self._origin = array("I")  # 0: tracked without a report; else a key of _reports
        self._position = array("I")  # the message's position in its report
        self._free = array("I")
        self._more_waiters: dict[int, list[int]] = {}  # slot -> further waits (rare: overlapping waits)
        self._failures: dict[int, DeliveryReceipt] = {}
        self._waits: dict[int, _Wait] = {}
        self._reports: dict[int, SendReport] = {}
        self._report_ids: dict[int, int] = {}  # id(report) -> key of _reports
        self._holds: dict[int, int] = {}  # key of _reports -> track() calls not yet forgotten
        self._next_key = 1
        self._early: OrderedDict[str, tuple[float, DeliveryReceipt]] = OrderedDict()

    def __len__(self) -> int:
        """How many messages are tracked."""
        return len(self._slot)

    # ------------------------------------------------------------------ receipts in

    def apply(self, receipt: DeliveryReceipt) -> bool:
        """Apply one receipt; True if it made a tracked message final (False: duplicate, pending, early)."""
        key = _key(receipt.message_id)
        slot = self._slot.get(key)
        if slot is None:
            self._keep_early(key, receipt)
            return False
        return self._settle(slot, receipt)

    def status(self, message_id: str) -> str | None:
        """``delivered``, ``failed``, ``pending`` for a tracked message, else None."""
        slot = self._slot.get(_key(message_id))
        if slot is None:
            return None
        return ("pending", "delivered", "failed")[self._status[slot] - 1]

    def outcome_of(self, message_id: str) -> MessageOutcome | None:
        """The ``MessageOutcome`` a tracked message was sent with (None if untracked or tracked alone)."""
        slot = self._slot.get(_key(message_id))
        if slot is None or not self._origin[slot]:
            return None
        report = self._reports[self._origin[slot]]
        return report.outcome_at(self._position[slot])

    def _settle(self, slot: int, receipt: DeliveryReceipt) -> bool:
        waits = self._waits_of(slot)
        for wait in waits:
            if wait.single and (wait.latest is None or not wait.latest.final):
                wait.latest = receipt
        if self._status[slot] != _PENDING or not receipt.final:
            return False
        self._status[slot] = _CODE[receipt.status]
        if receipt.status == "failed":
            self._failures[slot] = receipt
        for wait in waits:
            wait.remaining -= 1
            if wait.remaining == 0:
                wait.done.set()
        return True

    def _waits_of(self, slot: int) -> list[_Wait]:
        first = self._waiter[slot]
        if not first:
            return []
        keys = [first, *self._more_waiters.get(slot, ())]
        return [self._waits[k] for k in keys if k in self._waits]

    def _keep_early(self, key: str, receipt: DeliveryReceipt) -> None:
        now = self._clock()
        while self._early:  # expire the oldest
            oldest_key, (seen, _) = next(iter(self._early.items()))
            if now - seen <= self.early_ttl and len(self._early) < self.early_limit:
                break
            del self._early[oldest_key]
        if self.early_limit <= 0:
            return
        kept = self._early.get(key)
        if kept is not None and kept[1].final:
            return  # never replace a final receipt by a later pending (or duplicate) one
        self._early[key] = (now, receipt)

    # ------------------------------------------------------------------ tracking

    def track(self, report: SendReport) -> int:
        """Track every ``sent`` message of ``report`` until as many ``forget(report)`` calls; returns how many
        are tracked. A tracked message's replies carry its outcome (``InboundMessage.in_reply_to``)."""
        origin = self._report_key(report)
        self._holds[origin] = self._holds.get(origin, 0) + 1
        count = 0
        for position, message_id in report.sent_ids():
            self._track_one(message_id, origin, position)
            count += 1
        return count

    def track_message(self, message_id: str) -> None:
        """Track one message by its id (until ``forget_message``)."""
        self._track_one(message_id, 0, 0)

    def forget(self, report: SendReport) -> None:
        """Undo one ``track(report)``: the last one stops tracking its messages."""
        key = self._report_ids.get(id(report))
        if key is None:
            return
        self._holds[key] -= 1
        if self._holds[key] > 0:
            return
        for _, message_id in report.sent_ids():
            self.forget_message(message_id)
        del self._report_ids[id(report)], self._reports[key], self._holds[key]

    def forget_message(self, message_id: str) -> None:
        slot = self._slot.pop(_key(message_id), None)
        if slot is None:
            return
        self._status[slot] = _FREE
        self._waiter[slot] = 0
        self._origin[slot] = 0
        self._failures.pop(slot, None)
        self._more_waiters.pop(slot, None)
        self._free.append(slot)

    def _report_key(self, report: SendReport) -> int:
        key = self._report_ids.get(id(report))
        if key is None:
            key = self._new_key()
            self._report_ids[id(report)] = key
            self._reports[key] = report
        return key

    def _new_key(self) -> int:
        key = self._next_key
        self._next_key += 1
        return key

    def _track_one(self, message_id: str, origin: int, position: int) -> int:
        key = _key(message_id)
        slot = self._slot.get(key)
        if slot is not None:
            if origin and not self._origin[slot]:
                self._origin[slot], self._position[slot] = origin, position
            return slot
        if self._free:
            slot = self._free.pop()
            self._status[slot] = _PENDING
            self._waiter[slot] = 0
            self._origin[slot], self._position[slot] = origin, position
        else:
            slot = len(self._status)
            self._status.append(_PENDING)
            self._waiter.append(0)
            self._origin.append(origin)
            self._position.append(position)
        self._slot[key] = slot
        early = self._early.pop(key, None)
        if early is not None:
            self._settle(slot, early[1])
        return slot

    # ------------------------------------------------------------------ waiting

    @contextmanager
    def watching(self, report: SendReport) -> Iterator[Watch]:
        """Track the report's sent messages for the block; ``watch.done`` is set once every one is final."""
        self.track(report)
        slots = [self._slot[_key(message_id)] for _, message_id in report.sent_ids()]
        key, wait = self._new_wait(slots, single=False)
        try:
            yield Watch(wait.done, lambda: self._result(report, slots), lambda: None)
        finally:
            self._end_wait(key, slots)
            self.forget(report)

    @contextmanager
    def watching_message(self, message_id: str) -> Iterator[Watch]:
        """Track one message for the block; ``watch.receipt()`` is its final receipt (or the latest one)."""
        key_id = _key(message_id)
        known = key_id in self._slot
        early = self._early.get(key_id)
        slot = self._track_one(message_id, 0, 0)
        key, wait = self._new_wait([slot], single=True)
        if early is not None:
            wait.latest = early[1]
        elif self._status[slot] == _FAILED:
            wait.latest = self._failures.get(slot)
        elif self._status[slot] == _DELIVERED:  # settled before this wait: its receipt was not kept
            wait.latest = _delivered(message_id)
        try:
            yield Watch(wait.done, DeliveryResult, lambda: wait.latest)
        finally:
            self._end_wait(key, [slot])
            if not known:
                self.forget_message(message_id)

    def _new_wait(self, slots: list[int], single: bool) -> tuple[int, _Wait]:
        key = self._new_key()
        wait = _Wait(single)
        self._waits[key] = wait
        for slot in slots:
            if self._status[slot] != _PENDING:
                continue
            wait.remaining += 1
            if not self._waiter[slot] or self._waiter[slot] not in self._waits:
                self._waiter[slot] = key
            else:
                self._more_waiters.setdefault(slot, []).append(key)
        if wait.remaining == 0:
            wait.done.set()
        return key, wait

    def _end_wait(self, key: int, slots: Iterable[int]) -> None:
        del self._waits[key]
        for slot in slots:
            if self._waiter[slot] == key:
                more = self._more_waiters.pop(slot, [])
                self._waiter[slot] = more.pop(0) if more else 0
                if more:
                    self._more_waiters[slot] = more
            elif slot in self._more_waiters:
                rest = [k for k in self._more_waiters[slot] if k != key]
                if rest:
                    self._more_waiters[slot] = rest
                else:
                    del self._more_waiters[slot]

    def _result(self, report: SendReport, slots: list[int]) -> DeliveryResult:
        result = DeliveryResult()
        buckets = {_PENDING: result.pending, _DELIVERED: result.delivered, _FAILED: result.failed}
        slot_at = dict(zip((pos for pos, _ in report.sent_ids()), slots, strict=True))
        for position in report.input_order():
            outcome = report.outcome_at(position)
            slot = slot_at.get(position)
            if slot is None:
                result.not_sent.append(outcome)
                continue
            buckets[self._status[slot]].append(outcome)
            failure = self._failures.get(slot)
            if failure is not None and outcome.message_id is not None:
                result.receipts[outcome.message_id] = failure
        return result


def _delivered(message_id: str) -> DeliveryReceipt:
    """A receipt standing for a delivery whose own receipt was not kept (only its status was)."""
    return DeliveryReceipt(
        message_id=message_id,
        status="delivered",
        channel="sms",
        status_code=201,
        status_text=None,
        error_code=None,
        error_text=None,
        timestamp=None,
        timestamp_send=None,
        custom_string=None,
        user_id=None,
        subaccount_id=None,
        voice_status=None,
        digits=None,
        raw={},
    )


def _key(message_id: str) -> str:
    """ClickSend's ids are upper-case UUIDs: such an id is its own key (no copy of the string is kept)."""
    return message_id if message_id.isupper() else message_id.upper()
