from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailCampaign")


@_attrs_define
class EmailCampaign:
    """An email marketing campaign with its delivery counters.

    Attributes:
        email_campaign_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or
            an empty string when unset.
        name (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        user_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        subaccount_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an
            empty string when unset.
        subject (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        list_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        from_email_address_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string,
            or an empty string when unset.
        from_name (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        template_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an
            empty string when unset.
        schedule (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        status (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        date_added (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        custom_string (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        send_count (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        open_count (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        click_count (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an
            empty string when unset.
        hard_bounce_count (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or
            an empty string when unset.
        soft_bounce_count (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or
            an empty string when unset.
        abuse_count (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an
            empty string when unset.
        unsubscribe_count (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or
            an empty string when unset.
        body (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        body_plain_text (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
    """

    email_campaign_id: int | None | str | Unset = UNSET
    name: float | None | str | Unset = UNSET
    user_id: int | None | str | Unset = UNSET
    subaccount_id: int | None | str | Unset = UNSET
    subject: float | None | str | Unset = UNSET
    list_id: int | None | str | Unset = UNSET
    from_email_address_id: int | None | str | Unset = UNSET
    from_name: float | None | str | Unset = UNSET
    template_id: int | None | str | Unset = UNSET
    schedule: int | None | str | Unset = UNSET
    status: float | None | str | Unset = UNSET
    date_added: int | None | str | Unset = UNSET
    custom_string: float | None | str | Unset = UNSET
    send_count: int | None | str | Unset = UNSET
    open_count: int | None | str | Unset = UNSET
    click_count: int | None | str | Unset = UNSET
    hard_bounce_count: int | None | str | Unset = UNSET
    soft_bounce_count: int | None | str | Unset = UNSET
    abuse_count: int | None | str | Unset = UNSET
    unsubscribe_count: int | None | str | Unset = UNSET
    body: float | None | str | Unset = UNSET
    body_plain_text: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_campaign_id: int | None | str | Unset
        if isinstance(self.email_campaign_id, Unset):
            email_campaign_id = UNSET
        else:
            email_campaign_id = self.email_campaign_id

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

        subject: float | None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        list_id: int | None | str | Unset
        if isinstance(self.list_id, Unset):
            list_id = UNSET
        else:
            list_id = self.list_id

        from_email_address_id: int | None | str | Unset
        if isinstance(self.from_email_address_id, Unset):
            from_email_address_id = UNSET
        else:
            from_email_address_id = self.from_email_address_id

        from_name: float | None | str | Unset
        if isinstance(self.from_name, Unset):
            from_name = UNSET
        else:
            from_name = self.from_name

        template_id: int | None | str | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id

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

        send_count: int | None | str | Unset
        if isinstance(self.send_count, Unset):
            send_count = UNSET
        else:
            send_count = self.send_count

        open_count: int | None | str | Unset
        if isinstance(self.open_count, Unset):
            open_count = UNSET
        else:
            open_count = self.open_count

        click_count: int | None | str | Unset
        if isinstance(self.click_count, Unset):
            click_count = UNSET
        else:
            click_count = self.click_count

        hard_bounce_count: int | None | str | Unset
        if isinstance(self.hard_bounce_count, Unset):
            hard_bounce_count = UNSET
        else:
            hard_bounce_count = self.hard_bounce_count

        soft_bounce_count: int | None | str | Unset
        if isinstance(self.soft_bounce_count, Unset):
            soft_bounce_count = UNSET
        else:
            soft_bounce_count = self.soft_bounce_count

        abuse_count: int | None | str | Unset
        if isinstance(self.abuse_count, Unset):
            abuse_count = UNSET
        else:
            abuse_count = self.abuse_count

        unsubscribe_count: int | None | str | Unset
        if isinstance(self.unsubscribe_count, Unset):
            unsubscribe_count = UNSET
        else:
            unsubscribe_count = self.unsubscribe_count

        body: float | None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        body_plain_text: float | None | str | Unset
        if isinstance(self.body_plain_text, Unset):
            body_plain_text = UNSET
        else:
            body_plain_text = self.body_plain_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_campaign_id is not UNSET:
            field_dict["email_campaign_id"] = email_campaign_id
        if name is not UNSET:
            field_dict["name"] = name
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id
        if subject is not UNSET:
            field_dict["subject"] = subject
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if from_email_address_id is not UNSET:
            field_dict["from_email_address_id"] = from_email_address_id
        if from_name is not UNSET:
            field_dict["from_name"] = from_name
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if status is not UNSET:
            field_dict["status"] = status
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if send_count is not UNSET:
            field_dict["send_count"] = send_count
        if open_count is not UNSET:
            field_dict["open_count"] = open_count
        if click_count is not UNSET:
            field_dict["click_count"] = click_count
        if hard_bounce_count is not UNSET:
            field_dict["hard_bounce_count"] = hard_bounce_count
        if soft_bounce_count is not UNSET:
            field_dict["soft_bounce_count"] = soft_bounce_count
        if abuse_count is not UNSET:
            field_dict["abuse_count"] = abuse_count
        if unsubscribe_count is not UNSET:
            field_dict["unsubscribe_count"] = unsubscribe_count
        if body is not UNSET:
            field_dict["body"] = body
        if body_plain_text is not UNSET:
            field_dict["body_plain_text"] = body_plain_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email_campaign_id: int | None | str | Unset = d.pop("email_campaign_id", UNSET)

        name: float | None | str | Unset = d.pop("name", UNSET)

        user_id: int | None | str | Unset = d.pop("user_id", UNSET)

        subaccount_id: int | None | str | Unset = d.pop("subaccount_id", UNSET)

        subject: float | None | str | Unset = d.pop("subject", UNSET)

        list_id: int | None | str | Unset = d.pop("list_id", UNSET)

        from_email_address_id: int | None | str | Unset = d.pop("from_email_address_id", UNSET)

        from_name: float | None | str | Unset = d.pop("from_name", UNSET)

        template_id: int | None | str | Unset = d.pop("template_id", UNSET)

        schedule: int | None | str | Unset = d.pop("schedule", UNSET)

        status: float | None | str | Unset = d.pop("status", UNSET)

        date_added: int | None | str | Unset = d.pop("date_added", UNSET)

        custom_string: float | None | str | Unset = d.pop("custom_string", UNSET)

        send_count: int | None | str | Unset = d.pop("send_count", UNSET)

        open_count: int | None | str | Unset = d.pop("open_count", UNSET)

        click_count: int | None | str | Unset = d.pop("click_count", UNSET)

        hard_bounce_count: int | None | str | Unset = d.pop("hard_bounce_count", UNSET)

        soft_bounce_count: int | None | str | Unset = d.pop("soft_bounce_count", UNSET)

        abuse_count: int | None | str | Unset = d.pop("abuse_count", UNSET)

        unsubscribe_count: int | None | str | Unset = d.pop("unsubscribe_count", UNSET)

        body: float | None | str | Unset = d.pop("body", UNSET)

        body_plain_text: float | None | str | Unset = d.pop("body_plain_text", UNSET)

        _instance = cls(
            email_campaign_id,
            name,
            user_id,
            subaccount_id,
            subject,
            list_id,
            from_email_address_id,
            from_name,
            template_id,
            schedule,
            status,
            date_added,
            custom_string,
            send_count,
            open_count,
            click_count,
            hard_bounce_count,
            soft_bounce_count,
            abuse_count,
            unsubscribe_count,
            body,
            body_plain_text,
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
