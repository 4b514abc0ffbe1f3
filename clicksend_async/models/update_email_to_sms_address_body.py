from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateEmailToSmsAddressBody")


@_attrs_define
class UpdateEmailToSmsAddressBody:
    """
    Attributes:
        from_ (str): Sender: a dedicated or own number in E.164 format, or an alphanumeric sender id of up to 11
            characters (ClickSend's "sender id"; omit for a shared number).
        email_address (str): The email address to update. Must be a valid email address.
        lang (str | Unset): Language code for text-to-speech conversion (if applicable). Common values include 'en-us',
            'en-gb', etc.
        voice (str | Unset): Voice type for text-to-speech conversion (if applicable). Common values include 'female',
            'male'.
    """

    from_: str
    email_address: str
    lang: str | Unset = UNSET
    voice: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        email_address = self.email_address

        lang = self.lang

        voice = self.voice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "email_address": email_address,
            }
        )
        if lang is not UNSET:
            field_dict["lang"] = lang
        if voice is not UNSET:
            field_dict["voice"] = voice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_ = d.pop("from")

        email_address = d.pop("email_address")

        lang = d.pop("lang", UNSET)

        voice = d.pop("voice", UNSET)

        _instance = cls(
            from_=from_,
            email_address=email_address,
            lang=lang,
            voice=voice,
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
