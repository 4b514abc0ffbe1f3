"""The mock's inbox without a browser: its ``/_mock/`` JSON endpoints, live events, who may use it, and
``mock serve``'s options (the page itself runs in a real browser in test_inbox_browser.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import anyio
import httpx
import pytest

from clicksend_async import ClickSend
from clicksend_async.mock import MockApp, MockConfig, create_app, mock_client, serve
from clicksend_async.mock.inbox._events import Watcher

pytestmark = pytest.mark.anyio

SMS = {"messages": [{"to": "+61411111111", "body": "Your code is 1234", "custom_string": "otp-1"}]}


async def _sent(app: MockApp, server_url: str, body: dict[str, Any] = SMS) -> str:
    async with httpx.AsyncClient(base_url=server_url, auth=("mock-user", "mock-key")) as api:
        answer = await api.post("/sms/send", json=body)
    return str(answer.json()["data"]["messages"][0]["message_id"])


async def test_messages_newest_first_grouped_into_threads_and_searchable() -> None:
    app = create_app(MockConfig(undelivered_rate=1.0))
    async with serve(app) as server, httpx.AsyncClient(base_url=server.root_url) as inbox:
        first = await _sent(app, server.base_url)
        second = await _sent(
            app, server.base_url, {"messages": [{"to": "+61422222222", "body": "Order shipped"}]}
        )
        app.reply(first, "Thanks!")
        listing = (await inbox.get("/_mock/messages")).json()
        assert listing["total"] == 3
        newest = (await inbox.get("/_mock/messages", params={"limit": 1})).json()
        assert ([m["body"] for m in newest["messages"]], newest["total"]) == (["Thanks!"], 3)
        refused = await inbox.get("/_mock/messages", params={"limit": "0"})
        assert refused.json()["error"] == "limit must be a whole number from 1 to 100000, not '0'."
        assert [(m["direction"], m["body"]) for m in listing["messages"]] == [
            ("in", "Thanks!"),
            ("out", "Order shipped"),
            ("out", "Your code is 1234"),
        ]
        assert [(t["number"], [m["body"] for m in t["messages"]]) for t in listing["threads"]] == [
            ("+61411111111", ["Your code is 1234", "Thanks!"]),
            ("+61422222222", ["Order shipped"]),
        ]
        assert listing["messages"][0]["original_message_id"] == first
        found = (await inbox.get("/_mock/messages", params={"q": "SHIPPED"})).json()["messages"]
        assert [m["message_id"] for m in found] == [second]
        by_custom_string = (await inbox.get("/_mock/messages", params={"q": "otp-1"})).json()["messages"]
        # the reply carries the custom_string of the message it answers, as ClickSend's inbound SMS do
        assert [(m["direction"], m["body"]) for m in by_custom_string] == [
            ("in", "Thanks!"),
            ("out", "Your code is 1234"),
        ]
        one = (await inbox.get(f"/_mock/messages/{first.lower()}")).json()["message"]
        assert (one["status"], [s["status"] for s in one["timeline"]]) == ("queued", ["queued"])


async def test_a_receipt_marked_through_the_endpoint_is_polled_by_the_sdk_with_clicksends_codes() -> None:
    app = create_app(MockConfig(undelivered_rate=1.0))
    async with (
        serve(app) as server,
        httpx.AsyncClient(base_url=server.root_url) as inbox,
        ClickSend("mock-user", "mock-key", base_url=server.base_url) as cs,
    ):
        await cs.enable_receipt_polling("sms")
        report = await cs.send_sms([{"to": "+61411111111", "body": "a"}, {"to": "+61422222222", "body": "b"}])
        ok, bad = (o.message_id for o in report.outcomes)
        answer = await inbox.post(f"/_mock/messages/{ok}/receipt", json={"status": "delivered"})
        assert answer.status_code == 200
        timeline = answer.json()["message"]["timeline"]
        assert [(s["status"], s["code"]) for s in timeline] == [("queued", ""), ("delivered", "201")]
        await inbox.post(f"/_mock/messages/{bad}/receipt", json={"status": "failed"})
        result = await cs.wait_for_delivery(report, timeout=10)
    assert [o.message_id for o in result.delivered] == [ok]
    assert [o.message_id for o in result.failed] == [bad]
    assert result.receipts[str(bad)].status_code == 301


async def test_send_receipt_is_the_python_api_of_the_same_action() -> None:
    app = create_app(MockConfig(undelivered_rate=1.0))
    async with serve(app) as server:
        sent = await _sent(app, server.base_url)
        with pytest.raises(ValueError, match="status must be 'delivered' or 'failed', not 'gone'"):
            app.send_receipt(sent, "gone")
        with pytest.raises(KeyError, match="NOPE"):
            app.send_receipt("NOPE")
        app.send_receipt(sent, "failed")
        async with httpx.AsyncClient(base_url=server.base_url, auth=("mock-user", "mock-key")) as api:
            polled = (await api.get("/sms/receipts")).json()["data"]["data"]
    assert [(r["message_id"], r["status_code"], r["error_code"]) for r in polled] == [(sent, "301", "301")]


async def test_a_reply_through_the_endpoint_is_pushed_to_the_inbound_url_rule() -> None:
    pushed: list[dict[str, Any]] = []
    arrived = anyio.Event()

    async def hook(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        message = await receive()
        if (b"content-type", b"application/json") in scope["headers"]:  # receipts come form-encoded
            pushed.append(json.loads(message["body"]))
            arrived.set()
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    app = create_app()
    async with (
        serve(hook) as webhook,
        serve(app) as server,
        httpx.AsyncClient(base_url=server.root_url) as inbox,
    ):
        async with ClickSend("mock-user", "mock-key", base_url=server.base_url) as cs:
            await cs.configure_webhooks(webhook.root_url + "/in", webhook_type="json")
        sent = await _sent(app, server.base_url)
        answer = await inbox.post(f"/_mock/messages/{sent}/reply", json={"body": "STOP"})
        assert answer.status_code == 200
        with anyio.fail_after(10):
            await arrived.wait()
        listing = (await inbox.get("/_mock/messages")).json()["messages"]
    assert (pushed[0]["body"], pushed[0]["original_message_id"], pushed[0]["from"]) == (
        "STOP",
        sent,
        "+61411111111",
    )
    assert listing[0]["body"] == "STOP"  # a pushed (not polled) reply is listed too


async def test_bad_actions_are_refused_naming_the_field_and_value() -> None:
    app = create_app()
    async with serve(app) as server, httpx.AsyncClient(base_url=server.root_url) as inbox:
        sent = await _sent(app, server.base_url)
        cases = [
            (
                f"/_mock/messages/{sent}/receipt",
                {"status": "lost"},
                400,
                "status must be 'delivered' or 'failed', not 'lost'",
            ),
            (f"/_mock/messages/{sent}/reply", {"body": "  "}, 400, "body must be the reply's text, not '  '"),
            (f"/_mock/messages/{sent}/reply", {"body": "x", "delay": -1}, 400, "delay must be a number"),
            ("/_mock/messages/NOPE/reply", {"body": "x"}, 404, "The mock sent no message 'NOPE'"),
            ("/_mock/nothing", {}, 404, "No mock endpoint /_mock/nothing"),
        ]
        for path, body, status, error in cases:
            answer = await inbox.post(path, json=body)
            assert (answer.status_code, answer.json()["error"][: len(error)]) == (status, error), path
        assert (await inbox.get(f"/_mock/messages/{sent}/reply")).status_code == 405
        huge = await inbox.post(f"/_mock/messages/{sent}/reply", json={"body": "x" * 70_000})
        assert (huge.status_code, huge.json()["error"]) == (413, "The request body is over 65536 bytes.")
        assert (
            await inbox.post(f"/_mock/messages/{sent}/reply", content=b"[1]", headers=_JSON)
        ).status_code == 400
    assert app.store.inbound == []
    assert app.store.deliveries.routed_inbound == []


_JSON = {"content-type": "application/json"}


async def test_cross_site_posts_are_refused() -> None:
    """A page elsewhere can make the browser POST a form (not JSON) or name its own origin: both refused."""
    app = create_app(MockConfig(undelivered_rate=1.0))
    async with serve(app) as server, httpx.AsyncClient(base_url=server.root_url) as inbox:
        sent = await _sent(app, server.base_url)
        form = await inbox.post(f"/_mock/messages/{sent}/receipt", data={"status": "delivered"})
        assert form.status_code == 415
        evil = {**_JSON, "origin": "http://evil.example"}
        foreign = await inbox.post(
            f"/_mock/messages/{sent}/receipt", json={"status": "delivered"}, headers=evil
        )
        assert foreign.status_code == 403
        own = {**_JSON, "origin": server.root_url}
        assert (
            await inbox.post(f"/_mock/messages/{sent}/receipt", json={"status": "delivered"}, headers=own)
        ).status_code == 200
    assert len(app.store.deliveries.timelines[sent]) == 1


async def test_off_loopback_the_inbox_asks_for_the_mocks_credentials_while_the_api_keeps_its_own() -> None:
    app = create_app()
    remote = httpx.ASGITransport(app=app, client=("203.0.113.7", 40000))
    async with httpx.AsyncClient(transport=remote, base_url="http://127.0.0.1") as outsider:
        refused = await outsider.get("/_mock/messages")
        assert refused.status_code == 401
        assert refused.headers["www-authenticate"].startswith("Basic")
        assert (await outsider.get("/")).status_code == 401
        assert (await outsider.get("/_mock/messages", auth=("mock-user", "mock-key"))).status_code == 200
        assert (await outsider.get("/_mock/messages", auth=("mock-user", "wrong"))).status_code == 401
        assert (await outsider.get("/v3/account")).status_code == 401
    local = httpx.ASGITransport(app=app, client=("127.0.0.1", 40000))
    async with httpx.AsyncClient(transport=local, base_url="http://127.0.0.1:8765") as developer:
        assert (await developer.get("/_mock/account")).status_code == 200
        assert (await developer.get("/v3/account")).status_code == 401  # the API keeps its authentication
    # DNS rebinding: a loopback client, but the browser was sent there by another site's name
    async with httpx.AsyncClient(transport=local, base_url="http://evil.example:8765") as rebound:
        assert (await rebound.get("/_mock/account")).status_code == 401


async def test_the_page_and_its_files_are_served_with_a_strict_content_security_policy() -> None:
    app = create_app()
    async with serve(app) as server, httpx.AsyncClient(base_url=server.root_url) as inbox:
        page = await inbox.get("/")
        assert page.headers["content-type"] == "text/html; charset=utf-8"
        assert "script-src 'self'" in page.headers["content-security-policy"]
        assert '<script src="/static/inbox.js" defer></script>' in page.text
        script = await inbox.get("/static/inbox.js")
        assert script.headers["content-type"].startswith("text/javascript")
        assert "innerHTML" not in script.text.replace("never innerHTML", "")
        assert (await inbox.get("/static/../_views.py")).status_code == 404
        assert (await inbox.get("/static/index.html")).status_code == 404
        assert (await inbox.post("/")).status_code == 405


async def test_the_event_stream_says_change_when_a_message_arrives() -> None:
    app = create_app()
    async with (
        serve(app) as server,
        httpx.AsyncClient(base_url=server.root_url, timeout=10) as inbox,
        inbox.stream("GET", "/_mock/events") as events,
    ):
        assert events.headers["content-type"].startswith("text/event-stream")
        seen: list[str] = []
        with anyio.fail_after(10):
            async for line in events.aiter_lines():
                seen.append(line)
                if line == 'data: {"revision": 0}':
                    await _sent(app, server.base_url)
                if line == 'data: {"revision": 1}':
                    break
    assert "event: change" in seen


def test_mock_serve_warns_on_stderr_when_it_binds_beyond_loopback() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "clicksend_async.cli", "mock", "serve", "--host", "0.0.0.0", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        assert process.stderr is not None
        warning = process.stderr.readline()
        assert "listening on http://0.0.0.0:" in process.stdout.readline()
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert warning.startswith("warning: serving the mock on 0.0.0.0, not loopback")


def test_mock_serve_on_loopback_says_nothing_on_stderr_and_serves_the_inbox_on_its_ui_port() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "clicksend_async.cli", "mock", "serve", "--port", "0", "--ui-port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        api, inbox = process.stdout.readline().split()[-1], process.stdout.readline().split()[-1]
        assert api.startswith("http://127.0.0.1:")
        assert inbox.startswith("http://127.0.0.1:")
        assert api.removesuffix("/v3") != inbox.removesuffix("/")
        assert httpx.get(inbox).headers["content-type"].startswith("text/html")
        assert httpx.get(inbox + "_mock/account").json()["balance"] == "10000.0000"
        assert httpx.get(inbox + "v3/account").status_code == 404  # the UI port serves the inbox only
        assert httpx.get(api + "/account", auth=("mock-user", "mock-key")).status_code == 200
    finally:
        process.terminate()
        _, err = process.communicate(timeout=10)
    assert err == ""


async def test_the_change_watcher_sees_schedules_go_out_and_cancels_and_nothing_else() -> None:
    now = [1_800_000_000.0]
    app = create_app(MockConfig(clock=lambda: now[0], undelivered_rate=1.0))
    watcher = Watcher()
    async with mock_client(app) as cs:
        schedule = int(now[0]) + 60
        await cs.send_sms([{"to": "+61411111111", "body": "later", "schedule": schedule}])
        await cs.send_sms([{"to": "+61422222222", "body": "later too", "schedule": schedule}])
        first = watcher.fingerprint(app.store)
        assert watcher.fingerprint(app.store) == first  # nothing happened
        cancelled = app.received_messages[1].message_id
        await cs.sms.cancel_sms(message_id=cancelled)
        second = watcher.fingerprint(app.store)
        assert second != first
        now[0] += 61  # the other one goes out (no receipt: undelivered_rate=1)
        third = watcher.fingerprint(app.store)
        assert third != second
        assert watcher.fingerprint(app.store) == third
        app.reset()
        assert watcher.fingerprint(app.store) != third
