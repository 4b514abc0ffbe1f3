"""The outcome of a batched send: one entry per input message, in input order, with totals."""

from __future__ import annotations

import functools
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal, InvalidOperation
from itertools import accumulate
from typing import Any, Literal

from attrs import define

Status = Literal["sent", "priced", "rejected", "invalid", "failed", "unconfirmed"]


@define
class MessageOutcome:
    """What happened to one input message.

    ``status`` is one of:
      * ``sent``: ClickSend queued it (``message_id`` and ``price`` are set);
      * ``priced``: (``price_sms`` / ``price_mms``) ClickSend quoted its ``price``; nothing was sent;
      * ``rejected``: ClickSend refused it; ``clicksend_status`` says why (``INVALID_RECIPIENT`` ...);
      * ``invalid``: the SDK refused it before sending (``error`` names the field and value);
      * ``failed``: its request failed without reaching ClickSend or was refused whole; it was not sent;
      * ``unconfirmed``: its request may have reached ClickSend but no answer came back. It is NOT re-sent:
        look its ``custom_string`` up in the SMS history to learn whether it went out.

    A message sent to a contact list (``list_id``) has one outcome for all its ``recipients``: ``sent`` if
    any was queued, ``price`` their total, ``message_id`` the first one's, ``clicksend_status`` the first
    refusal (if any).
    """

    index: int
    to: str | None
    custom_string: str
    status: Status
    message_id: str | None = None
    price: Decimal | None = None
    clicksend_status: str | None = None
    error: str | None = None
    recipients: int = 1


#: Every status, and the one-byte code a report (and a campaign journal) stores it as.
STATUSES: tuple[Status, ...] = ("sent", "priced", "rejected", "invalid", "failed", "unconfirmed")
STATUS_CODES: dict[Status, int] = {status: code for code, status in enumerate(STATUSES)}


class _Chunk:
    """Values of consecutive positions of a ``_Texts`` column: texts joined in one string with the offsets
    where each ends (a run of ``None`` holds nothing; values that are not all text are kept as a list)."""

    __slots__ = ("ends", "nones", "size", "text")

    def __init__(self, values: list[Any], size: int | None = None) -> None:
        """A chunk of ``values``, or of ``size`` times None."""
        self.size = len(values) if size is None else size
        self.nones: bytes | None = None  # 1 at the offsets that hold None (when some, not all, do)
        self.ends: array[int] | list[Any] | None = None
        self.text: str | None = None
        if size is not None:
            return  # all None: nothing stored
        kinds = set(map(type, values))
        if not kinds <= {str, type(None)}:
            self.ends = list(values)  # (not text: kept as given)
            return
        if kinds != {str}:
            if kinds == {type(None)}:
                return
            self.nones = bytes(value is None for value in values)
            values = [value or "" for value in values]
        self.text = "".join(values)
        lengths = accumulate(map(len, values))
        self.ends = array("I", lengths) if len(self.text) < 2**32 else array("q", lengths)

    def values(self, start: int, stop: int) -> list[Any]:
        ends = self.ends
        if isinstance(ends, list):
            return ends[start:stop]
        if ends is None or self.text is None:
            return [None] * (stop - start)
        text = self.text
        starts = [ends[start - 1] if start else 0]
        starts.extend(ends[start : stop - 1])
        found: list[Any] = [text[a:b] for a, b in zip(starts, ends[start:stop], strict=True)]
        nones = self.nones
        if nones is not None:
            found = [None if nones[k] else v for k, v in zip(range(start, stop), found, strict=True)]
        return found


