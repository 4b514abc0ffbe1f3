"""A journaled campaign: the campaign's settings, the checks of a rerun's input, and the send path's hooks.

The send path cuts the input into batches as always; for each batch it asks ``admit`` what to send (a batch
the journal already holds is checked against it and skipped, its known outcomes go into the report), writes
each batch ahead with ``sending`` and its outcomes with ``answered``. Messages of journaled batches that must
be sent (again) are sent from the journal once every batch it held has been checked against the input, so a
rerun with another input is refused before anything is sent.
"""

from __future__ import annotations

import json
import secrets
import time
from array import array
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import anyio
import attrs

from .._exceptions import Problem
from .._report import STATUSES, MessageOutcome, SendReport, decimal_or_none
from ._store import (
    IN_DOUBT,
    IN_FLIGHT,
    NOT_SENT_YET,
    PENDING,
    REPORTED_AS,
    SCHEMA_VERSION,
    SENDING,
    SENT,
    TO_SEND,
    UNSENT,
    BatchRecord,
    JournalError,
    JournalMismatchError,
    JournalStore,
)

Message = tuple[int, dict[str, Any]]
Invalid = tuple[int, dict[str, Any], list[Problem]]
_HISTORY = {
    "send_sms": "list_sms_history",
    "send_mms": "list_mms_history",
    "send_voice": "list_voice_history",
}


@attrs.define
class JournalBatch:
    """A batch the send path is to send: its messages, and which positions of the journaled batch they are
    (``positions`` is None for a batch's first send, which is all of it)."""

    number: int
    messages: list[Message]
    invalid: list[Invalid] = attrs.field(factory=list)
    positions: list[int] | None = None
    record: BatchRecord | None = None
    again: frozenset[int] = frozenset()  # positions a reconciliation found absent: sent again
    request: Any = None  # the built request, once written ahead

    @property
    def progress(self) -> int:
        """How many input messages this batch accounts for in the progress count."""
        return len(self.messages) + len(self.invalid)


@attrs.define
class Admission:
    """What ``admit`` decided for one batch of the input: ``settled`` messages need nothing more (their
    outcome is known or was recorded), ``batches`` are to be sent now."""

    settled: int
    batches: list[JournalBatch]


