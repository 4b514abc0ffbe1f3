from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._json import loads
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.sms_template_response import SmsTemplateResponse
from ...types import Response, status_code_of

OPERATION_ID = "get_sms_template"


def _get_kwargs(
    template_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms/templates/{template_id}".format(
            template_id=quote(str(template_id), safe=""),
        ),
        "extensions": {"clicksend_operation": OPERATION_ID},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SmsTemplateResponse | None:
    if response.status_code == 200:
        response_200 = SmsTemplateResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(loads(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(loads(response.content))

        return response_404

    if response.status_code == 405:
        response_405 = ErrorEnvelope.from_dict(loads(response.content))

        return response_405

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(loads(response.content))

        return response_429

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | SmsTemplateResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    template_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorEnvelope | SmsTemplateResponse]:
    """Get SMS Template

     One SMS template.

    Args:
        template_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SmsTemplateResponse]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    template_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorEnvelope | SmsTemplateResponse | None:
    """Get SMS Template

     One SMS template.

    Args:
        template_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SmsTemplateResponse
    """

    return (
        await asyncio_detailed(
            template_id=template_id,
            client=client,
        )
    ).parsed
