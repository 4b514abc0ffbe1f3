from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateReturnAddressBody")


@_attrs_define
class CreateReturnAddressBody:
    """
    Attributes:
        address_city (str): City name for the return address. This is a required field.
        address_name (str): Name or label for the return address. This will be used to identify the address in your
            account.
        address_line_1 (str): First line of the street address. This is a required field for the return address.
        address_country (str): Country code for the return address (e.g., 'US', 'AU', 'GB'). This is a required field.
            Use ISO country codes.
        address_postal_code (str): Postal code or ZIP code for the return address. This is a required field.
        address_state (str | Unset): State, province, or region for the return address. This is an optional field but
            recommended.
        address_line_2 (str | Unset): Second line of the street address (apartment, suite, building, etc.). This is an
            optional field.
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
            address_city,
            address_name,
            address_line_1,
            address_country,
            address_postal_code,
            address_state,
            address_line_2,
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
