"""The HTTP side of a ``ClickSend`` client: one pooled ``httpx.AsyncClient`` over ``ClickSendTransport``.

``ClickSend`` builds it in its constructor, so ``from clicksend_async import ClickSend`` does not load httpx.
"""

from __future__ import annotations

import contextvars
import logging
from collections.abc import Awaitable, Callable

import httpx

from ._exceptions import ConfigurationError
from ._hosts import is_loopback_host
from ._http_backends import check_event_loop, http_transport
from ._transport import Backoff, ClickSendTransport, call_timeout, logger

_MAX_CACHED_URLS = 512


class _Cookies(httpx.Cookies):
    """httpx's cookie jar, which looks at an answer only if it sets a cookie."""

    def extract_cookies(self, response: httpx.Response) -> None:
        headers = response.headers
        if "set-cookie" in headers or "set-cookie2" in headers:
            super().extract_cookies(response)


class Connection:
    """The pooled HTTP client of one ``ClickSend``, its innermost transport and the URLs it has parsed."""

    def __init__(
        self,
        *,
        username: str,
        api_key: str,
        base_url: str,
        user_agent: str,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        max_connections: int,
        http2: bool,
        http_backend: str,
        transport: httpx.AsyncBaseTransport | None,
        backoff: Backoff | None,
        sleep: Callable[[float], Awaitable[None]],
        max_response_bytes: int,
    ) -> None:
        from ._defaults import default_timeout

        if timeout is None:
            timeout = default_timeout()
        elif not isinstance(timeout, httpx.Timeout):
            timeout = httpx.Timeout(timeout)
        if transport is not None and http_backend != "httpx":
            raise ConfigurationError(f"pass transport= or http_backend={http_backend!r}, not both")
        self.inner_transport = transport or http_transport(
            http_backend, http2=http2, max_connections=max_connections
        )
        self.http = httpx.AsyncClient(
            base_url=base_url,
            auth=httpx.BasicAuth(username, api_key),
            headers={"User-Agent": user_agent},
            timeout=timeout,
            transport=ClickSendTransport(
                self.inner_transport,
                max_retries=max_retries,
                backoff=backoff,
                sleep=sleep,
                max_response_bytes=max_response_bytes,
            ),
            follow_redirects=False,
        )
        # httpx runs every answer through http.cookiejar (a urllib Request and an email message built per
        # answer), a sixth of a call's CPU; ClickSend's answers set no cookies, so only one that does goes
        # through it. httpx keeps the jar in _cookies (0.27 and 0.28); the cookie test notices a change.
        self.http._cookies = _Cookies(self.http.cookies)
        self._urls: dict[str, httpx.URL] = {}  # operation path -> absolute URL (see url)

    def url(self, path: str) -> httpx.URL:
        """The absolute URL of an operation's path, as httpx would join it to the base URL (its
        ``_merge_url``), parsed once per path: two URL parses per request were a sixth of a call's CPU."""
        url = self._urls.get(path)
        if url is None:
            url = httpx.URL(path)
            if url.is_relative_url:
                base = self.http.base_url
                url = base.copy_with(raw_path=base.raw_path + url.raw_path.lstrip(b"/"))
            if len(self._urls) < _MAX_CACHED_URLS:  # paths holding ids are not all kept
                self._urls[path] = url
        return url

    def check_event_loop(self) -> None:
        """Raise ``ConfigurationError`` if the chosen HTTP backend cannot run on the current event loop."""
        check_event_loop(self.inner_transport)

    def set_call_timeout(self, seconds: float) -> contextvars.Token[httpx.Timeout | None]:
        """Make ``seconds`` the timeout of the requests made in this context (undo: ``reset_call_timeout``)."""
        return call_timeout.set(httpx.Timeout(seconds))

    def reset_call_timeout(self, token: contextvars.Token[httpx.Timeout | None]) -> None:
        call_timeout.reset(token)


def check_base_url(base_url: str, allow_http: bool) -> None:
    """Refuse a base URL that is not https://, unless on a loopback host or ``allow_http``."""
    url = httpx.URL(base_url)
    if url.scheme == "https":
        return
    if url.scheme != "http":
        raise ConfigurationError(f"base_url must be an https:// URL, got {base_url!r}")
    if allow_http:
        return
    if not is_loopback_host(url.host):
        raise ConfigurationError(
            f"refusing plain-http base_url {base_url!r}: credentials would travel unencrypted "
            "(use https://, a loopback host, or allow_http=True)"
        )


def enable_debug_logging() -> None:
    """Log every request and answer (redacted) to stderr (``CLICKSEND_DEBUG=1``)."""
    logger.setLevel(logging.DEBUG)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
