from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateEmailToSmsAddressBody")


@_attrs_define
class CreateEmailToSmsAddressBody:
    """
    Attributes:
        from_ (str): Sender: a dedicated or own number in E.164 format, or an alphanumeric sender id of up to 11
            characters (ClickSend's "sender id"; omit for a shared number).
        email_address (str): The email address to be added as an allowed address for email-to-SMS conversion. Must be a
            valid email address.
        from_fax (str | Unset): Fax number associated with the sender (optional).
        subaccount_id (int | Unset): The subaccount ID to assign this email-to-SMS usage to for reporting purposes
            (optional).
    """

    from_: str
    email_address: str
    from_fax: str | Unset = UNSET
    subaccount_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        email_address = self.email_address

        from_fax = self.from_fax

        subaccount_id = self.subaccount_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "email_address": email_address,
            }
        )
        if from_fax is not UNSET:
            field_dict["from_fax"] = from_fax
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_ = d.pop("from")

        email_address = d.pop("email_address")

        from_fax = d.pop("from_fax", UNSET)

        subaccount_id = d.pop("subaccount_id", UNSET)

        _instance = cls(
            from_,
            email_address,
            from_fax,
            subaccount_id,
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
