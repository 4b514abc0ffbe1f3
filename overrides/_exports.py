"""The public names of ``clicksend_async``, loaded on first access to keep ``import clicksend_async`` cheap."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

__all__ = [
    "AuthenticatedClient",
    "Client",
]

_MODULE_OF: dict[str, str] = {
    "AuthenticatedClient": ".client",
    "Client": ".client",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'clicksend_async' has no attribute {name!r}")
    return getattr(import_module(module, "clicksend_async"), name)


def __dir__() -> list[str]:
    return list(__all__)
