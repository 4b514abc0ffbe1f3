"""A batch ClickSend accepted whole and in order is recorded in bulk: the same report as one message at a time."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clicksend_async import _answers, _outcomes
from clicksend_async._outcomes import PRICE, SEND, BatchKind, record_batch
from clicksend_async._report import SendReport

Batch = list[tuple[int, dict[str, Any]]]


def batch_of(customs: list[str], first_index: int = 0) -> Batch:
    return [
        (first_index + i, {"to": f"+6141111{i:04d}", "body": "hi", "custom_string": custom})
        for i, custom in enumerate(customs)
    ]


def success(custom: Any, n: int, **fields: Any) -> dict[str, Any]:
    result = {
        "custom_string": custom,
        "status": "SUCCESS",
        "message_id": f"id-{n}",
        "message_price": "0.0770",
    }
    result.update(fields)
    return result


def answer(results: list[Any]) -> httpx.Response:
    data = {"messages": results, "_currency": {"currency_name_short": "AUD"}}
    return httpx.Response(200, content=json.dumps({"http_code": 200, "data": data}).encode())


def everything(report: SendReport) -> tuple[Any, ...]:
    """All a report holds: outcomes in input and in recording order, the journal's segment, totals."""
    recorded = report.recorded_since(0)
    return (report.outcomes, recorded, report.segment(0, report.count), report.summary(), report.currency)


WAYS = ("typed", "typed matching", "whole", "one by one")


def recorded(batch: Batch, response: httpx.Response, kind: BatchKind, way: str = "typed") -> tuple[Any, ...]:
    """What ``record_batch`` records, one of ``WAYS``: from the typed reading of ``_answers`` (in bulk, or
    matched result by result), from the answer read whole (in bulk when it can), or one message at a time."""
    report = SendReport()
    report.add(99, "+61400000000", "earlier", "sent", "e", None)  # a report already holding an outcome
    saved = _outcomes.read_results, _outcomes._all_accepted_in_order
    if way in ("whole", "one by one"):
        _outcomes.read_results = lambda *_: None  # type: ignore[assignment]
    if way in ("typed matching", "one by one"):
        _outcomes._all_accepted_in_order = lambda *_: False  # type: ignore[assignment]
    try:
        record_batch("send_sms", batch, response, report, kind)
    finally:
        _outcomes.read_results, _outcomes._all_accepted_in_order = saved
    return everything(report)


def every_way(batch: Batch, response: httpx.Response, kind: BatchKind) -> tuple[Any, ...]:
    """What the ways of recording give, checked equal."""
    one_by_one = recorded(batch, response, kind, "one by one")
    for way in WAYS[:-1]:
        assert recorded(batch, response, kind, way) == one_by_one, way
    return one_by_one


def accepted_in_order(customs: list[str], results: list[Any]) -> bool:
    """``_all_accepted_in_order`` of results read whole (dicts) or typed (``_answers``)."""
    if results and not isinstance(results[0], dict):
        results = _answers.as_dicts(results)
    statuses = [result.get("status") for result in results]
    return _outcomes._all_accepted_in_order(customs, statuses, [r.get("custom_string") for r in results])


def typed_accepts(batch: Batch, response: httpx.Response) -> bool:
    typed = _answers.read_results(response.content)
    customs = [message["custom_string"] for _, message in batch]
    return typed is not None and accepted_in_order(customs, typed[0])


def takes_fast_path(batch: Batch, response: httpx.Response) -> bool:
    customs = [message["custom_string"] for _, message in batch]
    return accepted_in_order(customs, _outcomes._send_results(response)[1] or [])


@pytest.mark.parametrize("kind", [SEND, PRICE])
def test_a_batch_accepted_in_order_is_recorded_in_bulk_as_one_by_one(kind: BatchKind) -> None:
    customs = [f"csa-x-{i}" for i in range(50)]
    odd_fields = [
        {"message_price": None},
        {"message_price": ""},
        {"message_price": True},
        {"message_price": 0.5},
        {"message_price": "not a price"},
        {"message_price": "0"},
        {"message_id": 7},
        {"message_id": None},
        {"message_id": False},
    ]
    results = [success(c, i, **(odd_fields[i] if i < len(odd_fields) else {})) for i, c in enumerate(customs)]
    batch, response = batch_of(customs, first_index=1000), answer(results)
    assert takes_fast_path(batch, response)
    bulk = every_way(batch, response, kind)
    earlier, *outcomes = bulk[0]  # input order: the earlier outcome's index 99 comes first
    assert earlier.custom_string == "earlier"
    assert [o.status for o in outcomes] == [kind.accepted] * 50
    assert [str(o.price) for o in outcomes[:6]] == ["0", "0", "0", "0.5", "0", "0"]
    assert [o.message_id for o in outcomes[6:10]] == ["7", None, None, "id-9"]


