from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sms_sender_sender_type import SmsSenderSenderType, check_sms_sender_sender_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsSender")


@_attrs_define
class SmsSender:
    """Which sender to use for the recipients of one country (ClickSend's "smart assign"); recipients of countries not
    listed, or with an unusable sender, get the account's default sender for their country.

        Attributes:
            recipient_country_code (str): ISO 3166-1 alpha-2 country of the recipients this sender is for, e.g. AU.
            sender_id (str | Unset): The sender for those recipients: a number in E.164 format or an alpha tag of 3 to 11
                letters, digits or pluses. Required unless `sender_type` is `shared_longcode`.
            sender_type (SmsSenderSenderType | Unset): `shared_longcode`: a number from ClickSend's shared pool (the only
                type ClickSend supports here).
            sender_country_code (str | Unset): With `shared_longcode`: ISO 3166-1 alpha-2 country of the pool number;
                defaults to the recipient's country.
    """

    recipient_country_code: str
    sender_id: str | Unset = UNSET
    sender_type: SmsSenderSenderType | Unset = UNSET
    sender_country_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipient_country_code = self.recipient_country_code

        sender_id = self.sender_id

        sender_type: str | Unset = UNSET
        if not isinstance(self.sender_type, Unset):
            sender_type = self.sender_type

        sender_country_code = self.sender_country_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipient_country_code": recipient_country_code,
            }
        )
        if sender_id is not UNSET:
            field_dict["sender_id"] = sender_id
        if sender_type is not UNSET:
            field_dict["sender_type"] = sender_type
        if sender_country_code is not UNSET:
            field_dict["sender_country_code"] = sender_country_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recipient_country_code = d.pop("recipient_country_code")

        sender_id = d.pop("sender_id", UNSET)

        _sender_type = d.pop("sender_type", UNSET)
        sender_type: SmsSenderSenderType | Unset
        if isinstance(_sender_type, Unset):
            sender_type = UNSET
        else:
            sender_type = check_sms_sender_sender_type(_sender_type)

        sender_country_code = d.pop("sender_country_code", UNSET)

        _instance = cls(
            recipient_country_code,
            sender_id,
            sender_type,
            sender_country_code,
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
