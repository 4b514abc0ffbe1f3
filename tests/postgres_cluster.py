"""A throwaway PostgreSQL cluster for the tests: ``initdb`` in a temporary folder, ``pg_ctl start`` on a Unix
socket in it (no TCP port), stopped and removed afterwards. Needs the server binaries (Debian package
``postgresql``); as root, the server runs as the ``postgres`` user (PostgreSQL refuses to run as root)."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

MISSING = "PostgreSQL server binaries (initdb, pg_ctl) not found: install the Debian package `postgresql`"


def server_binaries() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl``, or None."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(os.path.realpath(found)).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    return Path(candidates[0]).parent if candidates else None


@contextmanager
def postgres_cluster() -> Iterator[str]:
    """Start a cluster; yield a DSN of its database ``campaigns`` (user ``postgres``, over the socket)."""
    binaries = server_binaries()
    if binaries is None:
        raise RuntimeError(MISSING)
    folder = Path(tempfile.mkdtemp(prefix="csa-pg-"))
    as_server: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        as_server = ["runuser", "-u", "postgres", "--"]
    data = folder / "data"
    log = folder / "server.log"

    def run(*command: str) -> None:
        subprocess.run([*as_server, *command], check=True, capture_output=True, text=True, timeout=120)

    run(
        str(binaries / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"
    )
    options = f"-c listen_addresses='' -c unix_socket_directories={folder} -c fsync=on -c max_connections=50"
    try:
        run(
            str(binaries / "pg_ctl"),
            "-D",
            str(data),
            "-l",
            str(log),
            "-o",
            options,
            "-w",
            "-t",
            "60",
            "start",
        )
        run(str(binaries / "createdb"), "-h", str(folder), "-U", "postgres", "campaigns")
        yield f"postgresql://postgres@/campaigns?host={folder}"
    finally:
        subprocess.run(
            [*as_server, str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
            capture_output=True,
            timeout=120,
            check=False,
        )
        shutil.rmtree(folder, ignore_errors=True)
