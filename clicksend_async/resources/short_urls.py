"""The ``short_urls`` operations of the ClickSend API as methods (generated from the spec: do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._blocking import SyncResource, blocking, blocking_pages
from .._resource import AsyncPaginator, Resource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_short_url_tracking_direction import (
        ListShortUrlTrackingDirection,
    )
    from ..models.short_url_open import ShortUrlOpen
    from ..models.short_url_statistics_list import ShortUrlStatisticsList
    from ..models.short_url_tracking_page import ShortUrlTrackingPage


class ShortUrlsResource(Resource):
    """The ``short_urls`` operations: ``cs.short_urls.<operation>(...)``."""

    async def get_short_url_statistics(
        self,
        *,
        source: str,
        source_id: str,
        request_timeout: float | None = None,
    ) -> ShortUrlStatisticsList:
        """Get Short URL Statistics

        Opens of the short links made in one message or campaign, by device, system, browser, country and region.

        ``GET /short-url/statistics/{source}/{source_id}``.

        Args:
            source: (path, required)

            source_id: (path, required)

        """
        result: ShortUrlStatisticsList = await self._call(
            "get_short_url_statistics",
            {
                "source": source,
                "source_id": source_id,
            },
            request_timeout,
        )
        return result

    def list_short_url_tracking(
        self,
        *,
        long_url_id: str,
        offset: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        direction: ListShortUrlTrackingDirection | Unset = UNSET,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> AsyncPaginator[ShortUrlTrackingPage, ShortUrlOpen]:
        """Track Short URL Opens

        Each recipient's opens of the short link of one long URL (long_url_id from the statistics).

        ``GET /short-url/tracking/{long_url_id}``.

        Paginated: ``await`` this for one page, or ``async for`` over it for every ShortUrlOpen of every page
        (``limit`` sets the page size; ``max_items`` and ``read_ahead`` apply to the loop).

        Args:
            long_url_id: (path, required)

            offset: (query)

            limit: (query)

            direction: (query)

        """
        return self._paginate(
            "list_short_url_tracking",
            {
                "long_url_id": long_url_id,
                "offset": offset,
                "limit": limit,
                "direction": direction,
            },
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )


class SyncShortUrlsResource(SyncResource):
    """The ``short_urls`` operations, blocking: ``cs.short_urls.<operation>(...)`` on a ``ClickSendSync``."""

    get_short_url_statistics = blocking(ShortUrlsResource.get_short_url_statistics)
    list_short_url_tracking = blocking_pages(ShortUrlsResource.list_short_url_tracking)
