"""Inbound SMS handed to every ``cs.inbound()`` iterator open at the time (each has its own buffer); while
none is open, they are kept (up to ``limit``, oldest dropped first) for the next one."""

from __future__ import annotations

import logging
from collections import deque

import anyio

from .webhooks import InboundMessage

logger = logging.getLogger("clicksend_async.inbound")


class Subscription:
    """One iterator's buffer of replies not yet taken; ``ready`` is set when it holds any."""

    def __init__(self, limit: int) -> None:
        self.items: deque[InboundMessage] = deque()
        self.limit = limit
        self.ready = anyio.Event()
        self.dropped = 0

    def put(self, message: InboundMessage) -> None:
        if len(self.items) >= self.limit:  # the consumer is not keeping up: the oldest reply goes
            self.items.popleft()
            self.dropped += 1
            logger.warning("an inbound() iterator holds %d replies: dropped the oldest", self.limit)
        self.items.append(message)
        self.ready.set()

    def rearm(self) -> None:
        if not self.items and self.ready.is_set():
            self.ready = anyio.Event()


class Inbox:
    """The open ``inbound()`` subscriptions of one client."""

    def __init__(self, limit: int = 10_000) -> None:
        self.limit = limit
        self._subscriptions: list[Subscription] = []
        self._backlog: deque[InboundMessage] = deque(maxlen=limit)  # arrived while nobody was listening
        self._seen: dict[str, None] = {}  # recent message_ids: a reply read twice is handed on once

    def subscribe(self) -> Subscription:
        subscription = Subscription(self.limit)
        self._subscriptions.append(subscription)
        while self._backlog:
            subscription.put(self._backlog.popleft())
        return subscription

    def unsubscribe(self, subscription: Subscription) -> None:
        self._subscriptions.remove(subscription)

    def publish(self, message: InboundMessage) -> bool:
        """Hand ``message`` to every subscription; False if it was a repeat of a recent one."""
        key = message.message_id.upper()
        if key in self._seen:
            return False
        self._seen[key] = None
        if len(self._seen) > 4 * self.limit:
            del self._seen[next(iter(self._seen))]
        if not self._subscriptions:
            self._backlog.append(message)
        for subscription in self._subscriptions:
            subscription.put(message)
        return True
