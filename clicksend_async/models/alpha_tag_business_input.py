from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.business_address_input import BusinessAddressInput
    from ..models.business_info_input import BusinessInfoInput
    from ..models.representative_input import RepresentativeInput


T = TypeVar("T", bound="AlphaTagBusinessInput")


@_attrs_define
class AlphaTagBusinessInput:
    """The business an alpha tag is registered for (required in Australia).

    Attributes:
        country (str): ISO 3166 country of the business.
        business_name (str): Registered business name.
        business_relationship (str): How the requester relates to the business (e.g. owner, partner).
        business_info (BusinessInfoInput): How to reach a business.
        business_address (BusinessAddressInput): Address of a business.
        representative (RepresentativeInput): A person acting for a business.
        abn (str): Australian Business Number.
        partner_business_name (str | Unset): Name of a partner business acting for it.
        partner_abn (str | Unset): ABN of that partner business.
    """

    country: str
    business_name: str
    business_relationship: str
    business_info: BusinessInfoInput
    business_address: BusinessAddressInput
    representative: RepresentativeInput
    abn: str
    partner_business_name: str | Unset = UNSET
    partner_abn: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        business_name = self.business_name

        business_relationship = self.business_relationship

        business_info = self.business_info.to_dict()

        business_address = self.business_address.to_dict()

        representative = self.representative.to_dict()

        abn = self.abn

        partner_business_name = self.partner_business_name

        partner_abn = self.partner_abn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country": country,
                "business_name": business_name,
                "business_relationship": business_relationship,
                "business_info": business_info,
                "business_address": business_address,
                "representative": representative,
                "abn": abn,
            }
        )
        if partner_business_name is not UNSET:
            field_dict["partner_business_name"] = partner_business_name
        if partner_abn is not UNSET:
            field_dict["partner_abn"] = partner_abn

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.business_address_input import BusinessAddressInput  # noqa: PLC0415
        from ..models.business_info_input import BusinessInfoInput  # noqa: PLC0415
        from ..models.representative_input import RepresentativeInput  # noqa: PLC0415

        d = dict(src_dict)
        country = d.pop("country")

        business_name = d.pop("business_name")

        business_relationship = d.pop("business_relationship")

        business_info = BusinessInfoInput.from_dict(d.pop("business_info"))

        business_address = BusinessAddressInput.from_dict(d.pop("business_address"))

        representative = RepresentativeInput.from_dict(d.pop("representative"))

        abn = d.pop("abn")

        partner_business_name = d.pop("partner_business_name", UNSET)

        partner_abn = d.pop("partner_abn", UNSET)

        _instance = cls(
            country,
            business_name,
            business_relationship,
            business_info,
            business_address,
            representative,
            abn,
            partner_business_name,
            partner_abn,
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
