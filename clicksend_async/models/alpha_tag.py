from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlphaTag")


@_attrs_define
class AlphaTag:
    """An alphanumeric sender id requested by the account, and its review status.

    Attributes:
        id (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        account_id (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        workspace_id (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        user_id (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        alpha_tag (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        status (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        reason (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        countries (list[float | None | str] | None | Unset):
        created_timestamp (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone
            numbers, ids) as numbers.
        updated_timestamp (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone
            numbers, ids) as numbers.
    """

    id: float | None | str | Unset = UNSET
    account_id: float | None | str | Unset = UNSET
    workspace_id: float | None | str | Unset = UNSET
    user_id: float | None | str | Unset = UNSET
    alpha_tag: float | None | str | Unset = UNSET
    status: float | None | str | Unset = UNSET
    reason: float | None | str | Unset = UNSET
    countries: list[float | None | str] | None | Unset = UNSET
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

        alpha_tag: float | None | str | Unset
        if isinstance(self.alpha_tag, Unset):
            alpha_tag = UNSET
        else:
            alpha_tag = self.alpha_tag

        status: float | None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        reason: float | None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        countries: list[float | None | str] | None | Unset
        if isinstance(self.countries, Unset):
            countries = UNSET
        elif isinstance(self.countries, list):
            countries = []
            for countries_type_0_item_data in self.countries:
                countries_type_0_item: float | None | str
                countries_type_0_item = countries_type_0_item_data
                countries.append(countries_type_0_item)

        else:
            countries = self.countries

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
        if alpha_tag is not UNSET:
            field_dict["alpha_tag"] = alpha_tag
        if status is not UNSET:
            field_dict["status"] = status
        if reason is not UNSET:
            field_dict["reason"] = reason
        if countries is not UNSET:
            field_dict["countries"] = countries
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

        alpha_tag: float | None | str | Unset = d.pop("alpha_tag", UNSET)

        status: float | None | str | Unset = d.pop("status", UNSET)

        reason: float | None | str | Unset = d.pop("reason", UNSET)

        def _parse_countries(data: object) -> list[float | None | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                countries_type_0 = []
                _countries_type_0 = data
                for countries_type_0_item_data in _countries_type_0:
                    countries_type_0_item: float | None | str = countries_type_0_item_data

                    countries_type_0.append(countries_type_0_item)

                return countries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[float | None | str] | None | Unset, data)

        countries = _parse_countries(d.pop("countries", UNSET))

        created_timestamp: float | None | str | Unset = d.pop("created_timestamp", UNSET)

        updated_timestamp: float | None | str | Unset = d.pop("updated_timestamp", UNSET)

        _instance = cls(
            id,
            account_id,
            workspace_id,
            user_id,
            alpha_tag,
            status,
            reason,
            countries,
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
