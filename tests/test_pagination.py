"""``ClickSend.paginate`` driven over every paginated list operation of the spec, against pytest-httpx."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx
import pytest
from pytest_httpx import HTTPXMock

from clicksend_async import ClickSend, UnknownOperationError, ValidationError
from clicksend_async._index import operations
from tests.spec_examples import request_value, spec

BASE = "https://rest.clicksend.com/v3"
PAGINATED = sorted(op_id for op_id, op in operations().items() if op["pagination"] == "page")


def required_params(op_id: str) -> tuple[dict[str, Any], str]:
    """Example values of the operation's required parameters, and the path they give on the wire."""
    op = operations()[op_id]
    path, params = op["path"], {}
    for param in op["params"]:
        if param["required"] and param["name"] not in ("page", "limit"):
            params[param["name"]] = request_value(param["schema"], param["name"])
            if param["in"] == "path":
                path = path.replace("{" + param["name"] + "}", quote(str(params[param["name"]]), safe=""))
    return params, path


def laravel_pages(total: int) -> Any:
    """Answers ``page``/``limit`` requests with ClickSend's paginated envelope over ``total`` records."""

    def answer(request: httpx.Request) -> httpx.Response:
        page, limit = int(request.url.params["page"]), int(request.url.params["limit"])
        rows = [{"marker": i} for i in range((page - 1) * limit, min(page * limit, total))]
        last = max(1, -(-total // limit))
        data = {"total": total, "per_page": limit, "current_page": page, "last_page": last, "data": rows}
        return httpx.Response(200, json={"http_code": 200, "response_code": "SUCCESS", "data": data})

    return answer


def test_the_spec_has_paginated_operations_of_every_kind() -> None:
    assert len(PAGINATED) >= 30
    for op_id in PAGINATED:
        assert operations()[op_id]["method"] == "GET"
        names = {p["name"] for p in operations()[op_id]["params"]}
        assert {"page", "limit"} <= names, op_id
    marked = {
        op["operationId"]
        for item in spec()["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and op.get("x-clicksend-pagination") == "page"
    }
    assert marked == set(PAGINATED)


@pytest.mark.anyio
@pytest.mark.parametrize("op_id", PAGINATED)
async def test_every_paginated_operation_yields_every_record_once(op_id: str, httpx_mock: HTTPXMock) -> None:
    params, path = required_params(op_id)
    httpx_mock.add_callback(laravel_pages(230), is_reusable=True)
    async with ClickSend("user", "key") as cs:
        markers = [record.to_dict()["marker"] async for record in cs.paginate(op_id, **params)]
    assert markers == list(range(230))
    requests = httpx_mock.get_requests()
    assert sorted(int(r.url.params["page"]) for r in requests) == [1, 2, 3]
    assert {r.url.params["limit"] for r in requests} == {"100"}
    assert {r.url.path for r in requests} == {f"/v3{path}"}
    for name, value in params.items():
        if any(p["name"] == name and p["in"] == "query" for p in operations()[op_id]["params"]):
            assert requests[0].url.params[name] == str(value)


@pytest.mark.anyio
async def test_max_items_stops_early_and_read_ahead_is_bounded(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_callback(laravel_pages(10_000), is_reusable=True)
    async with ClickSend("user", "key", max_concurrency=4) as cs:
        got = [r async for r in cs.paginate("list_contact_lists", limit=15, max_items=40)]
    assert len(got) == 40
    # the first page tells the total; then at most 4 pages are read ahead, never all 667
    assert len(httpx_mock.get_requests()) <= 1 + 4


@pytest.mark.anyio
async def test_page_size_outside_clicksends_range_is_refused_before_any_request(
    httpx_mock: HTTPXMock,
) -> None:
    async with ClickSend("user", "key") as cs:
        with pytest.raises(ValidationError, match="limit"):
            cs.paginate("list_contact_lists", limit=500)
        with pytest.raises(UnknownOperationError, match="not a paginated"):
            cs.paginate("get_account")
    assert httpx_mock.get_requests() == []
