"""``import clicksend_async`` and ``from clicksend_async import ClickSend`` load only what a client needs to exist.

The features (batched sends, the campaign journal, delivery tracking, polling, webhooks) and what they use
(sqlite3, decimal, phonenumbers, psycopg) load when first used; each statement runs in a fresh interpreter and
``sys.modules`` says what it loaded. Import time itself is a benchmark (``make bench``), not a test.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

# loaded when a feature is first used, never by the import
FEATURES = (
    "clicksend_async._batching",
    "clicksend_async._delivery",
    "clicksend_async._inbox",
    "clicksend_async._automation",
    "clicksend_async._lifecycle",
    "clicksend_async._outcomes",
    "clicksend_async._polling",
    "clicksend_async._report",
    "clicksend_async._sending",
    "clicksend_async.journal",
    "clicksend_async.webhooks",
    "clicksend_async.models",
    "clicksend_async.api",
)
# heavy modules the features use; the check leaves out what the import's dependencies load themselves (httpx
# imports rich, and rich decimal, when rich is installed)
HEAVY = ("sqlite3", "decimal", "phonenumbers", "psycopg", "asyncio", "trio")
DEPENDENCIES = "import httpx, anyio, attrs, typing_extensions"


def loaded_by(statement: str) -> set[str]:
    code = f"import sys\n{statement}\nimport json\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(json.loads(done.stdout))


def unwanted(modules: set[str]) -> list[str]:
    return sorted(
        m for m in modules if any(m == name or m.startswith(name + ".") for name in FEATURES + HEAVY)
    )


@pytest.mark.parametrize(
    "statement",
    [
        "import clicksend_async",
        "from clicksend_async import ClickSend",
        "from clicksend_async import ClickSendSync",
    ],
)
def test_the_import_loads_no_feature_and_no_heavy_module(statement: str) -> None:
    assert unwanted(loaded_by(statement) - loaded_by(DEPENDENCIES)) == []


def test_import_clicksend_async_loads_only_the_package_and_its_export_table() -> None:
    ours = {m for m in loaded_by("import clicksend_async") if m.startswith("clicksend_async")}
    assert ours == {"clicksend_async", "clicksend_async._exports"}
    assert "httpx" not in loaded_by("import clicksend_async")


def test_a_client_loads_its_features_on_first_use() -> None:
    code = (
        "from clicksend_async import ClickSend\n"
        "cs = ClickSend('u', 'k')\n"
        "assert 'clicksend_async._sending' not in sys.modules\n"
        "cs._sending, cs.deliveries\n"
    )
    modules = loaded_by(code)
    assert {"clicksend_async._sending", "clicksend_async._lifecycle"} <= modules
    assert {"clicksend_async._delivery", "clicksend_async.webhooks"} <= modules


def test_a_send_loads_the_journal_only_when_it_is_journaled(tmp_path: Path) -> None:
    """A send without a journal loads neither the journal nor sqlite3 (2 MiB, 20 ms); a journaled one does."""
    journal = str(tmp_path / "campaign.journal")
    code = (
        "import anyio\n"
        "from clicksend_async import ClickSend\n"
        "from clicksend_async.mock import MockServer, create_app\n"
        "async def main():\n"
        "    async with MockServer(create_app()) as mock:\n"
        "        before = set(sys.modules)\n"
        "        async with ClickSend('mock-user', 'mock-key', base_url=mock.base_url) as cs:\n"
        "            plain = await cs.send_sms([{'to': '+61411111111', 'body': 'a'}])\n"
        "            after_plain = set(sys.modules)\n"
        f"            journaled = await cs.send_sms([{{'to': '+61411111112', 'body': 'b'}}], journal={journal!r})\n"
        "        assert plain.sent == journaled.sent == 1\n"
        "        return after_plain - before, set(sys.modules) - after_plain\n"
        "plain, journaled = anyio.run(main)\n"
        "assert not [m for m in plain if m.startswith(('clicksend_async.journal', 'sqlite3'))], plain\n"
        "assert {'clicksend_async.journal', 'sqlite3'} <= journaled, journaled\n"
    )
    loaded_by(code)


def test_the_lazy_names_are_the_real_ones() -> None:
    import clicksend_async
    from clicksend_async._report import SendReport

    assert clicksend_async.SendReport is SendReport
    for name in clicksend_async.__all__:
        assert getattr(clicksend_async, name).__name__ == name


def test_reading_pages_does_not_load_the_batched_sends_or_the_journal() -> None:
    code = (
        "import anyio\n"
        "from clicksend_async import ClickSend\n"
        "from clicksend_async.mock import MockServer, create_app\n"
        "async def main():\n"
        "    async with MockServer(create_app()) as mock:\n"
        "        before = set(sys.modules)\n"
        "        async with ClickSend('mock-user', 'mock-key', base_url=mock.base_url) as cs:\n"
        "            [r async for r in cs.paginate('list_sms_history', limit=15)]\n"
        "            await cs.call('get_account')\n"
        "        return set(sys.modules) - before\n"
        "loaded = anyio.run(main)\n"
        "assert not [m for m in loaded if m.startswith(('clicksend_async._sending', 'clicksend_async.journal'))], loaded\n"
    )
    loaded_by(code)


def test_the_client_class_loads_neither_httpx_nor_the_generated_client() -> None:
    # httpx and the generated client (attrs, typing_extensions) load when a client is made (ClickSend.__init__
    # builds its _connection), so the import costs less than `import httpx` (make bench)
    modules = loaded_by("from clicksend_async import ClickSend")
    generated = {"httpx", "attr", "attrs", "clicksend_async.client", "clicksend_async._connection"}
    # (on Python 3.10 anyio's exceptiongroup backport loads typing_extensions itself)
    if "exceptiongroup" not in modules:
        generated.add("typing_extensions")
    assert not generated & modules
    made = loaded_by(
        "from clicksend_async import ClickSend\ncs = ClickSend('u', 'k')\n"
        "assert (cs._http.timeout.read, cs._http.timeout.connect) == (30.0, 10.0), cs._http.timeout"
    )
    assert {"httpx", "attrs", "clicksend_async.client", "clicksend_async._connection"} <= made
