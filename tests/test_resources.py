"""The typed resource layer (``cs.sms.list_sms_history(...)``) against the mock and pytest-httpx, on asyncio
and trio: one method per operation, the same checks and transport as ``cs.call``, paginators."""

from __future__ import annotations

import subprocess
import sys
from importlib import import_module

import httpx
import pytest
from pytest_httpx import HTTPXMock

from clicksend_async import (
    AsyncPaginator,
    ClickSend,
    ClickSendError,
    NotFoundError,
    UnknownOperationError,
    ValidationError,
)
from clicksend_async._blocking import blocking, blocking_pages
from clicksend_async._index import operations
from clicksend_async.mock import MockApp
from clicksend_async.models import Account, ContactList, SmsMessage, SmsMessageInput, SmsMessagePage
from clicksend_async.resources import TAGS, Resources

BASE = "https://rest.clicksend.com/v3"


def test_every_operation_is_a_method_of_its_tags_resource_on_both_clients() -> None:
    cs = ClickSend("user", "key")
    by_tag: dict[str, set[str]] = {}
    for op_id, op in operations().items():
        by_tag.setdefault(op["tag"], set()).add(op_id)
    assert set(TAGS) == set(by_tag)
    for tag, op_ids in by_tag.items():
        resource = type(getattr(cs, tag))
        twin = vars(import_module(resource.__module__))["Sync" + resource.__name__]
        for klass in (resource, twin):
            assert {name for name in vars(klass) if not name.startswith("_")} == op_ids, klass
        assert all(callable(getattr(resource, name)) for name in op_ids)
        assert all(isinstance(vars(twin)[name], (blocking, blocking_pages)) for name in op_ids)


def test_resource_properties_shadow_nothing_of_the_client() -> None:
    own = {name for klass in ClickSend.__mro__ if klass not in (Resources, object) for name in vars(klass)}
    assert not own & set(TAGS)


def test_resources_are_created_once_and_on_first_use() -> None:
    cs = ClickSend("user", "key")
    assert "sms" not in vars(cs)
    assert cs.sms is cs.sms
    assert "Python names" not in (type(cs.sms).send_sms.__doc__ or "")
    assert "CLICKSEND_CREATE_SMS_SEND" in (type(cs.sms).send_sms.__doc__ or "")


def test_importing_the_client_imports_no_model_and_no_resource_module() -> None:
    code = (
        "import sys; from clicksend_async import ClickSend; "
        "print([m for m in sys.modules if m.startswith(('clicksend_async.models', 'clicksend_async.api', "
        "'clicksend_async.resources.'))])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.anyio
async def test_methods_return_the_typed_data_of_the_mock(clicksend_mock: ClickSend) -> None:
    account = await clicksend_mock.account.get_account()
    assert isinstance(account, Account)
    assert account.username == "mock-user"
    created = await clicksend_mock.contacts.create_contact_list(list_name="Customers")
    assert isinstance(created, ContactList)
    assert created.list_name == "Customers"
    assert isinstance(created.list_id, int)
    contact = await clicksend_mock.contacts.create_contact(
        list_id=created.list_id, phone_number="+61411111111", first_name="Ann"
    )
    assert contact is not None
    assert contact.first_name == "Ann"
    with pytest.raises(NotFoundError):
        await clicksend_mock.contacts.get_contact(list_id=created.list_id, contact_id=999_999)


@pytest.mark.anyio
async def test_models_are_sent_as_wire_json(clicksend_mock: ClickSend, clicksend_mock_app: MockApp) -> None:
    result = await clicksend_mock.sms.send_sms(
        messages=[SmsMessageInput(to="+61411111111", body="hello", from_="Shop")]
    )
    assert result is not None
    assert result.total_count == 1
    (sent,) = clicksend_mock_app.received_messages
    assert sent.body == "hello"
    assert sent.from_ == "Shop"


@pytest.mark.anyio
async def test_bad_arguments_are_refused_before_anything_is_sent(httpx_mock: HTTPXMock) -> None:
    async with ClickSend("user", "key") as cs:
        with pytest.raises(ValidationError, match="list_id") as info:
            await cs.contacts.get_contact(list_id="seven", contact_id=1)  # type: ignore[arg-type]
        assert info.value.problems[0].value == "seven"
        with pytest.raises(ValidationError, match="phone_number"):
            await cs.contacts.create_contact(list_id=1, phone_number="not a phone")
    assert httpx_mock.get_requests() == []


@pytest.mark.anyio
async def test_request_timeout_applies_to_one_call(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"http_code": 200, "data": {"user_id": 1}}, is_reusable=True)
    async with ClickSend("user", "key", timeout=30) as cs:
        await cs.account.get_account(request_timeout=2.5)
        await cs.account.get_account()
    first, second = (r.extensions["timeout"] for r in httpx_mock.get_requests())
    assert first["read"] == 2.5
    assert second["read"] == 30


