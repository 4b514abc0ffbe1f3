from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsMessageInput")


@_attrs_define
class SmsMessageInput:
    """One SMS to send or price, to `to`, to the contact `contact_id` of `list_id`, or to every contact of `list_id`.

    Attributes:
        body (str): The message text.
        to (str | Unset): Recipient number in E.164 format (e.g. +61411111111); give this or `list_id`.
        from_ (str | Unset): Sender: a dedicated number in E.164 format, or an alphanumeric sender id of up to 11
            characters.
        source (str | Unset): Where the message comes from, e.g. the name of your application.
        schedule (int | Unset): When to send, as a Unix timestamp; omit to send now.
        custom_string (str | Unset): Your own reference, returned in receipts and history.
        list_id (int | Unset): Send to every contact of this list instead of `to`.
        country (str | Unset): ISO 3166 country of a recipient given in national format.
        from_email (str | Unset): Email address to send replies to.
        contact_id (int | Unset): Send to this contact (of `list_id`) instead of `to`.
        exclude_no_sender_id_recipients (bool | Unset): Send only to recipients for whom a registered sender id is
            available, skipping the others instead of refusing the request (sending).
        show_summary (bool | Unset): Add a summary of the quote to the answer (pricing).
    """

    body: str
    to: str | Unset = UNSET
    from_: str | Unset = UNSET
    source: str | Unset = UNSET
    schedule: int | Unset = UNSET
    custom_string: str | Unset = UNSET
    list_id: int | Unset = UNSET
    country: str | Unset = UNSET
    from_email: str | Unset = UNSET
    contact_id: int | Unset = UNSET
    exclude_no_sender_id_recipients: bool | Unset = UNSET
    show_summary: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        to = self.to

        from_ = self.from_

        source = self.source

        schedule = self.schedule

        custom_string = self.custom_string

        list_id = self.list_id

        country = self.country

        from_email = self.from_email

        contact_id = self.contact_id

        exclude_no_sender_id_recipients = self.exclude_no_sender_id_recipients

        show_summary = self.show_summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
            }
        )
        if to is not UNSET:
            field_dict["to"] = to
        if from_ is not UNSET:
            field_dict["from"] = from_
        if source is not UNSET:
            field_dict["source"] = source
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if country is not UNSET:
            field_dict["country"] = country
        if from_email is not UNSET:
            field_dict["from_email"] = from_email
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if exclude_no_sender_id_recipients is not UNSET:
            field_dict["exclude_no_sender_id_recipients"] = exclude_no_sender_id_recipients
        if show_summary is not UNSET:
            field_dict["show_summary"] = show_summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body")

        to = d.pop("to", UNSET)

        from_ = d.pop("from", UNSET)

        source = d.pop("source", UNSET)

        schedule = d.pop("schedule", UNSET)

        custom_string = d.pop("custom_string", UNSET)

        list_id = d.pop("list_id", UNSET)

        country = d.pop("country", UNSET)

        from_email = d.pop("from_email", UNSET)

        contact_id = d.pop("contact_id", UNSET)

        exclude_no_sender_id_recipients = d.pop("exclude_no_sender_id_recipients", UNSET)

        show_summary = d.pop("show_summary", UNSET)

        _instance = cls(
            body,
            to,
            from_,
            source,
            schedule,
            custom_string,
            list_id,
            country,
            from_email,
            contact_id,
            exclude_no_sender_id_recipients,
            show_summary,
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
