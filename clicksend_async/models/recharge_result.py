from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RechargeResult")


@_attrs_define
class RechargeResult:
    """The outcome of a package purchase.

    Attributes:
        amount (float | None | str | Unset): A decimal amount (price, balance). ClickSend usually sends it as a string
            such as "0.0770".
        currency (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        invoice_number (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        transaction_id (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        date (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
    """

    amount: float | None | str | Unset = UNSET
    currency: float | None | str | Unset = UNSET
    invoice_number: float | None | str | Unset = UNSET
    transaction_id: float | None | str | Unset = UNSET
    date: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount: float | None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        currency: float | None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        invoice_number: float | None | str | Unset
        if isinstance(self.invoice_number, Unset):
            invoice_number = UNSET
        else:
            invoice_number = self.invoice_number

        transaction_id: float | None | str | Unset
        if isinstance(self.transaction_id, Unset):
            transaction_id = UNSET
        else:
            transaction_id = self.transaction_id

        date: int | None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if invoice_number is not UNSET:
            field_dict["invoice_number"] = invoice_number
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount: float | None | str | Unset = d.pop("amount", UNSET)

        currency: float | None | str | Unset = d.pop("currency", UNSET)

        invoice_number: float | None | str | Unset = d.pop("invoice_number", UNSET)

        transaction_id: float | None | str | Unset = d.pop("transaction_id", UNSET)

        date: int | None | str | Unset = d.pop("date", UNSET)

        _instance = cls(
            amount,
            currency,
            invoice_number,
            transaction_id,
            date,
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
