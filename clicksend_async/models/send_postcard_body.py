from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.post_recipient_input import PostRecipientInput


T = TypeVar("T", bound="SendPostcardBody")


@_attrs_define
class SendPostcardBody:
    """
    Attributes:
        file_urls (list[str]): URLs of the PDF front and back of the postcard.
        recipients (list[PostRecipientInput]): Where to send it.
    """

    file_urls: list[str]
    recipients: list[PostRecipientInput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_urls = self.file_urls

        recipients = []
        for recipients_item_data in self.recipients:
            recipients_item = recipients_item_data.to_dict()
            recipients.append(recipients_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_urls": file_urls,
                "recipients": recipients,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_recipient_input import PostRecipientInput  # noqa: PLC0415

        d = dict(src_dict)
        file_urls = cast(list[str], d.pop("file_urls"))

        recipients = []
        _recipients = d.pop("recipients")
        for recipients_item_data in _recipients:
            recipients_item = PostRecipientInput.from_dict(recipients_item_data)

            recipients.append(recipients_item)

        _instance = cls(
            file_urls,
            recipients,
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