CASES = {
    "one refused": lambda customs: [
        success(c, i) if i != 3 else {"custom_string": c, "status": "INVALID_RECIPIENT"}
        for i, c in enumerate(customs)
    ],
    "reordered": lambda customs: [success(c, i) for i, c in reversed(list(enumerate(customs)))],
    "custom_strings not echoed": lambda customs: [success(None, i) for i, _ in enumerate(customs)],
    "one result missing": lambda customs: [success(c, i) for i, c in enumerate(customs[:-1])],
    "a list_id's contacts": lambda customs: (
        [success(c, i) for i, c in enumerate(customs)]
        + [success(customs[0], 100), {"custom_string": customs[0], "status": "INVALID_RECIPIENT"}]
    ),
    "results not objects": lambda customs: [success(c, i) for i, c in enumerate(customs[:-1])] + ["SUCCESS"],
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_other_batches_take_the_general_matching(case: str) -> None:
    customs = [f"csa-x-{i}" for i in range(8)]
    batch, response = batch_of(customs), answer(CASES[case](customs))
    assert not takes_fast_path(batch, response)
    assert not typed_accepts(batch, response)
    every_way(batch, response, SEND)


def test_duplicate_custom_strings_are_not_recorded_in_bulk() -> None:
    # two messages sharing a custom_string each get both results (as for a list_id), not one each
    customs = ["mine", "mine", "other"]
    batch, response = batch_of(customs), answer([success(c, i) for i, c in enumerate(customs)])
    assert not takes_fast_path(batch, response)
    outcomes = every_way(batch, response, SEND)[0]
    assert [o.recipients for o in outcomes[:3]] == [2, 2, 1]


statuses = st.sampled_from(["SUCCESS", "SUCCESS", "SUCCESS", "INVALID_RECIPIENT", None, 3])
prices = st.sampled_from(["0.0770", "0.1", "", None, 1, 2.5, True, "x", [1]])
ids = st.one_of(st.none(), st.booleans(), st.integers(0, 9), st.text(max_size=3))


@settings(max_examples=300, deadline=None)
@given(
    customs=st.lists(st.sampled_from(["a", "b", "c", "d", "e", "f"]), min_size=1, max_size=6),
    data=st.data(),
)
def test_any_answer_gives_the_report_one_by_one_recording_gives(customs: list[str], data: Any) -> None:
    n = len(customs)
    echoed = data.draw(
        st.one_of(st.just(customs), st.permutations(customs), st.lists(st.sampled_from([*customs, None])))
    )
    results = [
        {
            "custom_string": custom,
            "status": data.draw(statuses),
            "message_id": data.draw(ids),
            "message_price": data.draw(prices),
        }
        for custom in echoed
    ]
    if data.draw(st.booleans()):  # a batch ClickSend accepted whole, in order
        results = [success(custom, i, message_price=data.draw(prices)) for i, custom in enumerate(customs)]
    batch, response = batch_of(customs), answer(results)
    assert len(batch) == n
    for kind in (SEND, PRICE):
        every_way(batch, response, kind)


def test_the_typed_reading_takes_answers_of_the_common_shape_and_only_those() -> None:
    assert _answers.msgspec is not None  # (the test extras install msgspec: the typed reading is tested)
    customs = [f"csa-x-{i}" for i in range(5)]
    accepted = answer([success(c, i) for i, c in enumerate(customs)])
    typed = _answers.read_results(accepted.content)
    assert typed is not None
    assert typed[1] == "AUD"
    assert accepted_in_order(customs, typed[0])
    assert _answers.as_dicts(typed[0]) == [success(c, i) for i, c in enumerate(customs)]
    one_refused = [
        success(c, i) if i else {"custom_string": c, "status": "BAD"} for i, c in enumerate(customs)
    ]
    typed = _answers.read_results(answer(one_refused).content)
    assert typed is not None
    assert not accepted_in_order(customs, typed[0])
    other_shapes = [
        [success(c, i, message_price=0.077) for i, c in enumerate(customs)],  # a price as a number
        [success(c, i, message_id=i) for i, c in enumerate(customs)],  # an id as a number
        [success(c, i) for i, c in enumerate(customs[:-1])] + ["SUCCESS"],  # a result not an object
    ]
    for results in other_shapes:
        assert _answers.read_results(answer(results).content) is None
    for content in (b"not json", b'{"data": []}', b'{"data": {"queued_count": 1}}'):
        assert _answers.read_results(content) is None
