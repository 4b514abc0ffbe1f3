"""ClickSend's response envelope, its error codes, and Laravel-style pages."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any

from ._request import BadRequest

ERROR_CODES = {
    400: "BAD_REQUEST",
    401: "UNAUTHORIZED",
    403: "FORBIDDEN",
    404: "NOT_FOUND",
    405: "METHOD_NOT_ALLOWED",
    429: "TOO_MANY_REQUESTS",
    500: "INTERNAL_SERVER_ERROR",
    501: "NOT_IMPLEMENTED",
}


class NotFound(Exception):
    """No stored resource has this id: answered 404."""


def envelope(status: int, code: str, message: str, data: Any) -> dict[str, Any]:
    return {"http_code": status, "response_code": code, "response_msg": message, "data": data}


def error(status: int, message: str, data: Any = None) -> dict[str, Any]:
    return envelope(status, ERROR_CODES.get(status, "ERROR"), message, [] if data is None else data)


def cursor_index(ids: Sequence[str], offset: Any) -> int:
    """Where the page of an ``offset`` cursor starts (the first row without one); 400 for a cursor no page has."""
    if offset is None:
        return 0
    if str(offset) not in ids:
        raise BadRequest(
            f"Unknown offset {offset}.", [{"field": "offset", "message": "is not a page cursor"}]
        )
    return ids.index(str(offset))


def window(
    rows: Sequence[dict[str, Any]],
    query: dict[str, Any],
    size_param: str,
    link: str,
    key: Callable[[dict[str, Any]], Any] = itemgetter("id"),
) -> tuple[list[dict[str, Any]], int, str | None]:
    """A page of a cursor-paginated list: the rows from the ``offset`` cursor (the ``key`` of the page's first
    row, as an opaque token), the page size, and the link to the next page (``None`` on the last page)."""
    size = int(query.get(size_param, 10))
    ids = [str(key(r)) for r in rows]
    start = cursor_index(ids, query.get("offset"))
    chunk = list(rows[start : start + size])
    following = ids[start + size] if start + size < len(ids) else None
    return chunk, size, f"{link}?{size_param}={size}&offset={following}" if following else None


def page(items: Sequence[Any], query: dict[str, Any]) -> dict[str, Any]:
    """The page ``query["page"]`` (default 1) of ``query["limit"]`` (default 15) items."""
    limit = int(query.get("limit", 15))
    current = int(query.get("page", 1))
    total = len(items)
    last = max(1, math.ceil(total / limit))
    start = (current - 1) * limit
    chunk = list(items[start : start + limit])
    return {
        "total": total,
        "per_page": limit,
        "current_page": current,
        "last_page": last,
        "next_page_url": f"/?page={current + 1}" if current < last else None,
        "prev_page_url": f"/?page={current - 1}" if current > 1 else None,
        "from": start + 1 if chunk else None,
        "to": start + len(chunk) if chunk else None,
        "data": chunk,
    }
