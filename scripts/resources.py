"""The typed resource layer, rendered from the parsed spec: one class per tag, one method per operation.

``make generate`` calls ``render`` after openapi-python-client has built the package. Types come from the
generator's own parse of the spec (the same ``Property`` objects the generated functions are written from),
so a method's keyword arguments, its return type (the envelope's ``data``) and a paginated operation's record
type always agree with the generated models. Writes ``clicksend_async/resources/`` and the ``api.md``
reference; both are drift-checked with the rest.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.parser.properties import ListProperty, ModelProperty, UnionProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.strings import safe_for_docstring

# Names the resource methods take besides the operation's own parameters.
RESERVED = {"request_timeout", "max_items", "read_ahead", "self"}


@dataclass
class Param:
    python_name: str
    wire_name: str
    annotation: str
    required: bool
    location: str
    description: str


@dataclass
class Method:
    name: str
    tag: str
    http: str
    summary: str
    description: str
    actions: list[str]
    params: list[Param]
    returns: str
    page: str | None = None  # paginated operations: the type of one page, and of one record
    record: str | None = None
    size_param: str | None = None
    position_param: str | None = None
    batch: dict[str, Any] | None = None
    batched: str | None = (
        None  # the client's batched method for the same operation (``send_sms``, ``price_sms``)
    )
    imports: set[str] = field(default_factory=set)


def code(prop: PropertyProtocol, *, no_optional: bool = False) -> str:
    return prop.get_type_string(no_optional=no_optional).as_unembedded_code()


def imports_of(prop: PropertyProtocol) -> set[str]:
    """Everything naming the property's type needs (models come as the generator's "lazy" imports)."""
    return prop.get_imports(prefix="..") | prop.get_lazy_imports(prefix="..")


def text(value: Any) -> str:
    """A spec string (``UntrustedString`` or plain) made safe for a docstring, on one line."""
    raw = value.get_untrusted_value() if hasattr(value, "get_untrusted_value") else str(value or "")
    return " ".join(safe_for_docstring(raw).split())


def wire_name(prop: PropertyProtocol) -> str:
    name = prop.name
    return str(name.get_untrusted_value() if hasattr(name, "get_untrusted_value") else name)


def members(model: PropertyProtocol) -> dict[str, PropertyProtocol]:
    """The properties of a model by wire name (empty for anything else)."""
    if not isinstance(model, ModelProperty):
        return {}
    return {wire_name(p): p for p in (model.required_properties or []) + (model.optional_properties or [])}


def without_none(prop: PropertyProtocol) -> PropertyProtocol:
    """The one property inside a nullable union (``Page | None``, ``list[Rule] | None``), or the property."""
    if isinstance(prop, UnionProperty):
        inner = [p for p in prop.inner_properties if code(p, no_optional=True) != "None"]
        if len(inner) == 1:
            return inner[0]
    return prop


def one_record(op_id: str, data: PropertyProtocol) -> PropertyProtocol:
    """The record of a ``data`` typed "a record, or a list holding it" (``x-clicksend-data: record``)."""
    inner = data.inner_properties if isinstance(data, UnionProperty) else [data]
    records = [p for p in inner if isinstance(p, ModelProperty)]
    if len(records) != 1:
        sys.exit(f"{op_id}: x-clicksend-data: record needs exactly one object schema in data")
    return records[0]


def data_type(prop: PropertyProtocol) -> str:
    """What ``cs.call`` gives for a value of this property: its type without ``Unset``, ``None`` last."""
    if isinstance(prop, UnionProperty):
        inner = sorted(
            str(s.as_unembedded_code()) for s in prop.get_type_strings_in_union(no_optional=True, json=False)
        )
        return " | ".join([s for s in inner if s != "None"] + [s for s in inner if s == "None"])
    typed = code(prop, no_optional=True)
    return typed if prop.required or typed == "Any" else f"{typed} | None"


def success(endpoint: Any) -> Any:
    for response in endpoint.responses.patterns:
        low, high = response.status_code.range
        if low <= 200 <= high or low <= 204 <= high:
            return response
    return None


def method_of(endpoint: Any, operation: dict[str, Any]) -> Method:
    op_id = endpoint.name
    params: list[Param] = []
    imports: set[str] = set()

    def add(prop: PropertyProtocol, location: str) -> None:
        name = str(prop.python_name)
        if name in RESERVED or any(p.python_name == name for p in params):
            sys.exit(
                f"{op_id}: parameter {wire_name(prop)!r} ({location}) clashes with another argument {name!r}"
            )
        imports.update(imports_of(prop))
        params.append(
            Param(
                name, wire_name(prop), code(prop), bool(prop.required), location, text(prop.description or "")
            )
        )

    for location, group in (("path", endpoint.path_parameters), ("query", endpoint.query_parameters)):
        for prop in group:
            add(prop, location)
    if endpoint.header_parameters or endpoint.cookie_parameters:
        sys.exit(f"{op_id}: header and cookie parameters are not supported by the resource layer")
    for body in endpoint.bodies:
        if not isinstance(body.prop, ModelProperty):
            sys.exit(f"{op_id}: a request body must be an object schema to become keyword arguments")
        for prop in body.prop.required_properties + body.prop.optional_properties:
            add(prop, "body")
    params.sort(key=lambda p: not p.required)

    response = success(endpoint)
    answer = response.prop if response is not None else None
    if answer is None or (operation["success_status"] == 204 and code(answer) == "Any"):
        returns = "None" if operation["success_status"] == 204 else "Any"
    elif operation["envelope"]:
        data = members(answer).get("data")
        if data is not None and operation["data"] == "record":
            data = one_record(op_id, data)
            returns = f"{code(data, no_optional=True)} | None"
        else:
            returns = data_type(data) if data is not None else "Any"
        if data is not None:
            imports.update(imports_of(data))
    else:
        returns = data_type(answer)
        imports.update(imports_of(answer))
    method = Method(
        name=op_id,
        tag=operation["tag"],
        http=f"{operation['method']} {operation['path']}",
        summary=text(endpoint.summary or ""),
        description=text(endpoint.description or ""),
        actions=list(operation["actions"]),
        params=params,
        returns=returns,
        batch=operation["batch"],
        batched=batched_method(op_id) if operation["batch"] else None,
        imports=imports,
    )
    paging = operation["paging"]
    if paging:
        page: PropertyProtocol = answer
        for key in paging["page"]:
            page = without_none(next(p for p in members(page).values() if str(p.python_name) == key))
        items = next(p for p in members(page).values() if str(p.python_name) == paging["items"])
        items = without_none(items)
        if not isinstance(items, ListProperty):
            sys.exit(f"{op_id}: the page's {paging['items']} is not a list")
        method.page = returns
        method.record = code(items.inner_property, no_optional=True)
        method.size_param = paging["size_param"]
        method.position_param = paging["position_param"]
        imports.update(imports_of(items.inner_property))
    return method


def batched_method(op_id: str) -> str:
    """``send_sms`` -> ``send_sms``, ``calculate_sms_price`` -> ``price_sms``: the client's batched twin."""
    if op_id.startswith("calculate_") and op_id.endswith("_price"):
        return "price_" + op_id[len("calculate_") : -len("_price")]
    return op_id