class Campaign:
    """One campaign in its journal, as one run sees it."""

    def __init__(self, store: JournalStore, meta: dict[str, str], batches: list[int]) -> None:
        self.store = store
        self.meta = meta
        self.tag = meta["tag"]
        self.batch_size = int(meta["batch_size"])
        self.operation = meta["operation"]
        self._journaled = set(batches)  # batch numbers only: the campaign itself stays in the store
        self._last = max(batches, default=-1)
        self._deferred: list[int] = []  # journaled batches with messages to send once the input is checked
        self._watch: list[int] = []  # (shared journals) batches other live workers hold: awaited at the end
        self._finished = False
        #: (shared journals) settles the in-doubt messages of one claimed batch; set by the service
        self.reconcile_batch: Callable[[int], Awaitable[object]] | None = None
        #: (shared journals) why this worker must stop sending (its claims could not be renewed)
        self.failure: Exception | None = None
        #: seconds between looks at batches other workers hold
        self.poll = max(min(store.lease / 4, 2.0), 0.05)
        self._checked_through = -1
        self._seen = 0
        self.own_custom_strings: Callable[[], bool] = lambda: True  # set by the send path (see _customs)
        self.known = 0  # outcomes taken from the journal into this run's report
        self.sent_again = 0

    # ------------------------------------------------------------------ opening

    @classmethod
    async def start(
        cls,
        store: JournalStore,
        *,
        operation: str,
        account: str,
        extra: Mapping[str, Any],
        batch_size: int | None,
        default_batch_size: int,
    ) -> Campaign:
        """The campaign of ``store``, created if the journal holds none, else checked against the call."""
        meta = await store.read_meta()
        wanted = {
            "operation": operation,
            "account": account,
            "extra": json.dumps(dict(extra), sort_keys=True),
        }
        if meta is None:
            await store.write_meta(
                {
                    **wanted,
                    "schema_version": str(SCHEMA_VERSION),
                    "tag": f"csa-{secrets.token_hex(5)}",
                    "batch_size": str(batch_size or default_batch_size),
                    "created": repr(time.time()),
                }
            )
            meta = await store.read_meta()  # (a worker starting at the same moment may have written first)
            if meta is None:
                raise JournalError(f"the campaign journal {store.location} lost its settings")
            if batch_size is None:
                batch_size = int(meta["batch_size"])
        check_meta(meta, store.location)
        for name, value in wanted.items():
            if meta.get(name) != value:
                raise JournalMismatchError(
                    f"the campaign journal {store.location} is of another campaign: its {name} is "
                    f"{meta.get(name)!r}, this call's is {value!r}; nothing was sent"
                )
        if batch_size is not None and batch_size != int(meta["batch_size"]):
            raise JournalMismatchError(
                f"batch_size={batch_size}: the campaign journal {store.location} was written in batches of "
                f"{meta['batch_size']} (leave batch_size out to resume it); nothing was sent"
            )
        return cls(store, meta, await store.batch_numbers())

    @property
    def history_operation(self) -> str:
        return _HISTORY[self.operation]

    # ------------------------------------------------------------------ the send path's hooks

    async def admit(
        self, number: int, ready: list[Message], invalid: list[Invalid], report: SendReport
    ) -> Admission:
        """What to send of input batch ``number`` (``ready``: its prepared messages; ``invalid``: those refused,
        already in ``report``)."""
        if number != self._seen:
            raise AssertionError(f"batches out of order: {number} after {self._seen - 1}")
        self._seen += 1
        if self.store.shared:
            return await self._admit_shared(number, ready, invalid, report)
        settled = len(invalid)
        batches: list[JournalBatch] = []
        if number in self._journaled:
            record = await self._read(number)
            self._check(record, ready, invalid)
            settled += self._take_known(record, report)
            if any(code in TO_SEND for code in record.statuses):
                self._deferred.append(number)
            self.known += len(invalid)
        elif (
            number < self._last
        ):  # a gap a dead run left (formed, never journaled): journal it, send it later
            body = json.dumps({**self._extra, "messages": [m for _, m in ready]}).encode()
            record = _new_record(number, ready, invalid, body, PENDING)
            await self.store.write_batch(record, self._customs(ready))
            self._deferred.append(number)
        elif ready:
            batches.append(JournalBatch(number, ready, invalid))
            settled -= len(invalid)
        else:  # every message of it is invalid: journaled as such, nothing to send
            await self.store.write_batch(_new_record(number, [], invalid, b'{"messages":[]}', SENT), [])
        if number >= self._last:
            batches[:0] = await self._release_deferred()
        return Admission(settled, batches)

    @property
    def watching(self) -> bool:
        """Whether batches other workers hold are still awaited (``finish`` is to be called again)."""
        return bool(self._watch)

    async def finish(self, report: SendReport) -> Admission:
        """The input has ended: what is left to send. Called until it returns no batches and ``watching``
        is False; with a shared journal it waits for the batches other workers hold, and takes over those
        whose worker died."""
        if self.store.shared:
            return await self._finish_shared(report)
        if self._finished:
            return Admission(0, [])
        self._finished = True
        if self._seen <= self._last:
            raise JournalMismatchError(
                f"the input ends after {self._seen * self.batch_size:,} messages at most, but the campaign "
                f"journal {self.store.location} holds messages from {self._last * self.batch_size:,} on: "
                "this is not the input of that campaign; nothing was sent",
                self._seen * self.batch_size,
            )
        return Admission(0, await self._release_deferred())

    async def sending(self, batch: JournalBatch, body: bytes) -> bool:
        """Write ``batch`` ahead of its request (``body``: the request body about to be sent). False: another
        worker journaled this batch first (it was checked against the input, and is awaited at the end)."""
        if self.failure is not None:
            raise self.failure
        if batch.positions is None:
            record = _new_record(batch.number, batch.messages, batch.invalid, body, SENDING)
            if not await self.store.claim_new(record, self._customs(batch.messages)):
                self._check(await self._read(batch.number), batch.messages, batch.invalid)
                self._watch.append(batch.number)
                return False
            batch.record = record
            return True
        if batch.record is None:
            raise AssertionError("a resent batch carries its journal record")
        record = batch.record
        for position in batch.positions:
            record.statuses[position] = SENDING
        record.state, record.sent_at, record.answered_at = "sending", time.time(), None
        await self.store.write_outcomes(record, durable=True)
        return True

    async def answered(self, batch: JournalBatch, report: SendReport, start: int) -> None:
        """Record the outcomes of ``batch`` that the send path put at ``start`` onwards in ``report``."""
        record = batch.record
        assert record is not None
        statuses, message_ids, prices, details = report.segment(start, start + len(batch.messages))
        text_of = {price: str(price) for price in set(prices) if price is not None}  # (few distinct prices)
        texts = [None if p is None else text_of[p] for p in prices]
        if batch.positions is None:
            record.statuses[:] = statuses
            record.message_ids, record.prices = message_ids, texts
            record.details = {k: list(v) for k, v in details.items()}
        else:
            for offset, position in enumerate(batch.positions):
                record.statuses[position] = statuses[offset]
                record.message_ids[position], record.prices[position] = message_ids[offset], texts[offset]
                record.details.pop(position, None)
                if offset in details:
                    record.details[position] = list(details[offset])
                if position in batch.again and statuses[offset] == SENT:
                    self.sent_again += 1
        record.state, record.answered_at = "done", time.time()
        await self.store.write_outcomes(record, durable=False)

    # ------------------------------------------------------------------ shared journals (workers)

    async def _admit_shared(
        self, number: int, ready: list[Message], invalid: list[Invalid], report: SendReport
    ) -> Admission:
        """A batch of a shared journal: new (sent by whoever journals it first), or journaled (checked, then
        finished: taken from the journal, claimed and completed, or awaited if a live worker holds it)."""
        record = await self.store.read_batch(number)
        if record is None:
            if ready:
                return Admission(0, [JournalBatch(number, ready, invalid)])
            empty = _new_record(number, [], invalid, b'{"messages":[]}', SENT)
            if await self.store.claim_new(empty, []):
                return Admission(len(invalid), [])
            record = await self._read(number)
        self._check(record, ready, invalid)
        self.known += len(invalid)
        worked = await self._work(record, report)
        if worked is None:
            self._watch.append(number)
            return Admission(len(invalid), [])
        return Admission(worked.settled + len(invalid), worked.batches)

    async def _work(self, record: BatchRecord, report: SendReport) -> Admission | None:
        """Finish a journaled batch of a shared journal; None while another live worker holds it."""
        if record.state == "done" and not any(c in TO_SEND or c in IN_DOUBT for c in record.statuses):
            return Admission(self._take_known(record, report), [])
        holder = await self.store.holder(record.batch)
        if holder is not None and holder != getattr(self.store, "owner", None):
            return None
        claimed = await self.store.claim(record.batch)
        if claimed is None:
            return None
        if any(c in IN_DOUBT for c in claimed.statuses):  # its worker died with it in flight: settle it
            assert self.reconcile_batch is not None
            await self.reconcile_batch(claimed.batch)
            claimed = await self._read(claimed.batch)
        settled = self._take_known(claimed, report)
        positions = [p for p, code in enumerate(claimed.statuses) if code in TO_SEND]
        if not positions:
            claimed.state = "done"
            await self.store.write_outcomes(claimed, durable=True)  # releases the claim
            return Admission(settled, [])
        messages = json.loads(claimed.body)["messages"]
        again = frozenset(p for p in positions if claimed.statuses[p] == UNSENT)
        chosen = [(claimed.indices[p], messages[p]) for p in positions]
        return Admission(settled, [JournalBatch(claimed.batch, chosen, [], positions, claimed, again)])

    async def _finish_shared(self, report: SendReport) -> Admission:
        while self._watch:
            if self.failure is not None:
                raise self.failure
            settled, batches, waiting = 0, [], []
            for number in self._watch:
                worked = await self._work(await self._read(number), report)
                if worked is None:
                    waiting.append(number)
                else:
                    settled += worked.settled
                    batches += worked.batches
            self._watch = waiting
            if settled or batches:
                return Admission(settled, batches)
            await anyio.sleep(self.poll)
        return Admission(0, [])

    # ------------------------------------------------------------------ helpers

    @property
    def _extra(self) -> dict[str, Any]:
        extra: dict[str, Any] = json.loads(self.meta["extra"])
        return extra

    def _customs(self, messages: list[Message]) -> list[tuple[str, int]]:
        """The user's own custom strings of ``messages`` (the journal checks them unique)."""
        if not self.own_custom_strings():  # (the common case costs nothing per message)
            return []
        tag = self.tag
        return [(m["custom_string"], i) for i, m in messages if m["custom_string"] != f"{tag}-{i}"]

    async def _read(self, number: int) -> BatchRecord:
        record = await self.store.read_batch(number)
        if record is None:
            raise JournalError(f"batch {number} vanished from the campaign journal {self.store.location}")
        return record

    def _check(self, record: BatchRecord, ready: list[Message], invalid: list[Invalid]) -> None:
        """Refuse input that differs from what the journal holds for this batch, naming the first index."""
        stored = json.loads(record.body)["messages"]
        if (
            not invalid
            and not record.invalid
            and record.indices.tolist() == [i for i, _ in ready]
            and stored == _canonical([m for _, m in ready])
        ):
            return  # the common case, the same messages: one comparison, no per-message work
        given = {i: m for i, m in ready}
        old = {
            **dict(zip(record.indices, stored, strict=True)),
            **{i: v[0] for i, v in record.invalid.items()},
        }
        new = {**{i: _canonical(m) for i, m in given.items()}, **{i: _fingerprint(m) for i, m, _ in invalid}}
        for index in sorted(old.keys() | new.keys()):
            if old.get(index) != new.get(index):
                raise JournalMismatchError(
                    f"message {index} differs from the one journaled in {self.store.location}: "
                    f"{_difference(old.get(index), new.get(index))}; this is not the input of that campaign, "
                    "nothing was sent",
                    index,
                )

    def _take_known(self, record: BatchRecord, report: SendReport) -> int:
        """Put the known outcomes of a journaled batch into ``report``; how many there were."""
        if any(code in IN_DOUBT for code in record.statuses):
            raise JournalError(
                f"batch {record.batch} of {self.store.location} is in doubt: reconcile it first"
            )
        messages = json.loads(record.body)["messages"]
        taken = 0
        for position, code in enumerate(record.statuses):
            if code in TO_SEND:
                continue
            message = messages[position]
            outcome_of(record, position, message, report)
            taken += 1
        self.known += taken
        return taken

    async def _release_deferred(self) -> list[JournalBatch]:
        """The journaled messages still to send, batch by batch, taken from the journal itself."""
        out = []
        for number in self._deferred:
            record = await self._read(number)
            messages = json.loads(record.body)["messages"]
            positions = [p for p, code in enumerate(record.statuses) if code in TO_SEND]
            again = frozenset(p for p in positions if record.statuses[p] == UNSENT)
            chosen = [(record.indices[p], messages[p]) for p in positions]
            out.append(JournalBatch(number, chosen, [], positions, record, again))
        self._deferred = []
        return out


