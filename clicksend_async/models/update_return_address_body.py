from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateReturnAddressBody")


@_attrs_define
class UpdateReturnAddressBody:
    """
    Attributes:
        address_city (str | Unset): Your city. This is a required field for the city name.
        address_name (str | Unset): Your address name. This is a required field that identifies the return address.
        address_state (str | Unset): Your state. This is an optional field for the state, province, or region.
        address_line_1 (str | Unset): Your address line 1. This is a required field for the primary street address.
        address_line_2 (str | Unset): Your address line 2. This is an optional field for additional address details like
            apartment, suite, or floor number.
        address_country (str | Unset): Your country. This is a required field for the country code (e.g., 'AU' for
            Australia).
        address_postal_code (str | Unset): Your postal code. This is a required field for the postal or ZIP code.
    """

    address_city: str | Unset = UNSET
    address_name: str | Unset = UNSET
    address_state: str | Unset = UNSET
    address_line_1: str | Unset = UNSET
    address_line_2: str | Unset = UNSET
    address_country: str | Unset = UNSET
    address_postal_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_city = self.address_city

        address_name = self.address_name

        address_state = self.address_state

        address_line_1 = self.address_line_1

        address_line_2 = self.address_line_2

        address_country = self.address_country

        address_postal_code = self.address_postal_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_city is not UNSET:
            field_dict["address_city"] = address_city
        if address_name is not UNSET:
            field_dict["address_name"] = address_name
        if address_state is not UNSET:
            field_dict["address_state"] = address_state
        if address_line_1 is not UNSET:
            field_dict["address_line_1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["address_line_2"] = address_line_2
        if address_country is not UNSET:
            field_dict["address_country"] = address_country
        if address_postal_code is not UNSET:
            field_dict["address_postal_code"] = address_postal_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address_city = d.pop("address_city", UNSET)

        address_name = d.pop("address_name", UNSET)

        address_state = d.pop("address_state", UNSET)

        address_line_1 = d.pop("address_line_1", UNSET)

        address_line_2 = d.pop("address_line_2", UNSET)

        address_country = d.pop("address_country", UNSET)

        address_postal_code = d.pop("address_postal_code", UNSET)

        _instance = cls(
            address_city,
            address_name,
            address_state,
            address_line_1,
            address_line_2,
            address_country,
            address_postal_code,
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
