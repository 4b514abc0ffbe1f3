from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_sms_inbound_rule_body_action import (
    CreateSmsInboundRuleBodyAction,
    check_create_sms_inbound_rule_body_action,
)
from ..models.create_sms_inbound_rule_body_enabled import (
    CreateSmsInboundRuleBodyEnabled,
    check_create_sms_inbound_rule_body_enabled,
)
from ..models.create_sms_inbound_rule_body_message_search_type import (
    CreateSmsInboundRuleBodyMessageSearchType,
    check_create_sms_inbound_rule_body_message_search_type,
)
from ..models.create_sms_inbound_rule_body_webhook_type import (
    CreateSmsInboundRuleBodyWebhookType,
    check_create_sms_inbound_rule_body_webhook_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSmsInboundRuleBody")


@_attrs_define
class CreateSmsInboundRuleBody:
    """
    Attributes:
        action (CreateSmsInboundRuleBodyAction): Action to perform when rule matches. Valid values: AUTO_REPLY,
            EMAIL_USER, EMAIL_FIXED, URL, SMS, POLL, GROUP_SMS, MOVE_CONTACT, CREATE_CONTACT, CREATE_CONTACT_PLUS_EMAIL,
            CREATE_CONTACT_PLUS_NAME_EMAIL, CREATE_CONTACT_PLUS_NAME, SMPP, NONE.
        enabled (CreateSmsInboundRuleBodyEnabled): Controls activation status of the rule. 0 = disabled, 1 = enabled.
        rule_name (str): Name of the automation rule to identify it. Helps organize and manage multiple rules.
        action_address (str): Target destination for the specified action. For EMAIL_FIXED provide email address, for
            URL provide webhook URL, for contact lists provide list ID.
        dedicated_number (str): The dedicated phone number to apply this rule to. Use '*' to apply the rule to all
            numbers.
        message_search_term (str): Text pattern to match against incoming messages. Can be null for
            message_search_type=0 (any message).
        message_search_type (CreateSmsInboundRuleBodyMessageSearchType): Message matching logic. 0 = Any message, 1 =
            starts with, 2 = contains, 3 = does not contain.
        webhook_type (CreateSmsInboundRuleBodyWebhookType | Unset): Webhook format type. Valid values: 'post', 'get', or
            'json'. Defaults to 'post' if not specified.
    """

    action: CreateSmsInboundRuleBodyAction
    enabled: CreateSmsInboundRuleBodyEnabled
    rule_name: str
    action_address: str
    dedicated_number: str
    message_search_term: str
    message_search_type: CreateSmsInboundRuleBodyMessageSearchType
    webhook_type: CreateSmsInboundRuleBodyWebhookType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        enabled: int = self.enabled

        rule_name = self.rule_name

        action_address = self.action_address

        dedicated_number = self.dedicated_number

        message_search_term = self.message_search_term

        message_search_type: int = self.message_search_type

        webhook_type: str | Unset = UNSET
        if not isinstance(self.webhook_type, Unset):
            webhook_type = self.webhook_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "enabled": enabled,
                "rule_name": rule_name,
                "action_address": action_address,
                "dedicated_number": dedicated_number,
                "message_search_term": message_search_term,
                "message_search_type": message_search_type,
            }
        )
        if webhook_type is not UNSET:
            field_dict["webhook_type"] = webhook_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = check_create_sms_inbound_rule_body_action(d.pop("action"))

        enabled = check_create_sms_inbound_rule_body_enabled(d.pop("enabled"))

        rule_name = d.pop("rule_name")

        action_address = d.pop("action_address")

        dedicated_number = d.pop("dedicated_number")

        message_search_term = d.pop("message_search_term")

        message_search_type = check_create_sms_inbound_rule_body_message_search_type(d.pop("message_search_type"))

        _webhook_type = d.pop("webhook_type", UNSET)
        webhook_type: CreateSmsInboundRuleBodyWebhookType | Unset
        if isinstance(_webhook_type, Unset):
            webhook_type = UNSET
        else:
            webhook_type = check_create_sms_inbound_rule_body_webhook_type(_webhook_type)

        _instance = cls(
            action,
            enabled,
            rule_name,
            action_address,
            dedicated_number,
            message_search_term,
            message_search_type,
            webhook_type,
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
