"""After-the-send benchmarks: CPU per receipt through ``webhook_app``, memory per tracked message.

    python benchmarks/delivery.py            # 200,000 receipts; 1,000,000 tracked messages
    python benchmarks/delivery.py --smoke    # tiny sizes (CI: keeps it working)

Each measurement runs in a fresh process (``--one NAME``), in process (no sockets: the ASGI app is called
directly, so the figure is the SDK's own cost, not the server's).

* receipts: process CPU per form-encoded receipt pushed through ``webhook_app`` (token check, body read,
  ``parse_event``, the tracker), beside a floor measured in the same run: a bare ASGI app that reads the
  same body, splits it with ``urllib.parse.parse_qsl`` and answers 200.
* tracking: bytes per message of ``cs.deliveries.track(report)`` for a report of N sent messages
  (tracemalloc, the report's own message_id strings not counted: the tracker shares them), and peak RSS.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
import tracemalloc
import uuid
from collections.abc import Awaitable, Callable, MutableMapping
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

import anyio

Message = MutableMapping[str, Any]
TOKEN = "benchmark-token-0123456789"


def _ids(count: int) -> list[str]:
    return [str(uuid.UUID(int=i + 1, version=4)).upper() for i in range(count)]


def _bodies(ids: list[str]) -> list[bytes]:
    return [
        urlencode(
            {
                "timestamp_send": "1700000000",
                "timestamp": "1700000003",
                "message_id": message_id,
                "status_code": "201",
                "status_text": "Success: Message received on handset.",
                "error_code": "",
                "error_text": "",
                "custom_string": f"order-{i}",
                "user_id": "1",
                "subaccount_id": "",
                "message_type": "sms",
            }
        ).encode()
        for i, message_id in enumerate(ids)
    ]


async def _drive(app: Callable[..., Awaitable[None]], bodies: list[bytes]) -> float:
    """Push every body through ``app`` as ASGI POSTs; returns the process CPU seconds it took."""
    scope = {
        "type": "http",
        "method": "POST",
        "path": "/clicksend",
        "query_string": f"token={TOKEN}".encode(),
        "headers": [(b"content-type", b"application/x-www-form-urlencoded")],
    }
    statuses: list[int] = []

    async def send(message: Message) -> None:
        if message["type"] == "http.response.start":
            statuses.append(message["status"])

    start = time.process_time()
    for body in bodies:
        sent = False

        async def receive(body: bytes = body) -> Message:
            nonlocal sent
            if sent:
                return {"type": "http.disconnect"}
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await app(scope, receive, send)
    cpu = time.process_time() - start
    assert statuses == [200] * len(bodies), "every receipt must be answered 200"
    return cpu


async def _floor(scope: Message, receive: Callable[[], Awaitable[Message]], send: Any) -> None:
    body = (await receive())["body"]
    dict(parse_qsl(body.decode()))
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"2")]})
    await send({"type": "http.response.body", "body": b"ok"})


def _report(ids: list[str]) -> Any:
    from clicksend_async import SendReport

    report = SendReport()
    price = Decimal("0.0770")
    for i, message_id in enumerate(ids):
        report.add(i, "+61411111111", "", "sent", message_id, price)
    return report


def one(name: str, size: int) -> dict[str, float]:
    from clicksend_async import ClickSend
    from clicksend_async.webhooks import webhook_app

    if name == "receipts-floor":
        bodies = _bodies(_ids(size))
        return {"cpu_per_receipt_us": anyio.run(_drive, _floor, bodies) / size * 1e6}
    if name == "receipts-webhook_app":
        ids = _ids(size)
        bodies = _bodies(ids)
        cs = ClickSend("bench", "bench-key", base_url="https://rest.clicksend.invalid/v3")
        report = _report(ids)
        cs.deliveries.track(report)
        cpu = anyio.run(_drive, webhook_app(cs, token=TOKEN), bodies)
        assert all(cs.deliveries.status(i) == "delivered" for i in ids[:: max(1, size // 100)])
        return {"cpu_per_receipt_us": cpu / size * 1e6}
    if name == "tracking":
        ids = _ids(size)
        report = _report(ids)
        cs = ClickSend("bench", "bench-key", base_url="https://rest.clicksend.invalid/v3")
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        assert cs.deliveries.track(report) == size
        rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        cs.deliveries.forget(report)
        other = ClickSend("bench", "bench-key", base_url="https://rest.clicksend.invalid/v3")
        tracemalloc.start()  # exact bytes (tracemalloc's own bookkeeping is not counted)
        other.deliveries.track(report)
        current, _ = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return {
            "bytes_per_message": current / size,
            "rss_growth_bytes_per_message": (rss_after - rss_before) * 1024 / size,
            "peak_rss_mib": rss_after / 1024,
        }
    raise SystemExit(f"unknown measurement {name!r}")


def _run(name: str, size: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, str(Path(__file__)), "--one", name, "--size", str(size)],
        check=True,
        capture_output=True,
        text=True,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--one")
    parser.add_argument("--size", type=int, default=0)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.size)))
        return
    receipts, tracked = (2_000, 10_000) if args.smoke else (200_000, 1_000_000)
    repeats = 1 if args.smoke else args.repeats
    floor, ours, track = [], [], []
    for _ in range(repeats):  # the clients take turns within each repeat
        floor.append(_run("receipts-floor", receipts)["cpu_per_receipt_us"])
        ours.append(_run("receipts-webhook_app", receipts)["cpu_per_receipt_us"])
        track.append(_run("tracking", tracked))
    floor.sort()
    ours.sort()
    track.sort(key=lambda r: r["bytes_per_message"])
    f, o, t = floor[len(floor) // 2], ours[len(ours) // 2], track[len(track) // 2]
    print(f"\nAfter the send (medians of {repeats}, in process, one fresh process each)")
    print("| measurement | ours | floor | ratio |")
    print("|---|---|---|---|")
    print(f"| CPU per pushed receipt, {receipts:,} receipts | {o:.1f} us | {f:.1f} us | {o / f:.2f}x |")
    print(
        f"| memory per tracked message, {tracked:,} tracked | {t['bytes_per_message']:.0f} bytes | "
        f"| (target <= 300) |"
    )
    growth = t["rss_growth_bytes_per_message"]
    print(f"| peak RSS growth per tracked message (no tracemalloc) | {growth:.0f} bytes | | |")
    print(f"| peak RSS with {tracked:,} tracked (report included) | {t['peak_rss_mib']:.0f} MiB | | |")


if __name__ == "__main__":
    main()
