"""``http_backend="asyncio"``: HTTP/1.1 on asyncio's own sockets (``asyncio.Protocol``), no dependency.

An ``httpx.AsyncBaseTransport``, so ``ClickSendTransport`` (checks, retries, timeouts, limits, redaction)
wraps it exactly as it wraps httpx's own transport. Written here rather than taken from a library because
the transport under httpx is most of a call's CPU: httpx's default (httpcore + anyio + h11) and
httpx-aiohttp + aiohttp each cost more per request than the whole official SDK call (see the README).

What it does: http and https (the ``ssl`` module, verified exactly as httpx verifies by default: its own
``create_ssl_context()``); a keep-alive pool of at most ``max_connections`` connections, a request waiting
for a free one up to the pool timeout; Content-Length, chunked and close-delimited bodies, no body for HEAD,
1xx, 204 and 304; ``Connection: close`` and HTTP/1.0 answers end the connection; an idle connection the
server closed (or wrote to) is never reused. Bodies stream as they arrive, with reading paused while more
than ``_HIGH_WATER`` bytes wait unread. What it does not: HTTP/2, proxies, ``Expect: 100-continue``,
upgrades; asyncio only.

Errors say truthfully whether the request may have gone out (the retry policy repeats only what never
reached ClickSend): failing to connect, or to get a connection in time, is ``httpx.ConnectError``,
``ConnectTimeout`` or ``PoolTimeout``; anything once the request's first byte was handed to the socket is
``httpx.WriteTimeout``, ``ReadTimeout``, ``ReadError`` or ``RemoteProtocolError``.
"""

from __future__ import annotations

import asyncio
import contextlib
import select
import ssl
import time
from collections import deque
from collections.abc import AsyncIterator
from typing import Any

import httpx

from ._event_loop import require_asyncio

#: An answer's status line and headers may take this many bytes (h11's default allows 16 KiB).
MAX_HEAD = 64 * 1024
#: A chunk-size line, or the trailer section of a chunked body, may take this many bytes.
MAX_CHUNK_LINE = 4096
#: Reading pauses while this many bytes wait unread, and resumes below ``_LOW_WATER``.
_HIGH_WATER = 256 * 1024
_LOW_WATER = 64 * 1024
#: Informational (1xx) answers skipped before the real one, at most.
_MAX_INFORMATIONAL = 8
# The bytes a header name may contain (RFC 9110 token); translate() deletes them, leaving what is not.
_TOKEN = b"!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_DEFAULT_PORTS = {"http": 80, "https": 443}

_LENGTH, _CHUNKED, _UNTIL_CLOSE = 0, 1, 2
# states of the chunked decoder
_SIZE, _DATA, _DATA_END, _TRAILER = 0, 1, 2, 3


def _expire(waiter: asyncio.Future[None], error: type[httpx.TimeoutException], what: str) -> None:
    if not waiter.done():
        waiter.set_exception(error(f"timed out {what}"))


