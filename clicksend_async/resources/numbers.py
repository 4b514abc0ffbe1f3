"""The ``numbers`` operations of the ClickSend API as methods (generated from the spec: do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._blocking import SyncResource, blocking, blocking_pages
from .._resource import AsyncPaginator, Resource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.available_number import AvailableNumber
    from ..models.available_number_page import AvailableNumberPage
    from ..models.buy_dedicated_number_body_type import BuyDedicatedNumberBodyType
    from ..models.dedicated_number import DedicatedNumber
    from ..models.dedicated_number_page import DedicatedNumberPage
    from ..models.list_own_numbers_filterstatus_item import (
        ListOwnNumbersFilterstatusItem,
    )
    from ..models.list_own_numbers_sort_direction import (
        ListOwnNumbersSortDirection,
    )
    from ..models.number_registration_input import NumberRegistrationInput
    from ..models.own_number import OwnNumber
    from ..models.own_number_list import OwnNumberList
    from ..models.own_number_verification import OwnNumberVerification
    from ..models.purchased_number import PurchasedNumber
    from ..models.search_available_numbers_search_type import (
        SearchAvailableNumbersSearchType,
    )


class NumbersResource(Resource):
    """The ``numbers`` operations: ``cs.numbers.<operation>(...)``."""

    def list_dedicated_numbers(
        self,
        *,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[DedicatedNumberPage | None, DedicatedNumber]:
        """Get Dedicated Numbers

        Tool to retrieve all available dedicated numbers associated with your ClickSend account. Use when you need
        to view dedicated numbers that can be used as sender IDs for messaging services.

        ``GET /numbers``; catalogue action: CLICKSEND_GET_NUMBERS.

        Paginated: ``await`` this for one page, or ``async for`` over it for every DedicatedNumber of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            page: (query)

            limit: (query)

        """
        return self._paginate(
            "list_dedicated_numbers",
            {
                "page": page,
                "limit": limit,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    def search_available_numbers(
        self,
        *,
        country: str,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        search: str | Unset = UNSET,
        search_type: SearchAvailableNumbersSearchType | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[AvailableNumberPage | None, AvailableNumber]:
        """Search Dedicated Numbers by Country

        Tool to search for available dedicated numbers by country code. Use when you need to find purchasable phone
        numbers for messaging services in a specific country.

        ``GET /numbers/search/{country}``; catalogue action: CLICKSEND_GET_NUMBERS_SEARCH.

        Paginated: ``await`` this for one page, or ``async for`` over it for every AvailableNumber of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            country: (path, required)

            page: (query)

            limit: (query)

            search: (query)

            search_type: (query)

        """
        return self._paginate(
            "search_available_numbers",
            {
                "country": country,
                "page": page,
                "limit": limit,
                "search": search,
                "search_type": search_type,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    async def buy_dedicated_number(
        self,
        *,
        dedicated_number: str,
        type_: BuyDedicatedNumberBodyType | Unset = UNSET,
        registration_data: NumberRegistrationInput | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> PurchasedNumber | None:
        """Buy Dedicated Number

        Tool to purchase a dedicated phone number from ClickSend. Use when you need to buy a specific number for SMS
        messaging and other communication services.

        ``POST /numbers/buy/{dedicated_number}``; catalogue action: CLICKSEND_POST_NUMBERS_BUY.

        Args:
            dedicated_number: (path, required)

            type_: (body, ``type`` on the wire) What the number is for: `sms` or `mms` (v6); ClickSend picks the default when omitted (v5 and Apiary send no body).

            registration_data: (body) Business details some countries require to buy a number.

        """
        result: PurchasedNumber | None = await self._call(
            "buy_dedicated_number",
            {
                "dedicated_number": dedicated_number,
                "type": type_,
                "registration_data": registration_data,
            },
            request_timeout,
        )
        return result

    def list_own_numbers(
        self,
        *,
        offset: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        filterstatus: list[ListOwnNumbersFilterstatusItem] | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: ListOwnNumbersSortDirection | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[OwnNumberList, OwnNumber]:
        """List Own Numbers

        The account's own (verified) numbers.

        ``GET /own-numbers``.

        Paginated: ``await`` this for one page, or ``async for`` over it for every OwnNumber of every page
        (``page_size`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            offset: (query)

            page_size: (query)

            filterstatus: (query, ``filter[status][]`` on the wire)

            sort_by: (query)

            sort_direction: (query)

        """
        return self._paginate(
            "list_own_numbers",
            {
                "offset": offset,
                "page_size": page_size,
                "filter[status][]": filterstatus,
                "sort_by": sort_by,
                "sort_direction": sort_direction,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    async def get_own_number(
        self,
        *,
        own_number_id: str,
        request_timeout: float | None = None,
    ) -> OwnNumber:
        """Get Own Number

        One own number.

        ``GET /own-numbers/{own_number_id}``.

        Args:
            own_number_id: (path, required)

        """
        result: OwnNumber = await self._call(
            "get_own_number",
            {
                "own_number_id": own_number_id,
            },
            request_timeout,
        )
        return result

    async def delete_own_number(
        self,
        *,
        own_number_id: str,
        request_timeout: float | None = None,
    ) -> OwnNumber:
        """Delete Own Number

        Stop using an own number; the deleted number is returned.

        ``DELETE /own-numbers/{own_number_id}``.

        Args:
            own_number_id: (path, required)

        """
        result: OwnNumber = await self._call(
            "delete_own_number",
            {
                "own_number_id": own_number_id,
            },
            request_timeout,
        )
        return result

    async def update_own_number(
        self,
        *,
        own_number_id: str,
        label: str | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> OwnNumber:
        """Update Own Number

        Change the label of an own number.

        ``PATCH /own-numbers/{own_number_id}``.

        Args:
            own_number_id: (path, required)

            label: (body) Your label for the number.

        """
        result: OwnNumber = await self._call(
            "update_own_number",
            {
                "own_number_id": own_number_id,
                "label": label,
            },
            request_timeout,
        )
        return result

    async def request_own_number_verification(
        self,
        *,
        phone_number: str,
        country: str,
        label: str | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> OwnNumberVerification:
        """Request Own Number Verification

        Send a one-time code to a number, to add it as an own number.

        ``POST /own-numbers/verifications``.

        Args:
            phone_number: (body, required) The number in E.164 format.

            country: (body, required) ISO 3166 country of the number.

            label: (body) Your label for the number.

        """
        result: OwnNumberVerification = await self._call(
            "request_own_number_verification",
            {
                "phone_number": phone_number,
                "country": country,
                "label": label,
            },
            request_timeout,
        )
        return result

    async def verify_own_number(
        self,
        *,
        verification_id: str,
        phone_number: str,
        country: str,
        code: str,
        request_timeout: float | None = None,
    ) -> OwnNumberVerification:
        """Verify Own Number

        Prove ownership of a number with the code it received; it becomes an own number.

        ``POST /own-numbers/verifications/{verification_id}/verify``.

        Args:
            verification_id: (path, required)

            phone_number: (body, required) The number in E.164 format.

            country: (body, required) ISO 3166 country of the number.

            code: (body, required) The code the number received.

        """
        result: OwnNumberVerification = await self._call(
            "verify_own_number",
            {
                "verification_id": verification_id,
                "phone_number": phone_number,
                "country": country,
                "code": code,
            },
            request_timeout,
        )
        return result

    async def register_numbers(
        self,
        *,
        number_type: str,
        country_code: str,
        full_name: str,
        company_name: str,
        email: str,
        website_url: str,
        sample_message: str,
        primary_use_case: str,
        company_number: str,
        area_code: str,
        request_timeout: float | None = None,
    ) -> Any:
        """Register Numbers

        Submit the business registration some countries require before numbers of a type (e.g. toll-free) can send.

        ``POST /numbers/registrations/number-types/{number_type}/country/{country_code}``.

        Args:
            number_type: (path, required)

            country_code: (path, required)

            full_name: (body, required) Name of the person registering.

            company_name: (body, required) Business name.

            email: (body, required) Contact email address.

            website_url: (body, required) Business web site.

            sample_message: (body, required) An example of the messages to be sent.

            primary_use_case: (body, required) What the numbers are for.

            company_number: (body, required) Business registration number.

            area_code: (body, required) Preferred area code of the numbers.

        """
        result: Any = await self._call(
            "register_numbers",
            {
                "number_type": number_type,
                "country_code": country_code,
                "full_name": full_name,
                "company_name": company_name,
                "email": email,
                "website_url": website_url,
                "sample_message": sample_message,
                "primary_use_case": primary_use_case,
                "company_number": company_number,
                "area_code": area_code,
            },
            request_timeout,
        )
        return result


class SyncNumbersResource(SyncResource):
    """The ``numbers`` operations, blocking: ``cs.numbers.<operation>(...)`` on a ``ClickSendSync``."""

    list_dedicated_numbers = blocking_pages(NumbersResource.list_dedicated_numbers)
    search_available_numbers = blocking_pages(NumbersResource.search_available_numbers)
    buy_dedicated_number = blocking(NumbersResource.buy_dedicated_number)
    list_own_numbers = blocking_pages(NumbersResource.list_own_numbers)
    get_own_number = blocking(NumbersResource.get_own_number)
    delete_own_number = blocking(NumbersResource.delete_own_number)
    update_own_number = blocking(NumbersResource.update_own_number)
    request_own_number_verification = blocking(NumbersResource.request_own_number_verification)
    verify_own_number = blocking(NumbersResource.verify_own_number)
    register_numbers = blocking(NumbersResource.register_numbers)
