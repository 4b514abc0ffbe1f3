from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberRegistrationInput")


@_attrs_define
class NumberRegistrationInput:
    """Business details some countries require to buy a number.

    Attributes:
        business_name (str | Unset):
        business_address (str | Unset):
        suburb (str | Unset):
        postcode (str | Unset):
        state (str | Unset):
        contact_name (str | Unset):
        contact_number (str | Unset):
        country (str | Unset):
    """

    business_name: str | Unset = UNSET
    business_address: str | Unset = UNSET
    suburb: str | Unset = UNSET
    postcode: str | Unset = UNSET
    state: str | Unset = UNSET
    contact_name: str | Unset = UNSET
    contact_number: str | Unset = UNSET
    country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        business_name = self.business_name

        business_address = self.business_address

        suburb = self.suburb

        postcode = self.postcode

        state = self.state

        contact_name = self.contact_name

        contact_number = self.contact_number

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if business_name is not UNSET:
            field_dict["business_name"] = business_name
        if business_address is not UNSET:
            field_dict["business_address"] = business_address
        if suburb is not UNSET:
            field_dict["suburb"] = suburb
        if postcode is not UNSET:
            field_dict["postcode"] = postcode
        if state is not UNSET:
            field_dict["state"] = state
        if contact_name is not UNSET:
            field_dict["contact_name"] = contact_name
        if contact_number is not UNSET:
            field_dict["contact_number"] = contact_number
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        business_name = d.pop("business_name", UNSET)

        business_address = d.pop("business_address", UNSET)

        suburb = d.pop("suburb", UNSET)

        postcode = d.pop("postcode", UNSET)

        state = d.pop("state", UNSET)

        contact_name = d.pop("contact_name", UNSET)

        contact_number = d.pop("contact_number", UNSET)

        country = d.pop("country", UNSET)

        _instance = cls(
            business_name,
            business_address,
            suburb,
            postcode,
            state,
            contact_name,
            contact_number,
            country,
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
