from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency


T = TypeVar("T", bound="PurchasedNumber")


@_attrs_define
class PurchasedNumber:
    """A dedicated number just bought.

    Attributes:
        dedicated_number (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone
            numbers, ids) as numbers.
        country (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        price_total (float | None | str | Unset): A decimal amount (price, balance). ClickSend usually sends it as a
            string such as "0.0770".
        field_price_setup (float | None | str | Unset): A decimal amount (price, balance). ClickSend usually sends it as
            a string such as "0.0770".
        field_price_monthly (float | None | str | Unset): A decimal amount (price, balance). ClickSend usually sends it
            as a string such as "0.0770".
        field_currency (Currency | None | Unset):
    """

    dedicated_number: float | None | str | Unset = UNSET
    country: float | None | str | Unset = UNSET
    price_total: float | None | str | Unset = UNSET
    field_price_setup: float | None | str | Unset = UNSET
    field_price_monthly: float | None | str | Unset = UNSET
    field_currency: Currency | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.currency import Currency  # noqa: PLC0415

        dedicated_number: float | None | str | Unset
        if isinstance(self.dedicated_number, Unset):
            dedicated_number = UNSET
        else:
            dedicated_number = self.dedicated_number

        country: float | None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        price_total: float | None | str | Unset
        if isinstance(self.price_total, Unset):
            price_total = UNSET
        else:
            price_total = self.price_total

        field_price_setup: float | None | str | Unset
        if isinstance(self.field_price_setup, Unset):
            field_price_setup = UNSET
        else:
            field_price_setup = self.field_price_setup

        field_price_monthly: float | None | str | Unset
        if isinstance(self.field_price_monthly, Unset):
            field_price_monthly = UNSET
        else:
            field_price_monthly = self.field_price_monthly

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
        if dedicated_number is not UNSET:
            field_dict["dedicated_number"] = dedicated_number
        if country is not UNSET:
            field_dict["country"] = country
        if price_total is not UNSET:
            field_dict["price_total"] = price_total
        if field_price_setup is not UNSET:
            field_dict["_price_setup"] = field_price_setup
        if field_price_monthly is not UNSET:
            field_dict["_price_monthly"] = field_price_monthly
        if field_currency is not UNSET:
            field_dict["_currency"] = field_currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency import Currency  # noqa: PLC0415

        d = dict(src_dict)
        dedicated_number: float | None | str | Unset = d.pop("dedicated_number", UNSET)

        country: float | None | str | Unset = d.pop("country", UNSET)

        price_total: float | None | str | Unset = d.pop("price_total", UNSET)

        field_price_setup: float | None | str | Unset = d.pop("_price_setup", UNSET)

        field_price_monthly: float | None | str | Unset = d.pop("_price_monthly", UNSET)

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
            dedicated_number,
            country,
            price_total,
            field_price_setup,
            field_price_monthly,
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
