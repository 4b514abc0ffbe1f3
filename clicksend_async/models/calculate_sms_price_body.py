from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_message_input import SmsMessageInput
    from ..models.sms_sender import SmsSender


T = TypeVar("T", bound="CalculateSmsPriceBody")


@_attrs_define
class CalculateSmsPriceBody:
    """
    Attributes:
        messages (list[SmsMessageInput]): Array of SMS message objects to calculate price for. Required - at least one
            message.
        shorten_urls (bool | Unset): Shorten one URL in each message of the request (default false); the link's
            statistics are then under /short-url/statistics.
        senders (list[SmsSender] | Unset): Sender per recipient country, overriding the default senders for those
            countries; a message's own `from` still wins.
    """

    messages: list[SmsMessageInput]
    shorten_urls: bool | Unset = UNSET
    senders: list[SmsSender] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        shorten_urls = self.shorten_urls

        senders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.senders, Unset):
            senders = []
            for senders_item_data in self.senders:
                senders_item = senders_item_data.to_dict()
                senders.append(senders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
            }
        )
        if shorten_urls is not UNSET:
            field_dict["shorten_urls"] = shorten_urls
        if senders is not UNSET:
            field_dict["senders"] = senders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sms_message_input import SmsMessageInput  # noqa: PLC0415
        from ..models.sms_sender import SmsSender  # noqa: PLC0415

        d = dict(src_dict)
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = SmsMessageInput.from_dict(messages_item_data)

            messages.append(messages_item)

        shorten_urls = d.pop("shorten_urls", UNSET)

        _senders = d.pop("senders", UNSET)
        senders: list[SmsSender] | Unset = UNSET
        if _senders is not UNSET:
            senders = []
            for senders_item_data in _senders:
                senders_item = SmsSender.from_dict(senders_item_data)

                senders.append(senders_item)

        _instance = cls(
            messages,
            shorten_urls,
            senders,
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
