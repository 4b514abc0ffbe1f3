"""clicksend-async's fan-out with a campaign journal (``send_sms(journal=...)``) or without it, for
``benchmarks/journal.py``: the same campaign, the same client settings, one fresh journal file per run."""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

from _common import API_KEY, USERNAME, measure, messages

from clicksend_async import ClickSend


async def fanout(port: int, campaign: list[dict[str, str]], journal: Path | None) -> int:
    base_url = f"http://127.0.0.1:{port}/v3"
    async with ClickSend(USERNAME, API_KEY, base_url=base_url, max_concurrency=8) as cs:
        report = await cs.send_sms(campaign, journal=journal)
    return report.sent


def main() -> None:
    mode, port, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    campaign = messages(n)
    with tempfile.TemporaryDirectory(prefix="bench-journal-") as folder:
        journal = Path(folder) / "campaign.journal" if mode == "journal" else None
        measure(lambda: asyncio.run(fanout(port, campaign, journal)))


if __name__ == "__main__":
    main()
