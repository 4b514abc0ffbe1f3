from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateContactBody")


@_attrs_define
class CreateContactBody:
    """
    Attributes:
        email (str | Unset): Contact's email address. At least one of phone_number, email, or fax_number must be
            provided.
        custom_1 (str | Unset): Custom field 1 for additional contact information
        custom_2 (str | Unset): Custom field 2 for additional contact information
        custom_3 (str | Unset): Custom field 3 for additional contact information
        custom_4 (str | Unset): Custom field 4 for additional contact information
        last_name (str | Unset): Contact's last name
        fax_number (str | Unset): Contact's fax number. At least one of phone_number, email, or fax_number must be
            provided.
        first_name (str | Unset): Contact's first name
        address_city (str | Unset): City in contact's address
        phone_number (str | Unset): Contact's phone number in E.164 format (e.g., +61411111111). At least one of
            phone_number, email, or fax_number must be provided.
        address_state (str | Unset): State or province in contact's address
        address_line_1 (str | Unset): First line of contact's address
        address_line_2 (str | Unset): Second line of contact's address
        address_country (str | Unset): Country name in contact's address
        organization_name (str | Unset): Contact's organization or company name
        address_postal_code (str | Unset): Postal or ZIP code in contact's address
    """

    email: str | Unset = UNSET
    custom_1: str | Unset = UNSET
    custom_2: str | Unset = UNSET
    custom_3: str | Unset = UNSET
    custom_4: str | Unset = UNSET
    last_name: str | Unset = UNSET
    fax_number: str | Unset = UNSET
    first_name: str | Unset = UNSET
    address_city: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    address_state: str | Unset = UNSET
    address_line_1: str | Unset = UNSET
    address_line_2: str | Unset = UNSET
    address_country: str | Unset = UNSET
    organization_name: str | Unset = UNSET
    address_postal_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        custom_1 = self.custom_1

        custom_2 = self.custom_2

        custom_3 = self.custom_3

        custom_4 = self.custom_4

        last_name = self.last_name

        fax_number = self.fax_number

        first_name = self.first_name

        address_city = self.address_city

        phone_number = self.phone_number

        address_state = self.address_state

        address_line_1 = self.address_line_1

        address_line_2 = self.address_line_2

        address_country = self.address_country

        organization_name = self.organization_name

        address_postal_code = self.address_postal_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if custom_1 is not UNSET:
            field_dict["custom_1"] = custom_1
        if custom_2 is not UNSET:
            field_dict["custom_2"] = custom_2
        if custom_3 is not UNSET:
            field_dict["custom_3"] = custom_3
        if custom_4 is not UNSET:
            field_dict["custom_4"] = custom_4
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if fax_number is not UNSET:
            field_dict["fax_number"] = fax_number
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if address_city is not UNSET:
            field_dict["address_city"] = address_city
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if address_state is not UNSET:
            field_dict["address_state"] = address_state
        if address_line_1 is not UNSET:
            field_dict["address_line_1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["address_line_2"] = address_line_2
        if address_country is not UNSET:
            field_dict["address_country"] = address_country
        if organization_name is not UNSET:
            field_dict["organization_name"] = organization_name
        if address_postal_code is not UNSET:
            field_dict["address_postal_code"] = address_postal_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        custom_1 = d.pop("custom_1", UNSET)

        custom_2 = d.pop("custom_2", UNSET)

        custom_3 = d.pop("custom_3", UNSET)

        custom_4 = d.pop("custom_4", UNSET)

        last_name = d.pop("last_name", UNSET)

        fax_number = d.pop("fax_number", UNSET)

        first_name = d.pop("first_name", UNSET)

        address_city = d.pop("address_city", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        address_state = d.pop("address_state", UNSET)

        address_line_1 = d.pop("address_line_1", UNSET)

        address_line_2 = d.pop("address_line_2", UNSET)

        address_country = d.pop("address_country", UNSET)

        organization_name = d.pop("organization_name", UNSET)

        address_postal_code = d.pop("address_postal_code", UNSET)

        _instance = cls(
            email,
            custom_1,
            custom_2,
            custom_3,
            custom_4,
            last_name,
            fax_number,
            first_name,
            address_city,
            phone_number,
            address_state,
            address_line_1,
            address_line_2,
            address_country,
            organization_name,
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
