"""The httpx transport under every request: input checks, safe retries, per-call timeouts, debug logging.

It sits below the generated functions, so calls made through ``ClickSend.client`` get the same guarantees
as the convenience methods. It learns which operation a request is from the ``clicksend_operation``
extension that every generated function sets, and looks its rules up in the operation index.

Retry policy -- ClickSend has no idempotency key, so a request is only repeated when that cannot send or
charge anything twice:

* the connection could not be made (the request never reached ClickSend): always retried;
* 429 Too Many Requests (ClickSend did not process it): always retried, after ``Retry-After``, else
  ``ratelimit-reset``, else exponential backoff with jitter;
* read timeout, connection dropped after the request went out, 5xx: retried only for operations the spec
  marks safe to repeat (``x-clicksend-idempotent``: every GET, and writes such as price or mark-as-read).
  For any other operation the error is raised with ``request_sent=True``: its outcome is unknown.

Answers are bounded: a body larger than ``max_response_bytes`` raises ``UnexpectedResponseError``, and a
body must finish arriving within the read timeout of its headers (a server that trickles bytes cannot hold
a call open forever). Error answers (status >= 400) that echo the API key have it replaced by
``<redacted>`` before anything (parser, exception, log) sees them.
"""

from __future__ import annotations

import base64
import binascii
import contextvars
import email.utils
import json
import logging
import random
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import anyio
import httpx

from ._defaults import DEFAULT_MAX_RESPONSE_BYTES
from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    Problem,
    UnexpectedResponseError,
    ValidationError,
)
from ._index import Operation, operation
from ._phone import check_e164, check_sender

logger = logging.getLogger("clicksend_async")

# A per-call timeout, set by ClickSend methods for the requests made within them.
call_timeout: contextvars.ContextVar[httpx.Timeout | None] = contextvars.ContextVar(
    "call_timeout", default=None
)
# Set by batched sends, whose messages were checked (and reported one by one) before the request was built.
phones_checked: contextvars.ContextVar[bool] = contextvars.ContextVar("phones_checked", default=False)

_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_MAYBE_SENT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
_SECRET_IN_BODY = re.compile(rb'("(?:api_key|password|cvc|number)"\s*:\s*)"[^"]*"')


def phone_problems(op: Operation, body: Any, index: int | None = None) -> list[Problem]:
    """Every phone-number field of ``body`` (per the spec's ``x-clicksend-phone`` marks) that is not valid."""
    problems: list[Problem] = []
    for dotted, rule in op["phone_fields"].items():
        for field, value in _values_at(body, dotted.split(".")):
            reason = check_sender(value) if rule == "or-sender-id" else check_e164(value)
            if reason:
                problems.append(Problem(index, field, value, reason))
    return problems


def _values_at(node: Any, parts: list[str], prefix: str = "") -> list[tuple[str, Any]]:
    if not parts or not isinstance(node, dict):
        return []
    head, rest = parts[0], parts[1:]
    name = head.removesuffix("[]")
    if name not in node or node[name] is None:
        return []
    value = node[name]
    label = f"{prefix}{name}"
    if head.endswith("[]"):
        items = value if isinstance(value, list) else []
        return [hit for i, item in enumerate(items) for hit in _values_at(item, rest, f"{label}[{i}].")]
    return [(label, value)] if not rest else _values_at(value, rest, f"{label}.")


class Backoff:
    """Exponential backoff with full jitter, capped; server-given delays are honoured up to ``cap``."""

    def __init__(self, base: float = 0.5, cap: float = 30.0, rng: random.Random | None = None) -> None:
        self.base, self.cap, self._rng = base, cap, rng or random.Random()

    def delay(self, attempt: int, response: httpx.Response | None = None) -> float:
        asked = _server_delay(response) if response is not None else None
        if asked is not None:
            return min(max(asked, 0.0), self.cap)
        return self._rng.uniform(0, min(self.cap, self.base * 2**attempt))


def _server_delay(response: httpx.Response) -> float | None:
    retry_after = response.headers.get("retry-after")
    if retry_after:
        try:
            return float(retry_after)
        except ValueError:
            parsed = email.utils.parsedate_to_datetime(retry_after)
            return parsed.timestamp() - time.time()
    reset = response.headers.get("ratelimit-reset")
    if reset:
        try:
            return float(reset)
        except ValueError:
            return None
    return None


