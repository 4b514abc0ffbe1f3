"""The ``delivery_issues`` operations of the ClickSend API as methods (generated from the spec: do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._blocking import SyncResource, blocking, blocking_pages
from .._resource import AsyncPaginator, Resource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delivery_issue import DeliveryIssue
    from ..models.delivery_issue_page import DeliveryIssuePage


class DeliveryIssuesResource(Resource):
    """The ``delivery_issues`` operations: ``cs.delivery_issues.<operation>(...)``."""

    def list_delivery_issues(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[DeliveryIssuePage | None, DeliveryIssue]:
        """Get All Delivery Issues

        Tool to retrieve all delivery issues from your ClickSend account. Use when you need to view or investigate
        problems with message delivery. Supports pagination for handling large result sets.

        ``GET /delivery-issues``; catalogue action: CLICKSEND_GET_DELIVERY_ISSUES.

        Paginated: ``await`` this for one page, or ``async for`` over it for every DeliveryIssue of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            page: (query)

            limit: (query)

        """
        return self._paginate(
            "list_delivery_issues",
            {
                "page": page,
                "limit": limit,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    async def create_delivery_issue(
        self,
        *,
        type_: str,
        description: str,
        email_address: str,
        message_id: str | Unset = UNSET,
        client_comments: str | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> DeliveryIssue | None:
        """Create Delivery Issue

        Tool to create a delivery issue report in ClickSend. Use when you need to report problems with message
        delivery such as messages not being received or delivery failures.

        ``POST /delivery-issues``; catalogue action: CLICKSEND_CREATE_DELIVERY_ISSUES.

        Args:
            type_: (body, required, ``type`` on the wire) The type of message. Required. Must be one of: SMS, MMS, VOICE, EMAIL_MARKETING, EMAIL_TRANSACTIONAL, FAX, POST.

            description: (body, required) The description of the delivery issue. Required field explaining what went wrong with the message delivery.

            email_address: (body, required) The user's email address for contact regarding this delivery issue. Required field.

            message_id: (body) The message ID of the message. Optional field to reference a specific message.

            client_comments: (body) Optional comments from the user providing additional context about the delivery issue.

        """
        result: DeliveryIssue | None = await self._call(
            "create_delivery_issue",
            {
                "type": type_,
                "description": description,
                "email_address": email_address,
                "message_id": message_id,
                "client_comments": client_comments,
            },
            request_timeout,
        )
        return result


class SyncDeliveryIssuesResource(SyncResource):
    """The ``delivery_issues`` operations, blocking: ``cs.delivery_issues.<operation>(...)`` on a ``ClickSendSync``."""

    list_delivery_issues = blocking_pages(DeliveryIssuesResource.list_delivery_issues)
    create_delivery_issue = blocking(DeliveryIssuesResource.create_delivery_issue)
