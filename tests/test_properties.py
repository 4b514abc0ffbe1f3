"""Property-based tests (hypothesis): batching, E.164 checks and normalisation, pagination.

Each async property runs its example with ``anyio.run`` on a backend hypothesis draws (asyncio or trio), so
both are covered without doubling the examples. Example counts come from the profile in conftest.py.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from typing import Any

import anyio
import httpx
import phonenumbers
from hypothesis import example, given, settings
from hypothesis import strategies as st

from clicksend_async import ClickSend
from clicksend_async._batching import MessagePreparer, batches
from clicksend_async._phone import check_e164, check_sender, normalise
from clicksend_async.mock import create_app

backends = st.sampled_from(["asyncio", "trio"])
kinds = st.sampled_from(["list", "generator", "async generator"])


class Source:
    """``n`` items as a list, a generator or an async generator, counting how many were read."""

    def __init__(self, kind: str, n: int, item: Any = None) -> None:
        self.kind, self.n, self.read = kind, n, 0
        self.item = item or (lambda i: i)

    def _items(self) -> Iterator[Any]:
        for i in range(self.n):
            self.read += 1
            yield self.item(i)

    async def _async_items(self) -> AsyncIterator[Any]:
        for item in self._items():
            yield item

    def make(self) -> Any:
        if self.kind == "list":
            return [self.item(i) for i in range(self.n)]
        return self._items() if self.kind == "generator" else self._async_items()


# ---------------------------------------------------------------- batching


@given(n=st.integers(0, 5000), size=st.integers(1, 1000), kind=kinds, backend=backends)
@example(n=0, size=1, kind="async generator", backend="trio")
@example(n=1000, size=1000, kind="generator", backend="asyncio")
@example(n=1001, size=1000, kind="list", backend="asyncio")
def test_batches_keep_count_and_order_and_read_lazily(n: int, size: int, kind: str, backend: str) -> None:
    source = Source(kind, n)

    async def collect() -> list[list[tuple[int, Any]]]:
        got = []
        async for batch in batches(source.make(), size):
            if kind != "list":  # a stream is read one batch ahead at most: never all of it up front
                assert source.read <= (len(got) + 1) * size
            got.append(batch)
        return got

    got = anyio.run(collect, backend=backend)
    assert [i for batch in got for i, _ in batch] == list(range(n))
    assert [item for batch in got for _, item in batch] == list(range(n))
    assert len(got) == math.ceil(n / size)
    assert all(len(batch) == size for batch in got[:-1])
    assert all(1 <= len(batch) <= size for batch in got)


def echo_send(request: httpx.Request) -> httpx.Response:
    sent = json.loads(request.content)["messages"]
    results = [
        {
            "custom_string": m["custom_string"],
            "to": m["to"],
            "status": "SUCCESS",
            "message_id": m["custom_string"],
        }
        for m in sent
    ]
    return httpx.Response(200, json={"http_code": 200, "data": {"messages": results}})


@settings(max_examples=15)
@given(
    n=st.integers(0, 5000),
    batch_size=st.integers(1, 1000),
    concurrency=st.integers(1, 8),
    kind=kinds,
    backend=backends,
)
@example(n=0, batch_size=1000, concurrency=8, kind="list", backend="asyncio")
@example(n=2001, batch_size=1000, concurrency=2, kind="async generator", backend="trio")
def test_send_sms_reports_each_message_once_in_input_order(
    n: int, batch_size: int, concurrency: int, kind: str, backend: str
) -> None:
    source = Source(kind, n, lambda i: {"to": f"+614{i:08d}", "body": f"m{i}", "custom_string": f"c{i}"})
    wire: list[list[str]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        wire.append([m["custom_string"] for m in json.loads(request.content)["messages"]])
        return echo_send(request)

    async def run() -> Any:
        transport = httpx.MockTransport(answer)
        async with ClickSend("u", "k", transport=transport, max_concurrency=concurrency) as cs:
            return await cs.send_sms(source.make(), batch_size=batch_size)

    report = anyio.run(run, backend=backend)
    assert [o.index for o in report.outcomes] == list(range(n))
    assert [o.custom_string for o in report.outcomes] == [f"c{i}" for i in range(n)]
    assert [o.message_id for o in report.outcomes] == [f"c{i}" for i in range(n)]
    assert report.sent == report.count == n
    assert len(wire) == math.ceil(n / batch_size)
    assert all(len(batch) <= batch_size for batch in wire)
    # every message on the wire exactly once, each request in input order
    assert sorted(c for batch in wire for c in batch) == sorted(f"c{i}" for i in range(n))
    assert all(batch == sorted(batch, key=lambda c: int(c[1:])) for batch in wire)


# ---------------------------------------------------------------- E.164

E164_SHAPE = re.compile(r"\+[1-9][0-9]{6,14}")


def reference(value: object) -> bool:
    """The oracle: text that is exactly + and 7..15 ASCII digits, and a possible number for phonenumbers."""
    if not isinstance(value, str) or not E164_SHAPE.fullmatch(value):
        return False
    try:
        return bool(phonenumbers.is_possible_number(phonenumbers.parse(value, None)))
    except phonenumbers.NumberParseException:
        return False


def example_number(region: str) -> phonenumbers.PhoneNumber | None:
    return phonenumbers.example_number_for_type(
        region, phonenumbers.PhoneNumberType.MOBILE
    ) or phonenumbers.example_number(region)


regions = st.sampled_from(sorted(phonenumbers.SUPPORTED_REGIONS))
valid_numbers = regions.map(example_number).filter(lambda n: n is not None)
valid_e164 = valid_numbers.map(lambda n: phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164))
# what a careless export or a hostile input puts into a number
NOISE = [" ", "-", ".", "(", "\n", "\t", "\r", "\u00a0", "\u200b", "\u0663", "\uff13", "a", "+", "#", "\x00"]


@st.composite
def damaged_e164(draw: st.DrawFn) -> str:
    number = draw(valid_e164)
    how = draw(st.sampled_from(["insert", "no plus", "00 prefix", "too long", "too short", "leading zero"]))
    if how == "insert":
        at = draw(st.integers(0, len(number)))
        return number[:at] + draw(st.sampled_from(NOISE)) + number[at:]
    if how == "no plus":
        return number[1:]
    if how == "00 prefix":
        return "00" + number[1:]
    if how == "too long":
        return number + "0" * (16 - len(number) + draw(st.integers(1, 5)))
    if how == "too short":
        return number[: draw(st.integers(1, 7))]
    return "+0" + number[1:]


not_text = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.binary(max_size=16),
    st.lists(st.integers(), max_size=2),
)


@given(valid_e164)
def test_every_regions_example_number_is_accepted(number: str) -> None:
    assert check_e164(number) is None
    assert check_sender(number) is None


@given(damaged_e164())
@example("+61411111111\n")  # "$" in the pattern used to accept a trailing newline
@example("+61411111111\r")
@example("+\uff16\uff11411111111")  # full-width digits
def test_damaged_numbers_are_rejected(value: str) -> None:
    assert not reference(value)
    assert check_e164(value) is not None
    assert check_sender(value) is not None or (value[:1] != "+" and len(value) <= 11)


@given(st.one_of(st.text(max_size=20), valid_e164, damaged_e164(), not_text))
def test_the_check_agrees_with_phonenumbers_on_anything(value: Any) -> None:
    reason = check_e164(value)
    assert (reason is None) == reference(value)
    if not isinstance(value, str):
        assert type(value).__name__ in (reason or "")


@given(valid_numbers, regions)
def test_national_numbers_normalise_to_what_phonenumbers_says(number: Any, other_region: str) -> None:
    region = phonenumbers.region_code_for_number(number)
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    assert normalise(national, region) == e164
    assert normalise(e164, other_region) == e164  # already E.164: left alone, whatever the region
    assert check_e164(normalise(national, region)) is None


@given(st.one_of(st.text(max_size=25), not_text), st.one_of(regions, st.text(max_size=3), st.none()))
def test_normalise_never_raises_and_the_check_still_decides(value: Any, region: str | None) -> None:
    result = normalise(value, region)
    assert isinstance(result, str)
    preparer = MessagePreparer(region=region, normalise_numbers=True)
    data, problems = preparer.prepare(0, {"to": value, "body": "hi"})
    assert data["to"] == result
    assert any(p.field == "to" for p in problems) == (not reference(result))


# ---------------------------------------------------------------- pagination


def laravel(total: int, fetched: Counter[int]) -> Any:
    def answer(request: httpx.Request) -> httpx.Response:
        page, limit = int(request.url.params["page"]), int(request.url.params["limit"])
        fetched[page] += 1
        rows = [{"message_id": str(i)} for i in range((page - 1) * limit, min(page * limit, total))]
        last = max(1, math.ceil(total / limit))
        data = {"total": total, "per_page": limit, "current_page": page, "last_page": last, "data": rows}
        return httpx.Response(200, json={"http_code": 200, "data": data})

    return answer


@given(
    total=st.integers(0, 3000),
    limit=st.integers(15, 100),
    read_ahead=st.integers(1, 8),
    max_items=st.none() | st.integers(0, 3100),
    backend=backends,
)
@example(total=0, limit=15, read_ahead=1, max_items=None, backend="asyncio")
@example(total=100, limit=100, read_ahead=8, max_items=None, backend="trio")
@example(total=101, limit=100, read_ahead=2, max_items=100, backend="asyncio")
def test_paginate_yields_every_record_exactly_once(
    total: int, limit: int, read_ahead: int, max_items: int | None, backend: str
) -> None:
    fetched: Counter[int] = Counter()

    async def run() -> list[str]:
        transport = httpx.MockTransport(laravel(total, fetched))
        async with ClickSend("u", "k", transport=transport) as cs:
            pages = cs.paginate("list_sms_history", limit=limit, read_ahead=read_ahead, max_items=max_items)
            return [record.message_id async for record in pages]

    ids = anyio.run(run, backend=backend)
    wanted = total if max_items is None else min(total, max_items)
    assert ids == [str(i) for i in range(wanted)]
    assert max(fetched.values()) == 1  # no page read twice
    needed = max(1, math.ceil(wanted / limit))
    assert needed <= len(fetched) <= needed + read_ahead  # read-ahead is bounded


@settings(max_examples=12)
@given(total=st.integers(0, 400), limit=st.integers(15, 100), backend=backends)
def test_paginate_over_the_mock_servers_own_paging(total: int, limit: int, backend: str) -> None:
    app = create_app()
    for i in range(total):
        app.add_inbound_sms(f"+614{i:08d}", f"reply {i}")

    async def run() -> list[str]:
        transport = httpx.ASGITransport(app=app)
        async with ClickSend(
            "mock-user", "mock-key", base_url="http://mock/v3", transport=transport, allow_http=True
        ) as cs:
            return [record.body async for record in cs.paginate("list_inbound_sms", limit=limit)]

    bodies = anyio.run(run, backend=backend)
    assert Counter(bodies) == Counter(f"reply {i}" for i in range(total))
