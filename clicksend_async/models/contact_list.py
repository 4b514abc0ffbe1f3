from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactList")


@_attrs_define
class ContactList:
    """A contact list.

    Attributes:
        list_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        list_name (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        list_email_id (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        field_contacts_count (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string,
            or an empty string when unset.
        field_import_in_progress (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a
            boolean or a string.
        field_optout_in_progress (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a
            boolean or a string.
    """

    list_id: int | None | str | Unset = UNSET
    list_name: float | None | str | Unset = UNSET
    list_email_id: float | None | str | Unset = UNSET
    field_contacts_count: int | None | str | Unset = UNSET
    field_import_in_progress: bool | int | None | str | Unset = UNSET
    field_optout_in_progress: bool | int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id: int | None | str | Unset
        if isinstance(self.list_id, Unset):
            list_id = UNSET
        else:
            list_id = self.list_id

        list_name: float | None | str | Unset
        if isinstance(self.list_name, Unset):
            list_name = UNSET
        else:
            list_name = self.list_name

        list_email_id: float | None | str | Unset
        if isinstance(self.list_email_id, Unset):
            list_email_id = UNSET
        else:
            list_email_id = self.list_email_id

        field_contacts_count: int | None | str | Unset
        if isinstance(self.field_contacts_count, Unset):
            field_contacts_count = UNSET
        else:
            field_contacts_count = self.field_contacts_count

        field_import_in_progress: bool | int | None | str | Unset
        if isinstance(self.field_import_in_progress, Unset):
            field_import_in_progress = UNSET
        else:
            field_import_in_progress = self.field_import_in_progress

        field_optout_in_progress: bool | int | None | str | Unset
        if isinstance(self.field_optout_in_progress, Unset):
            field_optout_in_progress = UNSET
        else:
            field_optout_in_progress = self.field_optout_in_progress

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if list_name is not UNSET:
            field_dict["list_name"] = list_name
        if list_email_id is not UNSET:
            field_dict["list_email_id"] = list_email_id
        if field_contacts_count is not UNSET:
            field_dict["_contacts_count"] = field_contacts_count
        if field_import_in_progress is not UNSET:
            field_dict["_import_in_progress"] = field_import_in_progress
        if field_optout_in_progress is not UNSET:
            field_dict["_optout_in_progress"] = field_optout_in_progress

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        list_id: int | None | str | Unset = d.pop("list_id", UNSET)

        list_name: float | None | str | Unset = d.pop("list_name", UNSET)

        list_email_id: float | None | str | Unset = d.pop("list_email_id", UNSET)

        field_contacts_count: int | None | str | Unset = d.pop("_contacts_count", UNSET)

        field_import_in_progress: bool | int | None | str | Unset = d.pop("_import_in_progress", UNSET)

        field_optout_in_progress: bool | int | None | str | Unset = d.pop("_optout_in_progress", UNSET)

        _instance = cls(
            list_id,
            list_name,
            list_email_id,
            field_contacts_count,
            field_import_in_progress,
            field_optout_in_progress,
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
