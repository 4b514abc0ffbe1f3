from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.default_sender import DefaultSender


T = TypeVar("T", bound="DefaultSenderList")


@_attrs_define
class DefaultSenderList:
    """A page of default senders.

    Attributes:
        data (list[DefaultSender] | None | Unset):
        per_page (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        self_page_url (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        next_page_url (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
    """

    data: list[DefaultSender] | None | Unset = UNSET
    per_page: int | None | str | Unset = UNSET
    self_page_url: float | None | str | Unset = UNSET
    next_page_url: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

        per_page: int | None | str | Unset
        if isinstance(self.per_page, Unset):
            per_page = UNSET
        else:
            per_page = self.per_page

        self_page_url: float | None | str | Unset
        if isinstance(self.self_page_url, Unset):
            self_page_url = UNSET
        else:
            self_page_url = self.self_page_url

        next_page_url: float | None | str | Unset
        if isinstance(self.next_page_url, Unset):
            next_page_url = UNSET
        else:
            next_page_url = self.next_page_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        if self_page_url is not UNSET:
            field_dict["self_page_url"] = self_page_url
        if next_page_url is not UNSET:
            field_dict["next_page_url"] = next_page_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.default_sender import DefaultSender  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_data(data: object) -> list[DefaultSender] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = DefaultSender.from_dict(data_type_0_item_data)

                    data_type_0.append(data_type_0_item)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DefaultSender] | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        per_page: int | None | str | Unset = d.pop("per_page", UNSET)

        self_page_url: float | None | str | Unset = d.pop("self_page_url", UNSET)

        next_page_url: float | None | str | Unset = d.pop("next_page_url", UNSET)

        _instance = cls(
            data,
            per_page,
            self_page_url,
            next_page_url,
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
