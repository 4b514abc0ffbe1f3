"""The CLI after the send: ``sms send --wait``, the demo's delivery summary, ``webhooks serve``."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from urllib.parse import urlencode

import httpx
import pytest

from clicksend_async.cli import main


@pytest.fixture(autouse=True)
def no_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLICKSEND_USERNAME", raising=False)
    monkeypatch.delenv("CLICKSEND_API_KEY", raising=False)


def test_sms_send_wait_prints_the_delivery(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["sms", "send", "--to", "+61411111111", "--body", "Hi", "--wait", "--timeout", "5"]
    assert main([*argv, "--create-poll-rule"]) == 0
    out = capsys.readouterr().out
    assert "created a POLL rule for SMS receipts" in out
    assert re.search(r"delivery: delivered \(201 Success", out)


def test_sms_send_wait_without_a_poll_rule_says_how_to_get_one(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["sms", "send", "--to", "+61411111111", "--body", "Hi", "--wait", "--timeout", "1"]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "needs an enabled POLL rule" in err
    assert "--create-poll-rule" in err


def test_demo_waits_for_deliveries(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--size", "300"]) == 0
    out = capsys.readouterr().out
    found = re.search(r"Delivery: (\d+) delivered, (\d+) failed, (\d+) still pending \((\d+) not sent\)", out)
    assert found, out[-2000:]
    delivered, failed, pending, not_sent = map(int, found.groups())
    sent = int(re.search(r"Summary: 300 messages: (\d+) sent", out).group(1))  # type: ignore[union-attr]
    assert delivered + failed + pending == sent
    assert delivered > failed > 0
    assert not_sent == 300 - sent


@pytest.fixture
def webhooks_server() -> Iterator[tuple[str, subprocess.Popen[str]]]:
    token = "cli-test-token-0123456789"
    process = subprocess.Popen(
        [sys.executable, "-m", "clicksend_async.cli", "webhooks", "serve", "--port", "0", "--token", token],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        found = re.search(r"listening on (http://127\.0\.0\.1:\d+/)\?token=" + token, line)
        assert found, f"webhooks serve printed {line!r}"
        yield found.group(1), process
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_webhooks_serve_prints_each_event_and_refuses_a_wrong_token(
    webhooks_server: tuple[str, subprocess.Popen[str]],
) -> None:
    url, process = webhooks_server
    token = "cli-test-token-0123456789"
    receipt = {
        "message_id": "3BD22FAD-A5D3-4D99-B4C0-16BF65BE052C",
        "status_code": "301",
        "error_text": "gone",
    }
    reply = {"message_id": "M-1", "sms": "+61411111111", "message": "YES", "originalsenderid": "+61400000000"}
    form = {"content-type": "application/x-www-form-urlencoded"}
    with httpx.Client(timeout=10) as http:
        assert (
            http.post(
                f"{url}?token=wrong-wrong-wrong-wrong", content=urlencode(receipt), headers=form
            ).status_code
            == 401
        )
        assert http.post(f"{url}?token={token}", content=urlencode(receipt), headers=form).status_code == 200
        assert http.post(f"{url}hook?token={token}", content=json.dumps(reply)).status_code == 200
    assert process.stdout is not None
    first, second = process.stdout.readline(), process.stdout.readline()
    assert first.startswith("receipt sms 3BD22FAD-A5D3-4D99-B4C0-16BF65BE052C failed: 301 gone")
    assert second.startswith("reply M-1 from +61411111111 to +61400000000: 'YES'")
