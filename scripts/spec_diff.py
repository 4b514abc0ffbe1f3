"""Compare ``openapi/clicksend.yaml`` with one of ClickSend's API documents and print the differences.

    python scripts/spec_diff.py REFERENCE.yaml [--operation OPERATION_ID] [--summary]

REFERENCE is an OpenAPI 3 or Swagger 2 document (ClickSend's v6 OpenAPI, the v5 Swagger, the Apiary
description ...). Operations are matched by method and path, with the ``/v3`` prefix, a trailing ``/`` and
the names of path parameters ignored. For each operation in both, it prints the request body fields and
query parameters present in only one of them and the differing required flags. The documents themselves
are never copied into the project: this is a maintainer's tool for reading them.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "clicksend.yaml"
METHODS = ("get", "put", "post", "delete", "patch")
_PARAM = re.compile(r"\{[^}]*\}")


def load(path: Path) -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as handle:
        return dict(yaml.load(handle, Loader=loader))


def route_key(method: str, path: str) -> str:
    """``GET /sms/receipts/{}``: how two documents' operations are matched."""
    path = path.split("?")[0].removeprefix("/v3").rstrip("/") or "/"
    return f"{method.upper()} {_PARAM.sub('{}', path)}"


def _deref(document: dict[str, Any], node: Any, depth: int = 0) -> Any:
    while isinstance(node, dict) and "$ref" in node and depth < 20:
        target: Any = document
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        node, depth = target, depth + 1
    return node


def _object_fields(document: dict[str, Any], schema: Any) -> tuple[set[str], set[str]]:
    """(field names, required field names) of an object schema, through ``$ref`` and ``allOf``."""
    schema = _deref(document, schema)
    if not isinstance(schema, dict):
        return set(), set()
    names, required = set((schema.get("properties") or {}).keys()), set(schema.get("required") or [])
    for part in schema.get("allOf", []):
        more, more_required = _object_fields(document, part)
        names, required = names | more, required | more_required
    return names, required


def request_shape(document: dict[str, Any], op: dict[str, Any], item: dict[str, Any]) -> dict[str, Any]:
    """Query parameters and body fields of one operation, with their required flags."""
    params = [_deref(document, p) for p in item.get("parameters", []) + op.get("parameters", [])]
    query = {p["name"]: bool(p.get("required")) for p in params if p.get("in") == "query"}
    body_fields: set[str] = set()
    body_required: set[str] = set()
    body: Any = None
    if "requestBody" in op:  # OpenAPI 3
        content = _deref(document, op["requestBody"]).get("content", {})
        media = content.get("application/json") or next(iter(content.values()), {})
        body = media.get("schema")
    else:  # Swagger 2: one body parameter, or form fields
        body = next((p.get("schema") for p in params if p.get("in") == "body"), None)
        for p in params:
            if p.get("in") == "formData":
                body_fields.add(p["name"])
                if p.get("required"):
                    body_required.add(p["name"])
    if body is not None:
        body_fields, body_required = _object_fields(document, body)
    return {"query": query, "body": body_fields, "body_required": body_required}


def operations(document: dict[str, Any]) -> dict[str, tuple[str, dict[str, Any], dict[str, Any]]]:
    """route key -> (operationId, operation, path item) of every operation of ``document``."""
    found = {}
    for path, item in (document.get("paths") or {}).items():
        for method in METHODS:
            if isinstance(item.get(method), dict):
                op = item[method]
                found[route_key(method, path)] = (str(op.get("operationId", "")), op, item)
    return found


def differences(ours: dict[str, Any], theirs: dict[str, Any], only: str | None = None) -> list[str]:
    """Lines describing how ``theirs`` differs from ``ours`` (operations, fields, required flags)."""
    mine, other = operations(ours), operations(theirs)
    lines: list[str] = []
    for key in sorted(set(mine) | set(other)):
        op_id = mine[key][0] if key in mine else other[key][0]
        if only and op_id != only:
            continue
        if key not in other:
            lines.append(f"{key} ({op_id}): only in ours")
            continue
        if key not in mine:
            lines.append(f"{key} ({op_id}): only in the reference")
            continue
        a = request_shape(ours, mine[key][1], mine[key][2])
        b = request_shape(theirs, other[key][1], other[key][2])
        notes = []
        for label, left, right in (
            ("query", set(a["query"]), set(b["query"])),
            ("body", a["body"], b["body"]),
        ):
            if left - right:
                notes.append(f"{label} only in ours: {', '.join(sorted(left - right))}")
            if right - left:
                notes.append(f"{label} only in the reference: {', '.join(sorted(right - left))}")
        for name in sorted(set(a["query"]) & set(b["query"])):
            if a["query"][name] != b["query"][name]:
                notes.append(f"query {name}: required {a['query'][name]} in ours, {b['query'][name]} there")
        common = a["body"] & b["body"]
        for name in sorted(common & (a["body_required"] ^ b["body_required"])):
            notes.append(
                f"body {name}: required {name in a['body_required']} in ours, {name in b['body_required']} there"
            )
        lines += [f"{key} ({op_id}): {note}" for note in notes]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("reference", type=Path, help="an OpenAPI 3 or Swagger 2 document")
    parser.add_argument("--spec", type=Path, default=SPEC, help="our spec (default: openapi/clicksend.yaml)")
    parser.add_argument("--operation", help="only this operationId (ours or theirs)")
    parser.add_argument("--summary", action="store_true", help="only the counts")
    args = parser.parse_args()
    ours, theirs = load(args.spec), load(args.reference)
    lines = differences(ours, theirs, args.operation)
    mine, other = operations(ours), operations(theirs)
    if not args.summary:
        print("\n".join(lines))
    both = len(set(mine) & set(other))
    print(
        f"{len(mine)} operations in ours, {len(other)} in the reference, {both} in both; "
        f"{len(lines)} difference(s)",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
