"""The floor: plain ``httpx.AsyncClient`` posting JSON batches of 1000 that were built (``json.dumps``) before
the clock starts, ``max_concurrency`` at a time; each answer is parsed with ``response.json()`` and its
``queued_count`` read. No validation, no per-message bookkeeping."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
from _common import API_KEY, BATCH, USERNAME, arguments, measure, messages


def client(port: int, concurrency: int) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        base_url=f"http://127.0.0.1:{port}/v3",
        auth=(USERNAME, API_KEY),
        limits=httpx.Limits(max_connections=max(concurrency, 10)),
    )


def bodies(campaign: list[dict[str, str]]) -> list[bytes]:
    return [
        json.dumps({"messages": campaign[start : start + BATCH]}).encode()
        for start in range(0, len(campaign), BATCH)
    ]


async def fanout(port: int, concurrency: int, prebuilt: list[bytes]) -> int:
    slots = asyncio.Semaphore(concurrency)
    async with client(port, concurrency) as http:

        async def post(body: bytes) -> int:
            async with slots:
                response = await http.post(
                    "/sms/send", content=body, headers={"content-type": "application/json"}
                )
                return int(response.json()["data"]["queued_count"])

        counts = await asyncio.gather(*(post(body) for body in prebuilt))
    return sum(counts)


async def calls(port: int, n: int) -> int:
    ids = 0
    async with client(port, 1) as http:
        for _ in range(n):
            response = await http.get("/account")
            response.raise_for_status()
            ids += response.json()["data"]["user_id"]
    return ids


async def paginate(port: int, concurrency: int, n: int) -> int:
    seen = 0
    async with client(port, concurrency) as http:

        async def page(number: int) -> Any:
            response = await http.get("/sms/history", params={"page": number, "limit": 100})
            return response.json()["data"]

        first = await page(1)
        last, number = int(first["last_page"]), 1
        pages = [first]
        while True:
            for current in pages:
                seen += sum(record["message_id"] is not None for record in current["data"])
            if number >= last:
                break
            window = range(number + 1, min(last, number + concurrency) + 1)
            pages = list(await asyncio.gather(*(page(p) for p in window)))
            number = window[-1]
    return seen


def main() -> None:
    args = arguments()
    if args.workload == "fanout":
        campaign = messages(args.n)  # held, like the other clients' input, though only the bodies are sent
        prebuilt = bodies(campaign)
        measure(lambda: asyncio.run(fanout(args.port, args.concurrency, prebuilt)))
    elif args.workload == "calls":
        measure(lambda: asyncio.run(calls(args.port, args.n)))
    else:
        measure(lambda: asyncio.run(paginate(args.port, args.concurrency, args.n)))


if __name__ == "__main__":
    main()
