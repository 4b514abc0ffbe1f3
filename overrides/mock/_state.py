"""The in-memory state of one mock server: stored resources, sent messages, balance and counters."""

from __future__ import annotations

import random
import uuid
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ._config import MockConfig
from ._deliveries import Deliveries
from ._envelope import NotFound


@dataclass(frozen=True)
class ReceivedMessage:
    """One SMS, MMS or voice call the server accepted and stored (``kind``: ``"sms"``, ``"mms"``, ``"voice"``)."""

    kind: str
    message_id: str
    to: str
    body: str
    from_: str | None
    custom_string: str | None
    schedule: int | None
    date: int


@dataclass
class StoredMessage:
    """An accepted message: its history record, when it goes out, and whether it was cancelled."""

    kind: str
    record: dict[str, Any]
    send_at: int
    price: Decimal
    cancelled: bool = False


class Collection:
    """Records of one resource keyed by an incrementing integer id (``id_field``)."""

    def __init__(self, id_field: str) -> None:
        self.id_field = id_field
        self.items: dict[int, dict[str, Any]] = {}
        self.next_id = 1

    def add(self, record: dict[str, Any]) -> dict[str, Any]:
        record[self.id_field] = self.next_id
        self.items[self.next_id] = record
        self.next_id += 1
        return record

    def get(self, item_id: Any) -> dict[str, Any]:
        if not isinstance(item_id, int) or item_id not in self.items:
            raise NotFound(f"No record with {self.id_field} {item_id}.")
        return self.items[item_id]

    def delete(self, item_id: Any) -> dict[str, Any]:
        record = self.get(item_id)
        del self.items[item_id]
        return record

    def values(self) -> list[dict[str, Any]]:
        return list(self.items.values())


@dataclass
class Stats:
    """Requests answered, per (operationId, HTTP status); drops count as status 0."""

    requests: Counter[tuple[str, int]] = field(default_factory=Counter)
    dropped_before: int = 0
    dropped_after: int = 0

    def count(self, op_id: str | None = None, status: int | None = None) -> int:
        return sum(
            n
            for (op, code), n in self.requests.items()
            if (op_id is None or op == op_id) and (status is None or code == status)
        )

    def by_operation(self) -> dict[str, dict[int, int]]:
        table: dict[str, dict[int, int]] = {}
        for (op, code), n in sorted(self.requests.items()):
            table.setdefault(op, {})[code] = n
        return table


class Store:
    """Everything one mock server remembers; ``Store(config)`` is the empty initial state."""

    def __init__(self, config: MockConfig) -> None:
        self.config = config
        self.ids = random.Random(config.seed)
        self.balance = config.balance
        self.account: dict[str, Any] = {
            "user_first_name": "Mock",
            "user_last_name": "User",
            "user_phone": "+61411111111",
            "country": config.default_country,
        }
        self.reseller: dict[str, Any] = {  # the reseller settings (PUT /reseller)
            "reseller_user_id": 1,
            "company_name": "Mock Account",
            "subdomain": "mock",
            "allow_public_signups": 0,
            "colour_navigation": "#9999FF",
            "logo_url_light": "",
            "logo_url_dark": "",
            "default_margin": 10,
            "default_margin_numbers": 20,
            "trial_balance": 0,
        }
        self.collections: dict[str, Collection] = {}
        self.messages: list[StoredMessage] = []
        self.by_message_id: dict[str, StoredMessage] = {}
        self.received: list[ReceivedMessage] = []
        self.short_links: list[str] = []  # the long URLs shortened by sends with shorten_urls
        self.throttle: dict[tuple[str, str, str, str], float] = {}
        self.inbound: list[dict[str, Any]] = []
        self.receipts_read_before = 0
        self.selected_countries: list[int] = [1]
        self.credit_card: dict[str, Any] = {
            "display_number": "XXXX-XXXX-XXXX-4242",
            "expiry_month": 12,
            "expiry_year": 2030,
            "name": "Mock User",
        }
        self.dedicated_numbers: list[dict[str, Any]] = []
        self.post_letters: list[dict[str, Any]] = []
        self.emails: list[dict[str, Any]] = []
        self.faxes: list[dict[str, Any]] = []
        self.postcards: list[dict[str, Any]] = []
        self.direct_mail: list[dict[str, Any]] = []
        self.tables: dict[str, dict[str, dict[str, Any]]] = {}
        self.transactions: dict[str, dict[str, Any]] = {}
        self.deliveries = Deliveries(self)  # receipts and replies after the send

    def now(self) -> float:
        return float(self.config.clock())

    def collection(self, name: str, id_field: str) -> Collection:
        if name not in self.collections:
            self.collections[name] = Collection(id_field)
        return self.collections[name]

    def new_message_id(self) -> str:
        return str(uuid.UUID(int=self.ids.getrandbits(128), version=4)).upper()

    def new_uuid(self) -> str:
        return str(uuid.UUID(int=self.ids.getrandbits(128), version=4))

    def table(self, name: str) -> dict[str, dict[str, Any]]:
        """Records of a resource keyed by a UUID string (the newer services), in insertion order."""
        return self.tables.setdefault(name, {})

    def new_key(self) -> str:
        return f"{self.ids.getrandbits(128):032X}"
