"""The public names of ``clicksend_async``, loaded on first access to keep ``import clicksend_async`` cheap."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._actions import Actions
    from ._blocking import SyncPaginator
    from ._client import ClickSend
    from ._exceptions import (
        APIConnectionError,
        APIError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ClickSendError,
        ConfigurationError,
        NotFoundError,
        PermissionDeniedError,
        Problem,
        RateLimitError,
        ServerError,
        UnexpectedResponseError,
        UnknownOperationError,
        ValidationError,
    )
    from ._report import MessageOutcome, SendReport
    from ._resource import AsyncPaginator
    from ._sync import ClickSendSync
    from .client import AuthenticatedClient, Client

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "Actions",
    "AsyncPaginator",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "ClickSend",
    "ClickSendError",
    "ClickSendSync",
    "Client",
    "ConfigurationError",
    "MessageOutcome",
    "NotFoundError",
    "PermissionDeniedError",
    "Problem",
    "RateLimitError",
    "SendReport",
    "ServerError",
    "SyncPaginator",
    "UnexpectedResponseError",
    "UnknownOperationError",
    "ValidationError",
]

_MODULE_OF: dict[str, str] = {
    "Actions": "._actions",
    "AsyncPaginator": "._resource",
    "ClickSendSync": "._sync",
    "SyncPaginator": "._blocking",
    "ClickSend": "._client",
    "MessageOutcome": "._report",
    "SendReport": "._report",
    "AuthenticatedClient": ".client",
    "Client": ".client",
    **{
        name: "._exceptions"
        for name in (
            "APIConnectionError",
            "APIError",
            "APITimeoutError",
            "AuthenticationError",
            "BadRequestError",
            "ClickSendError",
            "ConfigurationError",
            "NotFoundError",
            "PermissionDeniedError",
            "Problem",
            "RateLimitError",
            "ServerError",
            "UnexpectedResponseError",
            "UnknownOperationError",
            "ValidationError",
        )
    },
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'clicksend_async' has no attribute {name!r}")
    return getattr(import_module(module, "clicksend_async"), name)


def __dir__() -> list[str]:
    return list(__all__)
