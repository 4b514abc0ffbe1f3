from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_fax_inbound_rule_body_action import (
    UpdateFaxInboundRuleBodyAction,
    check_update_fax_inbound_rule_body_action,
)
from ..models.update_fax_inbound_rule_body_enabled import (
    UpdateFaxInboundRuleBodyEnabled,
    check_update_fax_inbound_rule_body_enabled,
)

T = TypeVar("T", bound="UpdateFaxInboundRuleBody")


@_attrs_define
class UpdateFaxInboundRuleBody:
    """
    Attributes:
        action (UpdateFaxInboundRuleBodyAction): The action to perform when a fax is received. Allowed values:
            AUTO_REPLY, EMAIL_USER, EMAIL_FIXED, URL, SMS, POLL, GROUP_SMS, MOVE_CONTACT, CREATE_CONTACT,
            CREATE_CONTACT_PLUS_EMAIL, CREATE_CONTACT_PLUS_NAME_EMAIL, CREATE_CONTACT_PLUS_NAME, SMPP, NONE.
        enabled (UpdateFaxInboundRuleBodyEnabled): Controls activation status of the rule. 0 = disabled, 1 = enabled.
        rule_name (str): Name of the automation rule to identify it. Helps organize and manage multiple rules.
        action_address (str): The destination address for the action. For EMAIL_FIXED action, provide an email address.
            For URL action, provide a webhook URL.
        dedicated_number (str): The dedicated fax number to apply this rule to. Use '*' to apply the rule to all fax
            numbers.
    """

    action: UpdateFaxInboundRuleBodyAction
    enabled: UpdateFaxInboundRuleBodyEnabled
    rule_name: str
    action_address: str
    dedicated_number: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        enabled: int = self.enabled

        rule_name = self.rule_name

        action_address = self.action_address

        dedicated_number = self.dedicated_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "enabled": enabled,
                "rule_name": rule_name,
                "action_address": action_address,
                "dedicated_number": dedicated_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = check_update_fax_inbound_rule_body_action(d.pop("action"))

        enabled = check_update_fax_inbound_rule_body_enabled(d.pop("enabled"))

        rule_name = d.pop("rule_name")

        action_address = d.pop("action_address")

        dedicated_number = d.pop("dedicated_number")

        _instance = cls(
            action,
            enabled,
            rule_name,
            action_address,
            dedicated_number,
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
