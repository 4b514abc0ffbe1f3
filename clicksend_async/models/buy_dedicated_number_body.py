from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.buy_dedicated_number_body_type import BuyDedicatedNumberBodyType, check_buy_dedicated_number_body_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.number_registration_input import NumberRegistrationInput


T = TypeVar("T", bound="BuyDedicatedNumberBody")


@_attrs_define
class BuyDedicatedNumberBody:
    """
    Attributes:
        type_ (BuyDedicatedNumberBodyType | Unset): What the number is for: `sms` or `mms` (v6); ClickSend picks the
            default when omitted (v5 and Apiary send no body).
        registration_data (NumberRegistrationInput | Unset): Business details some countries require to buy a number.
    """

    type_: BuyDedicatedNumberBodyType | Unset = UNSET
    registration_data: NumberRegistrationInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        registration_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.registration_data, Unset):
            registration_data = self.registration_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if registration_data is not UNSET:
            field_dict["registration_data"] = registration_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.number_registration_input import NumberRegistrationInput  # noqa: PLC0415

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: BuyDedicatedNumberBodyType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_buy_dedicated_number_body_type(_type_)

        _registration_data = d.pop("registration_data", UNSET)
        registration_data: NumberRegistrationInput | Unset
        if isinstance(_registration_data, Unset):
            registration_data = UNSET
        else:
            registration_data = NumberRegistrationInput.from_dict(_registration_data)

        _instance = cls(
            type_,
            registration_data,
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
