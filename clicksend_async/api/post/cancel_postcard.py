from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._json import loads
from ...client import AuthenticatedClient, Client
from ...models.acknowledgement_response import AcknowledgementResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import Response, status_code_of

OPERATION_ID = "cancel_postcard"


def _get_kwargs(
    message_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/post/postcards/{message_id}/cancel".format(
            message_id=quote(str(message_id), safe=""),
        ),
        "extensions": {"clicksend_operation": OPERATION_ID},
    }

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
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AcknowledgementResponse | ErrorEnvelope]:
    """Cancel a Scheduled Postcard

     Cancel a scheduled postcard that has not been sent yet; its price is refunded. A postcard already
    sent (or already cancelled) cannot be cancelled (400); an unknown message id answers 404.

    Args:
        message_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcknowledgementResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AcknowledgementResponse | ErrorEnvelope | None:
    """Cancel a Scheduled Postcard

     Cancel a scheduled postcard that has not been sent yet; its price is refunded. A postcard already
    sent (or already cancelled) cannot be cancelled (400); an unknown message id answers 404.

    Args:
        message_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcknowledgementResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            message_id=message_id,
            client=client,
        )
    ).parsed
