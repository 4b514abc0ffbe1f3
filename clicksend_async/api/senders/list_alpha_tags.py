from typing import Any

import httpx

from ... import errors
from ..._json import loads
from ...client import AuthenticatedClient, Client
from ...models.alpha_tag_list import AlphaTagList
from ...models.error_envelope import ErrorEnvelope
from ...models.list_alpha_tags_sort_direction import ListAlphaTagsSortDirection
from ...types import UNSET, Response, Unset, status_code_of

OPERATION_ID = "list_alpha_tags"


def _get_kwargs(
    *,
    offset: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_direction: ListAlphaTagsSortDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["page_size"] = page_size

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction

    params["sort_direction"] = json_sort_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/alpha-tags",
        "params": params,
        "extensions": {"clicksend_operation": OPERATION_ID},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AlphaTagList | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AlphaTagList.from_dict(loads(response.content))

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
) -> Response[AlphaTagList | ErrorEnvelope]:
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
    sort_direction: ListAlphaTagsSortDirection | Unset = UNSET,
) -> Response[AlphaTagList | ErrorEnvelope]:
    """List Alpha Tags

     The alpha tags the account requested, with their review status.

    Args:
        offset (str | Unset):
        page_size (int | Unset):
        sort_direction (ListAlphaTagsSortDirection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlphaTagList | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        offset=offset,
        page_size=page_size,
        sort_direction=sort_direction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    offset: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_direction: ListAlphaTagsSortDirection | Unset = UNSET,
) -> AlphaTagList | ErrorEnvelope | None:
    """List Alpha Tags

     The alpha tags the account requested, with their review status.

    Args:
        offset (str | Unset):
        page_size (int | Unset):
        sort_direction (ListAlphaTagsSortDirection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlphaTagList | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            page_size=page_size,
            sort_direction=sort_direction,
        )
    ).parsed