class _Texts:
    """A column of ``str | None``, one value per position, kept compact: the values added together (a batch's
    message ids) are one joined text and an array of offsets, not one string object each, and a run of
    ``None`` costs nothing. Values added one at a time wait in a list until there are enough to join. The
    list of the latest ``extend`` is kept as given, so reading back the batch just added (a campaign journal
    does, at once) slices nothing."""

    __slots__ = ("_chunks", "_count", "_firsts", "_latest", "_pending")

    _JOIN_AT = 1024

    def __init__(self) -> None:
        self._chunks: list[_Chunk] = []
        self._firsts: list[int] = []  # the position of each chunk's first value
        self._count = 0  # values in chunks
        self._pending: list[Any] = []  # values after those, added one at a time
        self._latest: tuple[int, list[Any]] | None = None  # (first position, values) of the latest extend

    def __len__(self) -> int:
        return self._count + len(self._pending)

    def _join(self, values: list[Any]) -> None:
        if values:
            self._latest = (self._count, values)
            self._chunks.append(_Chunk(values))
            self._firsts.append(self._count)
            self._count += len(values)

    def extend_none(self, size: int) -> None:
        """``extend([None] * size)``, without looking at each."""
        if self._pending:
            self.extend([None] * size)
        elif size:
            self._chunks.append(_Chunk([], size))
            self._firsts.append(self._count)
            self._count += size

    def append(self, value: Any) -> None:
        self._pending.append(value)
        if len(self._pending) >= self._JOIN_AT:
            pending, self._pending = self._pending, []
            self._join(pending)

    def extend(self, values: Sequence[Any]) -> None:
        if self._pending:
            values, self._pending = [*self._pending, *values], []
        self._join(values if isinstance(values, list) else list(values))

    def __getitem__(self, position: int) -> Any:
        if position < 0:
            position += len(self)
        if position >= self._count:
            return self._pending[position - self._count]
        number = bisect_right(self._firsts, position) - 1
        offset = position - self._firsts[number]
        return self._chunks[number].values(offset, offset + 1)[0]

    def slice(self, start: int, stop: int) -> list[Any]:
        """The values at positions ``start`` to ``stop`` (within the column)."""
        stop = min(stop, len(self))
        latest = self._latest
        if latest is not None and latest[0] == start and len(latest[1]) == stop - start:
            return list(latest[1])
        found: list[Any] = []
        if start < self._count:
            number = bisect_right(self._firsts, start) - 1
            while start < min(stop, self._count):
                chunk, first = self._chunks[number], self._firsts[number]
                end = min(stop, first + chunk.size)
                found.extend(chunk.values(start - first, end - first))
                start, number = end, number + 1
        if stop > start:
            found.extend(self._pending[start - self._count : stop - self._count])
        return found

    def tolist(self) -> list[Any]:
        return self.slice(0, len(self))


