from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShortUrlLinkCounts")


@_attrs_define
class ShortUrlLinkCounts:
    """Opens of the short links made for one long URL.

    Attributes:
        total (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        opened_unique (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an
            empty string when unset.
        opened_total (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an
            empty string when unset.
        unopened (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
    """

    total: int | None | str | Unset = UNSET
    opened_unique: int | None | str | Unset = UNSET
    opened_total: int | None | str | Unset = UNSET
    unopened: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total: int | None | str | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        opened_unique: int | None | str | Unset
        if isinstance(self.opened_unique, Unset):
            opened_unique = UNSET
        else:
            opened_unique = self.opened_unique

        opened_total: int | None | str | Unset
        if isinstance(self.opened_total, Unset):
            opened_total = UNSET
        else:
            opened_total = self.opened_total

        unopened: int | None | str | Unset
        if isinstance(self.unopened, Unset):
            unopened = UNSET
        else:
            unopened = self.unopened

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if opened_unique is not UNSET:
            field_dict["opened_unique"] = opened_unique
        if opened_total is not UNSET:
            field_dict["opened_total"] = opened_total
        if unopened is not UNSET:
            field_dict["unopened"] = unopened

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total: int | None | str | Unset = d.pop("total", UNSET)

        opened_unique: int | None | str | Unset = d.pop("opened_unique", UNSET)

        opened_total: int | None | str | Unset = d.pop("opened_total", UNSET)

        unopened: int | None | str | Unset = d.pop("unopened", UNSET)

        _instance = cls(
            total,
            opened_unique,
            opened_total,
            unopened,
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
