"""The journal's row layout: per-message text columns one per line, JSON when a value holds a line break."""

from __future__ import annotations

import json
from array import array

from hypothesis import example, given
from hypothesis import strategies as st

from clicksend_async.journal._rows import (
    from_lines,
    lines,
    outcome_row,
    record_from_row,
    sent_body,
    stored_body,
)
from clicksend_async.journal._store import BatchRecord


@given(st.lists(st.none() | st.text()))
@example(["[not json"])
@example(["", "\n"])
@example([None])
def test_any_column_reads_back_as_written(values: list[str | None]) -> None:
    read = from_lines(lines(values), len(values))
    assert read == [value or None for value in values]  # (an empty text reads as None, as a price "" does)


def test_the_common_column_is_lines_and_a_line_break_falls_back_to_json() -> None:
    assert lines(["A1", None, "C3"]) == "A1\n\nC3"
    assert lines([None] * 3) == "\n\n"
    assert lines([]) == ""
    assert json.loads(lines(["one\ntwo", "three"])) == ["one\ntwo", "three"]


def test_rows_written_as_json_lists_still_read() -> None:
    """(Journals written before the line layout hold JSON lists.)"""
    assert from_lines('["A1", null]', 2) == ["A1", None]
    assert from_lines("[]", 0) == []


def test_a_record_goes_through_its_row_unchanged() -> None:
    record = BatchRecord(
        batch=3,
        state="done",
        sent_at=1.5,
        answered_at=2.5,
        indices=array("q", [30, 31, 33]),
        body=b'{"messages": []}',
        invalid={32: ["fp", "to: bad", "x", "c"]},
        statuses=bytearray([0, 1, 0]),
        message_ids=["M1", None, "M3"],
        prices=["0.0770", None, "0.1540"],
        details={1: ["FAILED", "bad number", 1]},
    )
    row = outcome_row(record)
    assert record_from_row((*row, record.indices.tobytes(), stored_body(record.body))) == record
    assert record_from_row((*row, record.indices.tobytes(), record.body)) == record  # (an earlier SDK's row)


@given(st.lists(st.dictionaries(st.sampled_from(["to", "body", "custom_string"]), st.text()), max_size=50))
def test_a_body_is_stored_smaller_and_reads_back_as_sent(messages: list[dict[str, str]]) -> None:
    body = json.dumps({"messages": messages}).encode()
    stored = stored_body(body)
    assert stored[:1] != b"{"
    assert sent_body(stored) == body
    assert sent_body(body) == body  # plain JSON (written before bodies were compressed) reads as it is


def test_a_batch_body_is_a_fraction_of_its_size_in_the_journal() -> None:
    messages = [
        {"to": f"+614{i:08d}", "body": "Your order has shipped", "custom_string": f"csa-1-{i}"}
        for i in range(1000)
    ]
    body = json.dumps({"messages": messages}).encode()
    assert len(stored_body(body)) < len(body) / 10
