"""``clicksend-async mock serve``: the stateful mock ClickSend on loopback, until Ctrl-C."""

from __future__ import annotations

import argparse
import errno
from typing import Any

from ...mock import MockConfig, run
from .._errors import CLIError
from .._parser import add_command, add_verbs, number_in


def register(commands: argparse._SubParsersAction[Any]) -> None:
    mock = add_command(commands, "mock", help="the mock ClickSend server")
    serve = add_command(add_verbs(mock), "serve", help="serve a fresh mock on loopback until Ctrl-C")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s)")
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
    serve.set_defaults(run_offline=serve_mock)


def serve_mock(args: argparse.Namespace) -> int:
    config = MockConfig(latency=args.latency, error_rate=args.error_rate, seed=args.seed)
    try:
        run(args.host, args.port, config)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise CLIError(
                f"cannot serve on {args.host}:{args.port}: the port is in use (pick another --port, or 0 for a free one)"
            ) from None
        raise CLIError(f"cannot serve on {args.host}:{args.port}: {exc.strerror or exc}") from None
    return 0
