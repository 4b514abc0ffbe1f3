from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.return_address import ReturnAddress


T = TypeVar("T", bound="Postcard")


@_attrs_define
class Postcard:
    """A postcard as ClickSend reports it: in history, and in the result of a send or price call.

    Attributes:
        message_id (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        message_id_supplier (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone
            numbers, ids) as numbers.
        user_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        subaccount_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an
            empty string when unset.
        list_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
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
        return_address_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or
            an empty string when unset.
        letter_file_name (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone
            numbers, ids) as numbers.
        custom_string (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        schedule (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        ip_address (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        source (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        post_price (float | None | str | Unset): A decimal amount (price, balance). ClickSend usually sends it as a
            string such as "0.0770".
        post_price_supplier (float | None | str | Unset): A decimal amount (price, balance). ClickSend usually sends it
            as a string such as "0.0770".
        priority (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        status (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        date_added (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        field_file_url (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        field_return_address (None | ReturnAddress | Unset):
        field_api_username (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone
            numbers, ids) as numbers.
    """

    message_id: float | None | str | Unset = UNSET
    message_id_supplier: float | None | str | Unset = UNSET
    user_id: int | None | str | Unset = UNSET
    subaccount_id: int | None | str | Unset = UNSET
    list_id: int | None | str | Unset = UNSET
    address_name: float | None | str | Unset = UNSET
    address_line_1: float | None | str | Unset = UNSET
    address_line_2: float | None | str | Unset = UNSET
    address_city: float | None | str | Unset = UNSET
    address_state: float | None | str | Unset = UNSET
    address_postal_code: float | None | str | Unset = UNSET
    address_country: float | None | str | Unset = UNSET
    return_address_id: int | None | str | Unset = UNSET
    letter_file_name: float | None | str | Unset = UNSET
    custom_string: float | None | str | Unset = UNSET
    schedule: int | None | str | Unset = UNSET
    ip_address: float | None | str | Unset = UNSET
    source: float | None | str | Unset = UNSET
    post_price: float | None | str | Unset = UNSET
    post_price_supplier: float | None | str | Unset = UNSET
    priority: int | None | str | Unset = UNSET
    status: float | None | str | Unset = UNSET
    date_added: int | None | str | Unset = UNSET
    field_file_url: float | None | str | Unset = UNSET
    field_return_address: None | ReturnAddress | Unset = UNSET
    field_api_username: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.return_address import ReturnAddress  # noqa: PLC0415

        message_id: float | None | str | Unset
        if isinstance(self.message_id, Unset):
            message_id = UNSET
        else:
            message_id = self.message_id

        message_id_supplier: float | None | str | Unset
        if isinstance(self.message_id_supplier, Unset):
            message_id_supplier = UNSET
        else:
            message_id_supplier = self.message_id_supplier

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

        return_address_id: int | None | str | Unset
        if isinstance(self.return_address_id, Unset):
            return_address_id = UNSET
        else:
            return_address_id = self.return_address_id

        letter_file_name: float | None | str | Unset
        if isinstance(self.letter_file_name, Unset):
            letter_file_name = UNSET
        else:
            letter_file_name = self.letter_file_name

        custom_string: float | None | str | Unset
        if isinstance(self.custom_string, Unset):
            custom_string = UNSET
        else:
            custom_string = self.custom_string

        schedule: int | None | str | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        else:
            schedule = self.schedule

        ip_address: float | None | str | Unset
        if isinstance(self.ip_address, Unset):
            ip_address = UNSET
        else:
            ip_address = self.ip_address

        source: float | None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        post_price: float | None | str | Unset
        if isinstance(self.post_price, Unset):
            post_price = UNSET
        else:
            post_price = self.post_price

        post_price_supplier: float | None | str | Unset
        if isinstance(self.post_price_supplier, Unset):
            post_price_supplier = UNSET
        else:
            post_price_supplier = self.post_price_supplier

        priority: int | None | str | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        status: float | None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        date_added: int | None | str | Unset
        if isinstance(self.date_added, Unset):
            date_added = UNSET
        else:
            date_added = self.date_added

        field_file_url: float | None | str | Unset
        if isinstance(self.field_file_url, Unset):
            field_file_url = UNSET
        else:
            field_file_url = self.field_file_url

        field_return_address: dict[str, Any] | None | Unset
        if isinstance(self.field_return_address, Unset):
            field_return_address = UNSET
        elif isinstance(self.field_return_address, ReturnAddress):
            field_return_address = self.field_return_address.to_dict()
        else:
            field_return_address = self.field_return_address

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
        if message_id_supplier is not UNSET:
            field_dict["message_id_supplier"] = message_id_supplier
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
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
        if return_address_id is not UNSET:
            field_dict["return_address_id"] = return_address_id
        if letter_file_name is not UNSET:
            field_dict["letter_file_name"] = letter_file_name
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if source is not UNSET:
            field_dict["source"] = source
        if post_price is not UNSET:
            field_dict["post_price"] = post_price
        if post_price_supplier is not UNSET:
            field_dict["post_price_supplier"] = post_price_supplier
        if priority is not UNSET:
            field_dict["priority"] = priority
        if status is not UNSET:
            field_dict["status"] = status
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if field_file_url is not UNSET:
            field_dict["_file_url"] = field_file_url
        if field_return_address is not UNSET:
            field_dict["_return_address"] = field_return_address
        if field_api_username is not UNSET:
            field_dict["_api_username"] = field_api_username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.return_address import ReturnAddress  # noqa: PLC0415

        d = dict(src_dict)
        message_id: float | None | str | Unset = d.pop("message_id", UNSET)

        message_id_supplier: float | None | str | Unset = d.pop("message_id_supplier", UNSET)

        user_id: int | None | str | Unset = d.pop("user_id", UNSET)

        subaccount_id: int | None | str | Unset = d.pop("subaccount_id", UNSET)

        list_id: int | None | str | Unset = d.pop("list_id", UNSET)

        address_name: float | None | str | Unset = d.pop("address_name", UNSET)

        address_line_1: float | None | str | Unset = d.pop("address_line_1", UNSET)

        address_line_2: float | None | str | Unset = d.pop("address_line_2", UNSET)

        address_city: float | None | str | Unset = d.pop("address_city", UNSET)

        address_state: float | None | str | Unset = d.pop("address_state", UNSET)

        address_postal_code: float | None | str | Unset = d.pop("address_postal_code", UNSET)

        address_country: float | None | str | Unset = d.pop("address_country", UNSET)

        return_address_id: int | None | str | Unset = d.pop("return_address_id", UNSET)

        letter_file_name: float | None | str | Unset = d.pop("letter_file_name", UNSET)

        custom_string: float | None | str | Unset = d.pop("custom_string", UNSET)

        schedule: int | None | str | Unset = d.pop("schedule", UNSET)

        ip_address: float | None | str | Unset = d.pop("ip_address", UNSET)

        source: float | None | str | Unset = d.pop("source", UNSET)

        post_price: float | None | str | Unset = d.pop("post_price", UNSET)

        post_price_supplier: float | None | str | Unset = d.pop("post_price_supplier", UNSET)

        priority: int | None | str | Unset = d.pop("priority", UNSET)

        status: float | None | str | Unset = d.pop("status", UNSET)

        date_added: int | None | str | Unset = d.pop("date_added", UNSET)

        field_file_url: float | None | str | Unset = d.pop("_file_url", UNSET)

        def _parse_field_return_address(data: object) -> None | ReturnAddress | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                field_return_address_type_0 = ReturnAddress.from_dict(data)

                return field_return_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReturnAddress | Unset, data)

        field_return_address = _parse_field_return_address(d.pop("_return_address", UNSET))

        field_api_username: float | None | str | Unset = d.pop("_api_username", UNSET)

        _instance = cls(
            message_id,
            message_id_supplier,
            user_id,
            subaccount_id,
            list_id,
            address_name,
            address_line_1,
            address_line_2,
            address_city,
            address_state,
            address_postal_code,
            address_country,
            return_address_id,
            letter_file_name,
            custom_string,
            schedule,
            ip_address,
            source,
            post_price,
            post_price_supplier,
            priority,
            status,
            date_added,
            field_file_url,
            field_return_address,
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
