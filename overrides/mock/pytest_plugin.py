"""Pytest fixtures for testing code that talks to ClickSend, against the in-process mock.

Enable them in a ``conftest.py`` with ``pytest_plugins = ["clicksend_async.mock.pytest_plugin"]``. Then

* ``clicksend_mock_app``: a fresh ``MockApp`` per test (inspect ``received_messages``, ``stats``);
* ``clicksend_mock``: a ``ClickSend`` bound to it in process (the SDK as your code uses it);
* ``clicksend_mock_client``: a raw ``httpx.AsyncClient`` bound to it by ``httpx.ASGITransport`` with
  ``base_url="http://mock/v3"`` and basic auth ``mock-user`` / ``mock-key``.

The fixtures are plain (synchronous) pytest fixtures, so every async test runner can use them: pytest-asyncio
in strict mode (``@pytest.mark.asyncio``) or auto mode, and anyio's plugin (``@pytest.mark.anyio``) on
asyncio or trio. An async fixture would belong to one runner: pytest-asyncio's strict mode ignores a plain
async fixture, and its auto mode runs every async fixture on asyncio, under a trio test too. The clients
hold nothing tied to an event loop (the transport is in process; connections are made per request), so
they are created before the test's loop starts and closed after it, on a loop of their own.
"""

from __future__ import annotations

from collections.abc import Iterator

import anyio
import httpx
import pytest

from .. import ClickSend
from . import MockApp, create_app, mock_client


@pytest.fixture
def clicksend_mock_app() -> MockApp:
    """A fresh mock ClickSend with the default ``MockConfig``."""
    return create_app()


@pytest.fixture
def clicksend_mock(clicksend_mock_app: MockApp) -> Iterator[ClickSend]:
    """A ``ClickSend`` talking to ``clicksend_mock_app`` in process."""
    client = mock_client(clicksend_mock_app)
    yield client
    anyio.run(client.aclose)


@pytest.fixture
def clicksend_mock_client(clicksend_mock_app: MockApp) -> Iterator[httpx.AsyncClient]:
    """An ``httpx.AsyncClient`` talking to ``clicksend_mock_app`` in process."""
    client = httpx.AsyncClient(
        transport=httpx.ASGITransport(app=clicksend_mock_app),
        base_url="http://mock/v3",
        auth=("mock-user", "mock-key"),
    )
    yield client
    anyio.run(client.aclose)
