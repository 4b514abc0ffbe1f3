"""Behaviour the custom templates add to the generated client."""

from __future__ import annotations

import json
import subprocess
import sys

import httpx
import pytest
from pytest_httpx import HTTPXMock

from clicksend_async import AuthenticatedClient, Client, errors
from clicksend_async.api.account import get_account
from clicksend_async.api.sms import send_sms
from clicksend_async.models import ErrorEnvelope, SendSmsBody, SmsMessageInput

BASE_URL = "https://rest.clicksend.com/v3"


def test_default_timeout_is_real() -> None:
    http = AuthenticatedClient(username="u", api_key="k").get_async_httpx_client()
    assert http.timeout == httpx.Timeout(30.0, connect=10.0)
    assert http.timeout.read is not None


def test_api_key_is_not_in_repr() -> None:
    client = AuthenticatedClient(username="u", api_key="S3CRET-KEY")
    assert "S3CRET-KEY" not in repr(client)
    assert "S3CRET-KEY" not in str(client)


@pytest.mark.anyio
async def test_status_outside_the_iana_list_does_not_crash(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=520, text="<html>origin error</html>")
    async with AuthenticatedClient(base_url=BASE_URL, username="u", api_key="k") as client:
        response = await get_account.asyncio_detailed(client=client)
    assert response.status_code == 520
    assert response.parsed is None


@pytest.mark.anyio
async def test_undeclared_status_can_raise(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=418, text="teapot")
    client = AuthenticatedClient(
        base_url=BASE_URL, username="u", api_key="k", raise_on_unexpected_status=True
    )
    async with client:
        with pytest.raises(errors.UnexpectedStatus) as caught:
            await get_account.asyncio_detailed(client=client)
    assert caught.value.status_code == 418


@pytest.mark.anyio
async def test_error_envelope_is_parsed(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        status_code=400,
        json={"http_code": 400, "response_code": "INVALID_REQUEST", "response_msg": "Bad body.", "data": []},
    )
    body = SendSmsBody(messages=[SmsMessageInput(to="+61411111111", body="hi", from_="Acme")])
    async with AuthenticatedClient(base_url=BASE_URL, username="u", api_key="k") as client:
        response = await send_sms.asyncio_detailed(client=client, body=body)
    assert isinstance(response.parsed, ErrorEnvelope)
    assert response.parsed.response_code == "INVALID_REQUEST"
    sent = json.loads(httpx_mock.get_request().content)
    assert sent == {"messages": [{"to": "+61411111111", "body": "hi", "from": "Acme"}]}  # `from_` -> `from`


@pytest.mark.anyio
async def test_unauthenticated_client_sends_no_credentials(httpx_mock: HTTPXMock) -> None:
    from clicksend_async.api.account import forgot_username
    from clicksend_async.models import ForgotUsernameBody

    httpx_mock.add_response(
        json={"http_code": 200, "response_code": "SUCCESS", "response_msg": "Sent.", "data": []}
    )
    async with Client(base_url=BASE_URL) as client:
        await forgot_username.asyncio_detailed(
            client=client, body=ForgotUsernameBody(email="jane@example.com")
        )
    assert "authorization" not in httpx_mock.get_request().headers


def test_importing_the_package_loads_no_model_or_operation() -> None:
    code = (
        "import sys, clicksend_async, clicksend_async.models; "
        "print(sum(m.startswith(('clicksend_async.models.', 'clicksend_async.api.')) for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "0"


def test_models_load_lazily_on_first_access() -> None:
    from clicksend_async import models

    assert "SmsMessage" in dir(models)
    assert models.SmsMessage.__name__ == "SmsMessage"
    with pytest.raises(AttributeError):
        models.NoSuchModel  # noqa: B018
