"""Splitting any (async) iterable of messages into request-sized batches, and preparing each message."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Mapping
from typing import Any

from ._exceptions import Problem
from ._phone import check_e164, check_sender, normalise

Messages = Iterable[Mapping[str, Any] | Any] | AsyncIterable[Mapping[str, Any] | Any]


async def batches(messages: Messages, size: int) -> AsyncIterator[list[tuple[int, Any]]]:
    """``(input index, message)`` pairs in lists of at most ``size``, reading the input lazily."""
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


class MessagePreparer:
    """Turns user messages (dicts or generated models) into wire dicts, checking and normalising them.

    Every message gets a ``custom_string`` (the user's own, or ``<campaign tag>-<index>``) so that each
    outcome can be matched, and reconciled against history if its request went unanswered.
    """

    def __init__(
        self, *, region: str | None, normalise_numbers: bool, required: tuple[str, ...] = ()
    ) -> None:
        self.region = region
        self.normalise_numbers = normalise_numbers
        self.required = required  # text fields the operation needs besides to and body (subject, voice)
        self.tag = f"csa-{secrets.token_hex(5)}"

    def prepare(
        self, index: int, message: Any, *, check: bool = True
    ) -> tuple[dict[str, Any], list[Problem]]:
        """The wire dict of ``message`` and what is wrong with it (not looked for with ``check=False``,
        for a message already checked)."""
        data = dict(message) if isinstance(message, Mapping) else _model_to_dict(message, index)
        if self.normalise_numbers and "to" in data:
            data["to"] = normalise(data["to"], data.get("country") or self.region)
        problems = self._problems(index, data) if check else []
        custom = data.get("custom_string")
        if custom is None or custom == "":
            data["custom_string"] = f"{self.tag}-{index}"
        return data, problems

    def _problems(self, index: int, data: dict[str, Any]) -> list[Problem]:
        problems: list[Problem] = []
        if "list_id" not in data or "to" in data:
            reason = check_e164(data.get("to")) if "to" in data else "required (or give list_id)"
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
        custom = data.get("custom_string")
        if custom is not None and custom != "" and not isinstance(custom, str):
            problems.append(Problem(index, "custom_string", custom, "must be text"))
        return problems


def _model_to_dict(message: Any, index: int) -> dict[str, Any]:
    to_dict = getattr(message, "to_dict", None)
    if callable(to_dict):
        return dict(to_dict())
    raise TypeError(f"message [{index}] must be a mapping or a generated model, got {type(message).__name__}")