class ClickSendTransport(httpx.AsyncBaseTransport):
    """Wraps the real transport with the checks and the retry policy described in this module."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *,
        max_retries: int = 3,
        backoff: Backoff | None = None,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self._inner = inner
        self._max_response_bytes = max_response_bytes
        self._max_retries = max_retries
        self._backoff = backoff or Backoff()
        self._sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        op_id = request.extensions.get("clicksend_operation")
        op = operation(op_id) if isinstance(op_id, str) else None
        if op is not None and op["phone_fields"] and not phones_checked.get():
            problems = phone_problems(op, json.loads(request.content or b"null"))
            if problems:
                raise ValidationError(problems)
        timeout = call_timeout.get()
        if timeout is not None:
            request.extensions["timeout"] = timeout.as_dict()
        idempotent = op["idempotent"] if op is not None else request.method in ("GET", "HEAD", "OPTIONS")
        attempt = 0
        while True:
            _log_request(request, attempt)
            try:
                response = await self._inner.handle_async_request(request)
                await self._read(request, response, op_id)  # a body cut off or too slow is retried too
            except _NEVER_SENT as exc:
                if attempt < self._max_retries:
                    await self._pause(attempt, None)
                    attempt += 1
                    continue
                raise _connection_error(exc, op_id, request_sent=False) from exc
            except _MAYBE_SENT as exc:
                if idempotent and attempt < self._max_retries:
                    await self._pause(attempt, None)
                    attempt += 1
                    continue
                raise _connection_error(exc, op_id, request_sent=True) from exc
            retry = response.status_code == 429 or (response.status_code >= 500 and idempotent)
            if retry and attempt < self._max_retries:
                await self._pause(attempt, response)
                attempt += 1
                continue
            if response.status_code >= 400:
                response = _without_key(request, response)
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug(
                    "<- %s %s: %s",
                    response.status_code,
                    op_id or request.url.path,
                    _redact(response.content, _api_key(request)),
                )
            return response

    async def _read(self, request: httpx.Request, response: httpx.Response, op_id: Any) -> None:
        """Read the whole answer, refusing more than ``max_response_bytes``, and timing out if it does not
        finish arriving within the read timeout (a trickle of bytes would never trip httpx's own)."""
        limit = self._max_response_bytes
        try:
            size = len(response.content)  # already in memory (built from bytes): just check it
        except httpx.ResponseNotRead:
            length = response.headers.get("content-length", "")
            size = int(length) if length.isdigit() else 0
        if size > limit:
            await response.aclose()
            raise _too_large(response.status_code, op_id, limit)
        read = (request.extensions.get("timeout") or {}).get("read")
        deadline = time.monotonic() + read if isinstance(read, (int, float)) else None
        response.stream = _BoundedStream(response.stream, limit, deadline, response.status_code, op_id)
        try:
            await response.aread()
        except BaseException:
            await response.aclose()  # give the connection back (or drop it) rather than leak it
            raise

    async def _pause(self, attempt: int, response: httpx.Response | None) -> None:
        delay = self._backoff.delay(attempt, response)
        logger.debug("retrying in %.2fs (attempt %d)", delay, attempt + 1)
        await self._sleep(delay)

    async def aclose(self) -> None:
        await self._inner.aclose()


class _BoundedStream(httpx.AsyncByteStream):
    def __init__(self, inner: Any, limit: int, deadline: float | None, status_code: int, op_id: Any) -> None:
        self._inner, self._limit, self._deadline = inner, limit, deadline
        self._status_code, self._op_id = status_code, op_id

    async def __aiter__(self) -> AsyncIterator[bytes]:
        received = 0
        async for chunk in self._inner:
            received += len(chunk)
            if received > self._limit:
                raise _too_large(self._status_code, self._op_id, self._limit)
            if self._deadline is not None and time.monotonic() > self._deadline:
                raise httpx.ReadTimeout("the answer did not finish arriving within the read timeout")
            yield chunk

    async def aclose(self) -> None:
        await self._inner.aclose()


def _too_large(status_code: int, op_id: Any, limit: int) -> UnexpectedResponseError:
    name = op_id if isinstance(op_id, str) else None
    return UnexpectedResponseError(
        f"{name or 'request'} failed: HTTP {status_code} answer larger than max_response_bytes ({limit})",
        status_code=status_code,
        operation=name,
    )


def _api_key(request: httpx.Request) -> bytes | None:
    """The API key of the request's Basic ``Authorization`` header, if any."""
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        _, sep, key = base64.b64decode(token, validate=True).partition(b":")
    except (binascii.Error, ValueError):
        return None
    return key if sep and key else None


def _hide(content: bytes, key: bytes | None) -> bytes:
    if not key or len(key) < 8:  # real keys are long; a toy key like "k" would mangle every answer
        return content
    for form in {key, key.replace(b"/", b"\\/")}:  # as sent, and as PHP's json_encode escapes it
        content = content.replace(form, b"<redacted>")
    return content


def _without_key(request: httpx.Request, response: httpx.Response) -> httpx.Response:
    """An error answer that echoes the API key, with the key replaced."""
    content = _hide(response.content, _api_key(request))
    if content == response.content:
        return response
    skip = (b"content-length", b"content-encoding", b"transfer-encoding")
    headers = [(k, v) for k, v in response.headers.raw if k.lower() not in skip]
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=content,
        request=request,
        extensions=response.extensions,
    )


def _connection_error(exc: Exception, op_id: Any, *, request_sent: bool) -> APIConnectionError:
    kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    outcome = "it may have reached ClickSend" if request_sent else "it never reached ClickSend"
    return kind(
        f"{op_id or 'request'} failed ({type(exc).__name__}): {outcome}",
        operation=op_id if isinstance(op_id, str) else None,
        request_sent=request_sent,
    )


def _log_request(request: httpx.Request, attempt: int) -> None:
    if not logger.isEnabledFor(logging.DEBUG):
        return
    headers = {k: ("<redacted>" if k.lower() == "authorization" else v) for k, v in request.headers.items()}
    logger.debug(
        "-> %s %s (attempt %d) headers=%s body=%s",
        request.method,
        request.url,
        attempt + 1,
        headers,
        _redact(request.content, _api_key(request)),
    )


def _redact(content: bytes, key: bytes | None = None, limit: int = 2000) -> str:
    text = _SECRET_IN_BODY.sub(rb'\1"<redacted>"', _hide(content[: limit * 2], key))
    return text[:limit].decode("utf-8", "replace")
