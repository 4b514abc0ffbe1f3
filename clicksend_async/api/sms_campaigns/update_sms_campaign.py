from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._json import loads
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.sms_campaign_response import SmsCampaignResponse
from ...models.update_sms_campaign_body import UpdateSmsCampaignBody
from ...types import Response, status_code_of

OPERATION_ID = "update_sms_campaign"


def _get_kwargs(
    sms_campaign_id: int,
    *,
    body: UpdateSmsCampaignBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/sms-campaigns/{sms_campaign_id}".format(
            sms_campaign_id=quote(str(sms_campaign_id), safe=""),
        ),
        "extensions": {"clicksend_operation": OPERATION_ID},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SmsCampaignResponse | None:
    if response.status_code == 200:
        response_200 = SmsCampaignResponse.from_dict(loads(response.content))

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
) -> Response[ErrorEnvelope | SmsCampaignResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    sms_campaign_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSmsCampaignBody,
) -> Response[ErrorEnvelope | SmsCampaignResponse]:
    """Update SMS Campaign

     Tool to update an existing SMS campaign. Use when you need to modify campaign details such as name,
    message content, contact list, sender ID, or schedule.

    Args:
        sms_campaign_id (int):
        body (UpdateSmsCampaignBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SmsCampaignResponse]
    """

    kwargs = _get_kwargs(
        sms_campaign_id=sms_campaign_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sms_campaign_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSmsCampaignBody,
) -> ErrorEnvelope | SmsCampaignResponse | None:
    """Update SMS Campaign

     Tool to update an existing SMS campaign. Use when you need to modify campaign details such as name,
    message content, contact list, sender ID, or schedule.

    Args:
        sms_campaign_id (int):
        body (UpdateSmsCampaignBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SmsCampaignResponse
    """

    return (
        await asyncio_detailed(
            sms_campaign_id=sms_campaign_id,
            client=client,
            body=body,
        )
    ).parsed
