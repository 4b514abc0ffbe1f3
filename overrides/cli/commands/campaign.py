"""``clicksend-async campaign status | reconcile JOURNAL``: a campaign journal read back, or settled."""

from __future__ import annotations

import argparse
from typing import Any

import anyio

from ..._client import ClickSend
from ...journal import campaign_status
from .._output import table
from .._parser import add_command, add_verbs, number_in


def add_journal_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--campaign",
        help="the campaign's name in a PostgreSQL journal (postgresql://...); every worker gives it",
    )


def register(commands: argparse._SubParsersAction[Any]) -> None:
    campaign = add_command(commands, "campaign", help="a campaign journal: how far it got, or settle it")
    verbs = add_verbs(campaign)
    status = add_command(verbs, "status", help="how far a journaled campaign got (readable while it sends)")
    status.add_argument("journal", help="the journal: a file, or postgresql://... with --campaign")
    add_journal_arguments(status)
    status.set_defaults(run_offline=show_status)
    reconcile = add_command(
        verbs, "reconcile", help="settle what the journal holds in doubt against the history; sends nothing"
    )
    reconcile.add_argument("journal", help="the journal: a file, or postgresql://... with --campaign")
    add_journal_arguments(reconcile)
    reconcile.add_argument(
        "--settle-delay",
        type=number_in(0, kind=float),
        default=60.0,
        help="seconds after a send before a message absent from the history counts as not sent "
        "(default: %(default)s)",
    )
    reconcile.set_defaults(run=settle)


def show_status(args: argparse.Namespace) -> int:
    status = anyio.run(campaign_status, args.journal, args.campaign)
    rows: list[list[Any]] = [
        ["journaled", status.journaled],
        ["sent", status.sent],
        ["rejected by ClickSend", status.rejected],
        ["invalid", status.invalid],
        ["in doubt (to reconcile)", status.in_doubt],
        ["to send", status.to_send],
        ["cost", f"{status.total_price:.4f}"],
    ]
    print(f"{status.location}: {status.operation}, account {status.account}, batches of {status.batch_size}")
    print(table(["messages", "count"], rows))
    return 0 if status.in_doubt == status.to_send == 0 else 1


async def settle(cs: ClickSend, args: argparse.Namespace) -> int:
    summary = await cs.reconcile(args.journal, settle_delay=args.settle_delay, campaign=args.campaign)
    print(summary)
    return 0
