from typing import Any

import httpx

from ... import errors
from ..._json import loads
from ...client import AuthenticatedClient, Client
from ...models.compliant_sender_type_list_response import CompliantSenderTypeListResponse
from ...models.error_envelope import ErrorEnvelope
from ...models.list_compliant_sender_types_filterproduct_type import (
    ListCompliantSenderTypesFilterproductType,
)
from ...types import UNSET, Response, Unset, status_code_of

OPERATION_ID = "list_compliant_sender_types"


def _get_kwargs(
    *,
    filterproduct_type: ListCompliantSenderTypesFilterproductType,
    filtercountry_code: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_filterproduct_type: str = filterproduct_type
    params["filter[product_type]"] = json_filterproduct_type

    json_filtercountry_code: list[str] | Unset = UNSET
    if not isinstance(filtercountry_code, Unset):
        json_filtercountry_code = filtercountry_code

    params["filter[country_code][]"] = json_filtercountry_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/senders/compliant-sender-types",
        "params": params,
        "extensions": {"clicksend_operation": OPERATION_ID},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompliantSenderTypeListResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = CompliantSenderTypeListResponse.from_dict(loads(response.content))

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
) -> Response[CompliantSenderTypeListResponse | ErrorEnvelope]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filterproduct_type: ListCompliantSenderTypesFilterproductType,
    filtercountry_code: list[str] | Unset = UNSET,
) -> Response[CompliantSenderTypeListResponse | ErrorEnvelope]:
    """List Compliant Sender Types

     Which kinds of sender may send to recipients in each country.

    Args:
        filterproduct_type (ListCompliantSenderTypesFilterproductType):
        filtercountry_code (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompliantSenderTypeListResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        filterproduct_type=filterproduct_type,
        filtercountry_code=filtercountry_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filterproduct_type: ListCompliantSenderTypesFilterproductType,
    filtercountry_code: list[str] | Unset = UNSET,
) -> CompliantSenderTypeListResponse | ErrorEnvelope | None:
    """List Compliant Sender Types

     Which kinds of sender may send to recipients in each country.

    Args:
        filterproduct_type (ListCompliantSenderTypesFilterproductType):
        filtercountry_code (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompliantSenderTypeListResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            filterproduct_type=filterproduct_type,
            filtercountry_code=filtercountry_code,
        )
    ).parsed
