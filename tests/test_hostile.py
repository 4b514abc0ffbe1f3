"""Hostile answers: whatever a server (or something pretending to be one) sends back, ``call``, ``paginate``
and ``send_sms`` end with a typed ``ClickSendError`` -- or, for a send, an outcome per message -- within the
timeout; never a hang, a raw httpx/json exception, or messages reported as not sent that may have gone out.

Bodies come from pytest-httpx; what needs a real socket (no answer, a trickle, 50 MB, a cut-off body)
comes from a tiny raw HTTP server on loopback.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import anyio
import anyio.abc
import httpx
import pytest
from pytest_httpx import HTTPXMock

from clicksend_async import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    ClickSend,
    ClickSendError,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
)
from clicksend_async._transport import Backoff
from tests.loopback import Behaviour, raw_server

BASE = "https://rest.clicksend.com/v3"
HANG_GUARD = (
    20  # seconds: only there to turn a hang into a failure; the client's own timeouts are far shorter
)

ONE = [{"to": "+61411111111", "body": "hostile"}, {"to": "+61411111112", "body": "hostile"}]


def make_client(**kwargs: Any) -> ClickSend:
    kwargs.setdefault("max_retries", 0)
    kwargs.setdefault("backoff", Backoff(base=0.001, cap=0.001))
    return ClickSend("user", "a-long-enough-api-key", **kwargs)


async def outcomes_of_call(cs: ClickSend) -> dict[str, Any]:
    """What call, paginate and send_sms each end with: an exception, or the send's statuses."""
    ended: dict[str, Any] = {}
    with anyio.fail_after(HANG_GUARD):
        for name, run in (
            ("call", lambda: cs.call("get_account")),
            ("paginate", lambda: _drain(cs.paginate("list_sms_history"))),
        ):
            try:
                ended[name] = await run()
            except ClickSendError as exc:
                ended[name] = exc
        report = await cs.send_sms(ONE)
    assert [o.index for o in report.outcomes] == [0, 1]
    assert all(o.error and o.custom_string for o in report.outcomes)
    ended["send"] = {o.status for o in report.outcomes}
    return ended


async def _drain(records: AsyncIterator[Any]) -> list[Any]:
    return [r async for r in records]


# ---------------------------------------------------------------- bodies (pytest-httpx)

JSON = {"content-type": "application/json"}
HOSTILE_BODIES = {
    # name: (status, body, headers, the error call/paginate raise, the status send reports)
    "html error page 500": (500, b"<html><h1>502 Bad Gateway</h1></html>", {}, ServerError, "unconfirmed"),
    "html error page 401": (401, b"<html>Unauthorized</html>", {}, AuthenticationError, "failed"),
    "html 429 page": (429, b"<html>slow down</html>", {"retry-after": "0"}, RateLimitError, "failed"),
    "html page with 200": (200, b"<html>maintenance</html>", {}, UnexpectedResponseError, "unconfirmed"),
    "truncated json": (
        200,
        b'{"http_code": 200, "data": {"user_id": 1',
        JSON,
        UnexpectedResponseError,
        "unconfirmed",
    ),
    "invalid utf-8": (
        200,
        b'{"data": {"username": "\xff\xfe"}}',
        JSON,
        UnexpectedResponseError,
        "unconfirmed",
    ),
    "empty body": (200, b"", JSON, UnexpectedResponseError, "unconfirmed"),
    "json null": (200, b"null", JSON, UnexpectedResponseError, "unconfirmed"),
    "json list": (200, b"[1, 2, 3]", JSON, UnexpectedResponseError, "unconfirmed"),
    "json string": (200, b'"SUCCESS"', JSON, UnexpectedResponseError, "unconfirmed"),
    "undeclared 2xx status": (299, b"{}", JSON, UnexpectedResponseError, "unconfirmed"),
    "status above 599": (600, b"{}", JSON, ServerError, "unconfirmed"),
}


