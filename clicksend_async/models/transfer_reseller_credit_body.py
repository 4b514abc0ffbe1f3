from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TransferResellerCreditBody")


@_attrs_define
class TransferResellerCreditBody:
    """
    Attributes:
        client_user_id (int): User id of the client account that receives the credit.
        balance (float): Amount to move from your balance.
        currency (str): Currency of the amount; must be your account's (e.g. AUD).
    """

    client_user_id: int
    balance: float
    currency: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_user_id = self.client_user_id

        balance = self.balance

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_user_id": client_user_id,
                "balance": balance,
                "currency": currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_user_id = d.pop("client_user_id")

        balance = d.pop("balance")

        currency = d.pop("currency")

        _instance = cls(
            client_user_id,
            balance,
            currency,
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
