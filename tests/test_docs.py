"""The documentation site's code examples run as documented, each in a fresh process (as the README's do).

A block is marked in the page's source by an HTML comment just before it (invisible on the site):
``<!-- runnable -->`` (Python, run with this interpreter), ``<!-- runnable-sh -->`` (bash, in a temporary
folder, with this interpreter's ``clicksend-async`` on PATH), or ``<!-- runnable-pytest -->`` (a test
module, run by pytest in a project of its own with the mock fixtures enabled); ``expect:`` lines list
regular expressions its output must match, in any order. ``<!-- not run: why -->`` marks a block that is
not run (a real account, a server that runs until Ctrl-C); every other ```` ```python ```` or
```` ```sh ```` block is an error, so no example escapes the tests.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.spec_examples import ROOT

DOCS = ROOT / "docs"
FENCE = re.compile(r"(?:<!-- (runnable(?:-sh|-pytest)?|not run)([^>]*?)-->\n)?```(python|sh)\n(.*?)```", re.S)


def _examples() -> list[tuple[str, str, list[str], str]]:
    found = []
    for page in sorted(DOCS.rglob("*.md")):
        for number, (kind, header, language, code) in enumerate(
            FENCE.findall(page.read_text(encoding="utf-8"))
        ):
            name = f"{page.relative_to(DOCS)}#{number}"
            if kind == "not run":
                continue
            if not kind:
                raise AssertionError(
                    f"{name}: a ```{language} block without <!-- runnable --> or <!-- not run -->"
                )
            expects = re.findall(r"^expect: (.*)$", header, re.M)
            found.append((name, kind, expects, code))
    return found


EXAMPLES = _examples()


def _environment(folder: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CLICKSEND_", "PYTEST_"))}
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    return env


def _run(kind: str, code: str, folder: Path) -> subprocess.CompletedProcess[str]:
    if kind == "runnable":
        command = [sys.executable, "-c", code]
    elif kind == "runnable-sh":
        command = ["bash", "-e", "-o", "pipefail", "-c", code]
    else:
        (folder / "conftest.py").write_text('pytest_plugins = ["clicksend_async.mock.pytest_plugin"]\n')
        (folder / "pytest.ini").write_text("[pytest]\nasyncio_default_fixture_loop_scope = function\n")
        (folder / "test_example.py").write_text(code)
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-W", "error"]
    return subprocess.run(
        command,
        cwd=folder,
        env=_environment(folder),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_guides_have_runnable_examples() -> None:
    pages = {name.split("#")[0] for name, *_ in EXAMPLES}
    assert len(EXAMPLES) >= 12
    assert {
        f"guides/{p}.md" for p in ["quick-start", "sending", "delivery-and-webhooks", "campaigns"]
    } <= pages
    assert {"guides/testing.md", "guides/cli.md", "guides/regenerating.md"} <= pages
    assert all(expects for _, _, expects, _ in EXAMPLES)


@pytest.mark.parametrize(("kind", "expects", "code"), [e[1:] for e in EXAMPLES], ids=[e[0] for e in EXAMPLES])
def test_docs_example_runs(kind: str, expects: list[str], code: str, tmp_path: Path) -> None:
    done = _run(kind, code, tmp_path)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-3000:]
    for pattern in expects:
        assert re.search(pattern, output, re.M), f"{pattern!r} not in:\n{output[-3000:]}"