@pytest.mark.anyio
@pytest.mark.parametrize("case", HOSTILE_BODIES, ids=list(HOSTILE_BODIES))
async def test_hostile_bodies_give_typed_errors_and_honest_send_outcomes(
    case: str, httpx_mock: HTTPXMock
) -> None:
    status, body, headers, error, send_status = HOSTILE_BODIES[case]
    httpx_mock.add_response(status_code=status, content=body, headers=headers, is_reusable=True)
    async with make_client() as cs:
        ended = await outcomes_of_call(cs)
    assert type(ended["call"]) is error
    assert type(ended["paginate"]) is error
    assert ended["call"].status_code == status
    assert ended["send"] == {send_status}


ENVELOPES = {
    "no data": {"http_code": 200, "response_code": "SUCCESS"},
    "data of the wrong type": {"http_code": 200, "data": "all good"},
    "data an object without records or results": {"http_code": 200, "data": {"total": 3, "last_page": 1}},
    "records not a list": {"data": {"data": {"0": {}}, "messages": {"0": {}}, "last_page": 1}},
}


@pytest.mark.anyio
@pytest.mark.parametrize("case", ENVELOPES, ids=list(ENVELOPES))
async def test_missing_envelope_fields_never_read_as_an_empty_list_or_as_not_sent(
    case: str, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=ENVELOPES[case], is_reusable=True)
    async with make_client() as cs:
        ended = await outcomes_of_call(cs)
    assert isinstance(ended["paginate"], UnexpectedResponseError)  # not a silent, empty iteration
    assert "page=1" in str(ended["paginate"])
    assert ended["send"] == {"unconfirmed"}  # ClickSend answered 200: they may have gone out


@pytest.mark.anyio
async def test_a_page_of_the_wrong_shape_half_way_stops_with_an_error_not_a_short_list(
    httpx_mock: HTTPXMock,
) -> None:
    def pages(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params["page"])
        rows = [{"message_id": f"{number}-{i}"} for i in range(15)]
        page: Any = {"current_page": number, "last_page": 4, "per_page": 15, "data": rows}
        if number == 3:
            page = {"current_page": 3, "last_page": 4}  # the records are missing
        return httpx.Response(200, json={"http_code": 200, "data": page})

    httpx_mock.add_callback(pages, is_reusable=True)
    seen: list[str] = []

    async def read(cs: ClickSend) -> None:
        async for record in cs.paginate("list_sms_history", limit=15, read_ahead=1):
            seen.append(record.message_id)

    async with make_client() as cs:
        with pytest.raises(UnexpectedResponseError, match="page=3"):
            await read(cs)
    assert len(seen) == 30


@pytest.mark.anyio
async def test_per_message_results_of_the_wrong_type_are_unconfirmed_not_rejected(
    httpx_mock: HTTPXMock,
) -> None:
    results = [
        {"custom_string": "a", "status": "SUCCESS", "message_id": "m1"},
        {"custom_string": "b", "status": None},  # no status: unknown, not refused
        {"custom_string": "c", "status": 7},
    ]  # and nothing at all for "d"
    httpx_mock.add_response(json={"http_code": 200, "data": {"messages": results}})
    httpx_mock.add_response(json={"http_code": 200, "data": {"messages": [*results, "garbage"]}})
    messages = [dict(ONE[0], custom_string=c) for c in "abcd"]
    async with make_client() as cs:
        report = await cs.send_sms(messages)
        unreadable = await cs.send_sms(messages)
    assert [o.status for o in report.outcomes] == ["sent", "unconfirmed", "unconfirmed", "unconfirmed"]
    assert report.outcomes[0].message_id == "m1"
    assert "no status" in (report.outcomes[1].error or "")
    # an entry that is not even an object stands for nothing: only "a" is known to have gone out
    assert [o.status for o in unreadable.outcomes] == ["sent", "unconfirmed", "unconfirmed", "unconfirmed"]


@pytest.mark.anyio
async def test_an_answer_larger_than_the_cap_is_refused(httpx_mock: HTTPXMock) -> None:
    huge = b'{"data": {"username": "' + b"x" * (2 * 2**20) + b'"}}'
    httpx_mock.add_response(content=huge, headers=JSON, is_reusable=True)
    async with make_client(max_response_bytes=2**20) as cs:
        ended = await outcomes_of_call(cs)
    assert isinstance(ended["call"], UnexpectedResponseError)
    assert "max_response_bytes" in str(ended["call"])
    assert ended["send"] == {"unconfirmed"}


