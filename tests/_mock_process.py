"""The mock ClickSend in a process of its own, with every fault knob; what it accepted is written on SIGTERM.

    python -m tests._mock_process --dump received.json [--latency S] [--error-rate R] [--rate-limit-rate R]
        [--drop-before-rate R] [--drop-after-rate R] [--seed N]

Prints ``mock ClickSend REST v3 listening on http://127.0.0.1:PORT/v3`` once listening; on SIGTERM writes
``[[kind, to, custom_string, message_id], ...]`` of every message it stored (in order) to ``--dump``.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys

import anyio

from clicksend_async.mock import MockConfig, create_app, serve


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dump", required=True)
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument("--error-rate", type=float, default=0.0)
    parser.add_argument("--rate-limit-rate", type=float, default=0.0)
    parser.add_argument("--drop-before-rate", type=float, default=0.0)
    parser.add_argument("--drop-after-rate", type=float, default=0.0)
    parser.add_argument("--seed", type=int)
    args = parser.parse_args()
    config = MockConfig(
        seed=args.seed,
        latency=args.latency,
        error_rate=args.error_rate,
        rate_limit_rate=args.rate_limit_rate,
        retry_after=0,
        drop_before_rate=args.drop_before_rate,
        drop_after_rate=args.drop_after_rate,
        balance=10**9,
    )
    app = create_app(config)

    async def run() -> None:
        async with serve(app) as server:
            print(f"mock ClickSend REST v3 listening on {server.base_url}", flush=True)
            with anyio.open_signal_receiver(signal.SIGTERM) as signals:
                async for _ in signals:
                    return

    anyio.run(run)
    rows = [[m.kind, m.to, m.custom_string, m.message_id] for m in app.received_messages]
    with open(args.dump, "w", encoding="utf-8") as handle:
        json.dump(rows, handle)
    sys.exit(0)


if __name__ == "__main__":
    main()
