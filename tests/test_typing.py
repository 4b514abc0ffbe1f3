"""The typed surface as mypy sees it: ``mypy --strict`` over tests/typing/. ``typed_usage.py`` (a representative
operation of every tag through both clients, with ``assert_type``) must pass; every line of ``wrong_usage.py``
marked ``# error: <code>`` must be reported with that code, and no other line."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from clicksend_async.resources import TAGS

HERE = Path(__file__).parent / "typing"
ROOT = Path(__file__).parent.parent
REPORTED = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): error: .*\[(?P<code>[a-z-]+)\]$")


def mypy_errors() -> dict[str, set[tuple[int, str]]]:
    files = [HERE / "typed_usage.py", HERE / "wrong_usage.py"]
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", *map(str, files)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode in (0, 1), result.stdout + result.stderr  # 2 would be a crash or bad usage
    found: dict[str, set[tuple[int, str]]] = {f.name: set() for f in files}
    for line in result.stdout.splitlines():
        match = REPORTED.match(line)
        if match:
            found[Path(match["file"]).name].add((int(match["line"]), match["code"]))
    return found


def test_typed_usage_passes_and_wrong_usage_fails_on_each_marked_line() -> None:
    found = mypy_errors()
    assert found["typed_usage.py"] == set()
    lines = (HERE / "wrong_usage.py").read_text(encoding="utf-8").splitlines()
    expected = {
        (number, marker.group(1))
        for number, text in enumerate(lines, start=1)
        if (marker := re.search(r"# error: ([a-z-]+)$", text))
    }
    assert len(expected) >= 15
    assert found["wrong_usage.py"] == expected


def test_the_typed_usage_covers_every_tag_through_both_clients() -> None:
    text = (HERE / "typed_usage.py").read_text(encoding="utf-8")
    async_part, sync_part = text.split("def sync_surface")
    for tag in TAGS:
        assert f"cs.{tag}." in async_part, tag
        assert f"cs.{tag}." in sync_part, tag
