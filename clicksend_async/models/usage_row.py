from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UsageRow")


@_attrs_define
class UsageRow:
    """Usage of one subaccount for one channel.

    Attributes:
        subaccount_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an
            empty string when unset.
        username (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        total_count (float | None | str | Unset): A decimal amount (price, balance). ClickSend usually sends it as a
            string such as "0.0770".
        total_price (float | None | str | Unset): A decimal amount (price, balance). ClickSend usually sends it as a
            string such as "0.0770".
    """

    subaccount_id: int | None | str | Unset = UNSET
    username: float | None | str | Unset = UNSET
    total_count: float | None | str | Unset = UNSET
    total_price: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subaccount_id: int | None | str | Unset
        if isinstance(self.subaccount_id, Unset):
            subaccount_id = UNSET
        else:
            subaccount_id = self.subaccount_id

        username: float | None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        total_count: float | None | str | Unset
        if isinstance(self.total_count, Unset):
            total_count = UNSET
        else:
            total_count = self.total_count

        total_price: float | None | str | Unset
        if isinstance(self.total_price, Unset):
            total_price = UNSET
        else:
            total_price = self.total_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id
        if username is not UNSET:
            field_dict["username"] = username
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if total_price is not UNSET:
            field_dict["total_price"] = total_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subaccount_id: int | None | str | Unset = d.pop("subaccount_id", UNSET)

        username: float | None | str | Unset = d.pop("username", UNSET)

        total_count: float | None | str | Unset = d.pop("total_count", UNSET)

        total_price: float | None | str | Unset = d.pop("total_price", UNSET)

        _instance = cls(
            subaccount_id,
            username,
            total_count,
            total_price,
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
