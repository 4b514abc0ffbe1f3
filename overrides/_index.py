"""The operation index (``_operations.json``), generated from the spec: what each operation is and allows."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from importlib import import_module
from typing import Any, TypedDict, cast

from ._exceptions import UnknownOperationError


class Param(TypedDict):
    name: str
    seed_name: str
    required: bool
    schema: dict[str, Any]


class Paging(TypedDict):
    """How to walk a list operation's pages (see ``x-clicksend-pagination`` and ``_pagination``).

    Paths are attribute names into the parsed response: ``page`` leads to the page object, ``items`` is its
    list of records, ``next`` the link to the next page and ``last`` (numbered pages only) the last page.
    """

    style: str
    size_param: str
    position_param: str
    page: list[str]
    items: str
    next: list[str]
    last: list[str] | None


class Operation(TypedDict):
    method: str
    path: str
    tag: str
    module: str
    summary: str
    idempotent: bool
    pagination: str | None
    paging: Paging | None
    envelope: bool
    data: str | None  # x-clicksend-data ("record": one record, or a list holding it)
    success_status: int
    batch: dict[str, Any] | None
    authenticated: bool
    phone_fields: dict[str, str]
    params: list[dict[str, Any]]
    actions: list[str]


@functools.cache
def _index() -> dict[str, Any]:
    from importlib import resources  # (read on the first call, not by the import: 2 ms)

    text = resources.files("clicksend_async").joinpath("_operations.json").read_text(encoding="utf-8")
    return dict(json.loads(text))


def operations() -> dict[str, Operation]:
    """Every operation of the spec, by operationId."""
    return cast(dict[str, Operation], _index()["operations"])


def operation(operation_id: str) -> Operation:
    try:
        return cast(Operation, _index()["operations"][operation_id])
    except (KeyError, TypeError):
        raise UnknownOperationError(
            f"no operation {operation_id!r} in the ClickSend spec", closest(str(operation_id), operations())
        ) from None


def paginated_operation(operation_id: str) -> Operation:
    """The operation, which must be a paginated list operation (else the closest ones are named)."""
    op = operation(operation_id)
    if op["paging"] is None:
        paginated = [name for name, o in operations().items() if o["paging"] is not None]
        raise UnknownOperationError(
            f"{operation_id} is not a paginated list operation", closest(operation_id, paginated)
        )
    return op


def closest(name: str, candidates: Iterable[str]) -> list[str]:
    """Up to three of ``candidates`` that look most like ``name`` (a typo, or another verb on the same noun:
    ``get_acount`` -> ``get_account``; ``get_sms_receipt`` -> ``list_sms_receipts``)."""
    import difflib  # only on a mistake: not worth its import (with heapq) on every start

    choices = list(candidates)
    found = difflib.get_close_matches(name, choices, n=3, cutoff=0.6)
    if not found:  # compare the nouns: what follows the verb
        noun = name.split("_", 1)[-1]
        by_noun = {c.split("_", 1)[-1]: c for c in choices}
        found = [by_noun[n] for n in difflib.get_close_matches(noun, list(by_noun), n=3, cutoff=0.6)]
    return found


def action_operation(action_id: str) -> str:
    """The operationId serving a catalogue action (e.g. ``CLICKSEND_CREATE_SMS_SEND`` -> ``send_sms``)."""
    try:
        return str(_index()["actions"][action_id]["operation"])
    except KeyError:
        raise KeyError(f"no catalogue action {action_id!r}") from None


def action_ids() -> list[str]:
    return sorted(_index()["actions"])


def action_info(action_id: str) -> dict[str, str]:
    """The catalogue's ``title`` and ``description`` of an action."""
    entry = _index()["actions"][action_id]
    return {"title": entry["title"], "description": entry["description"]}


def operation_function(operation_id: str) -> Any:
    """The generated module of an operation (its ``asyncio`` / ``asyncio_detailed`` functions)."""
    return import_module(operation(operation_id)["module"])


def operation_id_of(op: Any) -> str:
    """Accept an operationId, a generated module, or one of its functions; return the operationId."""
    if isinstance(op, str):
        operation(op)
        return op
    module = getattr(op, "__module__", None) if callable(op) else getattr(op, "__name__", None)
    if isinstance(module, str) and module.startswith("clicksend_async.api."):
        return module.rsplit(".", 1)[1]
    raise TypeError(f"expected an operationId or a generated operation, got {op!r}")
