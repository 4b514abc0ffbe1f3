"""Credentials stay secret and stay with ClickSend.

* the API key is in no repr/str of the client, its transport, errors, reports, nor in any log record
  written with ``CLICKSEND_DEBUG=1`` -- also when a server echoes it back in an error answer;
* ``http://`` base URLs are refused unless the host is loopback (the mock, a local proxy) or
  ``allow_http=True``;
* redirects are not followed: a 30x to another host is a typed error and that host receives nothing.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from typing import Any

import anyio
import anyio.abc
import httpx
import pytest
from pytest_httpx import HTTPXMock

from clicksend_async import (
    AuthenticationError,
    ClickSend,
    ClickSendError,
    ConfigurationError,
    UnexpectedResponseError,
    ValidationError,
)
from clicksend_async._transport import Backoff, logger
from clicksend_async.api.account import get_account

SECRET = "9F3A1C2E-5B7D-4E6F-8A9B-SECRET0KEY42"
SECRET_PARTS = (SECRET, SECRET.replace("-", ""), SECRET.lower())


def leaks(text: str) -> bool:
    return any(part in text for part in SECRET_PARTS)


def make_client(**kwargs: Any) -> ClickSend:
    kwargs.setdefault("backoff", Backoff(base=0.0, cap=0.0))
    return ClickSend("acme-user", SECRET, **kwargs)


@pytest.fixture
def debug_logging(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """``CLICKSEND_DEBUG=1`` as a user sets it; the logger's level and handlers are restored afterwards."""
    monkeypatch.setenv("CLICKSEND_DEBUG", "1")
    level, handlers = logger.level, list(logger.handlers)
    yield
    logger.setLevel(level)
    logger.handlers[:] = handlers


ECHOING_401 = {
    "http_code": 401,
    "response_code": "UNAUTHORIZED",
    "response_msg": f"Invalid API key {SECRET} for acme-user",
    "data": {"api_key": SECRET, "echo": f"Basic acme-user:{SECRET}"},
}


def everything_said(exc: BaseException) -> str:
    """Every text an exception carries: message, repr, attributes, and its whole chain."""
    texts: list[str] = []
    seen: BaseException | None = exc
    while seen is not None:
        texts += [str(seen), repr(seen), *(repr(v) for v in vars(seen).values())]
        seen = seen.__cause__ or seen.__context__
    return "\n".join(texts)


# ---------------------------------------------------------------- repr, str, errors, reports, logs


def test_no_repr_or_str_of_the_client_and_its_parts_shows_the_key() -> None:
    cs = make_client()
    parts = [cs, cs.client, cs._http, cs._http._transport, cs._http.auth, cs.actions]
    assert not any(leaks(repr(p)) or leaks(str(p)) for p in parts)
    assert "acme-user" in repr(cs)


@pytest.mark.anyio
async def test_errors_reports_and_debug_logs_never_contain_the_key(
    httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture, debug_logging: None
) -> None:
    # a 401 echoing the key (JSON, then an HTML page), a 200 echoing it, a 500 retried, a send refused
    httpx_mock.add_response(status_code=401, json=ECHOING_401)
    httpx_mock.add_response(status_code=401, html=f"<html>key {SECRET} is not valid</html>")
    httpx_mock.add_response(json={"http_code": 200, "data": {"user_id": 1, "note": f"hello {SECRET}"}})
    httpx_mock.add_response(status_code=503, text=f"overloaded ({SECRET})")
    httpx_mock.add_response(json={"http_code": 200, "data": {"user_id": 2}})
    httpx_mock.add_response(status_code=401, json=ECHOING_401)
    raised: list[ClickSendError] = []
    assert logger.level != logging.DEBUG
    async with make_client(max_retries=1) as cs:
        for _ in range(2):
            with pytest.raises(AuthenticationError) as caught:
                await cs.call("get_account")
            raised.append(caught.value)
        assert (await cs.call("get_account")).user_id == 1
        assert (await cs.call("get_account")).user_id == 2  # after a retried 503
        report = await cs.send_sms([{"to": "+61411111111", "body": f"not the key: {SECRET[:6]}"}])
    assert logger.level == logging.DEBUG  # CLICKSEND_DEBUG turned logging on (caplog only listens)
    assert len(caplog.records) >= 8
    assert "Authorization" in caplog.text or "authorization" in caplog.text
    assert "<redacted>" in caplog.text
    assert not any(leaks(r.getMessage()) for r in caplog.records)
    for exc in raised:
        assert exc.status_code == 401
        assert not leaks(everything_said(exc))
    assert raised[0].response_code == "UNAUTHORIZED"
    assert [o.status for o in report.outcomes] == ["failed"]
    assert not leaks(repr(report))
    assert not leaks(report.summary())
    assert not leaks(repr(report.outcomes))
    assert not leaks(str(report.outcomes[0].error))


