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
from .._connect import notice
from .._csv_messages import CsvMessages
from .._output import progress_display
from .._parser import add_command, number_in
from .._results import ResultsFile, check_results_path


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
        default=1000,
        help="messages per request, 1 to 1000; smaller leaves fewer unconfirmed if a request goes "
        "unanswered (default: %(default)s)",
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
    check_results_path(args.results_path, overwrite=args.overwrite)


async def send_bulk(cs: ClickSend, args: argparse.Namespace) -> int:
    source: CsvMessages = args.source
    results = ResultsFile(args.results_path, source.rows, overwrite=args.overwrite)
    try:
        _announce(source)
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
                )
        finally:
            results.follow(report)
            print(report.summary() + (f"; {len(source.skipped)} rows skipped" if source.skipped else ""))
            print(f"Per-message results: {results.path}")
    finally:
        results.close()
    return 0 if report.sent == report.count and not source.skipped else 1


def _announce(source: CsvMessages) -> None:
    notice(f"Sending {len(source.rows):,} personalised SMS from {source.path} ...")
    if source.unused_columns:
        notice(f"note: the template does not use the column(s) {', '.join(source.unused_columns)}")
    if source.skipped:
        shown = ", ".join(f"row {s.row} ({s.reason})" for s in source.skipped[:5])
        more = f" and {len(source.skipped) - 5} more" if len(source.skipped) > 5 else ""
        notice(f"skipping {len(source.skipped)} row(s) (--on-missing skip): {shown}{more}")
