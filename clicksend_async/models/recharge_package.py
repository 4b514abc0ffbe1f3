from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RechargePackage")


@_attrs_define
class RechargePackage:
    """A credit package and what it buys.

    Attributes:
        package_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        package_price (float | None | str | Unset): A decimal amount (price, balance). ClickSend usually sends it as a
            string such as "0.0770".
        sms_price (float | None | str | Unset): A decimal amount (price, balance). ClickSend usually sends it as a
            string such as "0.0770".
        sms_quantity (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an
            empty string when unset.
        voice_mobile_price (float | None | str | Unset): A decimal amount (price, balance). ClickSend usually sends it
            as a string such as "0.0770".
        voice_mobile_quantity (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string,
            or an empty string when unset.
        mms_price (float | None | str | Unset): A decimal amount (price, balance). ClickSend usually sends it as a
            string such as "0.0770".
        mms_quantity (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an
            empty string when unset.
        fax_price (float | None | str | Unset): A decimal amount (price, balance). ClickSend usually sends it as a
            string such as "0.0770".
        fax_quantity (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an
            empty string when unset.
        email_price (float | None | str | Unset): A decimal amount (price, balance). ClickSend usually sends it as a
            string such as "0.0770".
        email_quantity (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an
            empty string when unset.
        post_letter_black_price (float | None | str | Unset): A decimal amount (price, balance). ClickSend usually sends
            it as a string such as "0.0770".
        post_letter_colour_price (float | None | str | Unset): A decimal amount (price, balance). ClickSend usually
            sends it as a string such as "0.0770".
    """

    package_id: int | None | str | Unset = UNSET
    package_price: float | None | str | Unset = UNSET
    sms_price: float | None | str | Unset = UNSET
    sms_quantity: int | None | str | Unset = UNSET
    voice_mobile_price: float | None | str | Unset = UNSET
    voice_mobile_quantity: int | None | str | Unset = UNSET
    mms_price: float | None | str | Unset = UNSET
    mms_quantity: int | None | str | Unset = UNSET
    fax_price: float | None | str | Unset = UNSET
    fax_quantity: int | None | str | Unset = UNSET
    email_price: float | None | str | Unset = UNSET
    email_quantity: int | None | str | Unset = UNSET
    post_letter_black_price: float | None | str | Unset = UNSET
    post_letter_colour_price: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        package_id: int | None | str | Unset
        if isinstance(self.package_id, Unset):
            package_id = UNSET
        else:
            package_id = self.package_id

        package_price: float | None | str | Unset
        if isinstance(self.package_price, Unset):
            package_price = UNSET
        else:
            package_price = self.package_price

        sms_price: float | None | str | Unset
        if isinstance(self.sms_price, Unset):
            sms_price = UNSET
        else:
            sms_price = self.sms_price

        sms_quantity: int | None | str | Unset
        if isinstance(self.sms_quantity, Unset):
            sms_quantity = UNSET
        else:
            sms_quantity = self.sms_quantity

        voice_mobile_price: float | None | str | Unset
        if isinstance(self.voice_mobile_price, Unset):
            voice_mobile_price = UNSET
        else:
            voice_mobile_price = self.voice_mobile_price

        voice_mobile_quantity: int | None | str | Unset
        if isinstance(self.voice_mobile_quantity, Unset):
            voice_mobile_quantity = UNSET
        else:
            voice_mobile_quantity = self.voice_mobile_quantity

        mms_price: float | None | str | Unset
        if isinstance(self.mms_price, Unset):
            mms_price = UNSET
        else:
            mms_price = self.mms_price

        mms_quantity: int | None | str | Unset
        if isinstance(self.mms_quantity, Unset):
            mms_quantity = UNSET
        else:
            mms_quantity = self.mms_quantity

        fax_price: float | None | str | Unset
        if isinstance(self.fax_price, Unset):
            fax_price = UNSET
        else:
            fax_price = self.fax_price

        fax_quantity: int | None | str | Unset
        if isinstance(self.fax_quantity, Unset):
            fax_quantity = UNSET
        else:
            fax_quantity = self.fax_quantity

        email_price: float | None | str | Unset
        if isinstance(self.email_price, Unset):
            email_price = UNSET
        else:
            email_price = self.email_price

        email_quantity: int | None | str | Unset
        if isinstance(self.email_quantity, Unset):
            email_quantity = UNSET
        else:
            email_quantity = self.email_quantity

        post_letter_black_price: float | None | str | Unset
        if isinstance(self.post_letter_black_price, Unset):
            post_letter_black_price = UNSET
        else:
            post_letter_black_price = self.post_letter_black_price

        post_letter_colour_price: float | None | str | Unset
        if isinstance(self.post_letter_colour_price, Unset):
            post_letter_colour_price = UNSET
        else:
            post_letter_colour_price = self.post_letter_colour_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if package_id is not UNSET:
            field_dict["package_id"] = package_id
        if package_price is not UNSET:
            field_dict["package_price"] = package_price
        if sms_price is not UNSET:
            field_dict["sms_price"] = sms_price
        if sms_quantity is not UNSET:
            field_dict["sms_quantity"] = sms_quantity
        if voice_mobile_price is not UNSET:
            field_dict["voice_mobile_price"] = voice_mobile_price
        if voice_mobile_quantity is not UNSET:
            field_dict["voice_mobile_quantity"] = voice_mobile_quantity
        if mms_price is not UNSET:
            field_dict["mms_price"] = mms_price
        if mms_quantity is not UNSET:
            field_dict["mms_quantity"] = mms_quantity
        if fax_price is not UNSET:
            field_dict["fax_price"] = fax_price
        if fax_quantity is not UNSET:
            field_dict["fax_quantity"] = fax_quantity
        if email_price is not UNSET:
            field_dict["email_price"] = email_price
        if email_quantity is not UNSET:
            field_dict["email_quantity"] = email_quantity
        if post_letter_black_price is not UNSET:
            field_dict["post_letter_black_price"] = post_letter_black_price
        if post_letter_colour_price is not UNSET:
            field_dict["post_letter_colour_price"] = post_letter_colour_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        package_id: int | None | str | Unset = d.pop("package_id", UNSET)

        package_price: float | None | str | Unset = d.pop("package_price", UNSET)

        sms_price: float | None | str | Unset = d.pop("sms_price", UNSET)

        sms_quantity: int | None | str | Unset = d.pop("sms_quantity", UNSET)

        voice_mobile_price: float | None | str | Unset = d.pop("voice_mobile_price", UNSET)

        voice_mobile_quantity: int | None | str | Unset = d.pop("voice_mobile_quantity", UNSET)

        mms_price: float | None | str | Unset = d.pop("mms_price", UNSET)

        mms_quantity: int | None | str | Unset = d.pop("mms_quantity", UNSET)

        fax_price: float | None | str | Unset = d.pop("fax_price", UNSET)

        fax_quantity: int | None | str | Unset = d.pop("fax_quantity", UNSET)

        email_price: float | None | str | Unset = d.pop("email_price", UNSET)

        email_quantity: int | None | str | Unset = d.pop("email_quantity", UNSET)

        post_letter_black_price: float | None | str | Unset = d.pop("post_letter_black_price", UNSET)

        post_letter_colour_price: float | None | str | Unset = d.pop("post_letter_colour_price", UNSET)

        _instance = cls(
            package_id,
            package_price,
            sms_price,
            sms_quantity,
            voice_mobile_price,
            voice_mobile_quantity,
            mms_price,
            mms_quantity,
            fax_price,
            fax_quantity,
            email_price,
            email_quantity,
            post_letter_black_price,
            post_letter_colour_price,
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
