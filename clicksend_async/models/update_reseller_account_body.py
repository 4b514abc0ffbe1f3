from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateResellerAccountBody")


@_attrs_define
class UpdateResellerAccountBody:
    """
    Attributes:
        username (str | Unset): Login name of the client account.
        password (str | Unset): Password of the client account.
        user_email (str | Unset): Email address of the client.
        user_phone (str | Unset): Phone number of the client in E.164 format.
        user_first_name (str | Unset): First name of the client.
        user_last_name (str | Unset): Last name of the client.
        account_name (str | Unset): Business name of the client account.
        country (str | Unset): ISO 3166 country of the client.
    """

    username: str | Unset = UNSET
    password: str | Unset = UNSET
    user_email: str | Unset = UNSET
    user_phone: str | Unset = UNSET
    user_first_name: str | Unset = UNSET
    user_last_name: str | Unset = UNSET
    account_name: str | Unset = UNSET
    country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        user_email = self.user_email

        user_phone = self.user_phone

        user_first_name = self.user_first_name

        user_last_name = self.user_last_name

        account_name = self.account_name

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if user_phone is not UNSET:
            field_dict["user_phone"] = user_phone
        if user_first_name is not UNSET:
            field_dict["user_first_name"] = user_first_name
        if user_last_name is not UNSET:
            field_dict["user_last_name"] = user_last_name
        if account_name is not UNSET:
            field_dict["account_name"] = account_name
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        user_email = d.pop("user_email", UNSET)

        user_phone = d.pop("user_phone", UNSET)

        user_first_name = d.pop("user_first_name", UNSET)

        user_last_name = d.pop("user_last_name", UNSET)

        account_name = d.pop("account_name", UNSET)

        country = d.pop("country", UNSET)

        _instance = cls(
            username,
            password,
            user_email,
            user_phone,
            user_first_name,
            user_last_name,
            account_name,
            country,
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
