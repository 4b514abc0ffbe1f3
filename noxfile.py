"""The test suite on every supported Python: ``make test-matrix`` (or ``.venv/bin/python -m nox``).

Each session is a fresh venv with the package and its ``[test]`` extra (no generation tools: the package
and its tests run on 3.10, openapi-python-client needs 3.11+). Interpreters are looked up on ``PATH``, then
in pyenv's versions (``$(pyenv root)/versions/3.X.*``), so a machine with pyenv needs no shims set up.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import nox

PYTHONS = ["3.10", "3.11", "3.12", "3.13"]

nox.options.sessions = ["tests"]
nox.options.reuse_existing_virtualenvs = True


def _pyenv_root() -> Path | None:
    if os.environ.get("PYENV_ROOT"):
        return Path(os.environ["PYENV_ROOT"])
    try:
        root = subprocess.run(["pyenv", "root"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        root = str(Path.home() / ".pyenv")
    return Path(root) if root else None


def _add_pyenv_interpreters_to_path() -> None:
    """Put each pyenv ``versions/3.X.Y/bin`` (the newest Y of each wanted X) on PATH for nox to find."""
    root = _pyenv_root()
    if root is None or not (root / "versions").is_dir():
        return
    found = []
    for version in PYTHONS:
        candidates = sorted(
            (
                p
                for p in (root / "versions").glob(f"{version}.*")
                if (p / "bin" / f"python{version}").exists()
            ),
            key=lambda p: [int(x) for x in p.name.split(".") if x.isdigit()],
        )
        if candidates:
            found.append(str(candidates[-1] / "bin"))
    os.environ["PATH"] = os.pathsep.join([*found, os.environ.get("PATH", "")])


_add_pyenv_interpreters_to_path()


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """The whole suite (or pytest's arguments after ``--``: ``nox -s tests-3.10 -- -x tests/test_cli.py``)."""
    session.install("-e", ".[test]")
    session.run("python", "-m", "pytest", "-q", "-p", "no:cacheprovider", *(session.posargs or ["tests"]))
