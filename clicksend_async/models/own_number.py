from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OwnNumber")


@_attrs_define
class OwnNumber:
    """A phone number the account owns elsewhere and verified, to send from.

    Attributes:
        id (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        account_id (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        workspace_id (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        user_id (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        phone_number (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        country (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        label (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        status (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        verified_timestamp (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone
            numbers, ids) as numbers.
        notified_timestamp (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone
            numbers, ids) as numbers.
        is_nearing_expiration (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a boolean
            or a string.
        created_timestamp (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone
            numbers, ids) as numbers.
        updated_timestamp (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone
            numbers, ids) as numbers.
    """

    id: float | None | str | Unset = UNSET
    account_id: float | None | str | Unset = UNSET
    workspace_id: float | None | str | Unset = UNSET
    user_id: float | None | str | Unset = UNSET
    phone_number: float | None | str | Unset = UNSET
    country: float | None | str | Unset = UNSET
    label: float | None | str | Unset = UNSET
    status: float | None | str | Unset = UNSET
    verified_timestamp: float | None | str | Unset = UNSET
    notified_timestamp: float | None | str | Unset = UNSET
    is_nearing_expiration: bool | int | None | str | Unset = UNSET
    created_timestamp: float | None | str | Unset = UNSET
    updated_timestamp: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: float | None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        account_id: float | None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        workspace_id: float | None | str | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = self.workspace_id

        user_id: float | None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        phone_number: float | None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        country: float | None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        label: float | None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        status: float | None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        verified_timestamp: float | None | str | Unset
        if isinstance(self.verified_timestamp, Unset):
            verified_timestamp = UNSET
        else:
            verified_timestamp = self.verified_timestamp

        notified_timestamp: float | None | str | Unset
        if isinstance(self.notified_timestamp, Unset):
            notified_timestamp = UNSET
        else:
            notified_timestamp = self.notified_timestamp

        is_nearing_expiration: bool | int | None | str | Unset
        if isinstance(self.is_nearing_expiration, Unset):
            is_nearing_expiration = UNSET
        else:
            is_nearing_expiration = self.is_nearing_expiration

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
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if country is not UNSET:
            field_dict["country"] = country
        if label is not UNSET:
            field_dict["label"] = label
        if status is not UNSET:
            field_dict["status"] = status
        if verified_timestamp is not UNSET:
            field_dict["verified_timestamp"] = verified_timestamp
        if notified_timestamp is not UNSET:
            field_dict["notified_timestamp"] = notified_timestamp
        if is_nearing_expiration is not UNSET:
            field_dict["is_nearing_expiration"] = is_nearing_expiration
        if created_timestamp is not UNSET:
            field_dict["created_timestamp"] = created_timestamp
        if updated_timestamp is not UNSET:
            field_dict["updated_timestamp"] = updated_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: float | None | str | Unset = d.pop("id", UNSET)

        account_id: float | None | str | Unset = d.pop("account_id", UNSET)

        workspace_id: float | None | str | Unset = d.pop("workspace_id", UNSET)

        user_id: float | None | str | Unset = d.pop("user_id", UNSET)

        phone_number: float | None | str | Unset = d.pop("phone_number", UNSET)

        country: float | None | str | Unset = d.pop("country", UNSET)

        label: float | None | str | Unset = d.pop("label", UNSET)

        status: float | None | str | Unset = d.pop("status", UNSET)

        verified_timestamp: float | None | str | Unset = d.pop("verified_timestamp", UNSET)

        notified_timestamp: float | None | str | Unset = d.pop("notified_timestamp", UNSET)

        is_nearing_expiration: bool | int | None | str | Unset = d.pop("is_nearing_expiration", UNSET)

        created_timestamp: float | None | str | Unset = d.pop("created_timestamp", UNSET)

        updated_timestamp: float | None | str | Unset = d.pop("updated_timestamp", UNSET)

        _instance = cls(
            id,
            account_id,
            workspace_id,
            user_id,
            phone_number,
            country,
            label,
            status,
            verified_timestamp,
            notified_timestamp,
            is_nearing_expiration,
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