# ---------------------------------------------------------------- real sockets (raw loopback server)


async def never_answers(stream: anyio.abc.SocketStream) -> None:
    await anyio.sleep_forever()


async def trickles(stream: anyio.abc.SocketStream) -> None:
    await stream.send(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n")
    while True:  # a byte at a time, each well inside the read timeout
        await stream.send(b" ")
        await anyio.sleep(0.02)


async def fifty_megabytes(stream: anyio.abc.SocketStream) -> None:
    await stream.send(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n")
    chunk = b" " * 2**16
    for _ in range(50 * 16):
        await stream.send(chunk)


async def declares_fifty_megabytes(stream: anyio.abc.SocketStream) -> None:
    await stream.send(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 52428800\r\n\r\n"
    )
    await anyio.sleep_forever()


async def cut_off(stream: anyio.abc.SocketStream) -> None:
    await stream.send(b'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"da')


SOCKET_CASES: dict[str, tuple[Behaviour, type[ClickSendError]]] = {
    "never answers": (never_answers, APITimeoutError),
    "trickles a byte at a time": (trickles, APITimeoutError),
    "streams 50 MB": (fifty_megabytes, UnexpectedResponseError),
    "declares 50 MB": (declares_fifty_megabytes, UnexpectedResponseError),
    "cuts the body off": (cut_off, APIConnectionError),
}


@pytest.mark.anyio
@pytest.mark.parametrize("case", SOCKET_CASES, ids=list(SOCKET_CASES))
async def test_hostile_servers_give_typed_errors_within_the_timeout(case: str, http_backend: str) -> None:
    behaviour, error = SOCKET_CASES[case]
    async with (
        raw_server(behaviour) as (base_url, requests),
        # a 1 MiB cap: the 50 MB cases trip it long before the 0.3 s read deadline, even on a loaded machine
        make_client(
            base_url=base_url, timeout=0.3, max_response_bytes=2**20, http_backend=http_backend
        ) as cs,
    ):
        ended = await outcomes_of_call(cs)
    assert type(ended["call"]) is error
    assert type(ended["paginate"]) is error
    if isinstance(ended["call"], APIConnectionError):
        assert ended["call"].request_sent
    # the request reached the server and no usable answer came back: may have gone out
    assert ended["send"] == {"unconfirmed"}
    assert len(requests) == 3  # nothing was repeated: one request each for call, paginate, send


@pytest.mark.anyio
async def test_an_idempotent_read_is_retried_after_no_answer_then_fails_typed(http_backend: str) -> None:
    async with (
        raw_server(never_answers) as (base_url, requests),
        make_client(base_url=base_url, timeout=0.2, max_retries=2, http_backend=http_backend) as cs,
    ):
        with anyio.fail_after(HANG_GUARD), pytest.raises(APITimeoutError) as caught:
            await cs.call("get_account")
    assert caught.value.request_sent
    assert len(requests) == 3


@pytest.mark.anyio
async def test_a_read_whose_answer_is_cut_off_is_retried_and_a_send_is_not(http_backend: str) -> None:
    answers = [cut_off]

    async def cut_then_answer(stream: anyio.abc.SocketStream) -> None:
        if answers:
            await answers.pop()(stream)
            return
        body = b'{"http_code": 200, "response_code": "SUCCESS", "data": {"user_id": 42}}'
        head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
        await stream.send(head.encode() + body)

    async with (
        raw_server(cut_then_answer) as (base_url, requests),
        make_client(base_url=base_url, max_retries=1, http_backend=http_backend) as cs,
    ):
        with anyio.fail_after(HANG_GUARD):
            account = await cs.call("get_account")
            assert (account.user_id, len(requests)) == (42, 2)
            answers.append(cut_off)
            report = await cs.send_sms(ONE)
    assert [o.status for o in report.outcomes] == ["unconfirmed", "unconfirmed"]
    assert len(requests) == 3  # the send was not repeated
