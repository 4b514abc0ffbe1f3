from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobalSendingCountry")


@_attrs_define
class GlobalSendingCountry:
    """A country that can be selected for global sending.

    Attributes:
        id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty string
            when unset.
        name (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        code (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        region (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        agreed_at (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        sms_registration_type (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string,
            or an empty string when unset.
        restricted_sending (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a boolean or
            a string.
        trial_sending (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a boolean or a
            string.
        has_regulation_requirements (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a
            boolean or a string.
        regulation_requirements_description (float | None | str | Unset): Text. ClickSend sometimes sends digits-only
            values (phone numbers, ids) as numbers.
        registration_steps_url (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone
            numbers, ids) as numbers.
    """

    id: int | None | str | Unset = UNSET
    name: float | None | str | Unset = UNSET
    code: float | None | str | Unset = UNSET
    region: float | None | str | Unset = UNSET
    agreed_at: int | None | str | Unset = UNSET
    sms_registration_type: int | None | str | Unset = UNSET
    restricted_sending: bool | int | None | str | Unset = UNSET
    trial_sending: bool | int | None | str | Unset = UNSET
    has_regulation_requirements: bool | int | None | str | Unset = UNSET
    regulation_requirements_description: float | None | str | Unset = UNSET
    registration_steps_url: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: float | None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        code: float | None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        region: float | None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        agreed_at: int | None | str | Unset
        if isinstance(self.agreed_at, Unset):
            agreed_at = UNSET
        else:
            agreed_at = self.agreed_at

        sms_registration_type: int | None | str | Unset
        if isinstance(self.sms_registration_type, Unset):
            sms_registration_type = UNSET
        else:
            sms_registration_type = self.sms_registration_type

        restricted_sending: bool | int | None | str | Unset
        if isinstance(self.restricted_sending, Unset):
            restricted_sending = UNSET
        else:
            restricted_sending = self.restricted_sending

        trial_sending: bool | int | None | str | Unset
        if isinstance(self.trial_sending, Unset):
            trial_sending = UNSET
        else:
            trial_sending = self.trial_sending

        has_regulation_requirements: bool | int | None | str | Unset
        if isinstance(self.has_regulation_requirements, Unset):
            has_regulation_requirements = UNSET
        else:
            has_regulation_requirements = self.has_regulation_requirements

        regulation_requirements_description: float | None | str | Unset
        if isinstance(self.regulation_requirements_description, Unset):
            regulation_requirements_description = UNSET
        else:
            regulation_requirements_description = self.regulation_requirements_description

        registration_steps_url: float | None | str | Unset
        if isinstance(self.registration_steps_url, Unset):
            registration_steps_url = UNSET
        else:
            registration_steps_url = self.registration_steps_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if code is not UNSET:
            field_dict["code"] = code
        if region is not UNSET:
            field_dict["region"] = region
        if agreed_at is not UNSET:
            field_dict["agreed_at"] = agreed_at
        if sms_registration_type is not UNSET:
            field_dict["sms_registration_type"] = sms_registration_type
        if restricted_sending is not UNSET:
            field_dict["restricted_sending"] = restricted_sending
        if trial_sending is not UNSET:
            field_dict["trial_sending"] = trial_sending
        if has_regulation_requirements is not UNSET:
            field_dict["has_regulation_requirements"] = has_regulation_requirements
        if regulation_requirements_description is not UNSET:
            field_dict["regulation_requirements_description"] = regulation_requirements_description
        if registration_steps_url is not UNSET:
            field_dict["registration_steps_url"] = registration_steps_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: int | None | str | Unset = d.pop("id", UNSET)

        name: float | None | str | Unset = d.pop("name", UNSET)

        code: float | None | str | Unset = d.pop("code", UNSET)

        region: float | None | str | Unset = d.pop("region", UNSET)

        agreed_at: int | None | str | Unset = d.pop("agreed_at", UNSET)

        sms_registration_type: int | None | str | Unset = d.pop("sms_registration_type", UNSET)

        restricted_sending: bool | int | None | str | Unset = d.pop("restricted_sending", UNSET)

        trial_sending: bool | int | None | str | Unset = d.pop("trial_sending", UNSET)

        has_regulation_requirements: bool | int | None | str | Unset = d.pop("has_regulation_requirements", UNSET)

        regulation_requirements_description: float | None | str | Unset = d.pop(
            "regulation_requirements_description", UNSET
        )

        registration_steps_url: float | None | str | Unset = d.pop("registration_steps_url", UNSET)

        _instance = cls(
            id,
            name,
            code,
            region,
            agreed_at,
            sms_registration_type,
            restricted_sending,
            trial_sending,
            has_regulation_requirements,
            regulation_requirements_description,
            registration_steps_url,
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
