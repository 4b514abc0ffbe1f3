from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.master_email_template_thumbnail import MasterEmailTemplateThumbnail


T = TypeVar("T", bound="MasterEmailTemplate")


@_attrs_define
class MasterEmailTemplate:
    """A pre-designed master email template.

    Attributes:
        template_id_master (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or
            an empty string when unset.
        template_name (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        date_added (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        body (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        thumbnail (MasterEmailTemplateThumbnail | None | Unset): v6 and Apiary: {small, large} image URLs.
    """

    template_id_master: int | None | str | Unset = UNSET
    template_name: float | None | str | Unset = UNSET
    date_added: int | None | str | Unset = UNSET
    body: float | None | str | Unset = UNSET
    thumbnail: MasterEmailTemplateThumbnail | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.master_email_template_thumbnail import MasterEmailTemplateThumbnail  # noqa: PLC0415

        template_id_master: int | None | str | Unset
        if isinstance(self.template_id_master, Unset):
            template_id_master = UNSET
        else:
            template_id_master = self.template_id_master

        template_name: float | None | str | Unset
        if isinstance(self.template_name, Unset):
            template_name = UNSET
        else:
            template_name = self.template_name

        date_added: int | None | str | Unset
        if isinstance(self.date_added, Unset):
            date_added = UNSET
        else:
            date_added = self.date_added

        body: float | None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        thumbnail: dict[str, Any] | None | Unset
        if isinstance(self.thumbnail, Unset):
            thumbnail = UNSET
        elif isinstance(self.thumbnail, MasterEmailTemplateThumbnail):
            thumbnail = self.thumbnail.to_dict()
        else:
            thumbnail = self.thumbnail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if template_id_master is not UNSET:
            field_dict["template_id_master"] = template_id_master
        if template_name is not UNSET:
            field_dict["template_name"] = template_name
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if body is not UNSET:
            field_dict["body"] = body
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.master_email_template_thumbnail import MasterEmailTemplateThumbnail  # noqa: PLC0415

        d = dict(src_dict)
        template_id_master: int | None | str | Unset = d.pop("template_id_master", UNSET)

        template_name: float | None | str | Unset = d.pop("template_name", UNSET)

        date_added: int | None | str | Unset = d.pop("date_added", UNSET)

        body: float | None | str | Unset = d.pop("body", UNSET)

        def _parse_thumbnail(data: object) -> MasterEmailTemplateThumbnail | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                thumbnail_type_0 = MasterEmailTemplateThumbnail.from_dict(data)

                return thumbnail_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MasterEmailTemplateThumbnail | None | Unset, data)

        thumbnail = _parse_thumbnail(d.pop("thumbnail", UNSET))

        _instance = cls(
            template_id_master,
            template_name,
            date_added,
            body,
            thumbnail,
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
