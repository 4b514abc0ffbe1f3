from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDeliveryIssueBody")


@_attrs_define
class CreateDeliveryIssueBody:
    """
    Attributes:
        type_ (str): The type of message. Required. Must be one of: SMS, MMS, VOICE, EMAIL_MARKETING,
            EMAIL_TRANSACTIONAL, FAX, POST.
        description (str): The description of the delivery issue. Required field explaining what went wrong with the
            message delivery.
        email_address (str): The user's email address for contact regarding this delivery issue. Required field.
        message_id (str | Unset): The message ID of the message. Optional field to reference a specific message.
        client_comments (str | Unset): Optional comments from the user providing additional context about the delivery
            issue.
    """

    type_: str
    description: str
    email_address: str
    message_id: str | Unset = UNSET
    client_comments: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        description = self.description

        email_address = self.email_address

        message_id = self.message_id

        client_comments = self.client_comments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "description": description,
                "email_address": email_address,
            }
        )
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if client_comments is not UNSET:
            field_dict["client_comments"] = client_comments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        description = d.pop("description")

        email_address = d.pop("email_address")

        message_id = d.pop("message_id", UNSET)

        client_comments = d.pop("client_comments", UNSET)

        _instance = cls(
            type_,
            description,
            email_address,
            message_id,
            client_comments,
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
