"""``ClickSend``: the client users hold. One pooled ``httpx.AsyncClient`` under the generated operations."""

from __future__ import annotations

import functools
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, overload

import anyio

from ._actions import Actions
from ._defaults import DEFAULT_BASE_URL, DEFAULT_MAX_RESPONSE_BYTES
from ._exceptions import ConfigurationError, Problem, ValidationError
from ._index import operation, operation_function, operation_id_of, paginated_operation
from ._pagination import attribute_at
from ._pagination import paginate as paginate_records
from ._responses import api_error, documented_data, undeclared, unexpected
from .resources import Resources

# The features below (batched sends, journal, delivery tracking, polling, webhooks) load when first used,
# which keeps ``from clicksend_async import ClickSend`` cheap; tests/test_import_cost.py holds it so.
if TYPE_CHECKING:
    import httpx
    from typing_extensions import Self

    from ._batching import Messages
    from ._connection import Connection
    from ._delivery import DeliveryResult, DeliveryTracker
    from ._http_backends import HttpBackend
    from ._lifecycle import AfterSend, Source
    from ._polling import Poller
    from ._report import SendReport
    from ._sending import BatchedSending, Progress
    from ._transport import Backoff
    from .client import AuthenticatedClient
    from .journal import JournalTarget, ReconcileSummary
    from .webhooks import DeliveryReceipt, Event, InboundMessage

# What the generated parsers raise on an answer that is not the documented JSON (JSONDecodeError and
# UnicodeDecodeError are ValueErrors; a wrong shape gives TypeError, KeyError or AttributeError).
_UNREADABLE = (ValueError, TypeError, KeyError, AttributeError)


