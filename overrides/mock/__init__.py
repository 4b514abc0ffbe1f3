"""``clicksend_async.mock``: a faithful, stateful, in-memory stand-in for the ClickSend REST API v3.

In process::

    app = create_app(MockConfig(seed=1))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://mock/v3",
                                 auth=("mock-user", "mock-key")) as client:
        await client.post("/sms/send", json={"messages": [{"to": "+61411111111", "body": "Hi"}]})
    app.received_messages  # what was accepted and stored, in order

Or, simplest, a ``ClickSend`` bound to it: ``async with mock_client(app) as cs: await cs.send_sms(...)``.

Over real HTTP on loopback: ``async with serve(app) as server:`` (``server.base_url``), or the blocking
``run(host, port, config)``. Every operation of ``_operations.json`` is routed (unknown path 404, wrong
method 405), checked (basic auth 401, parameters against the spec 400 with the failing fields) and
answered in ClickSend's envelope. SMS/MMS sending follows ClickSend's rules (per-message statuses, part
counting, pricing, balance, throttling); lists, contacts, templates, rules, addresses, subaccounts and
campaigns are stored with incrementing ids. ``MockConfig`` holds the seeded fault knobs; a dropped
connection raises ``DroppedConnection`` in process. Pytest fixtures: ``clicksend_async.mock.pytest_plugin``.
"""

from __future__ import annotations

from ._app import MockApp, create_app
from ._client import mock_client, mock_sync_client
from ._config import MockConfig
from ._faults import DroppedConnection
from ._server import MockServer, run, serve
from ._state import ReceivedMessage, Stats

__all__ = [
    "DroppedConnection",
    "MockApp",
    "MockConfig",
    "MockServer",
    "ReceivedMessage",
    "Stats",
    "create_app",
    "mock_client",
    "mock_sync_client",
    "run",
    "serve",
]