class SendReport:
    """Outcomes of every message of a batched send, filled in as batches complete.

    Stored column by column (a campaign of 100,000 messages holds no 100,000 objects): ``outcomes`` and
    ``with_status`` build ``MessageOutcome`` objects when asked, totals are counted from the columns. Message
    ids are kept joined batch by batch (``_Texts``); a custom string of the form ``<tag>-<index>`` (the SDK's
    own, given to a message that has none) is not kept at all but made again from its run's tag and its
    index, so a campaign's report holds a few bytes per message beyond its ``to`` and price.
    """

    def __init__(self, currency: str | None = None) -> None:
        self.currency = currency
        #: For a campaign resumed from a journal: outcomes known from earlier runs, messages found sent by
        #: reconciliation, and messages sent again because reconciliation found them absent.
        self.from_earlier_runs = 0
        self.reconciled = 0
        self.sent_again = 0
        self._index = array("q")
        self._status = bytearray()
        self._to: list[str | None] = []
        # a message's custom_string, or None where it is f"{tag}-{index}" with the tag of its run (below)
        self._custom = _Texts()
        self._tag_firsts: list[int] = []  # the first position of each run of one tag
        self._tags: list[str] = []
        self._message_id = _Texts()
        self._price: list[Decimal | None] = []
        # position -> (clicksend_status, error, recipients), for outcomes that are not a plain SUCCESS
        self._details: dict[int, tuple[str | None, str | None, int]] = {}

    def __repr__(self) -> str:
        return f"<SendReport {self.summary()}>"

    def record(self, outcome: MessageOutcome) -> None:
        position = len(self._status)
        self.add(
            outcome.index,
            outcome.to,
            outcome.custom_string,
            outcome.status,
            outcome.message_id,
            outcome.price,
        )
        if (outcome.clicksend_status, outcome.error, outcome.recipients) != ("SUCCESS", None, 1):
            self._details[position] = (outcome.clicksend_status, outcome.error, outcome.recipients)

    def add(
        self,
        index: int,
        to: str | None,
        custom_string: str,
        status: Status,
        message_id: str | None,
        price: Decimal | None,
    ) -> None:
        """Record a message ClickSend answered ``SUCCESS`` for (the common case, without an object)."""
        self._index.append(index)
        self._status.append(STATUS_CODES[status])
        self._to.append(to)
        derived = self._tags and custom_string == f"{self._tags[-1]}-{index}"
        self._custom.append(None if derived else custom_string)
        self._message_id.append(message_id)
        self._price.append(price)

    def add_many(
        self,
        indexes: Sequence[int],
        tos: Sequence[str | None],
        custom_strings: Sequence[str],
        status: Status,
        message_ids: Sequence[str | None],
        prices: Sequence[Decimal | None],
    ) -> None:
        """``add`` for each position of these (equally long) lists, all with one ``status``."""
        position = len(self._status)
        self._index.extend(indexes)
        self._status.extend(bytes((STATUS_CODES[status],)) * len(indexes))
        self._to.extend(tos)
        self._add_custom_strings(position, indexes, custom_strings)
        self._message_id.extend(message_ids)
        self._price.extend(prices)

    def _add_custom_strings(self, position: int, indexes: Sequence[int], customs: Sequence[str]) -> None:
        """The custom strings of positions from ``position`` on: nothing per message when they are all
        ``<tag>-<index>`` (the SDK's own) with the tag of the last run or a new one."""
        if not customs:
            return
        tag = self._tags[-1] if self._tags else None
        if tag is not None and customs == [f"{tag}-{i}" for i in indexes]:
            self._custom.extend_none(len(customs))
            return
        first, suffix = customs[0], f"-{indexes[0]}"
        if isinstance(first, str) and first.endswith(suffix):
            new = first[: len(first) - len(suffix)]
            if customs == [f"{new}-{i}" for i in indexes]:
                self._tag_firsts.append(position)
                self._tags.append(new)
                self._custom.extend_none(len(customs))
                return
        if tag is None:
            self._custom.extend(customs)
        else:
            self._custom.extend(
                [None if c == f"{tag}-{i}" else c for i, c in zip(indexes, customs, strict=True)]
            )

    def _custom_at(self, position: int, stored: str | None) -> str:
        if stored is not None:
            return stored
        tag = self._tags[bisect_right(self._tag_firsts, position) - 1]
        return f"{tag}-{self._index[position]}"

    def segment(
        self, start: int, stop: int
    ) -> tuple[bytes, list[str | None], list[Decimal | None], dict[int, tuple[str | None, str | None, int]]]:
        """Status codes, message ids, prices and details (by offset from ``start``) of the outcomes
        recorded at positions ``start`` to ``stop`` (a campaign journal stores a batch's outcomes so)."""
        details = (
            {p - start: d for p, d in self._details.items() if start <= p < stop} if self._details else {}
        )
        message_ids = self._message_id.slice(start, stop)
        return bytes(self._status[start:stop]), message_ids, self._price[start:stop], details

    def _outcome(self, position: int) -> MessageOutcome:
        return self._outcomes([position], position, position + 1)[0]

    def _outcomes(self, positions: Iterable[int], start: int, stop: int) -> list[MessageOutcome]:
        """The outcomes at ``positions`` (all within ``start`` to ``stop``), in that order; the compact
        columns are read once for the range."""
        customs, message_ids = self._custom.slice(start, stop), self._message_id.slice(start, stop)
        details, index, to, price, status = self._details, self._index, self._to, self._price, self._status
        plain = ("SUCCESS", None, 1)
        found = []
        for p in positions:
            clicksend_status, error, recipients = details.get(p, plain)
            found.append(
                MessageOutcome(
                    index=index[p],
                    to=to[p],
                    custom_string=self._custom_at(p, customs[p - start]),
                    status=STATUSES[status[p]],
                    message_id=message_ids[p - start],
                    price=price[p],
                    clicksend_status=clicksend_status,
                    error=error,
                    recipients=recipients,
                )
            )
        return found

    def outcome_at(self, position: int) -> MessageOutcome:
        """The outcome recorded at ``position`` (recording order, not input order)."""
        return self._outcome(position)

    def input_order(self) -> list[int]:
        """Recording positions sorted by input index."""
        return sorted(range(len(self._status)), key=self._index.__getitem__)

    def sent_ids(self) -> Iterator[tuple[int, str]]:
        """(position, message_id) of every message ClickSend queued, in recording order."""
        sent = STATUS_CODES["sent"]
        message_ids = self._message_id.tolist()
        for position, (code, message_id) in enumerate(zip(self._status, message_ids, strict=True)):
            if code == sent and message_id:
                yield position, message_id

    def _in_input_order(self, positions: Iterable[int]) -> list[MessageOutcome]:
        chosen = sorted(positions, key=self._index.__getitem__)
        if len(chosen) < 64:  # a few: each read alone rather than the columns whole
            return [self._outcome(p) for p in chosen]
        return self._outcomes(chosen, 0, len(self._status))

    def recorded_since(self, position: int) -> list[MessageOutcome]:
        """The outcomes recorded from ``position`` on (0 is the first), in the order they were recorded, so a
        caller can write results while the send goes on; ``count`` is the position the next one gets."""
        stop = len(self._status)
        return self._outcomes(range(position, stop), position, stop) if position < stop else []

    @property
    def outcomes(self) -> list[MessageOutcome]:
        """Every outcome, in input order."""
        return self._in_input_order(range(len(self._status)))

    def with_status(self, status: Status) -> list[MessageOutcome]:
        """The outcomes of one status, in input order."""
        code = STATUS_CODES[status]
        return self._in_input_order(p for p, c in enumerate(self._status) if c == code)

    def _count(self, status: Status) -> int:
        return self._status.count(STATUS_CODES[status])

    @property
    def count(self) -> int:
        return len(self._status)

    @property
    def sent(self) -> int:
        return self._count("sent")

    @property
    def priced(self) -> int:
        return self._count("priced")

    @property
    def rejected(self) -> int:
        return self._count("rejected")

    @property
    def invalid(self) -> int:
        return self._count("invalid")

    @property
    def failed(self) -> int:
        return self._count("failed")

    @property
    def unconfirmed(self) -> int:
        return self._count("unconfirmed")

    @property
    def total_price(self) -> Decimal:
        return sum((p for p in self._price if p is not None), Decimal(0))

    def summary(self) -> str:
        price = f"{self.total_price:.4f} {self.currency or ''}".strip()
        done = f"{self.priced} priced" if self.priced else f"{self.sent} sent"
        text = (
            f"{self.count} messages: {done}, {self.rejected} rejected by ClickSend, "
            f"{self.invalid} invalid, {self.failed} failed, {self.unconfirmed} unconfirmed; cost {price}"
        )
        if self.from_earlier_runs or self.reconciled or self.sent_again:
            text += (
                f" ({self.from_earlier_runs} from earlier runs, {self.reconciled} reconciled as sent, "
                f"{self.sent_again} sent again)"
            )
        return text


def decimal_or_none(value: object) -> Decimal | None:
    if value is None or value == "" or isinstance(value, bool):
        return None
    if isinstance(value, str):  # prices repeat: one shared (immutable) Decimal per distinct text
        return _decimal_text(value)
    return _decimal(value)


@functools.lru_cache(maxsize=1024)
def _decimal_text(value: str) -> Decimal | None:
    return _decimal(value)


def _decimal(value: object) -> Decimal | None:
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None
