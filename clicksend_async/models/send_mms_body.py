from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mms_message_input import MmsMessageInput


T = TypeVar("T", bound="SendMmsBody")


@_attrs_define
class SendMmsBody:
    """
    Attributes:
        messages (list[MmsMessageInput]): Array of MMS message objects to send. Required - at least one message, maximum
            1000 messages per API call.
        media_file (str): Publicly accessible URL to the media file/image to be sent with the MMS. Must be a valid URL.
            Maximum file size: 250 kB (some older devices limited to 30 kB). Required.
    """

    messages: list[MmsMessageInput]
    media_file: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        media_file = self.media_file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
                "media_file": media_file,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mms_message_input import MmsMessageInput  # noqa: PLC0415

        d = dict(src_dict)
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = MmsMessageInput.from_dict(messages_item_data)

            messages.append(messages_item)

        media_file = d.pop("media_file")

        _instance = cls(
            messages,
            media_file,
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
