from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._json import loads
from ...client import AuthenticatedClient, Client
from ...models.acknowledgement_response import AcknowledgementResponse
from ...models.error_envelope import ErrorEnvelope
from ...models.preview_contact_import_body import PreviewContactImportBody
from ...types import Response, status_code_of

OPERATION_ID = "preview_contact_import"


def _get_kwargs(
    list_id: int,
    *,
    body: PreviewContactImportBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/lists/{list_id}/import-csv-preview".format(
            list_id=quote(str(list_id), safe=""),
        ),
        "extensions": {"clicksend_operation": OPERATION_ID},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AcknowledgementResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AcknowledgementResponse.from_dict(loads(response.content))

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
) -> Response[AcknowledgementResponse | ErrorEnvelope]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    list_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PreviewContactImportBody,
) -> Response[AcknowledgementResponse | ErrorEnvelope]:
    """Preview CSV Import for Contact List

     Tool to preview the first row of a CSV import file for a contact list in ClickSend. Use when you
    need to verify CSV structure and field mapping before importing contacts to a list.

    Args:
        list_id (int):
        body (PreviewContactImportBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcknowledgementResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    list_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PreviewContactImportBody,
) -> AcknowledgementResponse | ErrorEnvelope | None:
    """Preview CSV Import for Contact List

     Tool to preview the first row of a CSV import file for a contact list in ClickSend. Use when you
    need to verify CSV structure and field mapping before importing contacts to a list.

    Args:
        list_id (int):
        body (PreviewContactImportBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcknowledgementResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            list_id=list_id,
            client=client,
            body=body,
        )
    ).parsed
