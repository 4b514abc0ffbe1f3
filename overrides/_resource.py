"""What the generated resource classes (``clicksend_async.resources``) stand on: the client they call through,
and the paginator a list operation returns.

A resource method only gathers its keyword arguments under their wire names and hands them to the client's
``call`` / ``paginate``: the same checks, transport, retries, envelope handling and typed errors as the
dynamic path, with the types of the spec on top.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Generator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._index import operation
from .types import Unset

if TYPE_CHECKING:
    from ._client import ClickSend

PageT = TypeVar("PageT")
RecordT = TypeVar("RecordT")


def wire_value(value: Any) -> Any:
    """A value as JSON: generated models through their ``to_dict``, inside lists and dicts too."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, (list, tuple)):
        return [wire_value(v) for v in value]
    if isinstance(value, Mapping):
        return {k: wire_value(v) for k, v in value.items()}
    return value


def wire_params(params: Mapping[str, Any]) -> dict[str, Any]:
    """The arguments given (``UNSET`` ones dropped), by wire name, as JSON values."""
    return {name: wire_value(value) for name, value in params.items() if not isinstance(value, Unset)}


class Resource:
    """The operations of one tag of the spec, bound to a client (``cs.sms``, ``cs.contacts`` ...)."""

    def __init__(self, client: ClickSend) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    async def _call(self, op_id: str, params: Mapping[str, Any], request_timeout: float | None) -> Any:
        return await self._client.call(op_id, request_timeout=request_timeout, **wire_params(params))

    def _paginate(
        self,
        op_id: str,
        params: Mapping[str, Any],
        *,
        max_items: int | None,
        read_ahead: int | None,
        request_timeout: float | None,
    ) -> AsyncPaginator[Any, Any]:
        return AsyncPaginator(
            self._client,
            op_id,
            wire_params(params),
            max_items=max_items,
            read_ahead=read_ahead,
            request_timeout=request_timeout,
        )


class AsyncPaginator(Generic[PageT, RecordT]):
    """What a paginated operation returns: ``await`` it for one page (the typed ``data``), or ``async for``
    over it for the records of every page, fetched as the loop goes (``cs.paginate``: numbered pages read
    ``read_ahead`` at a time, linked pages one after the other; ``max_items`` stops early).

    The operation's page-size argument (``limit``, ``page_size`` or ``per_page``) sets the size of every
    page read; its page number (``page``) is where the loop starts."""

    def __init__(
        self,
        client: ClickSend,
        op_id: str,
        params: dict[str, Any],
        *,
        max_items: int | None = None,
        read_ahead: int | None = None,
        request_timeout: float | None = None,
    ) -> None:
        self.operation_id = op_id
        self._client = client
        self._params = params
        self._max_items = max_items
        self._read_ahead = read_ahead
        self._request_timeout = request_timeout

    def __repr__(self) -> str:
        return f"<AsyncPaginator {self.operation_id} {self._params!r}>"

    async def page(self) -> PageT:
        """The one page these arguments ask for."""
        result: PageT = await self._client.call(
            self.operation_id, request_timeout=self._request_timeout, **self._params
        )
        return result

    def __await__(self) -> Generator[Any, None, PageT]:
        return self.page().__await__()

    def __aiter__(self) -> AsyncIterator[RecordT]:
        paging = operation(self.operation_id)["paging"]
        assert paging is not None  # only paginated operations return a paginator
        params = dict(self._params)
        options: dict[str, Any] = {}
        if paging["size_param"] in params:
            options["limit"] = params.pop(paging["size_param"])
        if paging["style"] == "page" and paging["position_param"] in params:
            options["first_page"] = params.pop(paging["position_param"])
        records: AsyncIterator[RecordT] = self._client.paginate(
            self.operation_id,
            max_items=self._max_items,
            read_ahead=self._read_ahead,
            request_timeout=self._request_timeout,
            **options,
            **params,
        )
        return records.__aiter__()
