"""Pytest fixtures for testing code that talks to ClickSend, against the in-process mock.

Enable them in a ``conftest.py`` with ``pytest_plugins = ["clicksend_async.mock.pytest_plugin"]``. Then

* ``clicksend_mock_app``: a fresh ``MockApp`` per test (inspect ``received_messages``, ``stats``);
* ``clicksend_mock``: a ``ClickSend`` bound to it in process (the SDK as your code uses it);
* ``clicksend_mock_client``: a raw ``httpx.AsyncClient`` bound to it by ``httpx.ASGITransport`` with
  ``base_url="http://mock/v3"`` and basic auth ``mock-user`` / ``mock-key``.

The client fixtures are async: use them from tests run by an async plugin (e.g. ``@pytest.mark.anyio``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from .. import ClickSend
from . import MockApp, create_app, mock_client


@pytest.fixture
def clicksend_mock_app() -> MockApp:
    """A fresh mock ClickSend with the default ``MockConfig``."""
    return create_app()


@pytest.fixture
async def clicksend_mock(clicksend_mock_app: MockApp) -> AsyncIterator[ClickSend]:
    """A ``ClickSend`` talking to ``clicksend_mock_app`` in process."""
    async with mock_client(clicksend_mock_app) as client:
        yield client


@pytest.fixture
async def clicksend_mock_client(clicksend_mock_app: MockApp) -> AsyncIterator[httpx.AsyncClient]:
    """An ``httpx.AsyncClient`` talking to ``clicksend_mock_app`` in process."""
    transport = httpx.ASGITransport(app=clicksend_mock_app)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://mock/v3", auth=("mock-user", "mock-key")
    ) as client:
        yield client
