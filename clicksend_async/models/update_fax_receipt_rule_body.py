from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_fax_receipt_rule_body_action import (
    UpdateFaxReceiptRuleBodyAction,
    check_update_fax_receipt_rule_body_action,
)
from ..models.update_fax_receipt_rule_body_enabled import (
    UpdateFaxReceiptRuleBodyEnabled,
    check_update_fax_receipt_rule_body_enabled,
)

T = TypeVar("T", bound="UpdateFaxReceiptRuleBody")


@_attrs_define
class UpdateFaxReceiptRuleBody:
    """
    Attributes:
        action (UpdateFaxReceiptRuleBodyAction): Determines the response type when rule matches. Supported options:
            AUTO_REPLY, EMAIL_USER, EMAIL_FIXED, URL, SMS, POLL, GROUP_SMS, MOVE_CONTACT, CREATE_CONTACT,
            CREATE_CONTACT_PLUS_EMAIL, CREATE_CONTACT_PLUS_NAME_EMAIL, CREATE_CONTACT_PLUS_NAME, SMPP, NONE.
        enabled (UpdateFaxReceiptRuleBodyEnabled): Controls activation status of the rule. 0 = disabled, 1 = enabled.
        rule_name (str): Name to identify the automation rule. Helps organize and manage multiple rules.
        match_type (int): Specifies match criteria for the delivery receipt. 0 = match all reports.
        action_address (str): Designates the target destination or endpoint for the triggered action (e.g., URL endpoint
            or email address).
    """

    action: UpdateFaxReceiptRuleBodyAction
    enabled: UpdateFaxReceiptRuleBodyEnabled
    rule_name: str
    match_type: int
    action_address: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        enabled: int = self.enabled

        rule_name = self.rule_name

        match_type = self.match_type

        action_address = self.action_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "enabled": enabled,
                "rule_name": rule_name,
                "match_type": match_type,
                "action_address": action_address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = check_update_fax_receipt_rule_body_action(d.pop("action"))

        enabled = check_update_fax_receipt_rule_body_enabled(d.pop("enabled"))

        rule_name = d.pop("rule_name")

        match_type = d.pop("match_type")

        action_address = d.pop("action_address")

        _instance = cls(
            action,
            enabled,
            rule_name,
            match_type,
            action_address,
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
