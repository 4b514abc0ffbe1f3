"""The mock's web inbox in a real browser: Playwright driving Debian's Chromium (headless, no network) against
``clicksend-async mock serve`` in a subprocess on loopback, while the SDK talks to the same mock.

Without the ``chromium`` package these are skipped (``apt-get install chromium``); ``.ci/run`` installs it.
A screenshot is written to the test's tmp_path, and to ``$CLICKSEND_SCREENSHOT_DIR`` when it is set.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import anyio
import httpx
import playwright.async_api as playwright_api
import pytest

from clicksend_async import ClickSend

pytestmark = [pytest.mark.anyio, pytest.mark.browser]

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
XSS = "<script>alert(1)</script>"
XSS_IMG = "<img src=x onerror=alert(2)>"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"  # Playwright's async API runs on asyncio only


@pytest.fixture(scope="module")
def chromium() -> str:
    found = shutil.which("chromium")
    if found is None:
        pytest.skip("needs Debian's chromium package (apt-get install chromium)")
    return found


@pytest.fixture
def mock_serve() -> Iterator[str]:
    """``clicksend-async mock serve --port 0 --undelivered-rate 1`` (no receipt unless one is marked in the
    inbox); yields the root URL (the inbox is at ``/``, the API at ``/v3``)."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "clicksend_async.cli",
            "mock",
            "serve",
            "--port",
            "0",
            "--undelivered-rate",
            "1",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        api, inbox = process.stdout.readline(), process.stdout.readline()
        found = re.search(r"(http://127\.0\.0\.1:\d+)/v3", api)
        assert found, f"mock serve printed {api!r}"
        assert f"{found.group(1)}/" in inbox, inbox
        yield found.group(1)
    finally:
        process.terminate()
        process.wait(timeout=10)


@asynccontextmanager
async def browser_page(chromium: str, url: str, profile: Path) -> AsyncIterator[tuple[Any, list[str]]]:
    """A fresh headless Chromium profile showing ``url``; yields the page and the dialogs it opened."""
    dialogs: list[str] = []
    async with playwright_api.async_playwright() as playwright:
        context = await playwright.chromium.launch_persistent_context(
            str(profile), executable_path=chromium, headless=True, args=CHROMIUM_FLAGS
        )
        try:
            page = context.pages[0] if context.pages else await context.new_page()
            page.set_default_timeout(15_000)

            async def on_dialog(dialog: Any) -> None:
                dialogs.append(dialog.message)
                await dialog.dismiss()

            page.on("dialog", on_dialog)
            await page.set_viewport_size({"width": 1200, "height": 720})
            await page.goto(url)
            await page.locator("#live", has_text="live").wait_for()
            yield page, dialogs
        finally:
            await context.close()


def client(root: str) -> ClickSend:
    return ClickSend("mock-user", "mock-key", base_url=f"{root}/v3")


def screenshot(page_bytes: bytes, tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    path.write_bytes(page_bytes)
    target = os.environ.get("CLICKSEND_SCREENSHOT_DIR")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, Path(target) / name)
    return path


async def test_a_message_sent_through_the_sdk_appears_without_a_reload(
    chromium: str, mock_serve: str, tmp_path: Path
) -> None:
    async with browser_page(chromium, mock_serve, tmp_path / "profile") as (page, _):
        assert await page.locator("#entries li").count() == 0
        await page.evaluate("window.sameDocument = true")
        async with client(mock_serve) as cs:
            await cs.send_sms([{"to": "+61411111111", "body": "Your code is 4321"}])
        bubble = page.locator(".bubble.out", has_text="Your code is 4321")
        await bubble.wait_for()
        assert await page.evaluate("window.sameDocument") is True  # live update, not a reload
        assert await page.locator("#entries li .entry-title").first.text_content() == "sms+61411111111"
        assert await bubble.locator(".status").first.text_content() == "queued"


