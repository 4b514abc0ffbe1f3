"""Splitting any (async) iterable of messages into request-sized batches, and preparing each message."""

from __future__ import annotations

import re
import secrets
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Mapping, Sequence
from typing import Any

from ._exceptions import Problem
from ._index import Operation
from ._phone import all_surely_possible, check_e164, check_sender, normalise, surely_possible
from ._transport import phone_problems

Messages = Iterable[Mapping[str, Any] | Any] | AsyncIterable[Mapping[str, Any] | Any]

# Unix seconds reach 10**11 in the year 5138: a schedule that large is surely in milliseconds.
_MILLISECONDS = 10**11
_INTEGER = re.compile(r"-?[0-9]+\Z")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?\Z")
# Fields whose value prepare() checks itself, more strictly than by their JSON type.
_CHECKED = frozenset({"to", "body", "from", "schedule", "custom_string"})
# The common shape of a message, which _surely_valid decides without building anything.
_PLAIN = frozenset({"to", "body", "from", "custom_string"})


def wrong_type(schema: Mapping[str, Any], value: Any, *, json: bool = True) -> str | None:
    """Why ``value`` cannot be sent as the ``type`` the spec declares, or None. In a JSON body the JSON type
    must match (ClickSend's validation refuses the whole request otherwise), except that an integer or a
    number may be given as its text (ClickSend reads ``"12"`` as 12: its own SDKs send ids such as
    ``list_id`` and ``template_id`` as text); in a URL, where everything is text, booleans may also be given
    as their text. Only schemas with a plain ``type``."""
    kind = schema.get("type")
    if value is None or not isinstance(kind, str):
        return None
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    numeric_text = isinstance(value, str)  # ClickSend reads "12" as 12, in a URL and in JSON alike
    ok = {
        "integer": (isinstance(value, int) and number) or (numeric_text and bool(_INTEGER.match(value))),
        "number": number or (numeric_text and bool(_NUMBER.match(value))),
        "string": isinstance(value, str) or (number and not json),
        "boolean": isinstance(value, bool) or (not json and value in (0, 1, "0", "1", "true", "false")),
        "array": isinstance(value, (list, tuple)),
        "object": isinstance(value, Mapping),
    }.get(kind, True)
    return None if ok else f"must be {'an' if kind[0] in 'aeio' else 'a'} {kind}, not {type(value).__name__}"


def request_field_problems(op: Operation, fields: Mapping[str, Any]) -> list[Problem]:
    """What is wrong with the request-level fields of a batched call (``senders``, ``shorten_urls``,
    ``media_file``): their JSON type, the required fields of the objects in a list, and senders."""
    params = {p["name"]: p["schema"] for p in op["params"] if p["in"] == "body"}
    problems: list[Problem] = []
    for name, value in fields.items():
        schema = params.get(name, {})
        reason = wrong_type(schema, value)
        if reason:
            problems.append(Problem(None, name, value, reason))
            continue
        items = schema.get("items", {})
        for i, item in enumerate(value if isinstance(value, (list, tuple)) else ()):
            if not isinstance(item, Mapping):
                problems.append(Problem(None, f"{name}[{i}]", item, "must be an object"))
                continue
            for required in items.get("required", ()):
                if item.get(required) in (None, ""):
                    problems.append(Problem(None, f"{name}[{i}].{required}", item.get(required), "required"))
    present = {name: value for name, value in fields.items() if not any(p.field == name for p in problems)}
    return problems + phone_problems(op, present)


def check_messages_argument(messages: Any) -> Problem | None:
    """A problem when ``messages`` is not an iterable of messages (a lone message, text, None ...)."""
    if isinstance(messages, Mapping):
        return Problem(None, "messages", "{...}", "a single message: pass a list of messages ([message])")
    if isinstance(messages, (str, bytes)) or not isinstance(messages, (Iterable, AsyncIterable)):
        kind = type(messages).__name__
        return Problem(None, "messages", kind, "must be a list, iterable or async iterable of messages")
    return None


