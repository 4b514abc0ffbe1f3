"""A batched send's answer read into its ``SendReport``: one outcome per message of the batch.

Results are read straight from the JSON (building generated models for 1000 results per batch cost more
CPU than the rest of a send) and matched to messages by ``custom_string``; an answer accepting the whole
batch in order is read by ``_answers`` (msgspec, on CPython) without building the rest of it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs
import httpx

from ._answers import as_dicts, read_results
from ._exceptions import Problem
from ._json import loads
from ._report import MessageOutcome, SendReport, Status, decimal_or_none
from ._responses import api_error, refused, unexpected


@attrs.frozen
class BatchKind:
    """How a batched operation's outcomes read: what an accepted message is, and what an unanswered one is."""

    accepted: Status
    ambiguous: Status  # a send that went unanswered may have gone out; an unanswered quote just failed


SEND = BatchKind(accepted="sent", ambiguous="unconfirmed")
PRICE = BatchKind(accepted="priced", ambiguous="failed")


_ZERO = Decimal(0)


def record_batch(
    op_id: str,
    batch: list[tuple[int, dict[str, Any]]],
    response: httpx.Response,
    report: SendReport,
    kind: BatchKind,
) -> None:
    customs = [message["custom_string"] for _, message in batch]
    typed = read_results(response.content) if response.status_code == 200 else None
    if typed is not None:  # read with msgspec (CPython): only the fields the report keeps
        typed_results, currency = typed
        if currency is not None:
            report.currency = currency
        statuses = [result.status for result in typed_results]
        if _all_accepted_in_order(customs, statuses, [result.custom_string for result in typed_results]):
            ids = [result.message_id for result in typed_results]
            prices = [result.message_price for result in typed_results]
            _record_accepted(batch, customs, ids, prices, report, kind)  # the common case
            return
        results = as_dicts(typed_results)
    else:
        data, whole = _send_results(response) if response.status_code == 200 else (None, None)
        code = int(response.status_code)
        if code >= 500 or data is None or whole is None:
            # refused whole (4xx, 429 included): not sent; anything else unreadable may have been processed
            status: Status = "failed" if refused(code) else kind.ambiguous
            if code >= 400:
                error = str(api_error(op_id, response))
            else:
                error = str(unexpected(op_id, response, "no list of per-message results"))
            record_whole_batch(report, batch, status, error)
            return
        found_currency = data.get("_currency")
        if isinstance(found_currency, dict) and isinstance(found_currency.get("currency_name_short"), str):
            report.currency = found_currency["currency_name_short"]
        results = whole
        statuses = [result.get("status") for result in results]
        if _all_accepted_in_order(customs, statuses, [result.get("custom_string") for result in results]):
            ids = [result.get("message_id") for result in results]
            prices = [result.get("message_price") for result in results]
            _record_accepted(batch, customs, ids, prices, report, kind)
            return
    # custom_string -> its result, or the list of them when several share it (a message sent to a list_id
    # has one result per contact); one result per message is the common case, kept free of extra objects
    by_custom: dict[Any, dict[str, Any] | list[dict[str, Any]]] = {}
    for result in results:
        key = result.get("custom_string")
        seen = by_custom.setdefault(key, result)
        if isinstance(seen, list):
            seen.append(result)
        elif seen is not result:
            by_custom[key] = [seen, result]
    for position, (index, message) in enumerate(batch):
        found = by_custom.get(message["custom_string"])
        if found is None and len(results) == len(batch):
            found = results[position]
        if isinstance(found, dict) and found.get("status") == "SUCCESS":  # the common case, kept lean
            price = decimal_or_none(found.get("message_price"))
            message_id = _text(found.get("message_id"))
            to = message.get("to")
            report.add(index, to, message["custom_string"], kind.accepted, message_id, price or _ZERO)
        else:
            found = [found] if isinstance(found, dict) else found or []
            report.record(_outcome_of_results(index, message, found, kind))


