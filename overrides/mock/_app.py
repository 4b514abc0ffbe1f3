"""``MockApp``: the ASGI 3 application that routes, authenticates, validates and answers like ClickSend."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import anyio

from .._asgi import headers_of, lifespan, read_body, respond
from ._config import TEST_ACCOUNTS, TEST_API_KEY, MockConfig
from ._deliveries import Push, push_forever
from ._envelope import NotFound, envelope, error
from ._faults import DroppedConnection, Faults
from ._handlers import HANDLERS
from ._handlers._messages import inbound_record
from ._index import RouteError, operations, route
from ._request import BadRequest, Request, parse_request
from ._state import ReceivedMessage, Stats, Store
from .inbox import Inbox

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
Answer = tuple[int, dict[str, str], dict[str, Any] | None]  # None: an answer without a body


class MockApp:
    """A stateful in-memory ClickSend REST v3 (see the package docs). State lives until ``reset()``."""

    def __init__(self, config: MockConfig | None = None) -> None:
        self.config = config or MockConfig()
        self.store = Store(self.config)
        self.faults = Faults(self.config)
        self.stats = Stats()
        #: The web inbox at ``/`` and its ``/_mock/`` JSON endpoints (``Inbox.serves`` says which paths).
        self.inbox = Inbox(lambda: self.store, self._authenticate)

    def reset(self) -> None:
        """Forget everything stored and counted, and restart the seeded random sequences."""
        self.store = Store(self.config)
        self.faults = Faults(self.config)
        self.stats = Stats()

    @property
    def received_messages(self) -> list[ReceivedMessage]:
        """Every SMS/MMS accepted and stored, in order."""
        return self.store.received

    def add_inbound_sms(self, from_: str, body: str, to: str = "+61481073412") -> dict[str, Any]:
        """Store an inbound SMS, as if a phone had replied; it shows in GET /sms/inbound."""
        return inbound_record(self.store, from_, body, to)

    def reply(self, message_id: str, body: str, *, delay: float = 0.0) -> None:
        """The recipient of the sent message ``message_id`` answers ``body`` (``delay`` s from now): queued
        for polling and pushed per the inbound SMS rules (see ``_deliveries``)."""
        self.store.deliveries.reply(message_id, body, delay=delay)

    def send_receipt(self, message_id: str, status: str = "delivered", *, delay: float = 0.0) -> None:
        """ClickSend reports the sent message ``message_id`` ``"delivered"`` (201) or ``"failed"`` (301),
        ``delay`` s from now: queued for polling and pushed per the receipt rules (see ``_deliveries``)."""
        self.store.deliveries.report(message_id, status, delay=delay)

    @property
    def pushes(self) -> list[Push]:
        """Every push attempted (or refused: not a loopback address), in order."""
        return self.store.deliveries.pushes

    @property
    def deliveries_idle(self) -> bool:
        """No receipt or reply is due any more, and every push was answered."""
        return self.store.deliveries.idle

    async def push_forever(self, interval: float = 0.01) -> None:
        """Release due receipts and replies and push them, until cancelled (``serve()`` runs it)."""
        await push_forever(lambda: self.store.deliveries, interval)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await lifespan(receive, send)
            return
        if scope["type"] != "http":
            raise RuntimeError(f"mock ClickSend serves HTTP only, not {scope['type']}")
        if self.inbox.serves(_path(scope)):
            await self.inbox(scope, receive, send)
            return
        fate = self.faults.draw()
        if fate.delay:
            await anyio.sleep(fate.delay)
        op_id = self._op_id(scope["method"], _path(scope))
        if fate.drop_before:
            self.stats.requests[(op_id, 0)] += 1
            self.stats.dropped_before += 1
            raise DroppedConnection(before=True)
        raw = await read_body(receive)
        if fate.rate_limited:
            answer: Answer = (
                429,
                {"retry-after": str(self.config.retry_after)},
                error(429, "Too many requests."),
            )
        elif fate.server_error:
            answer = (500, {}, error(500, "Something went wrong on our side. Please try again."))
        else:
            answer = self.handle(
                scope["method"], _path(scope), scope.get("query_string", b""), raw, headers_of(scope)
            )
        if fate.drop_after:
            self.stats.requests[(op_id, 0)] += 1
            self.stats.dropped_after += 1
            raise DroppedConnection(before=False)
        self.stats.requests[(op_id, answer[0])] += 1
        await _respond(send, *answer)

    def _op_id(self, method: str, path: str) -> str:
        prefix = self.config.prefix
        if not path.startswith(prefix + "/"):
            return "<unknown>"
        try:
            return route(method, path[len(prefix) :])[0].op_id
        except RouteError:
            return "<unknown>"

    def handle(self, method: str, path: str, query: bytes, body: bytes, headers: dict[str, str]) -> Answer:
        """Answer one request without faults: (status, extra headers, JSON envelope)."""
        prefix = self.config.prefix
        if not path.startswith(prefix + "/"):
            return 404, {}, error(404, f"No resource matches {path}.")
        try:
            op, raw_params = route(method, path[len(prefix) :])
        except RouteError as exc:
            return exc.status, {}, error(exc.status, str(exc))
        username = self._authenticate(headers.get("authorization", ""))
        if op.authenticated and username is None:
            extra = {"www-authenticate": 'Basic realm="ClickSend"'}
            return (
                401,
                extra,
                error(401, "Invalid or missing credentials: use your API username and API key."),
            )
        refusal = TEST_ACCOUNTS.get(username or "")
        if op.authenticated and refusal is not None:
            return 403, {}, error(403, refusal)
        try:
            request: Request = parse_request(op, raw_params, query, body, strict=self.config.strict)
            request.username = username or ""
            handler = HANDLERS.get(op.op_id)
            if handler is None:
                return 501, {}, error(501, f"{op.op_id} is not simulated by the mock.")
            reply = handler(self.store, request)
        except BadRequest as exc:
            return 400, {}, error(400, str(exc), {"errors": exc.errors})
        except NotFound as exc:
            return 404, {}, error(404, str(exc))
        if reply.bare:  # the newer sender-id and short-URL services answer without the envelope
            return reply.status, {}, reply.data
        return reply.status, {}, envelope(reply.status, reply.code, reply.message, reply.data)

    def _authenticate(self, header: str) -> str | None:
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "basic":
            return None
        try:
            username, sep, key = base64.b64decode(token, validate=True).decode("utf-8").partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return None
        if not sep:
            return None
        accounts = self.config.accounts
        if self.config.test_accounts and username in TEST_ACCOUNTS and key == TEST_API_KEY:
            return username
        if accounts.get(username) == key or (self.config.accept_any_key and key in accounts.values()):
            return username
        for sub in self.store.collection("subaccounts", "subaccount_id").values():
            if sub["api_username"] == username and sub["api_key"] == key:
                return username
        return None


def _path(scope: Scope) -> str:
    raw = scope.get("raw_path")
    return raw.decode("latin-1").split("?")[0] if raw else str(scope["path"])


async def _respond(send: Send, status: int, extra: dict[str, str], payload: dict[str, Any] | None) -> None:
    body = b"" if payload is None else json.dumps(payload, ensure_ascii=False).encode("utf-8")
    headers = [] if payload is None else [(b"content-type", b"application/json")]
    headers += [(k.encode("latin-1"), v.encode("latin-1")) for k, v in extra.items()]
    await respond(send, status, headers, body)


def create_app(config: MockConfig | None = None) -> MockApp:
    """A fresh mock ClickSend; serve it in process with ``httpx.ASGITransport(app=...)`` or ``serve()``."""
    operations()  # load and check the index now rather than on the first request
    return MockApp(config)
