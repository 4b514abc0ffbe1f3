"""Polling ClickSend's queues: receipt lists (``GET /sms/receipts`` and the MMS, voice and fax twins) and
``GET /sms/inbound``, handed on to the client's tracker and inbox, then marked read.

Polling consumes the queue: run one poller per account (or subaccount). Records are marked read only after
they were handed on, with ``date_before`` just past the newest one seen once it is ``settle`` seconds old
(ClickSend stamps a receipt when it queues it): a crash can repeat receipts, never lose them, and repeats
are ignored by the tracker.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import anyio

from ._exceptions import APIConnectionError, RateLimitError, ServerError, UnexpectedResponseError
from ._index import operation_function
from ._responses import api_error, unexpected
from ._sending import PreparedBody
from .webhooks import Event, WebhookError, parse_record

if TYPE_CHECKING:
    from ._client import ClickSend

logger = logging.getLogger("clicksend_async.polling")
_TRANSIENT = (APIConnectionError, RateLimitError, ServerError, UnexpectedResponseError)
#: The queues a poller reads: receipts of each channel, and inbound SMS.
QUEUES = {
    "sms": ("list_sms_receipts", "mark_sms_receipts_read"),
    "mms": ("list_mms_receipts", "mark_mms_receipts_read"),
    "voice": ("list_voice_receipts", "mark_voice_receipts_read"),
    "fax": ("list_fax_receipts", "mark_fax_receipts_read"),
    "inbound": ("list_inbound_sms", "mark_inbound_sms_read"),
}


class Poller:
    """Reads queues in rounds, one round at a time per client however many callers wait.

    Args:
        hand_on: called with every event read (the client routes it to its tracker or inbox); returns
            True if the event was news.
        interval: seconds between rounds while events come; doubled after each empty round up to
            ``max_interval``.
        page_size: records per page (ClickSend allows 15 to 100); ``max_pages`` per queue and round.
        settle: a record this many seconds old (by ``clock``) is safe to mark read with its timestamp.
    """

    def __init__(
        self,
        client: ClickSend,
        hand_on: Callable[[Event], bool],
        *,
        interval: float = 1.0,
        max_interval: float = 30.0,
        page_size: int = 100,
        max_pages: int = 1000,
        settle: float = 5.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._client = client
        self._hand_on = hand_on
        self.interval = interval
        self.max_interval = max_interval
        self.page_size = page_size
        self.max_pages = max_pages
        self.settle = settle
        self._clock = clock
        self._lock: anyio.Lock | None = None
        self._last_round = float("-inf")
        self.rounds = 0

    async def run_until(self, done: anyio.Event, queues: Iterable[str]) -> None:
        """Poll ``queues`` until ``done`` is set (cancel the caller's scope for a deadline)."""
        names = sorted(set(queues))
        delay = self.interval
        while not done.is_set():
            lock = self._lock = self._lock or anyio.Lock()
            async with lock:
                if done.is_set():
                    return
                if anyio.current_time() - self._last_round < self.interval / 2:
                    news = 1  # another caller's round just ended: no second round right after it
                else:
                    news = await self.round(names)
                    self._last_round = anyio.current_time()
            delay = self.interval if news else min(delay * 2, self.max_interval)
            with anyio.move_on_after(delay):
                await done.wait()

    async def round(self, queues: Iterable[str]) -> int:
        """Read each queue once (every unread page), hand its records on, mark them read; how many were news.

        Transient failures (connection, 429, 5xx, unreadable answers) are logged and count as an empty round;
        anything else (401, 403, 400 ...) is raised.
        """
        self.rounds += 1
        news = 0
        for name in queues:
            try:
                news += await self._drain(name)
            except _TRANSIENT as exc:
                logger.warning("polling %s failed, will retry: %s", name, exc)
        return news

    async def _drain(self, name: str) -> int:
        list_op, mark_op = QUEUES[name]
        channel = "sms" if name == "inbound" else name
        records: list[Any] = []
        for page in range(1, self.max_pages + 1):
            data = await self._data(list_op, {"page": page, "limit": self.page_size})
            items = data.get("data") if isinstance(data, dict) else None
            items = items if isinstance(items, list) else []
            records += items
            last = data.get("last_page") if isinstance(data, dict) else None
            if len(items) < self.page_size or not isinstance(last, int) or page >= last:
                break
        news, newest = 0, None
        for record in records:
            try:
                event = parse_record(record, channel)
            except WebhookError as exc:
                logger.warning("skipped an unreadable %s record: %s", name, exc)
                continue
            news += bool(self._hand_on(event))
            if event.timestamp is not None:
                newest = event.timestamp if newest is None else max(newest, event.timestamp)
        if newest is not None:
            # records stamped in the newest second may still be arriving: leave them unread until settled
            before = newest + 1 if newest + 1 <= self._clock() - self.settle else newest
            await self._data(mark_op, {"date_before": before})
        return news

    async def _data(self, op_id: str, params: dict[str, Any]) -> Any:
        """The ``data`` of one operation's answer, read straight from the JSON (receipts mix numbers and
        text for the same field, which ClickSend's own documents do too)."""
        module = operation_function(op_id)
        if "date_before" in params:
            request = module._get_kwargs(body=PreparedBody(params))
        else:
            request = module._get_kwargs(**params)
        response = await self._client._http.request(**request)
        if response.status_code >= 400:
            raise api_error(op_id, response)
        try:
            payload = json.loads(response.content)
        except ValueError:
            raise unexpected(op_id, response, "the answer is not JSON") from None
        if not isinstance(payload, dict):
            raise unexpected(op_id, response, "the answer is not ClickSend's JSON envelope")
        return payload.get("data")
