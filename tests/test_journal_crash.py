"""The crash proof: a journaled campaign in a process of its own, SIGKILLed at random moments and rerun until
it completes, against the mock served by another process. At the end the mock holds exactly one message per
recipient and none is missing, and the results CSV written from the journal has one correct row per input.

``make test``: 5,000 messages killed 3 times. ``make test-stress``: 100,000 messages killed 20 times, kills
also during reconciliation, with the mock's faults on (500s, 429s, connections dropped after the message
was stored). The figures are printed (``-s`` shows them).
"""

from __future__ import annotations

import collections
import csv
import json
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


class MockProcess:
    def __init__(self, dump: Path, *knobs: str) -> None:
        self.dump = dump
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests._mock_process", "--dump", str(dump), *knobs],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        found = re.search(r"(http://127\.0\.0\.1:\d+/v3)", line)
        assert found, f"the mock printed {line!r}"
        self.base_url = found.group(1)

    def stop(self) -> list[list[str]]:
        self.process.send_signal(signal.SIGTERM)
        assert self.process.wait(timeout=120) == 0
        rows: list[list[str]] = json.loads(self.dump.read_text())
        return rows


def kill_point(rng: random.Random, settled: int, n: int, kills_left: int) -> int:
    """A random moment of what is left to send (after how many handled messages), spread so that the kills
    still to come fall across the rest of the campaign rather than all at its very end: on average each run
    gets through 1/(kills_left + 1) of what is left."""
    if settled + 1 >= n:
        return n
    span = max(1, 2 * (n - settled) // (max(kills_left, 0) + 1))
    return min(n, settled + rng.randrange(1, span + 1))


def crash_proof(
    tmp_path: Path,
    *,
    n: int,
    kills: int,
    batch_size: int,
    knobs: list[str],
    reconcile_kills: int = 0,
    seed: int = 12,
) -> dict[str, int]:
    rng = random.Random(seed)
    journal, results = tmp_path / "campaign.journal", tmp_path / "results.csv"
    mock = MockProcess(tmp_path / "received.json", "--seed", str(seed), *knobs)
    figures = collections.Counter[str]()
    started = time.perf_counter()
    try:
        while True:
            figures["runs"] += 1
            assert figures["runs"] <= kills + reconcile_kills + 12, (
                f"the campaign did not complete: {figures}"
            )
            worker = subprocess.Popen(
                [
                    sys.executable, "-m", "tests._campaign_process", "--base-url", mock.base_url,
                    "--journal", str(journal), "--results", str(results), "--n", str(n),
                    "--batch-size", str(batch_size), "--concurrency", "4", "--settle-delay", "0.5",
                ],
                stdout=subprocess.PIPE,
                text=True,
                cwd=ROOT,
            )  # fmt: skip
            assert worker.stdout is not None
            kill_now = figures["kills"] < kills or figures["reconcile kills"] < reconcile_kills
            kill_at = kill_point(rng, 0, n, kills - figures["kills"])
            lines = []
            for line in worker.stdout:
                if not line.startswith("progress"):
                    lines.append(line.rstrip())
                if line.startswith("resuming:"):  # progress counts the settled messages first
                    settled = int(line.split()[1])
                    kill_at = kill_point(rng, settled, n, kills - figures["kills"])
                if not kill_now:
                    continue
                if line.startswith("reconciling") and figures["reconcile kills"] < reconcile_kills:
                    time.sleep(rng.uniform(0.0, 1.0))  # in the settle wait or the history read
                    if worker.poll() is None:
                        worker.kill()
                        figures["reconcile kills"] += 1
                    break
                if (
                    line.startswith("progress")
                    and figures["kills"] < kills
                    and int(line.split()[1]) >= kill_at
                ):
                    time.sleep(rng.uniform(0.0, 0.05))  # between batches, or with some in flight
                    if worker.poll() is None:
                        worker.kill()
                        figures["kills"] += 1
                        lines.append(f"killed after {line.split()[1]} handled")
                    break
            code = worker.wait(timeout=600)
            worker.stdout.close()
            print(f"run {figures['runs']}: exit {code}: " + " | ".join(lines), flush=True)
            if code == -signal.SIGKILL:
                continue
            assert code in (0, 3), f"the worker failed: {lines}"
            if code == 0 and not kill_now:
                break
    finally:
        received = mock.stop()
    seconds = time.perf_counter() - started

    per_recipient = collections.Counter(to for _, to, _, _ in received)
    expected = {f"+614{i:08d}" for i in range(n)}
    assert set(per_recipient) == expected, f"missing: {len(expected - set(per_recipient))}"
    doubles = {to: c for to, c in per_recipient.items() if c > 1}
    assert not doubles, (
        f"{len(doubles)} recipients got more than one message, e.g. {list(doubles.items())[:5]}"
    )

    ids = {custom: message_id for _, _, custom, message_id in received}
    with results.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [int(r["index"]) for r in rows] == list(range(n))
    assert all(r["status"] == "sent" for r in rows)
    assert all(r["to"] == f"+614{int(r['index']):08d}" for r in rows)
    wrong = [(r, ids.get(r["custom_string"])) for r in rows if ids.get(r["custom_string"]) != r["message_id"]]
    assert not wrong, f"{len(wrong)} rows with another message_id than the mock stored, e.g. {wrong[:3]}"

    figures.update(messages=n, received=len(received), seconds=round(seconds))
    print(f"crash proof: {dict(figures)}", flush=True)
    return dict(figures)


def test_a_campaign_killed_three_times_sends_every_message_exactly_once(tmp_path: Path) -> None:
    figures = crash_proof(tmp_path, n=5000, kills=3, batch_size=100, knobs=["--latency", "0.01"])
    assert figures["kills"] == 3
    assert figures["received"] == 5000


@pytest.mark.stress
def test_stress_a_faulty_campaign_of_100000_killed_twenty_times(tmp_path: Path) -> None:
    knobs = [
        "--latency",
        "0.02",
        "--error-rate",
        "0.02",
        "--rate-limit-rate",
        "0.02",
        "--drop-after-rate",
        "0.02",
    ]
    figures = crash_proof(tmp_path, n=100_000, kills=15, reconcile_kills=5, batch_size=500, knobs=knobs)
    assert figures["kills"] + figures["reconcile kills"] == 20
    assert figures["received"] == 100_000
