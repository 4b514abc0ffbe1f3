"""Hostile input: wrong kinds and types, unknown fields, over-long bodies, bad schedules, a million and one
messages from a generator. Each is either a ``ValidationError`` naming the field and value before anything
is sent, or streamed correctly -- never a raw TypeError, an ExceptionGroup, or a request that should not go.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest

from clicksend_async import ClickSend, SendReport, ValidationError
from clicksend_async.mock import MockApp, create_app
from clicksend_async.models import SmsMessageInput

GOOD = {"to": "+61411111111", "body": "hello"}


class Counting(httpx.AsyncBaseTransport):
    """Answers every send with SUCCESS for each message; counts requests and the most in flight at once."""

    def __init__(self) -> None:
        self.requests = 0
        self.in_flight = 0
        self.peak = 0
        self.sizes: list[int] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            await anyio.lowlevel.checkpoint()
            sent = json.loads(request.content)["messages"]
        finally:
            self.in_flight -= 1
        self.sizes.append(len(sent))
        results = [{"custom_string": m["custom_string"], "status": "SUCCESS"} for m in sent]
        return httpx.Response(200, json={"http_code": 200, "data": {"messages": results}})


def client(transport: httpx.AsyncBaseTransport, **kwargs: Any) -> ClickSend:
    return ClickSend("mock-user", "mock-key", transport=transport, **kwargs)


def mock_client(app: MockApp) -> ClickSend:
    transport = httpx.ASGITransport(app=app)
    return ClickSend("mock-user", "mock-key", base_url="http://mock/v3", transport=transport, allow_http=True)


def problems_of(exc: ValidationError) -> set[tuple[int | None, str]]:
    return {(p.index, p.field) for p in exc.problems}


# ---------------------------------------------------------------- the messages argument itself


@pytest.mark.anyio
@pytest.mark.parametrize(
    "messages",
    ["+61411111111", b"bytes", GOOD, None, 42, SmsMessageInput(to="+61411111111", body="one model")],
    ids=["text", "bytes", "one dict", "None", "int", "one model"],
)
async def test_something_that_is_not_a_list_of_messages_is_refused(messages: Any) -> None:
    transport = Counting()
    async with client(transport) as cs:
        with pytest.raises(ValidationError) as caught:
            await cs.send_sms(messages)
    assert problems_of(caught.value) == {(None, "messages")}
    assert transport.requests == 0


@pytest.mark.anyio
async def test_entries_that_are_not_messages_are_problems_with_their_index() -> None:
    entries: list[Any] = [GOOD, None, ["+61411111111", "hi"], 7, SmsMessageInput(to="+61411111112", body="m")]
    transport = Counting()
    async with client(transport) as cs:
        with pytest.raises(ValidationError) as caught:
            await cs.send_sms(entries)
        assert transport.requests == 0
        report = await cs.send_sms(entries, invalid="skip")
    assert problems_of(caught.value) == {(1, "message"), (2, "message"), (3, "message")}
    assert "NoneType" in str(caught.value)
    assert [o.status for o in report.outcomes] == ["sent", "invalid", "invalid", "invalid", "sent"]
    assert transport.sizes == [2]


# ---------------------------------------------------------------- fields

BAD_FIELDS: list[tuple[str, Any]] = [
    ("to", 61411111111),
    ("to", ["+61411111111"]),
    ("body", None),
    ("body", 12345),
    ("body", {"text": "hi"}),
    ("from", True),
    ("custom_string", 5),
    ("list_id", "first list"),
    ("list_id", 1.5),
    ("country", ["AU"]),
    ("source", {"app": "x"}),
    ("from_email", ["a@example.com"]),
    ("schedule", "tomorrow"),
    ("schedule", "1767225600"),
    ("schedule", -1),
    ("schedule", 1767225600.5),
    ("schedule", True),
    ("schedule", 1_767_225_600_000),  # milliseconds
    ("sechdule", 1767225600),  # misspelt: would otherwise go out now
    ("colour", "red"),
]


@pytest.mark.anyio
@pytest.mark.parametrize(("field", "value"), BAD_FIELDS, ids=[f"{f}={v!r}" for f, v in BAD_FIELDS])
async def test_a_bad_field_is_named_with_its_value_before_anything_is_sent(field: str, value: Any) -> None:
    message = {**GOOD, field: value}
    if field == "to":
        message.pop("list_id", None)
    transport = Counting()
    async with client(transport) as cs:
        with pytest.raises(ValidationError) as caught:
            await cs.send_sms([GOOD, message])
        with pytest.raises(ValidationError) as streamed:
            await cs.send_sms(m for m in [GOOD, message])
    assert (1, field) in problems_of(caught.value)
    assert f"[1] {field}={value!r}" in str(caught.value)
    assert (1, field) in problems_of(streamed.value)
    assert transport.requests == 0  # the stream's only batch held the bad message: nothing went out


@pytest.mark.anyio
async def test_values_of_the_right_type_go_out() -> None:
    app = create_app()
    async with mock_client(app) as cs:
        contact_list = await cs.call("create_contact_list", list_name="hostile input")
        report = await cs.send_sms(
            [
                {**GOOD, "schedule": 0, "country": "AU", "source": "tests"},
                {"list_id": contact_list.list_id, "body": "to an (empty) list"},
            ]
        )
        # in a URL every value is text: an id given as its digits is fine there
        assert (
            await cs.call("get_contact_list", list_id=str(contact_list.list_id))
        ).list_name == "hostile input"
    assert report.outcomes[0].status == "sent"
    assert report.count == 2


@pytest.mark.anyio
async def test_schedules_in_the_future_go_out_and_in_the_past_are_refused_by_clicksend() -> None:
    app = create_app()
    now = int(app.config.clock())
    async with mock_client(app) as cs:
        report = await cs.send_sms([{**GOOD, "schedule": now + 3600}, {**GOOD, "schedule": now - 86_400}])
    assert [o.status for o in report.outcomes] == ["sent", "rejected"]
    assert report.outcomes[1].clicksend_status == "INVALID_SCHEDULE"
    assert [m.schedule for m in app.received_messages] == [now + 3600]


@pytest.mark.anyio
async def test_an_over_long_body_is_sent_whole_and_charged_by_parts() -> None:
    app = create_app()
    body = "x" * 100_000
    async with mock_client(app) as cs:
        report = await cs.send_sms([{**GOOD, "body": "x"}, {**GOOD, "body": body}])
    assert report.sent == 2
    assert app.received_messages[1].body == body
    one_part, long = (o.price for o in report.outcomes)
    assert one_part is not None
    assert long == one_part * 654  # 100,000 GSM characters in parts of 153


@pytest.mark.anyio
async def test_call_parameters_of_the_wrong_type_or_unknown_are_named_before_sending() -> None:
    app = create_app()
    async with mock_client(app) as cs:
        for params, field in [
            ({"list_id": "abc"}, "list_id"),
            ({"list_id": [1]}, "list_id"),
            ({"list_id": None}, "list_id"),
            ({"list_id": True}, "list_id"),
            ({"list_id": 1, "colour": "red"}, "colour"),
        ]:
            with pytest.raises(ValidationError) as caught:
                await cs.call("get_contact_list", **params)
            assert {p.field for p in caught.value.problems} == {field}
            assert repr(params[field]) in str(caught.value)
        with pytest.raises(ValidationError, match="list_name"):
            await cs.call("create_contact_list", list_name={"a": 1})
    assert app.stats.count() == 0


# ---------------------------------------------------------------- streams

MILLION_AND_ONE = 1_000_001


def numbered(n: int, bad_at: int | None = None, read: list[int] | None = None) -> Iterator[dict[str, Any]]:
    for i in range(n):
        if read is not None:
            read[0] = i + 1
        yield {"to": "not a number" if i == bad_at else f"+614{i % 10**8:08d}", "body": "hello"}


def test_a_million_and_one_messages_stream_in_flat_batches_and_a_bad_last_one_stops_only_itself() -> None:
    """1,000,001 messages from a generator, the last one invalid: 1,000 requests of 1,000 go out, read
    from the generator as they go (never far ahead of what was sent); then the bad one is reported, with
    what went out. Run on asyncio only to keep the suite fast (the send path is the same on trio)."""
    transport = Counting()
    read = [0]
    ahead: list[int] = []
    max_concurrency = 4

    class Watching(Counting):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            ahead.append(read[0] - transport.requests * 1000)  # read from the generator but not yet sent
            return await transport.handle_async_request(request)

    async def run() -> ValidationError:
        async with client(Watching(), max_concurrency=max_concurrency) as cs:
            with pytest.raises(ValidationError) as caught:
                await cs.send_sms(numbered(MILLION_AND_ONE, bad_at=MILLION_AND_ONE - 1, read=read))
        return caught.value

    error = anyio.run(run, backend="asyncio")
    assert [(p.index, p.field) for p in error.problems] == [(1_000_000, "to")]
    report = error.report
    assert isinstance(report, SendReport)
    assert (report.count, report.sent) == (1_000_000, 1_000_000)
    assert transport.requests == 1000
    assert set(transport.sizes) == {1000}
    assert transport.peak <= max_concurrency
    assert max(ahead) <= (max_concurrency + 1) * 1000  # streamed: the input is never read far ahead
    assert read[0] == MILLION_AND_ONE


@pytest.mark.anyio
async def test_a_generator_that_fails_half_way_raises_its_own_error_and_the_report_tells_what_went_out() -> (
    None
):
    def failing() -> Iterator[dict[str, Any]]:
        yield from numbered(2500)
        raise RuntimeError("the export broke")

    transport = Counting()
    report = SendReport()
    async with client(transport) as cs:
        with pytest.raises(RuntimeError, match="the export broke"):
            await cs.send_sms(failing(), report=report)
    assert transport.requests == 2  # the two full batches; the 500 read before the failure were not sent
    assert report.count == report.sent == 2000
