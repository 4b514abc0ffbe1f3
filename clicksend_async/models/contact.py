from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """A contact in a list.

    Attributes:
        contact_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        list_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        phone_number (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        first_name (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        last_name (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        custom_1 (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        custom_2 (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        custom_3 (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        custom_4 (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        date_added (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        date_updated (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an
            empty string when unset.
        fax_number (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        organization_name (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone
            numbers, ids) as numbers.
        email (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        address_line_1 (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        address_line_2 (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        address_city (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        address_state (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        address_postal_code (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone
            numbers, ids) as numbers.
        address_country (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        field_list_name (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
    """

    contact_id: int | None | str | Unset = UNSET
    list_id: int | None | str | Unset = UNSET
    phone_number: float | None | str | Unset = UNSET
    first_name: float | None | str | Unset = UNSET
    last_name: float | None | str | Unset = UNSET
    custom_1: float | None | str | Unset = UNSET
    custom_2: float | None | str | Unset = UNSET
    custom_3: float | None | str | Unset = UNSET
    custom_4: float | None | str | Unset = UNSET
    date_added: int | None | str | Unset = UNSET
    date_updated: int | None | str | Unset = UNSET
    fax_number: float | None | str | Unset = UNSET
    organization_name: float | None | str | Unset = UNSET
    email: float | None | str | Unset = UNSET
    address_line_1: float | None | str | Unset = UNSET
    address_line_2: float | None | str | Unset = UNSET
    address_city: float | None | str | Unset = UNSET
    address_state: float | None | str | Unset = UNSET
    address_postal_code: float | None | str | Unset = UNSET
    address_country: float | None | str | Unset = UNSET
    field_list_name: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_id: int | None | str | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        list_id: int | None | str | Unset
        if isinstance(self.list_id, Unset):
            list_id = UNSET
        else:
            list_id = self.list_id

        phone_number: float | None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        first_name: float | None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: float | None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        custom_1: float | None | str | Unset
        if isinstance(self.custom_1, Unset):
            custom_1 = UNSET
        else:
            custom_1 = self.custom_1

        custom_2: float | None | str | Unset
        if isinstance(self.custom_2, Unset):
            custom_2 = UNSET
        else:
            custom_2 = self.custom_2

        custom_3: float | None | str | Unset
        if isinstance(self.custom_3, Unset):
            custom_3 = UNSET
        else:
            custom_3 = self.custom_3

        custom_4: float | None | str | Unset
        if isinstance(self.custom_4, Unset):
            custom_4 = UNSET
        else:
            custom_4 = self.custom_4

        date_added: int | None | str | Unset
        if isinstance(self.date_added, Unset):
            date_added = UNSET
        else:
            date_added = self.date_added

        date_updated: int | None | str | Unset
        if isinstance(self.date_updated, Unset):
            date_updated = UNSET
        else:
            date_updated = self.date_updated

        fax_number: float | None | str | Unset
        if isinstance(self.fax_number, Unset):
            fax_number = UNSET
        else:
            fax_number = self.fax_number

        organization_name: float | None | str | Unset
        if isinstance(self.organization_name, Unset):
            organization_name = UNSET
        else:
            organization_name = self.organization_name

        email: float | None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        address_line_1: float | None | str | Unset
        if isinstance(self.address_line_1, Unset):
            address_line_1 = UNSET
        else:
            address_line_1 = self.address_line_1

        address_line_2: float | None | str | Unset
        if isinstance(self.address_line_2, Unset):
            address_line_2 = UNSET
        else:
            address_line_2 = self.address_line_2

        address_city: float | None | str | Unset
        if isinstance(self.address_city, Unset):
            address_city = UNSET
        else:
            address_city = self.address_city

        address_state: float | None | str | Unset
        if isinstance(self.address_state, Unset):
            address_state = UNSET
        else:
            address_state = self.address_state

        address_postal_code: float | None | str | Unset
        if isinstance(self.address_postal_code, Unset):
            address_postal_code = UNSET
        else:
            address_postal_code = self.address_postal_code

        address_country: float | None | str | Unset
        if isinstance(self.address_country, Unset):
            address_country = UNSET
        else:
            address_country = self.address_country

        field_list_name: float | None | str | Unset
        if isinstance(self.field_list_name, Unset):
            field_list_name = UNSET
        else:
            field_list_name = self.field_list_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if custom_1 is not UNSET:
            field_dict["custom_1"] = custom_1
        if custom_2 is not UNSET:
            field_dict["custom_2"] = custom_2
        if custom_3 is not UNSET:
            field_dict["custom_3"] = custom_3
        if custom_4 is not UNSET:
            field_dict["custom_4"] = custom_4
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if fax_number is not UNSET:
            field_dict["fax_number"] = fax_number
        if organization_name is not UNSET:
            field_dict["organization_name"] = organization_name
        if email is not UNSET:
            field_dict["email"] = email
        if address_line_1 is not UNSET:
            field_dict["address_line_1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["address_line_2"] = address_line_2
        if address_city is not UNSET:
            field_dict["address_city"] = address_city
        if address_state is not UNSET:
            field_dict["address_state"] = address_state
        if address_postal_code is not UNSET:
            field_dict["address_postal_code"] = address_postal_code
        if address_country is not UNSET:
            field_dict["address_country"] = address_country
        if field_list_name is not UNSET:
            field_dict["_list_name"] = field_list_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contact_id: int | None | str | Unset = d.pop("contact_id", UNSET)

        list_id: int | None | str | Unset = d.pop("list_id", UNSET)

        phone_number: float | None | str | Unset = d.pop("phone_number", UNSET)

        first_name: float | None | str | Unset = d.pop("first_name", UNSET)

        last_name: float | None | str | Unset = d.pop("last_name", UNSET)

        custom_1: float | None | str | Unset = d.pop("custom_1", UNSET)

        custom_2: float | None | str | Unset = d.pop("custom_2", UNSET)

        custom_3: float | None | str | Unset = d.pop("custom_3", UNSET)

        custom_4: float | None | str | Unset = d.pop("custom_4", UNSET)

        date_added: int | None | str | Unset = d.pop("date_added", UNSET)

        date_updated: int | None | str | Unset = d.pop("date_updated", UNSET)

        fax_number: float | None | str | Unset = d.pop("fax_number", UNSET)

        organization_name: float | None | str | Unset = d.pop("organization_name", UNSET)

        email: float | None | str | Unset = d.pop("email", UNSET)

        address_line_1: float | None | str | Unset = d.pop("address_line_1", UNSET)

        address_line_2: float | None | str | Unset = d.pop("address_line_2", UNSET)

        address_city: float | None | str | Unset = d.pop("address_city", UNSET)

        address_state: float | None | str | Unset = d.pop("address_state", UNSET)

        address_postal_code: float | None | str | Unset = d.pop("address_postal_code", UNSET)

        address_country: float | None | str | Unset = d.pop("address_country", UNSET)

        field_list_name: float | None | str | Unset = d.pop("_list_name", UNSET)

        _instance = cls(
            contact_id,
            list_id,
            phone_number,
            first_name,
            last_name,
            custom_1,
            custom_2,
            custom_3,
            custom_4,
            date_added,
            date_updated,
            fax_number,
            organization_name,
            email,
            address_line_1,
            address_line_2,
            address_city,
            address_state,
            address_postal_code,
            address_country,
            field_list_name,
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
