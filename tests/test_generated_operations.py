"""Every operation of the spec, called through its generated async function against pytest-httpx.

For each operation this checks what goes on the wire (method, path, query string, JSON body, auth, the
operation tag) and that a realistic 200 response parses into the typed models, both in its documented
shape and in the loosely typed shape ClickSend really sends at times. ``to_dict()`` giving back the exact
payload shows that parsing neither lost nor invented anything, unknown fields included.
"""

from __future__ import annotations

import base64
import importlib
import json
from typing import Any
from urllib.parse import quote

import pytest
from pytest_httpx import HTTPXMock

from clicksend_async import AuthenticatedClient, models
from tests.conftest import WIRE_COVERAGE
from tests.spec_examples import (
    component,
    data_model,
    operations,
    python_name,
    request_body,
    request_value,
    success_response,
    success_status,
)

BASE_URL = "https://rest.clicksend.com/v3"
CASES = [
    pytest.param(
        method, path, op, id=f"{op['operationId']}[{'+'.join(op.get('x-clicksend-actions', ['REST']))}]"
    )
    for method, path, op in operations()
]


def build_call(path: str, op: dict[str, Any]) -> tuple[dict[str, Any], str, dict[str, str], Any]:
    """Keyword arguments for the generated function, and the path, query and body expected on the wire."""
    kwargs: dict[str, Any] = {}
    query: dict[str, str] = {}
    for param in op.get("parameters", []):
        value = request_value(param["schema"], param["name"])
        kwargs[python_name(param["name"])] = value
        if param["in"] == "path":
            path = path.replace("{" + param["name"] + "}", quote(str(value), safe=""))
        elif isinstance(value, list):  # an array query parameter: one example item, sent as name=item
            query[param["name"]] = str(value[0])
        else:
            query[param["name"]] = str(value).lower() if isinstance(value, bool) else str(value)
    body = request_body(op)
    if body is not None:
        body_model, _ = component(op["requestBody"]["content"]["application/json"]["schema"]["$ref"])
        kwargs["body"] = getattr(models, body_model).from_dict(body)
    return kwargs, path, query, body


@pytest.mark.anyio
@pytest.mark.parametrize("loose", [False, True], ids=["documented-shape", "loose-shape"])
@pytest.mark.parametrize(("method", "path", "op"), CASES)
async def test_operation_on_the_wire(
    method: str, path: str, op: dict[str, Any], loose: bool, httpx_mock: HTTPXMock
) -> None:
    module = importlib.import_module(f"clicksend_async.api.{op['tags'][0]}.{op['operationId']}")
    kwargs, wire_path, query, body = build_call(path, op)
    model_name, payload = success_response(op, loose)
    if payload is None:
        httpx_mock.add_response(status_code=success_status(op))
    else:
        httpx_mock.add_response(json=payload)

    async with AuthenticatedClient(base_url=BASE_URL, username="api-user", api_key="api-key") as client:
        response = await module.asyncio_detailed(client=client, **kwargs)

    request = httpx_mock.get_request()
    assert request is not None
    assert request.method == method
    assert request.url.raw_path.split(b"?")[0].decode() == "/v3" + wire_path
    assert dict(request.url.params) == query
    if body is None:
        assert request.content == b""
    else:
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.content) == body
    assert request.headers["authorization"] == "Basic " + base64.b64encode(b"api-user:api-key").decode()
    assert request.headers["user-agent"].startswith("clicksend-async/")
    assert request.extensions["clicksend_operation"] == op["operationId"]

    parsed = response.parsed
    assert response.status_code == success_status(op)
    if payload is None:
        assert parsed is None
    else:
        assert type(parsed).__name__ == model_name
        assert parsed.to_dict() == payload
    data_name, is_page = data_model(model_name) if model_name else (None, False)
    if data_name and not loose:
        data = parsed.data.data if is_page else parsed.data
        item = data[0] if isinstance(data, list) else data
        assert type(item).__name__ == data_name

    WIRE_COVERAGE["operations"].add(op["operationId"])
    WIRE_COVERAGE["actions"].update(op.get("x-clicksend-actions", []))


def test_the_wire_test_covers_every_operation_and_action() -> None:
    catalogue = [case for case in CASES if case.values[2].get("x-clicksend-actions")]
    assert len(CASES) == 236  # the 167 operations of the catalogue and the rest of REST v3 (README)
    assert len(catalogue) == 167
    assert sum(len(case.values[2]["x-clicksend-actions"]) for case in catalogue) == 183
