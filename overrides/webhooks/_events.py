"""ClickSend's pushed and polled events, read into typed objects: delivery receipts and inbound SMS.

ClickSend pushes a receipt or a reply as a form-encoded POST (every value text: ``"201"``, ``""``), a
JSON POST, or a GET with the fields in the query string; its poll lists give the same records as JSON
with numbers for some fields and strings for others. ``parse_event`` reads every one of these shapes;
``parse_record`` reads one record already decoded (a polled list's item).
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Mapping
from typing import Any, Literal
from urllib.parse import parse_qsl

from attrs import frozen

from .._exceptions import ClickSendError

#: Bodies (or query strings) larger than this are refused before they are read.
MAX_EVENT_BYTES = 64 * 1024
_MAX_FIELDS = 200
_MAX_VALUE = 16 * 1024

DeliveryStatus = Literal["delivered", "failed", "pending"]

# SMS/MMS ``status_code`` (ClickSend's "Status Codes" table in its Apiary document): 200 sent by the
# network (temporary success), 201 received on the handset, 300 and 301 delivery failure (permanent),
# 302 delivery failure that ClickSend retries (temporary, so still pending).
_CODE_STATUS: dict[int, DeliveryStatus] = {
    200: "pending",
    201: "delivered",
    300: "failed",
    301: "failed",
    302: "pending",
}
# Words seen in ``status_code`` / ``status`` of polled records and voice receipts (lower case).
_WORD_STATUS: dict[str, DeliveryStatus] = {
    "delivered": "delivered",
    "received": "delivered",
    "undelivered": "failed",
    "failed": "failed",
    "cancelled": "failed",
    "expired": "failed",
    "completed": "pending",
    "sent": "pending",
    "queued": "pending",
    "scheduled": "pending",
    "waitapproval": "pending",
}
_INTEGER = re.compile(r"[+-]?\d{1,19}")
_RECEIPT_KEYS = ("status_code", "status", "status_text", "timestamp_send", "error_code")
_INBOUND_KEYS = ("body", "message", "from", "sms", "original_message_id", "originalsenderid")


class WebhookError(ClickSendError, ValueError):
    """A pushed or polled event could not be read: the message names the field and value at fault."""


@frozen
class DeliveryReceipt:
    """One delivery receipt. ``status`` is ``delivered``, ``failed`` or ``pending``; ``final`` unless pending.

    ``channel`` is ClickSend's ``message_type`` (``sms``, ``mms``, ``voice``, ``fax``, ``email``...);
    ``status_code`` is ClickSend's code (201 delivered, 301 failed ...) or None when it sent a word;
    ``voice_status`` is a voice receipt's ``status`` (``Delivered`` / ``Undelivered``) and ``digits`` the
    keys pressed. Empty strings are None, numbers are ints; ``raw`` keeps every key as received.
    """

    message_id: str
    status: DeliveryStatus
    channel: str
    status_code: int | None
    status_text: str | None
    error_code: str | None
    error_text: str | None
    timestamp: int | None
    timestamp_send: int | None
    custom_string: str | None
    user_id: int | None
    subaccount_id: int | None
    voice_status: str | None
    digits: str | None
    raw: Mapping[str, Any]

    @property
    def final(self) -> bool:
        """Delivered or failed for good: no later receipt changes it."""
        return self.status != "pending"


@frozen
class InboundMessage:
    """One inbound SMS (a reply). ``original_message_id`` is the outbound message it answers, if any;
    ``in_reply_to`` is that message's ``MessageOutcome`` when the client tracks it (else None).

    JSON pushes' alias keys are read too: ``sms`` (the sender), ``message`` (the body) and
    ``originalsenderid`` (the dedicated number it was sent to).
    """

    message_id: str
    from_: str | None
    to: str | None
    body: str
    original_body: str | None
    original_message_id: str | None
    timestamp: int | None
    custom_string: str | None
    keyword: str | None
    user_id: int | None
    subaccount_id: int | None
    raw: Mapping[str, Any]
    channel: str = "sms"
    in_reply_to: Any = None

    @property
    def sender(self) -> str | None:
        """The number the reply came from (``from``)."""
        return self.from_


Event = DeliveryReceipt | InboundMessage


def parse_event(body: bytes, content_type: str | None, query_string: str | bytes = "") -> Event:
    """Read one pushed event: a form or JSON POST ``body`` of ``content_type``, or (empty body) the GET
    ``query_string``. A ``token`` query parameter (the URL's secret) is never part of the event.

    Raises ``WebhookError`` naming what is wrong for anything unreadable, and for more than
    ``MAX_EVENT_BYTES``.
    """
    if not isinstance(body, (bytes, bytearray, memoryview)):
        raise WebhookError(f"body must be bytes, not {type(body).__name__}")
    body = bytes(body)
    if isinstance(query_string, bytes):
        query_string = query_string.decode("latin-1")
    for what, size in (("body", len(body)), ("query string", len(query_string))):
        if size > MAX_EVENT_BYTES:
            raise WebhookError(f"the {what} of {size} bytes is over the {MAX_EVENT_BYTES}-byte limit")
    if body.strip():
        fields = _body_fields(body, content_type)
    elif query_string:
        fields = _form_fields(query_string, "query string")
        fields.pop("token", None)
    else:
        raise WebhookError("empty event: no body and no query string")
    return parse_record(fields)


def parse_record(record: Mapping[str, Any], channel: str | None = None) -> Event:
    """Read one decoded record (form fields, a JSON object, or an item of a polled receipt or inbound
    list). ``channel`` names the list it came from when the record does not say (``sms``, ``voice``...)."""
    if not isinstance(record, Mapping):
        raise WebhookError(f"an event must be an object of fields, not {type(record).__name__}")
    if len(record) > _MAX_FIELDS:
        raise WebhookError(f"an event of {len(record)} fields is over the {_MAX_FIELDS}-field limit")
    for key in record:
        if not isinstance(key, str):
            raise WebhookError(f"field names must be text, not {key!r}")
    if any(key in record for key in _RECEIPT_KEYS):
        return _receipt(record, channel)
    if any(key in record for key in _INBOUND_KEYS):
        return _inbound(record, channel)
    keys = ", ".join(sorted(record)[:20]) or "none"
    raise WebhookError(
        f"neither a delivery receipt (no status_code) nor an inbound SMS (no body); keys: {keys}"
    )


def receipt_status(code: int | None, word: str | None) -> DeliveryStatus:
    """``delivered`` / ``failed`` / ``pending`` from a ``status_code`` and a status word (voice ``status``)."""
    if word:
        found = _WORD_STATUS.get(word.replace(" ", "").lower())
        if found is not None:
            return found
    if code is None:
        return "pending"
    if code in _CODE_STATUS:
        return _CODE_STATUS[code]
    return "failed" if code >= 300 else "pending"


def _receipt(record: Mapping[str, Any], channel: str | None) -> DeliveryReceipt:
    raw_code = _text(record, "status_code")
    code: int | None = None
    word = _text(record, "status")
    if raw_code is not None:
        if _INTEGER.fullmatch(raw_code):
            code = int(raw_code)
        elif raw_code.replace(" ", "").lower() in _WORD_STATUS:
            word = word or raw_code
        else:
            raise WebhookError(f"status_code={raw_code!r} is neither a number nor a known status")
    kind = _text(record, "message_type") or _text(record, "_message_type") or channel or "sms"
    return DeliveryReceipt(
        message_id=_message_id(record),
        status=receipt_status(code, word),
        channel=kind.lower(),
        status_code=code,
        status_text=_text(record, "status_text"),
        error_code=_text(record, "error_code"),
        error_text=_text(record, "error_text"),
        timestamp=_integer(record, "timestamp"),
        timestamp_send=_integer(record, "timestamp_send"),
        custom_string=_text(record, "custom_string"),
        user_id=_integer(record, "user_id"),
        subaccount_id=_integer(record, "subaccount_id"),
        voice_status=_text(record, "status"),
        digits=_text(record, "digits"),
        raw=dict(record),
    )


def _inbound(record: Mapping[str, Any], channel: str | None) -> InboundMessage:
    body = _text(record, "body") or _text(record, "message")
    keyword = _text(record, "keyword") or _text(record, "_keyword")
    return InboundMessage(
        message_id=_message_id(record),
        from_=_text(record, "from") or _text(record, "sms"),
        to=_text(record, "to") or _text(record, "originalsenderid"),
        body=body or "",
        original_body=_text(record, "original_body"),
        original_message_id=_text(record, "original_message_id"),
        timestamp=_integer(record, "timestamp"),
        custom_string=_text(record, "custom_string"),
        keyword=keyword,
        user_id=_integer(record, "user_id"),
        subaccount_id=_integer(record, "subaccount_id"),
        raw=dict(record),
        channel=(_text(record, "message_type") or channel or "sms").lower(),
    )


def _message_id(record: Mapping[str, Any]) -> str:
    value = _text(record, "message_id")
    if value is None:
        raise WebhookError("message_id is missing or empty")
    return value


def _text(record: Mapping[str, Any], key: str) -> str | None:
    """The field as text; absent, null and "" are None. Numbers become their text; objects are refused."""
    value = record.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (int, float)):
        return str(value)
    if not isinstance(value, str):
        raise WebhookError(f"{key} must be text or a number, not {type(value).__name__}: {value!r:.80}")
    if len(value) > _MAX_VALUE:
        raise WebhookError(f"{key} of {len(value)} characters is over the {_MAX_VALUE}-character limit")
    return value


def _integer(record: Mapping[str, Any], key: str) -> int | None:
    value = record.get(key)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = _text(record, key)
    if text is None:
        return None
    if not _INTEGER.fullmatch(text.strip()):
        raise WebhookError(f"{key}={text!r:.80} is not a whole number")
    return int(text)


def _body_fields(body: bytes, content_type: str | None) -> dict[str, Any]:
    media, charset = _media_type(content_type)
    text = _decode(body, charset)
    if media == "application/json" or media.endswith("+json") or (not media and text.lstrip()[:1] == "{"):
        try:
            decoded = json.loads(text)
        except (ValueError, RecursionError) as exc:
            raise WebhookError(f"the JSON body cannot be read: {exc}") from None
        if not isinstance(decoded, dict):
            raise WebhookError(f"the JSON body must be an object, not {type(decoded).__name__}")
        return decoded
    if media in ("", "application/x-www-form-urlencoded", "text/plain"):
        return _form_fields(text, "form body")
    raise WebhookError(f"content type {media!r} is not read: ClickSend sends form-encoded or JSON bodies")


def _media_type(content_type: str | None) -> tuple[str, str]:
    if not content_type:
        return "", "utf-8"
    media, _, params = content_type.partition(";")
    charset = "utf-8"
    for param in params.split(";"):
        name, _, value = param.strip().partition("=")
        if name.lower() == "charset" and value:
            charset = value.strip().strip('"')
    return media.strip().lower(), charset


def _decode(body: bytes, charset: str) -> str:
    try:
        codecs.lookup(charset)
    except LookupError:
        raise WebhookError(f"charset {charset!r} is unknown") from None
    try:
        return body.decode(charset)
    except UnicodeDecodeError as exc:
        raise WebhookError(f"the body is not valid {charset}: {exc.reason} at byte {exc.start}") from None


def _form_fields(text: str, what: str) -> dict[str, Any]:
    try:
        pairs = parse_qsl(text, keep_blank_values=True, max_num_fields=_MAX_FIELDS, errors="strict")
    except (ValueError, UnicodeDecodeError) as exc:
        raise WebhookError(f"the {what} cannot be read: {exc}") from None
    return dict(pairs)  # a repeated key keeps its last value, as PHP (ClickSend's side) reads it
