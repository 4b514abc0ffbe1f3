from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delivery_receipt import DeliveryReceipt


T = TypeVar("T", bound="DeliveryReceiptPage")


@_attrs_define
class DeliveryReceiptPage:
    """
    Attributes:
        total (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        per_page (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        current_page (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an
            empty string when unset.
        last_page (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        next_page_url (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        prev_page_url (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        from_ (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        to (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty string
            when unset.
        data (list[DeliveryReceipt] | None | Unset):
    """

    total: int | None | str | Unset = UNSET
    per_page: int | None | str | Unset = UNSET
    current_page: int | None | str | Unset = UNSET
    last_page: int | None | str | Unset = UNSET
    next_page_url: float | None | str | Unset = UNSET
    prev_page_url: float | None | str | Unset = UNSET
    from_: int | None | str | Unset = UNSET
    to: int | None | str | Unset = UNSET
    data: list[DeliveryReceipt] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total: int | None | str | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        per_page: int | None | str | Unset
        if isinstance(self.per_page, Unset):
            per_page = UNSET
        else:
            per_page = self.per_page

        current_page: int | None | str | Unset
        if isinstance(self.current_page, Unset):
            current_page = UNSET
        else:
            current_page = self.current_page

        last_page: int | None | str | Unset
        if isinstance(self.last_page, Unset):
            last_page = UNSET
        else:
            last_page = self.last_page

        next_page_url: float | None | str | Unset
        if isinstance(self.next_page_url, Unset):
            next_page_url = UNSET
        else:
            next_page_url = self.next_page_url

        prev_page_url: float | None | str | Unset
        if isinstance(self.prev_page_url, Unset):
            prev_page_url = UNSET
        else:
            prev_page_url = self.prev_page_url

        from_: int | None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        to: int | None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        if current_page is not UNSET:
            field_dict["current_page"] = current_page
        if last_page is not UNSET:
            field_dict["last_page"] = last_page
        if next_page_url is not UNSET:
            field_dict["next_page_url"] = next_page_url
        if prev_page_url is not UNSET:
            field_dict["prev_page_url"] = prev_page_url
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delivery_receipt import DeliveryReceipt  # noqa: PLC0415

        d = dict(src_dict)
        total: int | None | str | Unset = d.pop("total", UNSET)

        per_page: int | None | str | Unset = d.pop("per_page", UNSET)

        current_page: int | None | str | Unset = d.pop("current_page", UNSET)

        last_page: int | None | str | Unset = d.pop("last_page", UNSET)

        next_page_url: float | None | str | Unset = d.pop("next_page_url", UNSET)

        prev_page_url: float | None | str | Unset = d.pop("prev_page_url", UNSET)

        from_: int | None | str | Unset = d.pop("from", UNSET)

        to: int | None | str | Unset = d.pop("to", UNSET)

        def _parse_data(data: object) -> list[DeliveryReceipt] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = DeliveryReceipt.from_dict(data_type_0_item_data)

                    data_type_0.append(data_type_0_item)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DeliveryReceipt] | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        _instance = cls(
            total,
            per_page,
            current_page,
            last_page,
            next_page_url,
            prev_page_url,
            from_,
            to,
            data,
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
