"""Loopback HTTP 'servers' for the transport tests: real sockets, so both HTTP backends run under them."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

import anyio
import anyio.abc

#: What the server does once it has read a request (answer, hang, drop ...); the connection closes after.
Behaviour = Callable[[anyio.abc.SocketStream], Awaitable[None]]


async def _read_request(stream: anyio.abc.SocketStream) -> None:
    data = b""
    while b"\r\n\r\n" not in data:
        data += await stream.receive()
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    while len(body) < length:
        body += await stream.receive()


@asynccontextmanager
async def raw_server(behaviour: Behaviour) -> AsyncIterator[tuple[str, list[int]]]:
    """A loopback HTTP/1.1 'server' that reads each request and then does ``behaviour``."""
    listener = await anyio.create_tcp_listener(local_host="127.0.0.1", local_port=0)
    port = listener.extra(anyio.abc.SocketAttribute.local_port)
    requests: list[int] = []

    async def handle(stream: anyio.abc.SocketStream) -> None:
        async with stream:
            try:
                await _read_request(stream)
                requests.append(1)
                await behaviour(stream)
            except (anyio.EndOfStream, anyio.BrokenResourceError, anyio.ClosedResourceError, OSError):
                pass

    async with listener, anyio.create_task_group() as tg:
        tg.start_soon(listener.serve, handle)
        yield f"http://127.0.0.1:{port}/v3", requests
        tg.cancel_scope.cancel()


def http_answer(status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> bytes:
    """A whole HTTP/1.1 answer (the connection closes after it)."""
    head = [f"HTTP/1.1 {status} X", f"Content-Length: {len(body)}", "Content-Type: application/json"]
    head += [f"{name}: {value}" for name, value in (headers or {}).items()]
    return ("\r\n".join([*head, "Connection: close", "", ""])).encode() + body


def answering(*answers: bytes) -> Behaviour:
    """Answer the requests with ``answers`` in turn, the last one for every request after."""
    queue = list(answers)

    async def behaviour(stream: anyio.abc.SocketStream) -> None:
        await stream.send(queue.pop(0) if len(queue) > 1 else queue[0])

    return behaviour
