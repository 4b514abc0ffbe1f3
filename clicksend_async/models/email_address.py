from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailAddress")


@_attrs_define
class EmailAddress:
    """A sender email address allowed for transactional email.

    Attributes:
        email_address_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an
            empty string when unset.
        email_address (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        verified (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a boolean or a string.
        date_added (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
    """

    email_address_id: int | None | str | Unset = UNSET
    email_address: float | None | str | Unset = UNSET
    verified: bool | int | None | str | Unset = UNSET
    date_added: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_address_id: int | None | str | Unset
        if isinstance(self.email_address_id, Unset):
            email_address_id = UNSET
        else:
            email_address_id = self.email_address_id

        email_address: float | None | str | Unset
        if isinstance(self.email_address, Unset):
            email_address = UNSET
        else:
            email_address = self.email_address

        verified: bool | int | None | str | Unset
        if isinstance(self.verified, Unset):
            verified = UNSET
        else:
            verified = self.verified

        date_added: int | None | str | Unset
        if isinstance(self.date_added, Unset):
            date_added = UNSET
        else:
            date_added = self.date_added

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_address_id is not UNSET:
            field_dict["email_address_id"] = email_address_id
        if email_address is not UNSET:
            field_dict["email_address"] = email_address
        if verified is not UNSET:
            field_dict["verified"] = verified
        if date_added is not UNSET:
            field_dict["date_added"] = date_added

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email_address_id: int | None | str | Unset = d.pop("email_address_id", UNSET)

        email_address: float | None | str | Unset = d.pop("email_address", UNSET)

        verified: bool | int | None | str | Unset = d.pop("verified", UNSET)

        date_added: int | None | str | Unset = d.pop("date_added", UNSET)

        _instance = cls(
            email_address_id,
            email_address,
            verified,
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
