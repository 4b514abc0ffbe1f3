from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailCampaignRecipient")


@_attrs_define
class EmailCampaignRecipient:
    """One recipient of an email campaign and what they did with it.

    Attributes:
        email_campaign_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or
            an empty string when unset.
        contact_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        message_id (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        from_name (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        from_address (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        to_name (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        to_address (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        subject (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        processed_at (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        status (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        open_count (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        click_count (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an
            empty string when unset.
        hard_bounce_count (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or
            an empty string when unset.
        soft_bounce_count (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or
            an empty string when unset.
    """

    email_campaign_id: int | None | str | Unset = UNSET
    contact_id: int | None | str | Unset = UNSET
    message_id: float | None | str | Unset = UNSET
    from_name: float | None | str | Unset = UNSET
    from_address: float | None | str | Unset = UNSET
    to_name: float | None | str | Unset = UNSET
    to_address: float | None | str | Unset = UNSET
    subject: float | None | str | Unset = UNSET
    processed_at: float | None | str | Unset = UNSET
    status: float | None | str | Unset = UNSET
    open_count: int | None | str | Unset = UNSET
    click_count: int | None | str | Unset = UNSET
    hard_bounce_count: int | None | str | Unset = UNSET
    soft_bounce_count: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_campaign_id: int | None | str | Unset
        if isinstance(self.email_campaign_id, Unset):
            email_campaign_id = UNSET
        else:
            email_campaign_id = self.email_campaign_id

        contact_id: int | None | str | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        message_id: float | None | str | Unset
        if isinstance(self.message_id, Unset):
            message_id = UNSET
        else:
            message_id = self.message_id

        from_name: float | None | str | Unset
        if isinstance(self.from_name, Unset):
            from_name = UNSET
        else:
            from_name = self.from_name

        from_address: float | None | str | Unset
        if isinstance(self.from_address, Unset):
            from_address = UNSET
        else:
            from_address = self.from_address

        to_name: float | None | str | Unset
        if isinstance(self.to_name, Unset):
            to_name = UNSET
        else:
            to_name = self.to_name

        to_address: float | None | str | Unset
        if isinstance(self.to_address, Unset):
            to_address = UNSET
        else:
            to_address = self.to_address

        subject: float | None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        processed_at: float | None | str | Unset
        if isinstance(self.processed_at, Unset):
            processed_at = UNSET
        else:
            processed_at = self.processed_at

        status: float | None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_campaign_id is not UNSET:
            field_dict["email_campaign_id"] = email_campaign_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if from_name is not UNSET:
            field_dict["from_name"] = from_name
        if from_address is not UNSET:
            field_dict["from_address"] = from_address
        if to_name is not UNSET:
            field_dict["to_name"] = to_name
        if to_address is not UNSET:
            field_dict["to_address"] = to_address
        if subject is not UNSET:
            field_dict["subject"] = subject
        if processed_at is not UNSET:
            field_dict["processed_at"] = processed_at
        if status is not UNSET:
            field_dict["status"] = status
        if open_count is not UNSET:
            field_dict["open_count"] = open_count
        if click_count is not UNSET:
            field_dict["click_count"] = click_count
        if hard_bounce_count is not UNSET:
            field_dict["hard_bounce_count"] = hard_bounce_count
        if soft_bounce_count is not UNSET:
            field_dict["soft_bounce_count"] = soft_bounce_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email_campaign_id: int | None | str | Unset = d.pop("email_campaign_id", UNSET)

        contact_id: int | None | str | Unset = d.pop("contact_id", UNSET)

        message_id: float | None | str | Unset = d.pop("message_id", UNSET)

        from_name: float | None | str | Unset = d.pop("from_name", UNSET)

        from_address: float | None | str | Unset = d.pop("from_address", UNSET)

        to_name: float | None | str | Unset = d.pop("to_name", UNSET)

        to_address: float | None | str | Unset = d.pop("to_address", UNSET)

        subject: float | None | str | Unset = d.pop("subject", UNSET)

        processed_at: float | None | str | Unset = d.pop("processed_at", UNSET)

        status: float | None | str | Unset = d.pop("status", UNSET)

        open_count: int | None | str | Unset = d.pop("open_count", UNSET)

        click_count: int | None | str | Unset = d.pop("click_count", UNSET)

        hard_bounce_count: int | None | str | Unset = d.pop("hard_bounce_count", UNSET)

        soft_bounce_count: int | None | str | Unset = d.pop("soft_bounce_count", UNSET)

        _instance = cls(
            email_campaign_id,
            contact_id,
            message_id,
            from_name,
            from_address,
            to_name,
            to_address,
            subject,
            processed_at,
            status,
            open_count,
            click_count,
            hard_bounce_count,
            soft_bounce_count,
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
