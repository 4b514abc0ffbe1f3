"""``MockConfig``: credentials, account defaults and the fault-injection knobs of a mock server."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

_RATES = (
    "error_rate",
    "rate_limit_rate",
    "drop_before_rate",
    "drop_after_rate",
    "delivery_failure_rate",
    "undelivered_rate",
    "receipt_disorder_rate",
)

# ClickSend's published test credentials and numbers (developers.clicksend.com/docs/testing).
TEST_API_KEY = "D83DED51-9E35-4D42-9BB9-0E34B7CA85AE"
TEST_ACCOUNTS = {
    "nocredit": None,  # authenticates; has no credit
    "notactive": "This account is not active.",
    "banned": "This account is banned.",
}
TEST_NUMBERS = frozenset(
    {
        "+61411111111",
        "+61422222222",
        "+61433333333",
        "+61444444444",
        "+14055555555",
        "+14055555666",
        "+447777777777",
        "+8615555555555",
    }
)


def _default_accounts() -> dict[str, str]:
    return {"mock-user": "mock-key"}


@dataclass
class MockConfig:
    """How a mock ClickSend behaves.

    Credentials: ``accounts`` maps API usernames to API keys; with ``accept_any_key`` any username is
    accepted together with one of those keys. Knobs (all drawn from one ``random.Random(seed)``, so a
    seeded run is reproducible): ``latency`` (+ up to ``latency_jitter``) seconds before each answer;
    ``error_rate`` of requests answered 500, ``rate_limit_rate`` answered 429 with ``Retry-After:
    retry_after``, ``drop_before_rate`` dropped before being processed (nothing stored) and
    ``drop_after_rate`` processed and stored, then dropped without an answer (see ``DroppedConnection``).
    ``clock`` gives the time in Unix seconds (inject one to test throttling and schedules).
    ``test_accounts``: ClickSend's test usernames (``nocredit``, ``notactive``, ``banned``, with key
    ``TEST_API_KEY``) behave as documented. Messages to ClickSend's test numbers (``TEST_NUMBERS``) succeed
    and cost nothing. ``strict``: refuse (400) request body fields the spec does not name, to catch typos
    in tests; by default they are ignored, as ClickSend ignores them.

    After the send (see ``_deliveries``): each accepted message gets a receipt ``delivery_delay`` (+ up to
    ``delivery_jitter``) seconds after it goes out: failed for ``delivery_failure_rate`` of them, none at all
    for ``undelivered_rate``, sent twice and followed by a stale pending one for ``receipt_disorder_rate``.
    With ``auto_reply`` set, every delivered SMS is answered with that text ``reply_delay`` s later.
    """

    accounts: dict[str, str] = field(default_factory=_default_accounts)
    accept_any_key: bool = False
    test_accounts: bool = True
    seed: int | None = None
    latency: float = 0.0
    latency_jitter: float = 0.0
    error_rate: float = 0.0
    rate_limit_rate: float = 0.0
    retry_after: int = 1
    drop_before_rate: float = 0.0
    drop_after_rate: float = 0.0
    clock: Callable[[], float] = time.time
    balance: Decimal = Decimal("10000.0000")
    currency: str = "AUD"
    default_country: str = "AU"
    throttle_window: float = 5.0
    schedule_grace: float = 600.0
    prefix: str = "/v3"
    delivery_delay: float = 0.0
    delivery_jitter: float = 0.0
    delivery_failure_rate: float = 0.0
    undelivered_rate: float = 0.0
    receipt_disorder_rate: float = 0.0
    auto_reply: str | None = None
    reply_delay: float = 0.0
    strict: bool = False

    def __post_init__(self) -> None:
        for name in _RATES:
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, not {value!r}")
        if self.latency < 0 or self.latency_jitter < 0 or self.retry_after < 0:
            raise ValueError("latency, latency_jitter and retry_after must not be negative")
        for name in ("delivery_delay", "delivery_jitter", "reply_delay"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must not be negative, not {getattr(self, name)!r}")
        self.balance = Decimal(self.balance)
