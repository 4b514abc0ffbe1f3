"""The README's runnable examples (```python runnable blocks) run as documented, each in a fresh process."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from clicksend_async import ClickSend
from clicksend_async.mock import MockApp
from tests.spec_examples import ROOT

BLOCKS = re.findall(r"```python runnable\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)

# What each example must print (in order of the README), so a behaviour that changes breaks its example.
EXPECTED = [
    [
        r"1000/None handled",
        r"2500/None handled",
        r"2500 messages: 2500 sent",
        r"sent [0-9A-F-]{36} 0\.0770 csa-",
        r"quote: 0\.0770 AUD",
    ],
    [r"1 to '0411 111 111' not in E\.164", r"2 body '' required", r"requests made: 0", r"\+61411111111"],
    [r"history: 450", r"\['\+61412340000', '\+61412340001'"],
    [
        r"5000 messages: \d+ sent, 0 rejected by ClickSend, 0 invalid, 0 failed, [1-9]\d* unconfirmed",
        r"([1-9]\d*) unconfirmed, of which [1-9]\d* never reached ClickSend",
    ],
    [r"404 NOT_FOUND", r"AuthenticationError .*401"],
    [r"mock-user 10000\.0000", r"Authorization: \[redacted\]|authorization.*redacted"],
    [r"True 200 1", r"False 404 ", r"183 CLICKSEND_"],
    [r"list Customers", r"queued 1", r"sent 40", r"history 41", r"pages 3"],
    [
        r"(1[5-9]\d) delivered, ([1-3]\d) failed, ([1-9]\d?) still pending \(0 not sent",
        r"failed: \+6141111\d{4} Message could not be delivered",
        r"delivered 201 True",
    ],
    [
        r"\['sms: created a URL rule', 'inbound: created a URL rule'\]",
        r"pushed: DeliveryReceipt",
        r"1 delivered, 0 failed, 0 still pending",
        r"reply: YES please from \+61411111111 answers [0-9A-F-]{36}",
        r"refused: 0 accepted: 2",
    ],
    [r"DeliveryReceipt failed True 301 None", r"WebhookError: the JSON body must be an object, not list"],
    [
        r"[1-9][\d,]* messages journaled: 1,[5-9]\d\d sent, .* \d+ in doubt \(to reconcile\)",
        r"3000 messages: 3000 sent, .* \(1[5-9]\d\d from earlier runs, \d+ reconciled as sent, \d+ sent again\)",
        r"\n3000 messages reached ClickSend",
    ],
]


def test_every_runnable_block_has_expectations() -> None:
    assert len(BLOCKS) == len(EXPECTED)


@pytest.mark.parametrize(("block", "expected"), list(zip(BLOCKS, EXPECTED, strict=False)))
def test_readme_example_runs(block: str, expected: list[str]) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLICKSEND_")}
    done = subprocess.run(
        [sys.executable, "-c", block], capture_output=True, text=True, timeout=120, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    output = done.stdout + done.stderr
    for pattern in expected:
        assert re.search(pattern, output, re.I), f"{pattern!r} not in:\n{output[-3000:]}"


async def notify_shipped(cs: ClickSend, order_id: int) -> None:
    await cs.send_sms([{"to": "+61411111111", "body": f"Order {order_id} has shipped"}])


@pytest.mark.anyio
async def test_the_documented_pytest_fixtures(clicksend_mock: ClickSend, clicksend_mock_app: MockApp) -> None:
    await notify_shipped(clicksend_mock, order_id=42)
    [message] = clicksend_mock_app.received_messages
    assert message.to == "+61411111111"
    assert message.body == "Order 42 has shipped"
