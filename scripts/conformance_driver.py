"""Run inside an official SDK's own venv by ``scripts/conformance.py``: call every method of every API class of
``clicksend-client`` 6.x (package ``clicksend``) or 5.x (package ``clicksend_client``) with plausible
arguments against the mock at BASE_URL, and print one JSON line per call.

Each call is tagged with an ``X-Conformance-Call`` header so that the mock side can say which operation
served it and how it answered; this side reports whether the official SDK built the request and read the
answer. It imports nothing from this project (it runs in a venv that has only the official SDK).
"""

from __future__ import annotations

import datetime
import enum
import importlib
import inspect
import json
import re
import sys
import typing
from typing import Any

USERNAME, API_KEY = "mock-user", "mock-key"
HEADER = "X-Conformance-Call"
SUFFIXES = ("_with_http_info", "_without_preload_content", "_serialize")
_ENUM_CHOICES = re.compile(r"must be one of (?:enum values )?[\[(](.*?)[\])]")


def text_for(name: str) -> Any:
    """A plausible value for a text field or parameter called ``name``."""
    name = name.lower().strip("_").removeprefix("var_")
    exact = {
        "country": "AU",
        "country_code": "AU",
        "recipient_country_code": "AU",
        "sender_country_code": "AU",
        "address_country": "AU",
        "currency": "AUD",
        "lang": "en-au",
        "voice": "female",
        "q": "status:Sent",
        "order_by": "date:desc",
        "operator": "AND",
        "timezone": "Australia/Sydney",
        "content_type": "application/json",
        "password": "Secret-123456",
        "old_password": "Secret-123456",
        "username": "conformance-user",
        "api_username": "conformance-user",
        "subdomain": "conformance",
        "match_type": "0",
        "action": "EMAIL_USER",
        "source": "conformance",
        "type": "mobile",
        "number_type": "mobile",
        "field_order": "phone_number",
        "template_name": "Conformance",
        "content": "aGVsbG8=",
        "convert": "fax",
        "filename": "hello.txt",
        "direction": "asc",
        "webhook_type": "post",
        "sort_direction": "asc",
        "filter[product_type]": "SMS",
        "product_type": "SMS",
        "filter_product_type": "SMS",
        "alpha_tag": "MyShop",
        "abn": "51824753556",
        "partner_abn": "51824753556",
        "postal": "3000",
        "postcode": "3000",
        "address_postal_code": "3000",
        "schedule": "0",
        "month": "1",
        "year": "2024",
        "date_from": "1700000000",
        "date_to": "1800000000",
    }
    if name in exact:
        return exact[name]
    if name.endswith("_id") or name in ("id", "page", "limit"):
        return "1"
    if "email" in name:
        return "conformance@example.com"
    if "url" in name or name in ("media_file", "file", "file_name"):
        return "https://example.com/file.pdf"
    if name in ("to", "from", "sender_id", "dedicated_number", "number", "phone", "fax") or any(
        part in name for part in ("phone", "mobile", "fax_number", "to_number", "contact_number")
    ):
        return "+61411111111"
    if name.endswith("_id") or name in ("id", "page", "limit"):
        return "1"
    return "Conformance text"


def number_for(name: str) -> int:
    name = name.lower()
    if name in ("limit", "per_page", "page_size"):
        return 15
    if name in ("year",):
        return 2024
    if name in ("month",):
        return 1
    if name in ("schedule", "date_from", "date_to", "timestamp"):
        return 0
    return 1


# ------------------------------------------------------------------ building values from type hints (6.x)


def _unwrap(hint: Any) -> Any:
    while True:
        origin = typing.get_origin(hint)
        if origin is typing.Annotated:
            hint = typing.get_args(hint)[0]
        elif origin is typing.Union or str(origin) == "types.UnionType":
            args = [a for a in typing.get_args(hint) if a is not type(None)]
            hint = args[0]
        else:
            return hint


def value_for_hint(hint: Any, name: str, depth: int = 0) -> Any:
    hint = _unwrap(hint)
    origin = typing.get_origin(hint)
    if origin in (list, typing.List):  # noqa: UP006
        return [value_for_hint(typing.get_args(hint)[0], name, depth + 1)]
    if origin in (dict, typing.Dict):  # noqa: UP006
        return {}
    if isinstance(hint, type):
        if issubclass(hint, bool):
            return True
        if issubclass(hint, enum.Enum):
            return next(iter(hint))
        if issubclass(hint, int):
            return number_for(name)
        if issubclass(hint, float):
            return 1.0
        if issubclass(hint, str):
            return text_for(name)
        if issubclass(hint, datetime.datetime):
            return datetime.datetime(2024, 1, 1)
        if issubclass(hint, datetime.date):
            return datetime.date(2024, 1, 1)
        if hasattr(hint, "model_fields") and depth < 4:
            return build_pydantic(hint, depth + 1)
    if hint is Any:
        return text_for(name)
    return text_for(name)