def outcome_of(record: BatchRecord, position: int, message: Mapping[str, Any], report: SendReport) -> None:
    """Add the journaled outcome at ``position`` of ``record`` to ``report``."""
    code = record.statuses[position]
    status = REPORTED_AS.get(code) or STATUSES[code]
    price = record.prices[position]
    detail = record.details.get(position)
    if detail is None and code < len(STATUSES):
        report.add(
            record.indices[position],
            message.get("to"),
            message["custom_string"],
            status,
            record.message_ids[position],
            decimal_or_none(price),
        )
        return
    cs_status, error, recipients = detail if detail is not None else ("", None, 1)
    if code >= len(STATUSES):
        error = IN_FLIGHT if code == SENDING else NOT_SENT_YET
    report.record(
        MessageOutcome(
            index=record.indices[position],
            to=message.get("to"),
            custom_string=message["custom_string"],
            status=status,
            message_id=record.message_ids[position],
            price=decimal_or_none(price),
            clicksend_status=cs_status,
            error=error,
            recipients=recipients,
        )
    )


def check_meta(meta: dict[str, str], location: str) -> None:
    version = meta.get("schema_version")
    if version != str(SCHEMA_VERSION):
        raise JournalError(
            f"the campaign journal {location} has schema version {version!r}; this SDK reads version "
            f"{SCHEMA_VERSION} (use the SDK version that wrote it)"
        )