class _Connection(asyncio.Protocol):
    """One HTTP/1.1 connection: the bytes received and not yet read, and who waits for more."""

    def __init__(self, key: tuple[str, str, int], loop: asyncio.AbstractEventLoop) -> None:
        self.key = key
        self.loop = loop
        self.transport: asyncio.Transport | None = None
        self.socket: Any = None
        self.buffer = bytearray()
        self.eof = False  # the server closed its side (or the connection was lost)
        self.error: BaseException | None = None  # why the connection was lost, if not a clean close
        self.waiter: asyncio.Future[None] | None = None
        self.drain: asyncio.Future[None] | None = None
        self.reading_paused = False
        self.writing_paused = False
        self.idle_since = 0.0
        # the body being read
        self.mode = _LENGTH
        self.remaining = 0  # bytes left of a Content-Length body, or of the current chunk
        self.chunk_state = _SIZE
        self.trailer_size = 0
        self.busy = False  # carrying a request (not idle in the pool)

    # ------------------------------------------------------------ asyncio.Protocol

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self.socket = transport.get_extra_info("socket")

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        if len(self.buffer) > _HIGH_WATER and not self.reading_paused and self.transport is not None:
            self.reading_paused = True
            self.transport.pause_reading()
        self._wake()

    def eof_received(self) -> bool:
        self.eof = True
        self._wake()
        return False  # close the transport

    def connection_lost(self, exc: BaseException | None) -> None:
        self.eof = True
        self.error = exc
        self._wake()
        drain, self.drain = self.drain, None
        if drain is not None and not drain.done():
            drain.set_result(None)

    def pause_writing(self) -> None:
        self.writing_paused = True

    def resume_writing(self) -> None:
        self.writing_paused = False
        drain, self.drain = self.drain, None
        if drain is not None and not drain.done():
            drain.set_result(None)

    def _wake(self) -> None:
        waiter, self.waiter = self.waiter, None
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    # ------------------------------------------------------------ used by the transport

    def usable(self, now: float, expiry: float | None) -> bool:
        """Whether an idle connection may carry another request: open, silent, not expired."""
        transport = self.transport
        if self.eof or self.buffer or transport is None or transport.is_closing():
            return False
        if expiry is not None and now - self.idle_since > expiry:
            return False
        try:  # readable while idle: the server closed it (or sent something unasked) since the loop looked
            readable, _, _ = select.select([self.socket], [], [], 0)
        except (OSError, ValueError, TypeError):
            return False
        return not readable

    def close(self) -> None:
        if self.transport is not None:
            self.transport.abort()  # nothing unsent matters: an unfinished exchange is abandoned
        self.eof = True

    async def write(self, data: bytes, timeout: float | None) -> None:
        assert self.transport is not None
        self.transport.write(data)
        if self.writing_paused and not self.eof:
            waiter = self.drain = self.loop.create_future()
            handle = (
                self.loop.call_later(timeout, _expire, waiter, httpx.WriteTimeout, "writing the request")
                if timeout is not None
                else None
            )
            try:
                await waiter
            finally:
                if handle is not None:
                    handle.cancel()

    async def wait(self, timeout: float | None) -> None:
        """Until more bytes arrive or the connection ends: ``httpx.ReadTimeout`` after ``timeout`` s."""
        waiter = self.waiter = self.loop.create_future()
        handle = (
            self.loop.call_later(timeout, _expire, waiter, httpx.ReadTimeout, "waiting for the answer")
            if timeout is not None
            else None
        )
        try:
            await waiter
        finally:
            self.waiter = None
            if handle is not None:
                handle.cancel()

    def ended(self, what: str) -> httpx.TransportError:
        """The error for a connection that ended ``what`` (e.g. "before the answer")."""
        if isinstance(self.error, OSError):
            error: httpx.TransportError = httpx.ReadError(f"connection lost {what}: {self.error}")
            error.__cause__ = self.error
            return error
        return httpx.RemoteProtocolError(f"the server closed the connection {what}")

    def consumed(self) -> None:
        if self.reading_paused and len(self.buffer) <= _LOW_WATER and self.transport is not None:
            self.reading_paused = False
            self.transport.resume_reading()

    def take(self) -> tuple[bytes, bool]:
        """The body bytes now received (maybe ``b""``), and whether the body is complete."""
        buffer = self.buffer
        if self.mode == _LENGTH:
            size = min(self.remaining, len(buffer))
            data = bytes(buffer[:size])
            del buffer[:size]
            self.remaining -= size
            self.consumed()
            return data, self.remaining == 0
        if self.mode == _UNTIL_CLOSE:
            data = bytes(buffer)
            buffer.clear()
            self.consumed()
            if self.eof and isinstance(self.error, OSError):
                raise self.ended("in the middle of the answer")  # reset: the end is not the body's end
            return data, self.eof
        pieces: list[bytes] = []
        done = self._take_chunks(pieces)
        self.consumed()
        return b"".join(pieces), done

    def _take_chunks(self, pieces: list[bytes]) -> bool:
        buffer = self.buffer
        while True:
            state = self.chunk_state
            if state == _DATA:
                size = min(self.remaining, len(buffer))
                if size == 0:
                    return False
                pieces.append(bytes(buffer[:size]))
                del buffer[:size]
                self.remaining -= size
                if self.remaining:
                    return False
                self.chunk_state = _DATA_END
                continue
            end = buffer.find(b"\r\n")
            if end < 0:
                if len(buffer) > MAX_CHUNK_LINE:
                    raise httpx.RemoteProtocolError("malformed chunked body: a line too long")
                return False
            line = bytes(buffer[:end])
            del buffer[: end + 2]
            if state == _DATA_END:
                if line:
                    raise httpx.RemoteProtocolError("malformed chunked body: no CRLF after a chunk")
                self.chunk_state = _SIZE
            elif state == _SIZE:
                size_text = line.split(b";", 1)[0].strip(b" \t")
                if not size_text or len(size_text) > 16 or size_text.strip(b"0123456789abcdefABCDEF"):
                    raise httpx.RemoteProtocolError(f"malformed chunked body: chunk size {line[:40]!r}")
                self.remaining = int(size_text, 16)
                self.chunk_state = _DATA if self.remaining else _TRAILER
                self.trailer_size = 0
            else:  # trailer fields, ignored, up to the empty line that ends the body
                if not line:
                    return True
                self.trailer_size += len(line) + 2
                if self.trailer_size > MAX_CHUNK_LINE:
                    raise httpx.RemoteProtocolError("malformed chunked body: trailers too long")


