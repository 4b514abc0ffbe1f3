"""What every benchmark client shares (stdlib only: it also runs in the official SDK's own venv).

A client process runs ONE workload and prints one JSON line: wall seconds, client CPU seconds (user + system
of this whole process, threads included, during the workload only), peak RSS of the process (MiB, whole
life: interpreter, imports, input data) and a ``check`` count so the runner can tell the work was done.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from collections.abc import Callable
from typing import Any

USERNAME = "bench-user"
API_KEY = "bench-key"
BATCH = 1000


def messages(n: int) -> list[dict[str, str]]:
    """The campaign every client sends: ``n`` distinct Australian mobiles, a body and an alpha sender."""
    return [{"to": f"+614{i:08d}", "body": "Your order has shipped", "from": "AcmeShop"} for i in range(n)]


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("workload", choices=["fanout", "calls", "paginate"])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--n", type=int, required=True)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--http-backend", default="httpx", help="ours only: ClickSend(http_backend=...)")
    return parser.parse_args()


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def measure(work: Callable[[], int]) -> None:
    """Run ``work`` (returns a count to check), print the measurements as one JSON line."""
    cpu, wall = _cpu(), time.perf_counter()
    check = work()
    wall, cpu = time.perf_counter() - wall, _cpu() - cpu
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result: dict[str, Any] = {"wall": wall, "cpu": cpu, "rss": peak_mib, "check": check}
    print(json.dumps(result), flush=True)
