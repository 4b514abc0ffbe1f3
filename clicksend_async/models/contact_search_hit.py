from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactSearchHit")


@_attrs_define
class ContactSearchHit:
    """A contact or a list that matches a search.

    Attributes:
        id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty string
            when unset.
        name (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        type_ (None | str | Unset): contact or list.
        contact (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        contacts_count (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an
            empty string when unset.
    """

    id: int | None | str | Unset = UNSET
    name: float | None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    contact: float | None | str | Unset = UNSET
    contacts_count: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: float | None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        contact: float | None | str | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        else:
            contact = self.contact

        contacts_count: int | None | str | Unset
        if isinstance(self.contacts_count, Unset):
            contacts_count = UNSET
        else:
            contacts_count = self.contacts_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if contact is not UNSET:
            field_dict["contact"] = contact
        if contacts_count is not UNSET:
            field_dict["contacts_count"] = contacts_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: int | None | str | Unset = d.pop("id", UNSET)

        name: float | None | str | Unset = d.pop("name", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        contact: float | None | str | Unset = d.pop("contact", UNSET)

        contacts_count: int | None | str | Unset = d.pop("contacts_count", UNSET)

        _instance = cls(
            id,
            name,
            type_,
            contact,
            contacts_count,
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
