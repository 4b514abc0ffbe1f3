"""Live updates: a Server-Sent Events stream that says ``change`` whenever what the inbox shows has changed.

The stream watches a cheap fingerprint of the store (counts of what was received, released and pushed, the
balance, the automation rules) a few times a second; the page then fetches ``/_mock/messages`` again.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable
from typing import Any

import anyio

from ..._asgi import Send
from .._state import Store, StoredMessage

_HEADERS = [
    (b"content-type", b"text/event-stream; charset=utf-8"),
    (b"cache-control", b"no-store"),
    (b"x-content-type-options", b"nosniff"),
]
_KEEP_ALIVE = 15.0  # seconds between comments on a quiet stream (a closed tab is noticed when one fails)


class Watcher:
    """Fingerprints of one store's state for one stream: equal while nothing the inbox shows changed.

    Cheap at any size: counters and lengths, plus the scheduled messages still waiting (only those can be
    cancelled, or go out as time passes), found among the messages that arrived since the last look.
    """

    def __init__(self) -> None:
        self._store: Store | None = None
        self._looked_at = 0
        self._waiting: list[StoredMessage] = []
        self._went_or_cancelled = 0

    def fingerprint(self, store: Store) -> Hashable:
        deliveries = store.deliveries
        deliveries.advance()
        if store is not self._store:  # reset() makes a new store
            self._store, self._looked_at, self._waiting, self._went_or_cancelled = store, 0, [], 0
        now = store.now()
        self._waiting += [m for m in store.messages[self._looked_at :] if m.send_at > now]
        self._looked_at = len(store.messages)
        still = [m for m in self._waiting if m.send_at > now and not m.cancelled]
        self._went_or_cancelled += len(self._waiting) - len(still)
        self._waiting = still
        rules = tuple(repr(c.items) for name, c in store.collections.items() if "rule" in name)
        return (
            id(store),
            len(store.messages),
            self._went_or_cancelled,
            len(store.emails),
            len(store.faxes),
            len(store.post_letters),
            len(store.postcards),
            len(store.inbound),
            len(deliveries.routed_inbound),
            deliveries.released,
            len(deliveries.pushes),
            store.balance,
            tuple((name, c.next_id, len(c.items)) for name, c in store.collections.items()),
            rules,
        )


def _event(name: str, data: dict[str, Any]) -> bytes:
    return f"event: {name}\ndata: {json.dumps(data)}\n\n".encode()


async def stream_changes(send: Send, current: Callable[[], Store], interval: float = 0.2) -> None:
    """Answer with an event stream: one ``change`` event at once, then one per change, until the client
    goes away (the server's write fails) or the server stops."""
    await send({"type": "http.response.start", "status": 200, "headers": _HEADERS})
    revision = 0
    watcher = Watcher()
    last = watcher.fingerprint(current())
    await send(
        {
            "type": "http.response.body",
            "body": b"retry: 1000\n\n" + _event("change", {"revision": 0}),
            "more_body": True,
        }
    )
    quiet = 0.0
    while True:
        await anyio.sleep(interval)
        now = watcher.fingerprint(current())
        if now != last:
            last, revision, quiet = now, revision + 1, 0.0
            await send(
                {
                    "type": "http.response.body",
                    "body": _event("change", {"revision": revision}),
                    "more_body": True,
                }
            )
        else:
            quiet += interval
            if quiet >= _KEEP_ALIVE:
                quiet = 0.0
                await send({"type": "http.response.body", "body": b": keep-alive\n\n", "more_body": True})
