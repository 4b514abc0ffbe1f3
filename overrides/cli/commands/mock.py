"""``clicksend-async mock serve``: the stateful mock ClickSend on loopback, until Ctrl-C."""

from __future__ import annotations

import argparse
import errno
import sys
from typing import Any

from ..._hosts import is_loopback_host
from ...mock import MockConfig, run
from .._errors import CLIError
from .._parser import add_command, add_verbs, number_in


def register(commands: argparse._SubParsersAction[Any]) -> None:
    mock = add_command(commands, "mock", help="the mock ClickSend server")
    serve = add_command(add_verbs(mock), "serve", help="serve a fresh mock on loopback until Ctrl-C")
    serve.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default: %(default)s); any other than loopback is reachable by others",
    )
    serve.add_argument(
        "--port",
        type=number_in(0, 65535),
        default=8765,
        help="port; 0 picks a free one (default: %(default)s)",
    )
    serve.add_argument(
        "--latency",
        type=number_in(0.0, None, float),
        default=0.0,
        help="seconds before each answer (default: 0)",
    )
    serve.add_argument(
        "--error-rate",
        type=number_in(0.0, 1.0, float),
        default=0.0,
        help="share of requests answered 500, 0 to 1 (default: 0)",
    )
    serve.add_argument("--seed", type=int, help="seed of the fault injection, for reproducible runs")
    serve.add_argument(
        "--ui-port",
        type=number_in(0, 65535),
        help="also serve the web inbox on this port (it is always at / on --port too)",
    )
    serve.add_argument(
        "--delivery-delay",
        type=number_in(0.0, None, float),
        default=0.0,
        help="seconds from a send to its delivery receipt (default: 0)",
    )
    serve.add_argument(
        "--delivery-failure-rate",
        type=number_in(0.0, 1.0, float),
        default=0.0,
        help="share of messages whose receipt says failed, 0 to 1 (default: 0)",
    )
    serve.add_argument(
        "--undelivered-rate",
        type=number_in(0.0, 1.0, float),
        default=0.0,
        help="share of messages that get no receipt, 0 to 1; 1: only those you mark in the inbox (default: 0)",
    )
    serve.set_defaults(run_offline=serve_mock)


def serve_mock(args: argparse.Namespace) -> int:
    config = MockConfig(
        latency=args.latency,
        error_rate=args.error_rate,
        seed=args.seed,
        delivery_delay=args.delivery_delay,
        delivery_failure_rate=args.delivery_failure_rate,
        undelivered_rate=args.undelivered_rate,
    )
    public = not is_loopback_host(args.host)
    if public:
        print(
            f"warning: serving the mock on {args.host}, not loopback: others on the network can reach it "
            "(its inbox asks them for the mock's API credentials)",
            file=sys.stderr,
            flush=True,
        )
    try:
        run(args.host, args.port, config, public=public, ui_port=args.ui_port)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise CLIError(
                f"cannot serve on {args.host}:{args.port}: the port is in use (pick another --port, or 0 for a free one)"
            ) from None
        raise CLIError(f"cannot serve on {args.host}:{args.port}: {exc.strerror or exc}") from None
    return 0
