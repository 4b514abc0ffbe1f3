"""Benchmark: the cost of a campaign journal. The same fan-out with ``send_sms(journal=...)`` and without.

    python benchmarks/journal.py [--n 100000] [--repeats 9] [--smoke]

Each run is a fresh client process (``clients/journaled.py``, in the venv of a plain ``pip install .``, as
``run.py`` measures) against the benchmark server
(``server.py``, 0 ms latency: the journal's CPU is not hidden behind waiting); the two modes take turns.
Targets: CPU with the journal at most 1.15x without it, peak RSS within 10%.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from harness import CLIENT_SCRIPTS as CLIENTS
from harness import Server
from run import VENV_DIRS, machine

USER_PYTHON = VENV_DIRS["user"] / "bin" / "python"


def sample(python: str, mode: str, server: Server, n: int, latency: float = 0.0) -> dict[str, float]:
    server.configure(latency, 0)
    command = [python, str(CLIENTS / "journaled.py"), mode, str(server.port), str(n)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"journaled.py {mode} failed:\n{done.stderr}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    if result["check"] != n:
        raise RuntimeError(f"journaled.py {mode}: {result['check']} sent, expected {n}")
    return result


def workers(python: str, server: Server, n: int, count: int, dsn: str, name: str) -> dict[str, float]:
    """``count`` worker processes on one campaign in a PostgreSQL journal: wall time of the whole, CPU of all."""
    server.configure(0.05, 0)
    command = [python, str(CLIENTS / "journaled.py"), "postgres", str(server.port), str(n), dsn, name]
    started = time.perf_counter()
    running = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(count)
    ]
    results = []
    for process in running:
        out, err = process.communicate(timeout=1800)
        if process.returncode != 0:
            raise RuntimeError(f"worker failed:\n{err}")
        results.append(json.loads(out.strip().splitlines()[-1]))
    wall = time.perf_counter() - started
    if any(r["check"] != n for r in results):
        raise RuntimeError(f"a worker's report is not the whole campaign: {[r['check'] for r in results]}")
    return {"wall": wall, "cpu": sum(r["cpu"] for r in results)}


def postgres_table(python: str, server: Server, n: int, repeats: int) -> None:
    """1, 2 and 4 workers on a PostgreSQL journal beside one process on the SQLite journal, 50 ms latency."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.postgres_cluster import (
        MISSING,
        postgres_cluster,
        server_binaries,
    )

    if server_binaries() is None:
        print(f"PostgreSQL journal: not measured ({MISSING})")
        return
    rows: list[tuple[str, list[dict[str, float]]]] = [("SQLite journal, 1 process", [])]
    rows += [(f"PostgreSQL journal, {k} worker{'s' if k > 1 else ''}", []) for k in (1, 2, 4)]
    with postgres_cluster() as dsn:
        for repeat in range(repeats):
            server.configure(0.05, 0)
            rows[0][1].append(sample(python, "journal", server, n, latency=0.05))
            for position, count in enumerate((1, 2, 4), start=1):
                rows[position][1].append(workers(python, server, n, count, dsn, f"bench-{repeat}-{count}"))
    print(
        f"one campaign of {n:,} SMS against the server with 50 ms latency, c=8 per process, medians of {repeats}"
    )
    print("| journal | wall | total CPU |")
    print("|---|---|---|")
    for title, runs in rows:
        wall = statistics.median(r["wall"] for r in runs)
        cpu = statistics.median(r["cpu"] for r in runs)
        print(f"| {title} | {wall:.2f} s | {cpu:.2f} s |")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument(
        "--repeats", type=int, default=9, help="runs of each mode (their CPU varies 15%% run to run here)"
    )
    parser.add_argument("--smoke", action="store_true", help="2,000 messages, one repeat (CI)")
    parser.add_argument(
        "--python", default=str(USER_PYTHON), help="venv of a plain `pip install .[postgres]`"
    )
    parser.add_argument("--workers-n", type=int, default=20_000, help="messages of the workers' campaign")
    args = parser.parse_args()
    n, repeats = (2_000, 1) if args.smoke else (args.n, args.repeats)
    print(f"machine: {machine()}", flush=True)
    samples: dict[str, list[dict[str, float]]] = {"plain": [], "journal": []}
    server = Server()
    try:
        for repeat in range(repeats):
            for mode in ("plain", "journal") if repeat % 2 == 0 else ("journal", "plain"):
                samples[mode].append(sample(args.python, mode, server, n))
        postgres_table(args.python, server, 2_000 if args.smoke else args.workers_n, repeats)
    finally:
        server.close()
    median = {
        m: {k: statistics.median(s[k] for s in runs) for k in ("wall", "cpu", "rss")}
        for m, runs in samples.items()
    }
    print(f"fan-out of {n:,} SMS, c=8, 0 ms, medians of {repeats} run(s)")
    print("| mode | wall | CPU | peak RSS |")
    print("|---|---|---|---|")
    for mode, title in (("plain", "without a journal"), ("journal", "with a journal (SQLite)")):
        m = median[mode]
        print(f"| {title} | {m['wall']:.2f} s | {m['cpu']:.2f} s | {m['rss']:.1f} MiB |")
    cpu = median["journal"]["cpu"] / median["plain"]["cpu"]
    rss = median["journal"]["rss"] / median["plain"]["rss"]
    print(
        f"targets: journal CPU {cpu:.2f}x (<= 1.15x: {'met' if cpu <= 1.15 else 'MISSED'}), "
        f"peak RSS {rss:.2f}x (<= 1.10x: {'met' if rss <= 1.10 else 'MISSED'})"
    )


if __name__ == "__main__":
    main()
