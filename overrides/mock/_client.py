"""``mock_client``: a ``ClickSend`` wired in process to a mock server: no network, no credentials."""

from __future__ import annotations

from typing import Any

import httpx

from .._client import ClickSend
from .._sync import ClickSendSync
from ._app import MockApp, create_app

MOCK_BASE_URL = "http://mock.clicksend.local/v3"


def mock_client(
    app: MockApp | None = None, *, username: str | None = None, api_key: str | None = None, **kwargs: Any
) -> ClickSend:
    """A ``ClickSend`` talking to ``app`` (default: a fresh mock) through ``httpx.ASGITransport``.

    It authenticates as the mock's first account unless ``username`` / ``api_key`` say otherwise. Other
    keyword arguments go to ``ClickSend`` (``max_concurrency=``, ``phone_region=`` ...).
    """
    return ClickSend(**_mock_options(app, username, api_key), **kwargs)


def mock_sync_client(
    app: MockApp | None = None, *, username: str | None = None, api_key: str | None = None, **kwargs: Any
) -> ClickSendSync:
    """Like ``mock_client``, a blocking ``ClickSendSync`` (its loop runs the mock app too); close it."""
    return ClickSendSync(**_mock_options(app, username, api_key), **kwargs)


def _mock_options(app: MockApp | None, username: str | None, api_key: str | None) -> dict[str, Any]:
    app = app if app is not None else create_app()
    first_username, first_key = next(iter(app.config.accounts.items()))
    username = first_username if username is None else username
    api_key = (app.config.accounts.get(username, first_key)) if api_key is None else api_key
    return {
        "username": username,
        "api_key": api_key,
        "base_url": MOCK_BASE_URL,
        "transport": httpx.ASGITransport(app=app),
        "allow_http": True,
    }