def _new_record(
    number: int, messages: list[Message], invalid: list[Invalid], body: bytes, code: int
) -> BatchRecord:
    n = len(messages)
    return BatchRecord(
        batch=number,
        state="sending" if code == SENDING else "done",
        sent_at=time.time() if code == SENDING else None,
        answered_at=None,
        indices=array("q", [i for i, _ in messages]),
        body=body,
        invalid={i: _invalid_entry(m, problems) for i, m, problems in invalid},
        statuses=bytearray([code]) * n,
        message_ids=[None] * n,
        prices=[None] * n,
    )


def _invalid_entry(message: Mapping[str, Any], problems: list[Problem]) -> list[Any]:
    """``[fingerprint, error, to, custom_string]`` of a message refused before sending."""
    error = "; ".join(p.describe() for p in problems)
    return [
        _fingerprint(message),
        error,
        _text_or_none(message.get("to")),
        str(message.get("custom_string", "")),
    ]


def _canonical(value: Any) -> Any:
    """A message (or a list of them) as its JSON reads back (as the journal holds it)."""
    return json.loads(json.dumps(value, default=str))


def _fingerprint(message: Mapping[str, Any]) -> str:
    """An invalid message, as stable text (it may hold values JSON cannot)."""
    return json.dumps(message, sort_keys=True, default=repr)


def _difference(old: Any, new: Any) -> str:
    if old is None:
        return "the journal has no such message" if new is not None else "?"
    if new is None:
        return "the input has no such message (or it is refused as invalid now)"
    if isinstance(old, dict) and isinstance(new, dict):
        for name in sorted(old.keys() | new.keys()):
            if old.get(name) != new.get(name):
                return f"{name} is {new.get(name)!r}, the journal has {old.get(name)!r}"
    return "it differs"


def _text_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) else None