@pytest.mark.anyio
async def test_connection_and_validation_errors_never_contain_the_key(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_exception(httpx.ConnectError(f"refused for https://acme-user:{SECRET}@host"))
    async with make_client(max_retries=0) as cs:
        with pytest.raises(ClickSendError) as connection:
            await cs.call("get_account")
        with pytest.raises(ValidationError) as validation:
            await cs.send_sms([{"to": "12345", "body": "x"}])
    assert not leaks(str(connection.value))
    assert not leaks(repr(connection.value))
    assert not leaks(everything_said(validation.value))


def test_configuration_errors_never_contain_the_key() -> None:
    for kwargs in (
        {"base_url": "http://api.example.com/v3"},
        {"max_concurrency": 0},
        {"base_url": "ftp://x"},
    ):
        with pytest.raises(ConfigurationError) as caught:
            make_client(**kwargs)
        assert not leaks(everything_said(caught.value))


# ---------------------------------------------------------------- plain http


@pytest.mark.parametrize(
    "url",
    [
        "http://rest.clicksend.com/v3",
        "http://localhost.evil.example/v3",
        "http://127.0.0.1.nip.io/v3",
        "http://0.0.0.0:8080/v3",
        "http://10.0.0.1/v3",
        "HTTP://rest.clicksend.com/v3",
        "ftp://rest.clicksend.com/v3",
        "rest.clicksend.com/v3",
    ],
)
def test_plain_http_to_anything_but_loopback_is_refused(url: str) -> None:
    with pytest.raises(ConfigurationError):
        make_client(base_url=url)


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:8080/v3", "http://127.9.9.9/v3", "http://localhost:1/v3", "http://[::1]:8080/v3"],
)
def test_plain_http_to_loopback_is_allowed(url: str) -> None:
    assert make_client(base_url=url)._http.base_url.scheme == "http"


def test_plain_http_elsewhere_only_when_explicitly_allowed() -> None:
    assert (
        make_client(base_url="http://mock.internal/v3", allow_http=True)._http.base_url.host
        == "mock.internal"
    )


# ---------------------------------------------------------------- redirects


@asynccontextmanager
async def http_server(host: str, answer: bytes) -> AsyncIterator[tuple[int, list[bytes]]]:
    """A raw loopback HTTP server answering ``answer`` to every request; records each request's head."""
    listener = await anyio.create_tcp_listener(local_host=host, local_port=0)
    heads: list[bytes] = []

    async def handle(stream: anyio.abc.SocketStream) -> None:
        async with stream:
            data = b""
            try:
                while b"\r\n\r\n" not in data:
                    data += await stream.receive()
                heads.append(data.partition(b"\r\n\r\n")[0])
                await stream.send(answer)
            except (anyio.EndOfStream, anyio.BrokenResourceError, OSError):
                pass

    async with listener, anyio.create_task_group() as tg:
        tg.start_soon(listener.serve, handle)
        yield listener.extra(anyio.abc.SocketAttribute.local_port), heads
        tg.cancel_scope.cancel()


@pytest.mark.anyio
@pytest.mark.parametrize("status", [301, 302, 307, 308])
async def test_a_redirect_to_another_host_is_not_followed_and_that_host_gets_nothing(
    status: int, http_backend: str
) -> None:
    ok = b'{"http_code": 200, "data": {"user_id": 7}}'
    other_answer = b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(ok), ok)
    async with http_server("127.0.0.2", other_answer) as (other_port, other_heads):
        location = f"http://127.0.0.2:{other_port}/v3/account"
        redirect = f"HTTP/1.1 {status} Moved\r\nLocation: {location}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        async with (
            http_server("127.0.0.1", redirect.encode()) as (port, heads),
            make_client(
                base_url=f"http://127.0.0.1:{port}/v3", max_retries=0, http_backend=http_backend
            ) as cs,
        ):
            with anyio.fail_after(20):
                with pytest.raises(UnexpectedResponseError, match="redirect") as caught:
                    await cs.call("get_account")
                report = await cs.send_sms([{"to": "+61411111111", "body": "hi"}])
                generated = await get_account.asyncio_detailed(client=cs.client)
    assert caught.value.status_code == status
    assert "127.0.0.2" in str(caught.value)
    # a send answered by a redirect was not handled by ClickSend, but nothing proves it: never "failed"
    assert [o.status for o in report.outcomes] == ["unconfirmed"]
    assert generated.status_code == status  # the generated functions do not follow either
    assert len(heads) == 3
    assert all(b"authorization: basic" in h.lower() for h in heads)  # credentials went to the API host only
    assert other_heads == []
