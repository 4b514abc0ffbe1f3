"""The documented pytest fixtures in a user's project: pytest-asyncio strict and auto modes, anyio's plugin on
asyncio and trio, each run by pytest in a subprocess, in a folder with its own configuration and conftest.py."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

CONFTEST = 'pytest_plugins = ["clicksend_async.mock.pytest_plugin"]\n'

# What each user's test does with the fixtures: the SDK client sends, the raw client reads, the app tells.
BODY = """
    import sniffio
    library = sniffio.current_async_library()
    report = await clicksend_mock.send_sms([{"to": "+61411111111", "body": "Order 42 has shipped"}])
    assert report.sent == 1
    [message] = clicksend_mock_app.received_messages
    assert message.body == "Order 42 has shipped"
    answer = await clicksend_mock_client.get("/account")
    assert answer.status_code == 200
    assert answer.json()["data"]["username"] == "mock-user"
    print(f"RAN-ON {library}")
"""
FIXTURES = "clicksend_mock, clicksend_mock_app, clicksend_mock_client"


def _test(name: str, decorator: str = "") -> str:
    return f"{decorator}\nasync def {name}({FIXTURES}):{BODY}"


STRICT = "import pytest\n" + _test("test_strict", "@pytest.mark.asyncio")

AUTO = (
    "import pytest\n"
    + _test("test_auto_without_a_marker")
    + "\n@pytest.fixture\ndef anyio_backend():\n    return 'trio'\n"
    + _test("test_anyio_trio_beside_auto_mode", "@pytest.mark.anyio")
)

ANYIO = (
    "import pytest\n"
    + "\n@pytest.fixture(params=['asyncio', 'trio'])\ndef anyio_backend(request):\n    return request.param\n"
    + _test("test_anyio", "@pytest.mark.anyio")
)

INI = {
    "strict": "[pytest]\nasyncio_mode = strict\nasyncio_default_fixture_loop_scope = function\n",
    "auto": "[pytest]\nasyncio_mode = auto\nasyncio_default_fixture_loop_scope = function\n",
    "anyio": "[pytest]\n",  # a project with anyio's plugin only (pytest-asyncio is disabled below)
}


def run_project(tmp_path: Path, ini: str, test_module: str, *extra: str) -> tuple[int, str]:
    (tmp_path / "pytest.ini").write_text(ini)
    (tmp_path / "conftest.py").write_text(CONFTEST)
    (tmp_path / "test_user.py").write_text(textwrap.dedent(test_module))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CLICKSEND_", "PYTEST_"))}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-W", "error", "-s", "-q", *extra],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    return done.returncode, done.stdout + done.stderr


def test_pytest_asyncio_strict_mode(tmp_path: Path) -> None:
    code, output = run_project(tmp_path, INI["strict"], STRICT)
    assert code == 0, output
    assert "1 passed" in output
    assert re.findall(r"RAN-ON (\w+)", output) == ["asyncio"]


def test_pytest_asyncio_auto_mode_with_an_anyio_trio_test_beside_it(tmp_path: Path) -> None:
    """Both pass. pytest-asyncio's auto mode claims every async test, an anyio-marked one on trio included,
    and runs it on asyncio (its own behaviour, whatever the fixtures): trio needs anyio's plugin in strict
    mode or without pytest-asyncio (the next two tests)."""
    code, output = run_project(tmp_path, INI["auto"], AUTO)
    assert code == 0, output
    assert "2 passed" in output
    assert re.findall(r"RAN-ON (\w+)", output) == ["asyncio", "asyncio"]


def test_anyio_plugin_on_asyncio_and_trio_without_pytest_asyncio(tmp_path: Path) -> None:
    code, output = run_project(tmp_path, INI["anyio"], ANYIO, "-p", "no:asyncio")
    assert code == 0, output
    assert "2 passed" in output
    assert sorted(re.findall(r"RAN-ON (\w+)", output)) == ["asyncio", "trio"]


def test_anyio_plugin_beside_pytest_asyncio_strict_mode(tmp_path: Path) -> None:
    code, output = run_project(tmp_path, INI["strict"], ANYIO)
    assert code == 0, output
    assert "2 passed" in output
    assert sorted(re.findall(r"RAN-ON (\w+)", output)) == ["asyncio", "trio"]


@pytest.mark.parametrize("mode", ["strict", "auto"])
def test_the_project_really_runs_pytest_asyncio_in_that_mode(tmp_path: Path, mode: str) -> None:
    """The configuration is the one pytest-asyncio reads (so the tests above run in the mode they name)."""
    code, output = run_project(tmp_path, INI[mode], "def test_nothing():\n    pass\n", "-v")
    assert code == 0, output
    # pytest-asyncio prints its Mode enum with format(): "mode=strict" on 3.10, "mode=Mode.STRICT" on 3.11+
    assert re.search(rf"\bmode=(Mode\.)?{mode}\b", output, re.IGNORECASE), output
