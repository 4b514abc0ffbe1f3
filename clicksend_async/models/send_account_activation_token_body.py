from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendAccountActivationTokenBody")


@_attrs_define
class SendAccountActivationTokenBody:
    """
    Attributes:
        type_ (str | Unset): Verification method type. Required for successful verification.
        country (str | Unset): Country designation (e.g., 'US'). Required for successful verification.
        user_phone (str | Unset): Your phone number in E.164 format (e.g., '+13523944199'). Required for successful
            verification.
    """

    type_: str | Unset = UNSET
    country: str | Unset = UNSET
    user_phone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        country = self.country

        user_phone = self.user_phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if country is not UNSET:
            field_dict["country"] = country
        if user_phone is not UNSET:
            field_dict["user_phone"] = user_phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        country = d.pop("country", UNSET)

        user_phone = d.pop("user_phone", UNSET)

        _instance = cls(
            type_,
            country,
            user_phone,
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
