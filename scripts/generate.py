"""Regenerate ``clicksend_async/`` from ``openapi/clicksend.yaml`` -- the one command behind ``make generate``.

Steps, all into a fresh temporary folder so that the result never depends on what was there before:

1. openapi-python-client (version pinned in pyproject.toml) renders the spec with ``generator-config.yaml``
   and the custom templates in ``openapi/templates``; from the same parse, ``scripts/resources.py`` renders
   the typed resource layer (``clicksend_async/resources/``) and its reference, ``api.md``;
2. the pinned ruff formats the output in ``--isolated`` mode (no config file is looked up);
3. ``py.typed`` and ``_operations.json`` (an index of every operation, derived from the spec) are added;
4. every top-level entry of ``overrides/`` (the handwritten layer) is linked into the package.

``--check`` builds the same tree and compares it with the committed ``clicksend_async/`` instead of replacing
it (and ``api.md``): any difference (a hand edit, a spec change not regenerated) fails with the list of
differing files.
"""

from __future__ import annotations

import argparse
import contextlib
import filecmp
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.strings import PythonIdentifier
from ruamel.yaml import YAML

sys.path.insert(0, str(Path(__file__).resolve().parent))
import resources

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "clicksend.yaml"
CATALOGUE = ROOT / "openapi" / "actions.json"
CONFIG = ROOT / "generator-config.yaml"
TEMPLATES = ROOT / "openapi" / "templates"
OVERRIDES = ROOT / "overrides"
PACKAGE = "clicksend_async"
TARGET = ROOT / PACKAGE
API_MD = ROOT / "api.md"
RUFF_ARGS = ["--isolated", "--target-version", "py310", "--line-length", "120"]
IGNORED = {"__pycache__", ".mypy_cache", ".ruff_cache"}
FIELD_PREFIX = str(yaml.safe_load(CONFIG.read_text(encoding="utf-8"))["field_prefix"])

# Pagination styles a list operation may declare with ``x-clicksend-pagination``: the query parameter that
# sets the page size, the one that says which page to fetch (a number, or the cursor taken from the
# previous page's link to the next), and where in the page object that link is (wire names).
PAGINATION_STYLES: dict[str, dict[str, Any]] = {
    # Laravel pages: ?page=N&limit=M; the page tells its last_page.
    "page": {"size": "limit", "position": "page", "next": ["next_page_url"], "last": ["last_page"]},
    # newer sender-id services: ?page_size=M&offset=<cursor>; the next link is in _metadata.pagination.next.
    "page_size": {"size": "page_size", "position": "offset", "next": ["_metadata", "pagination", "next"]},
    # offset cursor: ?per_page=M&offset=<cursor>; the page carries next_page_url.
    "cursor": {"size": "per_page", "position": "offset", "next": ["next_page_url"]},
    # short-URL tracking: ?limit=M&offset=<cursor>&direction=forward; the page carries next_page_url (v6).
    "limit_offset": {"size": "limit", "position": "offset", "next": ["next_page_url"]},
}


def run(*args: str | Path) -> str:
    result = subprocess.run([str(a) for a in args], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"command failed: {' '.join(map(str, args))}\n{result.stdout}\n{result.stderr}")
    return result.stdout + result.stderr


