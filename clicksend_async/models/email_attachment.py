from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailAttachment")


@_attrs_define
class EmailAttachment:
    """A file attached to a sent email.

    Attributes:
        file_name (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        content_type (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        content_disposition (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone
            numbers, ids) as numbers.
        content_id (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        field_attachment_file_url (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values
            (phone numbers, ids) as numbers.
    """

    file_name: float | None | str | Unset = UNSET
    content_type: float | None | str | Unset = UNSET
    content_disposition: float | None | str | Unset = UNSET
    content_id: float | None | str | Unset = UNSET
    field_attachment_file_url: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_name: float | None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        content_type: float | None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        content_disposition: float | None | str | Unset
        if isinstance(self.content_disposition, Unset):
            content_disposition = UNSET
        else:
            content_disposition = self.content_disposition

        content_id: float | None | str | Unset
        if isinstance(self.content_id, Unset):
            content_id = UNSET
        else:
            content_id = self.content_id

        field_attachment_file_url: float | None | str | Unset
        if isinstance(self.field_attachment_file_url, Unset):
            field_attachment_file_url = UNSET
        else:
            field_attachment_file_url = self.field_attachment_file_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if content_disposition is not UNSET:
            field_dict["content_disposition"] = content_disposition
        if content_id is not UNSET:
            field_dict["content_id"] = content_id
        if field_attachment_file_url is not UNSET:
            field_dict["_attachment_file_url"] = field_attachment_file_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_name: float | None | str | Unset = d.pop("file_name", UNSET)

        content_type: float | None | str | Unset = d.pop("content_type", UNSET)

        content_disposition: float | None | str | Unset = d.pop("content_disposition", UNSET)

        content_id: float | None | str | Unset = d.pop("content_id", UNSET)

        field_attachment_file_url: float | None | str | Unset = d.pop("_attachment_file_url", UNSET)

        _instance = cls(
            file_name,
            content_type,
            content_disposition,
            content_id,
            field_attachment_file_url,
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
