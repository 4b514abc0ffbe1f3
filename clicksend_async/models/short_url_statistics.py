from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.label_count import LabelCount
    from ..models.short_url_link_counts import ShortUrlLinkCounts


T = TypeVar("T", bound="ShortUrlStatistics")


@_attrs_define
class ShortUrlStatistics:
    """Aggregated opens of the short links of one long URL of a message or campaign.

    Attributes:
        long_url_id (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        links (None | ShortUrlLinkCounts | Unset):
        device (list[LabelCount] | None | Unset):
        os (list[LabelCount] | None | Unset):
        browser (list[LabelCount] | None | Unset):
        country (list[LabelCount] | None | Unset):
        region (list[LabelCount] | None | Unset):
    """

    long_url_id: float | None | str | Unset = UNSET
    links: None | ShortUrlLinkCounts | Unset = UNSET
    device: list[LabelCount] | None | Unset = UNSET
    os: list[LabelCount] | None | Unset = UNSET
    browser: list[LabelCount] | None | Unset = UNSET
    country: list[LabelCount] | None | Unset = UNSET
    region: list[LabelCount] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.short_url_link_counts import ShortUrlLinkCounts  # noqa: PLC0415

        long_url_id: float | None | str | Unset
        if isinstance(self.long_url_id, Unset):
            long_url_id = UNSET
        else:
            long_url_id = self.long_url_id

        links: dict[str, Any] | None | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, ShortUrlLinkCounts):
            links = self.links.to_dict()
        else:
            links = self.links

        device: list[dict[str, Any]] | None | Unset
        if isinstance(self.device, Unset):
            device = UNSET
        elif isinstance(self.device, list):
            device = []
            for device_type_0_item_data in self.device:
                device_type_0_item = device_type_0_item_data.to_dict()
                device.append(device_type_0_item)

        else:
            device = self.device

        os: list[dict[str, Any]] | None | Unset
        if isinstance(self.os, Unset):
            os = UNSET
        elif isinstance(self.os, list):
            os = []
            for os_type_0_item_data in self.os:
                os_type_0_item = os_type_0_item_data.to_dict()
                os.append(os_type_0_item)

        else:
            os = self.os

        browser: list[dict[str, Any]] | None | Unset
        if isinstance(self.browser, Unset):
            browser = UNSET
        elif isinstance(self.browser, list):
            browser = []
            for browser_type_0_item_data in self.browser:
                browser_type_0_item = browser_type_0_item_data.to_dict()
                browser.append(browser_type_0_item)

        else:
            browser = self.browser

        country: list[dict[str, Any]] | None | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        elif isinstance(self.country, list):
            country = []
            for country_type_0_item_data in self.country:
                country_type_0_item = country_type_0_item_data.to_dict()
                country.append(country_type_0_item)

        else:
            country = self.country

        region: list[dict[str, Any]] | None | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        elif isinstance(self.region, list):
            region = []
            for region_type_0_item_data in self.region:
                region_type_0_item = region_type_0_item_data.to_dict()
                region.append(region_type_0_item)

        else:
            region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if long_url_id is not UNSET:
            field_dict["long_url_id"] = long_url_id
        if links is not UNSET:
            field_dict["links"] = links
        if device is not UNSET:
            field_dict["device"] = device
        if os is not UNSET:
            field_dict["os"] = os
        if browser is not UNSET:
            field_dict["browser"] = browser
        if country is not UNSET:
            field_dict["country"] = country
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.label_count import LabelCount  # noqa: PLC0415
        from ..models.short_url_link_counts import ShortUrlLinkCounts  # noqa: PLC0415

        d = dict(src_dict)
        long_url_id: float | None | str | Unset = d.pop("long_url_id", UNSET)

        def _parse_links(data: object) -> None | ShortUrlLinkCounts | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                links_type_0 = ShortUrlLinkCounts.from_dict(data)

                return links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ShortUrlLinkCounts | Unset, data)

        links = _parse_links(d.pop("links", UNSET))

        def _parse_device(data: object) -> list[LabelCount] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                device_type_0 = []
                _device_type_0 = data
                for device_type_0_item_data in _device_type_0:
                    device_type_0_item = LabelCount.from_dict(device_type_0_item_data)

                    device_type_0.append(device_type_0_item)

                return device_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LabelCount] | None | Unset, data)

        device = _parse_device(d.pop("device", UNSET))

        def _parse_os(data: object) -> list[LabelCount] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                os_type_0 = []
                _os_type_0 = data
                for os_type_0_item_data in _os_type_0:
                    os_type_0_item = LabelCount.from_dict(os_type_0_item_data)

                    os_type_0.append(os_type_0_item)

                return os_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LabelCount] | None | Unset, data)

        os = _parse_os(d.pop("os", UNSET))

        def _parse_browser(data: object) -> list[LabelCount] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                browser_type_0 = []
                _browser_type_0 = data
                for browser_type_0_item_data in _browser_type_0:
                    browser_type_0_item = LabelCount.from_dict(browser_type_0_item_data)

                    browser_type_0.append(browser_type_0_item)

                return browser_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LabelCount] | None | Unset, data)

        browser = _parse_browser(d.pop("browser", UNSET))

        def _parse_country(data: object) -> list[LabelCount] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                country_type_0 = []
                _country_type_0 = data
                for country_type_0_item_data in _country_type_0:
                    country_type_0_item = LabelCount.from_dict(country_type_0_item_data)

                    country_type_0.append(country_type_0_item)

                return country_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LabelCount] | None | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_region(data: object) -> list[LabelCount] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                region_type_0 = []
                _region_type_0 = data
                for region_type_0_item_data in _region_type_0:
                    region_type_0_item = LabelCount.from_dict(region_type_0_item_data)

                    region_type_0.append(region_type_0_item)

                return region_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LabelCount] | None | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        _instance = cls(
            long_url_id,
            links,
            device,
            os,
            browser,
            country,
            region,
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
