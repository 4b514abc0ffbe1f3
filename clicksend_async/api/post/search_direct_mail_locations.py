from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._json import loads
from ...client import AuthenticatedClient, Client
from ...models.direct_mail_location_list_response import DirectMailLocationListResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, status_code_of

OPERATION_ID = "search_direct_mail_locations"


def _get_kwargs(
    country: str,
    *,
    q: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/post/direct-mail/locations/search/{country}".format(
            country=quote(str(country), safe=""),
        ),
        "params": params,
        "extensions": {"clicksend_operation": OPERATION_ID},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DirectMailLocationListResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = DirectMailLocationListResponse.from_dict(loads(response.content))

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
) -> Response[DirectMailLocationListResponse | ErrorEnvelope]:
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
    q: str,
) -> Response[DirectMailLocationListResponse | ErrorEnvelope]:
    """Search Direct Mail Locations

     Tool to search for direct mail locations in a specific country. Use when you need to find available
    locations or addresses for direct mail services.

    Args:
        country (str):
        q (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DirectMailLocationListResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        country=country,
        q=q,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    country: str,
    *,
    client: AuthenticatedClient | Client,
    q: str,
) -> DirectMailLocationListResponse | ErrorEnvelope | None:
    """Search Direct Mail Locations

     Tool to search for direct mail locations in a specific country. Use when you need to find available
    locations or addresses for direct mail services.

    Args:
        country (str):
        q (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DirectMailLocationListResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            country=country,
            client=client,
            q=q,
        )
    ).parsed
