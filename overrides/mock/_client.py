"""``mock_client``: a ``ClickSend`` wired in process to a mock server: no network, no credentials."""

from __future__ import annotations

from typing import Any

import httpx

from .._client import ClickSend
from ._app import MockApp, create_app

MOCK_BASE_URL = "http://mock.clicksend.local/v3"


def mock_client(
    app: MockApp | None = None, *, username: str | None = None, api_key: str | None = None, **kwargs: Any
) -> ClickSend:
    """A ``ClickSend`` talking to ``app`` (default: a fresh mock) through ``httpx.ASGITransport``.

    It authenticates as the mock's first account unless ``username`` / ``api_key`` say otherwise. Other
    keyword arguments go to ``ClickSend`` (``max_concurrency=``, ``phone_region=`` ...).
    """
    app = app if app is not None else create_app()
    first_username, first_key = next(iter(app.config.accounts.items()))
    username = first_username if username is None else username
    api_key = (app.config.accounts.get(username, first_key)) if api_key is None else api_key
    return ClickSend(
        username,
        api_key,
        base_url=MOCK_BASE_URL,
        transport=httpx.ASGITransport(app=app),
        allow_http=True,
        **kwargs,
    )
