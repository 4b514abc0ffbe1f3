from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alpha_tag import AlphaTag
    from ..models.list_metadata import ListMetadata


T = TypeVar("T", bound="AlphaTagList")


@_attrs_define
class AlphaTagList:
    """A page of alpha tags.

    Attributes:
        alpha_tags (list[AlphaTag] | None | Unset):
        field_metadata (ListMetadata | None | Unset):
    """

    alpha_tags: list[AlphaTag] | None | Unset = UNSET
    field_metadata: ListMetadata | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415

        alpha_tags: list[dict[str, Any]] | None | Unset
        if isinstance(self.alpha_tags, Unset):
            alpha_tags = UNSET
        elif isinstance(self.alpha_tags, list):
            alpha_tags = []
            for alpha_tags_type_0_item_data in self.alpha_tags:
                alpha_tags_type_0_item = alpha_tags_type_0_item_data.to_dict()
                alpha_tags.append(alpha_tags_type_0_item)

        else:
            alpha_tags = self.alpha_tags

        field_metadata: dict[str, Any] | None | Unset
        if isinstance(self.field_metadata, Unset):
            field_metadata = UNSET
        elif isinstance(self.field_metadata, ListMetadata):
            field_metadata = self.field_metadata.to_dict()
        else:
            field_metadata = self.field_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alpha_tags is not UNSET:
            field_dict["alpha_tags"] = alpha_tags
        if field_metadata is not UNSET:
            field_dict["_metadata"] = field_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alpha_tag import AlphaTag  # noqa: PLC0415
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_alpha_tags(data: object) -> list[AlphaTag] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                alpha_tags_type_0 = []
                _alpha_tags_type_0 = data
                for alpha_tags_type_0_item_data in _alpha_tags_type_0:
                    alpha_tags_type_0_item = AlphaTag.from_dict(alpha_tags_type_0_item_data)

                    alpha_tags_type_0.append(alpha_tags_type_0_item)

                return alpha_tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlphaTag] | None | Unset, data)

        alpha_tags = _parse_alpha_tags(d.pop("alpha_tags", UNSET))

        def _parse_field_metadata(data: object) -> ListMetadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                field_metadata_type_0 = ListMetadata.from_dict(data)

                return field_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListMetadata | None | Unset, data)

        field_metadata = _parse_field_metadata(d.pop("_metadata", UNSET))

        _instance = cls(
            alpha_tags,
            field_metadata,
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
