"""``clicksend-async``: the command line. With no credentials it runs against the embedded mock server.

Run ``clicksend-async --help`` (or ``python -m clicksend_async.cli --help``).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Awaitable, Callable, Sequence

import anyio

from .._client import ClickSend
from .._exceptions import ClickSendError
from ..client import DEFAULT_BASE_URL
from ..mock import MockConfig, mock_client, run
from . import _commands
from ._demo import run_demo

Command = Callable[[ClickSend, argparse.Namespace], Awaitable[int]]
MOCK_BANNER = (
    "No ClickSend credentials (--username/--api-key or CLICKSEND_USERNAME/CLICKSEND_API_KEY): "
    "using the EMBEDDED MOCK server. Nothing is really sent, and its state lasts one command "
    "(for state across commands: `clicksend-async mock serve`, then --base-url http://127.0.0.1:8765/v3 "
    "--username mock-user --api-key mock-key)."
)


def connect(args: argparse.Namespace) -> ClickSend:
    """The real API with credentials from flags or the environment; the embedded mock without any."""
    username = args.username or os.environ.get("CLICKSEND_USERNAME")
    api_key = args.api_key or os.environ.get("CLICKSEND_API_KEY")
    if args.mock or not (username or api_key or args.base_url):
        print(MOCK_BANNER if not args.mock else "Using the EMBEDDED MOCK server (--mock).", file=sys.stderr)
        return mock_client()
    return ClickSend(username, api_key, base_url=args.base_url or DEFAULT_BASE_URL)


async def _run(command: Command, args: argparse.Namespace) -> int:
    async with connect(args) as cs:
        return await command(cs, args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="clicksend-async", description=__doc__.split("\n")[0])
    parser.add_argument("--username", help="API username (default: $CLICKSEND_USERNAME)")
    parser.add_argument("--api-key", help="API key (default: $CLICKSEND_API_KEY)")
    parser.add_argument("--base-url", help=f"API root (default: {DEFAULT_BASE_URL})")
    parser.add_argument(
        "--mock", action="store_true", help="use the embedded mock server even with credentials"
    )
    commands = parser.add_subparsers(dest="command", required=True)

    demo = commands.add_parser("demo", help="send a campaign to the embedded mock server and summarise it")
    demo.add_argument("--size", type=int, default=3000)
    demo.add_argument("--malformed-share", type=float, default=0.02, help="share of malformed numbers")

    sms = commands.add_parser("sms", help="send SMS, in bulk from a CSV, and read the history")
    sms_verbs = sms.add_subparsers(dest="verb", required=True)
    send = sms_verbs.add_parser("send", help="send one SMS")
    send.add_argument("--to", required=True, help="recipient in E.164, e.g. +61411111111")
    send.add_argument("--body", required=True)
    send.add_argument("--from", dest="sender", help="sender id or number")
    send.add_argument("--schedule", type=int, help="Unix time to send at")
    send.set_defaults(run=_commands.sms_send)
    bulk = sms_verbs.add_parser("send-bulk", help="one personalised SMS per row of a CSV file")
    bulk.add_argument("file", help="CSV with a header row; one message per row")
    bulk.add_argument("--body", required=True, help="template filled with the row's columns: 'Hi {name}'")
    bulk.add_argument("--to-column", default="to", help="column holding the recipient (default: to)")
    bulk.add_argument("--from", dest="sender", help="sender id or number")
    bulk.add_argument("--results", help="CSV of per-message outcomes (default: FILE.results.csv)")
    bulk.set_defaults(run=_commands.sms_send_bulk)
    history = sms_verbs.add_parser("history", help="one page of SMS history")
    history.add_argument("--page", type=int, default=1)
    history.add_argument("--limit", type=int, default=15, help="rows per page, 15 to 100")
    history.set_defaults(run=_commands.sms_history)

    commands.add_parser("account", help="the account's details and balance").set_defaults(
        run=_commands.account
    )

    mock = commands.add_parser("mock", help="the mock ClickSend server")
    serve = mock.add_subparsers(dest="verb", required=True).add_parser("serve", help="serve it on loopback")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765, help="0 picks a free port")
    serve.add_argument("--latency", type=float, default=0.0, help="seconds before each answer")
    serve.add_argument("--error-rate", type=float, default=0.0, help="share of requests answered 500")
    serve.add_argument("--seed", type=int)

    actions = commands.add_parser("actions", help="the 183 catalogue actions")
    action_verbs = actions.add_subparsers(dest="verb", required=True)
    action_verbs.add_parser("list", help="every action with the operation that serves it")
    call = action_verbs.add_parser("call", help="run an action by id; prints the connector envelope")
    call.add_argument("action_id")
    call.add_argument("--json", default="{}", help="the action's arguments, as a JSON object")
    call.set_defaults(run=_commands.actions_call)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "demo":
            anyio.run(run_demo, args.size, args.malformed_share)
            return 0
        if args.command == "mock":
            config = MockConfig(latency=args.latency, error_rate=args.error_rate, seed=args.seed)
            run(args.host, args.port, config)
            return 0
        if args.command == "actions" and args.verb == "list":
            return _commands.actions_list()
        return int(anyio.run(_run, args.run, args))
    except (ClickSendError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
