"""Conformance check: both official ClickSend SDKs, every method of every API class, against our mock.

``make conformance`` (CI runs it). For each of ``clicksend-client`` 6.0.2 and 5.0.91 (each in its own venv,
created here on first use from its pinned requirements file), the mock is served on loopback in a
subprocess and ``conformance_driver.py`` calls every API method with plausible arguments. Every request is
tagged with the method that made it, and the mock side records which operation served it and how it
answered. The check fails on:

* a route the mock lacks (404 "No resource matches", 405);
* a request the mock refuses (400 from request validation, 401) or a method that sent no request at all;
* any 5xx answer;

unless the method is listed in ``KNOWN_SDK_BUGS`` with the reason (a listed method that now passes fails
the check too, so the list stays true). Answers the official SDK cannot parse are counted, not failed:
many are the official SDK's own bugs. Prints a table per SDK version.

``--serve LOG`` (internal) serves the recording mock and prints its base URL.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
import venv
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DRIVER = ROOT / "scripts" / "conformance_driver.py"
SDKS = {
    # version: (venv folder, pinned requirements)
    "6.0.2": (ROOT / "benchmarks" / ".venv-official", ROOT / "benchmarks" / "requirements-official.txt"),
    "5.0.91": (ROOT / "scripts" / ".venv-official-5", ROOT / "scripts" / "requirements-official-5.txt"),
}
# The mock's messages for a request it refuses before any handler runs (see overrides/mock/_request.py).
REFUSALS = (
    "Invalid request:",
    "A JSON request body is required.",
    "The request body is not valid JSON",
    "The request body must be a JSON object.",
)
# Methods of the official SDKs that build a request ClickSend's own documents do not describe: the bug is
# theirs, the mock is right to refuse it. Keyed by (version, "ApiClass.method").
KNOWN_SDK_BUGS: dict[tuple[str, str], str] = {
    ("6.0.2", "ListsApi.import_contacts"): "sends field_order as one string; v5 and v6's own description and"
    " curl sample give an array of field names",
    ("6.0.2", "OwnNumbersApi.update_own_number"): "sends no credentials: v6 gives PATCH /own-numbers/{id} no"
    " security, unlike every other authenticated operation",
    (
        "6.0.2",
        "ResellerApi.reseller_transfer_credit",
    ): "sends the credit-card model (number, cvc ...): v6 copied"
    " the credit-card fields into the transfer body; v5 and Apiary give client_user_id, balance, currency",
    (
        "6.0.2",
        "MmsCampaignsApi.calculate_mms_campaign_price",
    ): "sends an empty body: v6 lost the request schema"
    " (v5: list_id, name, body, subject and media_file, required)",
    ("6.0.2", "UploadsApi.upload_a_media_file"): "sends an empty body and no convert: v6's schema has no"
    " properties, though its own parameter table requires content (body) and convert (query)",
}


def serve(log_path: str) -> None:
    """Serve a recording mock on loopback until killed; print its base URL once listening."""
    import anyio

    from clicksend_async.mock import MockApp, create_app
    from clicksend_async.mock import serve as serve_app

    class RecordingApp(MockApp):
        def handle(self, method: str, path: str, query: bytes, body: bytes, headers: dict[str, str]) -> Any:
            answer = super().handle(method, path, query, body, headers)
            payload = answer[2] if isinstance(answer[2], dict) else {}
            record = {
                "call": headers.get("x-conformance-call"),
                "method": method,
                "path": path,
                "op": self._op_id(method, path),
                "status": answer[0],
                "body": body[:300].decode("utf-8", "replace"),
                "message": str(payload.get("response_msg", "")),
                "errors": (payload.get("data") or {}).get("errors")
                if isinstance(payload.get("data"), dict)
                else None,
            }
            with open(log_path, "a", encoding="utf-8") as log:
                log.write(json.dumps(record) + "\n")
            return answer

    async def main() -> None:
        app = RecordingApp(create_app().config)
        async with serve_app(app) as server:
            print(server.base_url, flush=True)
            await anyio.sleep_forever()

    anyio.run(main)


def official_python(version: str) -> Path:
    """The python of the venv holding ``clicksend-client==version``, created and installed on first use."""
    folder, requirements = SDKS[version]
    python = folder / "bin" / "python"
    stamp = folder / ".installed"
    if not stamp.exists() or stamp.stat().st_mtime < requirements.stat().st_mtime:
        venv.create(folder, with_pip=True, clear=True)
        subprocess.run([python, "-m", "pip", "install", "--quiet", "-r", requirements], check=True)
        stamp.touch()
    return python


def run_sdk(version: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(driver rows, mock records) of one official SDK's run against a fresh mock."""
    python = official_python(version)
    with tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "requests.jsonl"
        log.touch()
        server = subprocess.Popen(
            [sys.executable, __file__, "--serve", str(log)], stdout=subprocess.PIPE, text=True, cwd=ROOT
        )
        try:
            assert server.stdout is not None
            base_url = server.stdout.readline().strip()
            if not base_url:
                sys.exit("the mock server did not start")
            driver = subprocess.run(
                [python, DRIVER, base_url, version], capture_output=True, text=True, timeout=600
            )
        finally:
            server.terminate()
            server.wait(timeout=10)
        if driver.returncode != 0:
            sys.exit(f"the {version} driver failed:\n{driver.stderr[-3000:]}")
        rows = [json.loads(line) for line in driver.stdout.splitlines() if line.startswith("{")]
        records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    return rows, records


