from typing import Any

import httpx

from ... import errors
from ..._json import loads
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.update_reseller_settings_body import UpdateResellerSettingsBody
from ...models.updated_reseller_settings_response import UpdatedResellerSettingsResponse
from ...types import Response, status_code_of

OPERATION_ID = "update_reseller_settings"


def _get_kwargs(
    *,
    body: UpdateResellerSettingsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/reseller",
        "extensions": {"clicksend_operation": OPERATION_ID},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | UpdatedResellerSettingsResponse | None:
    if response.status_code == 200:
        response_200 = UpdatedResellerSettingsResponse.from_dict(loads(response.content))

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
) -> Response[ErrorEnvelope | UpdatedResellerSettingsResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateResellerSettingsBody,
) -> Response[ErrorEnvelope | UpdatedResellerSettingsResponse]:
    """Update Reseller Settings

     Change the white-label settings of your reseller account (only the fields given). The account fields
    (country, timezone, user_email, billing and SMS settings ...) are taken too, for the catalogue
    action, and change your own account; ClickSend documents them at PUT /account (update_account).
    Note: The reseller dashboard and API are only available to customers approved as resellers before
    January 1st, 2024.

    Args:
        body (UpdateResellerSettingsBody): Reseller settings to change (Apiary), and the
            catalogue's account fields (see the operation's reading: ClickSend documents those at PUT
            /account).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | UpdatedResellerSettingsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateResellerSettingsBody,
) -> ErrorEnvelope | UpdatedResellerSettingsResponse | None:
    """Update Reseller Settings

     Change the white-label settings of your reseller account (only the fields given). The account fields
    (country, timezone, user_email, billing and SMS settings ...) are taken too, for the catalogue
    action, and change your own account; ClickSend documents them at PUT /account (update_account).
    Note: The reseller dashboard and API are only available to customers approved as resellers before
    January 1st, 2024.

    Args:
        body (UpdateResellerSettingsBody): Reseller settings to change (Apiary), and the
            catalogue's account fields (see the operation's reading: ClickSend documents those at PUT
            /account).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | UpdatedResellerSettingsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
