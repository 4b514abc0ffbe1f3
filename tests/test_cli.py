"""The ``clicksend-async`` command line, end to end: against the embedded mock and a loopback mock server."""

from __future__ import annotations

import contextlib
import csv
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from clicksend_async._index import action_ids, action_operation, operations
from clicksend_async.cli import main
from clicksend_async.cli.commands.demo import campaign
from tests.spec_examples import request_value

CREDENTIALS = ["--username", "mock-user", "--api-key", "mock-key"]


@pytest.fixture(autouse=True)
def no_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLICKSEND_USERNAME", raising=False)
    monkeypatch.delenv("CLICKSEND_API_KEY", raising=False)


@pytest.fixture(scope="module")
def mock_server() -> Iterator[str]:
    """``clicksend-async mock serve --port 0`` in a subprocess; yields its base URL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "clicksend_async.cli", "mock", "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        found = re.search(r"(http://127\.0\.0\.1:\d+/v3)", line)
        assert found, f"mock serve printed {line!r}"
        yield found.group(1)
    finally:
        process.terminate()
        process.wait(timeout=10)


# ---------------------------------------------------------------- demo


def test_demo_sends_a_campaign_to_the_embedded_mock_and_summarises(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["demo", "--size", "1200"]) == 0
    out = capsys.readouterr().out
    assert "EMBEDDED MOCK" in out
    found = re.search(r"1200 messages: (\d+) sent, (\d+) rejected by ClickSend, (\d+) invalid, 0 failed", out)
    assert found, out
    sent, rejected, invalid = map(int, found.groups())
    assert sent + rejected + invalid == 1200
    assert sent > 1100
    assert rejected > 0
    assert invalid > 0
    assert "INVALID_RECIPIENT" in out
    assert out.count("Delivered") + out.count("Queued") + out.count("Sent") >= 15  # the history page


def test_demo_campaign_is_realistic_and_reproducible() -> None:
    import phonenumbers

    messages = campaign(2000, malformed_share=0.02, unroutable_share=0.01)
    assert messages == campaign(2000, malformed_share=0.02, unroutable_share=0.01)
    valid = 0
    for message in messages:
        with contextlib.suppress(phonenumbers.NumberParseException):
            valid += phonenumbers.is_valid_number(phonenumbers.parse(message["to"]))
    assert 0.94 * 2000 < valid < 0.99 * 2000
    assert len({m["body"] for m in messages}) == 2000  # personalised


# ---------------------------------------------------------------- sms


def test_sms_send_without_credentials_says_it_uses_the_mock(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sms", "send", "--to", "+61412345678", "--body", "Hello"]) == 0
    captured = capsys.readouterr()
    assert "EMBEDDED MOCK" in captured.err
    assert re.search(r"\+61412345678\s+sent\s+[0-9A-F-]{36}\s+0\.0770\s+SUCCESS", captured.out)


def test_sms_send_with_a_bad_number_names_the_field_and_sends_nothing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["sms", "send", "--to", "0411 111 111", "--body", "Hello"]) == 2
    err = capsys.readouterr().err
    assert "to='0411 111 111'" in err
    assert "E.164" in err


def test_sms_send_bulk_personalises_reports_progress_and_writes_results(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "customers.csv"
    with source.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["phone", "name", "order"])
        for i in range(2500):
            writer.writerow(["not-a-phone" if i == 1700 else f"+6141{i:07d}", f"Name{i}", 5000 + i])
    args = [
        "sms",
        "send-bulk",
        str(source),
        "--to-column",
        "phone",
        "--body",
        "Hi {name}, order {order} is ready",
    ]
    assert main(args) == 1  # one message was not sent
    captured = capsys.readouterr()
    assert "2500 messages: 2499 sent, 0 rejected by ClickSend, 1 invalid" in captured.out
    assert "2,500/2,500" in captured.err  # the progress reached the end
    assert "\r" not in captured.err  # plain lines, not a redrawn bar, when stderr is not a terminal
    with (tmp_path / "customers.results.csv").open(newline="") as handle:
        rows = sorted(csv.DictReader(handle), key=lambda r: int(r["index"]))  # in the order they came
    assert [int(r["index"]) for r in rows] == list(range(2500))
    assert [int(r["row"]) for r in rows] == list(range(2, 2502))  # the source row; the header is row 1
    assert rows[1700]["status"] == "invalid"
    assert "not-a-phone" in rows[1700]["error"]
    assert {r["status"] for i, r in enumerate(rows) if i != 1700} == {"sent"}
    assert rows[3]["to"] == "+61410000003"
    assert rows[3]["message_id"]
    assert rows[3]["price"] == "0.0770"


def test_sms_send_bulk_refuses_a_template_naming_a_missing_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "c.csv"
    source.write_text("to,name\n+61411111111,Ann\n")
    assert main(["sms", "send-bulk", str(source), "--body", "Hi {first_name}"]) == 2
    assert "no column(s) first_name" in capsys.readouterr().err
    assert not (tmp_path / "c.results.csv").exists()


def test_loopback_mock_server_keeps_state_between_commands(
    mock_server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--base-url", mock_server, *CREDENTIALS]
    for i in range(20):
        assert main([*base, "sms", "send", "--to", f"+614122200{i:02d}", "--body", f"loopback {i}"]) == 0
    capsys.readouterr()
    assert main([*base, "sms", "history", "--limit", "15"]) == 0
    out = capsys.readouterr()
    assert "EMBEDDED MOCK" not in out.err
    assert out.out.count("loopback ") == 15
    assert re.search(r"page 1 of 2 \((\d+) messages\); next: --page 2", out.out)
    assert main([*base, "sms", "history", "--limit", "15", "--page", "2"]) == 0
    last = capsys.readouterr().out
    assert "page 2 of 2" in last
    assert "next" not in last  # the last page offers no next page


def test_credentials_come_from_the_environment(
    mock_server: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CLICKSEND_USERNAME", "mock-user")
    monkeypatch.setenv("CLICKSEND_API_KEY", "wrong-key")
    assert main(["--base-url", mock_server, "account"]) == 3
    err = capsys.readouterr().err
    assert "401" in err
    assert "wrong-key" not in err
    monkeypatch.setenv("CLICKSEND_API_KEY", "mock-key")
    assert main(["--base-url", mock_server, "account"]) == 0
    assert re.search(r"username\s+mock-user", capsys.readouterr().out)


def test_account_and_forced_mock(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLICKSEND_USERNAME", "real-user")
    monkeypatch.setenv("CLICKSEND_API_KEY", "real-key")
    assert main(["--mock", "account"]) == 0
    captured = capsys.readouterr()
    assert "--mock" in captured.err
    assert re.search(r"balance\s+10000\.0000", captured.out)


# ---------------------------------------------------------------- actions


def test_actions_list_shows_all_183(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["actions", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()[2:]
    assert len(lines) == 183
    assert any(line.startswith("CLICKSEND_CREATE_SMS_SEND ") and " send_sms " in line for line in lines)


# The only catalogue action of its tag reads a stored campaign by id, which a fresh mock does not have (a
# clean 404); tests/test_rest_surface.py runs it after creating the campaign.
_NEEDS_A_STORED_RECORD = {"CLICKSEND_EMAIL_CAMPAIGN_GET"}


def _sample_per_tag() -> list[str]:
    """One action per tag: a parameter-free read where the tag has one, else its first action."""
    chosen: dict[str, str] = {}
    for action in action_ids():
        if action in _NEEDS_A_STORED_RECORD:
            continue
        op = operations()[action_operation(action)]
        free = op["method"] == "GET" and not any(p["required"] for p in op["params"])
        if op["tag"] not in chosen or (free and not _is_free(chosen[op["tag"]])):
            chosen[op["tag"]] = action
    return sorted(chosen.values())


def _is_free(action: str) -> bool:
    op = operations()[action_operation(action)]
    return op["method"] == "GET" and not any(p["required"] for p in op["params"])


def _arguments(action: str) -> dict[str, object]:
    op = operations()[action_operation(action)]
    return {p["seed_name"]: request_value(p["schema"], p["name"]) for p in op["params"] if p["required"]}


@pytest.mark.parametrize("action", _sample_per_tag())
def test_actions_call_runs_a_sample_of_every_tag(action: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["actions", "call", action, "--json", json.dumps(_arguments(action))])
    envelope = json.loads(capsys.readouterr().out)
    assert set(envelope) == {"successful", "data", "error", "http_code", "response_msg", "response_code"}
    assert envelope["successful"] is True, envelope
    assert code == 0
    assert envelope["http_code"] == 200
    assert envelope["error"] is None


def test_actions_call_reports_errors_in_the_envelope(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["actions", "call", "CLICKSEND_GET_ACCOUNT", "--json", "{not json"]) == 2
    assert "not valid JSON" in capsys.readouterr().err
    assert main(["actions", "call", "CLICKSEND_GET_LISTS2", "--json", '{"list_id": 987654}']) == 1
    envelope = json.loads(capsys.readouterr().out)
    assert (envelope["successful"], envelope["http_code"]) == (False, 404)
