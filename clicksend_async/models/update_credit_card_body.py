from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpdateCreditCardBody")


@_attrs_define
class UpdateCreditCardBody:
    """
    Attributes:
        cvc (int): CVC security code on the credit card (3 or 4 digits)
        name (str): Name printed on the credit card
        number (str): Credit card number (e.g., '5520000000000000'). ClickSend does not store this, only a token.
        bank_name (str): Name of the bank that issued the credit card
        expiry_year (int): Credit card expiry year (4-digit format, e.g., 2026)
        expiry_month (int): Credit card expiry month (1-12)
    """

    cvc: int
    name: str
    number: str
    bank_name: str
    expiry_year: int
    expiry_month: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cvc = self.cvc

        name = self.name

        number = self.number

        bank_name = self.bank_name

        expiry_year = self.expiry_year

        expiry_month = self.expiry_month

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cvc": cvc,
                "name": name,
                "number": number,
                "bank_name": bank_name,
                "expiry_year": expiry_year,
                "expiry_month": expiry_month,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cvc = d.pop("cvc")

        name = d.pop("name")

        number = d.pop("number")

        bank_name = d.pop("bank_name")

        expiry_year = d.pop("expiry_year")

        expiry_month = d.pop("expiry_month")

        _instance = cls(
            cvc,
            name,
            number,
            bank_name,
            expiry_year,
            expiry_month,
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
