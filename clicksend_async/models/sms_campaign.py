from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsCampaign")


@_attrs_define
class SmsCampaign:
    """An SMS campaign to a contact list.

    Attributes:
        sms_campaign_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an
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
        body (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        schedule (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        status (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        date_added (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        custom_string (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        url_to_shorten (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        unsubscribe_link (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a boolean or a
            string.
        source (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        field_total_count (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or
            an empty string when unset.
        field_list_name (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
    """

    sms_campaign_id: int | None | str | Unset = UNSET
    name: float | None | str | Unset = UNSET
    user_id: int | None | str | Unset = UNSET
    subaccount_id: int | None | str | Unset = UNSET
    list_id: int | None | str | Unset = UNSET
    from_: float | None | str | Unset = UNSET
    body: float | None | str | Unset = UNSET
    schedule: int | None | str | Unset = UNSET
    status: float | None | str | Unset = UNSET
    date_added: int | None | str | Unset = UNSET
    custom_string: float | None | str | Unset = UNSET
    url_to_shorten: float | None | str | Unset = UNSET
    unsubscribe_link: bool | int | None | str | Unset = UNSET
    source: float | None | str | Unset = UNSET
    field_total_count: int | None | str | Unset = UNSET
    field_list_name: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sms_campaign_id: int | None | str | Unset
        if isinstance(self.sms_campaign_id, Unset):
            sms_campaign_id = UNSET
        else:
            sms_campaign_id = self.sms_campaign_id

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

        custom_string: float | None | str | Unset
        if isinstance(self.custom_string, Unset):
            custom_string = UNSET
        else:
            custom_string = self.custom_string

        url_to_shorten: float | None | str | Unset
        if isinstance(self.url_to_shorten, Unset):
            url_to_shorten = UNSET
        else:
            url_to_shorten = self.url_to_shorten

        unsubscribe_link: bool | int | None | str | Unset
        if isinstance(self.unsubscribe_link, Unset):
            unsubscribe_link = UNSET
        else:
            unsubscribe_link = self.unsubscribe_link

        source: float | None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sms_campaign_id is not UNSET:
            field_dict["sms_campaign_id"] = sms_campaign_id
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
        if body is not UNSET:
            field_dict["body"] = body
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if status is not UNSET:
            field_dict["status"] = status
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if url_to_shorten is not UNSET:
            field_dict["url_to_shorten"] = url_to_shorten
        if unsubscribe_link is not UNSET:
            field_dict["unsubscribe_link"] = unsubscribe_link
        if source is not UNSET:
            field_dict["source"] = source
        if field_total_count is not UNSET:
            field_dict["_total_count"] = field_total_count
        if field_list_name is not UNSET:
            field_dict["_list_name"] = field_list_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sms_campaign_id: int | None | str | Unset = d.pop("sms_campaign_id", UNSET)

        name: float | None | str | Unset = d.pop("name", UNSET)

        user_id: int | None | str | Unset = d.pop("user_id", UNSET)

        subaccount_id: int | None | str | Unset = d.pop("subaccount_id", UNSET)

        list_id: int | None | str | Unset = d.pop("list_id", UNSET)

        from_: float | None | str | Unset = d.pop("from", UNSET)

        body: float | None | str | Unset = d.pop("body", UNSET)

        schedule: int | None | str | Unset = d.pop("schedule", UNSET)

        status: float | None | str | Unset = d.pop("status", UNSET)

        date_added: int | None | str | Unset = d.pop("date_added", UNSET)

        custom_string: float | None | str | Unset = d.pop("custom_string", UNSET)

        url_to_shorten: float | None | str | Unset = d.pop("url_to_shorten", UNSET)

        unsubscribe_link: bool | int | None | str | Unset = d.pop("unsubscribe_link", UNSET)

        source: float | None | str | Unset = d.pop("source", UNSET)

        field_total_count: int | None | str | Unset = d.pop("_total_count", UNSET)

        field_list_name: float | None | str | Unset = d.pop("_list_name", UNSET)

        _instance = cls(
            sms_campaign_id,
            name,
            user_id,
            subaccount_id,
            list_id,
            from_,
            body,
            schedule,
            status,
            date_added,
            custom_string,
            url_to_shorten,
            unsubscribe_link,
            source,
            field_total_count,
            field_list_name,
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
