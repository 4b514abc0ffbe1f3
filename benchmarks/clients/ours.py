"""clicksend-async as a user calls it: ``ClickSend.send_sms`` (validation on), ``call``, ``paginate``;
``--http-backend aiohttp`` (or ``asyncio``) measures the same with ``ClickSend(http_backend="aiohttp")``."""

from __future__ import annotations

import asyncio
from functools import partial
from typing import Any

from _common import API_KEY, USERNAME, arguments, measure, messages

from clicksend_async import ClickSend


def client(port: int, concurrency: int, http_backend: Any) -> ClickSend:
    return ClickSend(
        USERNAME,
        API_KEY,
        base_url=f"http://127.0.0.1:{port}/v3",
        max_concurrency=concurrency,
        http_backend=http_backend,
    )


async def fanout(connect: partial[ClickSend], campaign: list[dict[str, str]]) -> int:
    async with connect() as cs:
        report = await cs.send_sms(campaign)
    return report.sent


async def calls(connect: partial[ClickSend], n: int) -> int:
    ids = 0
    async with connect() as cs:
        for _ in range(n):
            account = await cs.call("get_account")  # typed: Account | None, user_id as the spec has it
            user_id = account.user_id if account is not None else None
            ids += user_id if isinstance(user_id, int) else 0
    return ids


async def paginate(connect: partial[ClickSend]) -> int:
    seen = 0
    async with connect() as cs:
        async for record in cs.paginate("list_sms_history", limit=100):
            seen += record.message_id is not None
    return seen


def main() -> None:
    args = arguments()
    connect = partial(client, args.port, args.concurrency, args.http_backend)
    if args.workload == "fanout":
        campaign = messages(args.n)
        measure(lambda: asyncio.run(fanout(connect, campaign)))
    elif args.workload == "calls":
        measure(lambda: asyncio.run(calls(partial(client, args.port, 1, args.http_backend), args.n)))
    else:
        measure(lambda: asyncio.run(paginate(connect)))


if __name__ == "__main__":
    main()
