from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AllowedSenderCountries")


@_attrs_define
class AllowedSenderCountries:
    """Where a sender of one type may come from.

    Attributes:
        global_ (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a boolean or a string.
        country_codes (list[float | None | str] | None | Unset):
    """

    global_: bool | int | None | str | Unset = UNSET
    country_codes: list[float | None | str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        global_: bool | int | None | str | Unset
        if isinstance(self.global_, Unset):
            global_ = UNSET
        else:
            global_ = self.global_

        country_codes: list[float | None | str] | None | Unset
        if isinstance(self.country_codes, Unset):
            country_codes = UNSET
        elif isinstance(self.country_codes, list):
            country_codes = []
            for country_codes_type_0_item_data in self.country_codes:
                country_codes_type_0_item: float | None | str
                country_codes_type_0_item = country_codes_type_0_item_data
                country_codes.append(country_codes_type_0_item)

        else:
            country_codes = self.country_codes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if global_ is not UNSET:
            field_dict["global"] = global_
        if country_codes is not UNSET:
            field_dict["country_codes"] = country_codes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        global_: bool | int | None | str | Unset = d.pop("global", UNSET)

        def _parse_country_codes(data: object) -> list[float | None | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                country_codes_type_0 = []
                _country_codes_type_0 = data
                for country_codes_type_0_item_data in _country_codes_type_0:
                    country_codes_type_0_item: float | None | str = country_codes_type_0_item_data

                    country_codes_type_0.append(country_codes_type_0_item)

                return country_codes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[float | None | str] | None | Unset, data)

        country_codes = _parse_country_codes(d.pop("country_codes", UNSET))

        _instance = cls(
            global_,
            country_codes,
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
