"""``Inbox``: the ASGI app of the web inbox (the page, its static files) and its ``/_mock/`` JSON endpoints.

    GET  /                                   the page
    GET  /static/<file>                      its script and style sheet (shipped in the package)
    GET  /_mock/messages[?q=text&limit=500]  {"messages": [...newest first], "threads": [...], "total": n}
    GET  /_mock/messages/<message_id>        one sent message, with its status and receipt timeline
    GET  /_mock/account                      balance, automation rules, contact lists
    GET  /_mock/events                       Server-Sent Events: "change" whenever the above change
    POST /_mock/messages/<message_id>/reply    {"body": "...", "delay": 0}   the recipient answers
    POST /_mock/messages/<message_id>/receipt  {"status": "delivered" | "failed", "delay": 0}

Replies and receipts go through the mock's own ``reply`` / ``send_receipt`` code (``_deliveries``): queued
for polling and pushed per the account's rules. A request from a loopback client addressed to a loopback
host needs no credentials; any other needs the mock's API credentials (basic auth), so an inbox bound to a
public address is not open to the network, and a page elsewhere cannot read it through DNS rebinding.
A POST must be JSON and, when the browser says where it comes from (``Origin``), come from the inbox itself.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources
from typing import Any
from urllib.parse import parse_qs

from ..._asgi import Receive, Scope, Send, headers_of, read_body, respond
from ..._hosts import is_loopback_host
from .._state import Store
from . import _views
from ._events import stream_changes

_STATIC_TYPES = {
    ".html": b"text/html; charset=utf-8",
    ".js": b"text/javascript; charset=utf-8",
    ".css": b"text/css; charset=utf-8",
}
# the page runs only its own script and style sheet: nothing inline, nothing from elsewhere
_PAGE_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
        b"base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
]
_MAX_BODY = 64 * 1024
_LIMIT, _MAX_LIMIT = 500, 100_000  # newest messages listed by default (a campaign's 100,000 would be slow)


class InboxError(Exception):
    """A request the inbox refuses: answered ``status`` with ``{"error": message}``."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def _static_files() -> dict[str, tuple[bytes, bytes]]:
    folder = resources.files(__package__) / "static"
    files = {}
    for entry in folder.iterdir():
        kind = _STATIC_TYPES.get("." + entry.name.rpartition(".")[2])
        if kind is not None:
            files[entry.name] = (entry.read_bytes(), kind)
    return files


def _host_name(header: str) -> str:
    """The host name of a ``Host`` header (``127.0.0.1:8765``, ``[::1]:8765``, ``localhost``)."""
    if header.startswith("["):
        return header[1:].partition("]")[0]
    return header.rpartition(":")[0] if header.count(":") == 1 else header


