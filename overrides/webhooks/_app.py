"""``webhook_app``: a plain ASGI 3 application that receives ClickSend's pushes.

It needs no web framework: mount it in FastAPI / Starlette (``app.mount("/clicksend", webhook_app(...))``),
or serve it with any ASGI server. It answers at any path: POST (form or JSON) and GET (query string).
"""

from __future__ import annotations

import hmac
import inspect
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

from .._asgi import Receive, Scope, Send, headers_of, lifespan, read_body
from .._exceptions import ConfigurationError
from ._events import MAX_EVENT_BYTES, Event, WebhookError, parse_event

if TYPE_CHECKING:
    from .._client import ClickSend

OnEvent = Callable[[Event], Awaitable[None] | None]

logger = logging.getLogger("clicksend_async.webhooks")
_MIN_TOKEN = 16


class WebhookApp:
    """Checks the URL's ``token`` in constant time (missing or wrong: 401, nothing recorded), reads the event
    (unreadable: 400 naming the fault; over ``max_body`` bytes: 413), hands it to the client (its delivery
    tracker and ``inbound()`` iterators), answers 200 at once, then calls ``on_event`` (sync or async).

    Attributes: ``received`` (events accepted) and ``refused`` (requests answered 4xx), for monitoring.
    """

    def __init__(
        self,
        client: ClickSend | None,
        *,
        token: str,
        on_event: OnEvent | None = None,
        max_body: int = MAX_EVENT_BYTES,
    ) -> None:
        if not isinstance(token, str) or len(token) < _MIN_TOKEN:
            raise ConfigurationError(
                f"webhook_app needs a secret token of at least {_MIN_TOKEN} characters (ClickSend does not sign "
                "its webhooks: the token in the URL is what keeps others out); e.g. secrets.token_urlsafe(32)"
            )
        self.client = client
        self._token = token.encode()
        self.on_event = on_event
        self.max_body = max_body
        self.received = 0
        self.refused = 0
        if client is not None:
            client.use_webhooks()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        method = scope["method"]
        if method not in ("GET", "POST", "HEAD"):
            await self._answer(send, 405, "only GET and POST are accepted", {"allow": "GET, POST"})
            return
        query = scope.get("query_string", b"").decode("latin-1")
        if not self._token_ok(query):
            await self._answer(send, 401, "missing or wrong token")
            return
        headers = headers_of(scope)
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_body:
            await self._answer(send, 413, f"bodies over {self.max_body} bytes are refused")
            return
        body = await read_body(receive, self.max_body)
        if body is None:
            await self._answer(send, 413, f"bodies over {self.max_body} bytes are refused")
            return
        if method == "HEAD" or (method == "GET" and not _has_fields(query)):
            await self._answer(send, 200, "ok")  # a reachability check (the dashboard's test, a browser)
            return
        try:
            event = parse_event(body, headers.get("content-type"), query)
        except WebhookError as exc:
            await self._answer(send, 400, str(exc))
            return
        if self.client is not None:
            self.client.handle_event(event)
        self.received += 1
        await self._answer(send, 200, "ok")
        if self.on_event is not None:
            try:
                result = self.on_event(event)
                if inspect.isawaitable(result):
                    await result
            except Exception:  # the answer is sent: a failing callback is logged, never re-pushed
                logger.exception("on_event failed for %s %s", type(event).__name__, event.message_id)

    def _token_ok(self, query: str) -> bool:
        given = [v for k, v in parse_qsl(query, keep_blank_values=True) if k == "token"]
        if len(given) != 1:
            return False
        return hmac.compare_digest(given[0].encode("utf-8", "replace"), self._token)

    async def _answer(self, send: Send, status: int, text: str, extra: dict[str, str] | None = None) -> None:
        if status >= 400:
            self.refused += 1
            logger.warning("refused a webhook request: %d %s", status, text)
        body = text.encode()
        headers = [
            (b"content-type", b"text/plain; charset=utf-8"),
            (b"content-length", str(len(body)).encode()),
        ]
        headers += [(k.encode(), v.encode()) for k, v in (extra or {}).items()]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def webhook_app(
    client: ClickSend | None, *, token: str, on_event: OnEvent | None = None, max_body: int = MAX_EVENT_BYTES
) -> WebhookApp:
    """The ASGI app receiving ClickSend's pushes for ``client`` (``None``: only ``on_event`` sees them).

    Give ClickSend a URL carrying the token (``https://example.com/clicksend?token=<token>``:
    ``cs.configure_webhooks(url)``), served over HTTPS. Once created, ``cs.wait_for_delivery`` and
    ``cs.inbound`` default to ``source="webhook"``.
    """
    return WebhookApp(client, token=token, on_event=on_event, max_body=max_body)


def _has_fields(query: str) -> bool:
    return any(k != "token" for k, _ in parse_qsl(query, keep_blank_values=True))


def serve(app: Any, host: str = "127.0.0.1", port: int = 0) -> Any:
    """Serve an ASGI app (``webhook_app(...)``) over HTTP/1.1 on a loopback address, on asyncio or trio:
    ``async with serve(app, port=8080) as server: ...`` (``server.port``). Put a TLS-terminating tunnel or
    reverse proxy in front of it for ClickSend to reach it over HTTPS."""
    from ..mock._server import MockServer  # the SDK's own small h11 server, loaded only when serving

    return MockServer(app, host, port)
