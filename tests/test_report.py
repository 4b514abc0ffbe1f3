"""``SendReport``: outcomes recorded in any order come back whole and in input order, with totals."""

from __future__ import annotations

from decimal import Decimal

from clicksend_async import MessageOutcome, SendReport


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
