from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DefaultSenderStrategyInput")


@_attrs_define
class DefaultSenderStrategyInput:
    """Which sender to use.

    Attributes:
        sender_type (str): Kind of sender: alpha_tag, own_number, dedicated_number, ...
        sender_id (str): The sender: the alpha tag, or the number in E.164 format.
        sender_country_code (str | Unset): ISO 3166 country of a number sender.
        note (str | Unset): Your note.
    """

    sender_type: str
    sender_id: str
    sender_country_code: str | Unset = UNSET
    note: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sender_type = self.sender_type

        sender_id = self.sender_id

        sender_country_code = self.sender_country_code

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sender_type": sender_type,
                "sender_id": sender_id,
            }
        )
        if sender_country_code is not UNSET:
            field_dict["sender_country_code"] = sender_country_code
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sender_type = d.pop("sender_type")

        sender_id = d.pop("sender_id")

        sender_country_code = d.pop("sender_country_code", UNSET)

        note = d.pop("note", UNSET)

        _instance = cls(
            sender_type,
            sender_id,
            sender_country_code,
            note,
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