class Inbox:
    """The inbox of one mock: ``current()`` gives its store of the moment, ``authenticate`` checks an
    ``Authorization`` header against the mock's accounts (username or None)."""

    def __init__(self, current: Callable[[], Store], authenticate: Callable[[str], str | None]) -> None:
        self.current = current
        self.authenticate = authenticate
        self._static: dict[str, tuple[bytes, bytes]] | None = None

    @staticmethod
    def serves(path: str) -> bool:
        """The paths that are the inbox's: ``/``, ``/static/...`` and ``/_mock/...``."""
        return path == "/" or path.startswith(("/static/", "/_mock/"))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            raise RuntimeError(f"the mock's inbox serves HTTP only, not {scope['type']}")
        headers = headers_of(scope)
        if not self._trusted(scope, headers) and self.authenticate(headers.get("authorization", "")) is None:
            challenge = [(b"www-authenticate", b'Basic realm="mock ClickSend inbox"')]
            await _json(
                send, 401, {"error": "Off loopback the inbox needs the mock's API credentials."}, challenge
            )
            return
        method, path = scope["method"], str(scope["path"])
        try:
            if path == "/_mock/events":
                _only(method, "GET")
                await stream_changes(send, self.current)
                return
            if path.startswith("/_mock/"):
                body = await read_body(receive, _MAX_BODY) if method == "POST" else b""
                if body is None:
                    raise InboxError(413, f"The request body is over {_MAX_BODY} bytes.")
                await _json(send, 200, self._api(method, path, scope, headers, body))
                return
            await self._page(method, path, send)
        except InboxError as exc:
            await _json(send, exc.status, {"error": str(exc)})

    def _trusted(self, scope: Scope, headers: dict[str, str]) -> bool:
        """A loopback client asking for a loopback host (the developer's own browser or script)."""
        client = scope.get("client") or ("", 0)
        return is_loopback_host(str(client[0])) and is_loopback_host(_host_name(headers.get("host", "")))

    async def _page(self, method: str, path: str, send: Send) -> None:
        if self._static is None:
            self._static = _static_files()
        name = (
            "index.html"
            if path == "/"
            else path.removeprefix("/static/")
            if path.startswith("/static/")
            else ""
        )
        if name not in self._static or (path != "/" and name == "index.html"):
            raise InboxError(404, f"The inbox has no page {path}.")
        _only(method, "GET")
        content, kind = self._static[name]
        await respond(send, 200, [(b"content-type", kind), *_PAGE_HEADERS], content)

    def _api(
        self, method: str, path: str, scope: Scope, headers: dict[str, str], body: bytes
    ) -> dict[str, Any]:
        store = self.current()
        parts = path.removeprefix("/_mock/").split("/")
        if parts == ["messages"]:
            _only(method, "GET")
            params = parse_qs(scope.get("query_string", b"").decode("latin-1"))
            limit = _limit(params.get("limit", [str(_LIMIT)])[0])
            shown, total = _views.listing(store, params.get("q", [""])[0], limit)
            return {"messages": shown, "threads": _views.threads(shown), "total": total}
        if parts == ["account"]:
            _only(method, "GET")
            return _views.account(store)
        if len(parts) == 2 and parts[0] == "messages":
            _only(method, "GET")
            return {"message": _message(store, parts[1])}
        if len(parts) == 3 and parts[0] == "messages" and parts[2] in ("reply", "receipt"):
            _only(method, "POST")
            fields = _json_request(headers, body)
            message = _message(store, parts[1])
            delay = _delay(fields)
            if parts[2] == "reply":
                if message["kind"] not in ("sms", "mms"):
                    raise InboxError(400, f"Only an SMS or MMS can be answered, not a {message['kind']}.")
                text = fields.get("body")
                if not isinstance(text, str) or not text.strip():
                    raise InboxError(400, f"body must be the reply's text, not {text!r}.")
                store.deliveries.reply(message["message_id"], text, delay=delay)
            else:
                status = fields.get("status")
                if status not in ("delivered", "failed"):
                    raise InboxError(400, f"status must be 'delivered' or 'failed', not {status!r}.")
                store.deliveries.report(message["message_id"], status, delay=delay)
            return {"message": _message(store, message["message_id"])}
        raise InboxError(404, f"No mock endpoint {path}.")


def _only(method: str, allowed: str) -> None:
    if method != allowed:
        raise InboxError(405, f"Use {allowed} here, not {method}.")


def _message(store: Store, message_id: str) -> dict[str, Any]:
    found = store.by_message_id.get(message_id.upper())
    if found is None:
        raise InboxError(404, f"The mock sent no message {message_id!r}.")
    store.deliveries.advance()
    return _views.outbound(store, found)


def _json_request(headers: dict[str, str], body: bytes) -> dict[str, Any]:
    """The JSON object of a POST, refused unless it says it is JSON (no plain cross-site form can) and,
    when the browser names its origin, it is the inbox's own."""
    origin, host = headers.get("origin"), headers.get("host", "")
    if origin is not None and origin not in (f"http://{host}", f"https://{host}"):
        raise InboxError(403, f"A request from {origin!r} cannot act on this inbox.")
    if headers.get("content-type", "").split(";")[0].strip().lower() != "application/json":
        raise InboxError(415, "Send the action as JSON (content-type: application/json).")
    try:
        fields = json.loads(body or b"{}")
    except (ValueError, UnicodeDecodeError) as exc:
        raise InboxError(400, f"The request body is not valid JSON: {exc}.") from None
    if not isinstance(fields, dict):
        raise InboxError(400, f"The request body must be a JSON object, not {fields!r}.")
    return fields


def _limit(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= _MAX_LIMIT:
        raise InboxError(400, f"limit must be a whole number from 1 to {_MAX_LIMIT}, not {text!r}.")
    return int(text)


def _delay(fields: dict[str, Any]) -> float:
    delay = fields.get("delay", 0)
    if isinstance(delay, bool) or not isinstance(delay, (int, float)) or not 0 <= delay <= 86400:
        raise InboxError(400, f"delay must be a number of seconds from 0 to 86400, not {delay!r}.")
    return float(delay)


async def _json(
    send: Send, status: int, payload: dict[str, Any], extra: list[tuple[bytes, bytes]] | None = None
) -> None:
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    headers = [(b"content-type", b"application/json"), (b"cache-control", b"no-store"), *(extra or [])]
    await respond(send, status, headers, body)
