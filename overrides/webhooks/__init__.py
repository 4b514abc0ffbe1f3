"""``clicksend_async.webhooks``: read and serve what ClickSend pushes after a send.

``parse_event(body, content_type, query_string)`` reads one pushed delivery receipt or inbound SMS (form,
JSON or GET query) into a ``DeliveryReceipt`` or ``InboundMessage``; ``parse_record`` reads a record already
decoded (an item of a polled list). Anything unreadable raises ``WebhookError``.

ClickSend does not sign its webhooks: put a long random secret in the URL you give it
(``https://example.com/clicksend?token=...``), serve it over HTTPS only, and compare the token in
constant time (``webhook_app`` does).
"""

from __future__ import annotations

from ._app import WebhookApp, serve, webhook_app
from ._events import (
    MAX_EVENT_BYTES,
    DeliveryReceipt,
    DeliveryStatus,
    Event,
    InboundMessage,
    WebhookError,
    parse_event,
    parse_record,
    receipt_status,
)

__all__ = [
    "MAX_EVENT_BYTES",
    "DeliveryReceipt",
    "DeliveryStatus",
    "Event",
    "InboundMessage",
    "WebhookApp",
    "WebhookError",
    "parse_event",
    "parse_record",
    "receipt_status",
    "serve",
    "webhook_app",
]
