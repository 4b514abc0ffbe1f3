from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Currency")


@_attrs_define
class Currency:
    """Currency of the account that prices are quoted in.

    Attributes:
        currency_name_short (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone
            numbers, ids) as numbers.
        currency_prefix_d (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone
            numbers, ids) as numbers.
        currency_prefix_c (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone
            numbers, ids) as numbers.
        currency_name_long (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone
            numbers, ids) as numbers.
    """

    currency_name_short: float | None | str | Unset = UNSET
    currency_prefix_d: float | None | str | Unset = UNSET
    currency_prefix_c: float | None | str | Unset = UNSET
    currency_name_long: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency_name_short: float | None | str | Unset
        if isinstance(self.currency_name_short, Unset):
            currency_name_short = UNSET
        else:
            currency_name_short = self.currency_name_short

        currency_prefix_d: float | None | str | Unset
        if isinstance(self.currency_prefix_d, Unset):
            currency_prefix_d = UNSET
        else:
            currency_prefix_d = self.currency_prefix_d

        currency_prefix_c: float | None | str | Unset
        if isinstance(self.currency_prefix_c, Unset):
            currency_prefix_c = UNSET
        else:
            currency_prefix_c = self.currency_prefix_c

        currency_name_long: float | None | str | Unset
        if isinstance(self.currency_name_long, Unset):
            currency_name_long = UNSET
        else:
            currency_name_long = self.currency_name_long

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency_name_short is not UNSET:
            field_dict["currency_name_short"] = currency_name_short
        if currency_prefix_d is not UNSET:
            field_dict["currency_prefix_d"] = currency_prefix_d
        if currency_prefix_c is not UNSET:
            field_dict["currency_prefix_c"] = currency_prefix_c
        if currency_name_long is not UNSET:
            field_dict["currency_name_long"] = currency_name_long

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency_name_short: float | None | str | Unset = d.pop("currency_name_short", UNSET)

        currency_prefix_d: float | None | str | Unset = d.pop("currency_prefix_d", UNSET)

        currency_prefix_c: float | None | str | Unset = d.pop("currency_prefix_c", UNSET)

        currency_name_long: float | None | str | Unset = d.pop("currency_name_long", UNSET)

        _instance = cls(
            currency_name_short,
            currency_prefix_d,
            currency_prefix_c,
            currency_name_long,
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