def verdict(row: dict[str, Any], records: list[dict[str, Any]]) -> str:
    """What happened to one method's call: accepted, or why it failed."""
    if not records:
        return "sent no request"
    record = records[-1]
    status, message = record["status"], record["message"]
    if status == 405 or (status == 404 and message.startswith("No resource matches")):
        return f"route missing: {record['method']} {record['path']}"
    if status >= 500:
        return f"mock {status}: {message}"
    if status == 401:
        return "refused: sent without credentials (401)"
    if status == 400 and message.startswith(REFUSALS):
        why = "; ".join(f"{e['field']} {e['message']}" for e in record.get("errors") or [])
        return f"refused: {why or message} (sent {record['body'] or 'no body'})"
    return "accepted"


def check(version: str, unparsed: list[str] | None = None) -> tuple[dict[str, int], list[str]]:
    rows, records = run_sdk(version)
    by_call: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for record in records:
        by_call[record["call"]].append(record)
    counts = collections.Counter(operations=len(rows))
    failures: list[str] = []
    for row in rows:
        call = row["call"]
        outcome = verdict(row, by_call.get(call, []))
        known = KNOWN_SDK_BUGS.get((version, call))
        if outcome == "accepted":
            counts["accepted"] += 1
            answered = by_call[call][-1]["status"] < 300
            counts["answered 2xx"] += answered
            counts["parsed by the official SDK"] += answered and row["result"] == "parsed"
            if answered and row["result"] != "parsed" and unparsed is not None:
                unparsed.append(f"{version} {call}: {row.get('error', row['result'])}")
            if known:
                failures.append(
                    f"{version} {call}: listed as an SDK bug ({known}) but accepted: update the list"
                )
        elif known:
            counts["known SDK bugs"] += 1
        else:
            detail = f" ({row['error']})" if outcome == "sent no request" and "error" in row else ""
            failures.append(f"{version} {call}: {outcome}{detail}")
    counts["failures"] = len(failures)
    return dict(counts), failures


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--serve", metavar="LOG", help=argparse.SUPPRESS)
    parser.add_argument("--sdk", choices=sorted(SDKS), action="append", help="only this version (repeatable)")
    parser.add_argument(
        "--unparsed", action="store_true", help="list the 2xx answers the official SDK could not read"
    )
    args = parser.parse_args()
    if args.serve:
        serve(args.serve)
        return
    os.chdir(ROOT)
    columns = [
        "operations",
        "accepted",
        "answered 2xx",
        "parsed by the official SDK",
        "known SDK bugs",
        "failures",
    ]
    table: list[tuple[str, dict[str, int]]] = []
    failures: list[str] = []
    unparsed: list[str] = []
    for version in args.sdk or list(SDKS):
        counts, failed = check(version, unparsed if args.unparsed else None)
        table.append((version, counts))
        failures += failed
    print("| clicksend-client | " + " | ".join(columns) + " |")
    print("|---" * (len(columns) + 1) + "|")
    for version, counts in table:
        print(f"| {version} | " + " | ".join(str(counts.get(c, 0)) for c in columns) + " |")
    for (version, call), reason in sorted(KNOWN_SDK_BUGS.items()):
        print(f"known SDK bug, {version} {call}: {reason}")
    if unparsed:
        print("\n" + "\n".join(unparsed))
    if failures:
        print("\n" + "\n".join(failures))
        sys.exit(f"conformance: {len(failures)} failure(s)")


if __name__ == "__main__":
    main()