async def test_a_reply_typed_in_the_page_reaches_the_sdks_inbound(
    chromium: str, mock_serve: str, tmp_path: Path
) -> None:
    async with client(mock_serve) as cs:
        await cs.enable_inbound_polling()
        report = await cs.send_sms([{"to": "+61422222222", "body": "Table for two at 8?"}])
        (sent,) = report.outcomes
        async with browser_page(chromium, mock_serve, tmp_path / "profile") as (page, _):
            await page.locator(".bubble.out", has_text="Table for two at 8?").wait_for()
            await page.fill("#reply-body", "Yes please, see you then")
            # a live update while the reply is being typed keeps what was typed
            await cs.send_sms([{"to": "+61433333333", "body": "Someone else"}])
            await page.locator("#entries li", has_text="+61433333333").wait_for()
            assert await page.input_value("#reply-body") == "Yes please, see you then"
            await page.click("#reply-send")
            await page.locator(".bubble.in", has_text="Yes please, see you then").wait_for()
            with anyio.fail_after(20):
                replies = cs.inbound(source="poll")
                reply = await replies.__anext__()
                await replies.aclose()  # type: ignore[attr-defined]
    assert reply.body == "Yes please, see you then"
    assert reply.sender == "+61422222222"
    assert reply.original_message_id == sent.message_id


async def test_marking_delivered_and_failed_in_the_page_updates_the_timeline_and_reaches_the_sdk(
    chromium: str, mock_serve: str, tmp_path: Path
) -> None:
    async with client(mock_serve) as cs:
        await cs.enable_receipt_polling("sms")
        report = await cs.send_sms(
            [
                {"to": "+61433333333", "body": "Parcel 1 is out"},
                {"to": "+61444444444", "body": "Parcel 2 is out"},
            ]
        )
        first, second = (o.message_id for o in report.outcomes)
        assert first
        assert second
        # --undelivered-rate 1: no receipt comes by itself
        assert await cs.wait_for_delivery(first, timeout=0.5) is None
        async with browser_page(chromium, mock_serve, tmp_path / "profile") as (page, _):
            await page.locator("#entries li", has_text="+61433333333").click()
            bubble = page.locator(f'.bubble[data-message-id="{first}"]')
            await bubble.locator(".mark-delivered").click()
            await bubble.locator('.timeline li[data-status="delivered"]', has_text="201").wait_for()
            assert await bubble.locator(".meta .status").text_content() == "delivered"
            await page.locator("#entries li", has_text="+61444444444").click()
            other = page.locator(f'.bubble[data-message-id="{second}"]')
            await other.locator(".mark-failed").click()
            await other.locator('.timeline li[data-status="failed"]', has_text="301").wait_for()
            steps = await other.locator(".timeline li").evaluate_all(
                "items => items.map(i => i.dataset.status)"
            )
            assert steps == ["queued", "failed"]
        result = await cs.wait_for_delivery(report, timeout=20)
    assert [o.message_id for o in result.delivered] == [first]
    assert [o.message_id for o in result.failed] == [second]
    assert result.pending == []


async def test_a_script_in_a_message_body_shows_as_text_and_never_runs(
    chromium: str, mock_serve: str, tmp_path: Path
) -> None:
    async with client(mock_serve) as cs:
        await cs.send_sms([{"to": "+61411111111", "body": XSS}, {"to": "+61411111111", "body": XSS_IMG}])
        await cs.send_mms(
            [{"to": "+61411111111", "body": "see", "subject": XSS}], media_file="javascript:alert(3)//x.jpg"
        )
    async with browser_page(chromium, mock_serve, tmp_path / "profile") as (page, dialogs):
        await page.locator(".bubble", has_text=XSS_IMG).wait_for()
        bodies = await page.locator(".bubble .body").all_text_contents()
        assert XSS in bodies
        assert XSS_IMG in bodies
        assert await page.locator(".bubble .entry-title", has_text=XSS).count() == 1
        # the link that is not http(s) is shown as text, not made a link
        assert await page.locator(".links a").count() == 0
        assert await page.locator(".links span", has_text="javascript:alert(3)").count() == 1
        injected = "document.querySelectorAll('#detail script, #detail img, #entries script, #entries img')"
        assert await page.evaluate(f"{injected}.length") == 0
        await page.wait_for_timeout(300)  # an onerror handler would have fired by now
    assert dialogs == []


