"""The CLI's commands: each takes the parsed arguments and a connected ``ClickSend``, prints, returns a code."""

from __future__ import annotations

import argparse
import csv
import json
import string
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .._client import ClickSend
from .._index import action_ids, action_info, action_operation
from .._report import SendReport
from ._output import ProgressBar, table

RESULT_COLUMNS = [
    "index",
    "to",
    "status",
    "message_id",
    "price",
    "clicksend_status",
    "error",
    "custom_string",
]


async def sms_send(cs: ClickSend, args: argparse.Namespace) -> int:
    message = {"to": args.to, "body": args.body}
    if args.sender:
        message["from"] = args.sender
    if args.schedule is not None:
        message["schedule"] = args.schedule
    report = await cs.send_sms([message])
    outcome = report.outcomes[0]
    print(table(RESULT_COLUMNS[1:7], [[getattr(outcome, c) for c in RESULT_COLUMNS[1:7]]], max_width=90))
    return 0 if outcome.status == "sent" else 1


async def sms_send_bulk(cs: ClickSend, args: argparse.Namespace) -> int:
    path = Path(args.file)
    columns = _csv_columns(path)
    needed = {name for _, name, _, _ in string.Formatter().parse(args.body) if name}
    missing = sorted((needed | {args.to_column}) - set(columns))
    if missing:
        print(f"error: {path} has no column(s) {', '.join(missing)} (it has: {', '.join(columns)})")
        return 2
    total = sum(1 for _ in _rows(path))
    print(f"Sending {total:,} personalised SMS from {path} ...", file=sys.stderr)
    report = await cs.send_sms(
        _messages(path, args.body, args.to_column, args.sender), invalid="skip", progress=ProgressBar(total)
    )
    results = Path(args.results or path.with_suffix(".results.csv"))
    _write_results(report, results)
    print(report.summary())
    print(f"Per-message results: {results}")
    return 0 if report.sent == report.count else 1


def _csv_columns(path: Path) -> list[str]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        return next(csv.reader(handle), [])


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        yield from csv.DictReader(handle)


def _messages(path: Path, template: str, to_column: str, sender: str | None) -> Iterator[dict[str, Any]]:
    """One message per CSV row, read lazily: ``template`` is filled with the row's columns."""
    for row in _rows(path):
        message = {"to": row[to_column].strip(), "body": template.format_map(row)}
        if sender:
            message["from"] = sender
        yield message


def _write_results(report: SendReport, path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(RESULT_COLUMNS)
        for outcome in report.outcomes:
            writer.writerow(["" if (v := getattr(outcome, c)) is None else v for c in RESULT_COLUMNS])


async def sms_history(cs: ClickSend, args: argparse.Namespace) -> int:
    page = await cs.call("list_sms_history", page=args.page, limit=args.limit)
    rows = [[r.date, r.message_id, r.to, r.status, r.message_price, r.body] for r in page.data or []]
    print(table(["date", "message id", "to", "status", "price", "body"], rows))
    print(
        f"page {page.current_page} of {page.last_page} ({page.total} messages); next: --page {args.page + 1}"
    )
    return 0


async def account(cs: ClickSend, args: argparse.Namespace) -> int:
    data = await cs.call("get_account")
    fields = ["user_id", "username", "account_name", "user_email", "country", "balance", "user_phone"]
    print(table(["field", "value"], [[name, getattr(data, name, None)] for name in fields]))
    return 0


async def actions_call(cs: ClickSend, args: argparse.Namespace) -> int:
    try:
        arguments = json.loads(args.json)
    except json.JSONDecodeError as exc:
        print(f"error: --json is not valid JSON ({exc})")
        return 2
    if not isinstance(arguments, dict):
        print(f"error: --json must be a JSON object, got {type(arguments).__name__}")
        return 2
    envelope = await cs.actions.call(args.action_id, arguments)
    print(json.dumps(envelope, indent=2, default=str))
    return 0 if envelope["successful"] else 1


def actions_list() -> int:
    rows = [[a, action_operation(a), action_info(a)["title"]] for a in action_ids()]
    print(table(["action", "operation", "title"], rows, max_width=70))
    return 0
