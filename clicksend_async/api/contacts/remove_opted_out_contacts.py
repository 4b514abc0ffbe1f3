from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._json import loads
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.removed_contacts_response import RemovedContactsResponse
from ...types import Response, status_code_of

OPERATION_ID = "remove_opted_out_contacts"


def _get_kwargs(
    list_id: int,
    opt_out_list_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/lists/{list_id}/remove-opted-out-contacts/{opt_out_list_id}".format(
            list_id=quote(str(list_id), safe=""),
            opt_out_list_id=quote(str(opt_out_list_id), safe=""),
        ),
        "extensions": {"clicksend_operation": OPERATION_ID},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | RemovedContactsResponse | None:
    if response.status_code == 200:
        response_200 = RemovedContactsResponse.from_dict(loads(response.content))

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
) -> Response[ErrorEnvelope | RemovedContactsResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    list_id: int,
    opt_out_list_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorEnvelope | RemovedContactsResponse]:
    """Remove Opted Out Contacts from List

     Tool to remove all opted out contacts from a contact list using an opt out list reference. Use when
    you need to clean up a list by removing contacts that have opted out.

    Args:
        list_id (int):
        opt_out_list_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | RemovedContactsResponse]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        opt_out_list_id=opt_out_list_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    list_id: int,
    opt_out_list_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorEnvelope | RemovedContactsResponse | None:
    """Remove Opted Out Contacts from List

     Tool to remove all opted out contacts from a contact list using an opt out list reference. Use when
    you need to clean up a list by removing contacts that have opted out.

    Args:
        list_id (int):
        opt_out_list_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | RemovedContactsResponse
    """

    return (
        await asyncio_detailed(
            list_id=list_id,
            opt_out_list_id=opt_out_list_id,
            client=client,
        )
    ).parsed
