"""A minimal, fast ClickSend-shaped HTTP/1.1 server for the benchmarks (stdlib only, asyncio protocol).

It answers the three operations the benchmarks use, in ClickSend's envelope and with field types that both
this SDK's models and the official SDK's strict pydantic models accept:

* ``POST /v3/sms/send``: one ``SUCCESS`` result per message, echoing ``to``, ``body``, ``from`` and
  ``custom_string`` (the SDK matches results to messages by ``custom_string``);
* ``GET /v3/account``: a fixed account record;
* ``GET /v3/sms/history?page=&limit=``: a Laravel-style page of ``history_total`` records.

It runs in the project's venv: history pages come from the mock's ``page`` envelope. Control (``run.py``): ``POST /_bench/config`` with ``{"latency": s, "history_total": n}``, and
``GET /_bench/cpu`` for this process's CPU seconds, so the runner can show that the server is not the
bottleneck. Run: ``python benchmarks/server.py`` prints ``PORT <n>`` once listening on 127.0.0.1.

It is deliberately not the project's mock (which validates, stores and prices every message): its job is
to cost as little CPU as possible per request, so that client differences show.
"""

from __future__ import annotations

import asyncio
import json
import resource
import sys
from collections.abc import Sequence
from typing import Any, overload
from urllib.parse import parse_qs

from clicksend_async.mock._envelope import page

_CURRENCY = {
    "currency_name_short": "AUD",
    "currency_prefix_d": "$",
    "currency_prefix_c": "c",
    "currency_name_long": "Australian Dollars",
}
_ACCOUNT = {
    "user_id": 1,
    "username": "bench-user",
    "user_email": "bench@example.com",
    "active": 1,
    "banned": 0,
    "date_sign_up": 1700000000,
    "balance": "100.0000",
    "user_phone": "+61411111111",
    "user_first_name": "Bench",
    "user_last_name": "User",
    "account": 1,
    "account_name": "Bench",
    "country": "AU",
    "default_country_sms": "AU",
    "auto_recharge": 0,
    "setting_unicode_sms": 0,
    "timezone": "Australia/Melbourne",
    "_currency": _CURRENCY,
}


def _envelope(data: Any, message: str = "Here you go.") -> bytes:
    payload = {"http_code": 200, "response_code": "SUCCESS", "response_msg": message, "data": data}
    return json.dumps(payload, separators=(",", ":")).encode()


class State:
    def __init__(self) -> None:
        self.latency = 0.0
        self.history_total = 100_000
        self.sent = 0
        self.account_body = _envelope(_ACCOUNT)


STATE = State()


def send_sms(body: bytes) -> bytes:
    messages = json.loads(body)["messages"]
    first = STATE.sent
    STATE.sent += len(messages)
    results = [
        {
            "direction": "out",
            "date": 1700000000,
            "to": m.get("to"),
            "body": m.get("body"),
            "from": m.get("from"),
            "schedule": None,
            "message_id": f"BENCH-{first + i:012d}",
            "message_parts": 1,
            "message_price": "0.0770",
            "from_email": None,
            "list_id": None,
            "custom_string": m.get("custom_string"),
            "contact_id": None,
            "user_id": 1,
            "subaccount_id": 1,
            "country": "AU",
            "carrier": "Telstra",
            "status": "SUCCESS",
        }
        for i, m in enumerate(messages)
    ]
    count = len(results)
    data = {
        "total_price": round(0.077 * count, 4),
        "total_count": count,
        "queued_count": count,
        "messages": results,
        "_currency": _CURRENCY,
        "blocked_count": 0,
    }
    return _envelope(data, "Messages queued for delivery.")


class History(Sequence[dict[str, Any]]):
    """``total`` SMS history records, made when a page slices them (nothing is stored)."""

    def __init__(self, total: int) -> None:
        self.total = total

    def __len__(self) -> int:
        return self.total

    @overload
    def __getitem__(self, index: int) -> dict[str, Any]: ...

    @overload
    def __getitem__(self, index: slice) -> list[dict[str, Any]]: ...

    def __getitem__(self, index: int | slice) -> dict[str, Any] | list[dict[str, Any]]:
        if isinstance(index, slice):
            return [_record(n) for n in range(*index.indices(self.total))]
        return _record(range(self.total)[index])


def _record(n: int) -> dict[str, Any]:
    return {
        "direction": "out",
        "date": 1700000000 + n,
        "to": f"+614{n:08d}",
        "body": "Your order has shipped",
        "status": "Completed",
        "from": "AcmeShop",
        "schedule": "",
        "status_code": "201",
        "status_text": "Success: Message received on handset.",
        "error_code": "",
        "error_text": "",
        "message_id": f"BENCH-{n:012d}",
        "message_parts": 1,
        "message_price": "0.0770",
        "from_email": None,
        "list_id": None,
        "custom_string": f"bench-{n}",
        "contact_id": None,
        "user_id": 1,
        "subaccount_id": 1,
        "country": "AU",
        "carrier": "Telstra",
        "first_name": None,
        "last_name": None,
        "api_username": "bench-user",
    }


def history(query: str) -> bytes:
    """A Laravel-style page, built by the project's mock (the same envelope as the spec's)."""
    params = {name: values[0] for name, values in parse_qs(query).items()}
    return _envelope(page(History(STATE.history_total), params))


def control(method: str, path: str, body: bytes) -> bytes:
    if path == "/_bench/config" and method == "POST":
        config = json.loads(body)
        STATE.latency = float(config.get("latency", STATE.latency))
        STATE.history_total = int(config.get("history_total", STATE.history_total))
        return b'{"ok":true}'
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return json.dumps({"cpu": usage.ru_utime + usage.ru_stime, "sent": STATE.sent}).encode()


def answer(method: str, target: str, body: bytes) -> tuple[int, bytes]:
    path, _, query = target.partition("?")
    if path == "/v3/sms/send" and method == "POST":
        return 200, send_sms(body)
    if path == "/v3/account" and method == "GET":
        return 200, STATE.account_body
    if path == "/v3/sms/history" and method == "GET":
        return 200, history(query)
    if path.startswith("/_bench/"):
        return 200, control(method, path, body)
    return 404, b'{"http_code":404,"response_code":"NOT_FOUND","response_msg":"no such path","data":[]}'


class HTTPProtocol(asyncio.Protocol):
    """HTTP/1.1 with keep-alive and Content-Length bodies: what httpx and urllib3 send."""

    def __init__(self) -> None:
        self.buffer = bytearray()
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = bytes(self.buffer[:end]).decode("latin-1").split("\r\n")
            length = 0
            for line in head[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            if len(self.buffer) < end + 4 + length:
                return
            body = bytes(self.buffer[end + 4 : end + 4 + length])
            del self.buffer[: end + 4 + length]
            method, target, _ = head[0].split(" ", 2)
            status, payload = answer(method, target, body)
            reply = (
                f"HTTP/1.1 {status} {'OK' if status == 200 else 'Not Found'}\r\n"
                f"content-type: application/json\r\ncontent-length: {len(payload)}\r\n\r\n"
            ).encode() + payload
            if STATE.latency and not target.startswith("/_bench/"):
                asyncio.get_running_loop().call_later(STATE.latency, self._write, reply)
            else:
                self._write(reply)

    def _write(self, reply: bytes) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(reply)

    def connection_lost(self, exc: Exception | None) -> None:
        self.transport = None


async def main() -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(HTTPProtocol, "127.0.0.1", 0, backlog=128)
    port = server.sockets[0].getsockname()[1]
    print(f"PORT {port}", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)
