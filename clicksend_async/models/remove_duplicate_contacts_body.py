from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.remove_duplicate_contacts_body_fields_item import (
    RemoveDuplicateContactsBodyFieldsItem,
    check_remove_duplicate_contacts_body_fields_item,
)

T = TypeVar("T", bound="RemoveDuplicateContactsBody")


@_attrs_define
class RemoveDuplicateContactsBody:
    """
    Attributes:
        fields (list[RemoveDuplicateContactsBodyFieldsItem]): Contacts equal in all these fields are duplicates; the
            first is kept.
    """

    fields: list[RemoveDuplicateContactsBodyFieldsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fields = []
        for fields_item_data in self.fields:
            fields_item: str = fields_item_data
            fields.append(fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fields": fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fields = []
        _fields = d.pop("fields")
        for fields_item_data in _fields:
            fields_item = check_remove_duplicate_contacts_body_fields_item(fields_item_data)

            fields.append(fields_item)

        _instance = cls(
            fields=fields,
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