def _parse_head(head: bytes) -> tuple[bytes, int, bytes, list[tuple[bytes, bytes]]]:
    """(version, status, reason, headers) of an answer head (status line and header lines, no CRLFCRLF)."""
    lines = head.split(b"\r\n")
    version, _, rest = lines[0].partition(b" ")
    code, _, reason = rest.partition(b" ")
    if version not in (b"HTTP/1.1", b"HTTP/1.0") or len(code) != 3 or not code.isdigit() or code[0] == 48:
        raise httpx.RemoteProtocolError(f"not an HTTP/1.x answer: {lines[0][:60]!r}")
    if b"\r" in reason or b"\n" in reason or b"\0" in reason:
        raise httpx.RemoteProtocolError("malformed status line")
    headers = []
    for line in lines[1:]:
        name, colon, value = line.partition(b":")
        if not colon or not name or name.translate(None, _TOKEN):
            raise httpx.RemoteProtocolError(f"malformed header line: {line[:60]!r}")
        value = value.strip(b" \t")
        if b"\r" in value or b"\n" in value or b"\0" in value:
            raise httpx.RemoteProtocolError(f"malformed header value of {name[:40]!r}")
        headers.append((name, value))
    return version, int(code), reason, headers


class _Body(httpx.AsyncByteStream):
    """An answer's body as it arrives; the connection goes back to the pool once it is all read."""

    def __init__(
        self, pool: AsyncioBackend, connection: _Connection, keep: bool, timeout: Any, first: bytes
    ) -> None:
        self._pool, self._connection, self._keep, self._timeout = pool, connection, keep, timeout
        self._first = first  # what had arrived with the head
        self._done = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        connection = self._connection
        try:
            first, self._first = self._first, b""
            if first:
                yield first
            while not self._done:
                data, complete = connection.take()
                if complete:
                    self._finish()
                if data:
                    yield data
                if complete:
                    return
                if data:
                    continue  # more may have come while the reader had it: take that before waiting
                if connection.eof:
                    raise connection.ended("in the middle of the answer's body")
                await connection.wait(self._timeout)
        except BaseException:
            self._drop()
            raise

    def _finish(self) -> None:
        self._done = True
        connection = self._connection
        self._pool._release(connection, self._keep and not connection.buffer)

    def _drop(self) -> None:
        if not self._done:
            self._done = True
            self._pool._drop(self._connection)

    async def aclose(self) -> None:
        self._drop()  # not read to the end: the rest of the answer would be read as the next one


