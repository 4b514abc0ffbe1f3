"""clicksend-async's fan-out with a campaign journal (``send_sms(journal=...)``) or without it, for
``benchmarks/journal.py``: the same campaign, the same client settings, one fresh journal file per run, or
one of several workers sharing a PostgreSQL journal."""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

from _common import API_KEY, USERNAME, measure, messages

from clicksend_async import ClickSend


async def fanout(port: int, campaign: list[dict[str, str]], journal: str | None, name: str | None) -> int:
    base_url = f"http://127.0.0.1:{port}/v3"
    async with ClickSend(USERNAME, API_KEY, base_url=base_url, max_concurrency=8) as cs:
        report = await cs.send_sms(campaign, journal=journal, campaign=name)
    return report.sent


def main() -> None:
    """``journaled.py plain|journal PORT N`` or ``journaled.py postgres PORT N DSN CAMPAIGN`` (one worker)."""
    mode, port, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    campaign = messages(n)
    if mode == "postgres":
        dsn, name = sys.argv[4], sys.argv[5]
        measure(lambda: asyncio.run(fanout(port, campaign, dsn, name)))
        return
    with tempfile.TemporaryDirectory(prefix="bench-journal-") as folder:
        journal = str(Path(folder) / "campaign.journal") if mode == "journal" else None
        measure(lambda: asyncio.run(fanout(port, campaign, journal, None)))


if __name__ == "__main__":
    main()
