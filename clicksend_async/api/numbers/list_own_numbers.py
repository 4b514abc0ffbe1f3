from typing import Any

import httpx

from ... import errors
from ..._json import loads
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.list_own_numbers_filterstatus_item import (
    ListOwnNumbersFilterstatusItem,
)
from ...models.list_own_numbers_sort_direction import ListOwnNumbersSortDirection
from ...models.own_number_list import OwnNumberList
from ...types import UNSET, Response, Unset, status_code_of

OPERATION_ID = "list_own_numbers"


def _get_kwargs(
    *,
    offset: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    filterstatus: list[ListOwnNumbersFilterstatusItem] | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_direction: ListOwnNumbersSortDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["page_size"] = page_size

    json_filterstatus: list[str] | Unset = UNSET
    if not isinstance(filterstatus, Unset):
        json_filterstatus = []
        for filterstatus_item_data in filterstatus:
            filterstatus_item: str = filterstatus_item_data
            json_filterstatus.append(filterstatus_item)

    params["filter[status][]"] = json_filterstatus

    params["sort_by"] = sort_by

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction

    params["sort_direction"] = json_sort_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/own-numbers",
        "params": params,
        "extensions": {"clicksend_operation": OPERATION_ID},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | OwnNumberList | None:
    if response.status_code == 200:
        response_200 = OwnNumberList.from_dict(loads(response.content))

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
) -> Response[ErrorEnvelope | OwnNumberList]:
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
    page_size: int | Unset = UNSET,
    filterstatus: list[ListOwnNumbersFilterstatusItem] | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_direction: ListOwnNumbersSortDirection | Unset = UNSET,
) -> Response[ErrorEnvelope | OwnNumberList]:
    """List Own Numbers

     The account's own (verified) numbers.

    Args:
        offset (str | Unset):
        page_size (int | Unset):
        filterstatus (list[ListOwnNumbersFilterstatusItem] | Unset):
        sort_by (str | Unset):
        sort_direction (ListOwnNumbersSortDirection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | OwnNumberList]
    """

    kwargs = _get_kwargs(
        offset=offset,
        page_size=page_size,
        filterstatus=filterstatus,
        sort_by=sort_by,
        sort_direction=sort_direction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    offset: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    filterstatus: list[ListOwnNumbersFilterstatusItem] | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_direction: ListOwnNumbersSortDirection | Unset = UNSET,
) -> ErrorEnvelope | OwnNumberList | None:
    """List Own Numbers

     The account's own (verified) numbers.

    Args:
        offset (str | Unset):
        page_size (int | Unset):
        filterstatus (list[ListOwnNumbersFilterstatusItem] | Unset):
        sort_by (str | Unset):
        sort_direction (ListOwnNumbersSortDirection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | OwnNumberList
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            page_size=page_size,
            filterstatus=filterstatus,
            sort_by=sort_by,
            sort_direction=sort_direction,
        )
    ).parsed
