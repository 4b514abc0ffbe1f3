"""The transport layer on every HTTP backend (``http_backend="httpx"``, ``"aiohttp"``, ``"asyncio"``), over real
loopback sockets: retries, timeouts, connection limits, redaction; and the clear errors where aiohttp and
asyncio cannot work. (The asyncio backend's own HTTP/1.1 is tested hard in test_asyncio_http.)

(Answer-size limits, trickling and cut-off answers are in test_hostile, redirects in test_security, faults
under load in test_faults: those take ``http_backend`` too.)
"""

from __future__ import annotations

import json
import logging
import sys
from typing import Any

import anyio
import anyio.abc
import pytest

from clicksend_async import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    ClickSend,
    ConfigurationError,
    ServerError,
)
from clicksend_async._transport import Backoff
from tests.loopback import answering, http_answer, raw_server

pytestmark = pytest.mark.anyio

KEY = "a-long-enough-api-key-0123456789"
GUARD = 20  # seconds: turns a hang into a failure; the client's own timeouts are far shorter
ONE = [{"to": "+61411111111", "body": "hi"}]
ACCOUNT = json.dumps({"http_code": 200, "response_code": "SUCCESS", "data": {"user_id": 42}}).encode()
SENT = json.dumps(
    {
        "http_code": 200,
        "response_code": "SUCCESS",
        "data": {"messages": [{"to": "+61411111111", "status": "SUCCESS", "message_id": "m-1"}]},
    }
).encode()


def client(base_url: str, http_backend: str, **kwargs: Any) -> ClickSend:
    kwargs.setdefault("max_retries", 2)
    kwargs.setdefault("backoff", Backoff(base=0.001, cap=0.001))
    return ClickSend("user", KEY, base_url=base_url, http_backend=http_backend, **kwargs)  # type: ignore[arg-type]


async def test_429_is_retried_after_the_servers_retry_after(http_backend: str) -> None:
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    behaviour = answering(http_answer(429, b"{}", {"Retry-After": "2"}), http_answer(200, ACCOUNT))
    async with (
        raw_server(behaviour) as (base_url, requests),
        client(base_url, http_backend, sleep=sleep, backoff=Backoff(cap=30)) as cs,
    ):
        with anyio.fail_after(GUARD):
            account = await cs.call("get_account")
    assert (account.user_id, len(requests), slept) == (42, 2, [2.0])


async def test_5xx_is_retried_for_a_read_and_never_for_a_send(http_backend: str) -> None:
    async with (
        raw_server(answering(http_answer(503, b"{}"))) as (base_url, requests),
        client(base_url, http_backend) as cs,
    ):
        with anyio.fail_after(GUARD):
            with pytest.raises(ServerError):
                await cs.call("get_account")
            assert len(requests) == 3  # the first try and max_retries=2 more
            report = await cs.send_sms(ONE)
    assert [o.status for o in report.outcomes] == ["unconfirmed"]
    assert len(requests) == 4  # the send went once


async def test_a_connection_dropped_after_the_request_is_retried_for_a_read_and_never_for_a_send(
    http_backend: str,
) -> None:
    async def drop(stream: anyio.abc.SocketStream) -> None:
        pass  # the request was read; the connection closes without an answer

    async with raw_server(drop) as (base_url, requests), client(base_url, http_backend) as cs:
        with anyio.fail_after(GUARD):
            with pytest.raises(APIConnectionError) as caught:
                await cs.call("get_account")
            assert caught.value.request_sent
            assert len(requests) == 3
            report = await cs.send_sms(ONE)
    assert [o.status for o in report.outcomes] == ["unconfirmed"]  # it may have been delivered
    assert len(requests) == 4


async def test_a_refused_connection_is_retried_and_reported_never_sent(http_backend: str) -> None:
    listener = await anyio.create_tcp_listener(local_host="127.0.0.1", local_port=0)
    port = listener.extra(anyio.abc.SocketAttribute.local_port)
    await listener.aclose()  # nothing listens there now
    async with client(f"http://127.0.0.1:{port}/v3", http_backend) as cs:
        with anyio.fail_after(GUARD):
            with pytest.raises(APIConnectionError) as caught:
                await cs.call("get_account")
            report = await cs.send_sms(ONE)
    assert not caught.value.request_sent
    assert [o.status for o in report.outcomes] == ["failed"]  # it certainly never went out


async def test_a_per_call_timeout_replaces_the_clients_for_that_call(http_backend: str) -> None:
    async def never_answers(stream: anyio.abc.SocketStream) -> None:
        await anyio.sleep_forever()

    async with (
        raw_server(never_answers) as (base_url, requests),
        client(base_url, http_backend, timeout=60, max_retries=0) as cs,
    ):
        with anyio.fail_after(GUARD), pytest.raises(APITimeoutError) as caught:
            await cs.call("get_account", request_timeout=0.2)
    assert caught.value.request_sent
    assert len(requests) == 1


