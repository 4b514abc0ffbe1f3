from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsCampaignLinkCounts")


@_attrs_define
class SmsCampaignLinkCounts:
    """How many recipients of a campaign opened its link, and how many did not.

    Attributes:
        opened (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        unopened (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
    """

    opened: int | None | str | Unset = UNSET
    unopened: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        opened: int | None | str | Unset
        if isinstance(self.opened, Unset):
            opened = UNSET
        else:
            opened = self.opened

        unopened: int | None | str | Unset
        if isinstance(self.unopened, Unset):
            unopened = UNSET
        else:
            unopened = self.unopened

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if opened is not UNSET:
            field_dict["opened"] = opened
        if unopened is not UNSET:
            field_dict["unopened"] = unopened

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        opened: int | None | str | Unset = d.pop("opened", UNSET)

        unopened: int | None | str | Unset = d.pop("unopened", UNSET)

        _instance = cls(
            opened,
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
