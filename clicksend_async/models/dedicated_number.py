from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DedicatedNumber")


@_attrs_define
class DedicatedNumber:
    """A dedicated number owned by the account.

    Attributes:
        dedicated_number (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone
            numbers, ids) as numbers.
        country (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        price (float | None | str | Unset): A decimal amount (price, balance). ClickSend usually sends it as a string
            such as "0.0770".
        field_country_name (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone
            numbers, ids) as numbers.
        notes (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        type_ (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        number_type (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
    """

    dedicated_number: float | None | str | Unset = UNSET
    country: float | None | str | Unset = UNSET
    price: float | None | str | Unset = UNSET
    field_country_name: float | None | str | Unset = UNSET
    notes: float | None | str | Unset = UNSET
    type_: float | None | str | Unset = UNSET
    number_type: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dedicated_number: float | None | str | Unset
        if isinstance(self.dedicated_number, Unset):
            dedicated_number = UNSET
        else:
            dedicated_number = self.dedicated_number

        country: float | None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        price: float | None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        field_country_name: float | None | str | Unset
        if isinstance(self.field_country_name, Unset):
            field_country_name = UNSET
        else:
            field_country_name = self.field_country_name

        notes: float | None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        type_: float | None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        number_type: float | None | str | Unset
        if isinstance(self.number_type, Unset):
            number_type = UNSET
        else:
            number_type = self.number_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dedicated_number is not UNSET:
            field_dict["dedicated_number"] = dedicated_number
        if country is not UNSET:
            field_dict["country"] = country
        if price is not UNSET:
            field_dict["price"] = price
        if field_country_name is not UNSET:
            field_dict["_country_name"] = field_country_name
        if notes is not UNSET:
            field_dict["notes"] = notes
        if type_ is not UNSET:
            field_dict["type"] = type_
        if number_type is not UNSET:
            field_dict["number_type"] = number_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dedicated_number: float | None | str | Unset = d.pop("dedicated_number", UNSET)

        country: float | None | str | Unset = d.pop("country", UNSET)

        price: float | None | str | Unset = d.pop("price", UNSET)

        field_country_name: float | None | str | Unset = d.pop("_country_name", UNSET)

        notes: float | None | str | Unset = d.pop("notes", UNSET)

        type_: float | None | str | Unset = d.pop("type", UNSET)

        number_type: float | None | str | Unset = d.pop("number_type", UNSET)

        _instance = cls(
            dedicated_number,
            country,
            price,
            field_country_name,
            notes,
            type_,
            number_type,
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
