"""A journaled campaign run as its own process, for the crash proof (``test_journal_crash.py``).

    python -m tests._campaign_process --base-url URL --journal FILE --results R.csv --n N [--batch-size B]
        [--concurrency C] [--settle-delay S] [--clock-skew S]

Prints one line per phase (``resuming: ...``, ``reconciling ...``, ``sending``, ``progress N`` after each
batch, the summary); reconciles
first (on its own, so that a kill can land in it), then sends the campaign, then writes ``R.csv`` from the
journal. Exits 0 once every message is sent, 3 while something is left in doubt or to send.
"""

from __future__ import annotations

import argparse
import csv
import os
from collections.abc import Iterator
from typing import Any

import anyio

from clicksend_async import ClickSend, SendReport
from clicksend_async._transport import Backoff
from clicksend_async.journal import campaign_report, campaign_status
from clicksend_async.journal._campaign import Campaign
from clicksend_async.journal._reconcile import reconcile_campaign
from clicksend_async.journal._service import opened

COLUMNS = ["index", "to", "status", "message_id", "price", "custom_string"]


def messages(n: int) -> Iterator[dict[str, Any]]:
    for i in range(n):
        yield {"to": f"+614{i:08d}", "body": f"Spring sale, customer {i}"}


async def main(args: argparse.Namespace, resuming: bool) -> tuple[int, SendReport]:
    cs = ClickSend(
        "mock-user",
        "mock-key",
        base_url=args.base_url,
        max_concurrency=args.concurrency,
        backoff=Backoff(base=0.01, cap=0.2),
        max_retries=8,
    )
    journal: Any = args.journal
    if args.journal.startswith("postgresql:"):
        from clicksend_async.journal._postgres import PostgresStore

        journal = await PostgresStore.open(args.journal, args.campaign, lease=args.lease)
        resuming = False  # workers: claims are taken over and reconciled batch by batch
    async with cs:
        if resuming:
            status = await campaign_status(args.journal)
            left = args.n - status.settled - status.in_doubt
            print(
                f"resuming: {status.settled} already settled, {status.in_doubt} to reconcile, {left} to send",
                flush=True,
            )
            if status.in_doubt:
                print(f"reconciling {status.in_doubt}", flush=True)
                async with opened(args.journal) as store:
                    meta = await store.read_meta()
                    assert meta is not None
                    campaign = Campaign(store, meta, await store.batch_numbers())
                    summary = await reconcile_campaign(
                        cs, campaign, settle_delay=args.settle_delay, clock_skew=args.clock_skew
                    )
                print(f"reconciled: {summary}", flush=True)
        print("sending", flush=True)
        report = await cs.send_sms(
            messages(args.n),
            journal=journal,
            batch_size=args.batch_size,
            settle_delay=args.settle_delay,
            progress=lambda done, total: print(f"progress {done}", flush=True),
        )
        print(f"done: {report.summary()}", flush=True)
    code = 0 if report.sent == args.n else 3
    whole = await campaign_report(journal)
    if not isinstance(journal, str):
        await journal.close()
    return code, whole


def write_results(whole: SendReport, path: str) -> None:
    """The results CSV, from the journal's report of the whole campaign."""
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for outcome in whole.outcomes:
            writer.writerow(["" if (v := getattr(outcome, c)) is None else v for c in COLUMNS])


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--journal", required=True)
    parser.add_argument("--results", required=True)
    parser.add_argument("--n", type=int, required=True)
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--settle-delay", type=float, default=1.0)
    parser.add_argument("--clock-skew", type=float, default=2.0)
    parser.add_argument("--campaign", default="")
    parser.add_argument("--lease", type=float, default=30.0)
    arguments = parser.parse_args()
    resuming = os.path.exists(arguments.journal) and os.path.getsize(arguments.journal) > 0
    code, whole = anyio.run(main, arguments, resuming)
    write_results(whole, arguments.results)
    raise SystemExit(code)
