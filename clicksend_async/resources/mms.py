"""The ``mms`` operations of the ClickSend API as methods (generated from the spec: do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._blocking import SyncResource, blocking, blocking_pages
from .._resource import AsyncPaginator, Resource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delivery_receipt import DeliveryReceipt
    from ..models.delivery_receipt_page import DeliveryReceiptPage
    from ..models.export_file import ExportFile
    from ..models.mms_message import MmsMessage
    from ..models.mms_message_input import MmsMessageInput
    from ..models.mms_message_page import MmsMessagePage
    from ..models.mms_send_result import MmsSendResult


class MmsResource(Resource):
    """The ``mms`` operations: ``cs.mms.<operation>(...)``."""

    async def send_mms(
        self,
        *,
        messages: list[MmsMessageInput],
        media_file: str,
        request_timeout: float | None = None,
    ) -> MmsSendResult | None:
        """Send MMS Messages

        Tool to send MMS messages with media attachments to recipients. Use when you need to send multimedia
        messages with images or media files to one or more phone numbers.

        ``POST /mms/send``; catalogue action: CLICKSEND_CREATE_MMS_SEND.

        One request of at most 1000 messages, answered as ClickSend sends it. For any number, use
        the client's batched ``cs.send_mms(...)``: batches, concurrency and a per-message report.

        Args:
            messages: (body, required) Array of MMS message objects to send. Required - at least one message, maximum 1000 messages per API call.

            media_file: (body, required) Publicly accessible URL to the media file/image to be sent with the MMS. Must be a valid URL. Maximum file size: 250 kB (some older devices limited to 30 kB). Required.

        """
        result: MmsSendResult | None = await self._call(
            "send_mms",
            {
                "messages": messages,
                "media_file": media_file,
            },
            request_timeout,
        )
        return result

    async def calculate_mms_price(
        self,
        *,
        messages: list[MmsMessageInput],
        media_file: str,
        request_timeout: float | None = None,
    ) -> MmsSendResult | None:
        """Calculate MMS Price

        Tool to calculate the price for sending MMS messages without actually sending them. Use when you need to
        estimate the cost of MMS messages before sending.

        ``POST /mms/price``; catalogue action: CLICKSEND_MMS_PRICE_POST.

        One request of at most 1000 messages, answered as ClickSend sends it. For any number, use
        the client's batched ``cs.price_mms(...)``: batches, concurrency and a per-message report.

        Args:
            messages: (body, required) Array of message objects to calculate price for. Required - at least one message.

            media_file: (body, required) URL of the media file to send with the MMS (e.g., image URL). Required.

        """
        result: MmsSendResult | None = await self._call(
            "calculate_mms_price",
            {
                "messages": messages,
                "media_file": media_file,
            },
            request_timeout,
        )
        return result

    def list_mms_history(
        self,
        *,
        q: str | Unset = UNSET,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        date_to: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        date_from: int | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[MmsMessagePage | None, MmsMessage]:
        """Export MMS History

        Tool to export MMS message history with filtering, ordering, and pagination. Use when you need to retrieve
        historical MMS messages with custom sorting options.

        ``GET /mms/history``; catalogue actions: CLICKSEND_GET_MMS_HISTORY, CLICKSEND_MMS_HISTORY_GET.

        Paginated: ``await`` this for one page, or ``async for`` over it for every MmsMessage of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            q: (query)

            page: (query)

            limit: (query)

            date_to: (query)

            order_by: (query)

            date_from: (query)

        """
        return self._paginate(
            "list_mms_history",
            {
                "q": q,
                "page": page,
                "limit": limit,
                "date_to": date_to,
                "order_by": order_by,
                "date_from": date_from,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    async def export_mms_history(
        self,
        *,
        filename: str,
        request_timeout: float | None = None,
    ) -> ExportFile | None:
        """Export MMS History

        Tool to export all MMS history to a file. Use when you need to download a complete history of MMS messages
        in CSV format.

        ``GET /mms/history/export``; catalogue action: CLICKSEND_MMS_HISTORY_EXPORT_GET.

        Args:
            filename: (query, required)

        """
        result: ExportFile | None = await self._call(
            "export_mms_history",
            {
                "filename": filename,
            },
            request_timeout,
        )
        return result

    def list_mms_receipts(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[DeliveryReceiptPage | None, DeliveryReceipt]:
        """Get MMS Delivery Receipts

        Tool to retrieve all MMS delivery receipts from your ClickSend account. Use when you need to view MMS
        delivery status, pricing, and recipient information. Supports pagination.

        ``GET /mms/receipts``; catalogue action: CLICKSEND_GET_MMS_RECEIPTS.

        Paginated: ``await`` this for one page, or ``async for`` over it for every DeliveryReceipt of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            page: (query)

            limit: (query)

        """
        return self._paginate(
            "list_mms_receipts",
            {
                "page": page,
                "limit": limit,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    async def mark_mms_receipts_read(
        self,
        *,
        date_before: float | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> Any:
        """Mark MMS Receipts as Read

        Tool to mark MMS delivery receipts as read in ClickSend. Use when you need to mark all receipts or receipts
        before a specific date as read. Optionally provide a Unix timestamp to mark only receipts created before
        that time.

        ``PUT /mms/receipts-read``; catalogue action: CLICKSEND_MMS_RECEIPTS_READ_PUT.

        Args:
            date_before: (body) Optional Unix timestamp. Mark all receipts as read that were created before this timestamp. If not provided, all receipts will be marked as read.

        """
        result: Any = await self._call(
            "mark_mms_receipts_read",
            {
                "date_before": date_before,
            },
            request_timeout,
        )
        return result

    async def cancel_mms(
        self,
        *,
        message_id: str,
        request_timeout: float | None = None,
    ) -> Any:
        """Cancel Scheduled MMS

        Cancel one scheduled MMS that has not been sent yet.

        ``PUT /mms/{message_id}/cancel``.

        Args:
            message_id: (path, required)

        """
        result: Any = await self._call(
            "cancel_mms",
            {
                "message_id": message_id,
            },
            request_timeout,
        )
        return result

    async def cancel_all_mms(
        self,
        *,
        request_timeout: float | None = None,
    ) -> Any:
        """Cancel All Scheduled MMS

        Cancel every scheduled MMS that has not been sent yet.

        ``PUT /mms/cancel-all``.
        """
        result: Any = await self._call("cancel_all_mms", {}, request_timeout)
        return result

    async def get_mms_receipt(
        self,
        *,
        message_id: str,
        request_timeout: float | None = None,
    ) -> DeliveryReceipt | None:
        """Get MMS Delivery Receipt

        The delivery receipt of one MMS.

        ``GET /mms/receipts/{message_id}``.

        Args:
            message_id: (path, required)

        """
        result: DeliveryReceipt | None = await self._call(
            "get_mms_receipt",
            {
                "message_id": message_id,
            },
            request_timeout,
        )
        return result


class SyncMmsResource(SyncResource):
    """The ``mms`` operations, blocking: ``cs.mms.<operation>(...)`` on a ``ClickSendSync``."""

    send_mms = blocking(MmsResource.send_mms)
    calculate_mms_price = blocking(MmsResource.calculate_mms_price)
    list_mms_history = blocking_pages(MmsResource.list_mms_history)
    export_mms_history = blocking(MmsResource.export_mms_history)
    list_mms_receipts = blocking_pages(MmsResource.list_mms_receipts)
    mark_mms_receipts_read = blocking(MmsResource.mark_mms_receipts_read)
    cancel_mms = blocking(MmsResource.cancel_mms)
    cancel_all_mms = blocking(MmsResource.cancel_all_mms)
    get_mms_receipt = blocking(MmsResource.get_mms_receipt)
