from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alpha_tag_business_input import AlphaTagBusinessInput


T = TypeVar("T", bound="RequestAlphaTagBody")


@_attrs_define
class RequestAlphaTagBody:
    """
    Attributes:
        alpha_tag (str): The sender id: 3 to 11 of a-z A-Z 0-9 +, not only digits.
        reason (str | Unset): Why the account may use it: Company Name, Trademark, Product or Service Name, ...
        countries (list[str] | Unset): Country it is requested for (ISO 3166; only AU is supported and required).
        businesses (list[AlphaTagBusinessInput] | Unset): The business details; required when countries is given.
    """

    alpha_tag: str
    reason: str | Unset = UNSET
    countries: list[str] | Unset = UNSET
    businesses: list[AlphaTagBusinessInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alpha_tag = self.alpha_tag

        reason = self.reason

        countries: list[str] | Unset = UNSET
        if not isinstance(self.countries, Unset):
            countries = self.countries

        businesses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.businesses, Unset):
            businesses = []
            for businesses_item_data in self.businesses:
                businesses_item = businesses_item_data.to_dict()
                businesses.append(businesses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alpha_tag": alpha_tag,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if countries is not UNSET:
            field_dict["countries"] = countries
        if businesses is not UNSET:
            field_dict["businesses"] = businesses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alpha_tag_business_input import AlphaTagBusinessInput  # noqa: PLC0415

        d = dict(src_dict)
        alpha_tag = d.pop("alpha_tag")

        reason = d.pop("reason", UNSET)

        countries = cast(list[str], d.pop("countries", UNSET))

        _businesses = d.pop("businesses", UNSET)
        businesses: list[AlphaTagBusinessInput] | Unset = UNSET
        if _businesses is not UNSET:
            businesses = []
            for businesses_item_data in _businesses:
                businesses_item = AlphaTagBusinessInput.from_dict(businesses_item_data)

                businesses.append(businesses_item)

        _instance = cls(
            alpha_tag,
            reason,
            countries,
            businesses,
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
