"""``http_backend="aiohttp"``: httpx requests carried by aiohttp, through the ``httpx-aiohttp`` package.

Two corrections on top of it. httpx-aiohttp maps every aiohttp ``ClientConnectionError`` to
``httpx.ConnectTimeout``, including a server that closed the connection after the request went out; the
retry policy reads ``ConnectTimeout`` as "never reached ClickSend" and would repeat a send that may have
been delivered. Here the error is mapped again from the aiohttp exception itself: only a failure to connect
(or to get a connection in time) counts as never sent; anything later may have reached ClickSend. And
aiohttp's own silent retry of a dropped GET, PUT or DELETE is off: the retry policy alone decides.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import httpx
from httpx_aiohttp import AiohttpTransport

from ._event_loop import require_asyncio

# Checked in order: the first class that matches decides (subclasses before their bases).
_NEVER_SENT: list[tuple[type[BaseException], type[httpx.TransportError]]] = [
    (aiohttp.ConnectionTimeoutError, httpx.ConnectTimeout),  # connecting, or waiting for the pool
    (aiohttp.ClientConnectorError, httpx.ConnectError),  # refused, DNS, TLS handshake
    (aiohttp.ServerFingerprintMismatch, httpx.ConnectError),
    (aiohttp.InvalidURL, httpx.UnsupportedProtocol),
]
_MAYBE_SENT: list[tuple[type[BaseException], type[httpx.TransportError]]] = [
    (aiohttp.SocketTimeoutError, httpx.ReadTimeout),
    (aiohttp.ServerTimeoutError, httpx.ReadTimeout),
    (aiohttp.ServerDisconnectedError, httpx.RemoteProtocolError),
    (aiohttp.ClientPayloadError, httpx.RemoteProtocolError),  # the body was cut off
    (aiohttp.ClientResponseError, httpx.RemoteProtocolError),  # not an HTTP answer
    (aiohttp.ClientError, httpx.ReadError),  # anything else, e.g. a reset while reading
]


def _remapped(exc: BaseException) -> httpx.TransportError | None:
    """The httpx error that says truthfully whether the request may have gone out, or None."""
    cause = exc.__cause__ if isinstance(exc, httpx.TransportError) else exc
    if not isinstance(cause, aiohttp.ClientError):
        return None
    for source, target in (*_NEVER_SENT, *_MAYBE_SENT):
        if isinstance(cause, source):
            error = target(str(cause) or type(cause).__name__)
            error.__cause__ = cause
            return error
    return None


class _Remapping(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream) -> None:
        self._inner = inner

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._inner:
                yield chunk
        except Exception as exc:
            error = _remapped(exc)
            if error is None:
                raise
            raise error from exc.__cause__ or exc

    async def aclose(self) -> None:
        await self._inner.aclose()


class AiohttpBackend(AiohttpTransport):
    """httpx-aiohttp's transport with errors that say whether the request may have gone out; asyncio only."""

    def __init__(self, *, limits: httpx.Limits) -> None:
        # the connection pool is made at the first request, on the event loop that runs it
        super().__init__(limits=limits)

    def get_client(self) -> aiohttp.ClientSession:
        session = super().get_client()
        # aiohttp repeats a GET, PUT or DELETE by itself when the connection drops; whether a request may
        # be repeated is the retry policy's call (a ClickSend PUT or DELETE is not always safe to repeat).
        # aiohttp's own test client turns it off the same way.
        session._retry_connection = False
        return session

    def check_event_loop(self) -> None:
        require_asyncio("aiohttp")

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.check_event_loop()
        try:
            response = await super().handle_async_request(request)
        except Exception as exc:
            error = _remapped(exc)
            if error is None:
                raise
            raise error from exc.__cause__ or exc
        response.stream = _Remapping(response.stream)  # type: ignore[arg-type]
        return response

    def __repr__(self) -> str:
        return f"AiohttpBackend(max_connections={self.limits.max_connections})"
