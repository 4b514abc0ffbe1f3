"""Seeded fault injection: what happens to one request before and after it is handled."""

from __future__ import annotations

import random
from dataclasses import dataclass

import httpx

from ._config import MockConfig


class DroppedConnection(httpx.RemoteProtocolError):
    """The mock server dropped the connection instead of answering.

    In process (``httpx.ASGITransport``) the app raises this exception and httpx passes it unchanged to
    the caller of ``client.send()``. It is an ``httpx.RemoteProtocolError`` (so an ``httpx.TransportError``
    and an ``Exception``): code that retries on transport errors treats it like the real thing. Through
    ``serve()`` the socket is really closed and httpx raises its own ``RemoteProtocolError`` or similar.
    ``before`` tells whether the request was dropped before it was processed (nothing stored) or after
    (processed and stored, but no response written).
    """

    def __init__(self, before: bool) -> None:
        when = "before processing the request" if before else "after processing the request"
        super().__init__(f"mock ClickSend dropped the connection {when}")
        self.before = before


@dataclass(frozen=True)
class Fate:
    """The faults drawn for one request."""

    delay: float
    drop_before: bool
    rate_limited: bool
    server_error: bool
    drop_after: bool


class Faults:
    """Draws each request's ``Fate`` from ``random.Random(config.seed)``: five draws per request."""

    def __init__(self, config: MockConfig) -> None:
        self.config = config
        self.rng = random.Random(config.seed)

    def draw(self) -> Fate:
        c, r = self.config, self.rng
        jitter, before, limited, error, after = (r.random() for _ in range(5))
        return Fate(
            delay=c.latency + jitter * c.latency_jitter,
            drop_before=before < c.drop_before_rate,
            rate_limited=limited < c.rate_limit_rate,
            server_error=error < c.error_rate,
            drop_after=after < c.drop_after_rate,
        )
