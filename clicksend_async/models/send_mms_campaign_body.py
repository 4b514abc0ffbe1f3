from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendMmsCampaignBody")


@_attrs_define
class SendMmsCampaignBody:
    """
    Attributes:
        body (str): The text message content that will be sent in the MMS campaign.
        name (str): Campaign name for identification and tracking purposes.
        list_id (int): The ID of the contact list to send the campaign to. This must be an existing list in your
            ClickSend account.
        subject (str): Subject line of the MMS campaign.
        media_file (str): URL pointing to the media file (image/video) to include in the MMS. Must be a publicly
            accessible URL.
        from_ (str | Unset): Sender: a dedicated or own number in E.164 format, or an alphanumeric sender id of up to 11
            characters (ClickSend's "sender id"; omit for a shared number).
        schedule (int | Unset): Unix timestamp for scheduling the campaign to be sent at a future date/time. If omitted,
            the campaign sends immediately.
    """

    body: str
    name: str
    list_id: int
    subject: str
    media_file: str
    from_: str | Unset = UNSET
    schedule: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        name = self.name

        list_id = self.list_id

        subject = self.subject

        media_file = self.media_file

        from_ = self.from_

        schedule = self.schedule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
                "name": name,
                "list_id": list_id,
                "subject": subject,
                "media_file": media_file,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if schedule is not UNSET:
            field_dict["schedule"] = schedule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body")

        name = d.pop("name")

        list_id = d.pop("list_id")

        subject = d.pop("subject")

        media_file = d.pop("media_file")

        from_ = d.pop("from", UNSET)

        schedule = d.pop("schedule", UNSET)

        _instance = cls(
            body,
            name,
            list_id,
            subject,
            media_file,
            from_,
            schedule,
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
