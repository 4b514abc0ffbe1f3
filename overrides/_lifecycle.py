"""After the send: awaiting delivery and receiving replies, from ClickSend's poll queues or its webhooks.

``AfterSend`` joins the client's services for it: the delivery tracker (receipts -> waits), the inbox
(replies -> ``inbound()`` iterators), the poller (queues -> both) and the automation rules (which source is
set up). The client only delegates to it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Literal, overload

import anyio
import attrs

from ._automation import AutomationRules
from ._delivery import DeliveryResult, DeliveryTracker
from ._exceptions import Problem, ValidationError
from ._inbox import Inbox
from ._polling import QUEUES, Poller
from ._report import SendReport
from .webhooks import DeliveryReceipt, Event, InboundMessage

if TYPE_CHECKING:
    from ._client import ClickSend

Source = Literal["poll", "webhook"]


class AfterSend:
    """Receipts and replies of one client (``cs.wait_for_delivery``, ``cs.inbound``, ``webhook_app``)."""

    def __init__(self, client: ClickSend) -> None:
        self.tracker = DeliveryTracker()
        self.inbox = Inbox()
        self.rules = AutomationRules(client)
        self.poller = Poller(client, self.handle_event)
        #: Set by ``webhook_app(cs)``: waits and ``inbound()`` then default to the webhook source.
        self.webhook_attached = False
        self._polling_confirmed: set[str] = set()

    def handle_event(self, event: Event) -> bool:
        """Route one receipt or reply (from a poll or a webhook); True if it was news."""
        if isinstance(event, DeliveryReceipt):
            return self.tracker.apply(event)
        if event.original_message_id and event.in_reply_to is None:
            outcome = self.tracker.outcome_of(event.original_message_id)
            if outcome is not None:
                event = attrs.evolve(event, in_reply_to=outcome)
        return self.inbox.publish(event)

    def source(self, source: Source | None) -> Source:
        if source is None:
            return "webhook" if self.webhook_attached else "poll"
        if source not in ("poll", "webhook"):
            raise ValidationError([Problem(None, "source", source, "must be 'poll' or 'webhook'")])
        return source

    async def _require_polling(self, queue: str) -> None:
        if queue in self._polling_confirmed:
            return
        await self.rules.require_poll_rule(queue)
        self._polling_confirmed.add(queue)

    @overload
    async def wait(
        self, target: SendReport, seconds: float | None, source: Source | None, channel: str
    ) -> DeliveryResult: ...

    @overload
    async def wait(
        self, target: str, seconds: float | None, source: Source | None, channel: str
    ) -> DeliveryReceipt | None: ...

    async def wait(
        self, target: SendReport | str, seconds: float | None, source: Source | None, channel: str
    ) -> DeliveryResult | DeliveryReceipt | None:
        chosen = self.source(source)
        if channel not in QUEUES or channel == "inbound":
            choices = ", ".join(q for q in QUEUES if q != "inbound")
            raise ValidationError([Problem(None, "channel", channel, f"must be one of {choices}")])
        if chosen == "poll":
            await self._require_polling(channel)
        if isinstance(target, SendReport):
            context = self.tracker.watching(target)
        elif isinstance(target, str) and target:
            context = self.tracker.watching_message(target)
        else:
            raise ValidationError(
                [Problem(None, "target", target, "must be a SendReport or a message_id string")]
            )
        with context as watch:
            with anyio.move_on_after(seconds):
                if chosen == "poll":
                    await self.poller.run_until(watch.done, [channel])
                else:
                    await watch.done.wait()
            return watch.result() if isinstance(target, SendReport) else watch.receipt()

    async def inbound(self, source: Source | None) -> AsyncIterator[InboundMessage]:
        chosen = self.source(source)
        if chosen == "poll":
            await self._require_polling("inbound")
        subscription = self.inbox.subscribe()
        try:
            while True:
                while subscription.items:
                    yield subscription.items.popleft()
                subscription.rearm()
                if chosen == "poll":
                    await self.poller.run_until(subscription.ready, ["inbound"])
                else:
                    await subscription.ready.wait()
        finally:
            self.inbox.unsubscribe(subscription)
