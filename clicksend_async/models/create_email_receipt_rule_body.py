from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_email_receipt_rule_body_action import (
    CreateEmailReceiptRuleBodyAction,
    check_create_email_receipt_rule_body_action,
)
from ..models.create_email_receipt_rule_body_enabled import (
    CreateEmailReceiptRuleBodyEnabled,
    check_create_email_receipt_rule_body_enabled,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateEmailReceiptRuleBody")


@_attrs_define
class CreateEmailReceiptRuleBody:
    """
    Attributes:
        action (CreateEmailReceiptRuleBodyAction | Unset): Determines the response type when rule matches. Valid values:
            AUTO_REPLY, EMAIL_USER, EMAIL_FIXED, URL, SMS, POLL, GROUP_SMS, MOVE_CONTACT, CREATE_CONTACT, SMPP, or NONE.
        enabled (CreateEmailReceiptRuleBodyEnabled | Unset): Controls activation status of the rule. 0 = disabled, 1 =
            enabled (default: 1).
        rule_name (str | Unset): Name to identify the automation rule. Helps organize and manage multiple rules.
        match_type (int | Unset): Specifies match criteria for the delivery receipt. 0 = match all reports (default: 0).
        action_address (str | Unset): Specifies where the action should be directed (e.g., email address for EMAIL_FIXED
            action, URL endpoint for URL action).
    """

    action: CreateEmailReceiptRuleBodyAction | Unset = UNSET
    enabled: CreateEmailReceiptRuleBodyEnabled | Unset = UNSET
    rule_name: str | Unset = UNSET
    match_type: int | Unset = UNSET
    action_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action

        enabled: int | Unset = UNSET
        if not isinstance(self.enabled, Unset):
            enabled = self.enabled

        rule_name = self.rule_name

        match_type = self.match_type

        action_address = self.action_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if rule_name is not UNSET:
            field_dict["rule_name"] = rule_name
        if match_type is not UNSET:
            field_dict["match_type"] = match_type
        if action_address is not UNSET:
            field_dict["action_address"] = action_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _action = d.pop("action", UNSET)
        action: CreateEmailReceiptRuleBodyAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = check_create_email_receipt_rule_body_action(_action)

        _enabled = d.pop("enabled", UNSET)
        enabled: CreateEmailReceiptRuleBodyEnabled | Unset
        if isinstance(_enabled, Unset):
            enabled = UNSET
        else:
            enabled = check_create_email_receipt_rule_body_enabled(_enabled)

        rule_name = d.pop("rule_name", UNSET)

        match_type = d.pop("match_type", UNSET)

        action_address = d.pop("action_address", UNSET)

        _instance = cls(
            action=action,
            enabled=enabled,
            rule_name=rule_name,
            match_type=match_type,
            action_address=action_address,
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
