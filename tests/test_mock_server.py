"""The mock ClickSend (``clicksend_async.mock``): every operation, state, ClickSend's rules, knobs, server.

Responses are checked against the spec itself: each 200 body must match the operation's documented
response schema with no undocumented field (``closed``), and parse into the generated model.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any, NamedTuple
from urllib.parse import quote

import anyio
import httpx
import pytest

from clicksend_async import models
from clicksend_async.mock import DroppedConnection, MockApp, MockConfig, create_app, run, serve
from clicksend_async.mock._handlers import HANDLERS
from clicksend_async.mock._index import operations as mock_operations
from clicksend_async.mock._schema import validate
from tests.spec_examples import (
    component,
    is_envelope,
    operations,
    request_body,
    request_value,
    success_response,
    success_status,
)

AUTH = ("mock-user", "mock-key")
AU = "+61412345678"
OPS = {op["operationId"]: (method, path, op) for method, path, op in operations()}


# ---------------------------------------------------------------- helpers


class Clock:
    """An injectable clock that only moves when told to."""

    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@asynccontextmanager
async def connect(app: MockApp, auth: Any = AUTH) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://mock/v3", auth=auth) as client:
        yield client


def resolved(schema: Any) -> Any:
    """``schema`` with every ``$ref`` of the spec inlined."""
    if isinstance(schema, dict):
        if "$ref" in schema:
            return resolved(component(schema["$ref"])[1])
        return {k: resolved(v) for k, v in schema.items()}
    if isinstance(schema, list):
        return [resolved(v) for v in schema]
    return schema


def response_model(op_id: str) -> str:
    op = OPS[op_id][2]
    return str(op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1])


def assert_documented(op_id: str, body: dict[str, Any]) -> None:
    """``body`` matches the 200 schema of ``op_id`` exactly and round-trips through the generated model."""
    name = response_model(op_id)
    problems = validate(body, resolved({"$ref": f"#/components/schemas/{name}"}), closed=True)
    assert problems == [], f"{op_id}: {problems[:5]}"
    parsed = getattr(models, name).from_dict(body)
    assert parsed.to_dict() == body


def resource_fields(resource: str) -> set[str]:
    return set(component(f"#/components/schemas/{resource}")[1]["properties"])


def sms(to: str = AU, body: str = "Hello", **extra: Any) -> dict[str, Any]:
    return {"to": to, "body": body, **extra}


async def send(
    client: httpx.AsyncClient, *messages: dict[str, Any], path: str = "/sms/send"
) -> dict[str, Any]:
    response = await client.post(path, json={"messages": list(messages)})
    assert response.status_code == 200, response.text
    return dict(response.json())


async def data(client: httpx.AsyncClient, method: str, url: str, **kwargs: Any) -> Any:
    response = await client.request(method, url, **kwargs)
    assert response.status_code == 200, response.text
    return response.json()["data"]


# ---------------------------------------------------------------- every operation


async def _make(client: httpx.AsyncClient, op_id: str, **path: Any) -> dict[str, Any]:
    """Call ``op_id`` with its example body (and ``path`` values); the created record."""
    method, template, op = OPS[op_id]
    body = request_body(op)
    if body and "list_id" in body:
        body["list_id"] = (await _make(client, "create_contact_list"))["list_id"]
    if op_id.startswith("send_") and op_id.endswith("_campaign"):
        body = dict(body or {}, schedule=int(time.time()) + 3600)
    url = template.format(**path)
    response = await client.request(method, url, json=body)
    assert response.status_code == 200, response.text
    payload = response.json()
    return dict(payload["data"] if "http_code" in payload else payload)  # a few services have no envelope


async def _path_value(client: httpx.AsyncClient, op_id: str, name: str, values: dict[str, Any]) -> Any:
    path = OPS[op_id][1]
    lists = ("list_id", "from_list_id", "to_list_id", "opt_out_list_id")
    if name in lists:
        return (await _make(client, "create_contact_list"))["list_id"]
    if name == "contact_id":
        list_id = values.get("list_id", values.get("from_list_id"))
        return (await _make(client, "create_contact", list_id=list_id))["contact_id"]
    creators = {
        "receipt_rule_id": {
            f"/automations/{k}/": f"create_{k}_receipt_rule" for k in ("email", "fax", "sms", "voice")
        },
        "inbound_rule_id": {
            "/automations/sms/": "create_sms_inbound_rule",
            "/automations/fax/": "create_fax_inbound_rule",
        },
        "template_id": {"/sms/templates": "create_sms_template", "/email/templates": "create_email_template"},
        "email_address_id": {
            "/email/addr": "create_allowed_email_address",
            "/sms/email-sms/": "create_email_to_sms_address",
        },
        "rule_id": {"/": "create_stripped_string_rule"},
        "return_address_id": {"/": "create_return_address"},
        "subaccount_id": {"/": "create_subaccount"},
        "sms_campaign_id": {"/": "send_sms_campaign"},
        "mms_campaign_id": {"/": "send_mms_campaign"},
        "email_campaign_id": {"/": "send_email_campaign"},
    }
    creators |= {
        "alpha_tag_id": {"/": "create_alpha_tag"},
        "default_sender_id": {"/": "create_default_sender"},
        "verification_id": {"/": "request_own_number_verification"},
        "own_number_id": {"/": "request_own_number_verification"},
    }
    for prefix, creator in creators.get(name, {}).items():
        if path.startswith(prefix):
            made = await _make(client, creator)
            if name in made:
                return made[name]
            return made["data"][name] if "data" in made else made["id"]  # a send result holds the record
    if name == "message_id" and path.startswith(("/sms/", "/mms/", "/voice/")) and "inbound" not in path:
        schedule = int(time.time()) + 3600 if path.endswith("/cancel") else None
        if path.startswith("/voice/"):
            result = await send(
                client, sms(body="walk", schedule=schedule, voice="female"), path="/voice/send"
            )
        elif path.startswith("/mms/"):
            mms = sms(body="walk", schedule=schedule, subject="s")
            body = {"media_file": "https://example.com/a.jpg", "messages": [mms]}
            return (await data(client, "POST", "/mms/send", json=body))["messages"][0]["message_id"]
        else:
            result = await send(client, sms(body="walk", schedule=schedule))
        return result["data"]["messages"][0]["message_id"]
    if name == "message_id" and path.startswith("/fax/"):
        body = {"file_url": "https://example.com/a.pdf", "messages": [{"to": "+61261234567"}]}
        return (await data(client, "POST", "/fax/send", json=body))["messages"][0]["message_id"]
    if name == "message_id" and path.startswith("/post/"):  # a letter or postcard scheduled an hour ahead
        later = {
            "address_name": "Jane",
            "address_line_1": "1 Main St",
            "address_city": "Melbourne",
            "address_postal_code": "3000",
            "address_country": "AU",
            "schedule": int(time.time()) + 3600,
        }
        if path.startswith("/post/letters/"):
            body = {"file_url": "https://example.com/a.pdf", "recipients": [later]}
            return (await data(client, "POST", "/post/letters/send", json=body))["recipients"][0][
                "message_id"
            ]
        body = {
            "file_urls": ["https://example.com/a.pdf", "https://example.com/b.pdf"],
            "recipients": [later],
        }
        return (await data(client, "POST", "/post/postcards/send", json=body))["recipients"][0]["message_id"]
    if name == "original_message_id":  # the mock finds a reply by its own message_id too
        return (await _make(client, "add_inbound_sms_webhook"))["message_id"]
    if name == "client_user_id":
        return (await _make(client, "create_reseller_account"))["user_id"]
    if name == "transaction_id":
        return (await data(client, "PUT", "/recharge/purchase/1"))["transaction_id"]
    if name == "package_id":
        return 1
    return request_value(next(p for p in OPS[op_id][2]["parameters"] if p["name"] == name)["schema"], name)


@pytest.mark.anyio
@pytest.mark.parametrize("op_id", list(OPS))
async def test_every_operation_answers_a_valid_request_in_the_documented_shape(op_id: str) -> None:
    method, template, op = OPS[op_id]
    app = create_app()
    async with connect(app) as client:
        path: dict[str, Any] = {}
        query: dict[str, Any] = {}
        for param in op.get("parameters", []):
            if param["in"] == "path":
                path[param["name"]] = await _path_value(client, op_id, param["name"], path)
            elif param["name"] != "offset":  # a page cursor only ever comes from the previous page
                query[param["name"]] = request_value(param["schema"], param["name"])
        body = request_body(op)
        if body and "list_id" in body and "messages" not in body:
            body["list_id"] = (await _make(client, "create_contact_list"))["list_id"]
        if (
            body and "client_user_id" in body
        ):  # a credit transfer goes to an existing client, within the balance
            body.update(client_user_id=(await _make(client, "create_reseller_account"))["user_id"], balance=1)
            body["currency"] = "AUD"
        for message in (body or {}).get("messages", []):
            message.pop("schedule")  # the example's 7 is a time long past: INVALID_SCHEDULE
        url = template.format(**{k: quote(str(v), safe="") for k, v in path.items()})
        response = await client.request(method, url, params=query, json=body)
    assert response.status_code == success_status(op), response.text
    if success_response(op, loose=False)[1] is None:  # documented to answer with no body
        assert response.content == b""
        return
    payload = response.json()
    if is_envelope(component(op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"])[1]):
        assert payload["response_code"] == "SUCCESS", payload
        assert payload["http_code"] == 200
    assert_documented(op_id, payload)


def test_every_operation_of_the_index_has_a_handler() -> None:
    assert set(mock_operations()) == set(OPS)
    assert set(OPS) <= set(HANDLERS)


# ---------------------------------------------------------------- stored resources


class Trip(NamedTuple):
    """A stored resource: where it lives, what to create and update, and its record."""

    path: str
    create: dict[str, Any]
    update: dict[str, Any] | None
    changed: str
    resource: str
    id_field: str
    has_get: bool = True
    has_list: bool = True


_RULE = {"rule_name": "r", "action": "URL", "action_address": "https://example.com/hook", "enabled": 1}
_ADDRESS = {
    "address_name": "HQ",
    "address_line_1": "1 Main St",
    "address_city": "Melbourne",
    "address_country": "AU",
    "address_postal_code": "3000",
}
_SUBACCOUNT = {
    "api_username": "ops",
    "email": "ops@example.com",
    "phone_number": AU,
    "first_name": "Op",
    "last_name": "S",
}
_INBOUND = {**_RULE, "dedicated_number": AU, "message_search_type": 0, "message_search_term": ""}
ROUND_TRIPS = {
    "contact list": Trip(
        "/lists", {"list_name": "A"}, {"list_name": "B"}, "list_name", "ContactList", "list_id"
    ),
    "sms template": Trip(
        "/sms/templates",
        {"template_name": "Hi", "body": "Hi {first_name}"},
        {"body": "Hello {first_name}"},
        "body",
        "SmsTemplate",
        "template_id",
    ),
    "email template": Trip(
        "/email/templates",
        {"template_name": "News", "template_id_master": 3},
        {"body": "<p>new</p>", "template_name": "News 2"},
        "template_name",
        "EmailTemplate",
        "template_id",
    ),
    **{
        f"{kind} receipt rule": Trip(
            f"/automations/{kind}/receipts",
            dict(_RULE, match_type=0),
            dict(_RULE, match_type=2),
            "match_type",
            "DeliveryReceiptRule",
            "receipt_rule_id",
        )
        for kind in ("sms", "email", "fax", "voice")
    },
    "sms inbound rule": Trip(
        "/automations/sms/inbound",
        _INBOUND,
        dict(_INBOUND, message_search_type=1),
        "message_search_type",
        "InboundSmsRule",
        "inbound_rule_id",
    ),
    "fax inbound rule": Trip(
        "/automations/fax/inbound",
        dict(_RULE, dedicated_number=AU),
        dict(_RULE, dedicated_number=AU, enabled=0),
        "enabled",
        "InboundFaxRule",
        "inbound_rule_id",
    ),
    "return address": Trip(
        "/post/return-addresses",
        _ADDRESS,
        dict(_ADDRESS, address_city="Sydney"),
        "address_city",
        "ReturnAddress",
        "return_address_id",
    ),
    "subaccount": Trip(
        "/subaccounts",
        dict(_SUBACCOUNT, password="pw-123456"),
        dict(_SUBACCOUNT, email="ops2@example.com"),
        "email",
        "Subaccount",
        "subaccount_id",
    ),
    "stripped string": Trip(
        "/sms/email-sms-stripped-strings",
        {"strip_string": "--sig"},
        {"strip_string": "--x"},
        "strip_string",
        "StrippedString",
        "rule_id",
    ),
    "allowed email address": Trip(
        "/email/addresses",
        {"email_address": "a@example.com"},
        None,
        "email_address",
        "EmailAddress",
        "email_address_id",
    ),
    "email-to-sms address": Trip(
        "/sms/email-sms",
        {"email_address": "a@example.com", "from": AU},
        {"email_address": "b@example.com", "from": AU},
        "email_address",
        "EmailToSmsAddress",
        "email_address_id",
    ),
}


@pytest.mark.anyio
@pytest.mark.parametrize("trip", list(ROUND_TRIPS.values()), ids=list(ROUND_TRIPS))
async def test_resource_round_trip(trip: Trip) -> None:
    collection, create, update, changed, resource, id_field, has_get, has_list = trip
    async with connect(create_app()) as client:
        first = await data(client, "POST", collection, json=create)
        second = await data(client, "POST", collection, json=create)
        assert set(first) == resource_fields(resource)
        assert isinstance(first[id_field], int)
        assert second[id_field] == first[id_field] + 1
        item = f"{collection}/{first[id_field]}"
        if has_get:
            assert await data(client, "GET", item) == first
        if has_list:
            page = await data(client, "GET", collection)
            assert page["total"] == 2
            assert [row[id_field] for row in page["data"]] == [first[id_field], second[id_field]]
        if update is not None:
            updated = await data(client, "PUT", item, json=update)
            assert updated[changed] == update[changed] != first[changed]
            if has_get:
                assert (await data(client, "GET", item))[changed] == update[changed]
        deleted = await client.delete(item)
        if deleted.status_code == 405:
            return  # ClickSend has no way to delete a fax inbound rule
        assert (deleted.status_code, deleted.json()["response_code"]) == (200, "SUCCESS")
        for method, body in (("GET", None), ("PUT", update), ("DELETE", None)):
            if (method == "GET" and not has_get) or (method == "PUT" and update is None):
                continue
            response = await client.request(method, item, json=body)
            assert response.status_code == 404
            assert response.json() == {
                "http_code": 404,
                "response_code": "NOT_FOUND",
                "response_msg": response.json()["response_msg"],
                "data": [],
            }
        if has_list:
            assert (await data(client, "GET", collection))["total"] == 1


@pytest.mark.anyio
async def test_contacts_live_in_their_list() -> None:
    async with connect(create_app()) as client:
        friends = (await data(client, "POST", "/lists", json={"list_name": "Friends"}))["list_id"]
        optout = (await data(client, "POST", "/lists", json={"list_name": "Opt-out"}))["list_id"]
        jane = await data(
            client, "POST", f"/lists/{friends}/contacts", json={"phone_number": AU, "first_name": "Jane"}
        )
        assert set(jane) == resource_fields("Contact")
        assert (jane["list_id"], jane["_list_name"], jane["first_name"]) == (friends, "Friends", "Jane")
        bob = await data(client, "POST", f"/lists/{friends}/contacts", json={"phone_number": "+61423456789"})
        assert bob["contact_id"] == jane["contact_id"] + 1
        assert (await data(client, "GET", f"/lists/{friends}"))["_contacts_count"] == 2
        # a contact is only found through its own list
        assert (await client.get(f"/lists/{optout}/contacts/{jane['contact_id']}")).status_code == 404
        updated = await data(
            client, "PUT", f"/lists/{friends}/contacts/{jane['contact_id']}", json={"last_name": "Doe"}
        )
        assert (updated["first_name"], updated["last_name"]) == ("Jane", "Doe")
        await data(client, "PUT", f"/lists/{friends}/contacts/{jane['contact_id']}/copy/{optout}")
        removed = await data(client, "PUT", f"/lists/{friends}/remove-opted-out-contacts/{optout}")
        assert removed == {"deleted": 1}
        page = await data(client, "GET", f"/lists/{friends}/contacts")
        assert [c["contact_id"] for c in page["data"]] == [bob["contact_id"]]
        await data(client, "DELETE", f"/lists/{friends}/contacts/{bob['contact_id']}")
        assert (await client.get(f"/lists/{friends}/contacts/{bob['contact_id']}")).status_code == 404
        assert (await client.post("/lists/999/contacts", json={"phone_number": AU})).status_code == 404
        await data(client, "DELETE", f"/lists/{optout}")
        assert (await client.get(f"/lists/{optout}/contacts")).status_code == 404


@pytest.mark.anyio
async def test_list_pages_follow_laravel_and_the_limit_bounds() -> None:
    async with connect(create_app()) as client:
        for i in range(40):
            await data(client, "POST", "/sms/templates", json={"template_name": f"t{i}", "body": "b"})
        first = await data(client, "GET", "/sms/templates")
        assert {k: v for k, v in first.items() if k != "data"} == {
            "total": 40, "per_page": 15, "current_page": 1, "last_page": 3, "next_page_url": "/?page=2",
            "prev_page_url": None, "from": 1, "to": 15,
        }  # fmt: skip
        last = await data(client, "GET", "/sms/templates", params={"page": 3, "limit": 15})
        assert (last["from"], last["to"], len(last["data"]), last["next_page_url"]) == (31, 40, 10, None)
        assert last["data"][-1]["template_name"] == "t39"
        wide = await data(client, "GET", "/sms/templates", params={"limit": 100})
        assert (wide["last_page"], len(wide["data"])) == (1, 40)
        beyond = await data(client, "GET", "/sms/templates", params={"page": 9})
        assert (beyond["data"], beyond["from"], beyond["to"]) == ([], None, None)
        for bad in ({"limit": 14}, {"limit": 101}, {"page": 0}, {"page": "two"}):
            response = await client.get("/sms/templates", params=bad)
            assert response.status_code == 400
            assert response.json()["data"]["errors"][0]["field"] == next(iter(bad))


# ---------------------------------------------------------------- routing, validation, auth


@pytest.mark.anyio
async def test_unknown_path_is_404_and_wrong_method_is_405_in_the_envelope() -> None:
    async with connect(create_app()) as client:
        # (``/`` itself is the mock's web inbox, tested in test_mock_inbox.py)
        for url in (
            "/no/such/thing",
            "/sms/send/extra",
            "http://mock/v2/sms/send",
            "http://mock/favicon.ico",
        ):
            response = await client.get(url)
            assert response.status_code == 404, url
            body = response.json()
            assert (body["http_code"], body["response_code"], body["data"]) == (404, "NOT_FOUND", [])
            assert body["response_msg"]
        response = await client.delete("/sms/send")
        assert response.status_code == 405
        body = response.json()
        assert (body["http_code"], body["response_code"], body["data"]) == (405, "METHOD_NOT_ALLOWED", [])
        assert "POST" in body["response_msg"]
        # the most literal template wins over a parameter in the same place
        assert (await client.put("/sms/cancel-all")).status_code == 200


def _errors(response: httpx.Response) -> list[str]:
    assert response.status_code == 400, response.text
    body = response.json()
    assert (body["http_code"], body["response_code"]) == (400, "BAD_REQUEST")
    return [e["field"] for e in body["data"]["errors"]]


@pytest.mark.anyio
async def test_requests_are_validated_against_the_spec_with_the_failing_field() -> None:
    async with connect(create_app()) as client:
        messages = [sms(), sms(), sms(), {"to": 61411111111, "body": "x"}]
        assert _errors(await client.post("/sms/send", json={"messages": messages})) == ["messages[3].to"]
        assert _errors(await client.post("/sms/send", json={"messages": [{"to": AU}]})) == [
            "messages[0].body"
        ]
        assert _errors(await client.post("/sms/send", json={"messages": []})) == ["messages"]
        assert _errors(await client.post("/sms/send", json={"messages": "hi"})) == ["messages"]
        assert _errors(await client.post("/sms/send", json={})) == ["messages"]
        assert _errors(await client.post("/lists", json={"name": "typo"})) == ["list_name"]
        good = {
            "rule_name": "r",
            "match_type": 0,
            "action": "URL",
            "action_address": "https://x.example",
            "enabled": 1,
        }
        rule = {**good, "action": "SHOUT"}
        assert _errors(await client.post("/automations/sms/receipts", json=rule)) == ["action"]
        rule = {**good, "match_type": 4}
        assert _errors(await client.post("/automations/sms/receipts", json=rule)) == ["match_type"]
        rule = {**good, "enabled": True}
        assert _errors(await client.post("/automations/sms/receipts", json=rule)) == ["enabled"]
        rule = {"rule_name": "r"}  # v5 and v6's parameter table: the other four are required too
        assert sorted(_errors(await client.post("/automations/sms/receipts", json=rule))) == [
            "action", "action_address", "enabled", "match_type"
        ]  # fmt: skip
        assert _errors(await client.post("/user-countries", json={"country_list_ids": [1, "AU"]})) == [
            "country_list_ids[1]"
        ]
        assert _errors(await client.get("/lists/abc")) == ["list_id"]
        assert _errors(await client.get("/sms/history/export")) == ["filename"]
        assert _errors(await client.get("/numbers/search/AU", params={"search_type": 5})) == ["search_type"]
        assert _errors(await client.post("/lists", json=["list_name"])) == [""]
        assert _errors(await client.post("/lists", content=b"{not json")) == []
        assert _errors(await client.post("/lists")) == []
        # fields ClickSend does not know are ignored, not refused
        made = await data(client, "POST", "/lists", json={"list_name": "ok", "colour": "blue"})
        assert "colour" not in made


@pytest.mark.anyio
async def test_basic_auth_is_required_where_the_spec_says_so() -> None:
    app = create_app()
    for auth in (None, ("mock-user", "wrong"), ("someone", "mock-key")):
        async with connect(app, auth=auth) as client:
            response = await client.get("/account")
            assert response.status_code == 401
            assert response.json()["response_code"] == "UNAUTHORIZED"
            assert response.headers["www-authenticate"].startswith("Basic")
            assert (await client.put("/forgot-password", json={"username": "x"})).status_code == 200
    async with connect(app, auth=None) as client:
        garbage = {"Authorization": "Basic %%%"}
        assert (await client.get("/account", headers=garbage)).status_code == 401
        assert (await client.get("/account", headers={"Authorization": "Bearer mock-key"})).status_code == 401
    assert not app.received_messages
    loose = create_app(MockConfig(accounts={"me": "k1"}, accept_any_key=True))
    async with connect(loose, auth=("anyone", "k1")) as client:
        assert (await client.get("/account")).json()["data"]["username"] == "anyone"
    async with connect(loose, auth=("anyone", "k2")) as client:
        assert (await client.get("/account")).status_code == 401
    async with connect(app) as client:
        sub = await data(client, "POST", "/subaccounts", json=ROUND_TRIPS["subaccount"].create)
    async with connect(app, auth=(sub["api_username"], sub["api_key"])) as client:
        assert (await client.get("/account")).status_code == 200


# ---------------------------------------------------------------- ClickSend's sending rules


@pytest.mark.anyio
async def test_more_than_1000_messages_is_a_bad_request_and_1000_are_accepted() -> None:
    app = create_app()
    async with connect(app) as client:
        too_many = [sms(body=f"m{i}") for i in range(1001)]
        assert _errors(await client.post("/sms/send", json={"messages": too_many})) == ["messages"]
        assert app.received_messages == []
        result = (await send(client, *too_many[:1000]))["data"]
    assert (result["total_count"], result["queued_count"], result["blocked_count"]) == (1000, 1000, 0)
    assert [m.body for m in app.received_messages] == [f"m{i}" for i in range(1000)]
    assert len({m.message_id for m in app.received_messages}) == 1000


@pytest.mark.anyio
async def test_each_message_gets_its_own_clicksend_status() -> None:
    clock = Clock()
    app = create_app(MockConfig(clock=clock, balance=1))
    async with connect(app) as client:
        result = await send(
            client,
            sms(body="ok", custom_string="ref-1"),
            sms(to="+6141", body="short number"),
            sms(to="not a number", body="x"),
            sms(to="+15555555555", body="unassigned"),
            sms(body="   "),
            sms(body="late", schedule=int(clock.now) - 601),
            sms(body="nearly late", schedule=int(clock.now) - 599),
            sms(body="garbled", schedule="tomorrow"),
            sms(body="ok"),
            sms(to="0423456789", body="national format, default country AU"),
            sms(to="021234567", body="national format", country="NZ"),
        )
    assert result["response_code"] == "SUCCESS"
    statuses = [m["status"] for m in result["data"]["messages"]]
    assert statuses == [
        "SUCCESS",
        "INVALID_RECIPIENT",
        "INVALID_RECIPIENT",
        "INVALID_RECIPIENT",
        "EMPTY_MESSAGE",
        "INVALID_SCHEDULE",
        "SUCCESS",
        "INVALID_SCHEDULE",
        "THROTTLED",
        "SUCCESS",
        "SUCCESS",
    ]
    messages = result["data"]["messages"]
    assert (messages[9]["to"], messages[9]["country"]) == ("+61423456789", "AU")
    assert (messages[10]["to"], messages[10]["country"]) == ("+6421234567", "NZ")
    assert all(
        m["message_id"] is None and m["message_price"] == "0.0000"
        for m in messages
        if m["status"] != "SUCCESS"
    )
    assert result["data"]["queued_count"] == 4
    assert result["data"]["blocked_count"] == 7
    assert result["data"]["total_price"] == 0.341  # 3 x 0.0770 (AU) + 0.1100 (NZ): a number, as documented
    assert [m.body for m in app.received_messages] == ["ok", "nearly late", "national format, default country AU",
                                                       "national format"]  # fmt: skip
    assert app.received_messages[0].custom_string == "ref-1"
    assert_documented("send_sms", result)


@pytest.mark.anyio
async def test_insufficient_credit_once_the_balance_is_spent() -> None:
    app = create_app(MockConfig(balance="0.2000"))
    async with connect(app) as client:
        result = await send(client, *(sms(body=f"m{i}") for i in range(3)))
        assert [m["status"] for m in result["data"]["messages"]] == [
            "SUCCESS",
            "SUCCESS",
            "INSUFFICIENT_CREDIT",
        ]
        assert (await data(client, "GET", "/account"))["balance"] == "0.0460"
        broke = await send(client, sms(body="more"))
    assert (broke["response_code"], broke["data"]["queued_count"]) == ("INSUFFICIENT_CREDIT", 0)
    assert len(app.received_messages) == 2


@pytest.mark.anyio
async def test_identical_message_within_5_seconds_is_throttled() -> None:
    clock = Clock()
    app = create_app(MockConfig(clock=clock))
    async with connect(app) as client:

        async def status(**message: Any) -> str:
            return str((await send(client, sms(**message)))["data"]["messages"][0]["status"])

        assert await status(body="same") == "SUCCESS"
        clock.now += 4.9
        assert await status(body="same") == "THROTTLED"
        assert await status(body="other") == "SUCCESS"
        assert await status(body="same", **{"from": "Shop"}) == "SUCCESS"
        assert await status(to="+61423456789", body="same") == "SUCCESS"
        clock.now += 0.2  # 5.1 s after the first one was accepted
        assert await status(body="same") == "SUCCESS"
        assert await status(body="same") == "THROTTLED"
    assert [m.body for m in app.received_messages].count("same") == 4


@pytest.mark.parametrize(
    ("body", "parts"),
    [
        ("a" * 160, 1),
        ("a" * 161, 2),
        ("a" * 306, 2),
        ("a" * 307, 3),
        ("{" * 80, 1),  # extended characters count double
        ("{" * 81, 2),
        ("a" * 159 + "€", 2),
        ("é" * 160, 1),  # é is in the GSM-7 alphabet
        ("ж" * 70, 1),
        ("ж" * 71, 2),
        ("ж" * 134, 2),
        ("ж" * 135, 3),
        ("a" * 69 + "😀", 2),  # an emoji is two UTF-16 units
    ],
    ids=lambda v: v if isinstance(v, int) else f"{v[0]}x{len(v)}",
)
@pytest.mark.anyio
async def test_parts_and_price_are_counted_like_clicksend(body: str, parts: int) -> None:
    app = create_app()
    async with connect(app) as client:
        result = (await send(client, sms(body=body), path="/sms/price"))["data"]
        balance = (await data(client, "GET", "/account"))["balance"]
        history = await data(client, "GET", "/sms/history")
    message = result["messages"][0]
    assert (message["status"], message["message_parts"]) == ("SUCCESS", parts)
    assert message["message_price"] == f"{parts * 0.077:.4f}"  # text, while the total is a number
    assert result["total_price"] == round(parts * 0.077, 4)
    # pricing stores and charges nothing
    assert (balance, history["total"], app.received_messages) == ("10000.0000", 0, [])


@pytest.mark.anyio
async def test_sent_messages_show_in_history_receipts_statistics_and_balance() -> None:
    clock = Clock()
    app = create_app(MockConfig(clock=clock))
    async with connect(app) as client:
        now = int(clock.now)
        sent = await send(client, sms(body="one", custom_string="c1"), sms(to="+61423456789", body="two" * 60),
                          sms(body="later", schedule=now + 3600))  # fmt: skip
        ids = [m["message_id"] for m in sent["data"]["messages"]]
        assert all(len(i) == 36 and i == i.upper() for i in ids)
        history = await data(client, "GET", "/sms/history")
        assert [(m["message_id"], m["status"]) for m in history["data"]] == [
            (ids[0], "Sent"), (ids[1], "Sent"), (ids[2], "Scheduled")
        ]  # fmt: skip
        assert [m["message_parts"] for m in history["data"]] == [1, 2, 1]
        assert history["data"][0]["custom_string"] == "c1"
        assert history["data"][0]["_api_username"] == "mock-user"
        receipts = await data(client, "GET", "/sms/receipts")
        assert [r["message_id"] for r in receipts["data"]] == ids[:2]
        receipt = await data(client, "GET", f"/sms/receipts/{ids[0]}")
        assert (receipt["custom_string"], receipt["status_code"]) == ("c1", "201")
        assert (await client.get(f"/sms/receipts/{ids[2]}")).status_code == 404  # not sent yet
        assert (await client.get("/sms/receipts/00000000-0000-0000-0000-000000000000")).status_code == 404
        stats = await data(client, "GET", "/statistics/sms")
        assert stats["total"]["outbound"] == {"count": 3, "price": 0.308}
        assert (await data(client, "GET", "/account"))["balance"] == "9999.6920"
        await data(client, "PUT", f"/sms/{ids[2]}/cancel")
        assert (await client.put(f"/sms/{ids[0]}/cancel")).status_code == 400  # already delivered
        assert (await data(client, "GET", "/account"))["balance"] == "9999.7690"
        clock.now += 7200
        receipts = await data(client, "GET", "/sms/receipts")
        assert [r["message_id"] for r in receipts["data"]] == ids[:2]  # the cancelled one never goes out
        filtered = await data(client, "GET", "/sms/history", params={"q": "later"})
        assert [m["status"] for m in filtered["data"]] == ["Cancelled"]
        assert_documented("list_sms_history", {"http_code": 200, "response_code": "SUCCESS",
                                               "response_msg": "", "data": history})  # fmt: skip
    assert [(m.message_id, m.custom_string) for m in app.received_messages] == [
        (ids[0], "c1"), (ids[1], None), (ids[2], None)
    ]  # fmt: skip


@pytest.mark.anyio
async def test_mms_follow_the_same_rules_and_have_their_own_history() -> None:
    app = create_app()
    async with connect(app) as client:
        body = {
            "media_file": "https://example.com/cat.jpg",
            "messages": [
                {"to": AU, "body": "meow", "subject": "Cat"},
                {"to": "+61400", "body": "meow", "subject": "Cat"},
            ],
        }
        assert _errors(await client.post("/mms/send", json={"messages": [sms()]})) == [
            "media_file", "messages[0].subject"
        ]  # fmt: skip
        price = await data(client, "POST", "/mms/price", json=body)
        assert app.received_messages == []
        sent = await data(client, "POST", "/mms/send", json=body)
        assert [m["status"] for m in sent["messages"]] == ["SUCCESS", "INVALID_RECIPIENT"]
        assert sent["total_price"] == price["total_price"] == 0.33
        history = await data(client, "GET", "/mms/history")
        assert [(m["subject"], m["_media_file_url"]) for m in history["data"]] == [
            ("Cat", body["media_file"])
        ]
        assert (await data(client, "GET", "/sms/history"))["total"] == 0
        assert (await data(client, "GET", "/mms/receipts"))["total"] == 1
    assert [(m.kind, m.body) for m in app.received_messages] == [("mms", "meow")]


@pytest.mark.anyio
async def test_campaigns_need_a_list_and_are_stored() -> None:
    async with connect(create_app()) as client:
        campaign = {"name": "Sale", "body": "50% off. Reply STOP to opt out", "list_id": 99}
        assert (await client.post("/sms-campaigns/send", json=campaign)).status_code == 404
        list_id = (await data(client, "POST", "/lists", json={"list_name": "Customers"}))["list_id"]
        for phone in (AU, "+61423456789", None):
            await data(
                client, "POST", f"/lists/{list_id}/contacts", json={"phone_number": phone, "email": "x@y.z"}
            )
        campaign["list_id"] = list_id
        price = await data(client, "POST", "/sms-campaigns/price", json=campaign)
        assert (price["total_count"], price["total_price"]) == (
            2,
            "0.1540",
        )  # a campaign quote: text (v6, Apiary)
        made = await data(client, "POST", "/sms-campaigns/send", json=campaign)
        assert (made["_total_count"], made["_list_name"], made["status"]) == (2, "Customers", "Queued")
        assert await data(client, "GET", f"/sms-campaigns/{made['sms_campaign_id']}") == made
        assert (await client.put(f"/sms-campaigns/{made['sms_campaign_id']}/cancel")).status_code == 400
        assert (await data(client, "GET", "/sms-campaigns"))["total"] == 1


# ---------------------------------------------------------------- knobs and counters


async def _statuses(app: MockApp, count: int) -> list[int | str]:
    seen: list[int | str] = []
    async with connect(app) as client:
        for i in range(count):
            try:
                response = await client.post("/sms/send", json={"messages": [sms(body=f"m{i}")]})
                seen.append(response.status_code)
            except DroppedConnection as exc:
                seen.append("before" if exc.before else "after")
    return seen


@pytest.mark.anyio
async def test_seeded_faults_are_reproducible_and_close_to_their_rates() -> None:
    config = {"error_rate": 0.2, "rate_limit_rate": 0.1, "drop_before_rate": 0.1, "drop_after_rate": 0.1}
    first = await _statuses(create_app(MockConfig(seed=7, **config)), 400)
    again = await _statuses(create_app(MockConfig(seed=7, **config)), 400)
    other = await _statuses(create_app(MockConfig(seed=8, **config)), 400)
    assert first == again
    assert first != other
    counts = {kind: first.count(kind) for kind in (200, 500, 429, "before", "after")}
    # drop_before wins over everything; 429 over 500; drop_after also hits 429/500 answers
    assert 25 <= counts["before"] <= 60
    assert 20 <= counts[429] <= 55
    assert 45 <= counts[500] <= 95
    assert 20 <= counts["after"] <= 60
    assert sum(counts.values()) == 400


@pytest.mark.anyio
async def test_error_and_rate_limit_answers_store_nothing() -> None:
    app = create_app(MockConfig(error_rate=1.0))
    async with connect(app) as client:
        response = await client.post("/sms/send", json={"messages": [sms()]})
        assert response.status_code == 500
        assert response.json()["response_code"] == "INTERNAL_SERVER_ERROR"
    limited = create_app(MockConfig(rate_limit_rate=1.0, retry_after=7))
    async with connect(limited) as client:
        response = await client.post("/sms/send", json={"messages": [sms()]})
        assert (response.status_code, response.headers["retry-after"]) == (429, "7")
        assert response.json()["response_code"] == "TOO_MANY_REQUESTS"
    assert app.received_messages == limited.received_messages == []
    assert app.stats.count("send_sms", 500) == 1
    assert limited.stats.count("send_sms", 429) == 1


@pytest.mark.anyio
async def test_drop_before_stores_nothing_and_drop_after_stores_without_answering() -> None:
    before = create_app(MockConfig(drop_before_rate=1.0))
    async with connect(before) as client:
        with pytest.raises(DroppedConnection) as caught:
            await client.post("/sms/send", json={"messages": [sms(custom_string="b")]})
    assert isinstance(caught.value, httpx.TransportError)
    assert caught.value.before
    assert before.received_messages == []
    assert before.store.messages == []
    assert before.stats.dropped_before == 1

    after = create_app(MockConfig(drop_after_rate=1.0))
    async with connect(after) as client:
        with pytest.raises(DroppedConnection) as caught:
            await client.post("/sms/send", json={"messages": [sms(custom_string="a")]})
        assert not caught.value.before
        after.config.drop_after_rate = 0.0
        history = await data(client, "GET", "/sms/history")
    assert [m.custom_string for m in after.received_messages] == ["a"]
    assert [m["custom_string"] for m in history["data"]] == ["a"]
    assert (after.stats.dropped_after, after.stats.count("send_sms", 0)) == (1, 1)


@pytest.mark.anyio
async def test_latency_delays_each_answer() -> None:
    app = create_app(MockConfig(latency=0.05, latency_jitter=0.02, seed=1))
    async with connect(app) as client:
        start = time.perf_counter()
        await client.get("/account")
        await client.get("/account")
        assert time.perf_counter() - start >= 0.1


def test_knob_values_are_checked() -> None:
    for bad in ({"error_rate": 1.5}, {"drop_after_rate": -0.1}, {"latency": -1.0}):
        with pytest.raises(ValueError, match="must"):
            MockConfig(**bad)


@pytest.mark.anyio
async def test_stats_count_requests_per_operation_and_status_and_reset_clears_everything() -> None:
    app = create_app()
    async with connect(app) as client:
        await send(client, sms())
        await client.get("/account")
        await client.get("/account", auth=None)
        await client.get("/nowhere")
        assert app.stats.by_operation() == {
            "<unknown>": {404: 1}, "get_account": {200: 1, 401: 1}, "send_sms": {200: 1}
        }  # fmt: skip
        assert app.stats.count() == 4
        await data(client, "POST", "/lists", json={"list_name": "x"})
        app.reset()
        assert (app.stats.count(), app.received_messages) == (0, [])
        assert (await data(client, "GET", "/lists"))["total"] == 0
        assert (await data(client, "GET", "/sms/history"))["total"] == 0
        assert (await data(client, "GET", "/account"))["balance"] == "10000.0000"
        assert (await data(client, "POST", "/lists", json={"list_name": "y"}))["list_id"] == 1


@pytest.mark.anyio
async def test_inbound_messages_added_by_a_test_are_listed() -> None:
    app = create_app()
    app.add_inbound_sms("+61423456789", "STOP please")
    async with connect(app) as client:
        inbound = await data(client, "GET", "/sms/inbound")
    assert [(m["from"], m["_keyword"]) for m in inbound["data"]] == [("+61423456789", "stop")]


# ---------------------------------------------------------------- loopback server


@pytest.mark.anyio
async def test_loopback_server_answers_real_http_with_keep_alive() -> None:
    app = create_app()
    async with serve(app) as server:
        assert server.base_url == f"http://127.0.0.1:{server.port}/v3"
        async with httpx.AsyncClient(base_url=server.base_url, auth=AUTH) as client:
            result = await send(client, sms(custom_string="net"))
            assert result["data"]["queued_count"] == 1
            assert (await client.get("/nowhere")).status_code == 404
        stream = await anyio.connect_tcp("127.0.0.1", server.port)
        async with stream:
            request = b"GET /v3/countries HTTP/1.1\r\nHost: mock\r\nAuthorization: Basic bW9jay11c2VyOm1vY2sta2V5\r\n\r\n"
            replies = b""
            for _ in range(2):  # two requests on one connection
                await stream.send(request)
                with anyio.fail_after(5):
                    while replies.count(b"HTTP/1.1 200") < _ + 1 or not replies.endswith(b"]}"):
                        replies += await stream.receive()
    assert replies.count(b"HTTP/1.1 200") == 2
    assert [m.custom_string for m in app.received_messages] == ["net"]


async def _raw_exchange(port: int, request: bytes) -> bytes:
    """Everything the server writes back before it closes the connection."""
    stream = await anyio.connect_tcp("127.0.0.1", port)
    received = b""
    async with stream:
        await stream.send(request)
        with anyio.fail_after(5):
            try:
                while True:
                    received += await stream.receive()
            except (anyio.EndOfStream, anyio.BrokenResourceError):
                pass
    return received


@pytest.mark.anyio
async def test_loopback_server_really_closes_the_connection_on_a_drop() -> None:
    body = b'{"messages": [{"to": "+61412345678", "body": "hi"}]}'
    head = (
        b"POST /v3/sms/send HTTP/1.1\r\nHost: mock\r\nContent-Type: application/json\r\n"
        b"Authorization: Basic bW9jay11c2VyOm1vY2sta2V5\r\nContent-Length: %d\r\n\r\n" % len(body)
    )
    before = create_app(MockConfig(drop_before_rate=1.0))
    async with serve(before) as server:
        # only the head is sent: the server closes without waiting for the body
        assert await _raw_exchange(server.port, head) == b""
        async with httpx.AsyncClient(base_url=server.base_url, auth=AUTH) as client:
            with pytest.raises(httpx.TransportError):
                await client.post("/sms/send", json={"messages": [sms()]})
    assert before.received_messages == []

    after = create_app(MockConfig(drop_after_rate=1.0))
    async with serve(after) as server:
        assert await _raw_exchange(server.port, head + body) == b""
        async with httpx.AsyncClient(base_url=server.base_url, auth=AUTH) as client:
            with pytest.raises(httpx.RemoteProtocolError):
                await client.post("/sms/send", json={"messages": [sms(body="second")]})
    assert [m.body for m in after.received_messages] == ["hi", "second"]


@pytest.mark.anyio
async def test_loopback_server_survives_a_failing_handler(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(store: Any, req: Any) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setitem(HANDLERS, "list_countries", broken)
    async with (
        serve(create_app()) as server,
        httpx.AsyncClient(base_url=server.base_url, auth=AUTH) as client,
    ):
        failed = await client.get("/countries")
        assert (failed.status_code, failed.json()["response_code"]) == (500, "INTERNAL_SERVER_ERROR")
        assert "boom" in failed.json()["response_msg"]
        assert (await client.get("/account")).status_code == 200


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.10", "example.com", "::"])
def test_only_loopback_addresses_are_served(host: str) -> None:
    with pytest.raises(ValueError, match="loopback"):
        serve(create_app(), host=host)
    with pytest.raises(ValueError, match="loopback"):
        run(host=host, port=0)


def test_run_serves_until_interrupted() -> None:
    seen: list[str] = []

    def ready(server: Any) -> None:
        seen.append(server.base_url)
        raise KeyboardInterrupt

    run(port=0, ready=ready)
    assert seen
    assert seen[0].startswith("http://127.0.0.1:")


# ---------------------------------------------------------------- pytest plugin


@pytest.mark.anyio
async def test_pytest_plugin_fixtures(
    clicksend_mock_app: MockApp, clicksend_mock_client: httpx.AsyncClient
) -> None:
    response = await clicksend_mock_client.post("/sms/send", json={"messages": [sms(custom_string="fx")]})
    assert response.json()["data"]["queued_count"] == 1
    assert [m.custom_string for m in clicksend_mock_app.received_messages] == ["fx"]


def test_message_ids_come_from_the_seed() -> None:
    def ids(seed: int) -> Callable[[], str]:
        return create_app(MockConfig(seed=seed)).store.new_message_id

    assert ids(3)() == ids(3)() != ids(4)()


# ---------------------------------------------------------------- ClickSend's published test credentials


@pytest.mark.anyio
async def test_clicksend_test_numbers_succeed_without_charge() -> None:
    from clicksend_async.mock._config import TEST_NUMBERS

    app = create_app()
    async with connect(app) as client:
        result = await send(client, *(sms(to=number, body="test") for number in sorted(TEST_NUMBERS)))
        assert [m["status"] for m in result["data"]["messages"]] == ["SUCCESS"] * len(TEST_NUMBERS)
        assert result["data"]["total_price"] == 0
        assert (await data(client, "GET", "/account"))["balance"] == "10000.0000"


@pytest.mark.anyio
async def test_clicksend_test_accounts_behave_as_documented() -> None:
    from clicksend_async.mock._config import TEST_API_KEY

    app = create_app()
    async with connect(app, auth=("nocredit", TEST_API_KEY)) as client:
        result = await send(client, sms(body="costs money"), sms(to="+61411111111", body="test number"))
        assert [m["status"] for m in result["data"]["messages"]] == ["INSUFFICIENT_CREDIT", "SUCCESS"]
    for username, reason in (("notactive", "not active"), ("banned", "banned")):
        async with connect(app, auth=(username, TEST_API_KEY)) as client:
            response = await client.get("/account")
            assert response.status_code == 403
            assert reason in response.json()["response_msg"]
    async with connect(app, auth=("nocredit", "not-the-test-key")) as client:
        assert (await client.get("/account")).status_code == 401
    async with connect(app) as client:
        assert (await data(client, "GET", "/account"))["balance"] == "10000.0000"
    assert [m.to for m in app.received_messages] == ["+61411111111"]


@pytest.mark.anyio
async def test_master_email_templates_are_a_fixed_catalogue() -> None:
    async with connect(create_app()) as client:
        assert (await data(client, "GET", "/email/master-templates/20"))["template_id_master"] == 20
        assert (await data(client, "GET", "/email/master-templates-categories/8"))["category_id"] == 8
        for path in (
            "/email/master-templates/21",
            "/email/master-templates-categories/0",
            "/email/master-templates-categories/9/master-templates",
        ):
            assert (await client.get(path)).status_code == 404, path


@pytest.mark.anyio
async def test_a_new_account_is_opened_once_without_credit_and_its_password_is_not_echoed() -> None:
    details = {
        "username": "acme-new",
        "password": "s3cret-pass",
        "user_phone": "+61412345678",
        "user_email": "ops@acme.example",
        "user_first_name": "Ann",
        "user_last_name": "Lee",
        "account_name": "Acme",
        "country": "AU",
    }
    async with connect(create_app()) as client:
        opened = await data(client, "POST", "/account", json=details)
        assert (opened["username"], opened["balance"], opened["user_id"]) == ("acme-new", "0.0000", 2)
        assert "s3cret-pass" not in str(opened)
        again = await client.post("/account", json=details)
        assert again.status_code == 400
        assert again.json()["data"]["errors"] == [{"field": "username", "message": "taken"}]
        taken = await client.post("/account", json={**details, "username": "mock-user"})
        assert taken.status_code == 400


@pytest.mark.anyio
async def test_fax_receipts_are_those_of_faxes_sent() -> None:
    async with connect(create_app()) as client:
        assert (await data(client, "GET", "/fax/receipts"))["total"] == 0
        body = {
            "file_url": "https://example.com/a.pdf",
            "messages": [{"to": "+61261234567", "custom_string": "f1"}],
        }
        sent = (await data(client, "POST", "/fax/send", json=body))["messages"][0]
        receipts = (await data(client, "GET", "/fax/receipts"))["data"]
        assert [(r["message_id"], r["custom_string"]) for r in receipts] == [(sent["message_id"], "f1")]
        one = await data(client, "GET", f"/fax/receipts/{sent['message_id']}")
        assert one["message_id"] == sent["message_id"]
        assert (await client.get("/fax/receipts/NO-SUCH-FAX")).status_code == 404
