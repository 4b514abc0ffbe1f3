from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostRecipientInput")


@_attrs_define
class PostRecipientInput:
    """One recipient of a letter.

    Attributes:
        address_name (str):
        address_line_1 (str):
        address_city (str):
        address_postal_code (str):
        address_country (str): ISO 3166 two-letter country code.
        address_line_2 (str | Unset):
        address_state (str | Unset):
        return_address_id (int | Unset):
        schedule (int | Unset): Unix timestamp.
        custom_string (str | Unset):
    """

    address_name: str
    address_line_1: str
    address_city: str
    address_postal_code: str
    address_country: str
    address_line_2: str | Unset = UNSET
    address_state: str | Unset = UNSET
    return_address_id: int | Unset = UNSET
    schedule: int | Unset = UNSET
    custom_string: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_name = self.address_name

        address_line_1 = self.address_line_1

        address_city = self.address_city

        address_postal_code = self.address_postal_code

        address_country = self.address_country

        address_line_2 = self.address_line_2

        address_state = self.address_state

        return_address_id = self.return_address_id

        schedule = self.schedule

        custom_string = self.custom_string

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address_name": address_name,
                "address_line_1": address_line_1,
                "address_city": address_city,
                "address_postal_code": address_postal_code,
                "address_country": address_country,
            }
        )
        if address_line_2 is not UNSET:
            field_dict["address_line_2"] = address_line_2
        if address_state is not UNSET:
            field_dict["address_state"] = address_state
        if return_address_id is not UNSET:
            field_dict["return_address_id"] = return_address_id
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address_name = d.pop("address_name")

        address_line_1 = d.pop("address_line_1")

        address_city = d.pop("address_city")

        address_postal_code = d.pop("address_postal_code")

        address_country = d.pop("address_country")

        address_line_2 = d.pop("address_line_2", UNSET)

        address_state = d.pop("address_state", UNSET)

        return_address_id = d.pop("return_address_id", UNSET)

        schedule = d.pop("schedule", UNSET)

        custom_string = d.pop("custom_string", UNSET)

        _instance = cls(
            address_name,
            address_line_1,
            address_city,
            address_postal_code,
            address_country,
            address_line_2,
            address_state,
            return_address_id,
            schedule,
            custom_string,
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
