"""What ``ClickSend``'s signature and the generated ``Client`` default to. Importing it loads nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx

DEFAULT_BASE_URL = "https://rest.clicksend.com/v3"
#: Answers larger than this raise ``UnexpectedResponseError`` (ClickSend's largest page is far smaller).
DEFAULT_MAX_RESPONSE_BYTES = 16 * 2**20


def default_timeout() -> httpx.Timeout:
    """30 s per request, 10 s to connect."""
    import httpx

    return httpx.Timeout(30.0, connect=10.0)
