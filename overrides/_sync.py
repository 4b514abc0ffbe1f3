"""``ClickSendSync``: the blocking twin of ``ClickSend`` for scripts, Django views and notebooks.

It holds one ``ClickSend`` on a background event loop (``_blocking.Portal``) and exposes the same surface
blocking: the resources (``cs.sms.list_sms_history()``), the dynamic ``call`` / ``paginate``, the batched
conveniences and the catalogue actions. Every method is the async one run on that loop, so there is one
implementation of the logic; several threads may use one client at once.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from types import TracebackType
from typing import Any

from typing_extensions import Self

from ._actions import Actions
from ._blocking import Portal, blocking, iterate_blocking
from ._client import ClickSend
from .resources import SyncResources


class SyncActions:
    """``cs.actions`` of ``ClickSendSync``: run a catalogue action by id, blocking."""

    def __init__(self, actions: Actions, portal: Portal) -> None:
        self._async = actions
        self._portal = portal

    call = blocking(Actions.call)


class ClickSendSync(SyncResources):
    """Blocking ClickSend client: ``with ClickSendSync() as cs: cs.account.get_account()``.

    Takes the arguments of ``ClickSend`` (credentials, ``base_url``, ``timeout``, ``max_retries`` ...), plus
    ``backend`` (``"asyncio"`` or ``"trio"``) for the background loop. Close it with ``with`` or ``close()``.
    """

    def __init__(
        self,
        username: str | None = None,
        api_key: str | None = None,
        *,
        backend: str = "asyncio",
        **options: Any,
    ) -> None:
        self._portal = Portal(backend)
        try:
            self._async = self._portal.call(_make_client, username, api_key, **options)
        except BaseException:
            self._portal.close()
            raise
        self.username = self._async.username

    def __repr__(self) -> str:
        return f"ClickSendSync(username={self.username!r}, base_url={str(self._async._http.base_url)!r})"

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connections and stop the background loop. Idempotent."""
        if self._portal._thread.is_alive():
            self._portal.call(self._async.aclose)
        self._portal.close()

    @property
    def client(self) -> Any:
        """The generated client of the async twin (its ``asyncio`` functions need an event loop)."""
        return self._async.client

    @functools.cached_property
    def actions(self) -> SyncActions:
        return SyncActions(self._async.actions, self._portal)

    send_sms = blocking(ClickSend.send_sms)
    send_mms = blocking(ClickSend.send_mms)
    send_voice = blocking(ClickSend.send_voice)
    price_sms = blocking(ClickSend.price_sms)
    price_mms = blocking(ClickSend.price_mms)
    price_voice = blocking(ClickSend.price_voice)
    wait_for_delivery = blocking(ClickSend.wait_for_delivery)
    enable_receipt_polling = blocking(ClickSend.enable_receipt_polling)
    enable_inbound_polling = blocking(ClickSend.enable_inbound_polling)
    configure_webhooks = blocking(ClickSend.configure_webhooks)

    def inbound(self, source: Any = None) -> Iterator[Any]:
        """Replies as they arrive (see ``ClickSend.inbound``), blocking."""
        return iterate_blocking(lambda: self._async.inbound(source), self._portal)

    reconcile = blocking(ClickSend.reconcile)


async def _make_client(username: str | None, api_key: str | None, **options: Any) -> ClickSend:
    """The async twin, entered on the background loop (which checks the loop suits its HTTP backend)."""
    return await ClickSend(username, api_key, **options).__aenter__()
