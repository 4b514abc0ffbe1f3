"""What a campaign journal stores, and the small interface every storage engine implements.

A campaign is cut into fixed batches of input indices (batch ``n`` holds indices ``n * batch_size`` up to
the next batch). The journal keeps one record per batch: the request body as it was first sent (which is
the wire truth a resumed run is checked against and resent from), and one outcome per message of that body,
stored column by column. Nothing of a campaign is kept in memory by a store: it lives in the storage.
"""

from __future__ import annotations

import abc
from array import array
from collections.abc import AsyncIterator
from typing import Any

import attrs

from .._exceptions import ClickSendError
from .._report import STATUS_CODES, Status

SCHEMA_VERSION = 1

#: Per-message states of the journal beyond the report's statuses (whose codes are ``STATUS_CODES``).
SENDING = 6  # its request may be in flight: in doubt until reconciled
UNSENT = 7  # a reconciliation found it absent from ClickSend's history: to be sent again
PENDING = 8  # journaled ahead of its first send (a gap left by a dead run): to be sent

SENT = STATUS_CODES["sent"]
FAILED = STATUS_CODES["failed"]
UNCONFIRMED = STATUS_CODES["unconfirmed"]
IN_DOUBT = frozenset({SENDING, UNCONFIRMED})
TO_SEND = frozenset({FAILED, UNSENT, PENDING})
#: How a state reads in a report of an unfinished campaign.
REPORTED_AS: dict[int, Status] = {SENDING: "unconfirmed", UNSENT: "failed", PENDING: "failed"}
NOT_SENT_YET = "not sent yet: rerun the campaign to send it"
IN_FLIGHT = "in flight when its run stopped: rerun (or reconcile) the campaign to settle it"


class JournalError(ClickSendError):
    """The journal cannot be used (unreadable, unwritable, locked, full, or of another campaign).

    Raised before the next batch goes out: nothing is sent that is not journaled first.
    """


class JournalMismatchError(JournalError):
    """The input (or operation, account, options) differs from what the journal recorded.

    ``index`` is the first input index that differs (None when the campaign's settings differ).
    """

    def __init__(self, message: str, index: int | None = None) -> None:
        super().__init__(message)
        self.index = index


@attrs.define
class BatchRecord:
    """One batch of a campaign as journaled.

    ``indices[p]`` is the input index of the ``p``-th message of ``body``; ``invalid`` maps the input index
    of each message refused before sending to ``[fingerprint, error, to]``. The outcome columns
    (``statuses``, ``message_ids``, ``prices``, ``details``: position -> ``[clicksend_status, error,
    recipients]`` for outcomes that are not a plain success) are by position in ``body``.
    """

    batch: int
    state: str  # "sending": a request of it may be in flight; "done": every outcome is written;
    # "held" (shared journals): settled by a worker that keeps its claim to send what is left
    sent_at: float | None
    answered_at: float | None
    indices: array[int]
    body: bytes
    invalid: dict[int, list[Any]]
    statuses: bytearray
    message_ids: list[str | None]
    prices: list[str | None]
    details: dict[int, list[Any]] = attrs.field(factory=dict)


@attrs.frozen
class BatchState:
    """A batch's state without its body: what status, reconciliation and planning need."""

    batch: int
    state: str
    sent_at: float | None
    answered_at: float | None
    statuses: bytes
    invalid: int
    prices: list[str | None]


class JournalStore(abc.ABC):
    """Storage of one campaign journal. Every method may raise ``JournalError`` (and nothing else)."""

    #: Where the journal is, fit for messages and logs (never credentials).
    location: str
    #: Whether several workers share the journal (claims with leases) or one process holds it whole.
    shared = False
    #: Seconds a claim lasts unless its worker renews it (shared journals).
    lease = 0.0

    @abc.abstractmethod
    async def read_meta(self) -> dict[str, str] | None:
        """The campaign's settings, or None for a journal that holds no campaign yet."""

    @abc.abstractmethod
    async def write_meta(self, meta: dict[str, str]) -> None:
        """Record (or update) the campaign's settings, durably."""

    @abc.abstractmethod
    async def batch_numbers(self) -> list[int]:
        """The numbers of the journaled batches, in order."""

    @abc.abstractmethod
    async def read_batch(self, batch: int) -> BatchRecord | None:
        """One batch with its body and outcomes."""

    @abc.abstractmethod
    async def write_batch(self, record: BatchRecord, customs: list[tuple[str, int]]) -> None:
        """Durably record a whole batch (before its request goes out) with the user's own custom strings
        of its messages; a custom string the campaign already holds raises ``JournalMismatchError``."""

    @abc.abstractmethod
    async def write_outcomes(self, record: BatchRecord, *, durable: bool) -> None:
        """Record a batch's state, times and outcome columns (its body and indices are unchanged) in one
        transaction. ``durable=False`` may lose the write on power loss (never on a killed process)."""

    @abc.abstractmethod
    async def find_customs(self, customs: list[str]) -> dict[str, int]:
        """The input index of each of the user's own custom strings that the campaign holds."""

    @abc.abstractmethod
    def states(self) -> AsyncIterator[BatchState]:
        """Every batch's state, in batch order, read in chunks."""

    @abc.abstractmethod
    def records(self) -> AsyncIterator[BatchRecord]:
        """Every batch with its body, in batch order, read one at a time."""

    async def claim_new(self, record: BatchRecord, customs: list[tuple[str, int]]) -> bool:
        """Write a batch ahead and claim it; False if it is journaled already (another worker won it)."""
        await self.write_batch(record, customs)
        return True

    async def claim(self, batch: int) -> BatchRecord | None:
        """Claim a journaled batch that needs work; None if a live worker holds it."""
        return await self.read_batch(batch)

    async def holder(self, batch: int) -> str | None:
        """Who holds a live claim on ``batch`` (None: nobody)."""
        return None

    async def renew(self) -> None:  # noqa: B027  (a store without leases has nothing to renew)
        """Extend the leases of this worker's claims."""

    @abc.abstractmethod
    async def close(self) -> None:
        """Release the journal (and the claim on it)."""
