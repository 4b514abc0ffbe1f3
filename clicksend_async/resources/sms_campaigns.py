"""The ``sms_campaigns`` operations of the ClickSend API as methods (generated from the spec: do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._blocking import SyncResource, blocking, blocking_pages
from .._resource import AsyncPaginator, Resource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_price import CampaignPrice
    from ..models.export_file import ExportFile
    from ..models.short_url_open import ShortUrlOpen
    from ..models.sms_campaign import SmsCampaign
    from ..models.sms_campaign_link_statistics import SmsCampaignLinkStatistics
    from ..models.sms_campaign_link_tracking_page import SmsCampaignLinkTrackingPage
    from ..models.sms_campaign_page import SmsCampaignPage


class SmsCampaignsResource(Resource):
    """The ``sms_campaigns`` operations: ``cs.sms_campaigns.<operation>(...)``."""

    def list_sms_campaigns(
        self,
        *,
        q: str | Unset = UNSET,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[SmsCampaignPage | None, SmsCampaign]:
        """Get SMS Campaigns List

        Tool to retrieve all SMS campaigns with pagination and statistics breakdown. Use when you need to view
        campaign statistics and performance data for management or reporting purposes.

        ``GET /sms-campaigns``; catalogue action: CLICKSEND_GET_SMS_CAMPAIGNS3.

        Paginated: ``await`` this for one page, or ``async for`` over it for every SmsCampaign of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            q: (query)

            page: (query)

            limit: (query)

        """
        return self._paginate(
            "list_sms_campaigns",
            {
                "q": q,
                "page": page,
                "limit": limit,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    async def get_sms_campaign(
        self,
        *,
        sms_campaign_id: int,
        request_timeout: float | None = None,
    ) -> SmsCampaign | None:
        """Get SMS Campaign

        Tool to retrieve details of a specific SMS campaign by its ID. Use when you need to view campaign
        configuration, message content, scheduling details, and current status.

        ``GET /sms-campaigns/{sms_campaign_id}``; catalogue action: CLICKSEND_GET_SMS_CAMPAIGNS.

        Args:
            sms_campaign_id: (path, required)

        """
        result: SmsCampaign | None = await self._call(
            "get_sms_campaign",
            {
                "sms_campaign_id": sms_campaign_id,
            },
            request_timeout,
        )
        return result

    async def update_sms_campaign(
        self,
        *,
        sms_campaign_id: int,
        body: str,
        name: str,
        list_id: int,
        from_: str | Unset = UNSET,
        schedule: int | Unset = UNSET,
        url_to_shorten: str | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> SmsCampaign | None:
        """Update SMS Campaign

        Tool to update an existing SMS campaign. Use when you need to modify campaign details such as name, message
        content, contact list, sender ID, or schedule.

        ``PUT /sms-campaigns/{sms_campaign_id}``; catalogue action: CLICKSEND_UPDATE_SMS_CAMPAIGNS.

        Args:
            sms_campaign_id: (path, required)

            body: (body, required) The message content for your campaign. This is the SMS text that will be sent to contacts.

            name: (body, required) The title assigned to your campaign. This will replace the existing campaign name.

            list_id: (body, required) Identifier for your contact list. The contact list that the campaign should use.

            from_: (body, ``from`` on the wire) Sender: a dedicated or own number in E.164 format, or an alphanumeric sender id of up to 11 characters (ClickSend's "sender id"; omit for a shared number).

            schedule: (body) Unix timestamp for when to send the campaign. Defaults to 0 for immediate sending. Use a future timestamp to schedule the campaign.

            url_to_shorten: (body) A URL to compress and include in the message. Insert placeholder text in body where the shortened URL should appear.

        """
        result: SmsCampaign | None = await self._call(
            "update_sms_campaign",
            {
                "sms_campaign_id": sms_campaign_id,
                "body": body,
                "name": name,
                "list_id": list_id,
                "from": from_,
                "schedule": schedule,
                "url_to_shorten": url_to_shorten,
            },
            request_timeout,
        )
        return result

    async def calculate_sms_campaign_price(
        self,
        *,
        body: str,
        name: str,
        list_id: int,
        from_: str | Unset = UNSET,
        schedule: int | Unset = UNSET,
        url_to_shorten: str | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> CampaignPrice | None:
        """Calculate SMS Campaign Price

        Tool to calculate the price for an SMS campaign before sending. Use when you need to estimate costs for an
        SMS campaign to a contact list. Pricing depends on the number of recipients, message length, and destination
        countries.

        ``POST /sms-campaigns/price``; catalogue action: CLICKSEND_CALCULATE_SMS_CAMPAIGNS_PRICE.

        Args:
            body: (body, required) Your campaign message content. Use placeholders like (First Name) for personalization. Required field.

            name: (body, required) Your campaign name for identification. Required field.

            list_id: (body, required) Your contact list ID containing the campaign recipients. Required field.

            from_: (body, ``from`` on the wire) Sender: a dedicated or own number in E.164 format, or an alphanumeric sender id of up to 11 characters (ClickSend's "sender id"; omit for a shared number).

            schedule: (body) Unix timestamp for scheduling the campaign. Defaults to 0 for immediate sending. Optional field.

            url_to_shorten: (body) URL requiring shortening. Add 'http://smsg.io/xxxxx' as placeholder in message body where shortened link should appear. Optional field.

        """
        result: CampaignPrice | None = await self._call(
            "calculate_sms_campaign_price",
            {
                "body": body,
                "name": name,
                "list_id": list_id,
                "from": from_,
                "schedule": schedule,
                "url_to_shorten": url_to_shorten,
            },
            request_timeout,
        )
        return result

    async def send_sms_campaign(
        self,
        *,
        body: str,
        name: str,
        list_id: int,
        from_: str | Unset = UNSET,
        schedule: int | Unset = UNSET,
        url_to_shorten: str | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> SmsCampaign | None:
        """Create and Send SMS Campaign

        Tool to create and send an SMS campaign to a contact list. Use when you need to send bulk SMS messages to up
        to 20,000 recipients per call. Marketing messages must include opt-out mechanism.

        ``POST /sms-campaigns/send``; catalogue action: CLICKSEND_CREATE_SMS_CAMPAIGNS_SEND.

        Args:
            body: (body, required) The message content to send. Must include opt-out mechanism for marketing messages (e.g., 'Reply STOP to opt-out' or use StopMsg.me/xxxxx placeholder).

            name: (body, required) The name of the SMS campaign for identification and tracking purposes.

            list_id: (body, required) The ID of the contact list to send the campaign to. Use View Contact List endpoint to see available lists.

            from_: (body, ``from`` on the wire) Sender: a dedicated or own number in E.164 format, or an alphanumeric sender id of up to 11 characters (ClickSend's "sender id"; omit for a shared number).

            schedule: (body) UNIX timestamp for scheduling the campaign. Defaults to 0 (send immediately).

            url_to_shorten: (body) URL to be shortened. Use http://smsg.io/xxxxx as placeholder in the message body where the shortened link should appear.

        """
        result: SmsCampaign | None = await self._call(
            "send_sms_campaign",
            {
                "body": body,
                "name": name,
                "list_id": list_id,
                "from": from_,
                "schedule": schedule,
                "url_to_shorten": url_to_shorten,
            },
            request_timeout,
        )
        return result

    async def cancel_sms_campaign(
        self,
        *,
        sms_campaign_id: int,
        request_timeout: float | None = None,
    ) -> Any:
        """Cancel SMS Campaign

        Tool to cancel a scheduled SMS campaign in ClickSend. Use when you need to stop an SMS campaign from being
        sent. Only scheduled campaigns can be cancelled.

        ``PUT /sms-campaigns/{sms_campaign_id}/cancel``; catalogue action: CLICKSEND_SMS_CAMPAIGNS_CANCEL_BY_SMS_CAMPAIGN_ID_PUT.

        Args:
            sms_campaign_id: (path, required)

        """
        result: Any = await self._call(
            "cancel_sms_campaign",
            {
                "sms_campaign_id": sms_campaign_id,
            },
            request_timeout,
        )
        return result

    async def get_sms_campaign_link_statistics(
        self,
        *,
        sms_campaign_id: int,
        request_timeout: float | None = None,
    ) -> SmsCampaignLinkStatistics | None:
        """Get SMS Campaign Link Statistics

        How the recipients of an SMS campaign opened its tracked link: opened and unopened counts, and opens by
        device, operating system, browser and country.

        ``GET /sms-campaigns/{sms_campaign_id}/link-statistics``.

        Args:
            sms_campaign_id: (path, required)

        """
        result: SmsCampaignLinkStatistics | None = await self._call(
            "get_sms_campaign_link_statistics",
            {
                "sms_campaign_id": sms_campaign_id,
            },
            request_timeout,
        )
        return result

    def list_sms_campaign_link_tracking(
        self,
        *,
        sms_campaign_id: int,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[SmsCampaignLinkTrackingPage | None, ShortUrlOpen]:
        """List SMS Campaign Link Tracking

        Each recipient of an SMS campaign and how they opened its tracked link (open_count 0 and no date_opened for
        those who did not), a page at a time.

        ``GET /sms-campaigns/{sms_campaign_id}/link-tracking``.

        Paginated: ``await`` this for one page, or ``async for`` over it for every ShortUrlOpen of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            sms_campaign_id: (path, required)

            page: (query)

            limit: (query)

        """
        return self._paginate(
            "list_sms_campaign_link_tracking",
            {
                "sms_campaign_id": sms_campaign_id,
                "page": page,
                "limit": limit,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    async def export_sms_campaign_link_tracking(
        self,
        *,
        sms_campaign_id: int,
        filename: str,
        request_timeout: float | None = None,
    ) -> ExportFile | None:
        """Export SMS Campaign Link Tracking

        Export the link tracking of an SMS campaign to a CSV file; the answer gives the URL to download it from.

        ``GET /sms-campaigns/{sms_campaign_id}/link-export``.

        Args:
            sms_campaign_id: (path, required)

            filename: (query, required)

        """
        result: ExportFile | None = await self._call(
            "export_sms_campaign_link_tracking",
            {
                "sms_campaign_id": sms_campaign_id,
                "filename": filename,
            },
            request_timeout,
        )
        return result


class SyncSmsCampaignsResource(SyncResource):
    """The ``sms_campaigns`` operations, blocking: ``cs.sms_campaigns.<operation>(...)`` on a ``ClickSendSync``."""

    list_sms_campaigns = blocking_pages(SmsCampaignsResource.list_sms_campaigns)
    get_sms_campaign = blocking(SmsCampaignsResource.get_sms_campaign)
    update_sms_campaign = blocking(SmsCampaignsResource.update_sms_campaign)
    calculate_sms_campaign_price = blocking(SmsCampaignsResource.calculate_sms_campaign_price)
    send_sms_campaign = blocking(SmsCampaignsResource.send_sms_campaign)
    cancel_sms_campaign = blocking(SmsCampaignsResource.cancel_sms_campaign)
    get_sms_campaign_link_statistics = blocking(SmsCampaignsResource.get_sms_campaign_link_statistics)
    list_sms_campaign_link_tracking = blocking_pages(SmsCampaignsResource.list_sms_campaign_link_tracking)
    export_sms_campaign_link_tracking = blocking(SmsCampaignsResource.export_sms_campaign_link_tracking)
