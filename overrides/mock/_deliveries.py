"""The mock's after-the-send: delivery receipts and replies, queued for polling or pushed over HTTP.

Every message the mock accepts gets a fate when it is first seen (seeded): a receipt ``delivery_delay``
(+ up to ``delivery_jitter``) seconds after it goes out, delivered (201) or failed (301) per
``delivery_failure_rate``, or none at all per ``undelivered_rate``; with ``receipt_disorder_rate`` a receipt
is sent twice and followed by a stale pending one (200), as real traffic does. A due receipt goes to the
poll queue (``GET /sms/receipts``, unread until ``PUT /sms/receipts-read``) when a ``POLL`` rule exists or no
rule exists at all, and is pushed, form-encoded like ClickSend's, to the address of every enabled ``URL``
rule. Replies (``MockApp.reply`` or ``MockConfig.auto_reply``) follow the inbound SMS rules the same way,
pushed as the rule's ``webhook_type`` says (``post`` form, ``get`` query, ``json``).

Pushes happen while the app is served (``serve()`` runs ``push_forever``); the mock pushes only to loopback
addresses and records anything else as refused (``MockApp.pushes``) instead of sending it.
"""

from __future__ import annotations

import heapq
import json
import logging
import random
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

import anyio
import httpx

from .._hosts import is_loopback_host

if TYPE_CHECKING:
    from ._state import Store, StoredMessage

logger = logging.getLogger("clicksend_async.mock")

_DELIVERED = ("201", "Success: Message received on handset.", "")
_FAILED = ("301", "Delivery failure", "Message could not be delivered to the handset.")
_PENDING = ("200", "Sent by network", "")
_RULE_KINDS = {"sms": "sms_receipt_rules", "mms": "sms_receipt_rules", "voice": "voice_receipt_rules"}
DEFAULT_DEDICATED_NUMBER = "+61481073412"


@dataclass(frozen=True)
class Push:
    """One push attempt: what (``receipt`` / ``inbound``), where, how (``post`` / ``get`` / ``json``), and the
    HTTP status of the answer, or ``error`` (refused or failed)."""

    kind: str
    url: str
    webhook_type: str
    status: int | None
    error: str | None
    fields: dict[str, Any]