def build_pydantic(model: Any, depth: int) -> Any:
    values: dict[str, Any] = {}
    for field_name, info in model.model_fields.items():
        values[info.alias or field_name] = value_for_hint(info.annotation, info.alias or field_name, depth)
    for _ in range(len(values) + 1):
        try:
            return model.model_validate(values)
        except Exception as exc:  # an enum-checked field: take the first allowed value
            fixed = _fix_enum(values, str(exc))
            if not fixed:
                raise
    return model.model_validate(values)


def _fix_enum(values: dict[str, Any], message: str) -> bool:
    choice = _ENUM_CHOICES.search(message)
    if not choice:
        return False
    first = choice.group(1).split(",")[0].strip().strip("'\"")
    for key in values:
        if re.search(rf"\b{re.escape(key)}\b", message) and values[key] not in (first, [first]):
            values[key] = [first] if isinstance(values[key], list) else first
            return True
    return False


# ------------------------------------------------------------------ building values from swagger_types (5.x)


def value_for_swagger(kind: str, name: str, models: Any, depth: int = 0) -> Any:
    if kind.startswith("list["):
        return [value_for_swagger(kind[5:-1], name, models, depth + 1)]
    if kind.startswith("dict("):
        return {}
    simple = {"str": text_for, "int": number_for, "float": lambda n: 1.0, "bool": lambda n: True}
    if kind in simple:
        return simple[kind](name)
    if kind in ("date", "datetime"):
        return "2024-01-01"
    if kind == "object":
        return {}
    cls = getattr(models, kind, None)
    if cls is None or depth > 4:
        return text_for(name)
    return build_swagger(cls, models, depth + 1)


def build_swagger(cls: Any, models: Any, depth: int) -> Any:
    values = {
        attr: value_for_swagger(kind, attr, models, depth) for attr, kind in cls.clicksend_types.items()
    }
    for _ in range(len(values) + 1):
        try:
            return cls(**values)
        except ValueError as exc:
            if not _fix_enum(values, str(exc)):
                raise
    return cls(**values)


def v5_parameters(method: Any) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(name, swagger type) of the required and of the optional parameters, from the generated docstring."""
    found = re.findall(r":param (\S+) (\w+):(.*)", method.__doc__ or "")
    required = [(name, kind) for kind, name, text in found if "(required)" in text]
    optional = [
        (name, kind) for kind, name, text in found if "(required)" not in text and name != "async_req"
    ]
    return required, optional


# ------------------------------------------------------------------ the run


def api_classes(package: Any) -> list[tuple[str, Any]]:
    api = importlib.import_module(f"{package.__name__}.api")
    return sorted(
        (name, cls) for name, cls in vars(api).items() if inspect.isclass(cls) and name.endswith("Api")
    )


def methods(cls: Any) -> list[str]:
    return sorted(
        name
        for name, member in vars(cls).items()
        if callable(member) and not name.startswith("_") and not name.endswith(SUFFIXES)
    )


def describe(exc: Exception) -> str:
    """The error in one line; for a model that refused an answer, every field it refused and the value."""
    errors = getattr(exc, "errors", None)
    if callable(errors):  # pydantic's ValidationError (6.x models)
        try:
            fields = [
                f"{'.'.join(str(p) for p in e['loc']) or '(root)'}={e.get('input')!r:.40} ({e['type']})"
                for e in errors()
            ]
        except Exception:  # not pydantic's after all
            fields = []
        if fields:
            return f"{type(exc).__name__} in {getattr(exc, 'title', '?')}: {'; '.join(fields)}"
    return f"{type(exc).__name__}: {str(exc)[:300]}"


def main(base_url: str, version: str) -> None:
    package = importlib.import_module("clicksend" if version.startswith("6") else "clicksend_client")
    configuration = package.Configuration()
    # 6.x paths carry the /v3 prefix themselves; 5.x paths do not
    configuration.host = base_url.removesuffix("/v3") if version.startswith("6") else base_url
    configuration.username, configuration.password = USERNAME, API_KEY
    client = package.ApiClient(configuration)
    models = importlib.import_module(f"{package.__name__}.models")
    for class_name, cls in api_classes(package):
        api = cls(client)
        for name in methods(cls):
            call_id = f"{class_name}.{name}"
            client.set_default_header(HEADER, call_id)
            row: dict[str, Any] = {"call": call_id}
            try:
                method = getattr(api, name)
                if version.startswith("6"):
                    hints = typing.get_type_hints(getattr(cls, name), include_extras=True)
                    params = inspect.signature(method).parameters
                    kwargs = {p: value_for_hint(hints[p], p) for p in params if not p.startswith("_")}
                    method(**kwargs)
                else:
                    required, optional = v5_parameters(method)
                    args = [value_for_swagger(kind, p, models) for p, kind in required]
                    method(*args, **{p: value_for_swagger(kind, p, models) for p, kind in optional})
                row["result"] = "parsed"
            except Exception as exc:
                status = getattr(exc, "status", None)
                row["result"] = "api_error" if isinstance(status, int) and status >= 400 else "client_error"
                row["error"] = describe(exc)
            print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
