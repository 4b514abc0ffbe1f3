"""``sms send-bulk --journal`` and ``campaign status | reconcile``, end to end against a mock ClickSend in a
process of its own (so its state outlives each command, as ClickSend's does)."""

from __future__ import annotations

import collections
import csv
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from clicksend_async.cli import main
from tests.test_journal_crash import MockProcess

CREDENTIALS = ["--username", "mock-user", "--api-key", "mock-key"]


@pytest.fixture(autouse=True)
def no_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLICKSEND_USERNAME", raising=False)
    monkeypatch.delenv("CLICKSEND_API_KEY", raising=False)


@pytest.fixture
def faulty_mock(tmp_path: Path) -> Iterator[MockProcess]:
    mock = MockProcess(
        tmp_path / "received.json", "--seed", "7", "--drop-after-rate", "0.3", "--latency", "0.005"
    )
    try:
        yield mock
    finally:
        mock.received = mock.stop()  # type: ignore[attr-defined]


def write_csv(path: Path, n: int, greeting: str = "Hi") -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["to", "name"])
        for i in range(n):
            writer.writerow([f"+614{i:08d}", f"{greeting} customer {i}"])
    return path


def test_send_bulk_with_a_journal_resumes_and_writes_complete_results(
    tmp_path: Path, faulty_mock: MockProcess, capsys: pytest.CaptureFixture[str]
) -> None:
    people = write_csv(tmp_path / "people.csv", 1200)
    journal, results = tmp_path / "spring.journal", tmp_path / "results.csv"
    command = [
        "--base-url", faulty_mock.base_url, *CREDENTIALS, "sms", "send-bulk", str(people), "--body", "{name}",
        "--journal", str(journal), "--results", str(results), "--batch-size", "100", "--settle-delay", "0",
    ]  # fmt: skip
    assert main(command) == 1  # connections dropped after the message was stored: some unconfirmed
    first = capsys.readouterr()
    assert "unconfirmed" in first.out
    assert "resuming" not in first.err
    codes = []
    for _ in range(8):
        codes.append(main([*command[:-4], "--settle-delay", "0"]))  # the same command (--batch-size left out)
        if codes[-1] == 0:
            break
    assert codes[-1] == 0, codes
    again = capsys.readouterr()
    found = re.search(r"resuming: ([\d,]+) already sent, ([\d,]+) to reconcile, ([\d,]+) to send", again.err)
    assert found, again.err
    sent, doubt, left = (int(g.replace(",", "")) for g in found.groups())
    assert sent + doubt + left == 1200
    with results.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [int(r["index"]) for r in rows] == list(range(1200))
    assert {r["status"] for r in rows} == {"sent"}
    assert [r["row"] for r in rows] == [str(i + 2) for i in range(1200)]

    assert main(["campaign", "status", str(journal)]) == 0
    status = capsys.readouterr().out
    assert re.search(r"sent\s+1200", status)
    assert re.search(r"in doubt \(to reconcile\)\s+0", status)
    assert (
        main(["--base-url", faulty_mock.base_url, *CREDENTIALS, "campaign", "reconcile", str(journal)]) == 0
    )
    assert "nothing in doubt" in capsys.readouterr().out

    other = write_csv(tmp_path / "other.csv", 1200, greeting="Hello")
    refused = [str(other) if part == str(people) else part for part in command]
    assert main(refused) == 2
    assert "message 0 differs" in capsys.readouterr().err


def test_every_recipient_got_exactly_one_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mock = MockProcess(tmp_path / "received.json", "--seed", "9", "--drop-after-rate", "0.4")
    people = write_csv(tmp_path / "people.csv", 500)
    command = [
        "--base-url", mock.base_url, *CREDENTIALS, "sms", "send-bulk", str(people), "--body", "{name}",
        "--journal", str(tmp_path / "j.journal"), "--batch-size", "50", "--settle-delay", "0",
    ]  # fmt: skip
    try:
        for _ in range(10):
            if main(command) == 0:
                break
    finally:
        received = mock.stop()
    capsys.readouterr()
    counts = collections.Counter(to for _, to, _, _ in received)
    assert set(counts) == {f"+614{i:08d}" for i in range(500)}
    assert max(counts.values()) == 1