def _all_accepted_in_order(customs: list[str], statuses: list[Any], echoed: list[Any]) -> bool:
    """Whether every message of the batch (its ``customs``: custom_strings in order) has its own ``SUCCESS``
    result, in order (the results' ``statuses`` and ``echoed`` custom strings): one result per message,
    each carrying that message's custom_string, no custom_string twice. For those batches the general
    matching below comes to result ``i`` for message ``i``, which ``_record_accepted`` records in bulk."""
    if not customs or len(statuses) != len(customs):
        return False
    return (
        statuses.count("SUCCESS") == len(statuses) and echoed == customs and len(set(customs)) == len(customs)
    )


def _record_accepted(
    batch: list[tuple[int, dict[str, Any]]],
    customs: list[str],
    ids: list[Any],
    prices: list[Any],
    report: SendReport,
    kind: BatchKind,
) -> None:
    """Record a batch accepted whole and in order (its results' ``message_id`` and ``message_price``
    values): the same outcomes as one ``add`` per message."""
    indexes, messages = zip(*batch, strict=True)
    if not set(map(type, ids)) <= {str}:  # ClickSend's ids are text: kept as they are
        ids = [_text(message_id) for message_id in ids]
    report.add_many(
        indexes, [message.get("to") for message in messages], customs, kind.accepted, ids, _prices(prices)
    )


def _prices(values: list[Any]) -> list[Decimal]:
    """``decimal_or_none(value) or 0`` of each price of a batch; prices given as text are read once per
    distinct text (a batch's prices mostly repeat)."""
    if set(map(type, values)) <= {str}:  # only text: equal keys are equal texts (1 == True, 1 == 1.0)
        read = {text: decimal_or_none(text) or _ZERO for text in set(values)}
        return [read[text] for text in values]
    return [decimal_or_none(value) or _ZERO for value in values]


def _outcome_of_results(
    index: int, message: dict[str, Any], found: list[dict[str, Any]], kind: BatchKind
) -> MessageOutcome:
    """The outcome of a message from its results: one, or one per contact of a ``list_id``."""
    statuses = [r.get("status") for r in found]
    if not found or not all(isinstance(s, str) for s in statuses):
        return _outcome(index, message, kind.ambiguous, error="no status for it in ClickSend's answer")
    accepted = [r for r in found if r.get("status") == "SUCCESS"]
    refused = [s for s in statuses if s != "SUCCESS"]
    prices = [decimal_or_none(r.get("message_price")) for r in accepted]
    return MessageOutcome(
        index=index,
        to=message.get("to"),
        custom_string=message["custom_string"],
        status=kind.accepted if accepted else "rejected",
        message_id=_text(accepted[0].get("message_id")) if accepted else None,
        price=sum((p for p in prices if p is not None), _ZERO) if accepted else None,
        clicksend_status=_text(refused[0] if refused else "SUCCESS"),
        recipients=len(found),
    )


def _send_results(response: httpx.Response) -> tuple[dict[str, Any] | None, list[dict[str, Any]] | None]:
    """``data`` and its per-message results from a 200 answer to a batched send, as plain JSON
    (``None`` where the answer does not hold them); a result that is not an object has no fields."""
    try:
        payload = loads(response.content)
    except ValueError:
        return None, None
    data = payload.get("data") if isinstance(payload, dict) else None
    if not isinstance(data, dict):
        return None, None
    results = data.get("messages")
    if not isinstance(results, list):
        return data, None
    return data, [r if isinstance(r, dict) else {} for r in results]


def record_whole_batch(
    report: SendReport, batch: list[tuple[int, dict[str, Any]]], status: Status, error: str
) -> None:
    """The same outcome for every message of a batch (no answer, or one refusing the whole request)."""
    for index, message in batch:
        report.record(_outcome(index, message, status, error=error))


def _outcome(index: int, message: dict[str, Any], status: Status, *, error: str) -> MessageOutcome:
    return MessageOutcome(
        index=index, to=message.get("to"), custom_string=message["custom_string"], status=status, error=error
    )


def invalid_outcome(index: int, message: dict[str, Any], problems: list[Problem]) -> MessageOutcome:
    return MessageOutcome(
        index=index,
        to=message.get("to") if isinstance(message.get("to"), str) else None,
        custom_string=str(message.get("custom_string", "")),
        status="invalid",
        error="; ".join(p.describe() for p in problems),
    )


def _text(value: object) -> str | None:
    return None if value is None or isinstance(value, bool) else str(value)
