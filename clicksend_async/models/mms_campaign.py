from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MmsCampaign")


@_attrs_define
class MmsCampaign:
    """An MMS campaign to a contact list.

    Attributes:
        mms_campaign_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an
            empty string when unset.
        name (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        user_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        subaccount_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an
            empty string when unset.
        list_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        from_ (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        subject (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        file_name (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        body (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        schedule (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        status (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        date_added (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        field_total_count (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or
            an empty string when unset.
        field_list_name (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        field_media_file_url (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone
            numbers, ids) as numbers.
    """

    mms_campaign_id: int | None | str | Unset = UNSET
    name: float | None | str | Unset = UNSET
    user_id: int | None | str | Unset = UNSET
    subaccount_id: int | None | str | Unset = UNSET
    list_id: int | None | str | Unset = UNSET
    from_: float | None | str | Unset = UNSET
    subject: float | None | str | Unset = UNSET
    file_name: float | None | str | Unset = UNSET
    body: float | None | str | Unset = UNSET
    schedule: int | None | str | Unset = UNSET
    status: float | None | str | Unset = UNSET
    date_added: int | None | str | Unset = UNSET
    field_total_count: int | None | str | Unset = UNSET
    field_list_name: float | None | str | Unset = UNSET
    field_media_file_url: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mms_campaign_id: int | None | str | Unset
        if isinstance(self.mms_campaign_id, Unset):
            mms_campaign_id = UNSET
        else:
            mms_campaign_id = self.mms_campaign_id

        name: float | None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        user_id: int | None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        subaccount_id: int | None | str | Unset
        if isinstance(self.subaccount_id, Unset):
            subaccount_id = UNSET
        else:
            subaccount_id = self.subaccount_id

        list_id: int | None | str | Unset
        if isinstance(self.list_id, Unset):
            list_id = UNSET
        else:
            list_id = self.list_id

        from_: float | None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        subject: float | None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        file_name: float | None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        body: float | None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        schedule: int | None | str | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        else:
            schedule = self.schedule

        status: float | None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        date_added: int | None | str | Unset
        if isinstance(self.date_added, Unset):
            date_added = UNSET
        else:
            date_added = self.date_added

        field_total_count: int | None | str | Unset
        if isinstance(self.field_total_count, Unset):
            field_total_count = UNSET
        else:
            field_total_count = self.field_total_count

        field_list_name: float | None | str | Unset
        if isinstance(self.field_list_name, Unset):
            field_list_name = UNSET
        else:
            field_list_name = self.field_list_name

        field_media_file_url: float | None | str | Unset
        if isinstance(self.field_media_file_url, Unset):
            field_media_file_url = UNSET
        else:
            field_media_file_url = self.field_media_file_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mms_campaign_id is not UNSET:
            field_dict["mms_campaign_id"] = mms_campaign_id
        if name is not UNSET:
            field_dict["name"] = name
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if from_ is not UNSET:
            field_dict["from"] = from_
        if subject is not UNSET:
            field_dict["subject"] = subject
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if body is not UNSET:
            field_dict["body"] = body
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if status is not UNSET:
            field_dict["status"] = status
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if field_total_count is not UNSET:
            field_dict["_total_count"] = field_total_count
        if field_list_name is not UNSET:
            field_dict["_list_name"] = field_list_name
        if field_media_file_url is not UNSET:
            field_dict["_media_file_url"] = field_media_file_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mms_campaign_id: int | None | str | Unset = d.pop("mms_campaign_id", UNSET)

        name: float | None | str | Unset = d.pop("name", UNSET)

        user_id: int | None | str | Unset = d.pop("user_id", UNSET)

        subaccount_id: int | None | str | Unset = d.pop("subaccount_id", UNSET)

        list_id: int | None | str | Unset = d.pop("list_id", UNSET)

        from_: float | None | str | Unset = d.pop("from", UNSET)

        subject: float | None | str | Unset = d.pop("subject", UNSET)

        file_name: float | None | str | Unset = d.pop("file_name", UNSET)

        body: float | None | str | Unset = d.pop("body", UNSET)

        schedule: int | None | str | Unset = d.pop("schedule", UNSET)

        status: float | None | str | Unset = d.pop("status", UNSET)

        date_added: int | None | str | Unset = d.pop("date_added", UNSET)

        field_total_count: int | None | str | Unset = d.pop("_total_count", UNSET)

        field_list_name: float | None | str | Unset = d.pop("_list_name", UNSET)

        field_media_file_url: float | None | str | Unset = d.pop("_media_file_url", UNSET)

        _instance = cls(
            mms_campaign_id,
            name,
            user_id,
            subaccount_id,
            list_id,
            from_,
            subject,
            file_name,
            body,
            schedule,
            status,
            date_added,
            field_total_count,
            field_list_name,
            field_media_file_url,
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
