"""``clicksend-async sms send | send-bulk | history``."""

from __future__ import annotations

import argparse
from typing import Any

from ..._client import ClickSend
from ..._exceptions import ConfigurationError
from .._errors import CLIError
from .._output import table
from .._parser import add_command, add_verbs, number_in
from . import sms_bulk

SEND_COLUMNS = ["to", "status", "message_id", "price", "clicksend_status", "error"]


def register(commands: argparse._SubParsersAction[Any]) -> None:
    sms = add_command(commands, "sms", help="send SMS, in bulk from a CSV, and read the history")
    verbs = add_verbs(sms)

    send = add_command(verbs, "send", help="send one SMS")
    send.add_argument("--to", required=True, help="recipient in E.164, e.g. +61411111111")
    send.add_argument("--body", required=True, help="the message text")
    send.add_argument("--from", dest="sender", help="sender id or number (default: the account's)")
    send.add_argument("--schedule", type=number_in(0), help="Unix time (seconds) to send at")
    send.add_argument(
        "--wait", action="store_true", help="then wait for its delivery receipt (polls ClickSend's queue)"
    )
    send.add_argument(
        "--timeout",
        type=number_in(0.0, None, float),
        default=60.0,
        help="seconds to wait with --wait (default: %(default)s)",
    )
    send.add_argument(
        "--create-poll-rule",
        action="store_true",
        help="with --wait: create the POLL receipt rule polling needs, if the account has none",
    )
    send.set_defaults(run=sms_send)

    sms_bulk.register(verbs)

    history = add_command(verbs, "history", help="one page of SMS history")
    history.add_argument("--page", type=number_in(1), default=1, help="page number, from 1 (default: 1)")
    history.add_argument(
        "--limit", type=number_in(15, 100), default=15, help="rows per page, 15 to 100 (default: 15)"
    )
    history.set_defaults(run=sms_history)


async def sms_send(cs: ClickSend, args: argparse.Namespace) -> int:
    message = {"to": args.to, "body": args.body}
    if args.sender:
        message["from"] = args.sender
    if args.schedule is not None:
        message["schedule"] = args.schedule
    report = await cs.send_sms([message])
    outcome = report.outcomes[0]
    print(table(SEND_COLUMNS, [[getattr(outcome, c) for c in SEND_COLUMNS]], max_width=90))
    if outcome.status != "sent":
        return 1
    if args.wait and outcome.message_id:
        return await _wait(cs, outcome.message_id, args)
    return 0


async def _wait(cs: ClickSend, message_id: str, args: argparse.Namespace) -> int:
    if args.create_poll_rule and await cs.enable_receipt_polling("sms"):
        print("created a POLL rule for SMS receipts")
    try:
        receipt = await cs.wait_for_delivery(message_id, timeout=args.timeout, source="poll")
    except ConfigurationError as exc:
        raise CLIError(f"{exc}; or pass --create-poll-rule") from None
    if receipt is None or not receipt.final:
        print(f"delivery: still pending after {args.timeout:g} s")
        return 1
    detail = " ".join(str(x) for x in (receipt.status_code, receipt.status_text, receipt.error_text) if x)
    print(f"delivery: {receipt.status} ({detail})")
    return 0 if receipt.status == "delivered" else 1


async def sms_history(cs: ClickSend, args: argparse.Namespace) -> int:
    page = await cs.sms.list_sms_history(page=args.page, limit=args.limit)
    if page is None:  # the spec allows a null `data`
        print("ClickSend answered without a page of history")
        return 1
    rows = [[r.date, r.message_id, r.to, r.status, r.message_price, r.body] for r in page.data or []]
    if rows:
        print(table(["date", "message id", "to", "status", "price", "body"], rows))
    else:
        print("no messages on this page")
    footer = f"page {page.current_page} of {page.last_page} ({page.total} messages)"
    if (
        isinstance(page.last_page, int)
        and isinstance(page.current_page, int)
        and page.current_page < page.last_page
    ):
        footer += f"; next: --page {page.current_page + 1}"
    print(footer)
    return 0
