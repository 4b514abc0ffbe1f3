from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.direct_mail_area_input import DirectMailAreaInput


T = TypeVar("T", bound="CalculateDirectMailCampaignPriceBody")


@_attrs_define
class CalculateDirectMailCampaignPriceBody:
    """
    Attributes:
        name (str): Campaign name for identification and tracking purposes.
        size (str): Size of the direct mail piece. Common values include 'A5', 'A4', 'A6', 'DL', etc.
        areas (list[DirectMailAreaInput]): List of target areas with their respective quantities. Each area specifies a
            location_id and the number of mail pieces to send to that location.
        file_urls (list[str]): List of publicly accessible URLs pointing to PDF files for the direct mail content. Must
            be valid URLs to PDF files.
    """

    name: str
    size: str
    areas: list[DirectMailAreaInput]
    file_urls: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        size = self.size

        areas = []
        for areas_item_data in self.areas:
            areas_item = areas_item_data.to_dict()
            areas.append(areas_item)

        file_urls = self.file_urls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "size": size,
                "areas": areas,
                "file_urls": file_urls,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.direct_mail_area_input import DirectMailAreaInput  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        size = d.pop("size")

        areas = []
        _areas = d.pop("areas")
        for areas_item_data in _areas:
            areas_item = DirectMailAreaInput.from_dict(areas_item_data)

            areas.append(areas_item)

        file_urls = cast(list[str], d.pop("file_urls"))

        _instance = cls(
            name,
            size,
            areas,
            file_urls,
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
