from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._json import loads
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.list_short_url_tracking_direction import (
    ListShortUrlTrackingDirection,
)
from ...models.short_url_tracking_page import ShortUrlTrackingPage
from ...types import UNSET, Response, Unset, status_code_of

OPERATION_ID = "list_short_url_tracking"


def _get_kwargs(
    long_url_id: str,
    *,
    offset: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    direction: ListShortUrlTrackingDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction

    params["direction"] = json_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/short-url/tracking/{long_url_id}".format(
            long_url_id=quote(str(long_url_id), safe=""),
        ),
        "params": params,
        "extensions": {"clicksend_operation": OPERATION_ID},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ShortUrlTrackingPage | None:
    if response.status_code == 200:
        response_200 = ShortUrlTrackingPage.from_dict(loads(response.content))

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
) -> Response[ErrorEnvelope | ShortUrlTrackingPage]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    long_url_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    direction: ListShortUrlTrackingDirection | Unset = UNSET,
) -> Response[ErrorEnvelope | ShortUrlTrackingPage]:
    """Track Short URL Opens

     Each recipient's opens of the short link of one long URL (long_url_id from the statistics).

    Args:
        long_url_id (str):
        offset (str | Unset):
        limit (int | Unset):
        direction (ListShortUrlTrackingDirection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ShortUrlTrackingPage]
    """

    kwargs = _get_kwargs(
        long_url_id=long_url_id,
        offset=offset,
        limit=limit,
        direction=direction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    long_url_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    direction: ListShortUrlTrackingDirection | Unset = UNSET,
) -> ErrorEnvelope | ShortUrlTrackingPage | None:
    """Track Short URL Opens

     Each recipient's opens of the short link of one long URL (long_url_id from the statistics).

    Args:
        long_url_id (str):
        offset (str | Unset):
        limit (int | Unset):
        direction (ListShortUrlTrackingDirection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ShortUrlTrackingPage
    """

    return (
        await asyncio_detailed(
            long_url_id=long_url_id,
            client=client,
            offset=offset,
            limit=limit,
            direction=direction,
        )
    ).parsed
