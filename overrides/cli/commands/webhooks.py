"""``clicksend-async webhooks serve``: receive ClickSend's pushes on loopback and print each one."""

from __future__ import annotations

import argparse
import contextlib
import secrets
import sys
from typing import Any

import anyio

from ...webhooks import DeliveryReceipt, Event, serve, webhook_app
from .._parser import add_command, add_verbs, number_in


def register(commands: argparse._SubParsersAction[Any]) -> None:
    webhooks = add_command(commands, "webhooks", help="receive ClickSend's delivery receipts and replies")
    serve_cmd = add_command(
        add_verbs(webhooks),
        "serve",
        help="serve webhook_app on loopback and print each receipt and reply until Ctrl-C",
        description=(
            "Serve webhook_app on a loopback port and print each event ClickSend pushes. To try the real "
            "API, put an HTTPS tunnel in front of the port and give ClickSend the tunnel's URL with "
            "?token=TOKEN (cs.configure_webhooks(url), or the dashboard's automation rules)."
        ),
    )
    serve_cmd.add_argument("--host", default="127.0.0.1", help="loopback address (default: %(default)s)")
    serve_cmd.add_argument(
        "--port",
        type=number_in(0, 65535),
        default=8766,
        help="port; 0 picks a free one (default: %(default)s)",
    )
    serve_cmd.add_argument(
        "--token", help="the secret expected in ?token= (at least 16 characters; default: a new random one)"
    )
    serve_cmd.set_defaults(run_offline=serve_webhooks)


def describe(event: Event) -> str:
    """One line per event: what it is, for which message, and what it says."""
    if isinstance(event, DeliveryReceipt):
        detail = " ".join(str(x) for x in (event.status_code, event.status_text, event.error_text) if x)
        return f"receipt {event.channel} {event.message_id} {event.status}: {detail} custom_string={event.custom_string}"
    answers = f" (answers {event.original_message_id})" if event.original_message_id else ""
    return f"reply {event.message_id} from {event.from_} to {event.to}{answers}: {event.body!r}"


def serve_webhooks(args: argparse.Namespace) -> int:
    token = args.token or secrets.token_urlsafe(24)
    app = webhook_app(None, token=token, on_event=lambda event: print(describe(event), flush=True))

    async def main() -> None:
        async with serve(app, args.host, args.port) as server:
            host = f"[{server.host}]" if ":" in server.host else server.host
            print(f"listening on http://{host}:{server.port}/?token={token}", flush=True)
            print(
                "(Ctrl-C to stop; requests without the token are answered 401)", file=sys.stderr, flush=True
            )
            await anyio.sleep_forever()

    with contextlib.suppress(KeyboardInterrupt):
        anyio.run(main)
    return 0
