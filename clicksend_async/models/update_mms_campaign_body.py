from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateMmsCampaignBody")


@_attrs_define
class UpdateMmsCampaignBody:
    """
    Attributes:
        body (str): The text message content that will be sent in the MMS campaign.
        from_ (str): Sender: a dedicated or own number in E.164 format, or an alphanumeric sender id of up to 11
            characters (ClickSend's "sender id"; omit for a shared number).
        name (str): The name of the campaign for identification and tracking purposes.
        list_id (int): The ID of the contact list to send the campaign to. This must be an existing list in your
            ClickSend account.
        subject (str | Unset): The MMS subject line that will be displayed to recipients.
        schedule (int | Unset): Unix timestamp for scheduling the campaign to be sent at a future date/time. If omitted,
            the campaign will not be rescheduled.
        media_file (str | Unset): URL to the media file to attach (image/video). Must be a publicly accessible URL.
    """

    body: str
    from_: str
    name: str
    list_id: int
    subject: str | Unset = UNSET
    schedule: int | Unset = UNSET
    media_file: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        from_ = self.from_

        name = self.name

        list_id = self.list_id

        subject = self.subject

        schedule = self.schedule

        media_file = self.media_file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
                "from": from_,
                "name": name,
                "list_id": list_id,
            }
        )
        if subject is not UNSET:
            field_dict["subject"] = subject
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if media_file is not UNSET:
            field_dict["media_file"] = media_file

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body")

        from_ = d.pop("from")

        name = d.pop("name")

        list_id = d.pop("list_id")

        subject = d.pop("subject", UNSET)

        schedule = d.pop("schedule", UNSET)

        media_file = d.pop("media_file", UNSET)

        _instance = cls(
            body,
            from_,
            name,
            list_id,
            subject,
            schedule,
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
