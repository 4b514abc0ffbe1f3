"""``http_backend="asyncio"`` (overrides/_asyncio_http.py) on its own, against raw asyncio servers on loopback:
framing, the keep-alive pool, timeouts, TLS, streaming with flow control, cancellation, and answers that are
split, malformed, oversized or trickled (typed httpx errors, never a hang). Hypothesis drives the framings
and the split points. The transport tests through ``ClickSend`` (retries, limits, redaction, hostile
servers, faults, redirects) run on this backend too: they take the ``http_backend`` fixture.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clicksend_async._asyncio_http import _HIGH_WATER, MAX_HEAD, AsyncioBackend

pytestmark = [pytest.mark.anyio, pytest.mark.parametrize("anyio_backend", ["asyncio"])]

GUARD = 20  # seconds: turns a hang into a failure; the timeouts under test are far shorter
TLS = Path(__file__).parent / "tls"

#: What the server does with each request it read: (request head and body, reader, writer, request number).
Handler = Callable[[bytes, asyncio.StreamReader, asyncio.StreamWriter, int], Awaitable[None]]


class Server:
    def __init__(self) -> None:
        self.connections = 0
        self.requests: list[bytes] = []
        self.closed = 0  # connections the client ended
        self.url = ""


async def _read_request(reader: asyncio.StreamReader) -> bytes | None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, ConnectionError):
        return None
    body = b""
    lowered = head.lower()
    if b"content-length:" in lowered:
        length = int(lowered.split(b"content-length:", 1)[1].split(b"\r\n", 1)[0])
        body = await reader.readexactly(length)
    elif b"transfer-encoding: chunked" in lowered:
        while True:
            size = int((await reader.readuntil(b"\r\n")).strip(), 16)
            body += (await reader.readexactly(size + 2))[:size]
            if size == 0:
                break
    return head + body


@asynccontextmanager
async def serve(handler: Handler, *, tls: bool = False, host: str = "127.0.0.1") -> AsyncIterator[Server]:
    server = Server()

    async def connected(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        server.connections += 1
        number = 0
        try:
            while True:
                request = await _read_request(reader)
                if request is None:
                    server.closed += 1
                    return
                server.requests.append(request)
                await handler(request, reader, writer, number)
                number += 1
                if writer.is_closing():
                    return
        except (ConnectionError, asyncio.IncompleteReadError, ssl.SSLError):
            pass
        finally:
            writer.close()

    context = None
    if tls:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(TLS / "server.pem")
    listener = await asyncio.start_server(connected, host, 0, ssl=context)
    port = listener.sockets[0].getsockname()[1]
    server.url = f"{'https' if tls else 'http'}://{host}:{port}"
    try:
        yield server
    finally:
        listener.close()


def answer(body: bytes = b"{}", *extra: str, status: str = "200 OK", version: str = "HTTP/1.1") -> bytes:
    head = [f"{version} {status}", f"Content-Length: {len(body)}", *extra]
    return ("\r\n".join([*head, "", ""])).encode() + body


def answering(*answers: bytes, close: bool = False) -> Handler:
    """Answer request n with answers[n] (the last for every one after), then close the connection if asked."""

    async def handler(request: bytes, reader: Any, writer: asyncio.StreamWriter, number: int) -> None:
        writer.write(answers[min(number, len(answers) - 1)])
        await writer.drain()
        if close:
            writer.close()

    return handler


def backend(**limits: Any) -> AsyncioBackend:
    limits.setdefault("max_connections", 10)
    return AsyncioBackend(limits=httpx.Limits(**limits))


def client(transport: httpx.AsyncBaseTransport, timeout: float = 5.0) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=transport, timeout=timeout)


# ---------------------------------------------------------------- framing and keep-alive


FRAMINGS = {
    "content-length": (answer(b'{"a": 1}'), b'{"a": 1}', True),
    "chunked, with an extension and trailers": (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
        b'3;name=value\r\n{"a\r\n5\r\n": 1}\r\n0\r\nX-Trailer: 1\r\n\r\n',
        b'{"a": 1}',
        True,
    ),
    "chunked and Content-Length (not reused)": (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Length: 99\r\n\r\n2\r\nok\r\n0\r\n\r\n",
        b"ok",
        False,
    ),
    "Connection: close": (answer(b"bye", "Connection: close"), b"bye", False),
    "HTTP/1.0": (answer(b"old", version="HTTP/1.0"), b"old", False),
    "no Content-Length: until the connection closes": (None, b"x" * 100_000, False),
    "204 with no body": (b"HTTP/1.1 204 No Content\r\n\r\n", b"", True),
    "304 with a Content-Length and no body": (
        b"HTTP/1.1 304 Not Modified\r\nContent-Length: 50\r\n\r\n",
        b"",
        True,
    ),
    "100 Continue first": (b"HTTP/1.1 100 Continue\r\n\r\n" + answer(b"after"), b"after", True),
}


@pytest.mark.parametrize("case", FRAMINGS, ids=list(FRAMINGS))
async def test_each_framing_gives_the_body_and_reuses_the_connection_only_when_it_may(case: str) -> None:
    raw, body, reused = FRAMINGS[case]

    async def handler(request: bytes, reader: Any, writer: asyncio.StreamWriter, number: int) -> None:
        if raw is None:
            writer.write(b"HTTP/1.1 200 OK\r\n\r\n" + body)
            await writer.drain()
            writer.close()
        else:
            writer.write(raw)
            await writer.drain()

    async with serve(handler) as server, client(backend()) as http:
        with anyio_guard():
            first = await http.get(server.url + "/one")
            second = await http.get(server.url + "/two")
    assert (first.content, second.content) == (body, body)
    assert server.connections == (1 if reused else 2)


async def test_a_head_answer_has_no_body_even_with_a_content_length() -> None:
    head = b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n"
    async with serve(answering(head)) as server, client(backend()) as http:
        with anyio_guard():
            heads = [await http.head(server.url) for _ in range(3)]
    assert [r.content for r in heads] == [b""] * 3
    assert heads[0].headers["content-length"] == "1000"
    assert server.connections == 1


async def test_a_connection_the_server_closed_while_idle_is_not_reused() -> None:
    async def answer_then_close_later(
        request: bytes, reader: Any, writer: asyncio.StreamWriter, n: int
    ) -> None:
        writer.write(answer(b"ok"))  # says nothing of closing: keep-alive
        await writer.drain()
        await asyncio.sleep(0.05)
        writer.close()

    async with serve(answer_then_close_later) as server, client(backend()) as http:
        with anyio_guard():
            for _ in range(3):
                assert (await http.get(server.url)).content == b"ok"
                await asyncio.sleep(0.2)  # the server closed it meanwhile
    assert server.connections == 3  # never an error: each closed connection was noticed before reuse


async def test_a_connection_the_server_closed_just_now_is_not_reused_either() -> None:
    # the close arrives right behind the answer: the event loop may not have seen it yet when the next
    # request starts, so the pool looks at the socket itself before reusing it
    async with serve(answering(answer(b"ok"), close=True)) as server, client(backend()) as http:
        with anyio_guard():
            for _ in range(20):
                assert (await http.get(server.url)).content == b"ok"
                await asyncio.sleep(0.005)
    assert server.connections == 20


async def test_keep_alive_expiry_closes_old_idle_connections() -> None:
    async with serve(answering(answer(b"ok"))) as server, client(backend(keepalive_expiry=0.05)) as http:
        with anyio_guard():
            await http.get(server.url)
            await http.get(server.url)
            await asyncio.sleep(0.2)
            await http.get(server.url)
    assert server.connections == 2


# ---------------------------------------------------------------- the pool


async def test_connections_never_exceed_max_connections_and_requests_wait_for_one() -> None:
    in_flight, most = 0, 0

    async def slow(request: bytes, reader: Any, writer: asyncio.StreamWriter, number: int) -> None:
        nonlocal in_flight, most
        in_flight += 1
        most = max(most, in_flight)
        await asyncio.sleep(0.02)
        in_flight -= 1
        writer.write(answer(b"ok"))
        await writer.drain()

    async with serve(slow) as server, client(backend(max_connections=3)) as http:
        with anyio_guard():
            answers = await asyncio.gather(*(http.get(server.url) for _ in range(20)))
    assert [a.content for a in answers] == [b"ok"] * 20
    assert (server.connections, most) == (3, 3)


async def test_waiting_longer_than_the_pool_timeout_is_a_pool_timeout() -> None:
    release = asyncio.Event()

    async def held(request: bytes, reader: Any, writer: asyncio.StreamWriter, number: int) -> None:
        await release.wait()
        writer.write(answer(b"ok"))
        await writer.drain()

    async with serve(held) as server, client(backend(max_connections=1)) as http:
        with anyio_guard():
            first = asyncio.ensure_future(http.get(server.url))
            await asyncio.sleep(0.05)
            with pytest.raises(httpx.PoolTimeout):
                await http.get(server.url, timeout=httpx.Timeout(5.0, pool=0.1))
            release.set()
            assert (await first).content == b"ok"
            assert (await http.get(server.url)).content == b"ok"  # the one connection, free again
    assert server.connections == 1


async def test_a_cancelled_waiter_passes_its_turn_on() -> None:
    release = asyncio.Event()

    async def held(request: bytes, reader: Any, writer: asyncio.StreamWriter, number: int) -> None:
        await release.wait()
        writer.write(answer(b"ok"))
        await writer.drain()

    async with serve(held) as server, client(backend(max_connections=1)) as http:
        with anyio_guard():
            first = asyncio.ensure_future(http.get(server.url))
            await asyncio.sleep(0.02)
            waiting = [asyncio.ensure_future(http.get(server.url)) for _ in range(3)]
            await asyncio.sleep(0.02)
            waiting[0].cancel()
            release.set()
            results = await asyncio.gather(first, *waiting[1:])
    assert [r.content for r in results] == [b"ok"] * 3


# ---------------------------------------------------------------- timeouts and honest errors


async def test_a_refused_connection_is_a_connect_error() -> None:
    async with serve(answering(answer())) as server:
        url = server.url
    async with client(backend()) as http:
        with anyio_guard(), pytest.raises(httpx.ConnectError):
            await http.get(url)


async def test_a_connection_that_cannot_be_made_in_time_is_a_connect_timeout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async def never(*args: Any, **kwargs: Any) -> Any:
        await asyncio.sleep(3600)

    transport = backend(max_connections=1)
    async with client(transport) as http:
        monkeypatch.setattr(asyncio.get_running_loop(), "create_connection", never)
        with anyio_guard():
            with pytest.raises(httpx.ConnectTimeout):
                await http.get("http://127.0.0.1:9/", timeout=httpx.Timeout(5.0, connect=0.1))
            with pytest.raises(httpx.ConnectTimeout):  # the one place was given back
                await http.get("http://127.0.0.1:9/", timeout=httpx.Timeout(5.0, connect=0.1, pool=0.1))


async def test_no_answer_in_time_is_a_read_timeout_and_the_connection_is_dropped() -> None:
    async def never(request: bytes, reader: Any, writer: asyncio.StreamWriter, number: int) -> None:
        await asyncio.sleep(3600)

    transport = backend()
    async with serve(never) as server, client(transport) as http:
        with anyio_guard(), pytest.raises(httpx.ReadTimeout):
            await http.get(server.url, timeout=0.1)
        assert (transport._open, transport._idle) == (set(), [])


async def test_a_server_that_does_not_read_the_request_is_a_write_timeout() -> None:
    async def never_reads(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(3600)

    listener = await asyncio.start_server(never_reads, "127.0.0.1", 0)
    port = listener.sockets[0].getsockname()[1]
    try:
        async with client(backend()) as http:
            with anyio_guard(), pytest.raises(httpx.WriteTimeout):
                await http.post(f"http://127.0.0.1:{port}/", content=b"x" * 2**26, timeout=0.2)
    finally:
        listener.close()


DROPS: dict[str, tuple[bytes, type[httpx.TransportError]]] = {
    "no answer at all": (b"", httpx.RemoteProtocolError),
    "half a head": (b"HTTP/1.1 200 OK\r\nContent-Le", httpx.RemoteProtocolError),
    "a cut-off body": (b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc", httpx.RemoteProtocolError),
    "a cut-off chunked body": (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab",
        httpx.RemoteProtocolError,
    ),
}


@pytest.mark.parametrize("case", DROPS, ids=list(DROPS))
async def test_a_connection_dropped_after_the_request_is_a_maybe_sent_error(case: str) -> None:
    raw, error = DROPS[case]
    async with serve(answering(raw, close=True)) as server, client(backend()) as http:
        with anyio_guard(), pytest.raises(error) as caught:
            await http.get(server.url)
    # ClickSendTransport reads these as "may have reached ClickSend" (never ConnectError/ConnectTimeout)
    assert not isinstance(caught.value, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))
    assert len(server.requests) == 1


async def test_a_reset_after_the_request_is_a_read_error() -> None:
    async def reset(request: bytes, reader: Any, writer: asyncio.StreamWriter, number: int) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc")
        await writer.drain()
        sock = writer.get_extra_info("socket")
        import socket
        import struct

        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # close = RST
        writer.transport.abort()

    async with serve(reset) as server, client(backend()) as http:
        with anyio_guard(), pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
            await http.get(server.url)


# ---------------------------------------------------------------- streaming, closing, cancelling


async def test_a_large_body_streams_in_bounded_pieces_while_the_reader_is_slow() -> None:
    size = 8 * 2**20

    async def large(request: bytes, reader: Any, writer: asyncio.StreamWriter, number: int) -> None:
        writer.write(f"HTTP/1.1 200 OK\r\nContent-Length: {size}\r\n\r\n".encode())
        for _ in range(size // 2**16):
            writer.write(b"x" * 2**16)
            await writer.drain()

    transport = backend()
    async with serve(large) as server, client(transport) as http:
        with anyio_guard():
            async with http.stream("GET", server.url) as response:
                pieces = []
                paused = False
                async for piece in response.aiter_raw():
                    pieces.append(len(piece))
                    await asyncio.sleep(0.001)  # a slow reader: the server gets ahead
                    paused = paused or any(c.reading_paused for c in transport._open)
            again = await http.get(server.url)
    assert sum(pieces) == size == len(again.content)
    assert paused  # reading stopped while the buffer was full ...
    assert max(pieces) <= _HIGH_WATER + 2**18  # ... so no piece is much larger than the high-water mark
    assert server.connections == 1  # read to the end: the connection went back to the pool


async def test_closing_an_answer_not_fully_read_drops_its_connection() -> None:
    body = b"x" * 2**20

    async with serve(answering(answer(body))) as server, client(backend()) as http:
        with anyio_guard():
            async with http.stream("GET", server.url) as response:
                async for _ in response.aiter_raw():
                    break
            assert (await http.get(server.url)).content == body
    assert server.connections == 2


async def test_a_request_cancelled_mid_answer_never_leaves_its_connection_in_the_pool() -> None:
    async def half(request: bytes, reader: Any, writer: asyncio.StreamWriter, number: int) -> None:
        if len(server.requests) == 1:
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc")
            await writer.drain()
            await asyncio.sleep(0.1)
            writer.write(b"defghij")  # the rest, late: it must not be read as the next answer
        writer.write(answer(b"second"))
        await writer.drain()

    transport = backend()
    async with serve(half) as server, client(transport) as http:
        with anyio_guard():
            task = asyncio.ensure_future(http.get(server.url))
            await asyncio.sleep(0.05)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert (transport._open, transport._idle) == (set(), [])
            assert (await http.get(server.url)).content == b"second"
    assert server.connections == 2


async def test_aclose_closes_every_connection() -> None:
    release = asyncio.Event()

    async def some_slow(request: bytes, reader: Any, writer: asyncio.StreamWriter, number: int) -> None:
        if b"/slow" in request:
            await release.wait()
        writer.write(answer(b"ok"))
        await writer.drain()

    transport = backend()
    async with serve(some_slow) as server:
        http = client(transport)
        with anyio_guard():
            await asyncio.gather(*(http.get(server.url) for _ in range(3)))
            slow = asyncio.ensure_future(http.get(server.url + "/slow"))
            await asyncio.sleep(0.05)
            assert len(transport._open) >= 2
            await http.aclose()
            assert (transport._open, transport._idle) == (set(), [])
            with pytest.raises(httpx.TransportError):
                await slow
            release.set()
            for _ in range(100):
                if server.closed + 1 >= server.connections:
                    break
                await asyncio.sleep(0.01)
    assert server.closed + 1 >= server.connections  # every idle one saw the close (the slow one was busy)


# ---------------------------------------------------------------- the request side


async def test_a_streamed_request_body_is_sent_chunked() -> None:
    async def parts() -> AsyncIterator[bytes]:
        for part in (b"one ", b"", b"two"):
            yield part

    async with serve(answering(answer(b"ok"))) as server, client(backend()) as http:
        with anyio_guard():
            await http.post(server.url, content=parts())
    assert server.requests[0].endswith(b"\r\n\r\none two")
    assert b"transfer-encoding: chunked" in server.requests[0].lower()


async def test_a_header_with_a_line_break_is_refused_before_anything_is_sent() -> None:
    async with serve(answering(answer(b"ok"))) as server, client(backend()) as http:
        with anyio_guard(), pytest.raises(httpx.LocalProtocolError):
            await http.get(server.url, headers={"X-Evil": "a\r\nInjected: 1"})
    assert server.requests == []


async def test_an_unsupported_scheme_is_refused() -> None:
    with pytest.raises(httpx.UnsupportedProtocol):
        await backend().handle_async_request(httpx.Request("GET", "ftp://127.0.0.1/"))


# ---------------------------------------------------------------- TLS


async def test_https_is_verified_as_httpx_verifies_it(monkeypatch: pytest.MonkeyPatch) -> None:
    async with (
        serve(answering(answer(b"secure")), tls=True) as server,
        serve(answering(answer(b"secure")), tls=True, host="127.0.0.2") as other,  # not in the certificate
    ):
        async with client(backend()) as http:  # the test CA is not trusted by default
            with anyio_guard(), pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
                await http.get(server.url)
        monkeypatch.setenv("SSL_CERT_FILE", str(TLS / "ca.pem"))  # what httpx's own default reads too
        async with client(backend()) as http:
            with anyio_guard():
                answers = [await http.get(server.url) for _ in range(3)]
            with anyio_guard(), pytest.raises(httpx.ConnectError, match="mismatch"):
                await http.get(other.url)
    assert [a.content for a in answers] == [b"secure"] * 3
    assert server.connections == 1  # kept alive (a failed handshake never reaches the handler)
    assert other.requests == []


# ---------------------------------------------------------------- hostile answers


HOSTILE: dict[str, bytes] = {
    "not HTTP": b"SSH-2.0-OpenSSH_9.6\r\n\r\n",
    "HTTP/2 preface": b"HTTP/2 200\r\n\r\n",
    "status not a number": b"HTTP/1.1 2xx OK\r\nContent-Length: 0\r\n\r\n",
    "status of two digits": b"HTTP/1.1 20 OK\r\nContent-Length: 0\r\n\r\n",
    "header without a colon": b"HTTP/1.1 200 OK\r\nContent-Length 0\r\n\r\n",
    "folded header": b"HTTP/1.1 200 OK\r\nX-A: 1\r\n continued\r\nContent-Length: 0\r\n\r\n",
    "space before the colon": b"HTTP/1.1 200 OK\r\nContent-Length : 0\r\n\r\n",
    "bare LF in a value": b"HTTP/1.1 200 OK\r\nX-A: 1\nContent-Length: 0\r\n\r\n",
    "negative length": b"HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n",
    "two lengths": b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
    "length not a number": b"HTTP/1.1 200 OK\r\nContent-Length: 0x10\r\n\r\n",
    "gzip transfer coding": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n",
    "chunk size not hex": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
    "chunk without CRLF": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nokXX0\r\n\r\n",
    "huge chunk size": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + b"f" * 40 + b"\r\n",
    "endless chunk-size line": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1" + b"0" * 10_000,
    "endless head": b"HTTP/1.1 200 OK\r\n" + b"X-A: " + b"a" * (MAX_HEAD + 10),
    "endless trailers": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n" + b"X: y\r\n" * 2000,
    "101 unasked": b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n",
    "endless 100 Continue": b"HTTP/1.1 100 Continue\r\n\r\n" * 20,
}


@pytest.mark.parametrize("case", HOSTILE, ids=list(HOSTILE))
async def test_malformed_answers_are_remote_protocol_errors(case: str) -> None:
    async with serve(answering(HOSTILE[case])) as server, client(backend(), timeout=2.0) as http:
        with anyio_guard(), pytest.raises(httpx.RemoteProtocolError):
            await http.get(server.url)


async def test_a_trickled_head_ends_at_the_read_timeout_of_a_silence_not_never() -> None:
    async def slowloris(request: bytes, reader: Any, writer: asyncio.StreamWriter, number: int) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\n")
        for _ in range(100):
            writer.write(b"X: y\r\n")
            await writer.drain()
            await asyncio.sleep(0.01)
        await asyncio.sleep(3600)

    async with serve(slowloris) as server, client(backend()) as http:
        with anyio_guard(), pytest.raises(httpx.ReadTimeout):
            await http.get(server.url, timeout=0.3)


def _chunked(body: bytes, sizes: list[int]) -> bytes:
    out, at = b"", 0
    for size in sizes:
        piece = body[at : at + size]
        if not piece:
            break
        out += b"%x\r\n%s\r\n" % (len(piece), piece)
        at += len(piece)
    if at < len(body):
        out += b"%x\r\n%s\r\n" % (len(body) - at, body[at:])
    return out + b"0\r\n\r\n"


def _split(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(data) + 1) for c in cuts})
    return [data[a:b] for a, b in zip([0, *points], [*points, len(data)], strict=True) if data[a:b]]


def _run(scenario: Callable[[], Awaitable[Any]]) -> Any:
    return asyncio.run(asyncio.wait_for(scenario(), GUARD))


answers = st.tuples(
    st.binary(max_size=3000),
    st.sampled_from(["length", "chunked", "close"]),
    st.lists(st.integers(1, 700), max_size=6),  # chunk sizes
    st.lists(st.integers(0, 10_000), max_size=8),  # where the bytes are split across writes
)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(exchanges=st.lists(answers, min_size=1, max_size=3))
def test_any_split_of_any_framing_reads_the_same_bodies(anyio_backend: str, exchanges: list[Any]) -> None:
    wire = []
    for body, framing, sizes, cuts in exchanges:
        if framing == "length":
            raw = answer(body)
        elif framing == "chunked":
            raw = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + _chunked(body, sizes)
        else:
            raw = b"HTTP/1.1 200 OK\r\n\r\n" + body
        wire.append((_split(raw, cuts), framing == "close"))

    served = [0]  # requests answered, over every connection (a close-delimited answer ends its own)

    async def handler(request: bytes, reader: Any, writer: asyncio.StreamWriter, number: int) -> None:
        pieces, close = wire[served[0]]
        served[0] += 1
        for piece in pieces:
            writer.write(piece)
            await writer.drain()
            await asyncio.sleep(0)
        if close:
            writer.close()

    async def run() -> list[bytes]:
        async with serve(handler) as server, client(backend()) as http:
            return [(await http.get(server.url)).content for _ in exchanges]

    assert _run(run) == [body for body, *_ in exchanges]


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    base=st.sampled_from(list(FRAMINGS.values())[:4] + [(v, b"", False) for v in HOSTILE.values()]),
    edits=st.lists(st.tuples(st.integers(0, 400), st.binary(min_size=0, max_size=4)), max_size=4),
    cuts=st.lists(st.integers(0, 400), max_size=5),
)
def test_any_mangled_answer_is_an_answer_or_a_typed_error_never_a_hang(
    anyio_backend: str, base: Any, edits: list[tuple[int, bytes]], cuts: list[int]
) -> None:
    raw = bytearray(base[0])
    for at, replacement in edits:
        at %= len(raw) + 1
        raw[at : at + len(replacement)] = replacement
    pieces = _split(bytes(raw), cuts)

    async def handler(request: bytes, reader: Any, writer: asyncio.StreamWriter, number: int) -> None:
        for piece in pieces:
            writer.write(piece)
            await writer.drain()
            await asyncio.sleep(0)
        writer.close()  # whatever was sent, the connection ends

    async def run() -> None:
        async with serve(handler) as server, client(backend(), timeout=2.0) as http:
            try:
                response = await http.get(server.url)
            except httpx.TransportError as exc:
                failed: httpx.TransportError | None = exc
            else:
                failed = None
                assert 100 <= response.status_code <= 999
            # the request went out: never an error that reads as "never sent"
            assert not isinstance(failed, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))

    _run(run)


class anyio_guard:
    """Fail instead of hanging: cancels the test's task after GUARD seconds."""

    def __enter__(self) -> None:
        self._handle = asyncio.get_running_loop().call_later(GUARD, asyncio.current_task().cancel)  # type: ignore[union-attr]

    def __exit__(self, *exc: object) -> None:
        self._handle.cancel()