class ClickSend(Resources):
    """Async ClickSend client.

    Args:
        username: API username; defaults to ``CLICKSEND_USERNAME``.
        api_key: API key; defaults to ``CLICKSEND_API_KEY``.
        base_url: API root. ``http://`` is refused unless ``allow_http=True`` or the host is loopback.
        timeout: seconds (or an ``httpx.Timeout``) per request; None (default): 30 s, 10 s to connect.
            Override per call with ``timeout=``.
        max_retries: retries of requests that are safe to repeat (see the transport's policy).
        max_concurrency: requests of one batched send or page read-ahead in flight at once.
        phone_region: ISO country used to normalise national numbers (``0411 111 111`` -> ``+61411111111``)
            when ``normalise_numbers=True``; a message's own ``country`` wins.
        http_backend: ``"httpx"`` (default; asyncio and trio), ``"asyncio"`` (our own HTTP/1.1 transport on
            asyncio sockets: asyncio only, the least CPU per request, no extra dependency) or ``"aiohttp"``
            (asyncio only; needs ``pip install 'clicksend-async[aiohttp]'``). All sit under the same checks,
            retries, timeouts, limits and redaction.
        transport: the innermost httpx transport (tests and the mock server pass theirs).
        max_response_bytes: answers larger than this raise ``UnexpectedResponseError`` (default 16 MiB).
    """

    def __init__(
        self,
        username: str | None = None,
        api_key: str | None = None,
        *,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 3,
        max_concurrency: int = 8,
        http2: bool = False,
        allow_http: bool = False,
        phone_region: str | None = None,
        normalise_numbers: bool = False,
        http_backend: HttpBackend = "httpx",
        transport: httpx.AsyncBaseTransport | None = None,
        backoff: Backoff | None = None,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        from ._connection import Connection, check_base_url, enable_debug_logging
        from .client import USER_AGENT, AuthenticatedClient  # (httpx, attrs: loaded when a client is made)

        username = username if username is not None else os.environ.get("CLICKSEND_USERNAME")
        api_key = api_key if api_key is not None else os.environ.get("CLICKSEND_API_KEY")
        if not username:
            raise ConfigurationError("no ClickSend username: pass username= or set CLICKSEND_USERNAME")
        if not api_key:
            raise ConfigurationError("no ClickSend API key: pass api_key= or set CLICKSEND_API_KEY")
        check_base_url(base_url, allow_http)
        if max_concurrency < 1:
            raise ConfigurationError(f"max_concurrency must be at least 1, got {max_concurrency}")
        if os.environ.get("CLICKSEND_DEBUG"):
            enable_debug_logging()
        self.username = username
        self.max_concurrency = max_concurrency
        self.phone_region = phone_region
        self.normalise_numbers = normalise_numbers
        self._connection: Connection = Connection(
            username=username,
            api_key=api_key,
            base_url=base_url,
            user_agent=USER_AGENT,
            timeout=timeout,
            max_retries=max_retries,
            max_connections=max(max_concurrency, 10),
            http2=http2,
            http_backend=http_backend,
            transport=transport,
            backoff=backoff,
            sleep=sleep,
            max_response_bytes=max_response_bytes,
        )
        self._http = self._connection.http
        #: The generated, authenticated client: pass it to any function of ``clicksend_async.api``.
        self.client: AuthenticatedClient = AuthenticatedClient(
            base_url=base_url, username=username, api_key=api_key
        )
        self.client.set_async_httpx_client(self._http)
        #: Run any of the 183 catalogue actions by id: ``await cs.actions.call("CLICKSEND_...", {...})``.
        self.actions = Actions(self)

    @functools.cached_property
    def _sending(self) -> BatchedSending:
        """The batched sends (``send_sms`` and the other ``send_*``/``price_*``), built on first use."""
        from ._sending import BatchedSending

        return BatchedSending(self)

    @functools.cached_property
    def _after(self) -> AfterSend:
        """What follows a send (delivery tracking, polling, replies, rules), built on first use."""
        from ._lifecycle import AfterSend

        return AfterSend(self)

    def __repr__(self) -> str:
        return f"ClickSend(username={self.username!r}, base_url={str(self._http.base_url)!r})"

    async def __aenter__(self) -> Self:
        self._connection.check_event_loop()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    # ------------------------------------------------------------------ any operation

    async def _call_data(self, op: Any, params: Mapping[str, Any], request_timeout: float | None) -> Any:
        """``call`` (typed by operationId in ``resources.Resources``): the answer's ``data``."""
        op_id = operation_id_of(op)
        response = await self._call(op_id, params, request_timeout=request_timeout)
        op_info = operation(op_id)
        if not op_info["envelope"]:
            return response.parsed
        from .types import Unset

        data = getattr(response.parsed, "data", None)
        if isinstance(data, Unset):
            return None
        return documented_data(op_id, response, data)

    async def _call(
        self, op_id: str, params: Mapping[str, Any], *, request_timeout: float | None = None
    ) -> Any:
        module = operation_function(op_id)
        kwargs = _arguments(op_id, module, params)
        connection = self._connection
        token = connection.set_call_timeout(request_timeout) if request_timeout is not None else None
        try:
            response = await self._request(op_id, module, kwargs)
        finally:
            if token is not None:
                connection.reset_call_timeout(token)
        if response.status_code >= 400:
            raise api_error(op_id, response)
        no_body = (200, operation(op_id)["success_status"])  # 200 or the declared 204 may come without a body
        if response.parsed is None and response.status_code not in no_body:
            raise unexpected(op_id, response, undeclared(response))
        return response

    async def _request(self, op_id: str, module: Any, kwargs: dict[str, Any]) -> Any:
        """One generated operation, sent and parsed; an answer its parser cannot read is a typed error."""
        request = module._get_kwargs(**kwargs)
        request["url"] = self._connection.url(request["url"])
        response = await self._http.request(**request)
        try:
            return module._build_response(client=self.client, response=response)
        except _UNREADABLE:
            if response.status_code >= 400:
                raise api_error(op_id, response) from None
            raise unexpected(
                op_id, response, "the answer is not the JSON envelope the spec documents"
            ) from None

    # ------------------------------------------------------------------ pagination

    def _paginate_records(
        self,
        op: Any,
        params: Mapping[str, Any],
        *,
        limit: int,
        max_items: int | None,
        read_ahead: int | None,
        first_page: int,
        request_timeout: float | None,
    ) -> AsyncIterator[Any]:
        """``paginate`` (typed by operationId in ``resources.Resources``): the records of every page."""
        op_id = operation_id_of(op)
        paging = paginated_operation(op_id)["paging"]
        assert paging is not None
        size = paging["size_param"]
        schema = next(p["schema"] for p in operation(op_id)["params"] if p["name"] == size)
        low, high = schema.get("minimum", 1), schema.get("maximum", limit)
        if not low <= limit <= high:
            raise ValidationError(
                [Problem(None, "limit", limit, f"ClickSend pages hold {low} to {high} records")]
            )

        async def fetch(page_params: Mapping[str, Any]) -> Any:
            arguments = {**params, size: limit, **page_params}
            response = await self._call(op_id, arguments, request_timeout=request_timeout)
            page = attribute_at(response.parsed, paging["page"])
            if not isinstance(getattr(page, paging["items"], None), list) and page != []:  # [] = PHP's {}
                where = ", ".join(f"{k}={v}" for k, v in page_params.items()) or "the first page"
                raise unexpected(op_id, response, f"{where} holds no list of {paging['items']}")
            return response.parsed

        ahead = self.max_concurrency if read_ahead is None else read_ahead
        return paginate_records(fetch, paging, first_page=first_page, max_items=max_items, read_ahead=ahead)

    # ------------------------------------------------------------------ batched sends

    async def send_sms(
        self,
        messages: Messages,
        *,
        invalid: Literal["raise", "skip"] = "raise",
        progress: Progress | None = None,
        report: SendReport | None = None,
        batch_size: int | None = None,
        journal: JournalTarget | None = None,
        settle_delay: float | None = None,
        shorten_urls: bool | None = None,
        senders: Sequence[Mapping[str, Any]] | None = None,
        campaign: str | None = None,
    ) -> SendReport:
        """Send any number of SMS (dicts or ``SmsMessageInput``), 1000 per request, ``max_concurrency``
        requests at a time. Returns one outcome per input message, in input order.

        ``invalid="raise"`` (default): bad messages raise ``ValidationError`` listing all of them, and none
        of the call is sent -- for a list or tuple this is checked before the first request; for a stream,
        each batch is checked before it is sent (the exception's ``report`` tells what already went out).
        ``invalid="skip"``: bad messages are reported as ``invalid`` and the rest are sent.
        ``progress(done, total)`` (sync or async) is called after each batch; ``total`` is None for streams.
        Pass ``report=`` to keep hold of the outcomes even if the call is cancelled half way.
        ``batch_size`` (1..1000, default 1000) messages go in one request: smaller batches bound how many
        messages one unanswered request leaves ``unconfirmed``.
        ``journal`` (a file path): the campaign survives a crash. Every batch is written to the journal
        before it goes out; rerunning the same call resumes it (known outcomes are skipped, what is in
        doubt is reconciled against the history once ``settle_delay`` seconds, default 60, have passed since
        it was sent, the rest is sent) and the report covers the whole campaign. See ``reconcile``.
        ``shorten_urls=True`` has ClickSend shorten one URL in each message; ``senders``
        (``[{"recipient_country_code": "AU", "sender_id": "MyShop"}, ...]``) picks the sender per recipient
        country for the messages without ``from``.
        ``journal="postgresql://..."`` with ``campaign="name"``: any number of workers share the campaign
        (each runs the same call on the same input; ``pip install 'clicksend-async[postgres]'``).
        """
        from ._outcomes import SEND
        from ._sending import request_fields

        extra = request_fields(shorten_urls=shorten_urls, senders=senders)
        return await self._sending.send(
            "send_sms",
            messages,
            extra,
            invalid,
            progress,
            report,
            SEND,
            batch_size,
            journal,
            settle_delay,
            campaign,
        )

    async def send_mms(
        self,
        messages: Messages,
        *,
        media_file: str,
        invalid: Literal["raise", "skip"] = "raise",
        progress: Progress | None = None,
        report: SendReport | None = None,
        batch_size: int | None = None,
        journal: JournalTarget | None = None,
        settle_delay: float | None = None,
        campaign: str | None = None,
    ) -> SendReport:
        """Like ``send_sms`` for MMS; ``media_file`` is the URL of the image sent with every message."""
        from ._outcomes import SEND

        extra = {"media_file": media_file}
        return await self._sending.send(
            "send_mms",
            messages,
            extra,
            invalid,
            progress,
            report,
            SEND,
            batch_size,
            journal,
            settle_delay,
            campaign,
        )

    async def price_sms(
        self,
        messages: Messages,
        *,
        invalid: Literal["raise", "skip"] = "raise",
        progress: Progress | None = None,
        report: SendReport | None = None,
        shorten_urls: bool | None = None,
        senders: Sequence[Mapping[str, Any]] | None = None,
    ) -> SendReport:
        """What ``send_sms`` of these messages would cost, quoted 1000 per request; nothing is sent.

        Outcomes are ``priced`` (with ``price``), ``rejected``, ``invalid`` or ``failed``; the report's
        ``total_price`` is the quote. Quotes are safe to repeat, so they are retried like any read.
        ``shorten_urls`` and ``senders`` as for ``send_sms``.
        """
        from ._outcomes import PRICE
        from ._sending import request_fields

        extra = request_fields(shorten_urls=shorten_urls, senders=senders)
        return await self._sending.send(
            "calculate_sms_price", messages, extra, invalid, progress, report, PRICE
        )

    async def price_mms(
        self,
        messages: Messages,
        *,
        media_file: str,
        invalid: Literal["raise", "skip"] = "raise",
        progress: Progress | None = None,
        report: SendReport | None = None,
    ) -> SendReport:
        """Like ``price_sms`` for MMS with the image at ``media_file``."""
        from ._outcomes import PRICE

        extra = {"media_file": media_file}
        return await self._sending.send(
            "calculate_mms_price", messages, extra, invalid, progress, report, PRICE
        )

    async def send_voice(
        self,
        messages: Messages,
        *,
        invalid: Literal["raise", "skip"] = "raise",
        progress: Progress | None = None,
        report: SendReport | None = None,
        batch_size: int | None = None,
        journal: JournalTarget | None = None,
        settle_delay: float | None = None,
        campaign: str | None = None,
    ) -> SendReport:
        """Like ``send_sms`` for text-to-speech calls (dicts or ``VoiceMessageInput``): each message needs
        ``to`` (or ``list_id``), ``body`` and ``voice`` (``"female"`` or ``"male"``), and may set ``lang``,
        ``schedule``, ``custom_string``, ``require_input``, ``machine_detection``. 1000 calls per request."""
        from ._outcomes import SEND

        return await self._sending.send(
            "send_voice",
            messages,
            {},
            invalid,
            progress,
            report,
            SEND,
            batch_size,
            journal,
            settle_delay,
            campaign,
        )

    async def reconcile(
        self,
        journal: JournalTarget,
        *,
        settle_delay: float | None = None,
        campaign: str | None = None,
    ) -> ReconcileSummary:
        """Settle the messages a campaign journal holds in doubt (in flight when a run died, or
        ``unconfirmed``) against ClickSend's history: found ones are recorded as sent, ones still absent
        ``settle_delay`` seconds (default 60) after their send as not sent (the next run sends them). Nothing
        is sent."""
        from .journal import DEFAULT_SETTLE_DELAY, reconcile

        delay = DEFAULT_SETTLE_DELAY if settle_delay is None else settle_delay
        return await reconcile(self, journal, settle_delay=delay, campaign=campaign)

    async def price_voice(
        self,
        messages: Messages,
        *,
        invalid: Literal["raise", "skip"] = "raise",
        progress: Progress | None = None,
        report: SendReport | None = None,
    ) -> SendReport:
        """What ``send_voice`` of these calls would cost (see ``price_sms``); no call is made."""
        from ._outcomes import PRICE

        return await self._sending.send(
            "calculate_voice_price", messages, {}, invalid, progress, report, PRICE
        )

    # ------------------------------------------------------------------ after the send

    @property
    def deliveries(self) -> DeliveryTracker:
        """The delivery tracker: ``track(report)`` / ``forget(report)``, ``status(message_id)``."""
        return self._after.tracker

    @property
    def poller(self) -> Poller:
        """The client's one poller of ClickSend's queues (``interval``, ``max_interval``, ``settle``)."""
        return self._after.poller

    @overload
    async def wait_for_delivery(
        self,
        target: SendReport,
        *,
        timeout: float | None = 300,  # noqa: ASYNC109 (the wait's deadline gives a result, not an error)
        source: Source | None = None,
        channel: str = "sms",
    ) -> DeliveryResult: ...

    @overload
    async def wait_for_delivery(
        self,
        target: str,
        *,
        timeout: float | None = 300,  # noqa: ASYNC109
        source: Source | None = None,
        channel: str = "sms",
    ) -> DeliveryReceipt | None: ...

    async def wait_for_delivery(
        self,
        target: SendReport | str,
        *,
        timeout: float | None = 300,  # noqa: ASYNC109
        source: Source | None = None,
        channel: str = "sms",
    ) -> DeliveryResult | DeliveryReceipt | None:
        """Wait until the sent messages of a report (or one ``message_id``) have a final receipt, or
        ``timeout`` seconds pass: the rest are then ``pending`` (no exception).

        A report gives a ``DeliveryResult`` (``delivered``, ``failed``, ``pending``, ``not_sent``); a
        message_id its final ``DeliveryReceipt`` (on timeout its latest one, or None). ``source="poll"``
        reads ClickSend's receipt queue of ``channel`` (``sms``, ``mms``, ``voice``, ``fax``) and needs a
        POLL rule (``enable_receipt_polling``); ``source="webhook"`` takes receipts from ``webhook_app``.
        The default is ``webhook`` once a ``webhook_app`` serves this client, else ``poll``.
        """
        return await self._after.wait(target, timeout, source, channel)

    def inbound(self, source: Source | None = None) -> AsyncIterator[InboundMessage]:
        """Replies (inbound SMS) as they arrive, from the poll queue (``source="poll"``, needs a POLL inbound
        rule: ``enable_inbound_polling``) or from ``webhook_app``; each is an ``InboundMessage`` whose
        ``in_reply_to`` is the outcome it answers when the message is tracked."""
        return self._after.inbound(source)

    def use_webhooks(self) -> None:
        """Make ``source="webhook"`` the default of waits and ``inbound()`` (``webhook_app`` calls this)."""
        self._after.webhook_attached = True

    def handle_event(self, event: Event) -> bool:
        """Apply one parsed receipt or reply (what ``webhook_app`` does); True if it was news."""
        return self._after.handle_event(event)

    async def enable_receipt_polling(self, channel: str = "sms") -> bool:
        """Create a POLL receipt rule for ``channel`` unless one exists (True if created). The SDK never
        changes the account's rules unless asked. Polling consumes the queue: one poller per account."""
        return await self._after.rules.enable_polling(channel)

    async def enable_inbound_polling(self) -> bool:
        """Create a POLL inbound SMS rule (any number, any message) unless one exists (True if created)."""
        return await self._after.rules.enable_polling("inbound")

    async def configure_webhooks(
        self,
        url: str,
        *,
        channels: tuple[str, ...] = ("sms",),
        inbound: bool = True,
        webhook_type: Literal["post", "get", "json"] = "post",
    ) -> list[str]:
        """Point URL rules for ``channels``' receipts (and inbound SMS) at ``url``, without duplicating a rule
        that already has that address. Put a secret token in ``url`` and serve it over HTTPS."""
        return await self._after.rules.configure_webhooks(url, channels, inbound, webhook_type)


@functools.cache
def _call_shape(op_id: str, module: Any) -> tuple[dict[str, Any], frozenset[str]]:
    """An operation's parameters by wire name, and the keyword names of its generated function (read once
    per operation: ``inspect.signature`` costs more than the rest of a call's argument handling)."""
    import inspect  # (loaded by the first call, not by the import)

    spec_params = {p["name"]: p for p in operation(op_id)["params"]}
    return spec_params, frozenset(inspect.signature(module.asyncio_detailed).parameters)


def _arguments(op_id: str, module: Any, params: Mapping[str, Any]) -> dict[str, Any]:
    """Keyword arguments of a generated function from wire-named parameters."""
    from ._batching import wrong_type

    spec_params, signature = _call_shape(op_id, module)
    kwargs: dict[str, Any] = {}
    body: dict[str, Any] = {}
    problems: list[Problem] = []
    for name, value in params.items():
        param = spec_params.get(name)
        if param is None:
            problems.append(Problem(None, name, value, f"{op_id} has no such parameter"))
            continue
        in_json = param["in"] == "body"
        reason = wrong_type(param["schema"], value, json=in_json)
        if param["in"] == "path" and value is None:
            reason = "required"
        if reason:
            problems.append(Problem(None, name, value, reason))
        elif param["in"] == "body":
            body[name] = value
        else:
            python = name if name in signature else param.get("python_name", name)
            kwargs[python if python in signature else f"{name}_"] = value
    missing = [p["name"] for p in spec_params.values() if p["required"] and p["name"] not in params]
    problems += [Problem(None, name, None, "required") for name in missing]
    if problems:
        raise ValidationError(problems)
    if "body" in signature:
        from ._sending import PreparedBody  # the batched sends' module: a GET (a page) does not load it

        kwargs["body"] = PreparedBody(body)
    return kwargs
