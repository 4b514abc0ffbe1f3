"""The HTTP transport at the bottom of every request: httpx's own (default), aiohttp's, or our own asyncio
HTTP/1.1 one (both asyncio only).

``ClickSendTransport`` (checks, retries, timeouts, limits, redaction) wraps whichever is chosen, so all give
the same guarantees; ``http_backend="aiohttp"`` and ``"asyncio"`` trade trio support for less CPU per request.
"""

from __future__ import annotations

from typing import Literal

import httpx

from ._exceptions import ConfigurationError

HttpBackend = Literal["httpx", "aiohttp", "asyncio"]
BACKENDS = ("httpx", "aiohttp", "asyncio")


def http_transport(backend: str, *, http2: bool, max_connections: int) -> httpx.AsyncBaseTransport:
    """The innermost transport of ``backend``; a clear ``ConfigurationError`` if it cannot work here."""
    if backend not in BACKENDS:
        raise ConfigurationError(f"http_backend must be one of {', '.join(BACKENDS)}; got {backend!r}")
    limits = httpx.Limits(max_connections=max_connections)
    if backend == "asyncio":
        if http2:
            raise ConfigurationError("http2=True needs http_backend='httpx': 'asyncio' speaks HTTP/1.1 only")
        from ._asyncio_http import AsyncioBackend

        return AsyncioBackend(limits=limits)
    if backend == "aiohttp":
        if http2:
            raise ConfigurationError("http2=True needs http_backend='httpx': aiohttp speaks HTTP/1.1 only")
        try:
            from ._aiohttp import AiohttpBackend
        except ImportError:
            raise ConfigurationError(
                "http_backend='aiohttp' needs aiohttp: pip install 'clicksend-async[aiohttp]'"
            ) from None
        return AiohttpBackend(limits=limits)
    if http2:
        try:
            import h2  # noqa: F401  (httpcore needs it only at the first connection: fail early instead)
        except ImportError:
            raise ConfigurationError(
                "http2=True needs the h2 package: pip install 'clicksend-async[http2]'"
            ) from None
    return httpx.AsyncHTTPTransport(http2=http2, limits=limits)


def check_event_loop(transport: httpx.AsyncBaseTransport | None) -> None:
    """Raise ``ConfigurationError`` if ``transport`` cannot run on the current event loop."""
    check = getattr(transport, "check_event_loop", None)
    if check is not None:
        check()
