from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.add_inbound_sms_webhook_body_webhook_type import (
    AddInboundSmsWebhookBodyWebhookType,
    check_add_inbound_sms_webhook_body_webhook_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddInboundSmsWebhookBody")


@_attrs_define
class AddInboundSmsWebhookBody:
    """
    Attributes:
        url (str): The webhook URL where inbound SMS messages will be forwarded. Must be a valid HTTP/HTTPS URL.
        webhook_type (AddInboundSmsWebhookBodyWebhookType | Unset): How ClickSend calls the webhook: `post` (default) a
            form POST, `get` the fields as query parameters, `json` a POST of a JSON body.
    """

    url: str
    webhook_type: AddInboundSmsWebhookBodyWebhookType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        webhook_type: str | Unset = UNSET
        if not isinstance(self.webhook_type, Unset):
            webhook_type = self.webhook_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if webhook_type is not UNSET:
            field_dict["webhook_type"] = webhook_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        _webhook_type = d.pop("webhook_type", UNSET)
        webhook_type: AddInboundSmsWebhookBodyWebhookType | Unset
        if isinstance(_webhook_type, Unset):
            webhook_type = UNSET
        else:
            webhook_type = check_add_inbound_sms_webhook_body_webhook_type(_webhook_type)

        _instance = cls(
            url,
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
