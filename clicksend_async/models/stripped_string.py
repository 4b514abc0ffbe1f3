from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StrippedString")


@_attrs_define
class StrippedString:
    """An email-to-SMS rule that strips a string (e.g. a signature) from emails.

    Attributes:
        rule_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        strip_string (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        stripped_string (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
    """

    rule_id: int | None | str | Unset = UNSET
    strip_string: float | None | str | Unset = UNSET
    stripped_string: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rule_id: int | None | str | Unset
        if isinstance(self.rule_id, Unset):
            rule_id = UNSET
        else:
            rule_id = self.rule_id

        strip_string: float | None | str | Unset
        if isinstance(self.strip_string, Unset):
            strip_string = UNSET
        else:
            strip_string = self.strip_string

        stripped_string: float | None | str | Unset
        if isinstance(self.stripped_string, Unset):
            stripped_string = UNSET
        else:
            stripped_string = self.stripped_string

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rule_id is not UNSET:
            field_dict["rule_id"] = rule_id
        if strip_string is not UNSET:
            field_dict["strip_string"] = strip_string
        if stripped_string is not UNSET:
            field_dict["stripped_string"] = stripped_string

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rule_id: int | None | str | Unset = d.pop("rule_id", UNSET)

        strip_string: float | None | str | Unset = d.pop("strip_string", UNSET)

        stripped_string: float | None | str | Unset = d.pop("stripped_string", UNSET)

        _instance = cls(
            rule_id,
            strip_string,
            stripped_string,
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
