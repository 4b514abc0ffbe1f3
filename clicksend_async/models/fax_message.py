from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FaxMessage")


@_attrs_define
class FaxMessage:
    """A fax as ClickSend reports it: in history, and in the result of a send or price call.

    Attributes:
        message_id (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        user_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        subaccount_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an
            empty string when unset.
        list_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        to (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        from_ (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        carrier (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        country (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        custom_string (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        schedule (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        message_pages (float | None | str | Unset): A decimal amount (price, balance). ClickSend usually sends it as a
            string such as "0.0770".
        message_price (float | None | str | Unset): A decimal amount (price, balance). ClickSend usually sends it as a
            string such as "0.0770".
        status (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        status_code (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        status_text (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        date (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        date_added (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        from_email (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        field_file_url (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        field_api_username (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone
            numbers, ids) as numbers.
    """

    message_id: float | None | str | Unset = UNSET
    user_id: int | None | str | Unset = UNSET
    subaccount_id: int | None | str | Unset = UNSET
    list_id: int | None | str | Unset = UNSET
    to: float | None | str | Unset = UNSET
    from_: float | None | str | Unset = UNSET
    carrier: float | None | str | Unset = UNSET
    country: float | None | str | Unset = UNSET
    custom_string: float | None | str | Unset = UNSET
    schedule: float | None | str | Unset = UNSET
    message_pages: float | None | str | Unset = UNSET
    message_price: float | None | str | Unset = UNSET
    status: float | None | str | Unset = UNSET
    status_code: float | None | str | Unset = UNSET
    status_text: float | None | str | Unset = UNSET
    date: int | None | str | Unset = UNSET
    date_added: int | None | str | Unset = UNSET
    from_email: float | None | str | Unset = UNSET
    field_file_url: float | None | str | Unset = UNSET
    field_api_username: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id: float | None | str | Unset
        if isinstance(self.message_id, Unset):
            message_id = UNSET
        else:
            message_id = self.message_id

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

        list_id: int | None | str | Unset
        if isinstance(self.list_id, Unset):
            list_id = UNSET
        else:
            list_id = self.list_id

        to: float | None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        from_: float | None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        carrier: float | None | str | Unset
        if isinstance(self.carrier, Unset):
            carrier = UNSET
        else:
            carrier = self.carrier

        country: float | None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        custom_string: float | None | str | Unset
        if isinstance(self.custom_string, Unset):
            custom_string = UNSET
        else:
            custom_string = self.custom_string

        schedule: float | None | str | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        else:
            schedule = self.schedule

        message_pages: float | None | str | Unset
        if isinstance(self.message_pages, Unset):
            message_pages = UNSET
        else:
            message_pages = self.message_pages

        message_price: float | None | str | Unset
        if isinstance(self.message_price, Unset):
            message_price = UNSET
        else:
            message_price = self.message_price

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

        date: int | None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        date_added: int | None | str | Unset
        if isinstance(self.date_added, Unset):
            date_added = UNSET
        else:
            date_added = self.date_added

        from_email: float | None | str | Unset
        if isinstance(self.from_email, Unset):
            from_email = UNSET
        else:
            from_email = self.from_email

        field_file_url: float | None | str | Unset
        if isinstance(self.field_file_url, Unset):
            field_file_url = UNSET
        else:
            field_file_url = self.field_file_url

        field_api_username: float | None | str | Unset
        if isinstance(self.field_api_username, Unset):
            field_api_username = UNSET
        else:
            field_api_username = self.field_api_username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if to is not UNSET:
            field_dict["to"] = to
        if from_ is not UNSET:
            field_dict["from"] = from_
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if country is not UNSET:
            field_dict["country"] = country
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if message_pages is not UNSET:
            field_dict["message_pages"] = message_pages
        if message_price is not UNSET:
            field_dict["message_price"] = message_price
        if status is not UNSET:
            field_dict["status"] = status
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if status_text is not UNSET:
            field_dict["status_text"] = status_text
        if date is not UNSET:
            field_dict["date"] = date
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if from_email is not UNSET:
            field_dict["from_email"] = from_email
        if field_file_url is not UNSET:
            field_dict["_file_url"] = field_file_url
        if field_api_username is not UNSET:
            field_dict["_api_username"] = field_api_username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_id: float | None | str | Unset = d.pop("message_id", UNSET)

        user_id: int | None | str | Unset = d.pop("user_id", UNSET)

        subaccount_id: int | None | str | Unset = d.pop("subaccount_id", UNSET)

        list_id: int | None | str | Unset = d.pop("list_id", UNSET)

        to: float | None | str | Unset = d.pop("to", UNSET)

        from_: float | None | str | Unset = d.pop("from", UNSET)

        carrier: float | None | str | Unset = d.pop("carrier", UNSET)

        country: float | None | str | Unset = d.pop("country", UNSET)

        custom_string: float | None | str | Unset = d.pop("custom_string", UNSET)

        schedule: float | None | str | Unset = d.pop("schedule", UNSET)

        message_pages: float | None | str | Unset = d.pop("message_pages", UNSET)

        message_price: float | None | str | Unset = d.pop("message_price", UNSET)

        status: float | None | str | Unset = d.pop("status", UNSET)

        status_code: float | None | str | Unset = d.pop("status_code", UNSET)

        status_text: float | None | str | Unset = d.pop("status_text", UNSET)

        date: int | None | str | Unset = d.pop("date", UNSET)

        date_added: int | None | str | Unset = d.pop("date_added", UNSET)

        from_email: float | None | str | Unset = d.pop("from_email", UNSET)

        field_file_url: float | None | str | Unset = d.pop("_file_url", UNSET)

        field_api_username: float | None | str | Unset = d.pop("_api_username", UNSET)

        _instance = cls(
            message_id,
            user_id,
            subaccount_id,
            list_id,
            to,
            from_,
            carrier,
            country,
            custom_string,
            schedule,
            message_pages,
            message_price,
            status,
            status_code,
            status_text,
            date,
            date_added,
            from_email,
            field_file_url,
            field_api_username,
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