async def test_requests_in_flight_never_exceed_max_concurrency(http_backend: str) -> None:
    in_flight, most = 0, 0

    async def slow(stream: anyio.abc.SocketStream) -> None:
        nonlocal in_flight, most
        in_flight += 1
        most = max(most, in_flight)
        await anyio.sleep(0.05)
        in_flight -= 1
        await stream.send(http_answer(200, SENT))

    messages = [{"to": "+61411111111", "body": f"hi {i}"} for i in range(12)]
    async with (
        raw_server(slow) as (base_url, requests),
        client(base_url, http_backend, max_concurrency=3) as cs,
    ):
        with anyio.fail_after(GUARD):
            report = await cs.send_sms(messages, batch_size=1)
    assert len(requests) == 12
    assert most == 3
    assert report.count == 12


async def test_an_error_answer_echoing_the_key_is_redacted_everywhere(
    http_backend: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="clicksend_async")
    echo = json.dumps({"http_code": 401, "response_code": "UNAUTHORIZED", "response_msg": f"bad key {KEY}"})
    async with (
        raw_server(answering(http_answer(401, echo.encode()))) as (base_url, _),
        client(base_url, http_backend) as cs,
    ):
        with anyio.fail_after(GUARD), pytest.raises(AuthenticationError) as caught:
            await cs.call("get_account")
    assert caught.value.status_code == 401
    assert "<redacted>" in str(caught.value.body)
    assert KEY not in f"{caught.value} {caught.value.body!r} {caught.value.__dict__}"
    assert KEY not in caplog.text
    assert "<redacted>" in caplog.text


# ---------------------------------------------------------------- where aiohttp and asyncio cannot work


@pytest.mark.parametrize("anyio_backend", ["trio"])
@pytest.mark.parametrize("asyncio_only", ["aiohttp", "asyncio"])
async def test_an_asyncio_only_backend_under_trio_is_a_clear_configuration_error_and_sends_nothing(
    asyncio_only: str,
) -> None:
    async with raw_server(answering(http_answer(200, SENT))) as (base_url, requests):
        cs = client(base_url, asyncio_only)
        with pytest.raises(ConfigurationError, match="asyncio only"):
            await cs.call("get_account")
        with pytest.raises(ConfigurationError, match="asyncio only"):
            await cs.send_sms(ONE)
        with pytest.raises(ConfigurationError, match="asyncio only"):
            async with cs:
                pass
    assert requests == []


def test_aiohttp_without_the_extra_installed_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "httpx_aiohttp", None)  # what an install without the extra has
    monkeypatch.delitem(sys.modules, "clicksend_async._aiohttp", raising=False)
    with pytest.raises(ConfigurationError, match=r"pip install 'clicksend-async\[aiohttp\]'"):
        ClickSend("user", KEY, http_backend="aiohttp")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"http_backend": "urllib3"}, "http_backend must be one of httpx, aiohttp, asyncio; got 'urllib3'"),
        ({"http_backend": "aiohttp", "http2": True}, "HTTP/1.1 only"),
        ({"http_backend": "asyncio", "http2": True}, "HTTP/1.1 only"),
        ({"http_backend": "aiohttp", "transport": object()}, "not both"),
        ({"http_backend": "asyncio", "transport": object()}, "not both"),
    ],
)
def test_impossible_backend_settings_are_refused(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message.replace("(", r"\(")):
        ClickSend("user", KEY, **kwargs)


# ---------------------------------------------------------------- what every backend shares


@pytest.mark.parametrize(
    "path",
    ["/account", "/sms/receipts/ab%20c", "/sms/receipts/ab c/ü", "/search/contacts-lists?q=x y", "sms/price"],
)
def test_an_operations_url_is_joined_to_the_base_url_as_httpx_joins_it(path: str) -> None:
    cs = ClickSend("user", KEY, base_url="https://rest.clicksend.com/v3")
    assert cs._connection.url(path) == cs._http._merge_url(path)
    assert cs._connection.url(path) is cs._connection.url(path)  # parsed once


@pytest.mark.anyio
async def test_a_cookie_an_answer_sets_is_kept_and_sent_back(httpx_mock: Any) -> None:
    httpx_mock.add_response(json={"data": {"user_id": 1}}, headers={"Set-Cookie": "lb=node-2; Path=/"})
    httpx_mock.add_response(json={"data": {"user_id": 1}})
    async with ClickSend("user", KEY) as cs:
        await cs.call("get_account")
        await cs.call("get_account")
    first, second = httpx_mock.get_requests()
    assert "cookie" not in first.headers
    assert second.headers["cookie"] == "lb=node-2"
