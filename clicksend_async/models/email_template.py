from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailTemplate")


@_attrs_define
class EmailTemplate:
    """A user email template.

    Attributes:
        template_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an
            empty string when unset.
        template_name (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        template_id_master (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or
            an empty string when unset.
        body (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        date_added (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
    """

    template_id: int | None | str | Unset = UNSET
    template_name: float | None | str | Unset = UNSET
    template_id_master: int | None | str | Unset = UNSET
    body: float | None | str | Unset = UNSET
    date_added: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template_id: int | None | str | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id

        template_name: float | None | str | Unset
        if isinstance(self.template_name, Unset):
            template_name = UNSET
        else:
            template_name = self.template_name

        template_id_master: int | None | str | Unset
        if isinstance(self.template_id_master, Unset):
            template_id_master = UNSET
        else:
            template_id_master = self.template_id_master

        body: float | None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        date_added: int | None | str | Unset
        if isinstance(self.date_added, Unset):
            date_added = UNSET
        else:
            date_added = self.date_added

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if template_name is not UNSET:
            field_dict["template_name"] = template_name
        if template_id_master is not UNSET:
            field_dict["template_id_master"] = template_id_master
        if body is not UNSET:
            field_dict["body"] = body
        if date_added is not UNSET:
            field_dict["date_added"] = date_added

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        template_id: int | None | str | Unset = d.pop("template_id", UNSET)

        template_name: float | None | str | Unset = d.pop("template_name", UNSET)

        template_id_master: int | None | str | Unset = d.pop("template_id_master", UNSET)

        body: float | None | str | Unset = d.pop("body", UNSET)

        date_added: int | None | str | Unset = d.pop("date_added", UNSET)

        _instance = cls(
            template_id,
            template_name,
            template_id_master,
            body,
            date_added,
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
