from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DirectMailLocation")


@_attrs_define
class DirectMailLocation:
    """A place direct mail can target.

    Attributes:
        location_id (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        name (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        postcode (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        state (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        country (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        households (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
    """

    location_id: float | None | str | Unset = UNSET
    name: float | None | str | Unset = UNSET
    postcode: float | None | str | Unset = UNSET
    state: float | None | str | Unset = UNSET
    country: float | None | str | Unset = UNSET
    households: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        location_id: float | None | str | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        else:
            location_id = self.location_id

        name: float | None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        postcode: float | None | str | Unset
        if isinstance(self.postcode, Unset):
            postcode = UNSET
        else:
            postcode = self.postcode

        state: float | None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        country: float | None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        households: int | None | str | Unset
        if isinstance(self.households, Unset):
            households = UNSET
        else:
            households = self.households

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        if name is not UNSET:
            field_dict["name"] = name
        if postcode is not UNSET:
            field_dict["postcode"] = postcode
        if state is not UNSET:
            field_dict["state"] = state
        if country is not UNSET:
            field_dict["country"] = country
        if households is not UNSET:
            field_dict["households"] = households

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        location_id: float | None | str | Unset = d.pop("location_id", UNSET)

        name: float | None | str | Unset = d.pop("name", UNSET)

        postcode: float | None | str | Unset = d.pop("postcode", UNSET)

        state: float | None | str | Unset = d.pop("state", UNSET)

        country: float | None | str | Unset = d.pop("country", UNSET)

        households: int | None | str | Unset = d.pop("households", UNSET)

        _instance = cls(
            location_id,
            name,
            postcode,
            state,
            country,
            households,
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
