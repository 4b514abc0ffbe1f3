"""Auto-pagination: an async iterator over the records of any paginated list operation.

ClickSend paginates in four styles; the spec declares each list operation's style
(``x-clicksend-pagination``) and the generator turns it into a ``Paging`` entry of the operation index, so the
style is looked up, never guessed from a response:

- ``page``: numbered Laravel pages (``page``, ``limit``); the first page tells the last page number, so the
  following pages can be read ahead concurrently.
- ``page_size``, ``cursor`` and ``limit_offset``: the size goes in ``page_size`` / ``per_page`` / ``limit``, and
  each page links to the next one (``_metadata.pagination.next`` / ``next_page_url``); the ``offset`` cursor of
  that link fetches it.
  Such pages can only be read one after the other.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from typing import Any
from urllib.parse import parse_qs, urlsplit

import anyio

from ._index import Paging

FetchPage = Callable[[int], Awaitable[Any]]
FetchParams = Callable[[Mapping[str, Any]], Awaitable[Any]]


def attribute_at(value: Any, path: list[str]) -> Any:
    """``value.a.b`` for ``path == ["a", "b"]`` (``None`` where an attribute is missing)."""
    for name in path:
        value = getattr(value, name, None)
    return value


def _records(page: Any, items: str = "data") -> list[Any]:
    records = getattr(page, items, None)
    return list(records) if isinstance(records, list) else []


def _last_page(page: Any, path: list[str] | None = None) -> int | None:
    value = attribute_at(page, path or ["last_page"])
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


class _Failed:
    """A read-ahead page whose fetch failed: raised when its turn comes, not wrapped in a task group's
    ExceptionGroup, and only after the records of the pages before it were yielded."""

    def __init__(self, error: Exception) -> None:
        self.error = error


async def _load(fetch: FetchPage, number: int, into: dict[int, Any]) -> None:
    try:
        into[number] = await fetch(number)
    except Exception as exc:
        into[number] = _Failed(exc)


def _page(loaded: Any) -> Any:
    if isinstance(loaded, _Failed):
        raise loaded.error
    return loaded


async def iterate_pages(
    fetch: FetchPage,
    *,
    first_page: int = 1,
    max_items: int | None = None,
    read_ahead: int = 2,
    items: str = "data",
    last: list[str] | None = None,
) -> AsyncIterator[Any]:
    """Yield the records of numbered pages (``fetch(number)`` gives a page object). Once the first page tells
    how many pages there are, the next ``read_ahead`` pages are fetched concurrently; at most that many pages
    are held in memory."""
    yielded = 0
    page = await fetch(first_page)
    last_number = _last_page(page, last)
    number = first_page
    while True:
        for record in _records(page, items):
            if max_items is not None and yielded >= max_items:
                return
            yield record
            yielded += 1
        if not _records(page, items):
            return
        if last_number is None:  # no total known: walk one page at a time until an empty page
            number += 1
            page = await fetch(number)
            continue
        if number >= last_number:
            return
        window = list(range(number + 1, min(last_number, number + max(read_ahead, 1)) + 1))
        pages: dict[int, Any] = {}
        async with anyio.create_task_group() as tg:
            for n in window:
                tg.start_soon(_load, fetch, n, pages)
        for n in window[:-1]:
            for record in _records(_page(pages[n]), items):
                if max_items is not None and yielded >= max_items:
                    return
                yield record
                yielded += 1
        number, page = window[-1], _page(pages[window[-1]])


def next_cursor(link: Any, param: str) -> str | None:
    """The ``param`` cursor of a link to the next page: a URL (absolute or relative) carrying it in its
    query string, or the bare cursor itself. ``None`` when there is no next page."""
    if not isinstance(link, str) or not link.strip():
        return None
    if "?" not in link and "/" not in link:
        return link
    values = parse_qs(urlsplit(link).query).get(param)
    return values[0] if values else None


async def iterate_linked(
    fetch: FetchParams, paging: Paging, *, max_items: int | None = None
) -> AsyncIterator[Any]:
    """Yield the records of pages that link to the next one (``page_size``, ``cursor``, ``limit_offset``)."""
    yielded = 0
    cursor: str | None = None
    seen: set[str] = set()
    while True:
        response = await fetch({paging["position_param"]: cursor} if cursor is not None else {})
        page = attribute_at(response, paging["page"])
        records = _records(page, paging["items"])
        for record in records:
            if max_items is not None and yielded >= max_items:
                return
            yield record
            yielded += 1
        cursor = next_cursor(attribute_at(page, paging["next"]), paging["position_param"])
        if not records or cursor is None or cursor in seen:  # a repeated cursor would loop for ever
            return
        seen.add(cursor)


def paginate(
    fetch: FetchParams,
    paging: Paging,
    *,
    first_page: int = 1,
    max_items: int | None = None,
    read_ahead: int = 2,
) -> AsyncIterator[Any]:
    """The records of a list operation in its declared style; ``fetch(params)`` gives a parsed response."""
    if paging["style"] != "page":
        return iterate_linked(fetch, paging, max_items=max_items)

    async def numbered(number: int) -> Any:
        return attribute_at(await fetch({paging["position_param"]: number}), paging["page"])

    return iterate_pages(
        numbered,
        first_page=first_page,
        max_items=max_items,
        read_ahead=read_ahead,
        items=paging["items"],
        last=paging["last"],
    )
