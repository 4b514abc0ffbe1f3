from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reseller_settings import ResellerSettings


T = TypeVar("T", bound="ResellerSettingsResponse")


@_attrs_define
class ResellerSettingsResponse:
    """data is the settings object, or (Apiary's example) a list holding it.

    Attributes:
        http_code (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        response_code (str | Unset): SUCCESS, or an error code such as INVALID_REQUEST.
        response_msg (str | Unset): What happened, in words.
        data (list[ResellerSettings] | None | ResellerSettings | Unset):
    """

    http_code: int | None | str | Unset = UNSET
    response_code: str | Unset = UNSET
    response_msg: str | Unset = UNSET
    data: list[ResellerSettings] | None | ResellerSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.reseller_settings import ResellerSettings  # noqa: PLC0415

        http_code: int | None | str | Unset
        if isinstance(self.http_code, Unset):
            http_code = UNSET
        else:
            http_code = self.http_code

        response_code = self.response_code

        response_msg = self.response_msg

        data: dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, ResellerSettings):
            data = self.data.to_dict()
        elif isinstance(self.data, list):
            data = []
            for data_type_1_item_data in self.data:
                data_type_1_item = data_type_1_item_data.to_dict()
                data.append(data_type_1_item)

        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if http_code is not UNSET:
            field_dict["http_code"] = http_code
        if response_code is not UNSET:
            field_dict["response_code"] = response_code
        if response_msg is not UNSET:
            field_dict["response_msg"] = response_msg
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reseller_settings import ResellerSettings  # noqa: PLC0415

        d = dict(src_dict)
        http_code: int | None | str | Unset = d.pop("http_code", UNSET)

        response_code = d.pop("response_code", UNSET)

        response_msg = d.pop("response_msg", UNSET)

        def _parse_data(data: object) -> list[ResellerSettings] | None | ResellerSettings | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = ResellerSettings.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_1 = []
                _data_type_1 = data
                for data_type_1_item_data in _data_type_1:
                    data_type_1_item = ResellerSettings.from_dict(data_type_1_item_data)

                    data_type_1.append(data_type_1_item)

                return data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ResellerSettings] | None | ResellerSettings | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        _instance = cls(
            http_code,
            response_code,
            response_msg,
            data,
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
