from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditCard")


@_attrs_define
class CreditCard:
    """The stored card, masked.

    Attributes:
        display_number (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        expiry_month (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an
            empty string when unset.
        expiry_year (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an
            empty string when unset.
        name (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
    """

    display_number: float | None | str | Unset = UNSET
    expiry_month: int | None | str | Unset = UNSET
    expiry_year: int | None | str | Unset = UNSET
    name: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_number: float | None | str | Unset
        if isinstance(self.display_number, Unset):
            display_number = UNSET
        else:
            display_number = self.display_number

        expiry_month: int | None | str | Unset
        if isinstance(self.expiry_month, Unset):
            expiry_month = UNSET
        else:
            expiry_month = self.expiry_month

        expiry_year: int | None | str | Unset
        if isinstance(self.expiry_year, Unset):
            expiry_year = UNSET
        else:
            expiry_year = self.expiry_year

        name: float | None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display_number is not UNSET:
            field_dict["display_number"] = display_number
        if expiry_month is not UNSET:
            field_dict["expiry_month"] = expiry_month
        if expiry_year is not UNSET:
            field_dict["expiry_year"] = expiry_year
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_number: float | None | str | Unset = d.pop("display_number", UNSET)

        expiry_month: int | None | str | Unset = d.pop("expiry_month", UNSET)

        expiry_year: int | None | str | Unset = d.pop("expiry_year", UNSET)

        name: float | None | str | Unset = d.pop("name", UNSET)

        _instance = cls(
            display_number,
            expiry_month,
            expiry_year,
            name,
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
