"""The ``fax`` operations of the ClickSend API as methods (generated from the spec: do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._blocking import SyncResource, blocking, blocking_pages
from .._resource import AsyncPaginator, Resource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delivery_receipt import DeliveryReceipt
    from ..models.delivery_receipt_page import DeliveryReceiptPage
    from ..models.export_file import ExportFile
    from ..models.fax_message import FaxMessage
    from ..models.fax_message_input import FaxMessageInput
    from ..models.fax_message_page import FaxMessagePage
    from ..models.fax_send_result import FaxSendResult


class FaxResource(Resource):
    """The ``fax`` operations: ``cs.fax.<operation>(...)``."""

    def list_fax_receipts(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[DeliveryReceiptPage | None, DeliveryReceipt]:
        """Get Fax Delivery Receipts

        Tool to retrieve fax delivery receipts from your ClickSend account. Use when you need to view fax
        transmission details including delivery status, pricing, and recipient information. Supports pagination.

        ``GET /fax/receipts``; catalogue action: CLICKSEND_GET_FAX_RECEIPTS.

        Paginated: ``await`` this for one page, or ``async for`` over it for every DeliveryReceipt of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            page: (query)

            limit: (query)

        """
        return self._paginate(
            "list_fax_receipts",
            {
                "page": page,
                "limit": limit,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    async def add_fax_receipt_webhook(
        self,
        *,
        url: str,
        request_timeout: float | None = None,
    ) -> DeliveryReceipt | None:
        """Add Fax Delivery Receipt Webhook

        Tool to add a webhook URL for fax delivery receipt notifications. Use when you need to configure an endpoint
        to receive real-time fax delivery status updates.

        ``POST /fax/receipts``; catalogue action: CLICKSEND_CREATE_FAX_RECEIPTS.

        Args:
            url: (body, required) Your webhook URL where fax delivery receipt notifications will be sent. ClickSend will POST delivery status updates to this endpoint when faxes are delivered.

        """
        result: DeliveryReceipt | None = await self._call(
            "add_fax_receipt_webhook",
            {
                "url": url,
            },
            request_timeout,
        )
        return result

    async def get_fax_receipt(
        self,
        *,
        message_id: str,
        request_timeout: float | None = None,
    ) -> DeliveryReceipt | None:
        """Get Fax Receipt by Message ID

        Tool to retrieve a single fax delivery receipt using the message identifier. Use when you need to check the
        status, delivery details, or cost of a specific fax transmission.

        ``GET /fax/receipts/{message_id}``; catalogue action: CLICKSEND_FAX_RECEIPTS_BY_MESSAGE_ID_GET.

        Args:
            message_id: (path, required)

        """
        result: DeliveryReceipt | None = await self._call(
            "get_fax_receipt",
            {
                "message_id": message_id,
            },
            request_timeout,
        )
        return result

    async def mark_fax_receipts_read(
        self,
        *,
        date_before: float | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> Any:
        """Mark Fax Receipts as Read

        Tool to mark fax delivery receipts as read in ClickSend. Use when you need to mark all receipts or receipts
        before a specific date as read. Optionally provide a Unix timestamp to mark only receipts created before
        that time.

        ``PUT /fax/receipts-read``; catalogue action: CLICKSEND_FAX_RECEIPTS_READ_PUT.

        Args:
            date_before: (body) Optional Unix timestamp. Mark all receipts as read that were created before this timestamp. If not provided, all receipts will be marked as read.

        """
        result: Any = await self._call(
            "mark_fax_receipts_read",
            {
                "date_before": date_before,
            },
            request_timeout,
        )
        return result

    async def send_fax(
        self,
        *,
        file_url: str,
        messages: list[FaxMessageInput],
        request_timeout: float | None = None,
    ) -> FaxSendResult | None:
        """Send Fax

        Fax a PDF document to one or more numbers.

        ``POST /fax/send``.

        Args:
            file_url: (body, required) URL of the PDF document to fax (e.g. from POST /uploads).

            messages: (body, required) The recipients, each with its own options.

        """
        result: FaxSendResult | None = await self._call(
            "send_fax",
            {
                "file_url": file_url,
                "messages": messages,
            },
            request_timeout,
        )
        return result

    async def calculate_fax_price(
        self,
        *,
        file_url: str,
        messages: list[FaxMessageInput],
        request_timeout: float | None = None,
    ) -> FaxSendResult | None:
        """Calculate Fax Price

        What faxing the document would cost, without sending it.

        ``POST /fax/price``.

        Args:
            file_url: (body, required) URL of the PDF document to fax (e.g. from POST /uploads).

            messages: (body, required) The recipients, each with its own options.

        """
        result: FaxSendResult | None = await self._call(
            "calculate_fax_price",
            {
                "file_url": file_url,
                "messages": messages,
            },
            request_timeout,
        )
        return result

    def list_fax_history(
        self,
        *,
        q: str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        date_from: int | Unset = UNSET,
        date_to: int | Unset = UNSET,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[FaxMessagePage | None, FaxMessage]:
        """Get Fax History

        Faxes sent by the account.

        ``GET /fax/history``.

        Paginated: ``await`` this for one page, or ``async for`` over it for every FaxMessage of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            q: (query)

            order_by: (query)

            date_from: (query)

            date_to: (query)

            page: (query)

            limit: (query)

        """
        return self._paginate(
            "list_fax_history",
            {
                "q": q,
                "order_by": order_by,
                "date_from": date_from,
                "date_to": date_to,
                "page": page,
                "limit": limit,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    async def export_fax_history(
        self,
        *,
        filename: str,
        request_timeout: float | None = None,
    ) -> ExportFile | None:
        """Export Fax History

        Export the fax history to a CSV file; the answer gives the URL to download it from.

        ``GET /fax/history/export``.

        Args:
            filename: (query, required)

        """
        result: ExportFile | None = await self._call(
            "export_fax_history",
            {
                "filename": filename,
            },
            request_timeout,
        )
        return result


class SyncFaxResource(SyncResource):
    """The ``fax`` operations, blocking: ``cs.fax.<operation>(...)`` on a ``ClickSendSync``."""

    list_fax_receipts = blocking_pages(FaxResource.list_fax_receipts)
    add_fax_receipt_webhook = blocking(FaxResource.add_fax_receipt_webhook)
    get_fax_receipt = blocking(FaxResource.get_fax_receipt)
    mark_fax_receipts_read = blocking(FaxResource.mark_fax_receipts_read)
    send_fax = blocking(FaxResource.send_fax)
    calculate_fax_price = blocking(FaxResource.calculate_fax_price)
    list_fax_history = blocking_pages(FaxResource.list_fax_history)
    export_fax_history = blocking(FaxResource.export_fax_history)
