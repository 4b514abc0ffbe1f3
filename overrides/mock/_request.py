"""Turn a raw request into validated path, query and body values, or a 400 with the failing fields."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from ._index import Operation
from ._schema import numbers_from_text, validate

_INTEGER = re.compile(r"-?\d+")
_NUMBER = re.compile(r"-?\d+(\.\d+)?")
_INDEXED = re.compile(r"(.+)\[\d+\]")


class BadRequest(Exception):
    """The request breaks the spec: answered 400 with ``errors`` as ``data.errors``."""

    def __init__(self, message: str, errors: list[dict[str, str]] | None = None) -> None:
        super().__init__(message)
        self.errors = errors or []


@dataclass
class Request:
    """A routed, validated request as the handlers see it."""

    op: Operation
    path: dict[str, Any]
    query: dict[str, Any]
    body: dict[str, Any] = field(default_factory=dict)
    username: str = ""


def _coerce(text: str, schema: dict[str, Any]) -> Any:
    kind = schema.get("type")
    if kind == "integer" and _INTEGER.fullmatch(text):
        return int(text)
    if kind == "number" and _NUMBER.fullmatch(text):
        return float(text)
    if kind == "boolean" and text.lower() in ("true", "false", "1", "0"):
        return text.lower() in ("true", "1")
    return text


def _array_name(op: Operation, name: str) -> str:
    """``filter[country_code][0]`` (the indexed form ClickSend's v6 documents) as the spec's
    ``filter[country_code][]``: PHP, behind ClickSend, reads both forms as the same array."""
    indexed = _INDEXED.fullmatch(name)
    if indexed and f"{indexed.group(1)}[]" in op.query_params:
        return f"{indexed.group(1)}[]"
    return name


def _check(values: dict[str, Any], schemas: dict[str, dict[str, Any]], where: str) -> list[dict[str, str]]:
    errors: list[dict[str, str]] = []
    for name, value in values.items():
        if name in schemas:
            for problem in validate(value, schemas[name], name):
                errors.append({**problem, "message": f"{where} parameter {problem['message']}"})
    return errors


def _json_body(op: Operation, raw: bytes) -> dict[str, Any]:
    if op.body_schema is None:
        return {}
    if not raw.strip():
        if op.body_schema["required"]:
            raise BadRequest("A JSON request body is required.")
        return {}
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise BadRequest(f"The request body is not valid JSON: {exc}.") from None
    if not isinstance(body, dict):
        raise BadRequest(
            "The request body must be a JSON object.", [{"field": "", "message": "must be an object"}]
        )
    return body


def parse_request(
    op: Operation, raw_path: dict[str, str], query_string: bytes, raw_body: bytes, *, strict: bool = False
) -> Request:
    """Coerce and check every parameter of ``op``. Unknown query and body fields are ignored, as ClickSend
    does; ``strict`` refuses body fields the spec does not name (a misspelt field in a test)."""
    path = {name: _coerce(value, op.path_params.get(name, {})) for name, value in raw_path.items()}
    query: dict[str, Any] = {}
    for raw_name, value in parse_qsl(query_string.decode("latin-1"), keep_blank_values=True):
        name = _array_name(op, raw_name)
        schema = op.query_params.get(name, {})
        if schema.get("type") == "array":  # filter[status][]=A&filter[status][]=B
            query.setdefault(name, []).append(_coerce(value, schema.get("items", {})))
        else:
            query[name] = _coerce(value, schema)
    errors = _check(path, op.path_params, "path") + _check(query, op.query_params, "query")
    errors += [
        {"field": name, "message": "query parameter is required"} for name in op.required_query - set(query)
    ]
    body = _json_body(op, raw_body)
    if op.body_schema is not None:
        body = numbers_from_text(body, op.body_schema)
        errors += validate(body, op.body_schema, closed=strict)
    if errors:
        fields = ", ".join(sorted({e["field"] for e in errors}))
        raise BadRequest(f"Invalid request: {fields}.", errors)
    return Request(op=op, path=path, query=query, body=body)
