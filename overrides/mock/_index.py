"""The operations of the spec (from the generated ``_operations.json``) and routing of request paths."""

from __future__ import annotations

import copy
import functools
import json
from dataclasses import dataclass, field
from importlib import resources
from typing import Any
from urllib.parse import unquote


@dataclass(frozen=True)
class Operation:
    """One operation: where it is served and what its request may carry."""

    op_id: str
    method: str
    path: str
    authenticated: bool
    batch: dict[str, Any] | None
    path_params: dict[str, dict[str, Any]]
    query_params: dict[str, dict[str, Any]]
    required_query: frozenset[str]
    body_schema: dict[str, Any] | None
    segments: tuple[str, ...] = field(repr=False)

    @property
    def literal_count(self) -> int:
        return sum(not s.startswith("{") for s in self.segments)


class RouteError(Exception):
    """No operation serves this path (404), or none with this method (405)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def _body_schema(entry: dict[str, Any]) -> dict[str, Any] | None:
    params = [p for p in entry["params"] if p["in"] == "body"]
    if not params and entry["method"] in ("GET", "DELETE"):
        return None
    props = {p["name"]: copy.deepcopy(p["schema"]) for p in params}
    batch = entry.get("batch")
    if batch and batch["field"] in props:
        # A bad schedule is reported per message (INVALID_SCHEDULE), not as a 400 of the whole request.
        item_props = props[batch["field"]].get("items", {}).get("properties", {})
        if "schedule" in item_props:
            item_props["schedule"] = {"description": item_props["schedule"].get("description", "")}
    return {"type": "object", "properties": props, "required": [p["name"] for p in params if p["required"]]}


def _operation(op_id: str, entry: dict[str, Any]) -> Operation:
    def of(kind: str) -> dict[str, dict[str, Any]]:
        return {p["name"]: p["schema"] for p in entry["params"] if p["in"] == kind}

    return Operation(
        op_id=op_id,
        method=entry["method"],
        path=entry["path"],
        authenticated=bool(entry["authenticated"]),
        batch=entry.get("batch"),
        path_params=of("path"),
        query_params=of("query"),
        required_query=frozenset(p["name"] for p in entry["params"] if p["in"] == "query" and p["required"]),
        body_schema=_body_schema(entry),
        segments=tuple(s for s in entry["path"].split("/") if s),
    )


@functools.cache
def operations() -> dict[str, Operation]:
    """Every operation of the spec, keyed by operationId."""
    text = (resources.files("clicksend_async") / "_operations.json").read_text(encoding="utf-8")
    return {op_id: _operation(op_id, entry) for op_id, entry in json.loads(text)["operations"].items()}


def _match(op: Operation, parts: list[str]) -> dict[str, str] | None:
    if len(parts) != len(op.segments):
        return None
    params: dict[str, str] = {}
    for template, part in zip(op.segments, parts, strict=True):
        if template.startswith("{"):
            if not part:
                return None
            params[template[1:-1]] = part
        elif template != part:
            return None
    return params


# Paths on which ClickSend's own documents disagree, served as the spec's path too: Apiary, the curl samples
# and the developer docs say /automations/email/receipt, the v5 and v6 path keys (and both official SDKs)
# .../receipts; Apiary says /post/postcards/export, v5 and v6 /post/postcards/history/export.
_ALIASES = {
    ("automations", "email", "receipt"): ("automations", "email", "receipts"),
    ("post", "postcards", "export"): ("post", "postcards", "history", "export"),
}


def _unalias(parts: list[str]) -> list[str]:
    for alias, canonical in _ALIASES.items():
        if tuple(parts[: len(alias)]) == alias:
            return [*canonical, *parts[len(alias) :]]
    return parts


def route(method: str, raw_path: str) -> tuple[Operation, dict[str, str]]:
    """The operation serving ``method raw_path`` (path without the ``/v3`` prefix) and its raw path params."""
    parts = [unquote(p) for p in raw_path.strip("/").split("/")] if raw_path.strip("/") else []
    parts = _unalias(parts)
    found = [(op, params) for op in operations().values() if (params := _match(op, parts)) is not None]
    if not found:
        raise RouteError(404, f"No resource matches {raw_path}.")
    allowed = [(op, params) for op, params in found if op.method == method]
    if not allowed:
        methods = ", ".join(sorted({op.method for op, _ in found}))
        raise RouteError(405, f"Method {method} is not allowed on {raw_path} (allowed: {methods}).")
    # The most literal template wins: /sms/email-sms/{id} over /sms/{message_id}/cancel.
    allowed.sort(key=lambda pair: (-pair[0].literal_count, [s.startswith("{") for s in pair[0].segments]))
    return allowed[0]
