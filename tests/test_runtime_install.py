"""The install users get: the package with its declared runtime dependencies only, nothing the dev extras add.

A dependency that one of ours imports only if it happens to be there (httpcore 1.0 tries ``import sniffio``
on every request, and anyio 4.16 no longer brings sniffio in) turns into a failed import -- a walk of
``sys.path`` -- per request on a plain ``pip install``. The dev venv hides that (trio pulls sniffio in), so
this test builds the plain install's import path: the runtime dependency closure read from the package's
metadata, every top-level module of those distributions linked into one folder, and nothing else. A fresh
interpreter without ``site`` runs real calls and batched sends over loopback against the mock server,
counting the imports that no finder can satisfy.
"""

from __future__ import annotations

import json
import platform
import sys
from importlib import metadata
from pathlib import Path

import anyio
import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement

import clicksend_async
from clicksend_async.mock import MockServer, create_app

pytestmark = pytest.mark.anyio

REQUESTS = 200

# Runs in the plain-install interpreter: counts imports that every finder refused, during the requests
# after a warm-up (the first requests import what they need once; that is not per-request work).
PROBE = """
import asyncio, json, sys

class Misses:
    def __init__(self):
        self.names, self.counting = [], False
    def find_spec(self, name, path=None, target=None):
        if self.counting:
            self.names.append(name)
        return None  # last on sys.meta_path: reached only when every real finder failed

misses = Misses()
sys.meta_path.append(misses)

from clicksend_async import ClickSend

async def main(base_url, n, http_backend):
    async with ClickSend(
        "mock-user", "mock-key", base_url=base_url, max_retries=0, http_backend=http_backend
    ) as cs:
        for _ in range(5):
            await cs.call("get_account")
        await cs.send_sms([{"to": "+61411111111", "body": "warm"}])
        misses.counting = True
        ids = 0
        for _ in range(n):
            ids += (await cs.call("get_account")).user_id
        messages = [{"to": "+61411111111", "body": f"hi {i}"} for i in range(n)]
        sent = (await cs.send_sms(messages, batch_size=10)).sent  # n // 10 batched requests
        misses.counting = False
    return ids, sent

ids, sent = asyncio.run(main(sys.argv[1], int(sys.argv[2]), sys.argv[3]))
print(json.dumps({"ids": ids, "sent": sent, "misses": misses.names, "modules": sorted(sys.modules)}))
"""


def _runtime_closure(name: str) -> set[str]:
    """Distributions a plain ``pip install name`` brings in (no extras), by their metadata."""
    environment = {**default_environment(), "extra": ""}
    seen: set[str] = set()
    todo = [name]
    while todo:
        current = todo.pop()
        key = metadata.distribution(current).metadata["Name"].lower().replace("_", "-")
        if key in seen:
            continue
        seen.add(key)
        for line in metadata.requires(current) or []:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate(environment):
                todo.append(requirement.name)
    return seen


def _top_level(dist: metadata.Distribution) -> set[Path]:
    """The installed top-level modules and packages of ``dist`` (absolute paths)."""
    tops: set[Path] = set()
    for file in dist.files or []:
        first = file.parts[0]
        if first.endswith((".dist-info", ".egg-info", ".pth")) or first in ("..", "__pycache__"):
            continue
        tops.add(Path(str(dist.locate_file(first))))
    return tops


def _plain_install_path(folder: Path) -> Path:
    for name in _runtime_closure("clicksend-async") - {"clicksend-async"}:
        for top in _top_level(metadata.distribution(name)):
            (folder / top.name).symlink_to(top)
    (folder / "clicksend_async").symlink_to(Path(clicksend_async.__file__).parent)  # editable here
    return folder


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
@pytest.mark.parametrize("http_backend", ["httpx", "asyncio"])  # both need nothing beyond the plain install
async def test_a_plain_install_does_no_failed_import_per_request(tmp_path: Path, http_backend: str) -> None:
    path = _plain_install_path(tmp_path)
    async with MockServer(create_app()) as server:
        done = await anyio.run_process(
            [sys.executable, "-S", "-c", PROBE, server.base_url, str(REQUESTS), http_backend],
            env={"PYTHONPATH": str(path), "PYTHONDONTWRITEBYTECODE": "1"},
            check=False,
        )
    assert done.returncode == 0, done.stderr.decode()
    result = json.loads(done.stdout.decode().strip().splitlines()[-1])
    assert result["ids"] == REQUESTS  # the mock's account has user_id 1: every request was answered
    assert result["sent"] == REQUESTS
    # the dev extras and the optional ones really are out of reach; msgspec is a runtime dependency on CPython
    assert not {"trio", "orjson", "aiohttp", "psycopg"} & set(result["modules"])
    assert ("msgspec" in result["modules"]) == (platform.python_implementation() == "CPython")
    assert result["misses"] == [], f"failed imports during {REQUESTS} requests: {set(result['misses'])}"
