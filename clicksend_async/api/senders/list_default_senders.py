from typing import Any

import httpx

from ... import errors
from ..._json import loads
from ...client import AuthenticatedClient, Client
from ...models.default_sender_list_response import DefaultSenderListResponse
from ...models.error_envelope import ErrorEnvelope
from ...models.list_default_senders_sort_direction import (
    ListDefaultSendersSortDirection,
)
from ...types import UNSET, Response, Unset, status_code_of

OPERATION_ID = "list_default_senders"


def _get_kwargs(
    *,
    offset: str | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_direction: ListDefaultSendersSortDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["per_page"] = per_page

    params["sort_by"] = sort_by

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction

    params["sort_direction"] = json_sort_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/senders/default-senders",
        "params": params,
        "extensions": {"clicksend_operation": OPERATION_ID},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DefaultSenderListResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = DefaultSenderListResponse.from_dict(loads(response.content))

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
) -> Response[DefaultSenderListResponse | ErrorEnvelope]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: str | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_direction: ListDefaultSendersSortDirection | Unset = UNSET,
) -> Response[DefaultSenderListResponse | ErrorEnvelope]:
    """List Default Senders

     The default senders of the account.

    Args:
        offset (str | Unset):
        per_page (int | Unset):
        sort_by (str | Unset):
        sort_direction (ListDefaultSendersSortDirection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DefaultSenderListResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        offset=offset,
        per_page=per_page,
        sort_by=sort_by,
        sort_direction=sort_direction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    offset: str | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_direction: ListDefaultSendersSortDirection | Unset = UNSET,
) -> DefaultSenderListResponse | ErrorEnvelope | None:
    """List Default Senders

     The default senders of the account.

    Args:
        offset (str | Unset):
        per_page (int | Unset):
        sort_by (str | Unset):
        sort_direction (ListDefaultSendersSortDirection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DefaultSenderListResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            per_page=per_page,
            sort_by=sort_by,
            sort_direction=sort_direction,
        )
    ).parsed
