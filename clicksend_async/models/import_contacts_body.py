from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ImportContactsBody")


@_attrs_define
class ImportContactsBody:
    """
    Attributes:
        file_url (str): URL of the file to process. This should be a publicly accessible URL pointing to a CSV or Excel
            file containing the contacts to import.
        field_order (list[str]): Order of fields in the file. This array specifies how the columns in your file map to
            contact fields. List the field names in the order they appear in your file columns. Valid field names include:
            phone, phone_number, first_name, last_name, email, fax_number, address_line_1, address_line_2, address_city,
            address_state, address_postal_code, address_country, organization_name, custom_1, custom_2, custom_3, custom_4.
    """

    file_url: str
    field_order: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_url = self.file_url

        field_order = self.field_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_url": file_url,
                "field_order": field_order,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_url = d.pop("file_url")

        field_order = cast(list[str], d.pop("field_order"))

        _instance = cls(
            file_url,
            field_order,
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
