"""Blocking twins of async methods: an event loop on a background thread runs the async code.

``Portal`` owns the loop (anyio's ``BlockingPortal`` on a daemon thread, so an unclosed client never keeps
the interpreter from exiting); any number of threads may call through it at once. ``blocking`` and
``blocking_pages`` turn an async method into a blocking one of the same signature (for mypy too), so the
blocking client and its resources are declared one line per method, never re-implemented.
"""

from __future__ import annotations

import contextlib
import functools
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any, Concatenate, Generic, TypeVar, overload

import anyio
from anyio.from_thread import BlockingPortal
from typing_extensions import ParamSpec, Self

if TYPE_CHECKING:
    from ._resource import AsyncPaginator, Resource

P = ParamSpec("P")
R = TypeVar("R")
PageT = TypeVar("PageT")
RecordT = TypeVar("RecordT")

# Records handed from the loop thread to the iterating thread per hop: a page is already in memory.
_RECORDS_PER_HOP = 100


class Portal:
    """An event loop running on a daemon thread until ``close()``; ``call`` runs a coroutine function on it
    and blocks for its result (or exception). Safe to call from several threads at once."""

    def __init__(self, backend: str = "asyncio") -> None:
        started: Future[BlockingPortal] = Future()

        async def serve() -> None:
            async with BlockingPortal() as portal:
                started.set_result(portal)
                await portal.sleep_until_stopped()

        def run() -> None:
            try:
                anyio.run(serve, backend=backend)
            except BaseException as exc:  # the loop could not start (unknown backend, trio missing ...)
                if not started.done():
                    started.set_exception(exc)

        self._thread = threading.Thread(target=run, name="clicksend-sync", daemon=True)
        self._thread.start()
        self._portal = started.result()

    @overload
    def call(self, func: Callable[..., Awaitable[R]], *args: Any, **kwargs: Any) -> R: ...
    @overload
    def call(self, func: Callable[..., R], *args: Any, **kwargs: Any) -> R: ...
    def call(self, func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        return self._portal.call(functools.partial(func, *args, **kwargs))

    def close(self) -> None:
        """Stop the loop and wait for its thread (tasks still running are cancelled). Idempotent."""
        if self._thread.is_alive():
            with contextlib.suppress(RuntimeError):  # already stopped
                self._portal.call(self._portal.stop, True)
            self._thread.join()


class blocking(Generic[P, R]):
    """``name = blocking(AsyncClass.name)`` in a class whose instances have ``_async`` (the async object)
    and ``_portal``: the same method, blocking until the coroutine's result."""

    def __init__(self, method: Callable[Concatenate[Any, P], Awaitable[R]]) -> None:
        self._method = method
        functools.update_wrapper(self, method)  # type: ignore[arg-type]

    @overload
    def __get__(self, instance: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, instance: object, owner: type[Any]) -> Callable[P, R]: ...
    def __get__(self, instance: object | None, owner: type[Any]) -> Self | Callable[P, R]:
        if instance is None:
            return self
        method, target, portal = self._method, instance._async, instance._portal  # type: ignore[attr-defined]

        @functools.wraps(method)
        def call(*args: P.args, **kwargs: P.kwargs) -> R:
            return portal.call(method, target, *args, **kwargs)  # type: ignore[no-any-return]

        return call


class blocking_pages(Generic[P, PageT, RecordT]):
    """``name = blocking_pages(AsyncResource.name)`` for a paginated operation: the blocking method returns
    a ``SyncPaginator`` (``.page()`` for one page, ``for`` for every record)."""

    def __init__(self, method: Callable[Concatenate[Any, P], AsyncPaginator[PageT, RecordT]]) -> None:
        self._method = method
        functools.update_wrapper(self, method)  # type: ignore[arg-type]

    @overload
    def __get__(self, instance: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, instance: object, owner: type[Any]) -> Callable[P, SyncPaginator[PageT, RecordT]]: ...
    def __get__(
        self, instance: object | None, owner: type[Any]
    ) -> Self | Callable[P, SyncPaginator[PageT, RecordT]]:
        if instance is None:
            return self
        method, target, portal = self._method, instance._async, instance._portal  # type: ignore[attr-defined]

        @functools.wraps(method)
        def call(*args: P.args, **kwargs: P.kwargs) -> SyncPaginator[PageT, RecordT]:
            return SyncPaginator(method(target, *args, **kwargs), portal)

        return call


class SyncPaginator(Generic[PageT, RecordT]):
    """The blocking form of ``AsyncPaginator``: ``.page()`` gives one page, iterating gives every record of
    every page (fetched on the background loop as the ``for`` loop goes; leaving the loop stops it)."""

    def __init__(self, paginator: AsyncPaginator[PageT, RecordT], portal: Portal) -> None:
        self._paginator = paginator
        self._portal = portal

    def __repr__(self) -> str:
        return f"<SyncPaginator {self._paginator.operation_id}>"

    def page(self) -> PageT:
        return self._portal.call(self._paginator.page)

    def __iter__(self) -> Iterator[RecordT]:
        return iterate_blocking(self._paginator.__aiter__, self._portal)


def iterate_blocking(records_of: Callable[[], AsyncIterator[R]], portal: Portal) -> Iterator[R]:
    """Iterate, blocking, over the async iterator ``records_of()``: records are fetched on the portal's loop
    a chunk at a time; leaving the ``for`` loop early closes the async iterator there."""
    records = records_of()

    async def next_records() -> list[R]:
        chunk: list[R] = []
        try:
            while len(chunk) < _RECORDS_PER_HOP:
                chunk.append(await records.__anext__())
        except StopAsyncIteration:
            pass
        return chunk

    async def close() -> None:
        aclose = getattr(records, "aclose", None)
        if aclose is not None:
            await aclose()

    try:
        while True:
            chunk = portal.call(next_records)
            yield from chunk
            if len(chunk) < _RECORDS_PER_HOP:
                return
    finally:
        portal.call(close)


class SyncResource:
    """The blocking twin of a ``Resource``: its methods are ``blocking(...)`` wrappers of the async ones."""

    def __init__(self, resource: Resource, portal: Portal) -> None:
        self._async = resource
        self._portal = portal

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._async._client!r}>"
