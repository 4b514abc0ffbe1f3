from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountVerification")


@_attrs_define
class AccountVerification:
    """An account activation token that was sent.

    Attributes:
        user_phone (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        type_ (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        country (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        activation_token (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone
            numbers, ids) as numbers.
    """

    user_phone: float | None | str | Unset = UNSET
    type_: float | None | str | Unset = UNSET
    country: float | None | str | Unset = UNSET
    activation_token: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_phone: float | None | str | Unset
        if isinstance(self.user_phone, Unset):
            user_phone = UNSET
        else:
            user_phone = self.user_phone

        type_: float | None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        country: float | None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        activation_token: float | None | str | Unset
        if isinstance(self.activation_token, Unset):
            activation_token = UNSET
        else:
            activation_token = self.activation_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_phone is not UNSET:
            field_dict["user_phone"] = user_phone
        if type_ is not UNSET:
            field_dict["type"] = type_
        if country is not UNSET:
            field_dict["country"] = country
        if activation_token is not UNSET:
            field_dict["activation_token"] = activation_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_phone: float | None | str | Unset = d.pop("user_phone", UNSET)

        type_: float | None | str | Unset = d.pop("type", UNSET)

        country: float | None | str | Unset = d.pop("country", UNSET)

        activation_token: float | None | str | Unset = d.pop("activation_token", UNSET)

        _instance = cls(
            user_phone,
            type_,
            country,
            activation_token,
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
