"""The outcome of a batched send: one entry per input message, in input order, with totals."""

from __future__ import annotations

import functools
from decimal import Decimal, InvalidOperation
from typing import Literal

from attrs import define, field

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


@define
class SendReport:
    """Outcomes of every message of a batched send, filled in as batches complete."""

    currency: str | None = None
    _outcomes: dict[int, MessageOutcome] = field(factory=dict, alias="outcomes")

    def record(self, outcome: MessageOutcome) -> None:
        self._outcomes[outcome.index] = outcome

    @property
    def outcomes(self) -> list[MessageOutcome]:
        """Every outcome, in input order."""
        return [self._outcomes[i] for i in sorted(self._outcomes)]

    def with_status(self, status: Status) -> list[MessageOutcome]:
        return [o for o in self.outcomes if o.status == status]

    def _count(self, status: Status) -> int:
        return sum(1 for o in self._outcomes.values() if o.status == status)

    @property
    def count(self) -> int:
        return len(self._outcomes)

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
        return sum((o.price for o in self._outcomes.values() if o.price is not None), Decimal(0))

    def summary(self) -> str:
        price = f"{self.total_price:.4f} {self.currency or ''}".strip()
        done = f"{self.priced} priced" if self.priced else f"{self.sent} sent"
        return (
            f"{self.count} messages: {done}, {self.rejected} rejected by ClickSend, "
            f"{self.invalid} invalid, {self.failed} failed, {self.unconfirmed} unconfirmed; cost {price}"
        )


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
