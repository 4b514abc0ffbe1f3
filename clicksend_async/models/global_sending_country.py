from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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

        def _parse_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_name(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_code(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_region(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        def _parse_agreed_at(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        agreed_at = _parse_agreed_at(d.pop("agreed_at", UNSET))

        def _parse_sms_registration_type(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        sms_registration_type = _parse_sms_registration_type(d.pop("sms_registration_type", UNSET))

        def _parse_restricted_sending(data: object) -> bool | int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | int | None | str | Unset, data)

        restricted_sending = _parse_restricted_sending(d.pop("restricted_sending", UNSET))

        def _parse_trial_sending(data: object) -> bool | int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | int | None | str | Unset, data)

        trial_sending = _parse_trial_sending(d.pop("trial_sending", UNSET))

        def _parse_has_regulation_requirements(data: object) -> bool | int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | int | None | str | Unset, data)

        has_regulation_requirements = _parse_has_regulation_requirements(d.pop("has_regulation_requirements", UNSET))

        def _parse_regulation_requirements_description(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        regulation_requirements_description = _parse_regulation_requirements_description(
            d.pop("regulation_requirements_description", UNSET)
        )

        def _parse_registration_steps_url(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        registration_steps_url = _parse_registration_steps_url(d.pop("registration_steps_url", UNSET))

        _instance = cls(
            id=id,
            name=name,
            code=code,
            region=region,
            agreed_at=agreed_at,
            sms_registration_type=sms_registration_type,
            restricted_sending=restricted_sending,
            trial_sending=trial_sending,
            has_regulation_requirements=has_regulation_requirements,
            regulation_requirements_description=regulation_requirements_description,
            registration_steps_url=registration_steps_url,
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
