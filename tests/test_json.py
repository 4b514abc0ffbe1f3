"""The batched send path's JSON (``_json``): msgspec (on CPython) sends and reads what the standard library
would, and without msgspec the standard library is used."""

from __future__ import annotations

import json
import platform

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clicksend_async import _json

TEXT = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40)
MESSAGE = st.fixed_dictionaries(
    {"to": TEXT, "body": TEXT, "custom_string": TEXT},
    optional={"schedule": st.integers(0, 2**63 - 1), "list_id": st.integers(1, 10**9), "from": TEXT},
)


def test_msgspec_is_there_on_cpython() -> None:
    # a runtime dependency there (pyproject.toml): so the fast path is the one the tests below compare
    assert (platform.python_implementation() == "CPython") == _json.FAST


@pytest.fixture
def without_msgspec(monkeypatch: pytest.MonkeyPatch) -> None:
    """``_json`` as on an interpreter msgspec has no wheels for."""
    monkeypatch.setattr(_json, "_fast_encode", None)
    monkeypatch.setattr(_json, "_fast_decode", None)


@pytest.mark.usefixtures("without_msgspec")
def test_without_msgspec_the_standard_library_encodes_and_decodes() -> None:
    body = {"messages": [{"to": "+61411111111", "body": "Caf\u00e9", "list_id": 2**70}]}
    assert _json.dumps(body) == json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
    assert _json.loads(b'{"a": 1e400}') == {"a": float("inf")}  # (json's reading; msgspec refuses it)


@given(st.lists(MESSAGE, max_size=20))
def test_bodies_are_byte_for_byte_what_json_would_send(messages: list[dict[str, object]]) -> None:
    body = {"media_file": "https://example.invalid/a.png", "messages": messages}
    assert _json.dumps(body) == _json._std_dumps(body)
    assert _json.loads(_json.dumps(body)) == body


def test_answers_msgspec_refuses_are_read_by_json() -> None:
    for answer in (b'{"price": 1e400}', b'{"body": "\\ud800"}'):
        assert _json.loads(answer) == json.loads(answer)
    with pytest.raises(json.JSONDecodeError):
        _json.loads(b"{not json")


def test_an_integer_beyond_64_bits_is_encoded_as_json_encodes_it() -> None:
    body = {"messages": [{"list_id": 2**70}]}
    assert _json.dumps(body) == b'{"messages":[{"list_id":1180591620717411303424}]}'


def test_answers_read_as_json_reads_them() -> None:
    answer = '{"data": {"messages": [{"status": "SUCCESS", "body": "Caf\\u00e9 \\ud83d\\ude00", "price": "0.0770"}]}}'
    assert _json.loads(answer.encode()) == json.loads(answer)


def test_a_value_that_holds_itself_is_refused_as_json_refuses_it() -> None:
    looped: list[object] = []
    looped.append(looped)
    body = {"messages": [{"to": "+61411111111", "body": "hi", "media": looped}]}
    with pytest.raises(ValueError, match="Circular reference detected"):
        _json._std_dumps(body)
    with pytest.raises(ValueError, match="Circular reference detected"):
        _json.dumps(body)
