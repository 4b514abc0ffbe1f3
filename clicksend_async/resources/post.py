"""The ``post`` operations of the ClickSend API as methods (generated from the spec: do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._blocking import SyncResource, blocking, blocking_pages
from .._resource import AsyncPaginator, Resource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.calculate_post_letter_price_body_colour import (
        CalculatePostLetterPriceBodyColour,
    )
    from ..models.calculate_post_letter_price_body_duplex import (
        CalculatePostLetterPriceBodyDuplex,
    )
    from ..models.calculate_post_letter_price_body_priority_post import (
        CalculatePostLetterPriceBodyPriorityPost,
    )
    from ..models.calculate_post_letter_price_body_template_used import (
        CalculatePostLetterPriceBodyTemplateUsed,
    )
    from ..models.detected_address import DetectedAddress
    from ..models.direct_mail_area_input import DirectMailAreaInput
    from ..models.direct_mail_campaign import DirectMailCampaign
    from ..models.direct_mail_campaign_summary import DirectMailCampaignSummary
    from ..models.direct_mail_campaign_summary_page import DirectMailCampaignSummaryPage
    from ..models.direct_mail_location import DirectMailLocation
    from ..models.export_file import ExportFile
    from ..models.post_letter import PostLetter
    from ..models.post_letter_page import PostLetterPage
    from ..models.post_letter_send_result import PostLetterSendResult
    from ..models.post_recipient_input import PostRecipientInput
    from ..models.postcard import Postcard
    from ..models.postcard_page import PostcardPage
    from ..models.postcard_send_result import PostcardSendResult
    from ..models.return_address import ReturnAddress
    from ..models.return_address_page import ReturnAddressPage
    from ..models.send_post_letter_body_colour import SendPostLetterBodyColour
    from ..models.send_post_letter_body_duplex import SendPostLetterBodyDuplex
    from ..models.send_post_letter_body_priority_post import (
        SendPostLetterBodyPriorityPost,
    )
    from ..models.send_post_letter_body_template_used import (
        SendPostLetterBodyTemplateUsed,
    )


class PostResource(Resource):
    """The ``post`` operations: ``cs.post.<operation>(...)``."""

    async def calculate_post_letter_price(
        self,
        *,
        file_url: str,
        recipients: list[PostRecipientInput],
        colour: CalculatePostLetterPriceBodyColour | Unset = UNSET,
        duplex: CalculatePostLetterPriceBodyDuplex | Unset = UNSET,
        source: str | Unset = UNSET,
        priority_post: CalculatePostLetterPriceBodyPriorityPost | Unset = UNSET,
        template_used: CalculatePostLetterPriceBodyTemplateUsed | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> PostLetterSendResult | None:
        """Calculate Post Letter Price

        Tool to calculate the price for sending post letters without actually sending them. Use when you need to
        estimate the cost of postal letters before sending.

        ``POST /post/letters/price``; catalogue action: CLICKSEND_CALCULATE_POST_LETTERS_PRICE.

        Args:
            file_url: (body, required) URL of the PDF file to calculate price for. For docx/doc files, convert them first using the /uploads?convert=post endpoint. Supported formats: pdf, docx, doc, jpg, gif, png, bmp.

            recipients: (body, required) Array of recipient objects. Each recipient represents a person who will receive a copy of the letter.

            colour: (body) Whether letter is printed in colour. 0 = black and white, 1 = colour. Default is 0.

            duplex: (body) Whether letter is printed double-sided. 0 = single-sided, 1 = double-sided. Default is 0.

            source: (body) Source identifier for tracking purposes. Can be any string value.

            priority_post: (body) Whether the letter is priority post. 0 = standard post, 1 = priority post. Default is 0.

            template_used: (body) Whether using a ClickSend template. 0 = not using template, 1 = using template. Default is 0.

        """
        result: PostLetterSendResult | None = await self._call(
            "calculate_post_letter_price",
            {
                "file_url": file_url,
                "recipients": recipients,
                "colour": colour,
                "duplex": duplex,
                "source": source,
                "priority_post": priority_post,
                "template_used": template_used,
            },
            request_timeout,
        )
        return result

    async def send_post_letter(
        self,
        *,
        file_url: str,
        recipients: list[PostRecipientInput],
        colour: SendPostLetterBodyColour | Unset = UNSET,
        duplex: SendPostLetterBodyDuplex | Unset = UNSET,
        source: str | Unset = UNSET,
        priority_post: SendPostLetterBodyPriorityPost | Unset = UNSET,
        template_used: SendPostLetterBodyTemplateUsed | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> PostLetterSendResult | None:
        """Send Post Letter

        Tool to send physical letters through ClickSend's postal service. Use when you need to send a PDF document
        as a physical letter to one or more recipients. For docx/doc files, convert them first using
        /uploads?convert=post endpoint.

        ``POST /post/letters/send``; catalogue action: CLICKSEND_CREATE_POST_LETTERS_SEND.

        Args:
            file_url: (body, required) URL of the PDF file to send. For docx/doc files, convert them first using the /uploads?convert=post endpoint. Supported formats: pdf, docx, doc, jpg, gif, png, bmp.

            recipients: (body, required) Array of recipient objects. Each recipient represents a person who will receive a copy of the letter.

            colour: (body) Whether letter is printed in colour. 0 = black and white, 1 = colour. Default is 0.

            duplex: (body) Whether letter is printed double-sided. 0 = single-sided, 1 = double-sided. Default is 0.

            source: (body) Source identifier for tracking purposes. Can be any string value.

            priority_post: (body) Whether the letter is priority post. 0 = standard post, 1 = priority post. Default is 0.

            template_used: (body) Whether using a ClickSend template. 0 = not using template, 1 = using template. Default is 0.

        """
        result: PostLetterSendResult | None = await self._call(
            "send_post_letter",
            {
                "file_url": file_url,
                "recipients": recipients,
                "colour": colour,
                "duplex": duplex,
                "source": source,
                "priority_post": priority_post,
                "template_used": template_used,
            },
            request_timeout,
        )
        return result

    async def detect_post_letter_address(
        self,
        *,
        address: str | Unset = UNSET,
        content: str | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> DetectedAddress | None:
        """Detect Address from PDF or String

        Tool to detect and convert addresses to standard format from PDF or address string. Use when you need to
        parse a PDF document or address string to extract structured address information. The PDF should have the
        recipient's name and address at the top.

        ``POST /post/letters/detect-address``; catalogue action: CLICKSEND_CREATE_POST_LETTERS_DETECT_ADDRESS.

        Args:
            address: (body) Address string to be converted to standard format. Either 'content' or 'address' must be provided, but not both. Use newline characters to separate address lines.

            content: (body) Base64-encoded PDF file content. The PDF should be in standard address format with recipient's name and address at the top. Either 'content' or 'address' must be provided, but not both.

        """
        result: DetectedAddress | None = await self._call(
            "detect_post_letter_address",
            {
                "address": address,
                "content": content,
            },
            request_timeout,
        )
        return result

    def list_post_letter_history(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[PostLetterPage | None, PostLetter]:
        """Get Post Letters History

        Tool to retrieve all post letters history with pagination. Use when you need to view historical post letters
        sent through ClickSend.

        ``GET /post/letters/history``; catalogue action: CLICKSEND_GET_POST_LETTERS_HISTORY.

        Paginated: ``await`` this for one page, or ``async for`` over it for every PostLetter of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            page: (query)

            limit: (query)

        """
        return self._paginate(
            "list_post_letter_history",
            {
                "page": page,
                "limit": limit,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    async def export_post_letter_history(
        self,
        *,
        filename: str,
        request_timeout: float | None = None,
    ) -> ExportFile | None:
        """Export Post Letters History

        Tool to export post letter history to a downloadable CSV file. Use when you need to download historical data
        of post letters for analysis or record-keeping.

        ``GET /post/letters/history/export``; catalogue action: CLICKSEND_EXPORT_POST_LETTERS_HISTORY_EXPORT.

        Args:
            filename: (query, required)

        """
        result: ExportFile | None = await self._call(
            "export_post_letter_history",
            {
                "filename": filename,
            },
            request_timeout,
        )
        return result

    async def cancel_post_letter(
        self,
        *,
        message_id: str,
        request_timeout: float | None = None,
    ) -> Any:
        """Cancel a Scheduled Letter

        Cancel a scheduled letter that has not been sent yet; its price is refunded. A letter already sent (or
        already cancelled) cannot be cancelled (400); an unknown message id answers 404.

        ``PUT /post/letters/{message_id}/cancel``.

        Args:
            message_id: (path, required)

        """
        result: Any = await self._call(
            "cancel_post_letter",
            {
                "message_id": message_id,
            },
            request_timeout,
        )
        return result

    def list_return_addresses(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[ReturnAddressPage | None, ReturnAddress]:
        """Get All Post Return Addresses

        Tool to retrieve a list of all post return addresses from ClickSend account with pagination. Use when you
        need to view all configured return addresses for postal mail services.

        ``GET /post/return-addresses``; catalogue action: CLICKSEND_CREATE_POST_RETURN_ADDRESSES3.

        Paginated: ``await`` this for one page, or ``async for`` over it for every ReturnAddress of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            page: (query)

            limit: (query)

        """
        return self._paginate(
            "list_return_addresses",
            {
                "page": page,
                "limit": limit,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    async def create_return_address(
        self,
        *,
        address_city: str,
        address_name: str,
        address_line_1: str,
        address_country: str,
        address_postal_code: str,
        address_state: str | Unset = UNSET,
        address_line_2: str | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> ReturnAddress | None:
        """Create Post Return Address

        Tool to create a new post return address for ClickSend postal services. Use when you need to add a return
        address for sending letters or postcards through ClickSend.

        ``POST /post/return-addresses``; catalogue action: CLICKSEND_CREATE_POST_RETURN_ADDRESSES.

        Args:
            address_city: (body, required) City name for the return address. This is a required field.

            address_name: (body, required) Name or label for the return address. This will be used to identify the address in your account.

            address_line_1: (body, required) First line of the street address. This is a required field for the return address.

            address_country: (body, required) Country code for the return address (e.g., 'US', 'AU', 'GB'). This is a required field. Use ISO country codes.

            address_postal_code: (body, required) Postal code or ZIP code for the return address. This is a required field.

            address_state: (body) State, province, or region for the return address. This is an optional field but recommended.

            address_line_2: (body) Second line of the street address (apartment, suite, building, etc.). This is an optional field.

        """
        result: ReturnAddress | None = await self._call(
            "create_return_address",
            {
                "address_city": address_city,
                "address_name": address_name,
                "address_line_1": address_line_1,
                "address_country": address_country,
                "address_postal_code": address_postal_code,
                "address_state": address_state,
                "address_line_2": address_line_2,
            },
            request_timeout,
        )
        return result

    async def get_return_address(
        self,
        *,
        return_address_id: int,
        request_timeout: float | None = None,
    ) -> ReturnAddress | None:
        """Get Post Return Address

        Tool to retrieve a specific post return address by its unique identifier. Use when you need to view details
        of a return address for postal services.

        ``GET /post/return-addresses/{return_address_id}``; catalogue action: CLICKSEND_POST_RETURN_ADDRESSES_BY_RETURN_ADDRESS_ID_GET.

        Args:
            return_address_id: (path, required)

        """
        result: ReturnAddress | None = await self._call(
            "get_return_address",
            {
                "return_address_id": return_address_id,
            },
            request_timeout,
        )
        return result

    async def update_return_address(
        self,
        *,
        return_address_id: int,
        address_city: str | Unset = UNSET,
        address_name: str | Unset = UNSET,
        address_state: str | Unset = UNSET,
        address_line_1: str | Unset = UNSET,
        address_line_2: str | Unset = UNSET,
        address_country: str | Unset = UNSET,
        address_postal_code: str | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> ReturnAddress | None:
        """Update Post Return Address

        Tool to update an existing post return address in ClickSend. Use when you need to modify the details of a
        return address for postal mail services.

        ``PUT /post/return-addresses/{return_address_id}``; catalogue action: CLICKSEND_POST_RETURN_ADDRESSES_BY_RETURN_ADDRESS_ID_PUT.

        Args:
            return_address_id: (path, required)

            address_city: (body) Your city. This is a required field for the city name.

            address_name: (body) Your address name. This is a required field that identifies the return address.

            address_state: (body) Your state. This is an optional field for the state, province, or region.

            address_line_1: (body) Your address line 1. This is a required field for the primary street address.

            address_line_2: (body) Your address line 2. This is an optional field for additional address details like apartment, suite, or floor number.

            address_country: (body) Your country. This is a required field for the country code (e.g., 'AU' for Australia).

            address_postal_code: (body) Your postal code. This is a required field for the postal or ZIP code.

        """
        result: ReturnAddress | None = await self._call(
            "update_return_address",
            {
                "return_address_id": return_address_id,
                "address_city": address_city,
                "address_name": address_name,
                "address_state": address_state,
                "address_line_1": address_line_1,
                "address_line_2": address_line_2,
                "address_country": address_country,
                "address_postal_code": address_postal_code,
            },
            request_timeout,
        )
        return result

    async def delete_return_address(
        self,
        *,
        return_address_id: int,
        request_timeout: float | None = None,
    ) -> Any:
        """Delete Post Return Address

        Tool to delete a specific post return address from the system. Use when you need to remove a return address
        from your postal mailings.

        ``DELETE /post/return-addresses/{return_address_id}``; catalogue action: CLICKSEND_POST_RETURN_ADDRESSES_BY_RETURN_ADDRESS_ID_DELETE.

        Args:
            return_address_id: (path, required)

        """
        result: Any = await self._call(
            "delete_return_address",
            {
                "return_address_id": return_address_id,
            },
            request_timeout,
        )
        return result

    async def send_direct_mail_campaign(
        self,
        *,
        name: str,
        size: str,
        areas: list[DirectMailAreaInput],
        file_urls: list[str],
        request_timeout: float | None = None,
    ) -> DirectMailCampaign | None:
        """Send Direct Mail Campaign

        Tool to create and send a direct mail campaign to specified locations. Use when you need to send physical
        mail pieces to targeted geographic areas. The campaign calculates pricing based on size, quantity, and
        target locations.

        ``POST /post/direct-mail/campaigns/send``; catalogue action: CLICKSEND_CREATE_POST_DIRECT_MAIL_CAMPAIGNS_SEND.

        Args:
            name: (body, required) Campaign name for identification and tracking purposes.

            size: (body, required) Size of the direct mail piece. Common values include 'A5', 'A4', 'A6', 'DL', etc.

            areas: (body, required) List of target areas with their respective quantities. Each area specifies a location_id and the number of mail pieces to send to that location.

            file_urls: (body, required) List of publicly accessible URLs pointing to PDF files for the direct mail content. Must be valid URLs to PDF files.

        """
        result: DirectMailCampaign | None = await self._call(
            "send_direct_mail_campaign",
            {
                "name": name,
                "size": size,
                "areas": areas,
                "file_urls": file_urls,
            },
            request_timeout,
        )
        return result

    async def search_direct_mail_locations(
        self,
        *,
        country: str,
        q: str,
        request_timeout: float | None = None,
    ) -> list[DirectMailLocation] | None:
        """Search Direct Mail Locations

        Tool to search for direct mail locations in a specific country. Use when you need to find available
        locations or addresses for direct mail services.

        ``GET /post/direct-mail/locations/search/{country}``; catalogue action: CLICKSEND_GET_POST_DIRECT_MAIL_LOCATIONS_SEARCH.

        Args:
            country: (path, required)

            q: (query, required)

        """
        result: list[DirectMailLocation] | None = await self._call(
            "search_direct_mail_locations",
            {
                "country": country,
                "q": q,
            },
            request_timeout,
        )
        return result

    async def send_postcard(
        self,
        *,
        file_urls: list[str],
        recipients: list[PostRecipientInput],
        request_timeout: float | None = None,
    ) -> PostcardSendResult | None:
        """Send Postcard

        Print and post a postcard to each recipient.

        ``POST /post/postcards/send``.

        Args:
            file_urls: (body, required) URLs of the PDF front and back of the postcard.

            recipients: (body, required) Where to send it.

        """
        result: PostcardSendResult | None = await self._call(
            "send_postcard",
            {
                "file_urls": file_urls,
                "recipients": recipients,
            },
            request_timeout,
        )
        return result

    async def calculate_postcard_price(
        self,
        *,
        file_urls: list[str],
        recipients: list[PostRecipientInput],
        request_timeout: float | None = None,
    ) -> PostcardSendResult | None:
        """Calculate Postcard Price

        What posting the postcards would cost, without sending them.

        ``POST /post/postcards/price``.

        Args:
            file_urls: (body, required) URLs of the PDF front and back of the postcard.

            recipients: (body, required) Where to send it.

        """
        result: PostcardSendResult | None = await self._call(
            "calculate_postcard_price",
            {
                "file_urls": file_urls,
                "recipients": recipients,
            },
            request_timeout,
        )
        return result

    def list_postcard_history(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[PostcardPage | None, Postcard]:
        """Get Postcard History

        Postcards sent by the account.

        ``GET /post/postcards/history``.

        Paginated: ``await`` this for one page, or ``async for`` over it for every Postcard of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            page: (query)

            limit: (query)

        """
        return self._paginate(
            "list_postcard_history",
            {
                "page": page,
                "limit": limit,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    async def export_postcard_history(
        self,
        *,
        filename: str,
        request_timeout: float | None = None,
    ) -> ExportFile | None:
        """Export Postcard History

        A download link to the postcard history as a CSV file.

        ``GET /post/postcards/history/export``.

        Args:
            filename: (query, required)

        """
        result: ExportFile | None = await self._call(
            "export_postcard_history",
            {
                "filename": filename,
            },
            request_timeout,
        )
        return result

    async def cancel_postcard(
        self,
        *,
        message_id: str,
        request_timeout: float | None = None,
    ) -> Any:
        """Cancel a Scheduled Postcard

        Cancel a scheduled postcard that has not been sent yet; its price is refunded. A postcard already sent (or
        already cancelled) cannot be cancelled (400); an unknown message id answers 404.

        ``PUT /post/postcards/{message_id}/cancel``.

        Args:
            message_id: (path, required)

        """
        result: Any = await self._call(
            "cancel_postcard",
            {
                "message_id": message_id,
            },
            request_timeout,
        )
        return result

    async def calculate_direct_mail_campaign_price(
        self,
        *,
        name: str,
        size: str,
        areas: list[DirectMailAreaInput],
        file_urls: list[str],
        request_timeout: float | None = None,
    ) -> DirectMailCampaign | None:
        """Calculate Direct Mail Campaign Price

        What a direct mail campaign would cost, without sending it.

        ``POST /post/direct-mail/campaigns/price``.

        Args:
            name: (body, required) Campaign name for identification and tracking purposes.

            size: (body, required) Size of the direct mail piece. Common values include 'A5', 'A4', 'A6', 'DL', etc.

            areas: (body, required) List of target areas with their respective quantities. Each area specifies a location_id and the number of mail pieces to send to that location.

            file_urls: (body, required) List of publicly accessible URLs pointing to PDF files for the direct mail content. Must be valid URLs to PDF files.

        """
        result: DirectMailCampaign | None = await self._call(
            "calculate_direct_mail_campaign_price",
            {
                "name": name,
                "size": size,
                "areas": areas,
                "file_urls": file_urls,
            },
            request_timeout,
        )
        return result

    def list_direct_mail_campaigns(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[DirectMailCampaignSummaryPage | None, DirectMailCampaignSummary]:
        """List Direct Mail Campaigns

        The account's direct mail campaigns and their areas.

        ``GET /post/direct-mail/campaigns``.

        Paginated: ``await`` this for one page, or ``async for`` over it for every DirectMailCampaignSummary of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            page: (query)

            limit: (query)

        """
        return self._paginate(
            "list_direct_mail_campaigns",
            {
                "page": page,
                "limit": limit,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )


class SyncPostResource(SyncResource):
    """The ``post`` operations, blocking: ``cs.post.<operation>(...)`` on a ``ClickSendSync``."""

    calculate_post_letter_price = blocking(PostResource.calculate_post_letter_price)
    send_post_letter = blocking(PostResource.send_post_letter)
    detect_post_letter_address = blocking(PostResource.detect_post_letter_address)
    list_post_letter_history = blocking_pages(PostResource.list_post_letter_history)
    export_post_letter_history = blocking(PostResource.export_post_letter_history)
    cancel_post_letter = blocking(PostResource.cancel_post_letter)
    list_return_addresses = blocking_pages(PostResource.list_return_addresses)
    create_return_address = blocking(PostResource.create_return_address)
    get_return_address = blocking(PostResource.get_return_address)
    update_return_address = blocking(PostResource.update_return_address)
    delete_return_address = blocking(PostResource.delete_return_address)
    send_direct_mail_campaign = blocking(PostResource.send_direct_mail_campaign)
    search_direct_mail_locations = blocking(PostResource.search_direct_mail_locations)
    send_postcard = blocking(PostResource.send_postcard)
    calculate_postcard_price = blocking(PostResource.calculate_postcard_price)
    list_postcard_history = blocking_pages(PostResource.list_postcard_history)
    export_postcard_history = blocking(PostResource.export_postcard_history)
    cancel_postcard = blocking(PostResource.cancel_postcard)
    calculate_direct_mail_campaign_price = blocking(PostResource.calculate_direct_mail_campaign_price)
    list_direct_mail_campaigns = blocking_pages(PostResource.list_direct_mail_campaigns)
