from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.fax_message_input import FaxMessageInput


T = TypeVar("T", bound="SendFaxBody")


@_attrs_define
class SendFaxBody:
    """
    Attributes:
        file_url (str): URL of the PDF document to fax (e.g. from POST /uploads).
        messages (list[FaxMessageInput]): The recipients, each with its own options.
    """

    file_url: str
    messages: list[FaxMessageInput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_url = self.file_url

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_url": file_url,
                "messages": messages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fax_message_input import FaxMessageInput  # noqa: PLC0415

        d = dict(src_dict)
        file_url = d.pop("file_url")

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = FaxMessageInput.from_dict(messages_item_data)

            messages.append(messages_item)

        _instance = cls(
            file_url,
            messages,
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
