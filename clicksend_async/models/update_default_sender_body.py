from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.default_sender_strategy_input import DefaultSenderStrategyInput


T = TypeVar("T", bound="UpdateDefaultSenderBody")


@_attrs_define
class UpdateDefaultSenderBody:
    """
    Attributes:
        default_sender_strategies (list[DefaultSenderStrategyInput]): The sender to use (exactly one for now).
    """

    default_sender_strategies: list[DefaultSenderStrategyInput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_sender_strategies = []
        for default_sender_strategies_item_data in self.default_sender_strategies:
            default_sender_strategies_item = default_sender_strategies_item_data.to_dict()
            default_sender_strategies.append(default_sender_strategies_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "default_sender_strategies": default_sender_strategies,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.default_sender_strategy_input import DefaultSenderStrategyInput  # noqa: PLC0415

        d = dict(src_dict)
        default_sender_strategies = []
        _default_sender_strategies = d.pop("default_sender_strategies")
        for default_sender_strategies_item_data in _default_sender_strategies:
            default_sender_strategies_item = DefaultSenderStrategyInput.from_dict(default_sender_strategies_item_data)

            default_sender_strategies.append(default_sender_strategies_item)

        _instance = cls(
            default_sender_strategies,
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
