from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendSmsCampaignBody")


@_attrs_define
class SendSmsCampaignBody:
    """
    Attributes:
        body (str): The message content to send. Must include opt-out mechanism for marketing messages (e.g., 'Reply
            STOP to opt-out' or use StopMsg.me/xxxxx placeholder).
        name (str): The name of the SMS campaign for identification and tracking purposes.
        list_id (int): The ID of the contact list to send the campaign to. Use View Contact List endpoint to see
            available lists.
        from_ (str | Unset): Sender: a dedicated or own number in E.164 format, or an alphanumeric sender id of up to 11
            characters (ClickSend's "sender id"; omit for a shared number).
        schedule (int | Unset): UNIX timestamp for scheduling the campaign. Defaults to 0 (send immediately).
        url_to_shorten (str | Unset): URL to be shortened. Use http://smsg.io/xxxxx as placeholder in the message body
            where the shortened link should appear.
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
