"""Benchmarks: clicksend-async beside the raw-httpx floor and the official SDK, each client in its own process.

    python benchmarks/run.py [--repeats 5] [--only fanout-0ms,calls] [--clients floor,ours]
    python benchmarks/run.py --smoke        # tiny sizes, one run: checks the harness works (CI)

A fast ClickSend-shaped server (``server.py``) runs in its own process on 127.0.0.1; every measurement is
one fresh client process (``clients/*.py``) that prints wall time, its own CPU time and its peak RSS. The
clients take turns within each repeat, and the tables show medians with ratios against the first client of
each workload (the floor) measured in the same run. The server's CPU use during each run is shown too, to
show it is not the bottleneck. What is measured comes from the sections (``sections/*.py``, see
``harness.py``): ``core`` first, then the others by name.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import statistics
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from harness import HERE, VENVS, Client, Results, Row, Server, Target, run_client, table

# the venvs of harness.VENVS besides "dev" (this interpreter); `make bench-venvs` creates them
VENV_DIRS = {
    "user": HERE / ".venv-user",  # pip install .
    "user-fast": HERE / ".venv-user-fast",  # pip install '.[aiohttp]'
    "official": HERE / ".venv-official",  # benchmarks/requirements-official.txt
}


def sections() -> list[tuple[str, ModuleType]]:
    names = sorted(p.stem for p in (HERE / "sections").glob("*.py") if not p.stem.startswith("_"))
    names.sort(key=lambda name: name != "core")
    return [(name, importlib.import_module(f"sections.{name}")) for name in names]


IMPORT_PROBE = (
    "import resource, time\n"
    "start = time.perf_counter()\n"
    "{statement}\n"
    "wall = time.perf_counter() - start\n"
    "print(wall, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)\n"
)


def run_import(python: str, statement: str) -> tuple[float, float]:
    probe = IMPORT_PROBE.format(statement=statement)
    # -I: not the current directory first on sys.path (from the repo root, ``python -c`` would import the
    # checkout's clicksend_async instead of the measured venv's)
    done = subprocess.run([python, "-I", "-c", probe], capture_output=True, text=True, check=True)
    wall, rss = done.stdout.split()
    return float(wall), float(rss)


def load() -> str:
    one, five, fifteen = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{model}, nproc={os.cpu_count()}, Python {platform.python_version()} ({platform.system()}), "
        f"load average at start {load()}"
    )


def import_table(results: Results, clients: dict[str, str], baseline: float) -> list[str]:
    lines = [
        f"| import (fresh interpreter) | client | wall | peak RSS (bare interpreter: {baseline:.1f} MiB) "
        "| wall / `import httpx` |",
        "|---|---|---:|---:|---:|",
    ]
    httpx_wall = results.import_wall("import httpx")
    for statement, samples in results.imports.items():
        wall = statistics.median(w for w, _ in samples)
        rss = statistics.median(r for _, r in samples)
        ratio = f"{wall / httpx_wall:.2f}x" if httpx_wall else ""
        lines.append(
            f"| `{statement}` | {clients[statement]} | {wall * 1000:.0f} ms | {rss:.1f} MiB | {ratio} |"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, one repeat (CI)")
    parser.add_argument("--repeats", type=int, default=None, help="runs per client and workload (default 5)")
    parser.add_argument("--only", default="", help="comma-separated workload keys (and/or 'imports') to run")
    parser.add_argument("--clients", default="", help="comma-separated client names (default: all)")
    parser.add_argument("--json", default="", help="also write the raw samples to this file")
    for venv, folder in VENV_DIRS.items():
        parser.add_argument(
            f"--{venv}-python", default=str(folder / "bin" / "python"), help=f"the {venv} venv"
        )
    args = parser.parse_args()
    repeats = args.repeats or (1 if args.smoke else 5)
    only = set(filter(None, args.only.split(",")))
    wanted = set(filter(None, args.clients.split(",")))
    pythons = {"dev": sys.executable}
    pythons.update({venv: getattr(args, f"{venv.replace('-', '_')}_python") for venv in VENV_DIRS})
    assert set(pythons) == set(VENVS)

    loaded = sections()
    clients: dict[str, Client] = {}
    for _, module in loaded:
        for client in getattr(module, "clients", list)():
            # a section may name a client that another section described: keep the description
            if client.name not in clients or client.describe:
                clients[client.name] = client
    rows: list[Row] = []
    for name, module in loaded:
        for workload in getattr(module, "workloads", lambda smoke: [])(args.smoke):
            workload.section = name
            if only and workload.key not in only:
                continue
            names = [c for c in workload.clients if not wanted or c in wanted]
            rows += [Row(workload, c) for c in names]
    needed = {clients[r.client].venv for r in rows}
    missing = [pythons[v] for v in sorted(needed) if not Path(pythons[v]).exists()]
    if missing:
        sys.exit(f"no venv at {', '.join(missing)}: run `make bench` (it creates them)")

    print(f"machine: {machine()}", flush=True)
    workloads = list(dict.fromkeys(r.workload.key for r in rows))
    server = Server()
    try:
        for repeat in range(repeats):
            for key in workloads:
                mine = [r for r in rows if r.workload.key == key]
                shift = repeat % len(mine)
                for row in mine[shift:] + mine[:shift]:  # take turns: no client always runs first
                    client = clients[row.client]
                    row.samples.append(run_client(pythons[client.venv], client, row.workload, server))
            print(f"repeat {repeat + 1}/{repeats} done (load {load()})", file=sys.stderr, flush=True)
    finally:
        server.close()

    import_clients: dict[str, str] = {}
    results = Results(rows, {})
    if not only or "imports" in only:
        measured = [
            (client, statement)
            for _, module in loaded
            for client, statement in getattr(module, "IMPORTS", [])
            if client in clients and (not wanted or client in wanted)
        ]
        for _ in range(repeats):  # the statements take turns, as the workloads do
            for client, statement in measured:
                sample = run_import(pythons[clients[client].venv], statement)
                results.imports.setdefault(statement, []).append(sample)
                import_clients[statement] = client
    lines = [f"medians of {repeats} run(s); ratios against the first client of the same workload, same run"]
    lines += ["", "clients:"] + [f"- {c.name}: {c.describe}" for c in clients.values() if c.describe]
    for name, _ in loaded:
        mine = [r for r in rows if r.workload.section == name]
        if mine:
            lines += ["", f"{name}:", "", *table(mine)]
    if results.imports:
        baseline = statistics.median(run_import(sys.executable, "pass")[1] for _ in range(repeats))
        lines += ["", *import_table(results, import_clients, baseline)]
    goals: list[Target] = []
    for _, module in loaded:
        goals += getattr(module, "targets", lambda results: [])(results)
    lines += ["", "targets:", *[g.line() for g in goals if g.value is not None]]
    lines += ["", f"load average at the end: {load()}"]
    print("\n".join(lines), flush=True)
    if args.json:
        raw = {f"{r.workload.key}/{r.client}": [s.__dict__ for s in r.samples] for r in rows}
        Path(args.json).write_text(json.dumps({"samples": raw, "imports": results.imports}, indent=1))


if __name__ == "__main__":
    main()
