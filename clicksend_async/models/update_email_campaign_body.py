from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateEmailCampaignBody")


@_attrs_define
class UpdateEmailCampaignBody:
    """
    Attributes:
        name (str | Unset): Name of the campaign (not shown to recipients).
        subject (str | Unset): Subject line.
        body (str | Unset): The message, HTML.
        from_email_address_id (int | Unset): Id of a verified allowed address to send from.
        from_name (str | Unset): Display name of the sender.
        list_id (int | Unset): The contact list to send to.
        template_id (int | Unset): Id of an email template the body is based on.
        schedule (int | Unset): When to send, as a Unix timestamp; omit to send now.
    """

    name: str | Unset = UNSET
    subject: str | Unset = UNSET
    body: str | Unset = UNSET
    from_email_address_id: int | Unset = UNSET
    from_name: str | Unset = UNSET
    list_id: int | Unset = UNSET
    template_id: int | Unset = UNSET
    schedule: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        subject = self.subject

        body = self.body

        from_email_address_id = self.from_email_address_id

        from_name = self.from_name

        list_id = self.list_id

        template_id = self.template_id

        schedule = self.schedule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body is not UNSET:
            field_dict["body"] = body
        if from_email_address_id is not UNSET:
            field_dict["from_email_address_id"] = from_email_address_id
        if from_name is not UNSET:
            field_dict["from_name"] = from_name
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if schedule is not UNSET:
            field_dict["schedule"] = schedule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        subject = d.pop("subject", UNSET)

        body = d.pop("body", UNSET)

        from_email_address_id = d.pop("from_email_address_id", UNSET)

        from_name = d.pop("from_name", UNSET)

        list_id = d.pop("list_id", UNSET)

        template_id = d.pop("template_id", UNSET)

        schedule = d.pop("schedule", UNSET)

        _instance = cls(
            name,
            subject,
            body,
            from_email_address_id,
            from_name,
            list_id,
            template_id,
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
