"""The CLI's rough edges, one test each: a mistake gives one clear line on stderr, a documented non-zero exit
code and no traceback, and nothing is sent; a campaign's results are written as it goes."""

from __future__ import annotations

import argparse
import csv
import os
import pty
import re
import select
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from clicksend_async.cli import _connect, _errors, main
from clicksend_async.cli._parser import build_parser
from clicksend_async.mock import MockApp, create_app, mock_client

CREDENTIALS = ["--username", "mock-user", "--api-key", "mock-key"]


@pytest.fixture(autouse=True)
def no_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLICKSEND_USERNAME", raising=False)
    monkeypatch.delenv("CLICKSEND_API_KEY", raising=False)


@pytest.fixture
def embedded(monkeypatch: pytest.MonkeyPatch) -> MockApp:
    """The app behind the CLI's embedded mock, so a test can see what was (not) sent."""
    app = create_app()
    monkeypatch.setattr(_connect, "mock_client", lambda: mock_client(app))
    return app


def one_error_line(captured: pytest.CaptureFixture[str]) -> str:
    """stderr holds exactly one ``error:`` line and no traceback; returns it."""
    err = captured.readouterr().err
    assert "Traceback" not in err
    errors = [line for line in err.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1, err
    return errors[0]


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    with path.open("w", newline="", encoding=encoding) as handle:
        csv.writer(handle).writerows(rows)
    return path


@pytest.fixture
def customers(tmp_path: Path) -> Path:
    return write_csv(
        tmp_path / "customers.csv",
        [["to", "name", "order"], ["+61411111111", "Al", "7"], ["+61411111112", "Bo", "8"]],
    )


@pytest.fixture(scope="module")
def loopback_mock() -> Iterator[str]:
    """``mock serve --port 0 --latency 0.05`` in a subprocess; yields its base URL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "clicksend_async.cli", "mock", "serve", "--port", "0", "--latency", "0.05"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        found = re.search(r"(http://127\.0\.0\.1:\d+/v3)", process.stdout.readline())
        assert found
        yield found.group(1)
    finally:
        process.terminate()
        process.wait(timeout=10)


# ---------------------------------------------------------------- send-bulk: results are never lost


def test_an_unwritable_results_path_is_refused_before_anything_is_sent(
    customers: Path, embedded: MockApp, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["sms", "send-bulk", str(customers), "--body", "Hi {name}", "--results", "/no/such/dir/x.csv"]
    )
    assert code == _errors.USAGE
    line = one_error_line(capsys)
    assert "/no/such/dir" in line
    assert "nothing was sent" in line
    assert embedded.stats.count() == 0


def test_an_existing_results_file_is_not_overwritten_unless_asked(
    customers: Path, embedded: MockApp, capsys: pytest.CaptureFixture[str]
) -> None:
    earlier = customers.with_suffix(".results.csv")
    earlier.write_text("an earlier campaign's results\n")
    assert main(["sms", "send-bulk", str(customers), "--body", "Hi {name}"]) == _errors.USAGE
    assert "--overwrite" in one_error_line(capsys)
    assert earlier.read_text() == "an earlier campaign's results\n"
    assert embedded.stats.count() == 0
    assert main(["sms", "send-bulk", str(customers), "--body", "Hi {name}", "--overwrite"]) == 0
    assert len(earlier.read_text().splitlines()) == 3


def test_results_are_written_as_the_campaign_goes_so_a_killed_run_keeps_them(
    tmp_path: Path, loopback_mock: str
) -> None:
    source = write_csv(tmp_path / "big.csv", [["to"]] + [[f"+6141300{i:04d}"] for i in range(3000)])
    results = tmp_path / "big.results.csv"
    command = [sys.executable, "-m", "clicksend_async.cli", "--base-url", loopback_mock, *CREDENTIALS]
    command += ["sms", "send-bulk", str(source), "--body", "crash test", "--batch-size", "10"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and (not results.exists() or _data_lines(results) < 100):
            time.sleep(0.02)
        process.send_signal(signal.SIGKILL)  # no clean-up of any kind
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
    with results.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert 100 <= len(rows) < 3000  # killed half way, and what was done is in the file
    assert {r["status"] for r in rows} == {"sent"}
    assert all(r["message_id"] and r["custom_string"] for r in rows)
    assert all(int(r["row"]) == int(r["index"]) + 2 for r in rows)


def _data_lines(path: Path) -> int:
    return max(path.read_text().count("\n") - 1, 0)


# ---------------------------------------------------------------- send-bulk: the CSV and the template


def test_a_row_missing_a_template_value_is_refused_naming_row_and_column(
    tmp_path: Path, embedded: MockApp, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_csv(
        tmp_path / "c.csv", [["to", "name", "order"], ["+61411111111", "Al", "7"], ["+61411111112", "Bo"]]
    )
    assert main(["sms", "send-bulk", str(source), "--body", "Hi {name}, order {order}"]) == _errors.USAGE
    line = one_error_line(capsys)
    assert "row 3" in line
    assert "'order'" in line
    assert "--on-missing skip" in line
    assert embedded.stats.count() == 0  # not even the complete row went out


def test_on_missing_skip_sends_the_others_and_reports_the_skipped_rows(
    tmp_path: Path, embedded: MockApp, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [["to", "name", "order"], ["+61411111111", "Al", "7"], ["+61411111112", "Bo"], ["", "Cy", "9"]]
    rows.append(["+61411111114", "Di", "10", "an extra cell"])
    source = write_csv(tmp_path / "c.csv", rows)
    code = main(
        ["sms", "send-bulk", str(source), "--body", "Hi {name}, order {order}", "--on-missing", "skip"]
    )
    assert code == _errors.INCOMPLETE  # documented: skipped rows are not sent
    captured = capsys.readouterr()
    assert "skipping 3 row(s)" in captured.err
    assert "row 3 (no value for column 'order')" in captured.err
    assert "row 4 (no value for column 'to')" in captured.err
    assert "row 5 (4 values but the header has 3 columns)" in captured.err
    assert "3 rows skipped" in captured.out
    assert [m.body for m in embedded.received_messages] == ["Hi Al, order 7"]
    with (tmp_path / "c.results.csv").open(newline="") as handle:
        results = {r["row"]: r for r in csv.DictReader(handle)}
    assert results["2"]["status"] == "sent"
    assert {results[r]["status"] for r in ("3", "4", "5")} == {"skipped"}
    assert results["3"]["error"] == "no value for column 'order'"


def test_columns_the_template_does_not_use_are_named(
    customers: Path, embedded: MockApp, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sms", "send-bulk", str(customers), "--body", "Hi {name}"]) == 0
    assert "does not use the column(s) order" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("path", "expected"), [("nope.csv", "nope.csv: no such file"), (".", "is a directory, not a CSV file")]
)
def test_a_missing_file_or_a_directory_is_one_line(
    path: str, expected: str, embedded: MockApp, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sms", "send-bulk", path, "--body", "Hi"]) == _errors.USAGE
    assert expected in one_error_line(capsys)


def test_a_latin1_file_names_itself_and_the_encoding_flag_reads_it(
    tmp_path: Path, embedded: MockApp, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_csv(tmp_path / "latin.csv", [["to", "name"], ["+61411111111", "René"]], encoding="latin-1")
    assert main(["sms", "send-bulk", str(source), "--body", "Hi {name}"]) == _errors.USAGE
    line = one_error_line(capsys)
    assert "latin.csv is not utf-8 text" in line
    assert "--encoding latin-1" in line
    assert embedded.stats.count() == 0
    assert main(["sms", "send-bulk", str(source), "--body", "Hi {name}", "--encoding", "latin-1"]) == 0
    assert [m.body for m in embedded.received_messages] == ["Hi René"]
    assert main(["sms", "send-bulk", str(source), "--body", "x", "--encoding", "klingon", "--overwrite"]) == 2
    assert "no such encoding" in one_error_line(capsys)


@pytest.mark.parametrize(
    ("body", "expected"), [("Hi {name", "expected '}'"), ("Hi {}", "must name a column")]
)
def test_a_broken_template_says_it_is_the_template(
    customers: Path, body: str, expected: str, embedded: MockApp, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sms", "send-bulk", str(customers), "--body", body]) == _errors.USAGE
    line = one_error_line(capsys)
    assert f"--body template {body!r}" in line
    assert expected in line
    assert embedded.stats.count() == 0


# ---------------------------------------------------------------- history, flags and connection


def test_history_offers_a_next_page_only_when_there_is_one(
    embedded: MockApp, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sms", "history"]) == 0
    out = capsys.readouterr().out
    assert "no messages" in out
    assert "page 1 of 1 (0 messages)" in out
    assert "next" not in out


@pytest.mark.parametrize(
    ("flags", "expected"),
    [(["--limit", "5"], "--limit: must be from 15 to 100"), (["--page", "0"], "--page: must be at least 1")],
)
def test_history_page_and_limit_are_checked_locally(
    flags: list[str], expected: str, embedded: MockApp, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sms", "history", *flags]) == _errors.USAGE
    assert expected in one_error_line(capsys)
    assert embedded.stats.count() == 0


def test_global_flags_are_accepted_after_the_subcommand(
    loopback_mock: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sms", "send", "--to", "+61411111111", "--body", "after", "--mock"]) == 0
    assert "--mock" in capsys.readouterr().err
    assert main(["account", "--base-url", loopback_mock, *CREDENTIALS]) == 0
    captured = capsys.readouterr()
    assert "EMBEDDED MOCK" not in captured.err
    assert re.search(r"username\s+mock-user", captured.out)
    assert main(["--base-url", loopback_mock, "account", *CREDENTIALS]) == 0  # split around it


def test_credential_messages_name_flags_not_python_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--base-url", "https://example.invalid/v3", "--username", "u", "account"]) == _errors.USAGE
    line = one_error_line(capsys)
    assert "--api-key" in line
    assert "api_key=" not in line
    assert main(["--base-url", "http://192.0.2.1/v3", "--username", "u", "--api-key", "k", "account"]) == 2
    line = one_error_line(capsys)
    assert "--allow-http" in line
    assert "allow_http" not in line


def test_allow_http_lets_a_plain_http_host_through() -> None:
    args = build_parser().parse_args(
        ["--base-url", "http://192.0.2.1/v3", "--username", "u", "--api-key", "k", "--allow-http", "account"]
    )
    client = _connect.connect(args)  # no request is made here
    assert "http://192.0.2.1/v3" in repr(client)


def test_a_base_url_without_v3_gets_a_hint(loopback_mock: str, capsys: pytest.CaptureFixture[str]) -> None:
    root = loopback_mock.removesuffix("/v3")
    assert main(["--base-url", root, *CREDENTIALS, "account"]) == _errors.API
    line = one_error_line(capsys)
    assert "404" in line
    assert f"{root}/v3" in line


def test_a_connection_failure_names_the_host_and_the_reason(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert main(["--base-url", f"http://127.0.0.1:{port}/v3", *CREDENTIALS, "account"]) == _errors.API
    line = one_error_line(capsys)
    assert f"127.0.0.1:{port}" in line
    assert "All connection attempts failed" in line or "refused" in line


def test_mock_serve_on_a_taken_port_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["mock", "serve", "--port", str(port)]) == _errors.USAGE
    line = one_error_line(capsys)
    assert f"127.0.0.1:{port}" in line
    assert "in use" in line


def test_an_unknown_action_points_to_the_closest_ids_and_the_list(
    embedded: MockApp, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["actions", "call", "CLICKSEND_GET_ACOUNT"]) == _errors.USAGE
    line = one_error_line(capsys)
    assert "CLICKSEND_GET_ACCOUNT" in line
    assert "clicksend-async actions list" in line
    assert main(["actions", "call", "CLICKSEND_NOPE"]) == _errors.USAGE
    assert "actions list" in one_error_line(capsys)
    assert embedded.stats.count() == 0


# ---------------------------------------------------------------- demo, help, notices


@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        (["--size", "-5"], "--size: must be from 0"),
        (["--malformed-share", "2"], "--malformed-share: must be from 0"),
    ],
)
def test_demo_refuses_impossible_sizes_and_shares(
    flags: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo", *flags]) == _errors.USAGE
    assert expected in one_error_line(capsys)


def test_demo_of_nothing_still_names_the_currency(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--size", "0"]) == 0
    captured = capsys.readouterr()
    assert "quote: 0.00 AUD" in captured.out
    assert "cost 0.0000 AUD" in captured.out
    assert "EMBEDDED MOCK" in captured.err  # the notice, on stderr as for every other command


def test_actions_list_says_it_needs_no_credentials(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["actions", "list"]) == 0
    assert "no credentials" in capsys.readouterr().err


def _parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                yield from _parsers(child)


def test_help_documents_every_option_and_the_exit_codes() -> None:
    parsers = list(_parsers(build_parser()))
    assert len(parsers) >= 12
    for parser in parsers:
        text = parser.format_help()
        assert "``" not in text
        assert "exit codes:" in text
        assert "130  interrupted" in text
        for action in parser._actions:
            if action.option_strings or action.dest not in ("command", "verb"):
                assert action.help, f"{parser.prog} {action.option_strings or action.dest} has no help"
    serve = next(p for p in parsers if p.prog.endswith("mock serve"))
    assert "(default: 8765)" in serve.format_help()


# ---------------------------------------------------------------- progress: terminals and pipes


def test_progress_is_a_rich_bar_on_a_terminal(tmp_path: Path) -> None:
    source = write_csv(tmp_path / "c.csv", [["to"]] + [[f"+6141300{i:04d}"] for i in range(3000)])
    leader, follower = pty.openpty()
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLICKSEND_")} | {
        "TERM": "xterm",
        "COLUMNS": "100",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "clicksend_async.cli", "sms", "send-bulk", str(source), "--body", "hi"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=follower,
        env=env,
    )
    os.close(follower)
    seen = b""
    try:
        while True:
            ready, _, _ = select.select([leader], [], [], 60)
            if not ready:
                break
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal closed with the process
                break
            if not chunk:
                break
            seen += chunk
    finally:
        os.close(leader)
        process.wait(timeout=60)
    text = seen.decode("utf-8", "replace")
    assert process.returncode == 0, text
    assert "\x1b[" in text  # drawn with terminal control codes, in place
    assert "━" in text  # rich's bar
    assert "3000/3000" in text
    assert re.search(r"\d+ messages/s", text)
    assert re.search(r"\d:\d\d:\d\d", text)  # time left


def test_progress_in_a_pipe_is_plain_lines(tmp_path: Path) -> None:
    source = write_csv(tmp_path / "c.csv", [["to"]] + [[f"+6141300{i:04d}"] for i in range(1500)])
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLICKSEND_")}
    done = subprocess.run(
        [sys.executable, "-m", "clicksend_async.cli", "sms", "send-bulk", str(source), "--body", "hi"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "\r" not in done.stderr
    assert "\x1b[" not in done.stderr
    assert re.search(r"^  1,500/1,500 messages \(100%\), [\d,]+/s, done in", done.stderr, re.M)


# httpx itself imports rich when its optional CLI's packages (click, pygments) are installed, as they are in
# the dev tools; so rich is made unimportable, and our imports must still work and not ask for it.
NO_RICH = """
import sys
class NoRich:
    def find_spec(self, name, path=None, target=None):
        if name == "rich" or name.startswith("rich."):
            raise ImportError(f"{name} asked for")
sys.meta_path.insert(0, NoRich())
"""


def test_importing_the_package_and_the_cli_does_not_import_rich() -> None:
    code = NO_RICH + (
        "import clicksend_async; from clicksend_async import ClickSend; import clicksend_async.cli\n"
        "from clicksend_async.cli._parser import build_parser; build_parser()\n"
        "print(sorted(m for m in sys.modules if m.startswith('rich')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_ctrl_c_half_way_reports_and_keeps_what_was_done(tmp_path: Path, loopback_mock: str) -> None:
    source = write_csv(tmp_path / "big.csv", [["to"]] + [[f"+6141400{i:04d}"] for i in range(3000)])
    results = tmp_path / "big.results.csv"
    command = [sys.executable, "-m", "clicksend_async.cli", "--base-url", loopback_mock, *CREDENTIALS]
    command += ["sms", "send-bulk", str(source), "--body", "interrupted", "--batch-size", "10"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not results.exists() or _data_lines(results) < 100):
        time.sleep(0.02)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == _errors.INTERRUPTED, err
    assert "Traceback" not in err
    assert err.strip().splitlines()[-1] == "error: interrupted"
    found = re.search(
        r"(\d+) messages: (\d+) sent, 0 rejected by ClickSend, 0 invalid, 0 failed, (\d+) unconfirmed", out
    )
    assert found, out
    recorded, sent, unconfirmed = map(int, found.groups())
    assert 100 <= recorded < 3000
    with results.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == recorded  # every outcome known is in the file
    assert sum(r["status"] == "sent" for r in rows) == sent
    assert sum(r["status"] == "unconfirmed" for r in rows) == unconfirmed
