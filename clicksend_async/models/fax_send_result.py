from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency
    from ..models.fax_message import FaxMessage


T = TypeVar("T", bound="FaxSendResult")


@_attrs_define
class FaxSendResult:
    """The outcome of a fax send or price call: one entry per recipient, with totals.

    Attributes:
        total_price (float | None | str | Unset): A decimal amount (price, balance). ClickSend usually sends it as a
            string such as "0.0770".
        total_count (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an
            empty string when unset.
        queued_count (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an
            empty string when unset.
        messages (list[FaxMessage] | None | Unset):
        field_currency (Currency | None | Unset):
    """

    total_price: float | None | str | Unset = UNSET
    total_count: int | None | str | Unset = UNSET
    queued_count: int | None | str | Unset = UNSET
    messages: list[FaxMessage] | None | Unset = UNSET
    field_currency: Currency | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.currency import Currency  # noqa: PLC0415

        total_price: float | None | str | Unset
        if isinstance(self.total_price, Unset):
            total_price = UNSET
        else:
            total_price = self.total_price

        total_count: int | None | str | Unset
        if isinstance(self.total_count, Unset):
            total_count = UNSET
        else:
            total_count = self.total_count

        queued_count: int | None | str | Unset
        if isinstance(self.queued_count, Unset):
            queued_count = UNSET
        else:
            queued_count = self.queued_count

        messages: list[dict[str, Any]] | None | Unset
        if isinstance(self.messages, Unset):
            messages = UNSET
        elif isinstance(self.messages, list):
            messages = []
            for messages_type_0_item_data in self.messages:
                messages_type_0_item = messages_type_0_item_data.to_dict()
                messages.append(messages_type_0_item)

        else:
            messages = self.messages

        field_currency: dict[str, Any] | None | Unset
        if isinstance(self.field_currency, Unset):
            field_currency = UNSET
        elif isinstance(self.field_currency, Currency):
            field_currency = self.field_currency.to_dict()
        else:
            field_currency = self.field_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_price is not UNSET:
            field_dict["total_price"] = total_price
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if queued_count is not UNSET:
            field_dict["queued_count"] = queued_count
        if messages is not UNSET:
            field_dict["messages"] = messages
        if field_currency is not UNSET:
            field_dict["_currency"] = field_currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.fax_message import FaxMessage  # noqa: PLC0415

        d = dict(src_dict)
        total_price: float | None | str | Unset = d.pop("total_price", UNSET)

        total_count: int | None | str | Unset = d.pop("total_count", UNSET)

        queued_count: int | None | str | Unset = d.pop("queued_count", UNSET)

        def _parse_messages(data: object) -> list[FaxMessage] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                messages_type_0 = []
                _messages_type_0 = data
                for messages_type_0_item_data in _messages_type_0:
                    messages_type_0_item = FaxMessage.from_dict(messages_type_0_item_data)

                    messages_type_0.append(messages_type_0_item)

                return messages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FaxMessage] | None | Unset, data)

        messages = _parse_messages(d.pop("messages", UNSET))

        def _parse_field_currency(data: object) -> Currency | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                field_currency_type_0 = Currency.from_dict(data)

                return field_currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Currency | None | Unset, data)

        field_currency = _parse_field_currency(d.pop("_currency", UNSET))

        _instance = cls(
            total_price,
            total_count,
            queued_count,
            messages,
            field_currency,
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
