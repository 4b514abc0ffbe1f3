"""A small HTTP/1.1 server (h11 on anyio sockets) that runs a mock app on a loopback address."""

from __future__ import annotations

import contextlib
import ipaddress
import json
import sys
from collections.abc import Callable
from types import TracebackType
from typing import Any

import anyio
import anyio.abc
import h11

from ._app import Message, MockApp, create_app
from ._config import MockConfig
from ._envelope import error
from ._faults import DroppedConnection

_MAX_READ = 65536


def _loopback(host: str, public: bool = False) -> str:
    """``host`` if it is a loopback address (``localhost`` becomes 127.0.0.1), or any address when
    ``public``; refuse anything else."""
    if host == "localhost":
        return "127.0.0.1"
    if public:
        return host
    try:
        if ipaddress.ip_address(host).is_loopback:
            return host
    except ValueError:
        pass
    raise ValueError(
        f"the mock server only binds loopback addresses (127.0.0.0/8, ::1) unless told public=True, not {host!r}"
    )


class MockServer:
    """``async with MockServer(app) as server:`` serves ``app`` at ``server.base_url`` until the block ends.

    ``app`` is a mock (which also pushes its receipts and replies meanwhile) or any other ASGI 3 app. It
    binds loopback only, unless ``public`` (an IP address the network reaches: whoever reaches it can use
    the app, so a mock's inbox then asks clients that are not on loopback for credentials).
    """

    def __init__(self, app: Any, host: str = "127.0.0.1", port: int = 0, *, public: bool = False) -> None:
        self.app = app
        self.host = _loopback(host, public)
        self.port = port
        self._group: anyio.abc.TaskGroup | None = None
        self._listener: anyio.abc.Listener[anyio.abc.SocketStream] | None = None

    @property
    def base_url(self) -> str:
        prefix = self.app.config.prefix if isinstance(self.app, MockApp) else ""
        return f"{self.root_url}{prefix}"

    @property
    def root_url(self) -> str:
        """``http://host:port`` (a mock's inbox is at ``root_url + "/"``)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    async def __aenter__(self) -> MockServer:
        listener = await anyio.create_tcp_listener(local_host=self.host, local_port=self.port)
        self.port = int(listener.extra(anyio.abc.SocketAttribute.local_port))
        self._listener = listener
        self._group = anyio.create_task_group()
        await self._group.__aenter__()
        self._group.start_soon(listener.serve, self._connection)
        if isinstance(self.app, MockApp):
            self._group.start_soon(self.app.push_forever)
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        assert self._group is not None
        assert self._listener is not None
        self._group.cancel_scope.cancel()
        try:
            # The block's own exception (if any) propagates as it is, not wrapped in an ExceptionGroup.
            await self._group.__aexit__(None, None, None)
        finally:
            await self._listener.aclose()

    async def _connection(self, stream: anyio.abc.SocketStream) -> None:
        async with stream:
            conn = h11.Connection(h11.SERVER)
            try:
                peer = stream.extra(anyio.abc.SocketAttribute.remote_address)
                client = (str(peer[0]), int(peer[1])) if isinstance(peer, tuple) else None
                while await self._exchange(conn, stream, client):
                    conn.start_next_cycle()
            except (h11.ProtocolError, anyio.BrokenResourceError, anyio.ClosedResourceError, OSError):
                return

    async def _exchange(
        self, conn: h11.Connection, stream: anyio.abc.SocketStream, client: tuple[str, int] | None
    ) -> bool:
        """Serve one request; False when the connection must close."""
        event = await _next_event(conn, stream)
        if not isinstance(event, h11.Request):
            return False
        target = event.target.decode("latin-1")
        path, _, query = target.partition("?")
        scope: dict[str, Any] = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": event.http_version.decode(),
            "method": event.method.decode(),
            "scheme": "http",
            "path": path,
            "raw_path": path.encode("latin-1"),
            "query_string": query.encode("latin-1"),
            "root_path": "",
            "headers": [(k.lower(), v) for k, v in event.headers],
            "server": (self.host, self.port),
            "client": client,
        }

        async def receive() -> Message:
            if conn.their_state is not h11.SEND_BODY:
                return {"type": "http.request", "body": b"", "more_body": False}
            got = await _next_event(conn, stream)
            if isinstance(got, h11.Data):
                return {"type": "http.request", "body": bytes(got.data), "more_body": True}
            return {"type": "http.request", "body": b"", "more_body": False}

        started: dict[str, Any] = {}

        async def send(message: Message) -> None:
            if message["type"] == "http.response.start":
                started.update(message)
                return
            if "status" in started:
                response = h11.Response(status_code=started.pop("status"), headers=started.pop("headers", []))
                await stream.send(conn.send(response) or b"")
            if message.get("body"):
                await stream.send(conn.send(h11.Data(data=message["body"])) or b"")
            if not message.get("more_body", False):
                await stream.send(conn.send(h11.EndOfMessage()) or b"")

        try:
            await self.app(scope, receive, send)
        except DroppedConnection:
            return False  # the socket closes without a response
        except Exception as exc:  # a bug in a handler must not take the whole server down
            if conn.our_state is not h11.SEND_RESPONSE:
                return False
            await _answer_500(stream, conn, exc)
            return False
        while conn.their_state is h11.SEND_BODY:
            await _next_event(conn, stream)
        return conn.our_state is h11.DONE and conn.their_state is h11.DONE


async def _answer_500(stream: anyio.abc.SocketStream, conn: h11.Connection, exc: Exception) -> None:
    body = json.dumps(error(500, f"mock ClickSend failed: {exc!r}")).encode()
    headers = [
        ("content-type", "application/json"),
        ("content-length", str(len(body))),
        ("connection", "close"),
    ]
    await stream.send(conn.send(h11.Response(status_code=500, headers=headers)) or b"")
    await stream.send(conn.send(h11.Data(data=body)) or b"")
    await stream.send(conn.send(h11.EndOfMessage()) or b"")


async def _next_event(conn: h11.Connection, stream: anyio.abc.SocketStream) -> Any:
    while True:
        event = conn.next_event()
        if event is not h11.NEED_DATA:
            return event
        try:
            data = await stream.receive(_MAX_READ)
        except (anyio.EndOfStream, anyio.BrokenResourceError, OSError):
            data = b""
        conn.receive_data(data)


def serve(app: Any, host: str = "127.0.0.1", port: int = 0, *, public: bool = False) -> MockServer:
    """Serve ``app`` over real HTTP on a loopback address: ``async with serve(app) as server: ...``.

    ``port=0`` picks a free port (read it from ``server.port`` / ``server.base_url``). Drops close the
    socket for real: before the request body is read, or after the request was processed. ``public``
    allows a non-loopback address (see ``MockServer``).
    """
    return MockServer(app, host, port, public=public)


def run(
    host: str = "127.0.0.1",
    port: int = 8080,
    config: MockConfig | None = None,
    ready: Callable[[MockServer], None] | None = None,
    *,
    public: bool = False,
    ui_port: int | None = None,
) -> None:
    """Serve a fresh mock until interrupted (Ctrl-C); ``ready`` is called once listening (default: print
    the API's URL, then the inbox's). ``ui_port``: the inbox on a port of its own too (0 picks one)."""

    async def main() -> None:
        app = create_app(config)
        async with contextlib.AsyncExitStack() as stack:
            server = await stack.enter_async_context(serve(app, host, port, public=public))
            inbox = server
            if ui_port is not None:
                inbox = await stack.enter_async_context(serve(app.inbox, host, ui_port, public=public))
            if ready is not None:
                ready(server)
            else:
                print(f"mock ClickSend REST v3 listening on {server.base_url}", file=sys.stdout, flush=True)
                print(f"inbox (the messages it received) on {inbox.root_url}/", file=sys.stdout, flush=True)
            await anyio.sleep_forever()

    with contextlib.suppress(KeyboardInterrupt):
        anyio.run(main)
