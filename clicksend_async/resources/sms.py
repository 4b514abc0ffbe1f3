"""The ``sms`` operations of the ClickSend API as methods (generated from the spec: do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._blocking import SyncResource, blocking, blocking_pages
from .._resource import AsyncPaginator, Resource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.add_inbound_sms_webhook_body_webhook_type import (
        AddInboundSmsWebhookBodyWebhookType,
    )
    from ..models.delivery_receipt import DeliveryReceipt
    from ..models.delivery_receipt_page import DeliveryReceiptPage
    from ..models.export_file import ExportFile
    from ..models.inbound_sms import InboundSms
    from ..models.inbound_sms_page import InboundSmsPage
    from ..models.sms_message import SmsMessage
    from ..models.sms_message_input import SmsMessageInput
    from ..models.sms_message_page import SmsMessagePage
    from ..models.sms_send_result import SmsSendResult
    from ..models.sms_sender import SmsSender
    from ..models.sms_template import SmsTemplate
    from ..models.sms_template_page import SmsTemplatePage


class SmsResource(Resource):
    """The ``sms`` operations: ``cs.sms.<operation>(...)``."""

    async def send_sms(
        self,
        *,
        messages: list[SmsMessageInput],
        shorten_urls: bool | Unset = UNSET,
        senders: list[SmsSender] | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> SmsSendResult | None:
        """Send SMS Messages

        Tool to send one or more SMS messages via ClickSend. Use when you need to send SMS messages to recipients.
        Supports up to 1000 messages per API call and provides detailed status for each message.

        ``POST /sms/send``; catalogue action: CLICKSEND_CREATE_SMS_SEND.

        One request of at most 1000 messages, answered as ClickSend sends it. For any number, use
        the client's batched ``cs.send_sms(...)``: batches, concurrency and a per-message report.

        Args:
            messages: (body, required) List of SMS messages to send. You can post up to 1000 messages with each API call. Each message must have 'to' and 'body' fields at minimum.

            shorten_urls: (body) Shorten one URL in each message of the request (default false); the link's statistics are then under /short-url/statistics.

            senders: (body) Sender per recipient country, overriding the default senders for those countries; a message's own `from` still wins.

        """
        result: SmsSendResult | None = await self._call(
            "send_sms",
            {
                "messages": messages,
                "shorten_urls": shorten_urls,
                "senders": senders,
            },
            request_timeout,
        )
        return result

    async def calculate_sms_price(
        self,
        *,
        messages: list[SmsMessageInput],
        shorten_urls: bool | Unset = UNSET,
        senders: list[SmsSender] | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> SmsSendResult | None:
        """Calculate SMS Price

        Tool to calculate the price for sending SMS messages without actually sending them. Use when you need to
        estimate the cost of SMS messages before sending.

        ``POST /sms/price``; catalogue action: CLICKSEND_SMS_PRICE_POST.

        One request of at most 1000 messages, answered as ClickSend sends it. For any number, use
        the client's batched ``cs.price_sms(...)``: batches, concurrency and a per-message report.

        Args:
            messages: (body, required) Array of SMS message objects to calculate price for. Required - at least one message.

            shorten_urls: (body) Shorten one URL in each message of the request (default false); the link's statistics are then under /short-url/statistics.

            senders: (body) Sender per recipient country, overriding the default senders for those countries; a message's own `from` still wins.

        """
        result: SmsSendResult | None = await self._call(
            "calculate_sms_price",
            {
                "messages": messages,
                "shorten_urls": shorten_urls,
                "senders": senders,
            },
            request_timeout,
        )
        return result

    def list_sms_history(
        self,
        *,
        q: str | Unset = UNSET,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        date_to: int | Unset = UNSET,
        operator: str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        date_from: int | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[SmsMessagePage | None, SmsMessage]:
        """Get SMS History

        Tool to retrieve sent SMS message history with filtering and pagination. Use when you need to view
        previously sent SMS messages or check delivery status.

        ``GET /sms/history``; catalogue actions: CLICKSEND_GET_SMS_HISTORY, CLICKSEND_SMS_HISTORY_GET.

        Paginated: ``await`` this for one page, or ``async for`` over it for every SmsMessage of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            q: (query)

            page: (query)

            limit: (query)

            date_to: (query)

            operator: (query)

            order_by: (query)

            date_from: (query)

        """
        return self._paginate(
            "list_sms_history",
            {
                "q": q,
                "page": page,
                "limit": limit,
                "date_to": date_to,
                "operator": operator,
                "order_by": order_by,
                "date_from": date_from,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    async def export_sms_history(
        self,
        *,
        filename: str,
        request_timeout: float | None = None,
    ) -> ExportFile | None:
        """Export SMS History

        Tool to export all SMS history to a file. Use when you need to download a complete history of SMS messages
        in CSV format.

        ``GET /sms/history/export``; catalogue action: CLICKSEND_SMS_HISTORY_EXPORT_GET.

        Args:
            filename: (query, required)

        """
        result: ExportFile | None = await self._call(
            "export_sms_history",
            {
                "filename": filename,
            },
            request_timeout,
        )
        return result

    async def cancel_sms(
        self,
        *,
        message_id: str,
        request_timeout: float | None = None,
    ) -> Any:
        """Cancel Scheduled SMS

        Tool to cancel a scheduled SMS message by updating its status to cancelled. Use when you need to prevent a
        scheduled SMS from being sent.

        ``PUT /sms/{message_id}/cancel``; catalogue action: CLICKSEND_DELETE_SMS_CANCEL.

        Args:
            message_id: (path, required)

        """
        result: Any = await self._call(
            "cancel_sms",
            {
                "message_id": message_id,
            },
            request_timeout,
        )
        return result

    async def cancel_all_sms(
        self,
        *,
        custom_string: str | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> Any:
        """Cancel All Scheduled SMS

        Cancel every scheduled SMS that has not been sent yet, or with `custom_string` only those sent with it.

        ``PUT /sms/cancel-all``; catalogue action: CLICKSEND_SMS_CANCEL_ALL_PUT.

        Args:
            custom_string: (body) Cancel only the scheduled messages sent with this `custom_string` (e.g. one campaign); omit to cancel every scheduled SMS.

        """
        result: Any = await self._call(
            "cancel_all_sms",
            {
                "custom_string": custom_string,
            },
            request_timeout,
        )
        return result

    def list_inbound_sms(
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
    ) -> AsyncPaginator[InboundSmsPage | None, InboundSms]:
        """Get Inbound SMS Messages

        Tool to retrieve inbound SMS messages sent to your account. Use when you need to view messages received from
        recipients. By default, only unread messages are returned. To view inbound messages, you must first
        configure an inbound rule with the Action set to POLL in the Dashboard.

        ``GET /sms/inbound``; catalogue action: CLICKSEND_GET_SMS_INBOUND.

        Paginated: ``await`` this for one page, or ``async for`` over it for every InboundSms of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            q: (query)

            page: (query)

            limit: (query)

            operator: (query)

            order_by: (query)

        """
        return self._paginate(
            "list_inbound_sms",
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

    async def add_inbound_sms_webhook(
        self,
        *,
        url: str,
        webhook_type: AddInboundSmsWebhookBodyWebhookType | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> InboundSms | None:
        """Create Test Inbound SMS

        Tool to create a test inbound SMS webhook configuration in ClickSend. Use when you need to add a test
        inbound SMS message to verify webhook setup.

        ``POST /sms/inbound``; catalogue action: CLICKSEND_CREATE_SMS_INBOUND.

        Args:
            url: (body, required) The webhook URL where inbound SMS messages will be forwarded. Must be a valid HTTP/HTTPS URL.

            webhook_type: (body) How ClickSend calls the webhook: `post` (default) a form POST, `get` the fields as query parameters, `json` a POST of a JSON body.

        """
        result: InboundSms | None = await self._call(
            "add_inbound_sms_webhook",
            {
                "url": url,
                "webhook_type": webhook_type,
            },
            request_timeout,
        )
        return result

    async def mark_inbound_sms_read(
        self,
        *,
        date_before: float | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> Any:
        """Mark Inbound SMS as Read

        Tool to mark inbound SMS messages as read in ClickSend. Use when you need to mark all inbound SMS or inbound
        SMS received before a specific date as read. Once marked as read, messages won't appear in the View Inbound
        SMS endpoint but can still be viewed using the View Specific Inbound SMS endpoint.

        ``PUT /sms/inbound-read``; catalogue action: CLICKSEND_SMS_INBOUND_READ_PUT.

        Args:
            date_before: (body) Optional Unix timestamp. Mark all inbound SMS as read that were received before this timestamp. If not provided, all inbound messages will be marked as read. It's recommended to use the date from the last message in the GET /sms/inbound response.

        """
        result: Any = await self._call(
            "mark_inbound_sms_read",
            {
                "date_before": date_before,
            },
            request_timeout,
        )
        return result

    async def mark_inbound_sms_message_read(
        self,
        *,
        message_id: str,
        request_timeout: float | None = None,
    ) -> Any:
        """Mark Inbound SMS as Read by Message ID

        Tool to mark a specific inbound SMS message as read in ClickSend. Use when you need to mark an individual
        inbound SMS as processed. Once marked as read, the message won't appear in the View Inbound SMS endpoint but
        can still be viewed using the View Specific Inbound SMS endpoint.

        ``PUT /sms/inbound-read/{message_id}``; catalogue action: CLICKSEND_SMS_INBOUND_READ_BY_MESSAGE_ID_PUT.

        Args:
            message_id: (path, required)

        """
        result: Any = await self._call(
            "mark_inbound_sms_message_read",
            {
                "message_id": message_id,
            },
            request_timeout,
        )
        return result

    def list_sms_receipts(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[DeliveryReceiptPage | None, DeliveryReceipt]:
        """Get SMS Delivery Receipts

        Tool to retrieve SMS delivery receipts from your ClickSend account. Use when you need to poll and view SMS
        delivery status including timestamps, status codes, and error details. Requires a delivery report rule with
        Action set to POLL in the Dashboard.

        ``GET /sms/receipts``; catalogue action: CLICKSEND_GET_SMS_RECEIPTS.

        Paginated: ``await`` this for one page, or ``async for`` over it for every DeliveryReceipt of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            page: (query)

            limit: (query)

        """
        return self._paginate(
            "list_sms_receipts",
            {
                "page": page,
                "limit": limit,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    async def add_sms_receipt_webhook(
        self,
        *,
        url: str,
        request_timeout: float | None = None,
    ) -> DeliveryReceipt | None:
        """Add SMS Delivery Receipt Webhook

        Tool to add a test SMS delivery receipt webhook in ClickSend. Use when you need to configure a webhook URL
        to receive SMS delivery receipts or set it to 'poll' for manual retrieval.

        ``POST /sms/receipts``; catalogue action: CLICKSEND_CREATE_SMS_RECEIPTS.

        Args:
            url: (body, required) The webhook URL where SMS delivery receipts will be sent. Set to 'poll' to use ClickSend's system for later retrieval via the View SMS Receipt endpoint.

        """
        result: DeliveryReceipt | None = await self._call(
            "add_sms_receipt_webhook",
            {
                "url": url,
            },
            request_timeout,
        )
        return result

    async def get_sms_receipt(
        self,
        *,
        message_id: str,
        request_timeout: float | None = None,
    ) -> DeliveryReceipt | None:
        """Get SMS Receipt by Message ID

        Tool to retrieve a single SMS delivery receipt using the message identifier. Use when you need to check the
        status, delivery details, or cost of a specific SMS transmission.

        ``GET /sms/receipts/{message_id}``; catalogue action: CLICKSEND_SMS_RECEIPTS_BY_MESSAGE_ID_GET.

        Args:
            message_id: (path, required)

        """
        result: DeliveryReceipt | None = await self._call(
            "get_sms_receipt",
            {
                "message_id": message_id,
            },
            request_timeout,
        )
        return result

    async def mark_sms_receipts_read(
        self,
        *,
        date_before: int | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> Any:
        """Mark SMS Delivery Receipts as Read

        Tool to mark SMS delivery receipts as read in ClickSend. Use when you need to mark receipts as processed so
        they no longer appear in the View SMS Receipts endpoint. Optionally specify a date threshold to mark only
        receipts received before a certain time.

        ``PUT /sms/receipts-read``; catalogue actions: CLICKSEND_SMS_RECEIPTS_READ_PUT, CLICKSEND_MARK_SMS_RECEIPTS.

        Args:
            date_before: (body) Unix timestamp. Receipts received before this time will be marked as read. If not provided, all receipts will be marked as read.

        """
        result: Any = await self._call(
            "mark_sms_receipts_read",
            {
                "date_before": date_before,
            },
            request_timeout,
        )
        return result

    def list_sms_templates(
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
    ) -> AsyncPaginator[SmsTemplatePage | None, SmsTemplate]:
        """Get All SMS Templates

        Tool to retrieve all SMS templates from ClickSend account with pagination and filtering support. Use when
        you need to view available SMS templates for messaging campaigns.

        ``GET /sms/templates``; catalogue action: CLICKSEND_GET_SMS_TEMPLATES.

        Paginated: ``await`` this for one page, or ``async for`` over it for every SmsTemplate of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            q: (query)

            page: (query)

            limit: (query)

            operator: (query)

            order_by: (query)

        """
        return self._paginate(
            "list_sms_templates",
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

    async def create_sms_template(
        self,
        *,
        body: str,
        template_name: str,
        request_timeout: float | None = None,
    ) -> SmsTemplate | None:
        """Create SMS Template

        Tool to create a new SMS template for reuse in campaigns. Use when you need to save an SMS message as a
        reusable template.

        ``POST /sms/templates``; catalogue action: CLICKSEND_CREATE_SMS_TEMPLATES.

        Args:
            body: (body, required) The content/message text of the SMS template. This is the actual SMS message content that will be sent when using this template.

            template_name: (body, required) The name of the SMS template. This is a user-defined name that will identify your custom template.

        """
        result: SmsTemplate | None = await self._call(
            "create_sms_template",
            {
                "body": body,
                "template_name": template_name,
            },
            request_timeout,
        )
        return result

    async def get_sms_template(
        self,
        *,
        template_id: int,
        request_timeout: float | None = None,
    ) -> SmsTemplate | None:
        """Get SMS Template

        One SMS template.

        ``GET /sms/templates/{template_id}``.

        Args:
            template_id: (path, required)

        """
        result: SmsTemplate | None = await self._call(
            "get_sms_template",
            {
                "template_id": template_id,
            },
            request_timeout,
        )
        return result

    async def update_sms_template(
        self,
        *,
        template_id: int,
        body: str | Unset = UNSET,
        template_name: str | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> SmsTemplate | None:
        """Update SMS Template

        Tool to update an existing SMS template in ClickSend. Use when you need to modify the name or body content
        of an SMS template.

        ``PUT /sms/templates/{template_id}``; catalogue actions: CLICKSEND_SMS_TEMPLATES_BY_TEMPLATE_ID_PUT, CLICKSEND_UPDATE_SMS_TEMPLATES.

        Args:
            template_id: (path, required)

            body: (body) The text content of the SMS template. This is the body content that will be used when sending SMS messages using this template. If not provided, the existing body will be retained.

            template_name: (body) The new name for the template. If not provided, the existing name will be retained.

        """
        result: SmsTemplate | None = await self._call(
            "update_sms_template",
            {
                "template_id": template_id,
                "body": body,
                "template_name": template_name,
            },
            request_timeout,
        )
        return result

    async def delete_sms_template(
        self,
        *,
        template_id: int,
        request_timeout: float | None = None,
    ) -> Any:
        """Delete SMS Template

        Tool to delete an SMS template by its template ID. Use when you need to remove a specific SMS template from
        your account.

        ``DELETE /sms/templates/{template_id}``; catalogue actions: CLICKSEND_DELETE_SMS_TEMPLATES, CLICKSEND_SMS_TEMPLATES_BY_TEMPLATE_ID_DELETE.

        Args:
            template_id: (path, required)

        """
        result: Any = await self._call(
            "delete_sms_template",
            {
                "template_id": template_id,
            },
            request_timeout,
        )
        return result

    async def get_inbound_sms(
        self,
        *,
        original_message_id: str,
        request_timeout: float | None = None,
    ) -> InboundSms | None:
        """Get Inbound SMS

        One received SMS, by the message_id of the message it answers (or its own message_id).

        ``GET /sms/inbound/{original_message_id}``.

        Args:
            original_message_id: (path, required)

        """
        result: InboundSms | None = await self._call(
            "get_inbound_sms",
            {
                "original_message_id": original_message_id,
            },
            request_timeout,
        )
        return result


class SyncSmsResource(SyncResource):
    """The ``sms`` operations, blocking: ``cs.sms.<operation>(...)`` on a ``ClickSendSync``."""

    send_sms = blocking(SmsResource.send_sms)
    calculate_sms_price = blocking(SmsResource.calculate_sms_price)
    list_sms_history = blocking_pages(SmsResource.list_sms_history)
    export_sms_history = blocking(SmsResource.export_sms_history)
    cancel_sms = blocking(SmsResource.cancel_sms)
    cancel_all_sms = blocking(SmsResource.cancel_all_sms)
    list_inbound_sms = blocking_pages(SmsResource.list_inbound_sms)
    add_inbound_sms_webhook = blocking(SmsResource.add_inbound_sms_webhook)
    mark_inbound_sms_read = blocking(SmsResource.mark_inbound_sms_read)
    mark_inbound_sms_message_read = blocking(SmsResource.mark_inbound_sms_message_read)
    list_sms_receipts = blocking_pages(SmsResource.list_sms_receipts)
    add_sms_receipt_webhook = blocking(SmsResource.add_sms_receipt_webhook)
    get_sms_receipt = blocking(SmsResource.get_sms_receipt)
    mark_sms_receipts_read = blocking(SmsResource.mark_sms_receipts_read)
    list_sms_templates = blocking_pages(SmsResource.list_sms_templates)
    create_sms_template = blocking(SmsResource.create_sms_template)
    get_sms_template = blocking(SmsResource.get_sms_template)
    update_sms_template = blocking(SmsResource.update_sms_template)
    delete_sms_template = blocking(SmsResource.delete_sms_template)
    get_inbound_sms = blocking(SmsResource.get_inbound_sms)
