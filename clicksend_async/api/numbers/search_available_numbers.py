from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._json import loads
from ...client import AuthenticatedClient, Client
from ...models.available_number_page_response import AvailableNumberPageResponse
from ...models.error_envelope import ErrorEnvelope
from ...models.search_available_numbers_search_type import (
    SearchAvailableNumbersSearchType,
)
from ...types import UNSET, Response, Unset, status_code_of

OPERATION_ID = "search_available_numbers"


def _get_kwargs(
    country: str,
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    search: str | Unset = UNSET,
    search_type: SearchAvailableNumbersSearchType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params["search"] = search

    json_search_type: int | Unset = UNSET
    if not isinstance(search_type, Unset):
        json_search_type = search_type

    params["search_type"] = json_search_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/numbers/search/{country}".format(
            country=quote(str(country), safe=""),
        ),
        "params": params,
        "extensions": {"clicksend_operation": OPERATION_ID},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AvailableNumberPageResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AvailableNumberPageResponse.from_dict(loads(response.content))

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
) -> Response[AvailableNumberPageResponse | ErrorEnvelope]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    country: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    search: str | Unset = UNSET,
    search_type: SearchAvailableNumbersSearchType | Unset = UNSET,
) -> Response[AvailableNumberPageResponse | ErrorEnvelope]:
    """Search Dedicated Numbers by Country

     Tool to search for available dedicated numbers by country code. Use when you need to find
    purchasable phone numbers for messaging services in a specific country.

    Args:
        country (str):
        page (int | Unset):
        limit (int | Unset):
        search (str | Unset):
        search_type (SearchAvailableNumbersSearchType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvailableNumberPageResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        country=country,
        page=page,
        limit=limit,
        search=search,
        search_type=search_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    country: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    search: str | Unset = UNSET,
    search_type: SearchAvailableNumbersSearchType | Unset = UNSET,
) -> AvailableNumberPageResponse | ErrorEnvelope | None:
    """Search Dedicated Numbers by Country

     Tool to search for available dedicated numbers by country code. Use when you need to find
    purchasable phone numbers for messaging services in a specific country.

    Args:
        country (str):
        page (int | Unset):
        limit (int | Unset):
        search (str | Unset):
        search_type (SearchAvailableNumbersSearchType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AvailableNumberPageResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            country=country,
            client=client,
            page=page,
            limit=limit,
            search=search,
            search_type=search_type,
        )
    ).parsed
