"""Auto-pagination: an async iterator over the records of any paginated list operation."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import anyio

FetchPage = Callable[[int], Awaitable[Any]]


def _records(page: Any) -> list[Any]:
    records = getattr(page, "data", None)
    return list(records) if isinstance(records, list) else []


def _last_page(page: Any) -> int | None:
    value = getattr(page, "last_page", None)
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


async def _load(fetch: FetchPage, number: int, into: dict[int, Any]) -> None:
    into[number] = await fetch(number)


async def iterate_pages(
    fetch: FetchPage, *, first_page: int = 1, max_items: int | None = None, read_ahead: int = 2
) -> AsyncIterator[Any]:
    """Yield records page by page. Once the first page tells how many pages there are, the next
    ``read_ahead`` pages are fetched concurrently; at most that many pages are held in memory."""
    yielded = 0
    page = await fetch(first_page)
    last = _last_page(page)
    number = first_page
    while True:
        for record in _records(page):
            if max_items is not None and yielded >= max_items:
                return
            yield record
            yielded += 1
        if not _records(page):
            return
        if last is None:  # no total known: walk one page at a time until an empty page
            number += 1
            page = await fetch(number)
            continue
        if number >= last:
            return
        window = list(range(number + 1, min(last, number + max(read_ahead, 1)) + 1))
        pages: dict[int, Any] = {}
        async with anyio.create_task_group() as tg:
            for n in window:
                tg.start_soon(_load, fetch, n, pages)
        for n in window[:-1]:
            for record in _records(pages[n]):
                if max_items is not None and yielded >= max_items:
                    return
                yield record
                yielded += 1
        number, page = window[-1], pages[window[-1]]
