from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResellerSettings")


@_attrs_define
class ResellerSettings:
    """The settings of your reseller account (Apiary: GET shows logo_url, PUT's answer company_name and the light and dark
    logos).

        Attributes:
            reseller_user_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an
                empty string when unset.
            company_name (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
                ids) as numbers.
            subdomain (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
                as numbers.
            allow_public_signups (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a boolean
                or a string.
            colour_navigation (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone
                numbers, ids) as numbers.
            logo_url (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
                as numbers.
            logo_url_light (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
                ids) as numbers.
            logo_url_dark (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
                ids) as numbers.
            default_margin (float | None | str | Unset): A decimal amount (price, balance). ClickSend usually sends it as a
                string such as "0.0770".
            default_margin_numbers (float | None | str | Unset): A decimal amount (price, balance). ClickSend usually sends
                it as a string such as "0.0770".
            trial_balance (float | None | str | Unset): A decimal amount (price, balance). ClickSend usually sends it as a
                string such as "0.0770".
    """

    reseller_user_id: int | None | str | Unset = UNSET
    company_name: float | None | str | Unset = UNSET
    subdomain: float | None | str | Unset = UNSET
    allow_public_signups: bool | int | None | str | Unset = UNSET
    colour_navigation: float | None | str | Unset = UNSET
    logo_url: float | None | str | Unset = UNSET
    logo_url_light: float | None | str | Unset = UNSET
    logo_url_dark: float | None | str | Unset = UNSET
    default_margin: float | None | str | Unset = UNSET
    default_margin_numbers: float | None | str | Unset = UNSET
    trial_balance: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reseller_user_id: int | None | str | Unset
        if isinstance(self.reseller_user_id, Unset):
            reseller_user_id = UNSET
        else:
            reseller_user_id = self.reseller_user_id

        company_name: float | None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        subdomain: float | None | str | Unset
        if isinstance(self.subdomain, Unset):
            subdomain = UNSET
        else:
            subdomain = self.subdomain

        allow_public_signups: bool | int | None | str | Unset
        if isinstance(self.allow_public_signups, Unset):
            allow_public_signups = UNSET
        else:
            allow_public_signups = self.allow_public_signups

        colour_navigation: float | None | str | Unset
        if isinstance(self.colour_navigation, Unset):
            colour_navigation = UNSET
        else:
            colour_navigation = self.colour_navigation

        logo_url: float | None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        logo_url_light: float | None | str | Unset
        if isinstance(self.logo_url_light, Unset):
            logo_url_light = UNSET
        else:
            logo_url_light = self.logo_url_light

        logo_url_dark: float | None | str | Unset
        if isinstance(self.logo_url_dark, Unset):
            logo_url_dark = UNSET
        else:
            logo_url_dark = self.logo_url_dark

        default_margin: float | None | str | Unset
        if isinstance(self.default_margin, Unset):
            default_margin = UNSET
        else:
            default_margin = self.default_margin

        default_margin_numbers: float | None | str | Unset
        if isinstance(self.default_margin_numbers, Unset):
            default_margin_numbers = UNSET
        else:
            default_margin_numbers = self.default_margin_numbers

        trial_balance: float | None | str | Unset
        if isinstance(self.trial_balance, Unset):
            trial_balance = UNSET
        else:
            trial_balance = self.trial_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reseller_user_id is not UNSET:
            field_dict["reseller_user_id"] = reseller_user_id
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if subdomain is not UNSET:
            field_dict["subdomain"] = subdomain
        if allow_public_signups is not UNSET:
            field_dict["allow_public_signups"] = allow_public_signups
        if colour_navigation is not UNSET:
            field_dict["colour_navigation"] = colour_navigation
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if logo_url_light is not UNSET:
            field_dict["logo_url_light"] = logo_url_light
        if logo_url_dark is not UNSET:
            field_dict["logo_url_dark"] = logo_url_dark
        if default_margin is not UNSET:
            field_dict["default_margin"] = default_margin
        if default_margin_numbers is not UNSET:
            field_dict["default_margin_numbers"] = default_margin_numbers
        if trial_balance is not UNSET:
            field_dict["trial_balance"] = trial_balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reseller_user_id: int | None | str | Unset = d.pop("reseller_user_id", UNSET)

        company_name: float | None | str | Unset = d.pop("company_name", UNSET)

        subdomain: float | None | str | Unset = d.pop("subdomain", UNSET)

        allow_public_signups: bool | int | None | str | Unset = d.pop("allow_public_signups", UNSET)

        colour_navigation: float | None | str | Unset = d.pop("colour_navigation", UNSET)

        logo_url: float | None | str | Unset = d.pop("logo_url", UNSET)

        logo_url_light: float | None | str | Unset = d.pop("logo_url_light", UNSET)

        logo_url_dark: float | None | str | Unset = d.pop("logo_url_dark", UNSET)

        default_margin: float | None | str | Unset = d.pop("default_margin", UNSET)

        default_margin_numbers: float | None | str | Unset = d.pop("default_margin_numbers", UNSET)

        trial_balance: float | None | str | Unset = d.pop("trial_balance", UNSET)

        _instance = cls(
            reseller_user_id,
            company_name,
            subdomain,
            allow_public_signups,
            colour_navigation,
            logo_url,
            logo_url_light,
            logo_url_dark,
            default_margin,
            default_margin_numbers,
            trial_balance,
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
