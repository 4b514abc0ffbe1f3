from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsMessage")


@_attrs_define
class SmsMessage:
    """An SMS as ClickSend reports it: in history, and in the result of a send or price call.

    Attributes:
        direction (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        date (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        to (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        body (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
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
        first_name (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        last_name (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        field_api_username (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone
            numbers, ids) as numbers.
        is_shared_system_number (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a
            boolean or a string.
    """

    direction: float | None | str | Unset = UNSET
    date: int | None | str | Unset = UNSET
    to: float | None | str | Unset = UNSET
    body: float | None | str | Unset = UNSET
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
    first_name: float | None | str | Unset = UNSET
    last_name: float | None | str | Unset = UNSET
    field_api_username: float | None | str | Unset = UNSET
    is_shared_system_number: bool | int | None | str | Unset = UNSET
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

        first_name: float | None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: float | None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        field_api_username: float | None | str | Unset
        if isinstance(self.field_api_username, Unset):
            field_api_username = UNSET
        else:
            field_api_username = self.field_api_username

        is_shared_system_number: bool | int | None | str | Unset
        if isinstance(self.is_shared_system_number, Unset):
            is_shared_system_number = UNSET
        else:
            is_shared_system_number = self.is_shared_system_number

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
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if field_api_username is not UNSET:
            field_dict["_api_username"] = field_api_username
        if is_shared_system_number is not UNSET:
            field_dict["is_shared_system_number"] = is_shared_system_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        direction: float | None | str | Unset = d.pop("direction", UNSET)

        date: int | None | str | Unset = d.pop("date", UNSET)

        to: float | None | str | Unset = d.pop("to", UNSET)

        body: float | None | str | Unset = d.pop("body", UNSET)

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

        first_name: float | None | str | Unset = d.pop("first_name", UNSET)

        last_name: float | None | str | Unset = d.pop("last_name", UNSET)

        field_api_username: float | None | str | Unset = d.pop("_api_username", UNSET)

        is_shared_system_number: bool | int | None | str | Unset = d.pop("is_shared_system_number", UNSET)

        _instance = cls(
            direction,
            date,
            to,
            body,
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
            first_name,
            last_name,
            field_api_username,
            is_shared_system_number,
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
