"""The ``senders`` operations of the ClickSend API as methods (generated from the spec: do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._blocking import SyncResource, blocking, blocking_pages
from .._resource import AsyncPaginator, Resource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alpha_tag import AlphaTag
    from ..models.alpha_tag_business_input import AlphaTagBusinessInput
    from ..models.alpha_tag_list import AlphaTagList
    from ..models.compliant_sender_type_list import CompliantSenderTypeList
    from ..models.create_default_sender_body_product_type import (
        CreateDefaultSenderBodyProductType,
    )
    from ..models.default_sender import DefaultSender
    from ..models.default_sender_list import DefaultSenderList
    from ..models.default_sender_strategy_input import DefaultSenderStrategyInput
    from ..models.list_alpha_tags_sort_direction import ListAlphaTagsSortDirection
    from ..models.list_compliant_sender_types_filterproduct_type import (
        ListCompliantSenderTypesFilterproductType,
    )
    from ..models.list_default_senders_sort_direction import (
        ListDefaultSendersSortDirection,
    )


class SendersResource(Resource):
    """The ``senders`` operations: ``cs.senders.<operation>(...)``."""

    def list_alpha_tags(
        self,
        *,
        offset: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sort_direction: ListAlphaTagsSortDirection | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[AlphaTagList, AlphaTag]:
        """List Alpha Tags

        The alpha tags the account requested, with their review status.

        ``GET /alpha-tags``.

        Paginated: ``await`` this for one page, or ``async for`` over it for every AlphaTag of every page
        (``page_size`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            offset: (query)

            page_size: (query)

            sort_direction: (query)

        """
        return self._paginate(
            "list_alpha_tags",
            {
                "offset": offset,
                "page_size": page_size,
                "sort_direction": sort_direction,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    async def create_alpha_tag(
        self,
        *,
        alpha_tag: str,
        reason: str | Unset = UNSET,
        countries: list[str] | Unset = UNSET,
        businesses: list[AlphaTagBusinessInput] | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> AlphaTag:
        """Request Alpha Tag

        Ask for an alpha tag to be approved as a sender id; ClickSend reviews it.

        ``POST /alpha-tags``.

        Args:
            alpha_tag: (body, required) The sender id: 3 to 11 of a-z A-Z 0-9 +, not only digits.

            reason: (body) Why the account may use it: Company Name, Trademark, Product or Service Name, ...

            countries: (body) Country it is requested for (ISO 3166; only AU is supported and required).

            businesses: (body) The business details; required when countries is given.

        """
        result: AlphaTag = await self._call(
            "create_alpha_tag",
            {
                "alpha_tag": alpha_tag,
                "reason": reason,
                "countries": countries,
                "businesses": businesses,
            },
            request_timeout,
        )
        return result

    async def get_alpha_tag(
        self,
        *,
        alpha_tag_id: str,
        request_timeout: float | None = None,
    ) -> AlphaTag:
        """Get Alpha Tag

        One alpha tag and its review status.

        ``GET /alpha-tags/{alpha_tag_id}``.

        Args:
            alpha_tag_id: (path, required)

        """
        result: AlphaTag = await self._call(
            "get_alpha_tag",
            {
                "alpha_tag_id": alpha_tag_id,
            },
            request_timeout,
        )
        return result

    async def delete_alpha_tag(
        self,
        *,
        alpha_tag_id: str,
        request_timeout: float | None = None,
    ) -> Any:
        """Delete Alpha Tag

        Withdraw an alpha tag. The answer has no body.

        ``DELETE /alpha-tags/{alpha_tag_id}``.

        Args:
            alpha_tag_id: (path, required)

        """
        result: Any = await self._call(
            "delete_alpha_tag",
            {
                "alpha_tag_id": alpha_tag_id,
            },
            request_timeout,
        )
        return result

    def list_default_senders(
        self,
        *,
        offset: str | Unset = UNSET,
        per_page: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_direction: ListDefaultSendersSortDirection | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[DefaultSenderList | None, DefaultSender]:
        """List Default Senders

        The default senders of the account.

        ``GET /senders/default-senders``.

        Paginated: ``await`` this for one page, or ``async for`` over it for every DefaultSender of every page
        (``per_page`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            offset: (query)

            per_page: (query)

            sort_by: (query)

            sort_direction: (query)

        """
        return self._paginate(
            "list_default_senders",
            {
                "offset": offset,
                "per_page": per_page,
                "sort_by": sort_by,
                "sort_direction": sort_direction,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )

    async def create_default_sender(
        self,
        *,
        country_code: str,
        product_type: CreateDefaultSenderBodyProductType,
        default_sender_strategies: list[DefaultSenderStrategyInput],
        request_timeout: float | None = None,
    ) -> DefaultSender | None:
        """Create Default Sender

        Set the sender used for messages to a country when a message names none.

        ``POST /senders/default-senders``.

        Args:
            country_code: (body, required) ISO 3166 country of the recipients this default applies to.

            product_type: (body, required) What is sent.

            default_sender_strategies: (body, required) The sender to use (exactly one for now).

        """
        result: DefaultSender | None = await self._call(
            "create_default_sender",
            {
                "country_code": country_code,
                "product_type": product_type,
                "default_sender_strategies": default_sender_strategies,
            },
            request_timeout,
        )
        return result

    async def get_default_sender(
        self,
        *,
        default_sender_id: str,
        request_timeout: float | None = None,
    ) -> DefaultSender | None:
        """Get Default Sender

        One default sender.

        ``GET /senders/default-senders/{default_sender_id}``.

        Args:
            default_sender_id: (path, required)

        """
        result: DefaultSender | None = await self._call(
            "get_default_sender",
            {
                "default_sender_id": default_sender_id,
            },
            request_timeout,
        )
        return result

    async def delete_default_sender(
        self,
        *,
        default_sender_id: str,
        request_timeout: float | None = None,
    ) -> None:
        """Delete Default Sender

        Remove a default sender. The answer has no body.

        ``DELETE /senders/default-senders/{default_sender_id}``.

        Args:
            default_sender_id: (path, required)

        """
        await self._call(
            "delete_default_sender",
            {
                "default_sender_id": default_sender_id,
            },
            request_timeout,
        )

    async def update_default_sender(
        self,
        *,
        default_sender_id: str,
        default_sender_strategies: list[DefaultSenderStrategyInput],
        request_timeout: float | None = None,
    ) -> DefaultSender | None:
        """Update Default Sender

        Change the sender a default uses.

        ``PATCH /senders/default-senders/{default_sender_id}``.

        Args:
            default_sender_id: (path, required)

            default_sender_strategies: (body, required) The sender to use (exactly one for now).

        """
        result: DefaultSender | None = await self._call(
            "update_default_sender",
            {
                "default_sender_id": default_sender_id,
                "default_sender_strategies": default_sender_strategies,
            },
            request_timeout,
        )
        return result

    async def list_compliant_sender_types(
        self,
        *,
        filterproduct_type: ListCompliantSenderTypesFilterproductType,
        filtercountry_code: list[str] | Unset = UNSET,
        request_timeout: float | None = None,
    ) -> CompliantSenderTypeList | None:
        """List Compliant Sender Types

        Which kinds of sender may send to recipients in each country.

        ``GET /senders/compliant-sender-types``.

        Args:
            filterproduct_type: (query, required, ``filter[product_type]`` on the wire)

            filtercountry_code: (query, ``filter[country_code][]`` on the wire)

        """
        result: CompliantSenderTypeList | None = await self._call(
            "list_compliant_sender_types",
            {
                "filter[product_type]": filterproduct_type,
                "filter[country_code][]": filtercountry_code,
            },
            request_timeout,
        )
        return result


class SyncSendersResource(SyncResource):
    """The ``senders`` operations, blocking: ``cs.senders.<operation>(...)`` on a ``ClickSendSync``."""

    list_alpha_tags = blocking_pages(SendersResource.list_alpha_tags)
    create_alpha_tag = blocking(SendersResource.create_alpha_tag)
    get_alpha_tag = blocking(SendersResource.get_alpha_tag)
    delete_alpha_tag = blocking(SendersResource.delete_alpha_tag)
    list_default_senders = blocking_pages(SendersResource.list_default_senders)
    create_default_sender = blocking(SendersResource.create_default_sender)
    get_default_sender = blocking(SendersResource.get_default_sender)
    delete_default_sender = blocking(SendersResource.delete_default_sender)
    update_default_sender = blocking(SendersResource.update_default_sender)
    list_compliant_sender_types = blocking(SendersResource.list_compliant_sender_types)
