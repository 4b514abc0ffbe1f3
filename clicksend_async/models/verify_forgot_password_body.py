from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VerifyForgotPasswordBody")


@_attrs_define
class VerifyForgotPasswordBody:
    """
    Attributes:
        password (str): The new password to be set for the account
        subaccount_id (int): The identifier for the subaccount that needs password reset
        activation_token (str): The verification token/code received via email from the forgot password request
    """

    password: str
    subaccount_id: int
    activation_token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        password = self.password

        subaccount_id = self.subaccount_id

        activation_token = self.activation_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "password": password,
                "subaccount_id": subaccount_id,
                "activation_token": activation_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        password = d.pop("password")

        subaccount_id = d.pop("subaccount_id")

        activation_token = d.pop("activation_token")

        _instance = cls(
            password,
            subaccount_id,
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
