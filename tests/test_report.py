"""``SendReport``: outcomes recorded in any order come back whole and in input order, with totals."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from clicksend_async import MessageOutcome, SendReport
from clicksend_async._report import _Texts


def test_outcomes_round_trip_in_input_order_with_totals() -> None:
    recorded = [
        MessageOutcome(3, "+61412345678", "c3", "rejected", clicksend_status="INVALID_RECIPIENT"),
        MessageOutcome(0, None, "c0", "sent", "ID0", Decimal("0.1540"), "SUCCESS", recipients=2),
        MessageOutcome(2, "bad", "c2", "invalid", error="to='bad': not in E.164 format"),
        MessageOutcome(1, "+61412345679", "c1", "unconfirmed", error="connection dropped"),
    ]
    report = SendReport()
    for outcome in recorded:
        report.record(outcome)
    report.add(4, "+61412345670", "c4", "sent", "ID4", Decimal("0.0770"))
    plain = MessageOutcome(4, "+61412345670", "c4", "sent", "ID4", Decimal("0.0770"), "SUCCESS")
    assert report.outcomes == sorted([*recorded, plain], key=lambda o: o.index)
    assert report.with_status("sent") == [recorded[1], plain]
    assert (report.count, report.sent, report.rejected, report.invalid, report.unconfirmed) == (5, 2, 1, 1, 1)
    assert report.total_price == Decimal("0.2310")
    report.currency = "AUD"
    assert report.summary() == (
        "5 messages: 2 sent, 1 rejected by ClickSend, 1 invalid, 0 failed, 1 unconfirmed; cost 0.2310 AUD"
    )
    assert "2 sent" in repr(report)


def _reference_report(seed: int) -> tuple[SendReport, list[MessageOutcome]]:
    """A report filled by a random mix of ``add_many`` (the SDK's own ``<tag>-<index>`` custom strings under
    changing tags, the user's own, a mix), ``add`` and ``record``, beside the outcomes it must give back."""
    rng = random.Random(seed)
    report, expected = SendReport(), []
    index = 0
    tags = ["csa-0123456789", "csa-aaaaaaaaaa", "order", ""]
    for _ in range(60):
        n = rng.choice([1, 2, 7, 300, 1000, 1500])
        indexes = list(range(index, index + n))
        rng.shuffle(indexes)  # recorded out of input order
        index += n
        how = rng.random()
        tag = rng.choice(tags)
        if how < 0.5:  # a batch answered in bulk
            customs = [f"{tag}-{i}" for i in indexes]
            if rng.random() < 0.3:  # some of the user's own among them
                for k in rng.sample(range(n), max(1, n // 10)):
                    customs[k] = rng.choice([f"own-{k}", "", f"{tag}-{indexes[k] + 1}", "x\nz", "é✓"])
            ids = [
                rng.choice([f"ID-{i}", None, "", f"{i:036d}"]) if rng.random() < 0.1 else f"ID-{i}"
                for i in indexes
            ]
            prices = [Decimal("0.0770")] * n
            tos = [f"+614{i:08d}" if i % 5 else None for i in indexes]
            report.add_many(indexes, tos, customs, "sent", ids, prices)
            expected += [
                MessageOutcome(i, to, c, "sent", m, p, "SUCCESS")
                for i, to, c, m, p in zip(indexes, tos, customs, ids, prices, strict=True)
            ]
        else:  # one at a time: plain answers and other outcomes
            for i in indexes:
                custom = f"{tag}-{i}" if rng.random() < 0.7 else f"mine-{i}"
                if rng.random() < 0.5:
                    report.add(i, "+61412345678", custom, "sent", f"ID-{i}", Decimal("0.1540"))
                    expected.append(
                        MessageOutcome(
                            i, "+61412345678", custom, "sent", f"ID-{i}", Decimal("0.1540"), "SUCCESS"
                        )
                    )
                else:
                    outcome = MessageOutcome(i, None, custom, "failed", error=f"broken {i}")
                    report.record(outcome)
                    expected.append(outcome)
    return report, expected


@pytest.mark.parametrize("seed", range(6))
def test_compact_columns_give_back_every_value(seed: int) -> None:
    """Custom strings (the SDK's own are not stored, but made again from their run's tag) and message ids
    (joined batch by batch) come back exactly as recorded, whole, by position, in segments and in order."""
    report, expected = _reference_report(seed)
    assert report.count == len(expected)
    assert report.recorded_since(0) == expected
    assert report.outcomes == sorted(expected, key=lambda o: o.index)
    rng = random.Random(seed)
    for position in rng.sample(range(len(expected)), 200):
        assert report.outcome_at(position) == expected[position]
    for position in rng.sample(range(len(expected)), 5):
        assert report.recorded_since(position) == expected[position:]
    for _ in range(50):
        start = rng.randrange(len(expected))
        stop = min(len(expected), start + rng.choice([1, 10, 1000, 2500]))
        statuses, message_ids, prices, _ = report.segment(start, stop)
        assert message_ids == [o.message_id for o in expected[start:stop]]
        assert prices == [o.price for o in expected[start:stop]]
        assert len(statuses) == stop - start
    sent = [(p, o.message_id) for p, o in enumerate(expected) if o.status == "sent" and o.message_id]
    assert list(report.sent_ids()) == sent


def test_the_sdk_own_custom_strings_are_not_stored() -> None:
    """A batch whose custom strings are all ``<tag>-<index>`` costs no string per message in the report."""
    report = SendReport()
    indexes = list(range(5000, 6000))
    report.add_many(
        indexes, ["+61412345678"] * 1000, [f"csa-x-{i}" for i in indexes], "sent", ["A"] * 1000, [None] * 1000
    )
    assert report._custom.slice(0, 1000) == [None] * 1000
    assert report.outcome_at(999).custom_string == "csa-x-5999"


def test_text_column_keeps_values_that_are_not_text() -> None:
    column = _Texts()
    column.extend(["a", None, 3, "b"])
    column.extend([None, None])
    column.extend_none(3)
    for value in ["c", None, "dé"] * 700:  # one at a time: joined once enough wait
        column.append(value)
    column.extend_none(2)  # (after values waiting: they keep their order)
    column.extend(["e"])
    expected = ["a", None, 3, "b", None, None, None, None, None, *(["c", None, "dé"] * 700), None, None, "e"]
    assert column.tolist() == expected
    assert [column[p] for p in range(len(expected))] == expected
    assert column.slice(2, 2103) == expected[2:2103]
    assert column[-1] == "e"