async def batches(messages: Messages, size: int) -> AsyncIterator[list[tuple[int, Any]]]:
    """``(input index, message)`` pairs in lists of at most ``size``, reading the input lazily."""
    if isinstance(messages, (list, tuple)):  # sliced: the same batches, without a step per message
        start = 0
        while start < len(messages):  # (len each time: a list grown meanwhile is read to its end, as before)
            yield list(enumerate(messages[start : start + size], start))
            start += size
        return
    batch: list[tuple[int, Any]] = []
    index = 0
    if isinstance(messages, AsyncIterable):
        async for message in messages:
            batch.append((index, message))
            index += 1
            if len(batch) == size:
                yield batch
                batch = []
    else:
        for message in messages:
            batch.append((index, message))
            index += 1
            if len(batch) == size:
                yield batch
                batch = []
    if batch:
        yield batch


def _plain_sender(sender: Any) -> bool:
    """Whether a message's ``from`` certainly passes the full check: absent, empty or a valid sender text."""
    return sender is None or sender == "" or (type(sender) is str and check_sender(sender) is None)


class MessagePreparer:
    """Turns user messages (dicts or generated models) into wire dicts, checking and normalising them.

    Every message gets a ``custom_string`` (the user's own, or ``<campaign tag>-<index>``) so that each
    outcome can be matched, and reconciled against history if its request went unanswered.
    """

    def __init__(
        self,
        *,
        region: str | None,
        normalise_numbers: bool,
        required: tuple[str, ...] = (),
        fields: Mapping[str, Any] | None = None,
        tag: str | None = None,
    ) -> None:
        self.region = region
        self.normalise_numbers = normalise_numbers
        self.required = required  # text fields the operation needs besides to and body (subject, voice)
        self.fields = fields  # the spec's schema of each field a message may have (None: not checked)
        self._self_checked = _CHECKED & set(fields or ())  # known fields that _problems checks itself
        # the fields a message may have and still be decided by _surely_valid
        self._plain = _PLAIN if fields is None else _PLAIN & set(fields)
        self.tag = tag or f"csa-{secrets.token_hex(5)}"
        self.own_custom_strings = False  # whether any message came with its own custom_string  # a journaled campaign keeps its tag across runs

    def prepare(
        self, index: int, message: Any, *, check: bool = True
    ) -> tuple[dict[str, Any], list[Problem]]:
        """The wire dict of ``message`` and what is wrong with it (not looked for with ``check=False``,
        for a message already checked)."""
        data = _as_dict(message)
        if data is None:
            why = "must be a mapping or a generated model"
            return {}, [Problem(index, "message", type(message).__name__, why)]
        if self.normalise_numbers and "to" in data:
            data["to"] = normalise(data["to"], data.get("country") or self.region)
        problems = self._problems(index, data) if check else []
        custom = data.get("custom_string")
        if custom is None or custom == "":
            data["custom_string"] = f"{self.tag}-{index}"
        else:
            self.own_custom_strings = True
        return data, problems

    def prepare_checked(self, batch: list[tuple[int, Any]]) -> list[tuple[int, dict[str, Any]]]:
        """``prepare(check=False)`` of each message of a batch that ``list_problems`` found no problem in."""
        tag, prepare, plain = self.tag, self.prepare, not self.normalise_numbers
        return [
            (index, dict(message, custom_string=f"{tag}-{index}"))  # (dict(): faster than {**message, ...})
            if plain and type(message) is dict and not message.get("custom_string")
            else (index, prepare(index, message, check=False)[0])
            for index, message in batch
        ]

    def list_problems(self, messages: Sequence[Any]) -> list[Problem]:
        """What is wrong with the messages of a list, in order (for checking it whole before sending)."""
        if self._all_surely_valid(messages):
            return []
        surely_valid, problems = self._surely_valid, self.problems
        plain = not self.normalise_numbers
        return [
            problem
            for index, message in enumerate(messages)
            if not (plain and type(message) is dict and surely_valid(message))
            for problem in problems(index, message)
        ]

    def problems(self, index: int, message: Any) -> list[Problem]:
        """What is wrong with ``message`` (no wire copy is kept: for checking a whole list up front)."""
        if (type(message) is dict or isinstance(message, Mapping)) and not self.normalise_numbers:
            return self._problems(index, message)  # (``type() is dict`` first: the ABC check costs more)
        return self.prepare(index, message)[1]

    def _all_surely_valid(self, messages: Sequence[Any]) -> bool:
        """``_surely_valid`` of every message of a list at once, field by field: one pass per field over the
        list, without a Python call per message. False decides nothing."""
        # (``set(map(type, column)) <= {str}``: every value is text, without a Python step per value)
        if self.required or self.normalise_numbers or not set(map(type, messages)) <= {dict}:
            return False
        fields = set().union(*messages)  # every field of any message
        if not fields <= self._plain:
            return False
        tos = [m.get("to") for m in messages]
        bodies = [m.get("body") for m in messages]
        try:
            senders = {m.get("from") for m in messages}
        except TypeError:  # a sender that cannot be hashed (a list ...): not plain text
            return False
        return (
            set(map(type, tos)) <= {str}
            and set(map(type, bodies)) <= {str}
            and all(bodies)
            and not any(map(str.isspace, bodies))
            and (
                "custom_string" not in fields
                or set(type(m.get("custom_string", "")) for m in messages) <= {str}
            )
            and all(map(_plain_sender, senders))
            and all_surely_possible(tos)
        )

    def _surely_valid(self, data: Mapping[str, Any]) -> bool:
        """True when ``data`` certainly has no problems: a message of the common shape (``to``, ``body``,
        ``from``, ``custom_string``; plain text) that passes the same checks as ``_problems``. False
        decides nothing: ``_problems`` looks (and names the field and value)."""
        if self.required or not data.keys() <= self._plain:
            return False
        to, body, sender = data.get("to"), data.get("body"), data.get("from")
        return (
            type(to) is str
            and surely_possible(to)
            and type(body) is str
            and body != ""
            and not body.isspace()
            and _plain_sender(sender)
            and type(data.get("custom_string", "")) is str
        )

    def _problems(self, index: int, data: Mapping[str, Any]) -> list[Problem]:
        if self._surely_valid(data):
            return []
        problems: list[Problem] = self._field_problems(index, data)
        if "to" in data:
            reason = check_e164(data["to"])
        else:
            reason = None if "list_id" in data else "required (or give list_id)"
        if reason:
            problems.append(Problem(index, "to", data.get("to"), reason))
        sender = data.get("from")
        if sender is not None and sender != "":
            reason = check_sender(sender)
            if reason:
                problems.append(Problem(index, "from", sender, reason))
        body = data.get("body")
        if not isinstance(body, str) or not body or body.isspace():
            problems.append(Problem(index, "body", body, "required, non-empty text"))
        for name in self.required:
            if not isinstance(data.get(name), str) or not data[name]:
                problems.append(Problem(index, name, data.get(name), "required"))
        schedule = data.get("schedule")
        if schedule is not None and (
            isinstance(schedule, bool) or not isinstance(schedule, int) or schedule < 0
        ):
            problems.append(Problem(index, "schedule", schedule, "must be a Unix timestamp (int seconds)"))
        elif isinstance(schedule, int) and schedule >= _MILLISECONDS:
            why = "looks like milliseconds: ClickSend wants a Unix timestamp in seconds"
            problems.append(Problem(index, "schedule", schedule, why))
        custom = data.get("custom_string")
        if custom is not None and custom != "" and not isinstance(custom, str):
            problems.append(Problem(index, "custom_string", custom, "must be text"))
        return problems

    def _field_problems(self, index: int, data: Mapping[str, Any]) -> list[Problem]:
        """Fields the spec does not know (a misspelt ``schedule`` would send now), and values of the wrong
        JSON type, for the fields prepare() does not check itself."""
        if self.fields is None or data.keys() <= self._self_checked:
            return []  # the common case: only fields whose values _problems checks itself
        problems = []
        for name, value in data.items():
            schema = self.fields.get(name)
            if schema is None:
                known = ", ".join(sorted(self.fields))
                problems.append(
                    Problem(index, name, value, f"not a field of these messages (known: {known})")
                )
            elif name not in _CHECKED and wrong_type(schema, value):
                problems.append(Problem(index, name, value, str(wrong_type(schema, value))))
        return problems


def _as_dict(message: Any) -> dict[str, Any] | None:
    if type(message) is dict or isinstance(message, Mapping):
        return dict(message)
    to_dict = getattr(message, "to_dict", None)
    return dict(to_dict()) if callable(to_dict) else None
