"""Record in ``openapi/clicksend.yaml`` which of ClickSend's API documents back each operation.

    python scripts/spec_sources.py v6=PATH v6-fax-post=PATH v5=PATH apiary=PATH

A maintainer's tool, run when the reference documents change: for every operation it sets
``x-clicksend-sources.documents`` to the labels of the documents that have the same method and path (matched
as ``spec_diff.py`` matches them), and keeps the hand-written ``x-clicksend-sources.reading`` (which
reading was chosen where the documents disagree, and why). The documents are only read, never copied: the
project builds and tests without them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import yaml
from spec_diff import METHODS, SPEC, load, operations, route_key


def dump(spec: dict[str, Any]) -> str:
    return yaml.safe_dump(spec, sort_keys=False, width=120, allow_unicode=True)


def documents_of(spec: dict[str, Any], references: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    """operationId -> labels of the reference documents that have it."""
    routes = {label: set(operations(document)) for label, document in references.items()}
    found: dict[str, list[str]] = {}
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                key = route_key(method, path)
                found[item[method]["operationId"]] = [label for label in references if key in routes[label]]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("documents", nargs="+", metavar="LABEL=PATH")
    parser.add_argument("--check", action="store_true", help="only report operations whose list would change")
    args = parser.parse_args()
    references = {}
    for entry in args.documents:
        label, _, path = entry.partition("=")
        references[label] = load(Path(path))
    spec = load(SPEC)
    found = documents_of(spec, references)
    changed = 0
    for item in spec["paths"].values():
        for method in METHODS:
            if method not in item:
                continue
            op = item[method]
            sources = dict(op.get("x-clicksend-sources") or {})
            if sources.get("documents") != found[op["operationId"]]:
                changed += 1
                print(f"{op['operationId']}: {sources.get('documents')} -> {found[op['operationId']]}")
            sources["documents"] = found[op["operationId"]]
            op["x-clicksend-sources"] = {"documents": sources.pop("documents"), **sources}
    unbacked = sorted(op_id for op_id, labels in found.items() if not labels)
    if unbacked:
        print(f"backed by no document: {', '.join(unbacked)}", file=sys.stderr)
    if not args.check:
        SPEC.write_text(dump(spec), encoding="utf-8")
    print(f"{changed} operation(s) changed", file=sys.stderr)


if __name__ == "__main__":
    main()
