from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliveryReceiptRule")


@_attrs_define
class DeliveryReceiptRule:
    """An automation rule run when a delivery receipt arrives (SMS, voice, fax or email).

    Attributes:
        receipt_rule_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an
            empty string when unset.
        rule_name (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        match_type (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        action (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        action_address (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        enabled (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a boolean or a string.
    """

    receipt_rule_id: int | None | str | Unset = UNSET
    rule_name: float | None | str | Unset = UNSET
    match_type: int | None | str | Unset = UNSET
    action: float | None | str | Unset = UNSET
    action_address: float | None | str | Unset = UNSET
    enabled: bool | int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        receipt_rule_id: int | None | str | Unset
        if isinstance(self.receipt_rule_id, Unset):
            receipt_rule_id = UNSET
        else:
            receipt_rule_id = self.receipt_rule_id

        rule_name: float | None | str | Unset
        if isinstance(self.rule_name, Unset):
            rule_name = UNSET
        else:
            rule_name = self.rule_name

        match_type: int | None | str | Unset
        if isinstance(self.match_type, Unset):
            match_type = UNSET
        else:
            match_type = self.match_type

        action: float | None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

        action_address: float | None | str | Unset
        if isinstance(self.action_address, Unset):
            action_address = UNSET
        else:
            action_address = self.action_address

        enabled: bool | int | None | str | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if receipt_rule_id is not UNSET:
            field_dict["receipt_rule_id"] = receipt_rule_id
        if rule_name is not UNSET:
            field_dict["rule_name"] = rule_name
        if match_type is not UNSET:
            field_dict["match_type"] = match_type
        if action is not UNSET:
            field_dict["action"] = action
        if action_address is not UNSET:
            field_dict["action_address"] = action_address
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        receipt_rule_id: int | None | str | Unset = d.pop("receipt_rule_id", UNSET)

        rule_name: float | None | str | Unset = d.pop("rule_name", UNSET)

        match_type: int | None | str | Unset = d.pop("match_type", UNSET)

        action: float | None | str | Unset = d.pop("action", UNSET)

        action_address: float | None | str | Unset = d.pop("action_address", UNSET)

        enabled: bool | int | None | str | Unset = d.pop("enabled", UNSET)

        _instance = cls(
            receipt_rule_id,
            rule_name,
            match_type,
            action,
            action_address,
            enabled,
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
