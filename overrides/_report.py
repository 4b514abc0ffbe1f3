"""The outcome of a batched send: one entry per input message, in input order, with totals."""

from __future__ import annotations

import functools
from array import array
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal, InvalidOperation
from typing import Literal

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


class SendReport:
    """Outcomes of every message of a batched send, filled in as batches complete.

    Stored column by column (a campaign of 100,000 messages holds no 100,000 objects): ``outcomes`` and
    ``with_status`` build ``MessageOutcome`` objects when asked, totals are counted from the columns.
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
        self._custom: list[str] = []
        self._message_id: list[str | None] = []
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
        self._custom.append(custom_string)
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
        self._index.extend(indexes)
        self._status.extend(bytes((STATUS_CODES[status],)) * len(indexes))
        self._to.extend(tos)
        self._custom.extend(custom_strings)
        self._message_id.extend(message_ids)
        self._price.extend(prices)

    def segment(
        self, start: int, stop: int
    ) -> tuple[bytes, list[str | None], list[Decimal | None], dict[int, tuple[str | None, str | None, int]]]:
        """Status codes, message ids, prices and details (by offset from ``start``) of the outcomes
        recorded at positions ``start`` to ``stop`` (a campaign journal stores a batch's outcomes so)."""
        details = (
            {p - start: d for p, d in self._details.items() if start <= p < stop} if self._details else {}
        )
        return bytes(self._status[start:stop]), self._message_id[start:stop], self._price[start:stop], details

    def _outcome(self, position: int) -> MessageOutcome:
        clicksend_status, error, recipients = self._details.get(position, ("SUCCESS", None, 1))
        return MessageOutcome(
            index=self._index[position],
            to=self._to[position],
            custom_string=self._custom[position],
            status=STATUSES[self._status[position]],
            message_id=self._message_id[position],
            price=self._price[position],
            clicksend_status=clicksend_status,
            error=error,
            recipients=recipients,
        )

    def outcome_at(self, position: int) -> MessageOutcome:
        """The outcome recorded at ``position`` (recording order, not input order)."""
        return self._outcome(position)

    def input_order(self) -> list[int]:
        """Recording positions sorted by input index."""
        return sorted(range(len(self._status)), key=self._index.__getitem__)

    def sent_ids(self) -> Iterator[tuple[int, str]]:
        """(position, message_id) of every message ClickSend queued, in recording order."""
        sent = STATUS_CODES["sent"]
        for position, (code, message_id) in enumerate(zip(self._status, self._message_id, strict=True)):
            if code == sent and message_id:
                yield position, message_id

    def _in_input_order(self, positions: Iterable[int]) -> list[MessageOutcome]:
        return [self._outcome(p) for p in sorted(positions, key=self._index.__getitem__)]

    def recorded_since(self, position: int) -> list[MessageOutcome]:
        """The outcomes recorded from ``position`` on (0 is the first), in the order they were recorded, so a
        caller can write results while the send goes on; ``count`` is the position the next one gets."""
        return [self._outcome(p) for p in range(position, len(self._status))]

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
