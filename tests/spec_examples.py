"""Example requests and responses built from the OpenAPI document, for tests that walk every operation.

Responses come in two flavours: ``canonical`` (values of the documented type) and ``loose`` (what ClickSend
really sends at times: integers and prices as strings, empty strings for unset integers, digits-only strings
as numbers, ``[]`` where an object is documented, ``null`` for absent nested objects, unknown extra fields).
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "clicksend.yaml"
ACTIONS_PATH = ROOT / "openapi" / "actions.json"
METHODS = ("get", "put", "post", "delete", "patch")
E164 = "+61411111111"


@functools.lru_cache(maxsize=1)
def spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def seed_actions() -> list[dict[str, Any]]:
    return json.loads(ACTIONS_PATH.read_text(encoding="utf-8"))


def operations() -> list[tuple[str, str, dict[str, Any]]]:
    """(METHOD, path, operation) for every operation, in spec order."""
    return [
        (method.upper(), path, op)
        for path, item in spec()["paths"].items()
        for method, op in item.items()
        if method in METHODS
    ]


def component(ref: str) -> tuple[str, dict[str, Any]]:
    name = ref.rsplit("/", 1)[1]
    return name, spec()["components"]["schemas"][name]


def python_name(name: str) -> str:
    """The identifier the generator gives a parameter or field (``from`` -> ``from_``,
    ``filter[status][]`` -> ``filterstatus``)."""
    snake = re.sub(r"[^0-9a-zA-Z_]", "_", re.sub(r"[\[\]]", "", name))
    return snake + "_" if snake in {"from", "type", "id", "import", "class", "global"} else snake


# ---------------------------------------------------------------- requests


def request_value(schema: dict[str, Any], name: str = "") -> Any:
    """A valid example value for a request field."""
    if "$ref" in schema:
        return request_value(component(schema["$ref"])[1], name)
    if "allOf" in schema:
        return request_value(schema["allOf"][0], name)
    if "oneOf" in schema:  # the first documented form
        return request_value(schema["oneOf"][0], name)
    if "enum" in schema:
        return schema["enum"][-1]
    kind = schema.get("type")
    if kind == "array":
        return [request_value(schema["items"], name)]
    if kind == "object":
        return {key: request_value(sub, key) for key, sub in schema.get("properties", {}).items()}
    if kind == "integer":
        if name == "limit":
            return 50
        if name == "page":
            return 2
        return int(schema.get("minimum", 7)) if "maximum" in schema else 7
    if kind == "number":
        return 1700000000
    if kind == "boolean":
        return True
    if schema.get("x-clicksend-phone"):
        return E164
    if "email" in name:
        return "jane@example.com"
    if "url" in name:
        return "https://example.com/resource"
    if name == "country":
        return "AU"
    return f"{name or 'value'}-example"[: schema.get("maxLength")]


def request_body(op: dict[str, Any]) -> dict[str, Any] | None:
    content = op.get("requestBody", {}).get("content", {}).get("application/json")
    if not content:
        return None
    return request_value(content["schema"])


# ---------------------------------------------------------------- responses

_LOOSE_SCALARS = {
    # component: (canonical value, loose variants cycled through by field position)
    "LooseInteger": (42, ["42", "", None]),
    "LooseNumber": ("0.0770", [0.077, 12, None]),
    "LooseString": ("text", [61411111111, "", None]),
    "LooseFlag": (1, [True, "0", None]),
}


def response_value(schema: dict[str, Any], loose: bool, position: int = 0) -> Any:
    if "$ref" in schema:
        name, target = component(schema["$ref"])
        if name in _LOOSE_SCALARS:
            canonical, variants = _LOOSE_SCALARS[name]
            return variants[position % len(variants)] if loose else canonical
        return response_value(target, loose, position)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            merged.update(response_value(part, loose, position))
        return merged
    if "anyOf" in schema:
        ref = next(s for s in schema["anyOf"] if "$ref" in s)
        if loose and position % 3 == 1:
            return []  # PHP encodes an empty object as []
        if loose and position % 3 == 2:
            return None
        return response_value(ref, loose, position)
    kind = schema.get("type")
    if kind == ["array", "null"] or kind == "array":
        return [response_value(schema["items"], loose, position + i) for i in range(2)]
    if kind == "object" or "properties" in schema:
        body = {
            key: response_value(sub, loose, position + i)
            for i, (key, sub) in enumerate(schema.get("properties", {}).items())
        }
        if loose and "data" not in body:
            body["_field_added_by_clickSend_later"] = {"nested": [1, "two"]}
        return body
    if kind == "string":
        return "SUCCESS"
    return {"anything": ["goes"]}  # untyped (`{}`) schema


def success_status(op: dict[str, Any]) -> int:
    """The status of a successful answer: 200, or 204 for the few operations that answer with no body."""
    return 200 if "200" in op["responses"] else 204


def is_envelope(schema: dict[str, Any]) -> bool:
    """Whether a response schema is ClickSend's envelope (a few newer services answer without it)."""
    return any(part.get("$ref", "").endswith("/Envelope") for part in schema.get("allOf", []))


def success_response(op: dict[str, Any], loose: bool) -> tuple[str | None, dict[str, Any] | None]:
    """(model name, JSON body) of a successful response to ``op``; ``(None, None)`` when it has no body."""
    content = op["responses"][str(success_status(op))].get("content")
    if content is None:
        return None, None
    name, schema = component(content["application/json"]["schema"]["$ref"])
    body = response_value(schema, loose)
    if is_envelope(schema):
        body.update(http_code="200" if loose else 200, response_code="SUCCESS", response_msg="Here you go.")
    return name, body


def data_model(response_model: str) -> tuple[str | None, bool]:
    """The model of ``data`` in a response envelope, and whether it is a page of them (``None`` for an answer
    without the envelope: the response model is the record itself)."""
    _, schema = component(f"#/components/schemas/{response_model}")
    if not is_envelope(schema):
        return None, False
    data = schema["allOf"][1]["properties"]["data"]
    if "anyOf" in data:
        name, target = component(data["anyOf"][0]["$ref"])
        if "allOf" in target and target["allOf"][0].get("$ref", "").endswith("/Page"):
            item = target["allOf"][1]["properties"]["data"]["items"]["$ref"]
            return component(item)[0], True
        return name, False
    if data.get("items", {}).get("$ref", "").split("/")[-1].startswith("Loose"):
        return None, False
    if "items" in data:
        return component(data["items"]["$ref"])[0], False
    return None, False
