"""``clicksend-async demo``: a realistic campaign sent to the embedded mock server, then summarised."""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable
from typing import Any

import anyio
import phonenumbers

from ..._client import ClickSend
from ..._report import SendReport
from ...mock import MockConfig, create_app, mock_client
from .._connect import DEMO_BANNER, notice
from .._output import progress_display, table
from .._parser import add_command, number_in

FIRST_NAMES = ["Ava", "Noah", "Mia", "Liam", "Zoe", "Ethan", "Isla", "Lucas", "Ruby", "Jack", "Chloe", "Leo"]
MALFORMED = ["0411 111", "+6141111", "not-a-number", "+999123", "04-1234-5678", ""]


def _number(rng: random.Random, draw: Callable[[random.Random], str], *, valid: bool) -> str:
    """A number from ``draw`` that phone carriers would (``valid``) or would not route."""
    while True:
        number = draw(rng)
        if phonenumbers.is_valid_number(phonenumbers.parse(number)) is valid:
            return number


def _au_mobile(rng: random.Random) -> str:
    return f"+614{rng.randrange(10_000_000, 100_000_000)}"


def _us_number(rng: random.Random) -> str:
    return f"+1{rng.choice(['212', '415', '646', '917'])}{rng.randrange(2_000_000, 10_000_000)}"


def campaign(
    size: int, *, malformed_share: float = 0.02, unroutable_share: float = 0.01, seed: int = 7
) -> list[dict[str, Any]]:
    """``size`` personalised SMS: mostly Australian and some US mobiles, with a share of malformed
    numbers (the SDK refuses them) and of well-formed but unallocated ones (ClickSend rejects them)."""
    rng = random.Random(seed)
    out = []
    for i in range(size):
        roll = rng.random()
        if roll < malformed_share:
            to = rng.choice(MALFORMED)
        elif roll < malformed_share + unroutable_share:
            to = _number(rng, _au_mobile, valid=False)  # a range no Australian carrier has allocated
        else:
            to = _number(rng, _us_number if i % 4 == 0 else _au_mobile, valid=True)
        name = rng.choice(FIRST_NAMES)
        body = f"Hi {name}, your order #{10_000 + i} has shipped. Track it at https://acme.example/t/{i}"
        out.append({"to": to, "body": body, "from": "AcmeShop"})
    return out


def register(commands: argparse._SubParsersAction[Any]) -> None:
    demo = add_command(commands, "demo", help="send a campaign to the embedded mock server and summarise it")
    demo.add_argument(
        "--size",
        type=number_in(0, 100_000),
        default=3000,
        help="messages in the campaign (default: %(default)s)",
    )
    demo.add_argument(
        "--malformed-share",
        type=number_in(0.0, 1.0, float),
        default=0.02,
        help="share of malformed numbers, 0 to 1 (default: %(default)s)",
    )
    demo.set_defaults(run_offline=_run)


def _run(args: argparse.Namespace) -> int:
    anyio.run(run_demo, args.size, args.malformed_share)
    return 0


async def run_demo(size: int, malformed_share: float) -> None:
    notice(DEMO_BANNER)
    print("clicksend-async demo: against the EMBEDDED MOCK SERVER (nothing is really sent, no credentials)")
    messages = campaign(size, malformed_share=malformed_share)
    app = create_app(DEMO_MOCK)
    async with mock_client(app) as cs:
        report = await _send_and_summarise(cs, messages)
        await _await_delivery(cs, report)


def account_currency(account: Any) -> str | None:
    """The account's currency (``AUD``), from its ``_currency`` record."""
    currency = getattr(account, "field_currency", None)
    return getattr(currency, "currency_name_short", None) or None


# The embedded mock of the demo plays the network too: receipts within 0.2-1.2 s, 3% failed, 1% never.
DEMO_MOCK = MockConfig(
    seed=7, delivery_delay=0.2, delivery_jitter=1.0, delivery_failure_rate=0.03, undelivered_rate=0.01
)
DELIVERY_WAIT = 3.0


async def _await_delivery(cs: ClickSend, report: SendReport) -> None:
    print(f"\nWaiting up to {DELIVERY_WAIT:g} s for delivery receipts (polling the mock's receipt queue) ...")
    await cs.enable_receipt_polling("sms")  # the demo's throwaway mock account: polling needs a POLL rule
    cs.poller.interval = 0.2
    result = await cs.wait_for_delivery(report, timeout=DELIVERY_WAIT, source="poll")
    print(
        f"Delivery: {len(result.delivered)} delivered, {len(result.failed)} failed, "
        f"{len(result.pending)} still pending ({len(result.not_sent)} not sent)"
    )


async def _send_and_summarise(cs: ClickSend, messages: list[dict[str, Any]]) -> SendReport:
    currency = account_currency(await cs.call("get_account"))
    quote = await cs.price_sms(messages, invalid="skip", report=SendReport(currency=currency))
    print(f"\nCampaign of {len(messages):,} SMS; ClickSend's quote: {quote.total_price:.2f} {quote.currency}")
    print("Sending ...")
    report = SendReport(currency=currency)  # a campaign with nothing sent still names its currency
    with progress_display(len(messages)) as shown:
        await cs.send_sms(
            messages, invalid="skip", report=report, progress=lambda done, _: shown.update(done)
        )
    print(f"\nSummary: {report.summary()}")
    examples = report.with_status("invalid")[:3] + report.with_status("rejected")[:3]
    print(
        table(
            ["#", "to", "outcome", "why"],
            [[o.index, o.to or "", o.status, o.clicksend_status or o.error] for o in examples],
            max_width=90,
        )
    )
    print("\nFirst page of SMS history:")
    rows = []
    async for row in cs.paginate("list_sms_history", limit=15, max_items=15):
        rows.append([row.message_id, row.to, row.status, row.message_price, row.body])
    print(table(["message id", "to", "status", "price", "body"], rows))
    account = await cs.account.get_account()
    balance = account.balance if account is not None else "unknown"
    print(f"\nMock account balance now: {balance} {currency or ''}".rstrip())
    return report