def render(out: Path) -> str:
    """Build the package into ``out``; return the text of ``api.md`` (the resource methods' reference)."""
    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG), MetaType.NONE, SPEC, "utf-8", True, output_path=out
    )
    document = YAML(typ="safe").load(SPEC.read_bytes())  # read as openapi-python-client reads it (YAML 1.2)
    openapi = GeneratorData.from_dict(document, config=config)
    if isinstance(openapi, GeneratorError):
        sys.exit(f"openapi-python-client could not read the spec: {openapi.header}\n{openapi.detail}")
    project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES)
    with contextlib.redirect_stdout(io.StringIO()):
        errors = project.build()
    if errors:
        # The generator drops what it cannot parse and still builds the rest: treat that as a failure.
        details = "\n".join(f"{e.level.name}: {e.header}: {e.detail}" for e in errors)
        sys.exit(f"openapi-python-client could not render the whole spec:\n{details}")
    index = operation_index(yaml.safe_load(SPEC.read_text(encoding="utf-8")))
    api_md = resources.render(project, index, out)
    run(sys.executable, "-m", "ruff", "check", *RUFF_ARGS, "--fix-only", "--select", "I,F401", "--quiet", out)
    run(sys.executable, "-m", "ruff", "format", *RUFF_ARGS, "--quiet", out)
    (out / "py.typed").write_text("")
    (out / "_operations.json").write_text(
        json.dumps(index, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    return api_md


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


def python_name(name: str) -> str:
    """The attribute or argument name openapi-python-client gives a wire name (``_metadata`` -> ``field_metadata``)."""
    return str(PythonIdentifier(name, prefix=FIELD_PREFIX))


def properties(schema: dict[str, Any], components: dict[str, Any]) -> dict[str, Any]:
    """The properties of an object schema, following ``$ref``, ``allOf`` and a nullable ``anyOf``."""
    if "$ref" in schema:
        return properties(components[schema["$ref"].rsplit("/", 1)[1]], components)
    found: dict[str, Any] = {}
    for part in schema.get("allOf", []) + [s for s in schema.get("anyOf", []) if "$ref" in s]:
        found.update(properties(part, components))
    found.update(schema.get("properties") or {})
    return found


def success_schema(op: dict[str, Any]) -> dict[str, Any] | None:
    ok = op["responses"].get("200") or op["responses"].get("204") or {}
    schema: dict[str, Any] | None = ok.get("content", {}).get("application/json", {}).get("schema")
    return schema


DATA_SHAPES = {"record"}  # x-clicksend-data: "record" = one record, or (some documents) a list holding it


def data_shape(op_id: str, op: dict[str, Any]) -> str | None:
    """The operation's ``x-clicksend-data`` (None: ``data`` is handed over as the spec types it)."""
    shape = op.get("x-clicksend-data")
    if shape is not None and shape not in DATA_SHAPES:
        sys.exit(f"{op_id}: unknown x-clicksend-data {shape!r} (known: {sorted(DATA_SHAPES)})")
    return shape


def is_envelope(schema: dict[str, Any] | None, components: dict[str, Any]) -> bool:
    """Whether a response is ClickSend's envelope ({http_code, response_code, response_msg, data})."""
    if schema is None:
        return False
    target = components[schema["$ref"].rsplit("/", 1)[1]] if "$ref" in schema else schema
    return any(part.get("$ref", "").endswith("/Envelope") for part in target.get("allOf", []))


def paging(op: dict[str, Any], components: dict[str, Any]) -> dict[str, Any] | None:
    """How to walk the pages of a list operation, as attribute paths into its parsed response.

    Derived from the declared style and the response schema, and checked against both: a style whose
    parameters or fields the operation does not have fails the generation rather than a user's loop.
    """
    style = op.get("x-clicksend-pagination")
    if style is None:
        return None
    op_id = op["operationId"]
    if style not in PAGINATION_STYLES:
        sys.exit(f"{op_id}: unknown x-clicksend-pagination {style!r} (known: {sorted(PAGINATION_STYLES)})")
    rule = PAGINATION_STYLES[style]
    query = {p["name"] for p in op.get("parameters", []) if p["in"] == "query"}
    for param in (rule["size"], rule["position"]):
        if param not in query:
            sys.exit(f"{op_id}: {style} pagination needs a query parameter {param!r}")
    schema = success_schema(op)
    if schema is None:
        sys.exit(f"{op_id}: a paginated operation needs a JSON response")
    page_path = ["data"] if is_envelope(schema, components) else []
    page = properties(schema, components)
    for key in page_path:
        page = properties(page[key], components)
    arrays = [name for name, prop in page.items() if "array" in (prop.get("type") or [])]
    if len(arrays) != 1:
        sys.exit(f"{op_id}: the page object must have exactly one array of records, found {arrays}")

    def checked(path: list[str]) -> list[str]:
        props = page
        for depth, key in enumerate(path):
            if key not in props:
                sys.exit(f"{op_id}: {style} pagination needs {'.'.join(path)} in the page object")
            if depth < len(path) - 1:
                props = properties(props[key], components)
        return [python_name(key) for key in path]

    return {
        "style": style,
        "size_param": rule["size"],
        "position_param": rule["position"],
        "page": [python_name(key) for key in page_path],
        "items": python_name(arrays[0]),
        "next": checked(rule["next"]),
        "last": checked(rule["last"]) if "last" in rule else None,
    }


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
                        "python_name": python_name(p["name"]),
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
                            "python_name": python_name(name),
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
                "paging": paging(op, components),
                "envelope": is_envelope(success_schema(op), components),
                "data": data_shape(op_id, op),
                "success_status": 200 if "200" in op["responses"] else 204,
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
        api_md = render(out)
        link_overrides(out)
        if args.check:
            diffs = differences(out, TARGET) if TARGET.exists() else ["clicksend_async/ (missing)"]
            if not API_MD.exists() or API_MD.read_text(encoding="utf-8") != api_md:
                diffs.append("api.md")
            if diffs:
                print(
                    "clicksend_async/ or api.md is out of date with the spec, templates or overrides; "
                    "run `make generate`."
                )
                print("\n".join(f"  {d}" for d in diffs))
                sys.exit(1)
            print("clicksend_async/ and api.md are up to date.")
            return
        if TARGET.exists():
            shutil.rmtree(TARGET)
        shutil.copytree(out, TARGET, symlinks=True)
        API_MD.write_text(api_md, encoding="utf-8")
        count = len(json.loads((out / "_operations.json").read_text())["operations"])
        print(f"generated {PACKAGE}/ and api.md: {count} operations")


if __name__ == "__main__":
    main()