class Deliveries:
    """Receipts and replies of one mock store (``store.deliveries``)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        config = store.config
        self.rng = random.Random(None if config.seed is None else config.seed + 1)
        self._due: list[tuple[float, int, str, Any]] = []  # (when, sequence, what, payload)
        self._sequence = 0
        self.queues: dict[str, list[dict[str, Any]]] = {"sms": [], "mms": [], "voice": []}
        self._read: dict[str, set[int]] = {"sms": set(), "mms": set(), "voice": set()}
        self.latest: dict[str, dict[str, Any]] = {}  # message_id -> its newest receipt
        self.timelines: dict[str, list[dict[str, Any]]] = {}  # message_id -> every receipt released, in order
        self.released = 0  # receipts released so far (the inbox watches it for changes)
        self.routed_inbound: list[dict[str, Any]] = []  # every reply routed, polled or pushed (for the inbox)
        self.inbound_read: set[str] = set()
        self.outbox: deque[tuple[str, str, str, dict[str, Any]]] = deque()
        self.pushes: list[Push] = []
        self._in_flight = 0

    # ------------------------------------------------------------------ time passes

    def accepted(self, message: StoredMessage) -> None:
        """Give a message just accepted its fate: when its receipt(s) come, and which."""
        self._fate(message)

    def advance(self) -> None:
        """Release everything due by now."""
        now = self.store.now()
        while self._due and self._due[0][0] <= now:
            when, _, what, payload = heapq.heappop(self._due)
            if what == "receipt":
                message, receipt = payload
                if not message.cancelled:
                    self._release_receipt(message, dict(receipt, timestamp=int(when)))
            else:
                self._release_inbound(payload, int(when))

    def _at(self, when: float, what: str, payload: Any) -> None:
        self._sequence += 1
        heapq.heappush(self._due, (when, self._sequence, what, payload))

    def _fate(self, message: StoredMessage) -> None:
        config = self.store.config
        if self.rng.random() < config.undelivered_rate:
            return
        delivered = self.rng.random() >= config.delivery_failure_rate
        # it goes out when accepted (ClickSend's send_at is whole seconds), or at its schedule
        when = max(float(message.send_at), self.store.now()) + config.delivery_delay
        when += self.rng.random() * config.delivery_jitter
        final = _receipt(message, *(_DELIVERED if delivered else _FAILED))
        self._at(when, "receipt", (message, final))
        if self.rng.random() < config.receipt_disorder_rate:  # twice, then a stale pending one
            self._at(when + 0.001, "receipt", (message, final))
            self._at(when + 0.002, "receipt", (message, _receipt(message, *_PENDING)))
        if delivered and config.auto_reply is not None and message.kind == "sms":
            self._at(when + config.reply_delay, "inbound", (message, config.auto_reply))

    def _release_receipt(self, message: StoredMessage, receipt: dict[str, Any]) -> None:
        kind = message.kind if message.kind in self.queues else "sms"
        self.released += 1
        self.timelines.setdefault(receipt["message_id"], []).append(receipt)
        current = self.latest.get(receipt["message_id"])
        if current is None or current["status_code"] in ("", _PENDING[0]):
            self.latest[receipt["message_id"]] = receipt
        rules = self._rules(_RULE_KINDS.get(kind, "sms_receipt_rules"))
        if not rules or any(_action(r) == "POLL" for r in rules):
            self.queues[kind].append(receipt)
        for rule in rules:
            if _action(rule) == "URL":
                self._push("receipt", str(rule.get("action_address") or ""), "post", _receipt_push(receipt))

    # ------------------------------------------------------------------ replies

    def reply(self, message_id: str, body: str, *, delay: float = 0.0) -> None:
        """An inbound SMS answering the outbound ``message_id`` (sent from its recipient), ``delay`` s on."""
        message = self.store.by_message_id.get(message_id.upper())
        if message is None:
            raise KeyError(f"the mock sent no message {message_id!r}")
        self._at(self.store.now() + delay, "inbound", (message, body))
        self.advance()

    def report(self, message_id: str, status: str, *, delay: float = 0.0) -> None:
        """A receipt for the sent message ``message_id``, ``delay`` s from now: ``status`` is ``"delivered"``
        (201) or ``"failed"`` (301), routed like the automatic ones (queued for polling, pushed per the rules)."""
        message = self.store.by_message_id.get(message_id.upper())
        if message is None:
            raise KeyError(f"the mock sent no message {message_id!r}")
        outcomes = {"delivered": _DELIVERED, "failed": _FAILED}
        if status not in outcomes:
            raise ValueError(f"status must be 'delivered' or 'failed', not {status!r}")
        self._at(self.store.now() + delay, "receipt", (message, _receipt(message, *outcomes[status])))
        self.advance()

    def _release_inbound(self, payload: tuple[StoredMessage, str], when: int) -> None:
        message, body = payload
        record = {
            "timestamp": when,
            "from": message.record["to"],
            "body": body,
            "original_body": message.record["body"],
            "original_message_id": message.record["message_id"],
            "to": message.record.get("from") or DEFAULT_DEDICATED_NUMBER,
            "custom_string": message.record.get("custom_string"),
            "message_id": self.store.new_message_id(),
            "_keyword": body.split()[0].lower() if body.split() else None,
        }
        self.route_inbound(record)

    def route_inbound(self, record: dict[str, Any]) -> None:
        """Queue an inbound SMS for polling and push it to the URL inbound rules."""
        self.routed_inbound.append(record)
        rules = self._rules("sms_inbound_rules")
        if not rules or any(_action(r) == "POLL" for r in rules):
            self.store.inbound.append(record)
        for rule in rules:
            if _action(rule) == "URL":
                kind = str(rule.get("webhook_type") or "post").lower()
                self._push("inbound", str(rule.get("action_address") or ""), kind, _inbound_push(record))

    # ------------------------------------------------------------------ the poll queues

    def unread(self, kind: str) -> list[dict[str, Any]]:
        self.advance()
        read = self._read[kind]
        return [r for i, r in enumerate(self.queues[kind]) if i not in read]

    def mark_read(self, kind: str, date_before: Any) -> None:
        """Mark the queue's receipts read: all, or those timestamped before ``date_before``."""
        self.advance()
        read = self._read[kind]
        for i, receipt in enumerate(self.queues[kind]):
            if date_before is None or receipt["timestamp"] < date_before:
                read.add(i)

    def unread_inbound(self) -> list[dict[str, Any]]:
        self.advance()
        return [r for r in self.store.inbound if r["message_id"] not in self.inbound_read]

    def mark_inbound_read(self, date_before: Any = None, message_id: str | None = None) -> None:
        self.advance()
        for record in self.store.inbound:
            if message_id is not None:
                if record["message_id"].upper() == message_id.upper():
                    self.inbound_read.add(record["message_id"])
            elif date_before is None or record["timestamp"] < date_before:
                self.inbound_read.add(record["message_id"])

    def receipt_of(self, message: StoredMessage) -> dict[str, Any] | None:
        self.advance()
        return self.latest.get(message.record["message_id"])

    # ------------------------------------------------------------------ pushing

    def _rules(self, collection: str) -> list[dict[str, Any]]:
        rules = self.store.collections.get(collection)
        return (
            [r for r in rules.values() if str(r.get("enabled", 1)) not in ("0", "False", "false")]
            if rules
            else []
        )

    def _push(self, kind: str, url: str, webhook_type: str, fields: dict[str, Any]) -> None:
        refusal = _refusal(url)
        if refusal:
            logger.warning("mock ClickSend did not push a %s to %r: %s", kind, url, refusal)
            self.pushes.append(Push(kind, url, webhook_type, None, refusal, fields))
            return
        self.outbox.append((kind, url, webhook_type, fields))

    def next_push(self) -> tuple[str, str, str, dict[str, Any]] | None:
        return self.outbox.popleft() if self.outbox else None

    @property
    def idle(self) -> bool:
        """Nothing is due any more and every push was answered (or refused)."""
        self.advance()
        return not (self._due or self.outbox or self._in_flight)


