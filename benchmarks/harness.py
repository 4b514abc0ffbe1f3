"""What run.py and every benchmark section share: clients, workloads, samples, the server, the tables.

A *section* is a module of ``benchmarks/sections/`` that may define any of

* ``clients() -> list[Client]``: client processes it adds (a script of ``benchmarks/clients/`` run by one
  of the venvs, with extra arguments);
* ``workloads(smoke: bool) -> list[Workload]``: what to measure, each run by every client it names, in its
  own process, ``--repeats`` times, against the shared server (a client may ignore the server);
* ``targets(results: Results) -> list[Target]``: goals checked on the medians of this run.

run.py runs every section's workloads, prints one table per section and the targets; the ``core`` section
is the SDK beside the floor and the official SDK.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CLIENT_SCRIPTS = HERE / "clients"

#: The venvs a client can run in: ``dev`` (the project's), ``user`` (a plain ``pip install .``: runtime
#: dependencies only, as users get it), ``user-fast`` (``pip install '.[aiohttp]'``) and ``official``
#: (ClickSend's own SDK). run.py fills in their interpreters.
VENVS = ("dev", "user", "user-fast", "official")


@dataclass(frozen=True)
class Client:
    name: str
    script: str  # benchmarks/clients/<script>.py
    venv: str  # one of VENVS
    args: tuple[str, ...] = ()
    describe: str = ""


@dataclass
class Workload:
    key: str
    title: str
    client_args: list[str]
    clients: tuple[str, ...]  # client names, the first is the baseline of the ratio columns
    expected: int  # the ``check`` count every client must print (messages sent, calls made ...)
    latency: float = 0.0
    history_total: int = 0
    per: int = 1  # divide wall and CPU time by this (per-call figures)
    section: str = "core"


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


@dataclass
class Results:
    rows: list[Row]
    imports: dict[str, list[tuple[float, float]]]  # statement -> (wall, rss) samples

    def row(self, key: str, client: str) -> Row | None:
        return next((r for r in self.rows if r.workload.key == key and r.client == client), None)

    def ratio(self, key: str, client: str, other: str, metric: str) -> float | None:
        a, b = self.row(key, client), self.row(key, other)
        return a.median(metric) / b.median(metric) if a and b and a.samples and b.samples else None

    def import_wall(self, statement: str) -> float | None:
        samples = self.imports.get(statement)
        return statistics.median(w for w, _ in samples) if samples else None


@dataclass(frozen=True)
class Target:
    name: str
    value: float | None
    limit: float
    at_least: bool = False

    def line(self) -> str:
        if self.value is None:
            return f"- {self.name}: not measured in this run"
        met = self.value >= self.limit if self.at_least else self.value <= self.limit
        bound = ">=" if self.at_least else "<="
        return f"- {self.name}: {self.value:.2f} (target {bound} {self.limit}) {'met' if met else 'MISSED'}"


class Server:
    """The benchmark server (server.py) in its own process on 127.0.0.1."""

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


def run_client(python: str, client: Client, workload: Workload, server: Server) -> Sample:
    """One fresh client process doing ``workload``; its last stdout line is the JSON of ``_common.measure``."""
    server.configure(workload.latency, workload.history_total)
    before = server.cpu()
    script = CLIENT_SCRIPTS / f"{client.script}.py"
    command = [python, str(script), *workload.client_args, *client.args, "--port", str(server.port)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{client.name} {workload.key} failed:\n{done.stderr}")
    server_cpu = server.cpu() - before
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if result["check"] != workload.expected:
        raise RuntimeError(
            f"{client.name} {workload.key}: checked {result['check']}, expected {workload.expected}"
        )
    return Sample(result["wall"] / workload.per, result["cpu"] / workload.per, result["rss"], server_cpu)


def _fmt(value: float, unit: str) -> str:
    if unit == "ms":
        return f"{value * 1000:.3f} ms" if value < 0.01 else f"{value * 1000:.0f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    return f"{value:.1f} MiB"


def table(rows: list[Row]) -> list[str]:
    """Medians per workload and client, with ratios against the workload's first client (its baseline)."""
    lines = [
        "| workload | client | wall | client CPU | peak RSS | wall / base | CPU / base | RSS / base "
        "| server CPU |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        if not row.samples:
            continue
        base = next(r for r in rows if r.workload is row.workload and r.client == row.workload.clients[0])
        unit = "ms" if row.workload.per > 1 else "s"
        wall, cpu, rss = row.median("wall"), row.median("cpu"), row.median("rss")
        ratios = [
            f"{wall / base.median('wall'):.2f}x",
            f"{cpu / base.median('cpu'):.2f}x",
            f"{rss / base.median('rss'):.2f}x",
        ]
        server = statistics.median(s.server_cpu / max(s.wall * row.workload.per, 1e-9) for s in row.samples)
        lines.append(
            f"| {row.workload.title} | {row.client} | {_fmt(wall, unit)} | {_fmt(cpu, unit)} "
            f"| {_fmt(rss, 'MiB')} | {' | '.join(ratios)} | {server:.0%} |"
        )
    return lines
