from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._json import loads
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.sms_campaign_link_tracking_page_response import SmsCampaignLinkTrackingPageResponse
from ...types import UNSET, Response, Unset, status_code_of

OPERATION_ID = "list_sms_campaign_link_tracking"


def _get_kwargs(
    sms_campaign_id: int,
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms-campaigns/{sms_campaign_id}/link-tracking".format(
            sms_campaign_id=quote(str(sms_campaign_id), safe=""),
        ),
        "params": params,
        "extensions": {"clicksend_operation": OPERATION_ID},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SmsCampaignLinkTrackingPageResponse | None:
    if response.status_code == 200:
        response_200 = SmsCampaignLinkTrackingPageResponse.from_dict(loads(response.content))

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
) -> Response[ErrorEnvelope | SmsCampaignLinkTrackingPageResponse]:
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
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorEnvelope | SmsCampaignLinkTrackingPageResponse]:
    """List SMS Campaign Link Tracking

     Each recipient of an SMS campaign and how they opened its tracked link (open_count 0 and no
    date_opened for those who did not), a page at a time.

    Args:
        sms_campaign_id (int):
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SmsCampaignLinkTrackingPageResponse]
    """

    kwargs = _get_kwargs(
        sms_campaign_id=sms_campaign_id,
        page=page,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sms_campaign_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorEnvelope | SmsCampaignLinkTrackingPageResponse | None:
    """List SMS Campaign Link Tracking

     Each recipient of an SMS campaign and how they opened its tracked link (open_count 0 and no
    date_opened for those who did not), a page at a time.

    Args:
        sms_campaign_id (int):
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SmsCampaignLinkTrackingPageResponse
    """

    return (
        await asyncio_detailed(
            sms_campaign_id=sms_campaign_id,
            client=client,
            page=page,
            limit=limit,
        )
    ).parsed
