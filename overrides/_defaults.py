"""What ``ClickSend``'s signature and the generated ``Client`` default to (httpx only: no attrs)."""

from __future__ import annotations

import httpx

DEFAULT_BASE_URL = "https://rest.clicksend.com/v3"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
