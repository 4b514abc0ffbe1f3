from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._json import loads
from ...client import AuthenticatedClient, Client
from ...models.country_pricing_response import CountryPricingResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset, status_code_of

OPERATION_ID = "get_country_pricing"


def _get_kwargs(
    country: str,
    *,
    currency: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["currency"] = currency

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/pricing/{country}".format(
            country=quote(str(country), safe=""),
        ),
        "params": params,
        "extensions": {"clicksend_operation": OPERATION_ID},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CountryPricingResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = CountryPricingResponse.from_dict(loads(response.content))

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
) -> Response[CountryPricingResponse | ErrorEnvelope]:
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
    currency: str | Unset = UNSET,
) -> Response[CountryPricingResponse | ErrorEnvelope]:
    """Get Country Pricing

     Tool to retrieve pricing information for a specific country. Use when you need to check rates for
    SMS, MMS, and voice services in a particular country and currency.

    Args:
        country (str):
        currency (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CountryPricingResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        country=country,
        currency=currency,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    country: str,
    *,
    client: AuthenticatedClient | Client,
    currency: str | Unset = UNSET,
) -> CountryPricingResponse | ErrorEnvelope | None:
    """Get Country Pricing

     Tool to retrieve pricing information for a specific country. Use when you need to check rates for
    SMS, MMS, and voice services in a particular country and currency.

    Args:
        country (str):
        currency (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CountryPricingResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            country=country,
            client=client,
            currency=currency,
        )
    ).parsed
