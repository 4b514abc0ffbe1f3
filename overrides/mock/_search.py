"""ClickSend's ``q`` search: comma-separated ``field:value`` terms (``status:Sent,to:+61411111111``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def matches(record: Mapping[str, Any], q: object, operator: object = "AND") -> bool:
    """Whether ``record`` is found by the search ``q``, as ClickSend reads it.

    Each term is ``field:value``: the record's ``field`` equals ``value``, not case-sensitive (``status:sent``
    finds ``Sent``). A term without ``:`` is a keyword found in any text field. Terms are combined with
    ``operator`` (``AND``, the default, or ``OR``). An empty ``q`` finds everything.
    """
    terms = [term.strip() for term in str(q or "").split(",") if term.strip()]
    if not terms:
        return True
    hits = (_term_matches(record, term) for term in terms)
    return any(hits) if str(operator or "AND").upper() == "OR" else all(hits)


def _term_matches(record: Mapping[str, Any], term: str) -> bool:
    field, sep, value = term.partition(":")
    if sep and field.strip() in record:
        return _text(record[field.strip()]) == value.strip().lower()
    keyword = term.lower()
    return any(keyword in value.lower() for value in record.values() if isinstance(value, str))


def _text(value: Any) -> str:
    return "" if value is None else str(value).lower()