async def push_forever(
    current: Callable[[], Deliveries], interval: float = 0.01, concurrency: int = 8
) -> None:
    """Release due events and push the outbox of ``current()`` (the app's store of the moment), until
    cancelled. ``serve()`` runs it beside the server."""

    async def pusher(http: httpx.AsyncClient) -> None:
        while True:
            deliveries = current()
            job = deliveries.next_push()
            if job is None:
                await anyio.sleep(interval)
                continue
            deliveries._in_flight += 1
            try:
                deliveries.pushes.append(await _send(http, *job))
            finally:
                deliveries._in_flight -= 1

    async with httpx.AsyncClient(trust_env=False, timeout=10) as http, anyio.create_task_group() as tg:
        for _ in range(concurrency):
            tg.start_soon(pusher, http)
        while True:
            current().advance()
            await anyio.sleep(interval)


def _receipt(message: StoredMessage, code: str, text: str, error: str) -> dict[str, Any]:
    record = message.record
    return receipt_record(
        record["message_id"], message.kind, message.send_at, (code, text, error), record["custom_string"]
    )


def receipt_record(
    message_id: str, kind: str, sent_at: int, status: tuple[str, str, str], custom_string: Any
) -> dict[str, Any]:
    """A receipt as the mock keeps it: integer timestamps, null for no error (``answered_receipt`` shows it)."""
    code, text, error = status
    receipt: dict[str, Any] = {
        "timestamp_send": sent_at,
        "timestamp": sent_at,
        "message_id": message_id,
        "status_code": code,
        "status_text": text,
        "error_code": code if code == _FAILED[0] else None,
        "error_text": error or None,
        "custom_string": custom_string,
        "subaccount_id": None,
        "message_type": kind,
    }
    if kind == "voice":
        receipt["digits"] = None
    return receipt


def webhook_test_receipt(store: Store, kind: str, url: str) -> dict[str, Any]:
    """The delivered receipt a test push (``POST /{kind}/receipts``) answers, its custom_string the URL."""
    now = int(store.now())
    return answered_receipt(receipt_record(store.new_message_id(), kind, now, _DELIVERED, url), test=True)


