"""``mock_client``: a ``ClickSend`` wired in process to a mock server: no network, no credentials."""

from __future__ import annotations

from typing import Any

import httpx

from .._client import ClickSend
from ._app import MockApp, create_app

MOCK_BASE_URL = "http://mock.clicksend.local/v3"


def mock_client(app: MockApp | None = None, **kwargs: Any) -> ClickSend:
    """A ``ClickSend`` talking to ``app`` (default: a fresh mock) through ``httpx.ASGITransport``.

    Keyword arguments go to ``ClickSend`` (``max_concurrency=``, ``phone_region=`` ...). The client
    authenticates as the mock's first account, so ``app.config.accounts`` decides what is accepted.
    """
    app = app if app is not None else create_app()
    username, api_key = next(iter(app.config.accounts.items()))
    return ClickSend(
        username,
        api_key,
        base_url=MOCK_BASE_URL,
        transport=httpx.ASGITransport(app=app),
        allow_http=True,
        **kwargs,
    )
