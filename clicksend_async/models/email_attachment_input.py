from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailAttachmentInput")


@_attrs_define
class EmailAttachmentInput:
    """A file sent with an email.

    Attributes:
        content (str): The file, base64-encoded.
        type_ (str): MIME type, e.g. application/pdf.
        filename (str): File name shown to the recipient.
        disposition (str | Unset): attachment (default) or inline.
        content_id (str | Unset): Id an inline attachment is referred to by in the body (cid:...).
    """

    content: str
    type_: str
    filename: str
    disposition: str | Unset = UNSET
    content_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        type_ = self.type_

        filename = self.filename

        disposition = self.disposition

        content_id = self.content_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "type": type_,
                "filename": filename,
            }
        )
        if disposition is not UNSET:
            field_dict["disposition"] = disposition
        if content_id is not UNSET:
            field_dict["content_id"] = content_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content")

        type_ = d.pop("type")

        filename = d.pop("filename")

        disposition = d.pop("disposition", UNSET)

        content_id = d.pop("content_id", UNSET)

        _instance = cls(
            content,
            type_,
            filename,
            disposition,
            content_id,
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
