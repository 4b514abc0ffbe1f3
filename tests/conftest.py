"""Shared fixtures: every async test runs on asyncio and on trio (anyio's pytest plugin)."""

from __future__ import annotations

import os
from typing import Any

import pytest
from hypothesis import settings

# Property-based tests: no per-example deadline (the machine is shared and noisy) and a moderate number
# of examples, so the whole suite stays fast; CLICKSEND_HYPOTHESIS_PROFILE=thorough runs ten times more.
settings.register_profile("suite", deadline=None, max_examples=40)
settings.register_profile("thorough", deadline=None, max_examples=400)
settings.load_profile(os.environ.get("CLICKSEND_HYPOTHESIS_PROFILE", "suite"))

# The fixtures users get (documented in the README), used by the suite itself too.
pytest_plugins = ["clicksend_async.mock.pytest_plugin"]

#: The HTTP backends that run on asyncio only.
ASYNCIO_ONLY = ("aiohttp", "asyncio")

WIRE_COVERAGE: dict[str, set[str]] = {"operations": set(), "actions": set()}


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(params=["httpx", "aiohttp", "asyncio"])
def http_backend(request: pytest.FixtureRequest) -> str:
    """The HTTP backend under ``ClickSend`` (``http_backend=``): a test taking it runs on each."""
    return str(request.param)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # aiohttp and asyncio run on asyncio only (under trio ClickSend refuses them with ConfigurationError,
    # tested in test_http_backends): those pairs are not combinations users can have, so are not collected
    impossible = [
        item
        for item in items
        if _params(item).get("http_backend") in ASYNCIO_ONLY and _params(item).get("anyio_backend") == "trio"
    ]
    if impossible:
        config.hook.pytest_deselected(items=impossible)
        items[:] = [item for item in items if item not in impossible]


def _params(item: pytest.Item) -> dict[str, Any]:
    callspec = getattr(item, "callspec", None)
    return dict(callspec.params) if callspec is not None else {}


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if WIRE_COVERAGE["operations"]:
        terminalreporter.write_line(
            f"wire-level coverage: {len(WIRE_COVERAGE['operations'])} operations, "
            f"{len(WIRE_COVERAGE['actions'])} catalogue actions called through the generated client"
        )
