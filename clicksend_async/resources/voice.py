"""The ``voice`` operations of the ClickSend API as methods (generated from the spec: do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._blocking import SyncResource, blocking, blocking_pages
from .._resource import AsyncPaginator, Resource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delivery_receipt import DeliveryReceipt
    from ..models.delivery_receipt_page import DeliveryReceiptPage
    from ..models.export_file import ExportFile
    from ..models.voice_language import VoiceLanguage
    from ..models.voice_message import VoiceMessage
    from ..models.voice_message_input import VoiceMessageInput
    from ..models.voice_message_page import VoiceMessagePage
    from ..models.voice_send_result import VoiceSendResult


class VoiceResource(Resource):
    """The ``voice`` operations: ``cs.voice.<operation>(...)``."""

    async def list_voice_languages(
        self,
        *,
        request_timeout: float | None = None,
    ) -> list[VoiceLanguage] | None:
        """Get Voice Languages

        Tool to retrieve all available voice languages for text-to-speech. Use when you need to get supported
        languages and voice options for voice messaging.

        ``GET /voice/lang``; catalogue action: CLICKSEND_GET_VOICE_LANG.
        """
        result: list[VoiceLanguage] | None = await self._call("list_voice_languages", {}, request_timeout)
        return result

    async def cancel_all_voice(
        self,
        *,
        request_timeout: float | None = None,
    ) -> Any:
        """Cancel All Scheduled Voice Messages

        Tool to cancel all scheduled voice messages in ClickSend. Use when you need to cancel all pending scheduled
        voice messages at once. Only affects scheduled messages that have not yet been sent.

        ``PUT /voice/cancel-all``; catalogue action: CLICKSEND_VOICE_CANCEL_ALL_PUT.
        """
        result: Any = await self._call("cancel_all_voice", {}, request_timeout)
        return result

    async def export_voice_history(
        self,
        *,
        filename: str,
        request_timeout: float | None = None,
    ) -> ExportFile | None:
        """Export Voice History

        Tool to export all voice history to a file. Use when you need to download a complete history of voice
        messages in CSV format.

        ``GET /voice/history/export``; catalogue action: CLICKSEND_VOICE_HISTORY_EXPORT_GET.

        Args:
            filename: (query, required)

        """
        result: ExportFile | None = await self._call(
            "export_voice_history",
            {
                "filename": filename,
            },
            request_timeout,
        )
        return result

    async def mark_voice_receipts_read(
        self,
        *,
        date_before: float | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> Any:
        """Mark Voice Delivery Receipts as Read

        Tool to mark voice delivery receipts as read in ClickSend. Use when you need to mark all voice receipts or
        receipts before a specific date as read to prevent them from appearing in subsequent GET requests.
        Optionally provide a Unix timestamp to mark only receipts received before that time.

        ``PUT /voice/receipts-read``; catalogue actions: CLICKSEND_VOICE_RECEIPTS_READ_PUT, CLICKSEND_MARK_VOICE_RECEIPTS_READ.

        Args:
            date_before: (body) Optional Unix timestamp. Mark all voice delivery receipts as read before this timestamp. If not provided, all voice receipts will be marked as read.

        """
        result: Any = await self._call(
            "mark_voice_receipts_read",
            {
                "date_before": date_before,
            },
            request_timeout,
        )
        return result

    async def send_voice(
        self,
        *,
        messages: list[VoiceMessageInput],
        request_timeout: float | None = None,
    ) -> VoiceSendResult | None:
        """Send Voice Calls

        Make one or more text-to-speech calls (up to 1000 per request); each message gets its own status.

        ``POST /voice/send``.

        One request of at most 1000 messages, answered as ClickSend sends it. For any number, use
        the client's batched ``cs.send_voice(...)``: batches, concurrency and a per-message report.

        Args:
            messages: (body, required) Voice calls, at most 1000 per request. Each message needs `to`, `body` and `voice`.

        """
        result: VoiceSendResult | None = await self._call(
            "send_voice",
            {
                "messages": messages,
            },
            request_timeout,
        )
        return result

    async def calculate_voice_price(
        self,
        *,
        messages: list[VoiceMessageInput],
        request_timeout: float | None = None,
    ) -> VoiceSendResult | None:
        """Calculate Voice Price

        What the calls of the request would cost, without making them.

        ``POST /voice/price``.

        One request of at most 1000 messages, answered as ClickSend sends it. For any number, use
        the client's batched ``cs.price_voice(...)``: batches, concurrency and a per-message report.

        Args:
            messages: (body, required) Voice calls, at most 1000 per request. Each message needs `to`, `body` and `voice`.

        """
        result: VoiceSendResult | None = await self._call(
            "calculate_voice_price",
            {
                "messages": messages,
            },
            request_timeout,
        )
        return result

    def list_voice_history(
        self,
        *,
        q: str | Unset = UNSET,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        date_from: int | Unset = UNSET,
        date_to: int | Unset = UNSET,
        operator: str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[VoiceMessagePage | None, VoiceMessage]:
        """Get Voice History

        Voice calls made by the account, newest first, with their status and price.

        ``GET /voice/history``.

        Paginated: ``await`` this for one page, or ``async for`` over it for every VoiceMessage of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            q: (query)

            page: (query)

            limit: (query)

            date_from: (query)

            date_to: (query)

            operator: (query)

            order_by: (query)

        """
        return self._paginate(
            "list_voice_history",
            {
                "q": q,
                "page": page,
                "limit": limit,
                "date_from": date_from,
                "date_to": date_to,
                "operator": operator,
                "order_by": order_by,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    def list_voice_receipts(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[DeliveryReceiptPage | None, DeliveryReceipt]:
        """List Voice Delivery Receipts

        Delivery receipts of voice calls (with the keys pressed, when input was asked for).

        ``GET /voice/receipts``.

        Paginated: ``await`` this for one page, or ``async for`` over it for every DeliveryReceipt of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            page: (query)

            limit: (query)

        """
        return self._paginate(
            "list_voice_receipts",
            {
                "page": page,
                "limit": limit,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    async def add_voice_receipt_webhook(
        self,
        *,
        url: str,
        request_timeout: float | None = None,
    ) -> DeliveryReceipt | None:
        """Add Test Voice Delivery Receipt

        Push a made-up voice delivery receipt to a URL, to test a webhook.

        ``POST /voice/receipts``.

        Args:
            url: (body, required) The URL that receives a test voice delivery receipt.

        """
        result: DeliveryReceipt | None = await self._call(
            "add_voice_receipt_webhook",
            {
                "url": url,
            },
            request_timeout,
        )
        return result

    async def get_voice_receipt(
        self,
        *,
        message_id: str,
        request_timeout: float | None = None,
    ) -> DeliveryReceipt | None:
        """Get Voice Delivery Receipt

        The delivery receipt of one voice call.

        ``GET /voice/receipts/{message_id}``.

        Args:
            message_id: (path, required)

        """
        result: DeliveryReceipt | None = await self._call(
            "get_voice_receipt",
            {
                "message_id": message_id,
            },
            request_timeout,
        )
        return result

    async def cancel_voice(
        self,
        *,
        message_id: str,
        request_timeout: float | None = None,
    ) -> Any:
        """Cancel Scheduled Voice Call

        Cancel one scheduled voice call that has not been made yet.

        ``PUT /voice/{message_id}/cancel``.

        Args:
            message_id: (path, required)

        """
        result: Any = await self._call(
            "cancel_voice",
            {
                "message_id": message_id,
            },
            request_timeout,
        )
        return result


class SyncVoiceResource(SyncResource):
    """The ``voice`` operations, blocking: ``cs.voice.<operation>(...)`` on a ``ClickSendSync``."""

    list_voice_languages = blocking(VoiceResource.list_voice_languages)
    cancel_all_voice = blocking(VoiceResource.cancel_all_voice)
    export_voice_history = blocking(VoiceResource.export_voice_history)
    mark_voice_receipts_read = blocking(VoiceResource.mark_voice_receipts_read)
    send_voice = blocking(VoiceResource.send_voice)
    calculate_voice_price = blocking(VoiceResource.calculate_voice_price)
    list_voice_history = blocking_pages(VoiceResource.list_voice_history)
    list_voice_receipts = blocking_pages(VoiceResource.list_voice_receipts)
    add_voice_receipt_webhook = blocking(VoiceResource.add_voice_receipt_webhook)
    get_voice_receipt = blocking(VoiceResource.get_voice_receipt)
    cancel_voice = blocking(VoiceResource.cancel_voice)
