"""Reading ClickSend's error answers into the SDK's exceptions (never a raw httpx or json error)."""

from __future__ import annotations

import json
from typing import Any

from ._exceptions import ClickSendError, UnexpectedResponseError, error_for_status
from ._index import operation


def refused(status_code: int) -> bool:
    """ClickSend refused the whole request (4xx, 429 included): nothing of it was processed."""
    return 400 <= status_code < 500


def undeclared(response: Any) -> str:
    if 300 <= response.status_code < 400:
        import httpx  # (loaded already: an answer came through it)

        target = httpx.URL(response.headers.get("location", "")).host or "elsewhere"
        return f"a redirect to {target}: redirects are not followed (credentials stay with ClickSend)"
    return "the spec declares no such status for this operation"


def unexpected(op_id: str, response: Any, why: str) -> UnexpectedResponseError:
    return UnexpectedResponseError(
        f"{op_id} failed: HTTP {int(response.status_code)}: {why}",
        status_code=int(response.status_code),
        operation=op_id,
        body=response.content[:500].decode("utf-8", "replace"),
    )


def documented_data(op_id: str, response: Any, data: Any) -> Any:
    """An answer's ``data`` as the spec documents it: a record that ClickSend sends inside a list
    (``x-clicksend-data: record``) is the record itself, None for an empty list."""
    if operation(op_id)["data"] != "record" or not isinstance(data, list):
        return data
    if len(data) > 1:
        raise unexpected(op_id, response, f"data holds {len(data)} records, where one is documented")
    return data[0] if data else None


def api_error(op_id: str, response: Any) -> ClickSendError:
    try:
        payload = json.loads(response.content)
    except ValueError:
        payload = response.content[:500].decode("utf-8", "replace")
    retry_after = response.headers.get("retry-after")
    try:
        delay = float(retry_after) if retry_after else None
    except ValueError:
        delay = None
    return error_for_status(int(response.status_code), operation=op_id, body=payload, retry_after=delay)