class AsyncioBackend(httpx.AsyncBaseTransport):
    """HTTP/1.1 over asyncio sockets, with a keep-alive pool; see the module's docstring."""

    def __init__(self, *, limits: httpx.Limits, ssl_context: ssl.SSLContext | None = None) -> None:
        self._max_connections = limits.max_connections
        idle = limits.max_keepalive_connections
        self._max_idle = idle if idle is not None else (limits.max_connections or 2**31)
        self._expiry = limits.keepalive_expiry
        self._ssl_context = ssl_context
        self._idle: list[_Connection] = []  # most recently used last
        self._open: set[_Connection] = set()  # idle or carrying a request
        self._connecting = 0
        self._waiters: deque[asyncio.Future[None]] = deque()

    def check_event_loop(self) -> None:
        require_asyncio("asyncio")

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self.check_event_loop()
            raise
        url = request.url
        scheme = url.scheme
        port = url.port or _DEFAULT_PORTS.get(scheme)
        if port is None:
            raise httpx.UnsupportedProtocol(f"http_backend='asyncio' speaks http and https, not {scheme!r}")
        timeouts = request.extensions.get("timeout") or {}
        head = _request_head(request)
        try:
            body = request.content
        except httpx.RequestNotRead:
            body = None  # a streamed body, written as it comes
        connection = await self._acquire((scheme, url.raw_host.decode("ascii"), port), loop, timeouts)
        try:
            if body is not None:
                await connection.write(head + body, timeouts.get("write"))
            else:
                await connection.write(head, timeouts.get("write"))
                await self._write_stream(connection, request, timeouts.get("write"))
            return await self._answer(connection, request, timeouts.get("read"))
        except BaseException:
            self._drop(connection)  # whatever happened (cancelled too), this connection is mid-exchange
            raise

    async def _write_stream(self, connection: _Connection, request: httpx.Request, timeout: Any) -> None:
        chunked = request.headers.get("transfer-encoding", "").lower() == "chunked"
        assert isinstance(request.stream, httpx.AsyncByteStream)
        async for part in request.stream:
            if part:
                await connection.write(b"%x\r\n%s\r\n" % (len(part), part) if chunked else part, timeout)
        if chunked:
            await connection.write(b"0\r\n\r\n", timeout)

    async def _answer(self, connection: _Connection, request: httpx.Request, timeout: Any) -> httpx.Response:
        buffer = connection.buffer
        for _ in range(_MAX_INFORMATIONAL + 1):
            searched = 0
            while True:
                end = buffer.find(b"\r\n\r\n", searched)
                if end >= 0:
                    break
                if len(buffer) > MAX_HEAD:
                    raise httpx.RemoteProtocolError(f"the answer's head is larger than {MAX_HEAD} bytes")
                if connection.eof:
                    raise connection.ended("before the answer" if not buffer else "in the answer's head")
                searched = max(len(buffer) - 3, 0)
                await connection.wait(timeout)
            version, status, reason, headers = _parse_head(bytes(buffer[:end]))
            del buffer[: end + 4]
            if status >= 200:
                break
            if status == 101:
                raise httpx.RemoteProtocolError("101 Switching Protocols, which was not asked for")
        else:
            raise httpx.RemoteProtocolError(f"more than {_MAX_INFORMATIONAL} informational answers")
        keep = version == b"HTTP/1.1"
        length: int | None = None
        chunked = False
        for name, value in headers:
            lowered = name.lower()
            if lowered == b"content-length":
                if not value.isdigit() or len(value) > 19 or (length is not None and int(value) != length):
                    raise httpx.RemoteProtocolError(f"malformed Content-Length: {value[:40]!r}")
                length = int(value)
            elif lowered == b"transfer-encoding":
                if value.lower() != b"chunked" or chunked:
                    raise httpx.RemoteProtocolError(f"unsupported Transfer-Encoding: {value[:40]!r}")
                chunked = True
            elif lowered == b"connection" and b"close" in value.lower():
                keep = False
        extensions = {"http_version": version, "reason_phrase": reason}
        if request.method == "HEAD" or status in (204, 304):
            length, chunked = 0, False
        if chunked:
            keep = keep and length is None  # both framings: a smuggling attempt or a broken proxy
            connection.mode, connection.chunk_state = _CHUNKED, _SIZE
        elif length is not None:
            connection.mode, connection.remaining = _LENGTH, length
        else:
            connection.mode, keep = _UNTIL_CLOSE, False
        first = b""
        if connection.mode != _UNTIL_CLOSE:
            first, complete = connection.take()
            if complete:  # the whole answer is here already (the common case): no stream to read
                try:
                    return httpx.Response(status, headers=headers, content=first, extensions=extensions)
                finally:
                    self._release(connection, keep and not buffer)
        return httpx.Response(
            status,
            headers=headers,
            stream=_Body(self, connection, keep, timeout, first),
            extensions=extensions,
        )

    # ------------------------------------------------------------ the pool

    async def _acquire(
        self, key: tuple[str, str, int], loop: asyncio.AbstractEventLoop, timeouts: dict[str, Any]
    ) -> _Connection:
        deadline: float | None = None
        while True:
            now = time.monotonic()
            idle = self._idle
            for index in range(len(idle) - 1, -1, -1):
                connection = idle[index]
                if connection.key != key:
                    continue
                del idle[index]
                if connection.usable(now, self._expiry):
                    connection.busy = True
                    return connection
                self._forget(connection)
            if self._max_connections is None or len(self._open) + self._connecting < self._max_connections:
                return await self._connect(key, loop, timeouts.get("connect"))
            if idle:  # full, but with idle connections to another host: make room
                self._forget(idle.pop(0))
                continue
            pool_timeout = timeouts.get("pool")
            if deadline is None and pool_timeout is not None:
                deadline = now + pool_timeout
            await self._wait_for_a_connection(loop, deadline)

    async def _wait_for_a_connection(self, loop: asyncio.AbstractEventLoop, deadline: float | None) -> None:
        waiter: asyncio.Future[None] = loop.create_future()
        self._waiters.append(waiter)
        handle = None
        if deadline is not None:
            handle = loop.call_at(
                loop.time() + max(deadline - time.monotonic(), 0),
                _expire,
                waiter,
                httpx.PoolTimeout,
                "waiting for a free connection",
            )
        try:
            await waiter
        except BaseException:
            if waiter.done() and not waiter.cancelled() and waiter.exception() is None:
                self._wake_one()  # woken and cancelled at once: pass the turn on
            raise
        finally:
            if handle is not None:
                handle.cancel()
            with contextlib.suppress(ValueError):  # not there if it was woken
                self._waiters.remove(waiter)

    def _wake_one(self) -> None:
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return

    async def _connect(
        self, key: tuple[str, str, int], loop: asyncio.AbstractEventLoop, timeout: Any
    ) -> _Connection:
        scheme, host, port = key
        connection = _Connection(key, loop)
        context = self._tls() if scheme == "https" else None
        self._connecting += 1
        connected = False
        try:
            await asyncio.wait_for(
                loop.create_connection(
                    lambda: connection, host, port, ssl=context, server_hostname=host if context else None
                ),
                timeout,
            )
            connected = not connection.eof
        except asyncio.TimeoutError:
            raise httpx.ConnectTimeout(f"timed out connecting to {host}:{port}") from None
        except OSError as exc:  # refused, unreachable, DNS, and TLS (ssl.SSLError is an OSError)
            raise httpx.ConnectError(f"could not connect to {host}:{port}: {exc}") from exc
        finally:
            self._connecting -= 1
            if not connected:  # failed, cancelled, or closed at once: its place is free again
                connection.close()
                self._wake_one()
        if not connected:
            raise httpx.ConnectError(f"{host}:{port} closed the connection as it was made")
        self._open.add(connection)
        connection.busy = True
        return connection

    def _tls(self) -> ssl.SSLContext:
        if self._ssl_context is None:
            context = httpx.create_ssl_context()  # httpx's own defaults: certifi, SSL_CERT_FILE/DIR
            context.set_alpn_protocols(["http/1.1"])
            self._ssl_context = context
        return self._ssl_context

    def _release(self, connection: _Connection, keep: bool) -> None:
        """An exchange ended: keep the connection for the next request, or close it."""
        if not connection.busy:
            return
        if keep and connection in self._open and not connection.eof and len(self._idle) < self._max_idle:
            connection.busy = False
            connection.idle_since = time.monotonic()
            self._idle.append(connection)
            self._wake_one()
        else:
            self._drop(connection)

    def _drop(self, connection: _Connection) -> None:
        """An exchange failed or was abandoned: close its connection (an idle one is left alone)."""
        if connection.busy and connection in self._open:
            connection.busy = False
            self._forget(connection)
            self._wake_one()

    def _forget(self, connection: _Connection) -> None:
        connection.close()
        self._open.discard(connection)

    async def aclose(self) -> None:
        for connection in list(self._open):
            connection.close()
        self._open.clear()
        self._idle.clear()
        while self._waiters:
            self._wake_one()

    def __repr__(self) -> str:
        return f"AsyncioBackend(max_connections={self._max_connections})"


def _request_head(request: httpx.Request) -> bytes:
    lines = [b"%s %s HTTP/1.1" % (request.method.encode("ascii"), request.url.raw_path)]
    lines += [name + b": " + value for name, value in request.headers.raw]
    head = b"\r\n".join(lines)
    if head.count(b"\n") != len(lines) - 1 or head.count(b"\r") != len(lines) - 1 or b"\0" in head:
        raise httpx.LocalProtocolError("a request header contains CR, LF or NUL")
    return head + b"\r\n\r\n"
