from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostLetter")


@_attrs_define
class PostLetter:
    """A letter as ClickSend reports it: in history, and in the result of a send or price call.

    Attributes:
        message_id (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        user_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        subaccount_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an
            empty string when unset.
        list_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        file_name (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        address_name (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        address_line_1 (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        address_line_2 (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        address_city (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        address_state (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        address_postal_code (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone
            numbers, ids) as numbers.
        address_country (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        colour (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a boolean or a string.
        duplex (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a boolean or a string.
        priority_post (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a boolean or a
            string.
        post_pages (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        post_price (float | None | str | Unset): A decimal amount (price, balance). ClickSend usually sends it as a
            string such as "0.0770".
        date_added (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        schedule (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        status (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        custom_string (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        return_address_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or
            an empty string when unset.
        source (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        field_file_url (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
    """

    message_id: float | None | str | Unset = UNSET
    user_id: int | None | str | Unset = UNSET
    subaccount_id: int | None | str | Unset = UNSET
    list_id: int | None | str | Unset = UNSET
    file_name: float | None | str | Unset = UNSET
    address_name: float | None | str | Unset = UNSET
    address_line_1: float | None | str | Unset = UNSET
    address_line_2: float | None | str | Unset = UNSET
    address_city: float | None | str | Unset = UNSET
    address_state: float | None | str | Unset = UNSET
    address_postal_code: float | None | str | Unset = UNSET
    address_country: float | None | str | Unset = UNSET
    colour: bool | int | None | str | Unset = UNSET
    duplex: bool | int | None | str | Unset = UNSET
    priority_post: bool | int | None | str | Unset = UNSET
    post_pages: int | None | str | Unset = UNSET
    post_price: float | None | str | Unset = UNSET
    date_added: int | None | str | Unset = UNSET
    schedule: int | None | str | Unset = UNSET
    status: float | None | str | Unset = UNSET
    custom_string: float | None | str | Unset = UNSET
    return_address_id: int | None | str | Unset = UNSET
    source: float | None | str | Unset = UNSET
    field_file_url: float | None | str | Unset = UNSET
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

        file_name: float | None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        address_name: float | None | str | Unset
        if isinstance(self.address_name, Unset):
            address_name = UNSET
        else:
            address_name = self.address_name

        address_line_1: float | None | str | Unset
        if isinstance(self.address_line_1, Unset):
            address_line_1 = UNSET
        else:
            address_line_1 = self.address_line_1

        address_line_2: float | None | str | Unset
        if isinstance(self.address_line_2, Unset):
            address_line_2 = UNSET
        else:
            address_line_2 = self.address_line_2

        address_city: float | None | str | Unset
        if isinstance(self.address_city, Unset):
            address_city = UNSET
        else:
            address_city = self.address_city

        address_state: float | None | str | Unset
        if isinstance(self.address_state, Unset):
            address_state = UNSET
        else:
            address_state = self.address_state

        address_postal_code: float | None | str | Unset
        if isinstance(self.address_postal_code, Unset):
            address_postal_code = UNSET
        else:
            address_postal_code = self.address_postal_code

        address_country: float | None | str | Unset
        if isinstance(self.address_country, Unset):
            address_country = UNSET
        else:
            address_country = self.address_country

        colour: bool | int | None | str | Unset
        if isinstance(self.colour, Unset):
            colour = UNSET
        else:
            colour = self.colour

        duplex: bool | int | None | str | Unset
        if isinstance(self.duplex, Unset):
            duplex = UNSET
        else:
            duplex = self.duplex

        priority_post: bool | int | None | str | Unset
        if isinstance(self.priority_post, Unset):
            priority_post = UNSET
        else:
            priority_post = self.priority_post

        post_pages: int | None | str | Unset
        if isinstance(self.post_pages, Unset):
            post_pages = UNSET
        else:
            post_pages = self.post_pages

        post_price: float | None | str | Unset
        if isinstance(self.post_price, Unset):
            post_price = UNSET
        else:
            post_price = self.post_price

        date_added: int | None | str | Unset
        if isinstance(self.date_added, Unset):
            date_added = UNSET
        else:
            date_added = self.date_added

        schedule: int | None | str | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        else:
            schedule = self.schedule

        status: float | None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        custom_string: float | None | str | Unset
        if isinstance(self.custom_string, Unset):
            custom_string = UNSET
        else:
            custom_string = self.custom_string

        return_address_id: int | None | str | Unset
        if isinstance(self.return_address_id, Unset):
            return_address_id = UNSET
        else:
            return_address_id = self.return_address_id

        source: float | None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        field_file_url: float | None | str | Unset
        if isinstance(self.field_file_url, Unset):
            field_file_url = UNSET
        else:
            field_file_url = self.field_file_url

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
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if address_name is not UNSET:
            field_dict["address_name"] = address_name
        if address_line_1 is not UNSET:
            field_dict["address_line_1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["address_line_2"] = address_line_2
        if address_city is not UNSET:
            field_dict["address_city"] = address_city
        if address_state is not UNSET:
            field_dict["address_state"] = address_state
        if address_postal_code is not UNSET:
            field_dict["address_postal_code"] = address_postal_code
        if address_country is not UNSET:
            field_dict["address_country"] = address_country
        if colour is not UNSET:
            field_dict["colour"] = colour
        if duplex is not UNSET:
            field_dict["duplex"] = duplex
        if priority_post is not UNSET:
            field_dict["priority_post"] = priority_post
        if post_pages is not UNSET:
            field_dict["post_pages"] = post_pages
        if post_price is not UNSET:
            field_dict["post_price"] = post_price
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if status is not UNSET:
            field_dict["status"] = status
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if return_address_id is not UNSET:
            field_dict["return_address_id"] = return_address_id
        if source is not UNSET:
            field_dict["source"] = source
        if field_file_url is not UNSET:
            field_dict["_file_url"] = field_file_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_id: float | None | str | Unset = d.pop("message_id", UNSET)

        user_id: int | None | str | Unset = d.pop("user_id", UNSET)

        subaccount_id: int | None | str | Unset = d.pop("subaccount_id", UNSET)

        list_id: int | None | str | Unset = d.pop("list_id", UNSET)

        file_name: float | None | str | Unset = d.pop("file_name", UNSET)

        address_name: float | None | str | Unset = d.pop("address_name", UNSET)

        address_line_1: float | None | str | Unset = d.pop("address_line_1", UNSET)

        address_line_2: float | None | str | Unset = d.pop("address_line_2", UNSET)

        address_city: float | None | str | Unset = d.pop("address_city", UNSET)

        address_state: float | None | str | Unset = d.pop("address_state", UNSET)

        address_postal_code: float | None | str | Unset = d.pop("address_postal_code", UNSET)

        address_country: float | None | str | Unset = d.pop("address_country", UNSET)

        colour: bool | int | None | str | Unset = d.pop("colour", UNSET)

        duplex: bool | int | None | str | Unset = d.pop("duplex", UNSET)

        priority_post: bool | int | None | str | Unset = d.pop("priority_post", UNSET)

        post_pages: int | None | str | Unset = d.pop("post_pages", UNSET)

        post_price: float | None | str | Unset = d.pop("post_price", UNSET)

        date_added: int | None | str | Unset = d.pop("date_added", UNSET)

        schedule: int | None | str | Unset = d.pop("schedule", UNSET)

        status: float | None | str | Unset = d.pop("status", UNSET)

        custom_string: float | None | str | Unset = d.pop("custom_string", UNSET)

        return_address_id: int | None | str | Unset = d.pop("return_address_id", UNSET)

        source: float | None | str | Unset = d.pop("source", UNSET)

        field_file_url: float | None | str | Unset = d.pop("_file_url", UNSET)

        _instance = cls(
            message_id,
            user_id,
            subaccount_id,
            list_id,
            file_name,
            address_name,
            address_line_1,
            address_line_2,
            address_city,
            address_state,
            address_postal_code,
            address_country,
            colour,
            duplex,
            priority_post,
            post_pages,
            post_price,
            date_added,
            schedule,
            status,
            custom_string,
            return_address_id,
            source,
            field_file_url,
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
