"""The SDK beside the raw-httpx floor and the official SDK: fan-out, sequential calls, pagination, import.

Targets are issue 16's, on a user install (the package with its runtime dependencies only).
"""

from __future__ import annotations

from harness import Client, Results, Target, Workload

CLIENTS = ("floor", "official", "ours", "ours-asyncio", "ours-aiohttp")
OURS = tuple(c for c in CLIENTS if c.startswith("ours"))


def clients() -> list[Client]:
    return [
        Client("floor", "floor", "user", describe="raw httpx.AsyncClient, bodies built before the clock"),
        Client("official", "official", "official", describe="clicksend-client 6.0.2, thread pool"),
        Client("ours", "ours", "user", describe="ClickSend, plain `pip install clicksend-async`"),
        Client(
            "ours-asyncio",
            "ours",
            "user",
            ("--http-backend", "asyncio"),
            describe='plain install, ClickSend(http_backend="asyncio") (our own HTTP/1.1, no extra)',
        ),
        Client(
            "ours-aiohttp",
            "ours",
            "user-fast",
            ("--http-backend", "aiohttp"),
            describe='[aiohttp] extra, ClickSend(http_backend="aiohttp")',
        ),
    ]


def workloads(smoke: bool) -> list[Workload]:
    fan = 2_000 if smoke else 100_000
    calls = 20 if smoke else 2_000
    small, large = (300, 1_000) if smoke else (10_000, 100_000)
    return [
        Workload("fanout-0ms", f"fan-out {fan:,} SMS, c=8, 0 ms", ["fanout", "--n", str(fan)], CLIENTS, fan),
        Workload(
            "fanout-50ms",
            f"fan-out {fan:,} SMS, c=8, 50 ms",
            ["fanout", "--n", str(fan)],
            CLIENTS,
            fan,
            latency=0.05,
        ),
        Workload(
            "calls",
            f"{calls:,} sequential GET /account",
            ["calls", "--n", str(calls)],
            CLIENTS,
            calls,  # user_id is 1
            per=calls,
        ),
        Workload(
            "paginate-small",
            f"paginate {small:,} history records",
            ["paginate", "--n", str(small)],
            CLIENTS,
            small,
            history_total=small,
        ),
        Workload(
            "paginate-large",
            f"paginate {large:,} history records",
            ["paginate", "--n", str(large)],
            CLIENTS,
            large,
            history_total=large,
        ),
    ]


#: (client, statement) measured in a fresh interpreter of the client's venv
IMPORTS = [
    ("floor", "import httpx"),
    ("ours", "import clicksend_async"),
    ("ours", "from clicksend_async import ClickSend"),
    ("official", "import clicksend"),
]


def targets(results: Results) -> list[Target]:
    found: list[Target] = []
    for ours in OURS:
        found += [
            Target(
                f"fan-out 0 ms: {ours} CPU / floor", results.ratio("fanout-0ms", ours, "floor", "cpu"), 1.0
            ),
            Target(
                f"fan-out 0 ms: {ours} peak RSS / floor",
                results.ratio("fanout-0ms", ours, "floor", "rss"),
                1.15,
            ),
            Target(f"per call: {ours} CPU / official", results.ratio("calls", ours, "official", "cpu"), 1.0),
        ]
        for key in ("paginate-small", "paginate-large"):
            found += [
                Target(f"{key}: {ours} CPU / floor", results.ratio(key, ours, "floor", "cpu"), 1.0),
                Target(f"{key}: {ours} CPU / official", results.ratio(key, ours, "official", "cpu"), 1.0),
            ]
        small, large = results.row("paginate-small", ours), results.row("paginate-large", ours)
        if small and large and small.samples and large.samples:
            flat = large.median("rss") / small.median("rss")
            found.append(Target(f"paginate: {ours} peak RSS large / small (flat)", flat, 1.1))
    httpx_wall = results.import_wall("import httpx")
    ours_wall = results.import_wall("from clicksend_async import ClickSend")
    if httpx_wall and ours_wall:
        found.append(
            Target("`from clicksend_async import ClickSend` / `import httpx`", ours_wall / httpx_wall, 1.0)
        )
    return found
