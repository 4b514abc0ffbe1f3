from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CalculateMmsCampaignPriceBody")


@_attrs_define
class CalculateMmsCampaignPriceBody:
    """
    Attributes:
        body (str): The body text of the MMS message. Required field.
        from_ (str): Sender: a dedicated or own number in E.164 format, or an alphanumeric sender id of up to 11
            characters (ClickSend's "sender id"; omit for a shared number).
        name (str): The name of the MMS campaign. Required field.
        list_id (int): The ID of the contact list to send the MMS campaign to. Required field.
        subject (str): The subject line of the MMS message. Required field.
        media_file (str): URL of the media file to be included in the MMS. Must be a publicly accessible URL. Required
            field.
    """

    body: str
    from_: str
    name: str
    list_id: int
    subject: str
    media_file: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        from_ = self.from_

        name = self.name

        list_id = self.list_id

        subject = self.subject

        media_file = self.media_file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
                "from": from_,
                "name": name,
                "list_id": list_id,
                "subject": subject,
                "media_file": media_file,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body")

        from_ = d.pop("from")

        name = d.pop("name")

        list_id = d.pop("list_id")

        subject = d.pop("subject")

        media_file = d.pop("media_file")

        _instance = cls(
            body,
            from_,
            name,
            list_id,
            subject,
            media_file,
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
