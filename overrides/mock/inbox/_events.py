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
from .._state import Store

_HEADERS = [
    (b"content-type", b"text/event-stream; charset=utf-8"),
    (b"cache-control", b"no-store"),
    (b"x-content-type-options", b"nosniff"),
]
_KEEP_ALIVE = 15.0  # seconds between comments on a quiet stream (a closed tab is noticed when one fails)


def fingerprint(store: Store) -> Hashable:
    """Changes whenever a message, receipt, reply, push, balance, rule, list or contact changes."""
    deliveries = store.deliveries
    deliveries.advance()
    now = store.now()
    return (
        id(store),  # reset() makes a new store
        len(store.messages),
        sum(m.cancelled for m in store.messages),
        sum(m.send_at > now for m in store.messages),
        len(store.emails),
        len(store.faxes),
        len(store.post_letters),
        len(store.postcards),
        len(store.inbound),
        len(deliveries.routed_inbound),
        deliveries.released,
        len(deliveries.pushes),
        store.balance,
        tuple(
            (
                name,
                collection.next_id,
                len(collection.items),
                repr(collection.items) if "rule" in name else "",
            )
            for name, collection in store.collections.items()
        ),
    )


def _event(name: str, data: dict[str, Any]) -> bytes:
    return f"event: {name}\ndata: {json.dumps(data)}\n\n".encode()


async def stream_changes(send: Send, current: Callable[[], Store], interval: float = 0.1) -> None:
    """Answer with an event stream: one ``change`` event at once, then one per change, until the client
    goes away (the server's write fails) or the server stops."""
    await send({"type": "http.response.start", "status": 200, "headers": _HEADERS})
    revision = 0
    last = fingerprint(current())
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
        now = fingerprint(current())
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
