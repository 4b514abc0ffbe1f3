"""Connection settings shared by every generated operation.

``Client`` serves the few operations ClickSend answers without credentials; ``AuthenticatedClient``
signs each request with HTTP Basic auth (API username and API key). Both default to real timeouts.
"""

import ssl
from typing import Any

import httpx
from attrs import define, evolve, field
from typing_extensions import Self

from ._defaults import DEFAULT_BASE_URL as DEFAULT_BASE_URL
from ._defaults import default_timeout

DEFAULT_TIMEOUT = default_timeout()
USER_AGENT = "clicksend-async/0.1.0"


@define
class Client:
    """Settings for the underlying ``httpx.AsyncClient``, which is built on first use.

    Attributes:
        base_url: Root of the API; every operation path is relative to it.
        headers: Extra headers sent with every request (a ``User-Agent`` naming this SDK is always sent).
        timeout: An ``httpx.Timeout``; defaults to 30 s overall and 10 s to connect. Never ``None``.
        raise_on_unexpected_status: Raise ``errors.UnexpectedStatus`` for a status the spec does not
            declare, instead of returning ``None`` as the parsed body.
        httpx_args: Further keyword arguments for ``httpx.AsyncClient`` (``transport``, ``http2`` ...).
    """

    _base_url: str = field(default=DEFAULT_BASE_URL, alias="base_url")
    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)

    def _auth(self) -> httpx.Auth | None:
        return None

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A copy of this client that also sends ``headers``."""
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A copy of this client with another timeout configuration."""
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use ``async_client`` as is: its own base URL, headers, auth and timeout then apply."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying ``httpx.AsyncClient``, built from these settings on first call."""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers={"User-Agent": USER_AGENT, **self._headers},
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                auth=self._auth(),
                **self._httpx_args,
            )
        return self._async_client

    async def aclose(self) -> None:
        """Close the underlying ``httpx.AsyncClient`` if one was built."""
        if self._async_client is not None:
            await self._async_client.aclose()

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


@define
class AuthenticatedClient(Client):
    """A ``Client`` that authenticates every request with HTTP Basic auth.

    Attributes:
        username: The ClickSend API username.
        api_key: The ClickSend API key (never shown in ``repr``).
    """

    username: str = field(default="", kw_only=True)
    api_key: str = field(default="", kw_only=True, repr=False)

    def _auth(self) -> httpx.Auth | None:
        return httpx.BasicAuth(self.username, self.api_key)