async def test_every_kind_of_message_is_listed_searchable_with_the_account_and_a_screenshot(
    chromium: str, mock_serve: str, tmp_path: Path
) -> None:
    async with client(mock_serve) as cs:
        await cs.enable_inbound_polling()
        await cs.enable_receipt_polling("sms")
        report = await cs.send_sms(
            [
                {"to": "+61411111111", "body": "Hi Ann, your table for 2 is booked for Friday 8pm."},
                {"to": "+61422222222", "body": "Your order #1042 has shipped."},
                {"to": "+61433333333", "body": "Your code is 482913"},
            ]
        )
        await cs.send_mms(
            [{"to": "+61411111111", "body": "Here is the menu", "subject": "Menu"}],
            media_file="https://example.com/menu.jpg",
        )
    outcomes = report.outcomes
    async with httpx.AsyncClient(base_url=f"{mock_serve}/v3", auth=("mock-user", "mock-key")) as api:
        for path, body in (
            (
                "/voice/send",
                {"messages": [{"to": "+61444444444", "body": "Your code is 4 8 2", "voice": "female"}]},
            ),
            (
                "/email/send",
                {
                    "from": {"email_address_id": 1, "name": "Shop"},
                    "to": [{"email": "ann@example.com", "name": "Ann"}],
                    "subject": "Your receipt",
                    "body": "<p>Thanks for your order</p>",
                },
            ),
            (
                "/fax/send",
                {"file_url": "https://example.com/contract.pdf", "messages": [{"to": "+61261234567"}]},
            ),
            (
                "/post/letters/send",
                {
                    "file_url": "https://example.com/letter.pdf",
                    "recipients": [
                        {
                            "address_name": "Ann Lee",
                            "address_line_1": "1 Main St",
                            "address_city": "Perth",
                            "address_state": "WA",
                            "address_postal_code": "6000",
                            "address_country": "AU",
                            "return_address_id": 1,
                        }
                    ],
                },
            ),
            ("/lists", {"list_name": "Customers"}),
        ):
            assert (await api.post(path, json=body)).status_code == 200, path
    async with browser_page(chromium, mock_serve, tmp_path / "profile") as (page, dialogs):
        kinds = page.locator("#entries li .kind")
        await page.locator("#entries li", has_text="letter").wait_for()
        assert sorted(set(await kinds.all_text_contents())) == [
            "email",
            "fax",
            "letter",
            "mms",
            "sms",
            "voice",
        ]
        assert await page.locator("#account", has_text="Customers (0 contacts)").count() == 1
        assert await page.locator("#account", has_text="sms receipt: POLL").count() == 1
        balance = await page.locator("#balance").text_content()
        assert balance is not None
        assert balance.endswith(" AUD")
        # the letter's file is a link
        await page.locator("#entries li", has_text="letter").click()
        assert await page.locator('#detail .links a[href="https://example.com/letter.pdf"]').count() == 1
        # search narrows the list to what matches
        await page.fill("#search", "order #1042")
        await playwright_api.expect(page.locator("#entries li")).to_have_count(1)
        assert "+61422222222" in (await page.locator("#entries li").text_content() or "")
        await page.fill("#search", "")
        await playwright_api.expect(page.locator("#entries li")).to_have_count(7)
        # a conversation: delivered, a reply, and a failure elsewhere
        async with httpx.AsyncClient(base_url=mock_serve) as inbox:
            for outcome, status in (
                (outcomes[0], "delivered"),
                (outcomes[1], "delivered"),
                (outcomes[2], "failed"),
            ):
                answer = await inbox.post(
                    f"/_mock/messages/{outcome.message_id}/receipt", json={"status": status}
                )
                assert answer.status_code == 200
        await page.locator("#entries li", has_text="+61411111111").click()
        await page.fill("#reply-body", "Perfect, thank you! Can we make it 8:30?")
        await page.click("#reply-send")
        await page.locator(".bubble.in", has_text="8:30").wait_for()
        await page.locator('.timeline li[data-status="delivered"]').first.wait_for()
        shot = screenshot(await page.screenshot(), tmp_path, "inbox.png")
    assert shot.stat().st_size > 10_000
    assert dialogs == []
