from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSmsCampaignBody")


@_attrs_define
class UpdateSmsCampaignBody:
    """
    Attributes:
        body (str): The message content for your campaign. This is the SMS text that will be sent to contacts.
        name (str): The title assigned to your campaign. This will replace the existing campaign name.
        list_id (int): Identifier for your contact list. The contact list that the campaign should use.
        from_ (str | Unset): Sender: a dedicated or own number in E.164 format, or an alphanumeric sender id of up to 11
            characters (ClickSend's "sender id"; omit for a shared number).
        schedule (int | Unset): Unix timestamp for when to send the campaign. Defaults to 0 for immediate sending. Use a
            future timestamp to schedule the campaign.
        url_to_shorten (str | Unset): A URL to compress and include in the message. Insert placeholder text in body
            where the shortened URL should appear.
    """

    body: str
    name: str
    list_id: int
    from_: str | Unset = UNSET
    schedule: int | Unset = UNSET
    url_to_shorten: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        name = self.name

        list_id = self.list_id

        from_ = self.from_

        schedule = self.schedule

        url_to_shorten = self.url_to_shorten

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
                "name": name,
                "list_id": list_id,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if url_to_shorten is not UNSET:
            field_dict["url_to_shorten"] = url_to_shorten

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body")

        name = d.pop("name")

        list_id = d.pop("list_id")

        from_ = d.pop("from", UNSET)

        schedule = d.pop("schedule", UNSET)

        url_to_shorten = d.pop("url_to_shorten", UNSET)

        _instance = cls(
            body,
            name,
            list_id,
            from_,
            schedule,
            url_to_shorten,
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
