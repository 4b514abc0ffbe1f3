"""Batched sends and quotes: messages split into requests, sent concurrently, one outcome per message."""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any, Literal

import anyio
import httpx

from ._batching import MessagePreparer, Messages, batches, check_messages_argument, request_field_problems
from ._exceptions import APIConnectionError, APIError, Problem, ValidationError
from ._index import operation, operation_function
from ._json import dumps
from ._outcomes import BatchKind, invalid_outcome, record_batch, record_whole_batch
from ._report import SendReport, Status
from ._responses import refused
from ._transport import phones_checked

if TYPE_CHECKING:  # the journal loads with the first journaled send (sqlite3 and its modules: 2 MiB, 20 ms)
    from ._client import ClickSend
    from .journal._campaign import Campaign, JournalBatch
    from .journal._service import JournalTarget

Progress = Callable[[int, int | None], Awaitable[None] | None]


class PreparedBody:
    """A request body that is already a checked wire dict: passed where a generated body model goes."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def to_dict(self) -> dict[str, Any]:
        return self._data


class BatchedSending:
    """The service behind ``send_sms``, ``price_sms`` and their MMS and voice twins.

    Any iterable or async iterable of messages is read lazily, checked against the operation's message
    schema, split into requests of ``batch_size`` (at most the operation's maximum), and sent
    ``client.max_concurrency`` requests at a time; every message gets exactly one outcome in the report.
    """

    def __init__(self, client: ClickSend) -> None:
        self._client = client

    async def send(
        self,
        op_id: str,
        messages: Messages,
        extra: dict[str, Any],
        invalid: Literal["raise", "skip"],
        progress: Progress | None,
        report: SendReport | None,
        kind: BatchKind,
        batch_size: int | None = None,
        journal: JournalTarget | None = None,
        settle_delay: float | None = None,
        campaign: str | None = None,
    ) -> SendReport:
        batch_rule = operation(op_id)["batch"]
        most = int(batch_rule["max"]) if batch_rule else 1000
        size = most if batch_size is None else batch_size
        if isinstance(size, bool) or not isinstance(size, int) or not 1 <= size <= most:
            raise ValidationError([Problem(None, "batch_size", batch_size, f"must be 1 to {most}")])
        self._client._connection.check_event_loop()  # before anything is sent, not inside a task
        bad_argument = check_messages_argument(messages)
        if bad_argument:
            raise ValidationError([bad_argument])
        bad_fields = request_field_problems(operation(op_id), extra)
        if bad_fields:
            raise ValidationError(bad_fields)
        report = report if report is not None else SendReport()
        if journal is None:
            return await self._send(op_id, messages, extra, invalid, progress, report, kind, size)
        from .journal._service import keeping_claims, send_campaign

        async with send_campaign(
            self._client,
            journal,
            operation=op_id,
            extra=extra,
            batch_size=batch_size,
            default_batch_size=most,
            report=report,
            settle_delay=settle_delay,
            campaign_name=campaign,
        ) as journaled:
            size = journaled.batch_size
            return await keeping_claims(
                journaled,
                lambda: self._send(op_id, messages, extra, invalid, progress, report, kind, size, journaled),
            )

    async def _send(
        self,
        op_id: str,
        messages: Messages,
        extra: dict[str, Any],
        invalid: Literal["raise", "skip"],
        progress: Progress | None,
        report: SendReport,
        kind: BatchKind,
        size: int,
        campaign: Campaign | None = None,
    ) -> SendReport:
        item = _item_schema(op_id)
        preparer = MessagePreparer(
            region=self._client.phone_region,
            normalise_numbers=self._client.normalise_numbers,
            required=tuple(name for name in item.get("required", []) if name not in ("to", "body")),
            fields=item.get("properties"),
            tag=campaign.tag if campaign is not None else None,
        )
        if campaign is not None:
            campaign.own_custom_strings = lambda: preparer.own_custom_strings
        checked = False  # a list checked whole up front is not checked again batch by batch
        if invalid == "raise" and isinstance(messages, Sequence):
            # a list is checked whole before anything is sent; its batches are copied (not checked again)
            # one at a time, so at most the batches in flight hold copies of messages
            problems = preparer.list_problems(messages)
            if problems:
                raise ValidationError(problems)
            checked = True
        stops: tuple[type[Exception], ...] = ()  # what stops the send when a batch raises it (caught: none)
        if campaign is not None:
            from .journal._store import JournalError

            stops = (JournalError,)
        slots = anyio.Semaphore(self._client.max_concurrency)
        done = 0
        stop: list[Problem] = []

        total = len(messages) if isinstance(messages, Sequence) else None

        async def advance(handled: int) -> None:
            nonlocal done
            done += handled
            if progress is not None:
                result = progress(done, total)
                if inspect.isawaitable(result):
                    await result

        # the input, the progress callback or the journal failed: raised as is once the batches in flight
        # are done
        broken: Exception | None = None

        async def send(
            batch: list[tuple[int, dict[str, Any]]], skipped: int, journaled: JournalBatch | None = None
        ) -> None:
            nonlocal broken
            try:
                if journaled is None:
                    await self._send_batch(op_id, batch, extra, report, kind)
                else:
                    await self._send_journaled(op_id, journaled, extra, report, kind, campaign)
            except stops as exc:  # a JournalError: its outcomes are in the report, not in the journal: stop
                broken = broken or exc
            finally:
                slots.release()
            try:
                await advance(len(batch) + skipped)
            except Exception as exc:  # raised as is after the task group, not inside an ExceptionGroup
                broken = broken or exc

        async def launch(journaled: JournalBatch) -> None:
            """Write a batch ahead in the journal, then send it (a journal that fails stops the campaign)."""
            assert campaign is not None
            await slots.acquire()
            try:
                request = self._request(op_id, journaled.messages, extra)
                claimed = await campaign.sending(journaled, request.content)
            except BaseException:
                slots.release()
                raise
            if not claimed:  # another worker journaled it first: it sends it
                slots.release()
                await advance(len(journaled.invalid))
                return
            skipped = journaled.progress - len(journaled.messages)
            journaled.request = request
            tg.start_soon(send, journaled.messages, skipped, journaled)

        async with anyio.create_task_group() as tg:
            try:
                number = 0
                async for raw in batches(messages, size):
                    if broken is not None:
                        break
                    ready: list[tuple[int, dict[str, Any]]] = preparer.prepare_checked(raw) if checked else []
                    refused_here: list[tuple[int, dict[str, Any], list[Problem]]] = []
                    for index, message in () if checked else raw:
                        data, problems = preparer.prepare(index, message)
                        if not problems:
                            ready.append((index, data))
                        elif invalid == "raise":
                            stop.extend(problems)
                        else:
                            report.record(invalid_outcome(index, data, problems))
                            refused_here.append((index, data, problems))
                    if stop:
                        break
                    if campaign is not None:
                        admission = await campaign.admit(number, ready, refused_here, report)
                        number += 1
                        if admission.settled:
                            await advance(admission.settled)
                        for journaled in admission.batches:
                            await launch(journaled)
                    elif ready:
                        await slots.acquire()
                        tg.start_soon(send, ready, len(raw) - len(ready))
                    else:  # every message of this batch was invalid: nothing to send, but progress was made
                        await advance(len(raw))
                while campaign is not None and broken is None and not stop:
                    admission = await campaign.finish(report)
                    if admission.settled:
                        await advance(admission.settled)
                    for journaled in admission.batches:
                        await launch(journaled)
                    if not admission.batches and not campaign.watching:
                        break
            except Exception as exc:  # the input itself (a generator raised) or the journal failed: the
                broken = broken or exc  # batches in flight finish and are reported; then it is raised as is
        if broken is not None:
            raise broken
        if stop:
            raise ValidationError(stop, report)
        return report

    def _request(
        self, op_id: str, batch: list[tuple[int, dict[str, Any]]], extra: dict[str, Any]
    ) -> httpx.Request:
        """The generated operation's request for ``batch``, built (and its body encoded) but not sent."""
        body = PreparedBody({**extra, "messages": [m for _, m in batch]})
        request = operation_function(op_id)._get_kwargs(body=body)
        request["content"] = dumps(request.pop("json"))  # by msgspec (on CPython)
        return self._client._http.build_request(**request)

    async def _send_journaled(
        self,
        op_id: str,
        journaled: JournalBatch,
        extra: dict[str, Any],
        report: SendReport,
        kind: BatchKind,
        campaign: Campaign | None,
    ) -> None:
        """Send a batch already written ahead, then journal its outcomes in one transaction."""
        assert campaign is not None
        assert journaled.request is not None
        start = await self._send_batch(op_id, journaled.messages, extra, report, kind, journaled.request)
        await campaign.answered(journaled, report, start)

    async def _send_batch(
        self,
        op_id: str,
        batch: list[tuple[int, dict[str, Any]]],
        extra: dict[str, Any],
        report: SendReport,
        kind: BatchKind,
        built: httpx.Request | None = None,
    ) -> int:
        """Send one batch and record its outcomes in ``report``; returns where they start in it (they are
        recorded without a pause, so they are contiguous however many batches are in flight)."""
        # The generated request, sent through the same client and transport, its body encoded by _request
        # (msgspec on CPython); the answer is read by record_batch straight from the JSON (parsing 1000
        # results into generated models cost more CPU than the whole rest of a batched send).
        # About to send: from here the batch may reach ClickSend, and its messages are final (custom_string).
        request = built if built is not None else self._request(op_id, batch, extra)
        token = phones_checked.set(True)
        try:
            response = await self._client._http.send(request)
        except (APIConnectionError, APIError) as exc:  # no answer, or one that could not be read
            if isinstance(exc, APIConnectionError):
                status: Status = kind.ambiguous if exc.request_sent else "failed"
            else:
                status = "failed" if refused(exc.status_code) else kind.ambiguous
            start = report.count
            record_whole_batch(report, batch, status, str(exc))
            return start
        except anyio.get_cancelled_exc_class():  # the request may have gone out: never report it as unsent
            record_whole_batch(report, batch, kind.ambiguous, "cancelled while in flight")
            raise
        finally:
            phones_checked.reset(token)
        # The answer is read: one outcome per message of the batch.
        start = report.count
        try:
            record_batch(op_id, batch, response, report, kind)
        finally:
            _release(response)
        return start


def _release(response: httpx.Response) -> None:
    """Let ``response`` (its answer, and the request with its body) be freed as soon as it is dropped.

    httpx's client binds a response's stream to the response itself (``BoundAsyncStream``), a reference
    cycle only the garbage collector frees; a batch's answer and request outlive several collections while
    in flight, so they reach the oldest generation, which is collected rarely: a fan-out of 100,000 messages
    held about 20 of them at a time, 14 MiB of its peak memory. The stream is read and closed by now."""
    response.stream = httpx.ByteStream(b"")


def request_fields(**fields: Any) -> dict[str, Any]:
    """The request-level fields of a batched call that were given (None: left to ClickSend's default)."""
    return {k: list(v) if isinstance(v, (list, tuple)) else v for k, v in fields.items() if v is not None}


def _item_schema(op_id: str) -> dict[str, Any]:
    """The spec's schema of one message of a batched operation: its ``properties``, and its ``required``
    fields (``subject`` for MMS, ``voice`` for voice calls besides ``to`` and ``body``)."""
    batch = operation(op_id)["batch"]
    field = next((p for p in operation(op_id)["params"] if batch and p["name"] == batch["field"]), None)
    return dict(field["schema"].get("items", {})) if field else {}
