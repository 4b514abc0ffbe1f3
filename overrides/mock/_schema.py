"""A small JSON Schema checker: the subset the ClickSend spec uses, with ClickSend-style field paths."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_INTEGER_TEXT = re.compile(r"-?[0-9]+")
_NUMBER_TEXT = re.compile(r"-?[0-9]+(\.[0-9]+)?")

_PY_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}


def _type_ok(value: Any, kind: str) -> bool:
    if kind == "null":
        return value is None
    if kind in ("integer", "number") and isinstance(value, bool):
        return False
    if kind == "integer" and isinstance(value, float):
        return value.is_integer()
    return isinstance(value, _PY_TYPES.get(kind, (object,)))


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def flatten(schema: Mapping[str, Any]) -> dict[str, Any]:
    """Merge ``allOf`` parts into one schema (properties and required lists are united)."""
    if "allOf" not in schema:
        return dict(schema)
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    props: dict[str, Any] = dict(merged.get("properties", {}))
    required: list[str] = list(merged.get("required", []))
    for part in schema["allOf"]:
        flat = flatten(part)
        props.update(flat.get("properties", {}))
        required += flat.get("required", [])
        for key, value in flat.items():
            if key not in ("properties", "required"):
                merged.setdefault(key, value)
    if props:
        merged["properties"] = props
    if required:
        merged["required"] = required
    return merged


def numbers_from_text(value: Any, schema: Mapping[str, Any]) -> Any:
    """``value`` with numeric text read as the integer or number the schema declares, at any depth.

    ClickSend reads ``"1"`` where an integer is documented (its own SDKs send ids such as ``list_id``,
    ``template_id`` and ``from.email_address_id`` as text), so the mock does too, before validating.
    """
    schema = flatten(schema)
    options = schema.get("anyOf", schema.get("oneOf"))
    if options is not None:
        if isinstance(value, str) and any(_kinds(flatten(o)) & {"string"} for o in options):
            return value
        for option in options:
            read = numbers_from_text(value, option)
            if read is not value:
                return read
        return value
    kinds = _kinds(schema)
    if isinstance(value, str) and "string" not in kinds:
        if "integer" in kinds and _INTEGER_TEXT.fullmatch(value):
            return int(value)
        if "number" in kinds and _NUMBER_TEXT.fullmatch(value):
            return float(value)
    if isinstance(value, list) and isinstance(schema.get("items"), Mapping):
        return [numbers_from_text(item, schema["items"]) for item in value]
    if isinstance(value, dict) and "properties" in schema:
        props = schema["properties"]
        return {k: numbers_from_text(v, props[k]) if k in props else v for k, v in value.items()}
    return value


def _kinds(schema: Mapping[str, Any]) -> set[str]:
    kinds = schema.get("type")
    return {kinds} if isinstance(kinds, str) else set(kinds or ())


def validate(
    value: Any, schema: Mapping[str, Any], path: str = "", *, closed: bool = False
) -> list[dict[str, str]]:
    """Problems of ``value`` against ``schema`` as ``{"field", "message"}`` dicts (empty when valid).

    ``closed`` also reports object keys the schema does not name (responses, and requests to a strict mock).
    """
    schema = flatten(schema)
    if "anyOf" in schema or "oneOf" in schema:
        options = schema.get("anyOf", schema.get("oneOf", []))
        results = [validate(value, option, path, closed=closed) for option in options]
        if any(not r for r in results):
            return []
        return min(results, key=len)
    kinds = schema.get("type")
    if kinds is not None:
        kinds = [kinds] if isinstance(kinds, str) else list(kinds)
        if not any(_type_ok(value, k) for k in kinds):
            return [{"field": path, "message": f"must be of type {' or '.join(kinds)}"}]
    if "enum" in schema and value not in schema["enum"]:
        allowed = ", ".join(str(v) for v in schema["enum"])
        return [{"field": path, "message": f"must be one of: {allowed}"}]
    errors: list[dict[str, str]] = []
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            errors.append({"field": path, "message": f"must be at least {schema['minimum']}"})
        if "maximum" in schema and value > schema["maximum"]:
            errors.append({"field": path, "message": f"must be at most {schema['maximum']}"})
    if isinstance(value, str):
        if "minLength" in schema and len(value) < schema["minLength"]:
            errors.append({"field": path, "message": f"must be at least {schema['minLength']} characters"})
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            errors.append({"field": path, "message": f"must be at most {schema['maxLength']} characters"})
    if isinstance(value, list):
        errors += _validate_array(value, schema, path, closed)
    if isinstance(value, dict):
        errors += _validate_object(value, schema, path, closed)
    return errors


def _validate_array(
    value: list[Any], schema: Mapping[str, Any], path: str, closed: bool
) -> list[dict[str, str]]:
    if "minItems" in schema and len(value) < schema["minItems"]:
        return [{"field": path, "message": f"must have at least {schema['minItems']} items"}]
    if "maxItems" in schema and len(value) > schema["maxItems"]:
        return [{"field": path, "message": f"must have at most {schema['maxItems']} items, not {len(value)}"}]
    errors: list[dict[str, str]] = []
    items = schema.get("items")
    if isinstance(items, Mapping):
        for i, item in enumerate(value):
            errors += validate(item, items, _join(path, i), closed=closed)
    return errors


def _validate_object(
    value: dict[str, Any], schema: Mapping[str, Any], path: str, closed: bool
) -> list[dict[str, str]]:
    errors: list[dict[str, str]] = []
    props: Mapping[str, Any] = schema.get("properties", {})
    for name in schema.get("required", []):
        if value.get(name) is None:
            errors.append({"field": _join(path, name), "message": "is required"})
    for name, item in value.items():
        if name in props:
            if item is not None or closed:  # a null optional request field counts as absent
                errors += validate(item, props[name], _join(path, name), closed=closed)
        elif closed and "properties" in schema:
            errors.append({"field": _join(path, name), "message": "is not a documented field"})
    return errors
