"""Helpers of the after-the-send tests: campaigns, and what the mock decided for each message."""

from __future__ import annotations

from collections import Counter

from clicksend_async.mock import MockApp


def numbers(count: int) -> list[dict[str, str]]:
    """``count`` SMS to distinct Australian mobiles, each with its own custom_string."""
    return [{"to": f"+614{i:08d}", "body": f"code {i}", "custom_string": f"c{i}"} for i in range(count)]


def mock_truth(app: MockApp) -> Counter[str]:
    """What the mock decided for every message it accepted: its newest receipt's status, or never."""
    latest = app.store.deliveries.latest
    codes = {"201": "delivered", "301": "failed"}
    return Counter(
        codes.get(latest[m.message_id]["status_code"], "pending") if m.message_id in latest else "never"
        for m in app.received_messages
    )
