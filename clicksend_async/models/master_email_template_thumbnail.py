from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MasterEmailTemplateThumbnail")


@_attrs_define
class MasterEmailTemplateThumbnail:
    """Preview images of a master template.

    Attributes:
        small (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        large (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
    """

    small: float | None | str | Unset = UNSET
    large: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        small: float | None | str | Unset
        if isinstance(self.small, Unset):
            small = UNSET
        else:
            small = self.small

        large: float | None | str | Unset
        if isinstance(self.large, Unset):
            large = UNSET
        else:
            large = self.large

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if small is not UNSET:
            field_dict["small"] = small
        if large is not UNSET:
            field_dict["large"] = large

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        small: float | None | str | Unset = d.pop("small", UNSET)

        large: float | None | str | Unset = d.pop("large", UNSET)

        _instance = cls(
            small,
            large,
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