# How ClickSend's answers show a receipt, by channel (the examples of v6, v6 with fax/post and Apiary): SMS
# timestamps are integers (v6; Apiary has text), voice, MMS and fax ones text (v6 and Apiary for voice, v6 with
# fax/post and Apiary for fax, Apiary alone for MMS); no error is null for SMS and voice (v6, Apiary) but "" in
# the MMS and fax receipts (Apiary, v6 with fax/post). Test receipts show no error as null everywhere (Apiary).
_TEXT_TIMESTAMPS = frozenset({"voice", "mms", "fax"})
_EMPTY_ERRORS = frozenset({"mms", "fax"})


def answered_receipt(receipt: dict[str, Any], *, test: bool = False) -> dict[str, Any]:
    """``receipt`` as ClickSend's receipt answers show it (pushes are form fields: text either way)."""
    shown = dict(receipt)
    kind = receipt["message_type"]
    if kind in _TEXT_TIMESTAMPS:
        shown.update({k: str(shown[k]) for k in ("timestamp", "timestamp_send") if shown.get(k) is not None})
    if kind in _EMPTY_ERRORS and not test:
        shown.update({k: "" for k in ("error_code", "error_text") if shown.get(k) is None})
    return shown


def _receipt_push(receipt: dict[str, Any]) -> dict[str, Any]:
    """What ClickSend pushes for a receipt: the polled record plus ``user_id`` (and a voice ``status``)."""
    fields = dict(receipt, user_id=1)
    if receipt["message_type"] == "voice":
        code = receipt["status_code"]
        fields["status"] = (
            "Delivered" if code == _DELIVERED[0] else "Undelivered" if code == _FAILED[0] else ""
        )
    return fields


def _inbound_push(record: dict[str, Any]) -> dict[str, Any]:
    """What ClickSend pushes for an inbound SMS: the record, its keyword, and the JSON alias keys."""
    fields = {k: v for k, v in record.items() if not k.startswith("_")}
    fields.update(
        keyword=record.get("_keyword") or "",
        originalsenderid=record["to"],
        message=record["body"],
        sms=record["from"],
        user_id=1,
        subaccount_id=0,
    )
    return fields


def _action(rule: dict[str, Any]) -> str:
    return str(rule.get("action") or "").upper()


def _refusal(url: str) -> str | None:
    """Why the mock will not push to ``url`` (None: a loopback http(s) address it will push to)."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError):
        return "not a URL"
    if parsed.scheme not in ("http", "https"):
        return "not an http(s) URL"
    if not is_loopback_host(parsed.host):
        return "the mock pushes only to loopback addresses (127.0.0.0/8, ::1, localhost)"
    return None


def _text_fields(fields: dict[str, Any]) -> Iterable[tuple[str, str]]:
    return [(k, "" if v is None else str(v)) for k, v in fields.items()]


async def _send(
    http: httpx.AsyncClient, kind: str, url: str, webhook_type: str, fields: dict[str, Any], attempts: int = 3
) -> Push:
    """Push once; a connection failure or a 5xx answer is tried again (``attempts`` in all, 0.1 s apart)."""
    push = Push(kind, url, webhook_type, None, "not pushed", fields)
    for attempt in range(attempts):
        if attempt:
            await anyio.sleep(0.1 * attempt)
        try:
            if webhook_type == "json":
                headers = {"content-type": "application/json"}
                response = await http.post(url, content=json.dumps(fields), headers=headers)
            elif webhook_type == "get":
                joiner = "&" if "?" in url else "?"
                response = await http.get(url + joiner + urlencode(list(_text_fields(fields))))
            else:
                headers = {"content-type": "application/x-www-form-urlencoded"}
                response = await http.post(
                    url, content=urlencode(list(_text_fields(fields))), headers=headers
                )
        except httpx.HTTPError as exc:
            logger.warning("mock ClickSend push of a %s to %s failed: %r", kind, url, exc)
            push = Push(kind, url, webhook_type, None, repr(exc), fields)
            continue
        push = Push(kind, url, webhook_type, response.status_code, None, fields)
        if response.status_code < 500:
            break
    return push
