"""Handlers of every operation, registered by operationId in ``HANDLERS`` as their modules load."""

from __future__ import annotations

from . import _account, _campaigns, _catalogue, _contacts, _crud, _email, _fax_post, _messages, _senders  # noqa: F401
from ._base import HANDLERS, Handler, Reply

__all__ = ["HANDLERS", "Handler", "Reply"]
