"""``clicksend-async sms send-bulk FILE``: one personalised SMS per CSV row.

Before anything is sent: the template is parsed, every row of the file is read and checked
(``_csv_messages``), and the results file is opened (``_results``). While sending: each batch's outcomes
are appended to the results file as they arrive. Interrupted or not, the summary is printed and every
outcome known is in the file.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..._client import ClickSend
from ..._report import SendReport
from ...journal import campaign_report, campaign_status
from .._connect import notice
from .._csv_messages import CsvMessages
from .._errors import CLIError
from .._output import progress_display
from .._parser import add_command, number_in
from .._results import ResultsFile, check_results_path
from .campaign import add_journal_arguments


def register(verbs: argparse._SubParsersAction[Any]) -> None:
    bulk = add_command(verbs, "send-bulk", help="one personalised SMS per row of a CSV file")
    bulk.add_argument("file", help="CSV with a header row; one message per row")
    bulk.add_argument(
        "--body", required=True, help="template filled with the row's columns: 'Hi {name}' ({{ }} for braces)"
    )
    bulk.add_argument("--to-column", default="to", help="column holding the recipient (default: %(default)s)")
    bulk.add_argument("--from", dest="sender", help="sender id or number (default: the account's)")
    bulk.add_argument(
        "--encoding",
        default="utf-8-sig",
        help="the file's text encoding, e.g. latin-1 (default: utf-8, with or without a BOM)",
    )
    bulk.add_argument(
        "--on-missing",
        choices=["refuse", "skip"],
        default="refuse",
        help="a row without a value the template or recipient needs: refuse the file (nothing is sent) "
        "or skip the row and report it (default: %(default)s)",
    )
    bulk.add_argument("--results", help="CSV of per-message outcomes (default: FILE.results.csv)")
    bulk.add_argument("--overwrite", action="store_true", help="replace an existing results file")
    bulk.add_argument(
        "--batch-size",
        type=number_in(1, 1000),
        default=None,
        help="messages per request, 1 to 1000; smaller leaves fewer unconfirmed if a request goes "
        "unanswered (default: 1000, or the --journal's)",
    )
    bulk.add_argument(
        "--journal",
        help="campaign journal (a file, created if absent, or postgresql://... with --campaign): rerun the "
        "same command after a crash and it resumes, sending nothing twice; --results is then written from "
        "the journal, complete however many runs it took",
    )
    add_journal_arguments(bulk)
    bulk.add_argument(
        "--settle-delay",
        type=number_in(0, kind=float),
        default=60.0,
        help="with --journal: seconds after a send before a message absent from ClickSend's history counts "
        "as not sent and is sent again (default: %(default)s)",
    )
    bulk.set_defaults(check=check, run=send_bulk)


def check(args: argparse.Namespace) -> None:
    path = Path(args.file)
    args.source = CsvMessages(
        path,
        args.body,
        to_column=args.to_column,
        sender=args.sender,
        encoding=args.encoding,
        on_missing=args.on_missing,
    )
    args.source.check()
    args.results_path = Path(args.results) if args.results else path.with_suffix(".results.csv")
    if args.campaign and not args.journal:
        raise CLIError("--campaign names a campaign of a PostgreSQL --journal; nothing was sent")
    # with a journal the results are rewritten from it: an earlier run's results file is expected
    args.overwrite = args.overwrite or bool(args.journal)
    args.journal_found = bool(args.journal) and (
        args.journal.startswith(("postgresql:", "postgres:")) or Path(args.journal).exists()
    )
    check_results_path(args.results_path, overwrite=args.overwrite)


async def send_bulk(cs: ClickSend, args: argparse.Namespace) -> int:
    source: CsvMessages = args.source
    results = ResultsFile(args.results_path, source.rows, overwrite=args.overwrite)
    try:
        _announce(source)
        if args.journal:
            await _announce_resume(args, len(source.rows))
        results.write_skipped(source.skipped)
        report = SendReport()
        try:
            with progress_display(len(source.rows)) as shown:

                def progress(done: int, total: int | None) -> None:
                    results.follow(report)
                    shown.update(done)

                await cs.send_sms(
                    source.messages(),
                    invalid="skip",
                    progress=progress,
                    report=report,
                    batch_size=args.batch_size,
                    journal=args.journal,
                    campaign=args.campaign,
                    settle_delay=args.settle_delay,
                )
        finally:
            results.follow(report)
            if args.journal:  # the whole campaign, from the journal, in input order
                results.rewrite(await campaign_report(args.journal, args.campaign), source.skipped)
            print(report.summary() + (f"; {len(source.skipped)} rows skipped" if source.skipped else ""))
            print(f"Per-message results: {results.path}")
    finally:
        results.close()
    return 0 if report.sent == report.count and not source.skipped else 1


async def _announce_resume(args: argparse.Namespace, total: int) -> None:
    """``resuming: 40,000 already sent, 1,000 to reconcile, 59,000 to send`` for a journal that holds some."""
    if not args.journal_found:
        return
    status = await campaign_status(args.journal, args.campaign)
    if not status.journaled:
        return
    left = max(total - status.settled - status.in_doubt, 0)
    known = (
        f", {status.rejected + status.invalid:,} rejected or invalid"
        if status.rejected + status.invalid
        else ""
    )
    notice(
        f"resuming: {status.sent:,} already sent{known}, {status.in_doubt:,} to reconcile, {left:,} to send"
    )


def _announce(source: CsvMessages) -> None:
    notice(f"Sending {len(source.rows):,} personalised SMS from {source.path} ...")
    if source.unused_columns:
        notice(f"note: the template does not use the column(s) {', '.join(source.unused_columns)}")
    if source.skipped:
        shown = ", ".join(f"row {s.row} ({s.reason})" for s in source.skipped[:5])
        more = f" and {len(source.skipped) - 5} more" if len(source.skipped) > 5 else ""
        notice(f"skipping {len(source.skipped)} row(s) (--on-missing skip): {shown}{more}")
