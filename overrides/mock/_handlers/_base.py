"""What a handler is, and the registry that maps operationIds to handlers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .._request import Request
from .._state import Store


@dataclass
class Reply:
    """The ``data`` of a successful envelope, with its message and response code; or, with ``bare``, the
    whole body (``None``: no body), for the services that answer without the envelope."""

    data: Any
    message: str = "Here you go."
    code: str = "SUCCESS"
    bare: bool = False
    status: int = 200


Handler = Callable[[Store, Request], Reply]
HANDLERS: dict[str, Handler] = {}


def handles(*op_ids: str) -> Callable[[Handler], Handler]:
    """Register the decorated function as the handler of ``op_ids``."""

    def register(func: Handler) -> Handler:
        for op_id in op_ids:
            if op_id in HANDLERS:
                raise RuntimeError(f"two handlers for {op_id}")
            HANDLERS[op_id] = func
        return func

    return register


def ack(message: str = "Done.", data: Any = None) -> Reply:
    return Reply([] if data is None else data, message)
