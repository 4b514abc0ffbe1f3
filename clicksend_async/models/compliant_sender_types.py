from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allowed_sender_type import AllowedSenderType


T = TypeVar("T", bound="CompliantSenderTypes")


@_attrs_define
class CompliantSenderTypes:
    """The sender types allowed and blocked for recipients in one country.

    Attributes:
        recipient_country_code (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone
            numbers, ids) as numbers.
        blocked_sender_types (list[float | None | str] | None | Unset):
        allowed_sender_types (list[AllowedSenderType] | None | Unset):
    """

    recipient_country_code: float | None | str | Unset = UNSET
    blocked_sender_types: list[float | None | str] | None | Unset = UNSET
    allowed_sender_types: list[AllowedSenderType] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipient_country_code: float | None | str | Unset
        if isinstance(self.recipient_country_code, Unset):
            recipient_country_code = UNSET
        else:
            recipient_country_code = self.recipient_country_code

        blocked_sender_types: list[float | None | str] | None | Unset
        if isinstance(self.blocked_sender_types, Unset):
            blocked_sender_types = UNSET
        elif isinstance(self.blocked_sender_types, list):
            blocked_sender_types = []
            for blocked_sender_types_type_0_item_data in self.blocked_sender_types:
                blocked_sender_types_type_0_item: float | None | str
                blocked_sender_types_type_0_item = blocked_sender_types_type_0_item_data
                blocked_sender_types.append(blocked_sender_types_type_0_item)

        else:
            blocked_sender_types = self.blocked_sender_types

        allowed_sender_types: list[dict[str, Any]] | None | Unset
        if isinstance(self.allowed_sender_types, Unset):
            allowed_sender_types = UNSET
        elif isinstance(self.allowed_sender_types, list):
            allowed_sender_types = []
            for allowed_sender_types_type_0_item_data in self.allowed_sender_types:
                allowed_sender_types_type_0_item = allowed_sender_types_type_0_item_data.to_dict()
                allowed_sender_types.append(allowed_sender_types_type_0_item)

        else:
            allowed_sender_types = self.allowed_sender_types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if recipient_country_code is not UNSET:
            field_dict["recipient_country_code"] = recipient_country_code
        if blocked_sender_types is not UNSET:
            field_dict["blocked_sender_types"] = blocked_sender_types
        if allowed_sender_types is not UNSET:
            field_dict["allowed_sender_types"] = allowed_sender_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.allowed_sender_type import AllowedSenderType  # noqa: PLC0415

        d = dict(src_dict)
        recipient_country_code: float | None | str | Unset = d.pop("recipient_country_code", UNSET)

        def _parse_blocked_sender_types(data: object) -> list[float | None | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                blocked_sender_types_type_0 = []
                _blocked_sender_types_type_0 = data
                for blocked_sender_types_type_0_item_data in _blocked_sender_types_type_0:
                    blocked_sender_types_type_0_item: float | None | str = blocked_sender_types_type_0_item_data

                    blocked_sender_types_type_0.append(blocked_sender_types_type_0_item)

                return blocked_sender_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[float | None | str] | None | Unset, data)

        blocked_sender_types = _parse_blocked_sender_types(d.pop("blocked_sender_types", UNSET))

        def _parse_allowed_sender_types(data: object) -> list[AllowedSenderType] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_sender_types_type_0 = []
                _allowed_sender_types_type_0 = data
                for allowed_sender_types_type_0_item_data in _allowed_sender_types_type_0:
                    allowed_sender_types_type_0_item = AllowedSenderType.from_dict(
                        allowed_sender_types_type_0_item_data
                    )

                    allowed_sender_types_type_0.append(allowed_sender_types_type_0_item)

                return allowed_sender_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AllowedSenderType] | None | Unset, data)

        allowed_sender_types = _parse_allowed_sender_types(d.pop("allowed_sender_types", UNSET))

        _instance = cls(
            recipient_country_code,
            blocked_sender_types,
            allowed_sender_types,
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
