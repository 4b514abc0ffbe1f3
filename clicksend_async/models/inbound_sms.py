from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InboundSms")


@_attrs_define
class InboundSms:
    """An SMS received by the account.

    Attributes:
        timestamp (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        from_ (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        body (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        original_body (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        original_message_id (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone
            numbers, ids) as numbers.
        to (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        custom_string (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        message_id (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        field_keyword (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
    """

    timestamp: int | None | str | Unset = UNSET
    from_: float | None | str | Unset = UNSET
    body: float | None | str | Unset = UNSET
    original_body: float | None | str | Unset = UNSET
    original_message_id: float | None | str | Unset = UNSET
    to: float | None | str | Unset = UNSET
    custom_string: float | None | str | Unset = UNSET
    message_id: float | None | str | Unset = UNSET
    field_keyword: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp: int | None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        from_: float | None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        body: float | None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        original_body: float | None | str | Unset
        if isinstance(self.original_body, Unset):
            original_body = UNSET
        else:
            original_body = self.original_body

        original_message_id: float | None | str | Unset
        if isinstance(self.original_message_id, Unset):
            original_message_id = UNSET
        else:
            original_message_id = self.original_message_id

        to: float | None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        custom_string: float | None | str | Unset
        if isinstance(self.custom_string, Unset):
            custom_string = UNSET
        else:
            custom_string = self.custom_string

        message_id: float | None | str | Unset
        if isinstance(self.message_id, Unset):
            message_id = UNSET
        else:
            message_id = self.message_id

        field_keyword: float | None | str | Unset
        if isinstance(self.field_keyword, Unset):
            field_keyword = UNSET
        else:
            field_keyword = self.field_keyword

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if from_ is not UNSET:
            field_dict["from"] = from_
        if body is not UNSET:
            field_dict["body"] = body
        if original_body is not UNSET:
            field_dict["original_body"] = original_body
        if original_message_id is not UNSET:
            field_dict["original_message_id"] = original_message_id
        if to is not UNSET:
            field_dict["to"] = to
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if field_keyword is not UNSET:
            field_dict["_keyword"] = field_keyword

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamp: int | None | str | Unset = d.pop("timestamp", UNSET)

        from_: float | None | str | Unset = d.pop("from", UNSET)

        body: float | None | str | Unset = d.pop("body", UNSET)

        original_body: float | None | str | Unset = d.pop("original_body", UNSET)

        original_message_id: float | None | str | Unset = d.pop("original_message_id", UNSET)

        to: float | None | str | Unset = d.pop("to", UNSET)

        custom_string: float | None | str | Unset = d.pop("custom_string", UNSET)

        message_id: float | None | str | Unset = d.pop("message_id", UNSET)

        field_keyword: float | None | str | Unset = d.pop("_keyword", UNSET)

        _instance = cls(
            timestamp,
            from_,
            body,
            original_body,
            original_message_id,
            to,
            custom_string,
            message_id,
            field_keyword,
        )

        _instance.additional_properties = d
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
