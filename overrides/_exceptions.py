"""One exception hierarchy for everything the SDK raises. Messages never contain credentials."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


class ClickSendError(Exception):
    """Base of every error raised by clicksend_async."""


class ConfigurationError(ClickSendError):
    """The client or the account is set up wrongly (missing credentials, a plain-http URL, a backend not
    installed, no POLL rule for polling ...)."""


@dataclass(frozen=True)
class Problem:
    """One bad input: where it is (``index`` in the call's input, ``field``), its value, and why.

    (A dataclass, not attrs: ``from clicksend_async import ClickSend`` loads attrs only with the generated
    client, when a client is made.)"""

    index: int | None
    field: str
    value: Any
    reason: str

    def __str__(self) -> str:
        where = f"[{self.index}] " if self.index is not None else ""
        return f"{where}{self.describe()}"

    def describe(self) -> str:
        """The problem without its position: ``to='0411': not in E.164 format ...``."""
        return f"{self.field}={self.value!r}: {self.reason}"


class UnknownOperationError(ClickSendError, LookupError):
    """An operation name that is not in the spec (or not paginated, for ``paginate``); ``suggestions`` are
    the closest operationIds that would do."""

    def __init__(self, message: str, suggestions: list[str]) -> None:
        self.suggestions = suggestions
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(message + hint)


class ValidationError(ClickSendError, ValueError):
    """The input was rejected before anything was sent. ``problems`` lists every bad entry of the call."""

    def __init__(self, problems: list[Problem], report: Any = None) -> None:
        self.problems = problems
        self.report = report  # for streamed input: what was already sent before the bad entry was read
        shown = "; ".join(str(p) for p in problems[:10])
        more = f" (and {len(problems) - 10} more)" if len(problems) > 10 else ""
        super().__init__(f"{len(problems)} invalid input(s), nothing sent for them: {shown}{more}")


class APIError(ClickSendError):
    """ClickSend answered with an error status."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        operation: str | None = None,
        response_code: str | None = None,
        response_msg: str | None = None,
        body: Any = None,
    ) -> None:
        self.status_code = status_code
        self.operation = operation
        self.response_code = response_code
        self.response_msg = response_msg
        self.body = body
        super().__init__(message)


class BadRequestError(APIError):
    """400 (or 405/422): ClickSend rejected the request; see ``response_code`` and ``response_msg``."""


class AuthenticationError(APIError):
    """401: missing or wrong username / API key."""


class PermissionDeniedError(APIError):
    """403: the account or subaccount may not do this."""


class NotFoundError(APIError):
    """404: no such resource."""


class RateLimitError(APIError):
    """429 after the retries were used up. ``retry_after`` is what the server last asked for, in seconds."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        self.retry_after = retry_after
        super().__init__(message, **kwargs)


class ServerError(APIError):
    """5xx: ClickSend failed. For an operation that is not safe to repeat, the outcome is unknown."""


class UnexpectedResponseError(APIError):
    """ClickSend answered, but not in a form the SDK can read: not JSON, not the documented shape, a status
    the spec does not declare, or a body larger than ``max_response_bytes``. The request did reach ClickSend:
    in a batched send, its messages are reported ``unconfirmed``."""


class APIConnectionError(ClickSendError):
    """The request failed in transit. ``request_sent`` tells whether it may have reached ClickSend."""

    def __init__(self, message: str, *, operation: str | None = None, request_sent: bool) -> None:
        self.operation = operation
        self.request_sent = request_sent
        super().__init__(message)


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, write, read or pool)."""


def error_for_status(
    status_code: int, *, operation: str | None, body: Any, retry_after: float | None = None
) -> APIError:
    """The typed error for an error response, with ClickSend's ``response_code`` / ``response_msg``."""
    envelope = body if isinstance(body, dict) else {}
    code = envelope.get("response_code") if isinstance(envelope.get("response_code"), str) else None
    msg = envelope.get("response_msg") if isinstance(envelope.get("response_msg"), str) else None
    text = f"{operation or 'request'} failed: HTTP {status_code}"
    if code or msg:
        text += f" {code or ''}: {msg or ''}".rstrip(": ")
    kwargs: dict[str, Any] = dict(
        status_code=status_code, operation=operation, response_code=code, response_msg=msg, body=body
    )
    if status_code == 401:
        return AuthenticationError(text, **kwargs)
    if status_code == 403:
        return PermissionDeniedError(text, **kwargs)
    if status_code == 404:
        return NotFoundError(text, **kwargs)
    if status_code == 429:
        return RateLimitError(text, retry_after=retry_after, **kwargs)
    if status_code >= 500:
        return ServerError(text, **kwargs)
    return BadRequestError(text, **kwargs)
