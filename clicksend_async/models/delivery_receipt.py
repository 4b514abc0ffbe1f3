from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliveryReceipt")


@_attrs_define
class DeliveryReceipt:
    """A delivery receipt of an SMS, MMS, voice or fax message.

    Attributes:
        timestamp_send (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an
            empty string when unset.
        timestamp (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        message_id (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        status_code (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        status_text (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        error_code (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        error_text (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        custom_string (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        subaccount_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an
            empty string when unset.
        message_type (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        digits (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
    """

    timestamp_send: int | None | str | Unset = UNSET
    timestamp: int | None | str | Unset = UNSET
    message_id: float | None | str | Unset = UNSET
    status_code: float | None | str | Unset = UNSET
    status_text: float | None | str | Unset = UNSET
    error_code: float | None | str | Unset = UNSET
    error_text: float | None | str | Unset = UNSET
    custom_string: float | None | str | Unset = UNSET
    subaccount_id: int | None | str | Unset = UNSET
    message_type: float | None | str | Unset = UNSET
    digits: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp_send: int | None | str | Unset
        if isinstance(self.timestamp_send, Unset):
            timestamp_send = UNSET
        else:
            timestamp_send = self.timestamp_send

        timestamp: int | None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        message_id: float | None | str | Unset
        if isinstance(self.message_id, Unset):
            message_id = UNSET
        else:
            message_id = self.message_id

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

        custom_string: float | None | str | Unset
        if isinstance(self.custom_string, Unset):
            custom_string = UNSET
        else:
            custom_string = self.custom_string

        subaccount_id: int | None | str | Unset
        if isinstance(self.subaccount_id, Unset):
            subaccount_id = UNSET
        else:
            subaccount_id = self.subaccount_id

        message_type: float | None | str | Unset
        if isinstance(self.message_type, Unset):
            message_type = UNSET
        else:
            message_type = self.message_type

        digits: float | None | str | Unset
        if isinstance(self.digits, Unset):
            digits = UNSET
        else:
            digits = self.digits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp_send is not UNSET:
            field_dict["timestamp_send"] = timestamp_send
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if status_text is not UNSET:
            field_dict["status_text"] = status_text
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_text is not UNSET:
            field_dict["error_text"] = error_text
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id
        if message_type is not UNSET:
            field_dict["message_type"] = message_type
        if digits is not UNSET:
            field_dict["digits"] = digits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamp_send: int | None | str | Unset = d.pop("timestamp_send", UNSET)

        timestamp: int | None | str | Unset = d.pop("timestamp", UNSET)

        message_id: float | None | str | Unset = d.pop("message_id", UNSET)

        status_code: float | None | str | Unset = d.pop("status_code", UNSET)

        status_text: float | None | str | Unset = d.pop("status_text", UNSET)

        error_code: float | None | str | Unset = d.pop("error_code", UNSET)

        error_text: float | None | str | Unset = d.pop("error_text", UNSET)

        custom_string: float | None | str | Unset = d.pop("custom_string", UNSET)

        subaccount_id: int | None | str | Unset = d.pop("subaccount_id", UNSET)

        message_type: float | None | str | Unset = d.pop("message_type", UNSET)

        digits: float | None | str | Unset = d.pop("digits", UNSET)

        _instance = cls(
            timestamp_send,
            timestamp,
            message_id,
            status_code,
            status_text,
            error_code,
            error_text,
            custom_string,
            subaccount_id,
            message_type,
            digits,
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
