"""How a batched send reads ClickSend's answer: straight from the JSON, whatever shape it comes in."""

from __future__ import annotations

import gc
import json
import weakref
from decimal import Decimal
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

from clicksend_async import ClickSend

BASE = "https://rest.clicksend.com/v3"


def answer(data: Any, status: int = 200) -> httpx.Response:
    return httpx.Response(status, json={"http_code": status, "response_code": "X", "data": data})


def client() -> ClickSend:
    return ClickSend("user", "key")


MESSAGES = [{"to": "+61411111111", "body": "a"}, {"to": "+61411111112", "body": "b"}]


@pytest.mark.anyio
async def test_results_are_matched_by_custom_string_and_read_field_by_field(httpx_mock: HTTPXMock) -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        sent = json.loads(request.content)["messages"]
        results: list[Any] = [
            {
                "custom_string": sent[1]["custom_string"],
                "status": "SUCCESS",
                "message_id": 7,
                "message_price": "0.0770",
            },
            {"custom_string": sent[0]["custom_string"], "status": "INVALID_RECIPIENT", "message_price": "1"},
        ]
        return answer({"messages": results, "_currency": {"currency_name_short": "NZD"}})

    httpx_mock.add_callback(reply)
    async with client() as cs:
        report = await cs.send_sms(MESSAGES)
    first, second = report.outcomes
    assert (first.status, first.clicksend_status, first.message_id, first.price) == (
        "rejected",
        "INVALID_RECIPIENT",
        None,
        None,
    )
    assert (second.status, second.message_id, second.price) == ("sent", "7", Decimal("0.0770"))
    assert report.currency == "NZD"


@pytest.mark.anyio
async def test_results_that_are_not_objects_have_no_fields(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"data": {"messages": ["SUCCESS", None]}})
    async with client() as cs:
        report = await cs.send_sms(MESSAGES)
    # positional fallback (same count), but nothing to read: ClickSend's status is unknown, so the
    # message may have gone out -> unconfirmed ("rejected" would claim it was not sent)
    assert [(o.status, o.clicksend_status, o.message_id) for o in report.outcomes] == [
        ("unconfirmed", None, None)
    ] * 2
    assert report.currency is None


@pytest.mark.anyio
@pytest.mark.parametrize(
    "body",
    [b"<html>gateway</html>", b'["not", "an", "envelope"]', b'{"data": []}', b'{"data": {"messages": {}}}'],
)
async def test_a_200_without_readable_results_leaves_the_batch_unconfirmed(
    httpx_mock: HTTPXMock, body: bytes
) -> None:
    httpx_mock.add_response(status_code=200, content=body)
    async with client() as cs:
        report = await cs.send_sms(MESSAGES)
    assert [o.status for o in report.outcomes] == ["unconfirmed", "unconfirmed"]
    assert all(o.error for o in report.outcomes)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("status", "expected"), [(400, "failed"), (502, "unconfirmed"), (500, "unconfirmed")]
)
async def test_an_error_answer_with_a_body_that_is_not_json_is_still_reported(
    httpx_mock: HTTPXMock, status: int, expected: str
) -> None:
    httpx_mock.add_response(status_code=status, content=b"<html>upstream error</html>")
    async with client() as cs:
        report = await cs.send_sms(MESSAGES)
    assert [o.status for o in report.outcomes] == [expected, expected]
    assert f"HTTP {status}" in (report.outcomes[0].error or "")


def test_prices_are_shared_decimals_and_bad_prices_are_none() -> None:
    from clicksend_async._report import decimal_or_none

    assert decimal_or_none("0.0770") is decimal_or_none("0.0770") == Decimal("0.0770")
    assert decimal_or_none(0.5) == Decimal("0.5")
    assert [decimal_or_none(v) for v in ("", None, True, "n/a")] == [None, None, None, None]


@pytest.mark.anyio
async def test_a_list_is_checked_once_and_its_copies_are_made_per_batch(
    httpx_mock: HTTPXMock, monkeypatch: pytest.MonkeyPatch
) -> None:
    import clicksend_async._batching as batching

    calls: list[object] = []  # every number the checks look at: the fast paths' and check_e164's
    for name in ("check_e164", "surely_possible"):
        real = getattr(batching, name)
        monkeypatch.setattr(batching, name, lambda value, real=real: calls.append(value) or real(value))
    real_all = batching.all_surely_possible
    monkeypatch.setattr(
        batching, "all_surely_possible", lambda values: calls.extend(values) or real_all(values)
    )

    def reply(request: httpx.Request) -> httpx.Response:
        sent = json.loads(request.content)["messages"]
        return answer(
            {"messages": [{"custom_string": m["custom_string"], "status": "SUCCESS"} for m in sent]}
        )

    httpx_mock.add_callback(reply, is_reusable=True)
    originals = [dict(m) for m in MESSAGES * 3]
    async with client() as cs:
        report = await cs.send_sms(originals, batch_size=2)
    # each message checked once, up front, not again when its batch is built
    assert sorted(map(str, calls)) == sorted(m["to"] for m in originals)
    assert report.sent == 6
    assert len({o.custom_string for o in report.outcomes}) == 6
    assert all("custom_string" not in m for m in originals)  # the caller's dicts are not changed


@pytest.mark.parametrize("normalise", [False, True])
def test_checking_a_message_finds_what_preparing_it_finds(normalise: bool) -> None:
    from types import MappingProxyType

    from clicksend_async._batching import MessagePreparer

    preparer = MessagePreparer(region="AU", normalise_numbers=normalise)
    cases: list[Any] = [
        {"to": "+61411111111", "body": "ok"},
        {"to": "0411 111 111", "body": ""},
        {"list_id": 5, "body": "to a list"},
        {"body": "nobody"},
        {"to": None, "from": "12345", "body": " ", "schedule": -1, "custom_string": 7},
        MappingProxyType({"to": "+6141", "body": "x"}),
    ]
    for index, message in enumerate(cases):
        assert preparer.problems(index, message) == preparer.prepare(index, message)[1]
    assert preparer.problems(0, cases[0]) == []
    assert [p.field for p in preparer.problems(4, cases[4])] == [
        "to",
        "from",
        "body",
        "schedule",
        "custom_string",
    ]


@pytest.mark.anyio
async def test_a_batch_answer_is_freed_once_read_without_the_garbage_collector(httpx_mock: HTTPXMock) -> None:
    """httpx binds a response's stream to the response (a reference cycle): the send path breaks it once the
    answer is recorded, so a batch's answer and request are freed at once, not when a full collection runs
    (in a long fan-out they outlived several, and held 14 MiB of its peak)."""
    answers: list[weakref.ref[httpx.Response]] = []

    def reply(request: httpx.Request) -> httpx.Response:
        sent = json.loads(request.content)["messages"]
        results = [
            {"custom_string": m["custom_string"], "status": "SUCCESS", "message_id": "A"} for m in sent
        ]
        response = answer({"messages": results})
        answers.append(weakref.ref(response))
        return response

    httpx_mock.add_callback(reply, is_reusable=True)
    async with client() as cs:
        gc.collect()
        gc.disable()
        try:
            report = await cs.send_sms(MESSAGES * 3, batch_size=2)
            alive = [ref for ref in answers if ref() is not None]
        finally:
            gc.enable()
    assert report.sent == 6
    assert len(answers) == 3
    assert alive == []
