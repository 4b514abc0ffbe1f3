from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceMessage")


@_attrs_define
class VoiceMessage:
    """A voice call as ClickSend reports it: in history, and in the result of a send or price call.

    Attributes:
        direction (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        date (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        date_added (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        to (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        to_type (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        body (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        from_ (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        voice (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        lang (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        schedule (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        message_id (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        message_parts (float | None | str | Unset): A decimal amount (price, balance). ClickSend usually sends it as a
            string such as "0.0770".
        message_price (float | None | str | Unset): A decimal amount (price, balance). ClickSend usually sends it as a
            string such as "0.0770".
        list_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        custom_string (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        user_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        subaccount_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an
            empty string when unset.
        country (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        carrier (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        require_input (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a boolean or a
            string.
        machine_detection (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a boolean or
            a string.
        machine_detected (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a boolean or a
            string.
        digits (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
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
        field_api_username (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone
            numbers, ids) as numbers.
    """

    direction: float | None | str | Unset = UNSET
    date: int | None | str | Unset = UNSET
    date_added: int | None | str | Unset = UNSET
    to: float | None | str | Unset = UNSET
    to_type: float | None | str | Unset = UNSET
    body: float | None | str | Unset = UNSET
    from_: float | None | str | Unset = UNSET
    voice: float | None | str | Unset = UNSET
    lang: float | None | str | Unset = UNSET
    schedule: float | None | str | Unset = UNSET
    message_id: float | None | str | Unset = UNSET
    message_parts: float | None | str | Unset = UNSET
    message_price: float | None | str | Unset = UNSET
    list_id: int | None | str | Unset = UNSET
    custom_string: float | None | str | Unset = UNSET
    user_id: int | None | str | Unset = UNSET
    subaccount_id: int | None | str | Unset = UNSET
    country: float | None | str | Unset = UNSET
    carrier: float | None | str | Unset = UNSET
    require_input: bool | int | None | str | Unset = UNSET
    machine_detection: bool | int | None | str | Unset = UNSET
    machine_detected: bool | int | None | str | Unset = UNSET
    digits: float | None | str | Unset = UNSET
    status: float | None | str | Unset = UNSET
    status_code: float | None | str | Unset = UNSET
    status_text: float | None | str | Unset = UNSET
    error_code: float | None | str | Unset = UNSET
    error_text: float | None | str | Unset = UNSET
    field_api_username: float | None | str | Unset = UNSET
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

        date_added: int | None | str | Unset
        if isinstance(self.date_added, Unset):
            date_added = UNSET
        else:
            date_added = self.date_added

        to: float | None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        to_type: float | None | str | Unset
        if isinstance(self.to_type, Unset):
            to_type = UNSET
        else:
            to_type = self.to_type

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

        voice: float | None | str | Unset
        if isinstance(self.voice, Unset):
            voice = UNSET
        else:
            voice = self.voice

        lang: float | None | str | Unset
        if isinstance(self.lang, Unset):
            lang = UNSET
        else:
            lang = self.lang

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

        message_parts: float | None | str | Unset
        if isinstance(self.message_parts, Unset):
            message_parts = UNSET
        else:
            message_parts = self.message_parts

        message_price: float | None | str | Unset
        if isinstance(self.message_price, Unset):
            message_price = UNSET
        else:
            message_price = self.message_price

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

        require_input: bool | int | None | str | Unset
        if isinstance(self.require_input, Unset):
            require_input = UNSET
        else:
            require_input = self.require_input

        machine_detection: bool | int | None | str | Unset
        if isinstance(self.machine_detection, Unset):
            machine_detection = UNSET
        else:
            machine_detection = self.machine_detection

        machine_detected: bool | int | None | str | Unset
        if isinstance(self.machine_detected, Unset):
            machine_detected = UNSET
        else:
            machine_detected = self.machine_detected

        digits: float | None | str | Unset
        if isinstance(self.digits, Unset):
            digits = UNSET
        else:
            digits = self.digits

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

        field_api_username: float | None | str | Unset
        if isinstance(self.field_api_username, Unset):
            field_api_username = UNSET
        else:
            field_api_username = self.field_api_username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if direction is not UNSET:
            field_dict["direction"] = direction
        if date is not UNSET:
            field_dict["date"] = date
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if to is not UNSET:
            field_dict["to"] = to
        if to_type is not UNSET:
            field_dict["to_type"] = to_type
        if body is not UNSET:
            field_dict["body"] = body
        if from_ is not UNSET:
            field_dict["from"] = from_
        if voice is not UNSET:
            field_dict["voice"] = voice
        if lang is not UNSET:
            field_dict["lang"] = lang
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if message_parts is not UNSET:
            field_dict["message_parts"] = message_parts
        if message_price is not UNSET:
            field_dict["message_price"] = message_price
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id
        if country is not UNSET:
            field_dict["country"] = country
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if require_input is not UNSET:
            field_dict["require_input"] = require_input
        if machine_detection is not UNSET:
            field_dict["machine_detection"] = machine_detection
        if machine_detected is not UNSET:
            field_dict["machine_detected"] = machine_detected
        if digits is not UNSET:
            field_dict["digits"] = digits
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
        if field_api_username is not UNSET:
            field_dict["_api_username"] = field_api_username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        direction: float | None | str | Unset = d.pop("direction", UNSET)

        date: int | None | str | Unset = d.pop("date", UNSET)

        date_added: int | None | str | Unset = d.pop("date_added", UNSET)

        to: float | None | str | Unset = d.pop("to", UNSET)

        to_type: float | None | str | Unset = d.pop("to_type", UNSET)

        body: float | None | str | Unset = d.pop("body", UNSET)

        from_: float | None | str | Unset = d.pop("from", UNSET)

        voice: float | None | str | Unset = d.pop("voice", UNSET)

        lang: float | None | str | Unset = d.pop("lang", UNSET)

        schedule: float | None | str | Unset = d.pop("schedule", UNSET)

        message_id: float | None | str | Unset = d.pop("message_id", UNSET)

        message_parts: float | None | str | Unset = d.pop("message_parts", UNSET)

        message_price: float | None | str | Unset = d.pop("message_price", UNSET)

        list_id: int | None | str | Unset = d.pop("list_id", UNSET)

        custom_string: float | None | str | Unset = d.pop("custom_string", UNSET)

        user_id: int | None | str | Unset = d.pop("user_id", UNSET)

        subaccount_id: int | None | str | Unset = d.pop("subaccount_id", UNSET)

        country: float | None | str | Unset = d.pop("country", UNSET)

        carrier: float | None | str | Unset = d.pop("carrier", UNSET)

        require_input: bool | int | None | str | Unset = d.pop("require_input", UNSET)

        machine_detection: bool | int | None | str | Unset = d.pop("machine_detection", UNSET)

        machine_detected: bool | int | None | str | Unset = d.pop("machine_detected", UNSET)

        digits: float | None | str | Unset = d.pop("digits", UNSET)

        status: float | None | str | Unset = d.pop("status", UNSET)

        status_code: float | None | str | Unset = d.pop("status_code", UNSET)

        status_text: float | None | str | Unset = d.pop("status_text", UNSET)

        error_code: float | None | str | Unset = d.pop("error_code", UNSET)

        error_text: float | None | str | Unset = d.pop("error_text", UNSET)

        field_api_username: float | None | str | Unset = d.pop("_api_username", UNSET)

        _instance = cls(
            direction,
            date,
            date_added,
            to,
            to_type,
            body,
            from_,
            voice,
            lang,
            schedule,
            message_id,
            message_parts,
            message_price,
            list_id,
            custom_string,
            user_id,
            subaccount_id,
            country,
            carrier,
            require_input,
            machine_detection,
            machine_detected,
            digits,
            status,
            status_code,
            status_text,
            error_code,
            error_text,
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
