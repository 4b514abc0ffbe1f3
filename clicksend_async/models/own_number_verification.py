from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OwnNumberVerification")


@_attrs_define
class OwnNumberVerification:
    """A one-time code sent to an own number to prove the account owns it.

    Attributes:
        id (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        own_number_id (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        status (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        expires_timestamp (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone
            numbers, ids) as numbers.
        remaining_attempts (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or
            an empty string when unset.
        created_timestamp (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone
            numbers, ids) as numbers.
        updated_timestamp (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone
            numbers, ids) as numbers.
    """

    id: float | None | str | Unset = UNSET
    own_number_id: float | None | str | Unset = UNSET
    status: float | None | str | Unset = UNSET
    expires_timestamp: float | None | str | Unset = UNSET
    remaining_attempts: int | None | str | Unset = UNSET
    created_timestamp: float | None | str | Unset = UNSET
    updated_timestamp: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: float | None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        own_number_id: float | None | str | Unset
        if isinstance(self.own_number_id, Unset):
            own_number_id = UNSET
        else:
            own_number_id = self.own_number_id

        status: float | None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        expires_timestamp: float | None | str | Unset
        if isinstance(self.expires_timestamp, Unset):
            expires_timestamp = UNSET
        else:
            expires_timestamp = self.expires_timestamp

        remaining_attempts: int | None | str | Unset
        if isinstance(self.remaining_attempts, Unset):
            remaining_attempts = UNSET
        else:
            remaining_attempts = self.remaining_attempts

        created_timestamp: float | None | str | Unset
        if isinstance(self.created_timestamp, Unset):
            created_timestamp = UNSET
        else:
            created_timestamp = self.created_timestamp

        updated_timestamp: float | None | str | Unset
        if isinstance(self.updated_timestamp, Unset):
            updated_timestamp = UNSET
        else:
            updated_timestamp = self.updated_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if own_number_id is not UNSET:
            field_dict["own_number_id"] = own_number_id
        if status is not UNSET:
            field_dict["status"] = status
        if expires_timestamp is not UNSET:
            field_dict["expires_timestamp"] = expires_timestamp
        if remaining_attempts is not UNSET:
            field_dict["remaining_attempts"] = remaining_attempts
        if created_timestamp is not UNSET:
            field_dict["created_timestamp"] = created_timestamp
        if updated_timestamp is not UNSET:
            field_dict["updated_timestamp"] = updated_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: float | None | str | Unset = d.pop("id", UNSET)

        own_number_id: float | None | str | Unset = d.pop("own_number_id", UNSET)

        status: float | None | str | Unset = d.pop("status", UNSET)

        expires_timestamp: float | None | str | Unset = d.pop("expires_timestamp", UNSET)

        remaining_attempts: int | None | str | Unset = d.pop("remaining_attempts", UNSET)

        created_timestamp: float | None | str | Unset = d.pop("created_timestamp", UNSET)

        updated_timestamp: float | None | str | Unset = d.pop("updated_timestamp", UNSET)

        _instance = cls(
            id,
            own_number_id,
            status,
            expires_timestamp,
            remaining_attempts,
            created_timestamp,
            updated_timestamp,
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
