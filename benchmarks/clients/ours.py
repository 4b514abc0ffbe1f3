"""clicksend-async as a user calls it: ``ClickSend.send_sms`` (validation on), ``call``, ``paginate``."""

from __future__ import annotations

import asyncio

from _common import API_KEY, USERNAME, arguments, measure, messages

from clicksend_async import ClickSend


def client(port: int, concurrency: int) -> ClickSend:
    return ClickSend(USERNAME, API_KEY, base_url=f"http://127.0.0.1:{port}/v3", max_concurrency=concurrency)


async def fanout(port: int, concurrency: int, campaign: list[dict[str, str]]) -> int:
    async with client(port, concurrency) as cs:
        report = await cs.send_sms(campaign)
    return report.sent


async def calls(port: int, n: int) -> int:
    ids = 0
    async with client(port, 1) as cs:
        for _ in range(n):
            account = await cs.call("get_account")
            ids += account.user_id
    return ids


async def paginate(port: int, concurrency: int) -> int:
    seen = 0
    async with client(port, concurrency) as cs:
        async for record in cs.paginate("list_sms_history", limit=100):
            seen += record.message_id is not None
    return seen


def main() -> None:
    args = arguments()
    if args.workload == "fanout":
        campaign = messages(args.n)
        measure(lambda: asyncio.run(fanout(args.port, args.concurrency, campaign)))
    elif args.workload == "calls":
        measure(lambda: asyncio.run(calls(args.port, args.n)))
    else:
        measure(lambda: asyncio.run(paginate(args.port, args.concurrency)))


if __name__ == "__main__":
    main()
