"""Regenerate ``clicksend_async/`` from ``openapi/clicksend.yaml`` -- the one command behind ``make generate``.

Steps, all into a fresh temporary folder so that the result never depends on what was there before:

1. openapi-python-client (version pinned in pyproject.toml) renders the spec with ``generator-config.yaml``
   and the custom templates in ``openapi/templates``;
2. the pinned ruff formats the output in ``--isolated`` mode (no config file is looked up);
3. ``py.typed`` and ``_operations.json`` (an index of every operation, derived from the spec) are added;
4. every top-level entry of ``overrides/`` (the handwritten layer) is linked into the package.

``--check`` builds the same tree and compares it with the committed ``clicksend_async/`` instead of replacing
it: any difference (a hand edit, a spec change not regenerated) fails with the list of differing files.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "clicksend.yaml"
CATALOGUE = ROOT / "openapi" / "actions.json"
CONFIG = ROOT / "generator-config.yaml"
TEMPLATES = ROOT / "openapi" / "templates"
OVERRIDES = ROOT / "overrides"
PACKAGE = "clicksend_async"
TARGET = ROOT / PACKAGE
RUFF_ARGS = ["--isolated", "--target-version", "py310", "--line-length", "120"]
IGNORED = {"__pycache__", ".mypy_cache", ".ruff_cache"}


def run(*args: str | Path) -> str:
    result = subprocess.run([str(a) for a in args], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"command failed: {' '.join(map(str, args))}\n{result.stdout}\n{result.stderr}")
    return result.stdout + result.stderr


def render(out: Path) -> None:
    log = run(
        sys.executable,
        "-m",
        "openapi_python_client",
        "generate",
        "--path",
        SPEC,
        "--config",
        CONFIG,
        "--custom-template-path",
        TEMPLATES,
        "--meta",
        "none",
        "--output-path",
        out,
        "--overwrite",
    )
    if "Warning" in log or "Unable to" in log:
        # The generator drops what it cannot parse and still exits 0: treat that as a failure.
        sys.exit(f"openapi-python-client could not render the whole spec:\n{log}")
    run(sys.executable, "-m", "ruff", "check", *RUFF_ARGS, "--fix-only", "--select", "I,F401", "--quiet", out)
    run(sys.executable, "-m", "ruff", "format", *RUFF_ARGS, "--quiet", out)
    (out / "py.typed").write_text("")
    index = operation_index(yaml.safe_load(SPEC.read_text(encoding="utf-8")))
    (out / "_operations.json").write_text(
        json.dumps(index, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )


def link_overrides(out: Path) -> None:
    for entry in sorted(OVERRIDES.iterdir()):
        if entry.name in IGNORED or entry.name.startswith("."):
            continue
        link = out / entry.name
        if link.exists() or link.is_symlink():
            sys.exit(f"overrides/{entry.name} collides with a generated file of the same name")
        link.symlink_to(Path("..") / "overrides" / entry.name)


def resolve(schema: Any, components: dict[str, Any]) -> Any:
    """Inline ``$ref``s and drop our ``x-`` extensions: a self-contained JSON Schema."""
    if isinstance(schema, dict):
        if "$ref" in schema:
            return resolve(components[schema["$ref"].rsplit("/", 1)[1]], components)
        return {k: resolve(v, components) for k, v in schema.items() if not k.startswith("x-")}
    if isinstance(schema, list):
        return [resolve(v, components) for v in schema]
    return schema


def phone_fields(schema: dict[str, Any], components: dict[str, Any], prefix: str = "") -> dict[str, str]:
    """Dotted body paths of phone-number fields (``messages[].to``) and how strict each is."""
    found: dict[str, str] = {}
    if "$ref" in schema:
        schema = components[schema["$ref"].rsplit("/", 1)[1]]
    for inner in schema.get("allOf", []):
        found.update(phone_fields(inner, components, prefix))
    for name, prop in (schema.get("properties") or {}).items():
        flag = prop.get("x-clicksend-phone")
        if flag:
            found[prefix + name] = "e164" if flag is True else str(flag)
        if prop.get("type") == "array" and isinstance(prop.get("items"), dict):
            found.update(phone_fields(prop["items"], components, f"{prefix}{name}[]."))
    return found


def operation_index(spec: dict[str, Any]) -> dict[str, Any]:
    """Everything the handwritten layer needs to know per operation, keyed by operationId."""
    components = spec["components"]["schemas"]
    operations: dict[str, Any] = {}
    actions: dict[str, Any] = {}
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            op_id = op["operationId"]
            params: list[dict[str, Any]] = []
            for p in op.get("parameters", []):
                params.append(
                    {
                        "name": p["name"],
                        "in": p["in"],
                        "required": p.get("required", False),
                        "seed_name": p["schema"].get("x-clicksend-seed-name", p["name"]),
                        "schema": resolve(
                            dict(p["schema"], description=p.get("description", "")), components
                        ),
                    }
                )
            body_ref = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            phones: dict[str, str] = {}
            if body_ref:
                body = components[body_ref["$ref"].rsplit("/", 1)[1]]
                phones = phone_fields(body, components)
                for name, prop in body["properties"].items():
                    params.append(
                        {
                            "name": name,
                            "in": "body",
                            "required": name in body.get("required", []),
                            "seed_name": prop.get("x-clicksend-seed-name", name),
                            "schema": resolve(prop, components),
                        }
                    )
            tag = op["tags"][0]
            operations[op_id] = {
                "method": method.upper(),
                "path": path,
                "tag": tag,
                "module": f"{PACKAGE}.api.{tag}.{op_id}",
                "summary": op.get("summary", ""),
                "idempotent": bool(op.get("x-clicksend-idempotent", False)),
                "pagination": op.get("x-clicksend-pagination"),
                "batch": op.get("x-clicksend-batch"),
                "authenticated": op.get("security", spec.get("security")) != [],
                "phone_fields": phones,
                "params": params,
                "actions": op.get("x-clicksend-actions", []),
            }
            for action_id in op.get("x-clicksend-actions", []):
                actions[action_id] = op_id
    catalogue = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    titles = {a["id"]: {"title": a["title"], "description": a["description"]} for a in catalogue}
    return {
        "operations": operations,
        "actions": {a: {"operation": op, **titles[a]} for a, op in actions.items()},
    }


def differences(expected: Path, actual: Path) -> list[str]:
    """Relative paths that differ between two trees (content, presence, or symlink target)."""
    diffs: list[str] = []

    def walk(rel: Path) -> None:
        a, b = expected / rel, actual / rel
        names = {n for n in os.listdir(a) if n not in IGNORED} | {
            n for n in os.listdir(b) if n not in IGNORED
        }
        for name in sorted(names):
            x, y = a / name, b / name
            if x.is_symlink() or y.is_symlink():
                if not (x.is_symlink() and y.is_symlink() and os.readlink(x) == os.readlink(y)):
                    diffs.append(str(rel / name))
            elif x.is_dir() and y.is_dir():
                walk(rel / name)
            elif not (x.is_file() and y.is_file() and filecmp.cmp(x, y, shallow=False)):
                diffs.append(str(rel / name))

    walk(Path())
    return diffs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if clicksend_async/ is not up to date")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / PACKAGE
        render(out)
        link_overrides(out)
        if args.check:
            diffs = differences(out, TARGET) if TARGET.exists() else ["clicksend_async/ (missing)"]
            if diffs:
                print(
                    "clicksend_async/ is out of date with the spec, templates or overrides; run `make generate`."
                )
                print("\n".join(f"  {d}" for d in diffs))
                sys.exit(1)
            print("clicksend_async/ is up to date.")
            return
        if TARGET.exists():
            shutil.rmtree(TARGET)
        shutil.copytree(out, TARGET, symlinks=True)
        count = len(json.loads((out / "_operations.json").read_text())["operations"])
        print(f"generated {PACKAGE}/: {count} operations")


if __name__ == "__main__":
    main()
