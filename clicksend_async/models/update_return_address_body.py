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
        address_city (str): Your city. This is a required field for the city name.
        address_name (str): Your address name. This is a required field that identifies the return address.
        address_line_1 (str): Your address line 1. This is a required field for the primary street address.
        address_country (str): Your country. This is a required field for the country code (e.g., 'AU' for Australia).
        address_postal_code (str): Your postal code. This is a required field for the postal or ZIP code.
        address_state (str | Unset): Your state. This is an optional field for the state, province, or region.
        address_line_2 (str | Unset): Your address line 2. This is an optional field for additional address details like
            apartment, suite, or floor number.
    """

    address_city: str
    address_name: str
    address_line_1: str
    address_country: str
    address_postal_code: str
    address_state: str | Unset = UNSET
    address_line_2: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_city = self.address_city

        address_name = self.address_name

        address_line_1 = self.address_line_1

        address_country = self.address_country

        address_postal_code = self.address_postal_code

        address_state = self.address_state

        address_line_2 = self.address_line_2

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address_city": address_city,
                "address_name": address_name,
                "address_line_1": address_line_1,
                "address_country": address_country,
                "address_postal_code": address_postal_code,
            }
        )
        if address_state is not UNSET:
            field_dict["address_state"] = address_state
        if address_line_2 is not UNSET:
            field_dict["address_line_2"] = address_line_2

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address_city = d.pop("address_city")

        address_name = d.pop("address_name")

        address_line_1 = d.pop("address_line_1")

        address_country = d.pop("address_country")

        address_postal_code = d.pop("address_postal_code")

        address_state = d.pop("address_state", UNSET)

        address_line_2 = d.pop("address_line_2", UNSET)

        _instance = cls(
            address_city=address_city,
            address_name=address_name,
            address_line_1=address_line_1,
            address_country=address_country,
            address_postal_code=address_postal_code,
            address_state=address_state,
            address_line_2=address_line_2,
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
