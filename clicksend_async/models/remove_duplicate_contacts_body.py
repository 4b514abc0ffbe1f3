from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.remove_duplicate_contacts_body_fields_type_0_item import (
    RemoveDuplicateContactsBodyFieldsType0Item,
    check_remove_duplicate_contacts_body_fields_type_0_item,
)

if TYPE_CHECKING:
    from ..models.remove_duplicate_contacts_body_fields_type_1 import RemoveDuplicateContactsBodyFieldsType1


T = TypeVar("T", bound="RemoveDuplicateContactsBody")


@_attrs_define
class RemoveDuplicateContactsBody:
    """
    Attributes:
        fields (list[RemoveDuplicateContactsBodyFieldsType0Item] | RemoveDuplicateContactsBodyFieldsType1): The contact
            fields that make two contacts duplicates (the first is kept): a list of field names, or an object whose keys are
            the field names (the form both official SDKs send; its values are ignored).
    """

    fields: list[RemoveDuplicateContactsBodyFieldsType0Item] | RemoveDuplicateContactsBodyFieldsType1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fields: dict[str, Any] | list[str]
        if isinstance(self.fields, list):
            fields = []
            for fields_type_0_item_data in self.fields:
                fields_type_0_item: str = fields_type_0_item_data
                fields.append(fields_type_0_item)

        else:
            fields = self.fields.to_dict()

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
        from ..models.remove_duplicate_contacts_body_fields_type_1 import RemoveDuplicateContactsBodyFieldsType1  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_fields(
            data: object,
        ) -> list[RemoveDuplicateContactsBodyFieldsType0Item] | RemoveDuplicateContactsBodyFieldsType1:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                fields_type_0 = []
                _fields_type_0 = data
                for fields_type_0_item_data in _fields_type_0:
                    fields_type_0_item = check_remove_duplicate_contacts_body_fields_type_0_item(
                        fields_type_0_item_data
                    )

                    fields_type_0.append(fields_type_0_item)

                return fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            fields_type_1 = RemoveDuplicateContactsBodyFieldsType1.from_dict(data)

            return fields_type_1

        fields = _parse_fields(d.pop("fields"))

        _instance = cls(
            fields,
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
