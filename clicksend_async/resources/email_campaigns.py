"""The ``email_campaigns`` operations of the ClickSend API as methods (generated from the spec: do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._blocking import SyncResource, blocking, blocking_pages
from .._resource import AsyncPaginator, Resource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_campaign import EmailCampaign
    from ..models.email_campaign_page import EmailCampaignPage
    from ..models.email_campaign_recipient import EmailCampaignRecipient
    from ..models.email_campaign_recipient_page import EmailCampaignRecipientPage
    from ..models.email_campaign_result import EmailCampaignResult
    from ..models.export_file import ExportFile


class EmailCampaignsResource(Resource):
    """The ``email_campaigns`` operations: ``cs.email_campaigns.<operation>(...)``."""

    async def get_email_campaign(
        self,
        *,
        email_campaign_id: int,
        request_timeout: float | None = None,
    ) -> EmailCampaign | None:
        """Get Email Campaign

        Tool to retrieve details of a specific email campaign by its ID. Use when you need to view campaign
        configuration, content, and delivery statistics including sends, opens, clicks, and bounces.

        ``GET /email-campaigns/{email_campaign_id}``; catalogue action: CLICKSEND_EMAIL_CAMPAIGN_GET.

        Args:
            email_campaign_id: (path, required)

        """
        result: EmailCampaign | None = await self._call(
            "get_email_campaign",
            {
                "email_campaign_id": email_campaign_id,
            },
            request_timeout,
        )
        return result

    async def update_email_campaign(
        self,
        *,
        email_campaign_id: int,
        name: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        body: str | Unset = UNSET,
        from_email_address_id: int | Unset = UNSET,
        from_name: str | Unset = UNSET,
        list_id: int | Unset = UNSET,
        template_id: int | Unset = UNSET,
        schedule: int | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> EmailCampaign | None:
        """Update Email Campaign

        Change a scheduled email campaign before it goes out.

        ``PUT /email-campaigns/{email_campaign_id}``.

        Args:
            email_campaign_id: (path, required)

            name: (body) Name of the campaign (not shown to recipients).

            subject: (body) Subject line.

            body: (body) The message, HTML.

            from_email_address_id: (body) Id of a verified allowed address to send from.

            from_name: (body) Display name of the sender.

            list_id: (body) The contact list to send to.

            template_id: (body) Id of an email template the body is based on.

            schedule: (body) When to send, as a Unix timestamp; omit to send now.

        """
        result: EmailCampaign | None = await self._call(
            "update_email_campaign",
            {
                "email_campaign_id": email_campaign_id,
                "name": name,
                "subject": subject,
                "body": body,
                "from_email_address_id": from_email_address_id,
                "from_name": from_name,
                "list_id": list_id,
                "template_id": template_id,
                "schedule": schedule,
            },
            request_timeout,
        )
        return result

    def list_email_campaigns(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[EmailCampaignPage | None, EmailCampaign]:
        """List Email Campaigns

        The account's email campaigns with their delivery counters.

        ``GET /email-campaigns``.

        Paginated: ``await`` this for one page, or ``async for`` over it for every EmailCampaign of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            page: (query)

            limit: (query)

        """
        return self._paginate(
            "list_email_campaigns",
            {
                "page": page,
                "limit": limit,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    async def calculate_email_campaign_price(
        self,
        *,
        name: str,
        subject: str,
        body: str,
        from_email_address_id: int,
        from_name: str,
        list_id: int,
        template_id: int | Unset = UNSET,
        schedule: int | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> EmailCampaignResult | None:
        """Calculate Email Campaign Price

        What sending the campaign to its list would cost, without sending it.

        ``POST /email-campaigns/price``.

        Args:
            name: (body, required) Name of the campaign (not shown to recipients).

            subject: (body, required) Subject line.

            body: (body, required) The message, HTML.

            from_email_address_id: (body, required) Id of a verified allowed address to send from.

            from_name: (body, required) Display name of the sender.

            list_id: (body, required) The contact list to send to.

            template_id: (body) Id of an email template the body is based on.

            schedule: (body) When to send, as a Unix timestamp; omit to send now.

        """
        result: EmailCampaignResult | None = await self._call(
            "calculate_email_campaign_price",
            {
                "name": name,
                "subject": subject,
                "body": body,
                "from_email_address_id": from_email_address_id,
                "from_name": from_name,
                "list_id": list_id,
                "template_id": template_id,
                "schedule": schedule,
            },
            request_timeout,
        )
        return result

    async def send_email_campaign(
        self,
        *,
        name: str,
        subject: str,
        body: str,
        from_email_address_id: int,
        from_name: str,
        list_id: int,
        template_id: int | Unset = UNSET,
        schedule: int | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> EmailCampaignResult | None:
        """Send Email Campaign

        Send (or schedule) an email to every contact of a list.

        ``POST /email-campaigns/send``.

        Args:
            name: (body, required) Name of the campaign (not shown to recipients).

            subject: (body, required) Subject line.

            body: (body, required) The message, HTML.

            from_email_address_id: (body, required) Id of a verified allowed address to send from.

            from_name: (body, required) Display name of the sender.

            list_id: (body, required) The contact list to send to.

            template_id: (body) Id of an email template the body is based on.

            schedule: (body) When to send, as a Unix timestamp; omit to send now.

        """
        result: EmailCampaignResult | None = await self._call(
            "send_email_campaign",
            {
                "name": name,
                "subject": subject,
                "body": body,
                "from_email_address_id": from_email_address_id,
                "from_name": from_name,
                "list_id": list_id,
                "template_id": template_id,
                "schedule": schedule,
            },
            request_timeout,
        )
        return result

    async def cancel_email_campaign(
        self,
        *,
        email_campaign_id: int,
        request_timeout: float | None = None,
    ) -> EmailCampaign | None:
        """Cancel Email Campaign

        Cancel a scheduled email campaign; its price is refunded.

        ``PUT /email-campaigns/{email_campaign_id}/cancel``.

        Args:
            email_campaign_id: (path, required)

        """
        result: EmailCampaign | None = await self._call(
            "cancel_email_campaign",
            {
                "email_campaign_id": email_campaign_id,
            },
            request_timeout,
        )
        return result

    def list_email_campaign_history(
        self,
        *,
        email_campaign_id: int,
        date_from: int | Unset = UNSET,
        date_to: int | Unset = UNSET,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[EmailCampaignRecipientPage | None, EmailCampaignRecipient]:
        """Get Email Campaign History

        Each recipient of an email campaign, with opens, clicks and bounces.

        ``GET /email-campaigns/{email_campaign_id}/history``.

        Paginated: ``await`` this for one page, or ``async for`` over it for every EmailCampaignRecipient of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            email_campaign_id: (path, required)

            date_from: (query)

            date_to: (query)

            page: (query)

            limit: (query)

        """
        return self._paginate(
            "list_email_campaign_history",
            {
                "email_campaign_id": email_campaign_id,
                "date_from": date_from,
                "date_to": date_to,
                "page": page,
                "limit": limit,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    async def export_email_campaign_history(
        self,
        *,
        email_campaign_id: int,
        filename: str | Unset = UNSET,
        date_from: int | Unset = UNSET,
        date_to: int | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> ExportFile | None:
        """Export Email Campaign History

        A download link to the recipients of an email campaign as a CSV file.

        ``GET /email-campaigns/{email_campaign_id}/history/export``.

        Args:
            email_campaign_id: (path, required)

            filename: (query)

            date_from: (query)

            date_to: (query)

        """
        result: ExportFile | None = await self._call(
            "export_email_campaign_history",
            {
                "email_campaign_id": email_campaign_id,
                "filename": filename,
                "date_from": date_from,
                "date_to": date_to,
            },
            request_timeout,
        )
        return result


class SyncEmailCampaignsResource(SyncResource):
    """The ``email_campaigns`` operations, blocking: ``cs.email_campaigns.<operation>(...)`` on a ``ClickSendSync``."""

    get_email_campaign = blocking(EmailCampaignsResource.get_email_campaign)
    update_email_campaign = blocking(EmailCampaignsResource.update_email_campaign)
    list_email_campaigns = blocking_pages(EmailCampaignsResource.list_email_campaigns)
    calculate_email_campaign_price = blocking(EmailCampaignsResource.calculate_email_campaign_price)
    send_email_campaign = blocking(EmailCampaignsResource.send_email_campaign)
    cancel_email_campaign = blocking(EmailCampaignsResource.cancel_email_campaign)
    list_email_campaign_history = blocking_pages(EmailCampaignsResource.list_email_campaign_history)
    export_email_campaign_history = blocking(EmailCampaignsResource.export_email_campaign_history)
