"""``clicksend-async``: the command line. ``demo`` runs a campaign against the embedded mock server.

Run it as ``clicksend-async demo`` or ``python -m clicksend_async.cli demo``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Sequence
from typing import Any

import anyio
import httpx

from ._client import ClickSend
from ._index import action_ids, action_info, action_operation

MOCK_USER, MOCK_KEY = "mock-user", "mock-key"


def mock_client(**kwargs: Any) -> ClickSend:
    """A ``ClickSend`` wired in-process to a fresh embedded mock server (no network, no credentials)."""
    from .mock import create_app

    app = create_app()
    return ClickSend(
        MOCK_USER,
        MOCK_KEY,
        base_url="http://mock.clicksend.local/v3",
        allow_http=True,
        transport=httpx.ASGITransport(app=app),
        **kwargs,
    )


def campaign(size: int, invalid_share: float, seed: int = 7) -> list[dict[str, Any]]:
    """A realistic campaign: Australian and US mobiles, a few malformed numbers, personalised bodies."""
    rng = random.Random(seed)
    names = ["Ava", "Noah", "Mia", "Liam", "Zoe", "Ethan", "Isla", "Lucas", "Ruby", "Jack"]
    out = []
    for i in range(size):
        name = rng.choice(names)
        if rng.random() < invalid_share:
            to = rng.choice(["0411 111", "+6141111", "not-a-number", "+999123"])
        elif i % 3:
            to = f"+614{rng.randrange(10_000_000, 99_999_999)}"
        else:
            to = f"+1212555{rng.randrange(1000, 9999)}"
        out.append({"to": to, "body": f"Hi {name}, your order #{1000 + i} has shipped.", "from": "AcmeShop"})
    return out


class ProgressBar:
    def __init__(self, total: int, stream: Any = sys.stderr) -> None:
        self.total, self.stream, self.started = total, stream, time.perf_counter()

    def __call__(self, done: int, total: int | None) -> None:
        width = 40
        filled = int(width * done / max(self.total, 1))
        rate = done / max(time.perf_counter() - self.started, 1e-9)
        self.stream.write(
            f"\r  [{'#' * filled}{'.' * (width - filled)}] {done}/{self.total}  {rate:,.0f} msg/s"
        )
        self.stream.flush()
        if done >= self.total:
            self.stream.write("\n")


async def run_demo(size: int, invalid_share: float) -> None:
    print("clicksend-async demo -- against the EMBEDDED MOCK SERVER (no real messages, no credentials)")
    messages = campaign(size, invalid_share)
    async with mock_client() as cs:
        print(f"\nSending a campaign of {size:,} SMS ({invalid_share:.0%} of numbers malformed) ...")
        report = await cs.send_sms(messages, invalid="skip", progress=ProgressBar(size))
        print(f"\nSummary: {report.summary()}")
        for outcome in report.with_status("invalid")[:3]:
            print(f"  invalid, not sent: [{outcome.index}] {outcome.error}")
        for outcome in report.with_status("rejected")[:3]:
            print(f"  rejected by ClickSend: [{outcome.index}] {outcome.to} {outcome.clicksend_status}")
        print("\nFirst page of SMS history:")
        print(f"  {'message id':<38} {'to':<14} {'status':<10} body")
        count = 0
        async for row in cs.paginate("list_sms_history", limit=15, max_items=15):
            print(f"  {row.message_id!s:<38} {row.to!s:<14} {row.status!s:<10} {str(row.body)[:40]}")
            count += 1
        account = await cs.call("get_account")
        print(f"\n{count} rows shown. Mock account balance now: {account.balance}")


def _print_actions() -> None:
    for action_id in action_ids():
        print(f"{action_id:<62} {action_operation(action_id):<40} {action_info(action_id)['title']}")


async def _call_action(action_id: str, arguments: dict[str, Any]) -> dict[str, Any]:
    async with mock_client() as cs:
        return await cs.actions.call(action_id, arguments)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="clicksend-async", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    demo = commands.add_parser("demo", help="send a campaign to the embedded mock server and summarise it")
    demo.add_argument("--size", type=int, default=3000)
    demo.add_argument("--invalid-share", type=float, default=0.03)
    actions = commands.add_parser("actions", help="the 183 catalogue actions")
    verbs = actions.add_subparsers(dest="verb", required=True)
    verbs.add_parser("list", help="list every action with the operation that serves it")
    call = verbs.add_parser("call", help="run an action against the embedded mock server")
    call.add_argument("action_id")
    call.add_argument("--json", default="{}", help="the action's arguments, as a JSON object")
    args = parser.parse_args(argv)
    if args.command == "demo":
        anyio.run(run_demo, args.size, args.invalid_share)
    elif args.verb == "list":
        _print_actions()
    else:
        envelope = anyio.run(_call_action, args.action_id, json.loads(args.json))
        print(json.dumps(envelope, indent=2, default=str))
        return 0 if envelope["successful"] else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
