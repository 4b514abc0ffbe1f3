from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_fax_receipt_rule_body_action import (
    CreateFaxReceiptRuleBodyAction,
    check_create_fax_receipt_rule_body_action,
)
from ..models.create_fax_receipt_rule_body_enabled import (
    CreateFaxReceiptRuleBodyEnabled,
    check_create_fax_receipt_rule_body_enabled,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateFaxReceiptRuleBody")


@_attrs_define
class CreateFaxReceiptRuleBody:
    """
    Attributes:
        action (CreateFaxReceiptRuleBodyAction): Determines the response type when rule matches. Valid values:
            AUTO_REPLY, EMAIL_USER, EMAIL_FIXED, URL, SMS, POLL, GROUP_SMS, MOVE_CONTACT, CREATE_CONTACT,
            CREATE_CONTACT_PLUS_EMAIL, CREATE_CONTACT_PLUS_NAME_EMAIL, CREATE_CONTACT_PLUS_NAME, SMPP, or NONE.
        rule_name (str): Name to identify the automation rule. Helps organize and manage multiple rules.
        action_address (str): Specifies where the action should be directed (e.g., email address for EMAIL_FIXED action,
            URL endpoint for URL action).
        enabled (CreateFaxReceiptRuleBodyEnabled | Unset): Controls activation status of the rule. 0 = disabled, 1 =
            enabled (default: 1).
        match_type (int | Unset): Specifies match criteria for the delivery receipt. 0 = match all reports (default: 0).
    """

    action: CreateFaxReceiptRuleBodyAction
    rule_name: str
    action_address: str
    enabled: CreateFaxReceiptRuleBodyEnabled | Unset = UNSET
    match_type: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        rule_name = self.rule_name

        action_address = self.action_address

        enabled: int | Unset = UNSET
        if not isinstance(self.enabled, Unset):
            enabled = self.enabled

        match_type = self.match_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "rule_name": rule_name,
                "action_address": action_address,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if match_type is not UNSET:
            field_dict["match_type"] = match_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = check_create_fax_receipt_rule_body_action(d.pop("action"))

        rule_name = d.pop("rule_name")

        action_address = d.pop("action_address")

        _enabled = d.pop("enabled", UNSET)
        enabled: CreateFaxReceiptRuleBodyEnabled | Unset
        if isinstance(_enabled, Unset):
            enabled = UNSET
        else:
            enabled = check_create_fax_receipt_rule_body_enabled(_enabled)

        match_type = d.pop("match_type", UNSET)

        _instance = cls(
            action=action,
            rule_name=rule_name,
            action_address=action_address,
            enabled=enabled,
            match_type=match_type,
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
