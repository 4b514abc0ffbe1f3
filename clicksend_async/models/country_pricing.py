from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CountryPricing")


@_attrs_define
class CountryPricing:
    """Prices of each channel in one country.

    Attributes:
        country (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        currency (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        sms (Any | Unset):
        mms (Any | Unset):
        voice (Any | Unset):
        fax (Any | Unset):
        post (Any | Unset):
    """

    country: float | None | str | Unset = UNSET
    currency: float | None | str | Unset = UNSET
    sms: Any | Unset = UNSET
    mms: Any | Unset = UNSET
    voice: Any | Unset = UNSET
    fax: Any | Unset = UNSET
    post: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country: float | None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        currency: float | None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        sms = self.sms

        mms = self.mms

        voice = self.voice

        fax = self.fax

        post = self.post

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country is not UNSET:
            field_dict["country"] = country
        if currency is not UNSET:
            field_dict["currency"] = currency
        if sms is not UNSET:
            field_dict["sms"] = sms
        if mms is not UNSET:
            field_dict["mms"] = mms
        if voice is not UNSET:
            field_dict["voice"] = voice
        if fax is not UNSET:
            field_dict["fax"] = fax
        if post is not UNSET:
            field_dict["post"] = post

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country: float | None | str | Unset = d.pop("country", UNSET)

        currency: float | None | str | Unset = d.pop("currency", UNSET)

        sms = d.pop("sms", UNSET)

        mms = d.pop("mms", UNSET)

        voice = d.pop("voice", UNSET)

        fax = d.pop("fax", UNSET)

        post = d.pop("post", UNSET)

        _instance = cls(
            country,
            currency,
            sms,
            mms,
            voice,
            fax,
            post,
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
