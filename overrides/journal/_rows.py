"""How a ``BatchRecord`` is laid out in a ``batches`` row, for every SQL store (SQLite, PostgreSQL).

The per-message text columns (``message_ids``, ``prices``) are one line per message, an empty line for
None: writing them is a join, about a tenth of the cost of JSON, and they are written once per batch on the
send path. A column whose values hold a line break (or whose first value starts with ``[``) is written as a JSON list
instead; a reader tells the two apart by the leading ``[``.

A batch's body (the request as sent, JSON) is stored zlib-compressed at level 1 (``stored_body``): about a
twentieth of its size for a quarter of a millisecond per 1,000 messages, which costs less than writing the
plain text through SQLite's WAL and its checkpoints. A reader takes either (``sent_body``): JSON starts with
``{``, a zlib stream never does.
"""

from __future__ import annotations

import json
import zlib
from array import array
from typing import Any

from ._store import BatchRecord, BatchState

FIELDS = (
    "batch",
    "state",
    "sent_at",
    "answered_at",
    "statuses",
    "message_ids",
    "prices",
    "details",
    "invalid",
)
COLUMNS = ", ".join(FIELDS)


def outcome_row(record: BatchRecord) -> tuple[Any, ...]:
    """The ``batches`` row of ``record`` (its state and outcome columns), in ``FIELDS`` order."""
    return (
        record.batch,
        record.state,
        record.sent_at,
        record.answered_at,
        bytes(record.statuses),
        lines(record.message_ids),
        lines(record.prices),
        json.dumps({str(k): v for k, v in record.details.items()}) if record.details else "{}",
        json.dumps({str(k): v for k, v in record.invalid.items()}) if record.invalid else "{}",
    )


def state_from_row(row: tuple[Any, ...]) -> BatchState:
    """The ``BatchState`` of a ``batch, state, sent_at, answered_at, statuses, invalid, prices`` row."""
    batch, state, sent_at, answered_at, statuses, invalid, prices = row
    return BatchState(
        batch,
        state,
        sent_at,
        answered_at,
        bytes(statuses),
        len(json.loads(invalid)),
        from_lines(prices, len(statuses)),
    )


def record_from_row(row: tuple[Any, ...]) -> BatchRecord:
    """The ``BatchRecord`` of a row of ``FIELDS`` followed by ``indices, body``."""
    batch, state, sent_at, answered_at, statuses, message_ids, prices, details, invalid, indices, body = row
    positions = array("q")
    positions.frombytes(indices)
    return BatchRecord(
        batch=batch,
        state=state,
        sent_at=sent_at,
        answered_at=answered_at,
        indices=positions,
        body=sent_body(body),
        invalid={int(k): v for k, v in json.loads(invalid).items()},
        statuses=bytearray(statuses),
        message_ids=from_lines(message_ids, len(statuses)),
        prices=from_lines(prices, len(statuses)),
        details={int(k): v for k, v in json.loads(details).items()},
    )


def lines(values: list[str | None]) -> str:
    """``values`` one per line (None and "" alike: an empty line); a JSON list if a value holds a line
    break or the text would start with ``[``."""
    if values.count(None) == len(values):  # (a batch written ahead: nothing known yet)
        return "\n" * max(len(values) - 1, 0)
    try:
        text = "\n".join(values)  # type: ignore[arg-type]  # (the common case, no None: no copy)
    except TypeError:
        text = "\n".join([value or "" for value in values])
    if text.startswith("[") or text.count("\n") != max(len(values) - 1, 0):
        return json.dumps([value or None for value in values])
    return text


def from_lines(text: str, count: int) -> list[str | None]:
    """The ``count`` values of a column written by ``lines`` (or as a JSON list)."""
    if text.startswith("["):
        values: list[str | None] = json.loads(text)
        return values
    return [value or None for value in text.split("\n")] if count else []


def stored_body(body: bytes) -> bytes:
    """A batch's request body as the ``bodies`` table holds it (compressed)."""
    return zlib.compress(body, 1)


def sent_body(stored: bytes) -> bytes:
    """The request body of a ``bodies`` row (written by ``stored_body``, or plain JSON by an earlier SDK)."""
    data = bytes(stored)
    return data if data[:1] == b"{" else zlib.decompress(data)