def class_name(tag: str, prefix: str = "") -> str:
    return prefix + "".join(part.title() for part in tag.split("_")) + "Resource"


def type_imports(imports: set[str]) -> list[str]:
    """Imports of the names used in annotations: only models and typing helpers, all for type checking."""
    keep = [i for i in imports if " import " in i and "types import" not in i]
    return sorted(set(keep))


def _names(import_line: str) -> list[str]:
    """The names an ``from x import a, b`` line binds."""
    return [n.strip(" ()") for n in import_line.split(" import ", 1)[1].split(",")]


def render(project: Project, index: dict[str, Any], out: Path) -> str:
    """Write ``out/resources/`` (the resource classes and the client mixins); return the ``api.md`` text."""
    operations = index["operations"]
    tags: dict[str, list[Method]] = {}
    for tag, collection in sorted(project.openapi.endpoint_collections_by_tag.items()):
        tags[str(tag)] = [method_of(e, operations[e.name]) for e in collection.endpoints]
    env = project.env
    folder = out / "resources"
    folder.mkdir()
    module = env.get_template("resources/resource_module.py.jinja")
    for tag, methods in tags.items():
        imports: set[str] = set().union(*(m.imports for m in methods))
        (folder / f"{tag}.py").write_text(
            module.render(
                tag=tag,
                methods=methods,
                imports=type_imports(imports),
                async_class=class_name(tag),
                sync_class=class_name(tag, "Sync"),
            ),
            encoding="utf-8",
        )
    classes = [(tag, class_name(tag), class_name(tag, "Sync"), len(methods)) for tag, methods in tags.items()]
    every = sorted((m for methods in tags.values() for m in methods), key=lambda m: m.name)
    results: set[str] = set()  # what the call / paginate overloads name: results and records only
    for m in every:
        named = set(re.findall(r"\w+", f"{m.returns} {m.record}"))
        results |= {i for i in m.imports if named & set(_names(i))}
    for suffix in ("py", "pyi"):  # the runtime module, and its types (the overloads) for type checkers
        (folder / f"__init__.{suffix}").write_text(
            env.get_template(f"resources/resources_init.{suffix}.jinja").render(
                classes=classes, methods=every, imports=type_imports(results)
            ),
            encoding="utf-8",
        )
    return env.get_template("resources/api.md.jinja").render(
        tags=tags, classes={t: (a, s) for t, a, s, _ in classes}, count=sum(len(m) for m in tags.values())
    )
