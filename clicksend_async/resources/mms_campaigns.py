"""The ``mms_campaigns`` operations of the ClickSend API as methods (generated from the spec: do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._blocking import SyncResource, blocking, blocking_pages
from .._resource import AsyncPaginator, Resource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_price import CampaignPrice
    from ..models.mms_campaign import MmsCampaign
    from ..models.mms_campaign_page import MmsCampaignPage


class MmsCampaignsResource(Resource):
    """The ``mms_campaigns`` operations: ``cs.mms_campaigns.<operation>(...)``."""

    def list_mms_campaigns(
        self,
        *,
        q: str | Unset = UNSET,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        operator: str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[MmsCampaignPage | None, MmsCampaign]:
        """Get MMS Campaigns

        Tool to retrieve all MMS campaigns with pagination and filtering support. Use when you need to view existing
        MMS campaigns for management or reporting purposes.

        ``GET /mms-campaigns``; catalogue action: CLICKSEND_MMS_CAMPAIGNS_GET.

        Paginated: ``await`` this for one page, or ``async for`` over it for every MmsCampaign of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            q: (query)

            page: (query)

            limit: (query)

            operator: (query)

            order_by: (query)

        """
        return self._paginate(
            "list_mms_campaigns",
            {
                "q": q,
                "page": page,
                "limit": limit,
                "operator": operator,
                "order_by": order_by,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    async def calculate_mms_campaign_price(
        self,
        *,
        body: str,
        from_: str,
        name: str,
        list_id: int,
        subject: str,
        media_file: str,
        request_timeout: float | None = None,
    ) -> CampaignPrice | None:
        """Calculate MMS Campaign Price

        Tool to calculate the price for an MMS campaign before sending. Use when you need to estimate costs for an
        MMS campaign to a contact list.

        ``POST /mms-campaigns/price``; catalogue action: CLICKSEND_MMS_CAMPAIGNS_PRICE_POST.

        Args:
            body: (body, required) The body text of the MMS message. Required field.

            from_: (body, required, ``from`` on the wire) Sender: a dedicated or own number in E.164 format, or an alphanumeric sender id of up to 11 characters (ClickSend's "sender id"; omit for a shared number).

            name: (body, required) The name of the MMS campaign. Required field.

            list_id: (body, required) The ID of the contact list to send the MMS campaign to. Required field.

            subject: (body, required) The subject line of the MMS message. Required field.

            media_file: (body, required) URL of the media file to be included in the MMS. Must be a publicly accessible URL. Required field.

        """
        result: CampaignPrice | None = await self._call(
            "calculate_mms_campaign_price",
            {
                "body": body,
                "from": from_,
                "name": name,
                "list_id": list_id,
                "subject": subject,
                "media_file": media_file,
            },
            request_timeout,
        )
        return result

    async def send_mms_campaign(
        self,
        *,
        body: str,
        name: str,
        list_id: int,
        subject: str,
        media_file: str,
        from_: str | Unset = UNSET,
        schedule: int | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> MmsCampaign | None:
        """Send MMS Campaign

        Tool to create and send an MMS campaign to a contact list with multimedia content. Use when you need to send
        MMS messages to multiple recipients with images or videos. The campaign sends immediately unless scheduled
        for future delivery.

        ``POST /mms-campaigns/send``; catalogue action: CLICKSEND_MMS_CAMPAIGNS_SEND_POST.

        Args:
            body: (body, required) The text message content that will be sent in the MMS campaign.

            name: (body, required) Campaign name for identification and tracking purposes.

            list_id: (body, required) The ID of the contact list to send the campaign to. This must be an existing list in your ClickSend account.

            subject: (body, required) Subject line of the MMS campaign.

            media_file: (body, required) URL pointing to the media file (image/video) to include in the MMS. Must be a publicly accessible URL.

            from_: (body, ``from`` on the wire) Sender: a dedicated or own number in E.164 format, or an alphanumeric sender id of up to 11 characters (ClickSend's "sender id"; omit for a shared number).

            schedule: (body) Unix timestamp for scheduling the campaign to be sent at a future date/time. If omitted, the campaign sends immediately.

        """
        result: MmsCampaign | None = await self._call(
            "send_mms_campaign",
            {
                "body": body,
                "name": name,
                "list_id": list_id,
                "subject": subject,
                "media_file": media_file,
                "from": from_,
                "schedule": schedule,
            },
            request_timeout,
        )
        return result

    async def get_mms_campaign(
        self,
        *,
        mms_campaign_id: int,
        request_timeout: float | None = None,
    ) -> MmsCampaign | None:
        """Get MMS Campaign

        One MMS campaign and its status.

        ``GET /mms-campaigns/{mms_campaign_id}``.

        Args:
            mms_campaign_id: (path, required)

        """
        result: MmsCampaign | None = await self._call(
            "get_mms_campaign",
            {
                "mms_campaign_id": mms_campaign_id,
            },
            request_timeout,
        )
        return result

    async def update_mms_campaign(
        self,
        *,
        mms_campaign_id: int,
        body: str,
        from_: str,
        name: str,
        list_id: int,
        subject: str | Unset = UNSET,
        schedule: int | Unset = UNSET,
        media_file: str | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> MmsCampaign | None:
        """Update MMS Campaign

        Tool to update an existing MMS campaign with new parameters. Use when you need to modify campaign details
        such as name, sender, message body, media file, subject, or reschedule send time.

        ``PUT /mms-campaigns/{mms_campaign_id}``; catalogue action: CLICKSEND_MMS_CAMPAIGNS_BY_MMS_CAMPAIGN_ID_PUT.

        Args:
            mms_campaign_id: (path, required)

            body: (body, required) The text message content that will be sent in the MMS campaign.

            from_: (body, required, ``from`` on the wire) Sender: a dedicated or own number in E.164 format, or an alphanumeric sender id of up to 11 characters (ClickSend's "sender id"; omit for a shared number).

            name: (body, required) The name of the campaign for identification and tracking purposes.

            list_id: (body, required) The ID of the contact list to send the campaign to. This must be an existing list in your ClickSend account.

            subject: (body) The MMS subject line that will be displayed to recipients.

            schedule: (body) Unix timestamp for scheduling the campaign to be sent at a future date/time. If omitted, the campaign will not be rescheduled.

            media_file: (body) URL to the media file to attach (image/video). Must be a publicly accessible URL.

        """
        result: MmsCampaign | None = await self._call(
            "update_mms_campaign",
            {
                "mms_campaign_id": mms_campaign_id,
                "body": body,
                "from": from_,
                "name": name,
                "list_id": list_id,
                "subject": subject,
                "schedule": schedule,
                "media_file": media_file,
            },
            request_timeout,
        )
        return result

    async def cancel_mms_campaign(
        self,
        *,
        mms_campaign_id: int,
        request_timeout: float | None = None,
    ) -> Any:
        """Cancel MMS Campaign

        Tool to cancel a scheduled MMS campaign in ClickSend. Use when you need to stop an MMS campaign from being
        sent. Only scheduled campaigns can be cancelled.

        ``PUT /mms-campaigns/{mms_campaign_id}/cancel``; catalogue action: CLICKSEND_MMS_CAMPAIGNS_CANCEL_BY_MMS_CAMPAIGN_ID_PUT.

        Args:
            mms_campaign_id: (path, required)

        """
        result: Any = await self._call(
            "cancel_mms_campaign",
            {
                "mms_campaign_id": mms_campaign_id,
            },
            request_timeout,
        )
        return result


class SyncMmsCampaignsResource(SyncResource):
    """The ``mms_campaigns`` operations, blocking: ``cs.mms_campaigns.<operation>(...)`` on a ``ClickSendSync``."""

    list_mms_campaigns = blocking_pages(MmsCampaignsResource.list_mms_campaigns)
    calculate_mms_campaign_price = blocking(MmsCampaignsResource.calculate_mms_campaign_price)
    send_mms_campaign = blocking(MmsCampaignsResource.send_mms_campaign)
    get_mms_campaign = blocking(MmsCampaignsResource.get_mms_campaign)
    update_mms_campaign = blocking(MmsCampaignsResource.update_mms_campaign)
    cancel_mms_campaign = blocking(MmsCampaignsResource.cancel_mms_campaign)
