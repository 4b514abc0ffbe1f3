"""Benchmarks: clicksend-async beside the raw-httpx floor and the official SDK, each client in its own process.

    python benchmarks/run.py [--repeats 5] [--official-python benchmarks/.venv-official/bin/python]
    python benchmarks/run.py --smoke        # tiny sizes, one run: checks the harness works (CI)

A fast ClickSend-shaped server (``server.py``) runs in its own process on 127.0.0.1; every measurement is
one fresh client process (``clients/*.py``) that prints wall time, its own CPU time and its peak RSS. The
clients take turns within each repeat, and the table shows medians with ratios against the floor measured
in the same run. The server's CPU use during each run is shown too, to show it is not the bottleneck.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CLIENTS = HERE / "clients"
OFFICIAL_PYTHON = HERE / ".venv-official" / "bin" / "python"
# the package as users install it: `pip install .` with the runtime dependencies only (make bench-venvs)
USER_PYTHON = HERE / ".venv-user" / "bin" / "python"
USER_AIOHTTP_PYTHON = HERE / ".venv-user-aiohttp" / "bin" / "python"  # the same plus the [aiohttp] extra


@dataclass
class Workload:
    key: str
    title: str
    client_args: list[str]
    latency: float = 0.0
    history_total: int = 0
    per: int = 1  # divide wall time by this (per-call figures)


@dataclass
class Sample:
    wall: float
    cpu: float
    rss: float
    server_cpu: float


@dataclass
class Row:
    workload: Workload
    client: str
    samples: list[Sample] = field(default_factory=list)

    def median(self, name: str) -> float:
        return float(statistics.median(getattr(s, name) for s in self.samples))


class Server:
    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(HERE / "server.py")], stdout=subprocess.PIPE, text=True
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line.startswith("PORT "):
            self.process.kill()
            raise RuntimeError(f"benchmark server did not start: {line!r}")
        self.port = int(line.split()[1])

    def _request(self, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        data = json.dumps(body).encode() if body is not None else None
        url = f"http://127.0.0.1:{self.port}{path}"
        with urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=10) as response:
            return dict(json.loads(response.read()))

    def configure(self, latency: float, history_total: int) -> None:
        self._request("/_bench/config", {"latency": latency, "history_total": history_total})

    def cpu(self) -> float:
        return float(self._request("/_bench/cpu")["cpu"])

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def run_client(python: str, client: str, workload: Workload, server: Server) -> Sample:
    server.configure(workload.latency, workload.history_total)
    before = server.cpu()
    script, _, backend = client.partition("-")  # ours-aiohttp: ours.py with ClickSend(http_backend="aiohttp")
    command = [python, str(CLIENTS / f"{script}.py"), *workload.client_args, "--port", str(server.port)]
    if backend:
        command += ["--http-backend", backend]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{client} {workload.key} failed:\n{done.stderr}")
    server_cpu = server.cpu() - before
    result = json.loads(done.stdout.strip().splitlines()[-1])
    expected = int(workload.client_args[2])  # messages sent, calls made (user_id is 1), records read
    if result["check"] != expected:
        raise RuntimeError(f"{client} {workload.key}: checked {result['check']}, expected {expected}")
    return Sample(result["wall"] / workload.per, result["cpu"] / workload.per, result["rss"], server_cpu)


IMPORT_PROBE = (
    "import resource, time\n"
    "start = time.perf_counter()\n"
    "{statement}\n"
    "wall = time.perf_counter() - start\n"
    "print(wall, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)\n"
)


def run_import(python: str, statement: str) -> tuple[float, float]:
    probe = IMPORT_PROBE.format(statement=statement)
    done = subprocess.run([python, "-c", probe], capture_output=True, text=True, check=True)
    wall, rss = done.stdout.split()
    return float(wall), float(rss)


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    return (
        f"{model}, nproc={os.cpu_count()}, Python {platform.python_version()} ({platform.system()}), "
        f"load average at start {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}"
    )


def workloads(smoke: bool) -> list[Workload]:
    fan = 2_000 if smoke else 100_000
    calls = 20 if smoke else 2_000
    small, large = (300, 1_000) if smoke else (10_000, 100_000)
    return [
        Workload("fanout-0ms", f"fan-out {fan:,} SMS, c=8, 0 ms", ["fanout", "--n", str(fan)]),
        Workload(
            "fanout-50ms", f"fan-out {fan:,} SMS, c=8, 50 ms", ["fanout", "--n", str(fan)], latency=0.05
        ),
        Workload("calls", f"{calls:,} sequential GET /account", ["calls", "--n", str(calls)], per=calls),
        Workload(
            "paginate-small",
            f"paginate {small:,} history records",
            ["paginate", "--n", str(small)],
            history_total=small,
        ),
        Workload(
            "paginate-large",
            f"paginate {large:,} history records",
            ["paginate", "--n", str(large)],
            history_total=large,
        ),
    ]


IMPORTS = [
    ("floor", "import httpx", "import httpx"),
    ("ours", "import clicksend_async", "import clicksend_async"),
    ("ours", "from clicksend_async import ClickSend", "from clicksend_async import ClickSend"),
    ("official", "import clicksend", "import clicksend"),
]


def _fmt(value: float, unit: str) -> str:
    if unit == "ms":
        return f"{value * 1000:.3f} ms" if value < 0.01 else f"{value * 1000:.0f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    return f"{value:.1f} MiB"


def table(rows: list[Row]) -> list[str]:
    lines = [
        "| workload | client | wall | client CPU | peak RSS | wall / floor | CPU / floor | RSS / floor "
        "| server CPU |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    floors = {r.workload.key: r for r in rows if r.client == "floor"}
    for row in rows:
        floor = floors.get(row.workload.key)
        unit = "ms" if row.workload.per > 1 else "s"
        wall, cpu, rss = row.median("wall"), row.median("cpu"), row.median("rss")
        ratios = ["", "", ""]
        if floor is not None:
            ratios = [
                f"{wall / floor.median('wall'):.2f}x",
                f"{cpu / floor.median('cpu'):.2f}x",
                f"{rss / floor.median('rss'):.2f}x",
            ]
        server = statistics.median(s.server_cpu / max(s.wall * row.workload.per, 1e-9) for s in row.samples)
        lines.append(
            f"| {row.workload.title} | {row.client} | {_fmt(wall, unit)} | {_fmt(cpu, unit)} "
            f"| {_fmt(rss, 'MiB')} | {' | '.join(ratios)} | {server:.0%} |"
        )
    return lines


def import_table(results: list[tuple[str, str, list[tuple[float, float]]]], baseline: float) -> list[str]:
    lines = [
        f"| import (fresh interpreter) | client | wall | peak RSS (bare interpreter: {baseline:.1f} MiB) "
        "| wall / `import httpx` |",
        "|---|---|---:|---:|---:|",
    ]
    httpx_wall = statistics.median(w for w, _ in results[0][2])
    for client, title, samples in results:
        wall = statistics.median(w for w, _ in samples)
        rss = statistics.median(r for _, r in samples)
        lines.append(
            f"| `{title}` | {client} | {wall * 1000:.0f} ms | {rss:.1f} MiB | {wall / httpx_wall:.2f}x |"
        )
    return lines


def targets(rows: list[Row], imports: list[tuple[str, str, list[tuple[float, float]]]]) -> list[str]:
    by = {(r.workload.key, r.client): r for r in rows}

    def ratio(key: str, client: str, metric: str, other: str = "floor") -> float | None:
        a, b = by.get((key, client)), by.get((key, other))
        return a.median(metric) / b.median(metric) if a and b else None

    checks: list[tuple[str, float | None, float]] = []
    for key in ("fanout-0ms", "fanout-50ms"):
        checks.append((f"{key}: ours CPU / floor CPU", ratio(key, "ours", "cpu"), 1.3))
        checks.append((f"{key}: ours peak RSS / floor", ratio(key, "ours", "rss"), 1.3))
        official = ratio(key, "official", "cpu", "ours")
        checks.append((f"{key}: official CPU / ours CPU (at least)", official, 4.0))
    checks.append(("per call: ours wall / floor", ratio("calls", "ours", "wall"), 1.5))
    checks.append(("paginate: ours wall / floor", ratio("paginate-large", "ours", "wall"), 1.2))
    small, large = by.get(("paginate-small", "ours")), by.get(("paginate-large", "ours"))
    if small and large:
        checks.append(("paginate: ours RSS large / small", large.median("rss") / small.median("rss"), 1.1))
    walls = {title: statistics.median(w for w, _ in s) for _, title, s in imports}
    if "import httpx" in walls:
        for title in ("import clicksend_async", "from clicksend_async import ClickSend"):
            checks.append((f"{title} / import httpx", walls[title] / walls["import httpx"], 1.5))
    lines = []
    for name, value, limit in checks:
        if value is None:
            continue
        at_least = "(at least)" in name
        met = value >= limit if at_least else value <= limit
        bound = ">=" if at_least else "<="
        lines.append(f"- {name}: {value:.2f} (target {bound} {limit}) {'met' if met else 'MISSED'}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, one repeat (CI)")
    parser.add_argument("--repeats", type=int, default=None, help="runs per client and workload (default 5)")
    parser.add_argument("--official-python", default=str(OFFICIAL_PYTHON), help="the official SDK's venv")
    parser.add_argument(
        "--user-python", default=str(USER_PYTHON), help="venv of a plain `pip install .` (floor and ours)"
    )
    parser.add_argument(
        "--user-aiohttp-python", default=str(USER_AIOHTTP_PYTHON), help="venv of `pip install '.[aiohttp]'`"
    )
    parser.add_argument("--only", default="", help="comma-separated workload keys to run (default all)")
    parser.add_argument(
        "--clients", default="floor,official,ours,ours-aiohttp", help="comma-separated clients"
    )
    parser.add_argument("--json", default="", help="also write the raw samples to this file")
    args = parser.parse_args()
    repeats = args.repeats or (1 if args.smoke else 5)
    clients = args.clients.split(",")
    for python in (args.official_python, args.user_python, args.user_aiohttp_python):
        if not Path(python).exists():
            sys.exit(f"no venv at {python}: run `make bench` (it creates them)")
    pythons = {
        "floor": args.user_python,
        "ours": args.user_python,
        "ours-aiohttp": args.user_aiohttp_python,
        "official": args.official_python,
    }
    chosen = [w for w in workloads(args.smoke) if not args.only or w.key in args.only.split(",")]
    print(f"machine: {machine()}", flush=True)
    rows = [Row(w, c) for w in chosen for c in clients]
    server = Server()
    try:
        for repeat in range(repeats):
            for workload in chosen:
                order = clients[repeat % len(clients) :] + clients[: repeat % len(clients)]
                for client in order:
                    row = next(r for r in rows if r.workload is workload and r.client == client)
                    row.samples.append(run_client(pythons[client], client, workload, server))
            print(f"repeat {repeat + 1}/{repeats} done", file=sys.stderr, flush=True)
    finally:
        server.close()
    imports: list[tuple[str, str, list[tuple[float, float]]]] = []
    if not args.only or "imports" in args.only.split(","):
        for client, title, statement in IMPORTS:
            if client in clients:
                samples = [run_import(pythons[client], statement) for _ in range(repeats)]
                imports.append((client, title, samples))
        baseline = statistics.median(run_import(sys.executable, "pass")[1] for _ in range(repeats))
    lines = [f"medians of {repeats} run(s); ratios against the floor of the same run", "", *table(rows)]
    if imports:
        lines += ["", *import_table(imports, baseline)]
    lines += ["", "targets:", *targets(rows, imports)]
    print("\n".join(lines), flush=True)
    if args.json:
        raw = {f"{r.workload.key}/{r.client}": [s.__dict__ for s in r.samples] for r in rows}
        Path(args.json).write_text(json.dumps({"samples": raw, "imports": imports}, indent=1))


if __name__ == "__main__":
    main()
