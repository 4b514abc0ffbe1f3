from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.short_url_contact import ShortUrlContact


T = TypeVar("T", bound="ShortUrlOpen")


@_attrs_define
class ShortUrlOpen:
    """How one recipient opened their short link (most recent open).

    Attributes:
        open_count (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        date_opened (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an
            empty string when unset.
        user_geo_country (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone
            numbers, ids) as numbers.
        user_geo_region (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        user_device (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        user_browser (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        user_os (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        contact (None | ShortUrlContact | Unset):
    """

    open_count: int | None | str | Unset = UNSET
    date_opened: int | None | str | Unset = UNSET
    user_geo_country: float | None | str | Unset = UNSET
    user_geo_region: float | None | str | Unset = UNSET
    user_device: float | None | str | Unset = UNSET
    user_browser: float | None | str | Unset = UNSET
    user_os: float | None | str | Unset = UNSET
    contact: None | ShortUrlContact | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.short_url_contact import ShortUrlContact  # noqa: PLC0415

        open_count: int | None | str | Unset
        if isinstance(self.open_count, Unset):
            open_count = UNSET
        else:
            open_count = self.open_count

        date_opened: int | None | str | Unset
        if isinstance(self.date_opened, Unset):
            date_opened = UNSET
        else:
            date_opened = self.date_opened

        user_geo_country: float | None | str | Unset
        if isinstance(self.user_geo_country, Unset):
            user_geo_country = UNSET
        else:
            user_geo_country = self.user_geo_country

        user_geo_region: float | None | str | Unset
        if isinstance(self.user_geo_region, Unset):
            user_geo_region = UNSET
        else:
            user_geo_region = self.user_geo_region

        user_device: float | None | str | Unset
        if isinstance(self.user_device, Unset):
            user_device = UNSET
        else:
            user_device = self.user_device

        user_browser: float | None | str | Unset
        if isinstance(self.user_browser, Unset):
            user_browser = UNSET
        else:
            user_browser = self.user_browser

        user_os: float | None | str | Unset
        if isinstance(self.user_os, Unset):
            user_os = UNSET
        else:
            user_os = self.user_os

        contact: dict[str, Any] | None | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        elif isinstance(self.contact, ShortUrlContact):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if open_count is not UNSET:
            field_dict["open_count"] = open_count
        if date_opened is not UNSET:
            field_dict["date_opened"] = date_opened
        if user_geo_country is not UNSET:
            field_dict["user_geo_country"] = user_geo_country
        if user_geo_region is not UNSET:
            field_dict["user_geo_region"] = user_geo_region
        if user_device is not UNSET:
            field_dict["user_device"] = user_device
        if user_browser is not UNSET:
            field_dict["user_browser"] = user_browser
        if user_os is not UNSET:
            field_dict["user_os"] = user_os
        if contact is not UNSET:
            field_dict["contact"] = contact

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.short_url_contact import ShortUrlContact  # noqa: PLC0415

        d = dict(src_dict)
        open_count: int | None | str | Unset = d.pop("open_count", UNSET)

        date_opened: int | None | str | Unset = d.pop("date_opened", UNSET)

        user_geo_country: float | None | str | Unset = d.pop("user_geo_country", UNSET)

        user_geo_region: float | None | str | Unset = d.pop("user_geo_region", UNSET)

        user_device: float | None | str | Unset = d.pop("user_device", UNSET)

        user_browser: float | None | str | Unset = d.pop("user_browser", UNSET)

        user_os: float | None | str | Unset = d.pop("user_os", UNSET)

        def _parse_contact(data: object) -> None | ShortUrlContact | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contact_type_0 = ShortUrlContact.from_dict(data)

                return contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ShortUrlContact | Unset, data)

        contact = _parse_contact(d.pop("contact", UNSET))

        _instance = cls(
            open_count,
            date_opened,
            user_geo_country,
            user_geo_region,
            user_device,
            user_browser,
            user_os,
            contact,
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