@pytest.mark.anyio
async def test_a_paginator_awaited_is_one_page_and_iterated_is_every_record(
    clicksend_mock: ClickSend,
) -> None:
    report = await clicksend_mock.send_sms([{"to": f"+614111111{i:02d}", "body": f"m{i}"} for i in range(40)])
    assert report.sent == 40
    paginator = clicksend_mock.sms.list_sms_history(limit=15)
    assert isinstance(paginator, AsyncPaginator)
    page = await paginator
    assert isinstance(page, SmsMessagePage)
    assert page.total == 40
    assert len(page.data or []) == 15
    second = await clicksend_mock.sms.list_sms_history(limit=15, page=3)
    assert second is not None
    assert second.current_page == 3
    assert len(second.data or []) == 10
    records = [row async for row in clicksend_mock.sms.list_sms_history(limit=15)]
    assert len(records) == 40
    assert all(isinstance(r, SmsMessage) for r in records)
    assert len({r.message_id for r in records}) == 40
    few = [row async for row in clicksend_mock.sms.list_sms_history(limit=15, max_items=20)]
    assert [r.message_id for r in few] == [r.message_id for r in records[:20]]
    later = [row async for row in clicksend_mock.sms.list_sms_history(limit=15, page=2)]
    assert [r.message_id for r in later] == [r.message_id for r in records[15:]]


@pytest.mark.anyio
async def test_iteration_checks_the_page_size_like_paginate(clicksend_mock: ClickSend) -> None:
    with pytest.raises(ValidationError, match="limit"):
        async for _ in clicksend_mock.sms.list_sms_history(limit=1000):
            pass


@pytest.mark.anyio
async def test_linked_pages_are_followed_through_the_resource(httpx_mock: HTTPXMock) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        offset = request.url.params.get("offset")
        rows = [{"id": f"{offset or 'first'}-{i}"} for i in range(2)]
        nxt = None if offset == "b" else "/v3/sender-id/alpha-tags?offset=" + ("a" if offset is None else "b")
        return httpx.Response(200, json={"alpha_tags": rows, "_metadata": {"pagination": {"next": nxt}}})

    httpx_mock.add_callback(answer, is_reusable=True)
    async with ClickSend("user", "key") as cs:
        ids = [tag.id async for tag in cs.senders.list_alpha_tags(page_size=2)]
    assert ids == ["first-0", "first-1", "a-0", "a-1", "b-0", "b-1"]


@pytest.mark.anyio
async def test_a_mistaken_operation_name_names_the_closest_operations(httpx_mock: HTTPXMock) -> None:
    async with ClickSend("user", "key") as cs:
        with pytest.raises(UnknownOperationError, match="did you mean get_account") as info:
            await cs.call("get_acount")
        assert isinstance(info.value, ClickSendError)
        assert info.value.suggestions[0] == "get_account"
        with pytest.raises(UnknownOperationError, match=r"not a paginated.*list_sms_receipts"):
            cs.paginate("get_sms_receipt")
        with pytest.raises(UnknownOperationError, match="list_sms_history"):
            cs.paginate("sms_history")
    assert httpx_mock.get_requests() == []
