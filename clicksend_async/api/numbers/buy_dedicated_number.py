from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._json import loads
from ...client import AuthenticatedClient, Client
from ...models.buy_dedicated_number_body import BuyDedicatedNumberBody
from ...models.error_envelope import ErrorEnvelope
from ...models.purchased_number_response import PurchasedNumberResponse
from ...types import UNSET, Response, Unset, status_code_of

OPERATION_ID = "buy_dedicated_number"


def _get_kwargs(
    dedicated_number: str,
    *,
    body: BuyDedicatedNumberBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/numbers/buy/{dedicated_number}".format(
            dedicated_number=quote(str(dedicated_number), safe=""),
        ),
        "extensions": {"clicksend_operation": OPERATION_ID},
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | PurchasedNumberResponse | None:
    if response.status_code == 200:
        response_200 = PurchasedNumberResponse.from_dict(loads(response.content))

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
) -> Response[ErrorEnvelope | PurchasedNumberResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    dedicated_number: str,
    *,
    client: AuthenticatedClient | Client,
    body: BuyDedicatedNumberBody | Unset = UNSET,
) -> Response[ErrorEnvelope | PurchasedNumberResponse]:
    """Buy Dedicated Number

     Tool to purchase a dedicated phone number from ClickSend. Use when you need to buy a specific number
    for SMS messaging and other communication services.

    Args:
        dedicated_number (str):
        body (BuyDedicatedNumberBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PurchasedNumberResponse]
    """

    kwargs = _get_kwargs(
        dedicated_number=dedicated_number,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dedicated_number: str,
    *,
    client: AuthenticatedClient | Client,
    body: BuyDedicatedNumberBody | Unset = UNSET,
) -> ErrorEnvelope | PurchasedNumberResponse | None:
    """Buy Dedicated Number

     Tool to purchase a dedicated phone number from ClickSend. Use when you need to buy a specific number
    for SMS messaging and other communication services.

    Args:
        dedicated_number (str):
        body (BuyDedicatedNumberBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PurchasedNumberResponse
    """

    return (
        await asyncio_detailed(
            dedicated_number=dedicated_number,
            client=client,
            body=body,
        )
    ).parsed
