from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateAccountBody")


@_attrs_define
class UpdateAccountBody:
    """
    Attributes:
        country (str | Unset): User's country code (ISO 3166-1 alpha-2 format, e.g., 'US', 'AU', 'GB')
        user_phone (str | Unset): User's phone number in E.164 format (e.g., '+16068249028')
        user_last_name (str | Unset): User's last name to update
        user_first_name (str | Unset): User's first name to update
    """

    country: str | Unset = UNSET
    user_phone: str | Unset = UNSET
    user_last_name: str | Unset = UNSET
    user_first_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        user_phone = self.user_phone

        user_last_name = self.user_last_name

        user_first_name = self.user_first_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country is not UNSET:
            field_dict["country"] = country
        if user_phone is not UNSET:
            field_dict["user_phone"] = user_phone
        if user_last_name is not UNSET:
            field_dict["user_last_name"] = user_last_name
        if user_first_name is not UNSET:
            field_dict["user_first_name"] = user_first_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country = d.pop("country", UNSET)

        user_phone = d.pop("user_phone", UNSET)

        user_last_name = d.pop("user_last_name", UNSET)

        user_first_name = d.pop("user_first_name", UNSET)

        _instance = cls(
            country,
            user_phone,
            user_last_name,
            user_first_name,
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
