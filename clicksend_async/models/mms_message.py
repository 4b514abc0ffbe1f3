from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MmsMessage")


@_attrs_define
class MmsMessage:
    """An MMS as ClickSend reports it: in history, and in the result of a send or price call.

    Attributes:
        direction (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        date (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        to (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        body (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        subject (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        from_ (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        schedule (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        message_id (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        message_parts (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an
            empty string when unset.
        message_price (float | None | str | Unset): A decimal amount (price, balance). ClickSend usually sends it as a
            string such as "0.0770".
        from_email (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        list_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        custom_string (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        contact_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        user_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        subaccount_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an
            empty string when unset.
        country (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        carrier (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        status (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        status_code (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        status_text (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        error_code (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        error_text (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        field_media_file_url (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone
            numbers, ids) as numbers.
        priority (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        date_added (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
    """

    direction: float | None | str | Unset = UNSET
    date: int | None | str | Unset = UNSET
    to: float | None | str | Unset = UNSET
    body: float | None | str | Unset = UNSET
    subject: float | None | str | Unset = UNSET
    from_: float | None | str | Unset = UNSET
    schedule: float | None | str | Unset = UNSET
    message_id: float | None | str | Unset = UNSET
    message_parts: int | None | str | Unset = UNSET
    message_price: float | None | str | Unset = UNSET
    from_email: float | None | str | Unset = UNSET
    list_id: int | None | str | Unset = UNSET
    custom_string: float | None | str | Unset = UNSET
    contact_id: int | None | str | Unset = UNSET
    user_id: int | None | str | Unset = UNSET
    subaccount_id: int | None | str | Unset = UNSET
    country: float | None | str | Unset = UNSET
    carrier: float | None | str | Unset = UNSET
    status: float | None | str | Unset = UNSET
    status_code: float | None | str | Unset = UNSET
    status_text: float | None | str | Unset = UNSET
    error_code: float | None | str | Unset = UNSET
    error_text: float | None | str | Unset = UNSET
    field_media_file_url: float | None | str | Unset = UNSET
    priority: int | None | str | Unset = UNSET
    date_added: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        direction: float | None | str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        else:
            direction = self.direction

        date: int | None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        to: float | None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        body: float | None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        subject: float | None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        from_: float | None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        schedule: float | None | str | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        else:
            schedule = self.schedule

        message_id: float | None | str | Unset
        if isinstance(self.message_id, Unset):
            message_id = UNSET
        else:
            message_id = self.message_id

        message_parts: int | None | str | Unset
        if isinstance(self.message_parts, Unset):
            message_parts = UNSET
        else:
            message_parts = self.message_parts

        message_price: float | None | str | Unset
        if isinstance(self.message_price, Unset):
            message_price = UNSET
        else:
            message_price = self.message_price

        from_email: float | None | str | Unset
        if isinstance(self.from_email, Unset):
            from_email = UNSET
        else:
            from_email = self.from_email

        list_id: int | None | str | Unset
        if isinstance(self.list_id, Unset):
            list_id = UNSET
        else:
            list_id = self.list_id

        custom_string: float | None | str | Unset
        if isinstance(self.custom_string, Unset):
            custom_string = UNSET
        else:
            custom_string = self.custom_string

        contact_id: int | None | str | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        user_id: int | None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        subaccount_id: int | None | str | Unset
        if isinstance(self.subaccount_id, Unset):
            subaccount_id = UNSET
        else:
            subaccount_id = self.subaccount_id

        country: float | None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        carrier: float | None | str | Unset
        if isinstance(self.carrier, Unset):
            carrier = UNSET
        else:
            carrier = self.carrier

        status: float | None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        status_code: float | None | str | Unset
        if isinstance(self.status_code, Unset):
            status_code = UNSET
        else:
            status_code = self.status_code

        status_text: float | None | str | Unset
        if isinstance(self.status_text, Unset):
            status_text = UNSET
        else:
            status_text = self.status_text

        error_code: float | None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        error_text: float | None | str | Unset
        if isinstance(self.error_text, Unset):
            error_text = UNSET
        else:
            error_text = self.error_text

        field_media_file_url: float | None | str | Unset
        if isinstance(self.field_media_file_url, Unset):
            field_media_file_url = UNSET
        else:
            field_media_file_url = self.field_media_file_url

        priority: int | None | str | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        date_added: int | None | str | Unset
        if isinstance(self.date_added, Unset):
            date_added = UNSET
        else:
            date_added = self.date_added

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if direction is not UNSET:
            field_dict["direction"] = direction
        if date is not UNSET:
            field_dict["date"] = date
        if to is not UNSET:
            field_dict["to"] = to
        if body is not UNSET:
            field_dict["body"] = body
        if subject is not UNSET:
            field_dict["subject"] = subject
        if from_ is not UNSET:
            field_dict["from"] = from_
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if message_parts is not UNSET:
            field_dict["message_parts"] = message_parts
        if message_price is not UNSET:
            field_dict["message_price"] = message_price
        if from_email is not UNSET:
            field_dict["from_email"] = from_email
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id
        if country is not UNSET:
            field_dict["country"] = country
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if status is not UNSET:
            field_dict["status"] = status
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if status_text is not UNSET:
            field_dict["status_text"] = status_text
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_text is not UNSET:
            field_dict["error_text"] = error_text
        if field_media_file_url is not UNSET:
            field_dict["_media_file_url"] = field_media_file_url
        if priority is not UNSET:
            field_dict["priority"] = priority
        if date_added is not UNSET:
            field_dict["date_added"] = date_added

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        direction: float | None | str | Unset = d.pop("direction", UNSET)

        date: int | None | str | Unset = d.pop("date", UNSET)

        to: float | None | str | Unset = d.pop("to", UNSET)

        body: float | None | str | Unset = d.pop("body", UNSET)

        subject: float | None | str | Unset = d.pop("subject", UNSET)

        from_: float | None | str | Unset = d.pop("from", UNSET)

        schedule: float | None | str | Unset = d.pop("schedule", UNSET)

        message_id: float | None | str | Unset = d.pop("message_id", UNSET)

        message_parts: int | None | str | Unset = d.pop("message_parts", UNSET)

        message_price: float | None | str | Unset = d.pop("message_price", UNSET)

        from_email: float | None | str | Unset = d.pop("from_email", UNSET)

        list_id: int | None | str | Unset = d.pop("list_id", UNSET)

        custom_string: float | None | str | Unset = d.pop("custom_string", UNSET)

        contact_id: int | None | str | Unset = d.pop("contact_id", UNSET)

        user_id: int | None | str | Unset = d.pop("user_id", UNSET)

        subaccount_id: int | None | str | Unset = d.pop("subaccount_id", UNSET)

        country: float | None | str | Unset = d.pop("country", UNSET)

        carrier: float | None | str | Unset = d.pop("carrier", UNSET)

        status: float | None | str | Unset = d.pop("status", UNSET)

        status_code: float | None | str | Unset = d.pop("status_code", UNSET)

        status_text: float | None | str | Unset = d.pop("status_text", UNSET)

        error_code: float | None | str | Unset = d.pop("error_code", UNSET)

        error_text: float | None | str | Unset = d.pop("error_text", UNSET)

        field_media_file_url: float | None | str | Unset = d.pop("_media_file_url", UNSET)

        priority: int | None | str | Unset = d.pop("priority", UNSET)

        date_added: int | None | str | Unset = d.pop("date_added", UNSET)

        _instance = cls(
            direction,
            date,
            to,
            body,
            subject,
            from_,
            schedule,
            message_id,
            message_parts,
            message_price,
            from_email,
            list_id,
            custom_string,
            contact_id,
            user_id,
            subaccount_id,
            country,
            carrier,
            status,
            status_code,
            status_text,
            error_code,
            error_text,
            field_media_file_url,
            priority,
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
