from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliveryIssue")


@_attrs_define
class DeliveryIssue:
    """A reported delivery problem.

    Attributes:
        issue_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        user_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        message_id (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        type_ (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        description (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        client_comments (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        support_comments (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone
            numbers, ids) as numbers.
        status (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        date_added (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        resolved (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a boolean or a string.
        email_address (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
    """

    issue_id: int | None | str | Unset = UNSET
    user_id: int | None | str | Unset = UNSET
    message_id: float | None | str | Unset = UNSET
    type_: float | None | str | Unset = UNSET
    description: float | None | str | Unset = UNSET
    client_comments: float | None | str | Unset = UNSET
    support_comments: float | None | str | Unset = UNSET
    status: float | None | str | Unset = UNSET
    date_added: int | None | str | Unset = UNSET
    resolved: bool | int | None | str | Unset = UNSET
    email_address: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        issue_id: int | None | str | Unset
        if isinstance(self.issue_id, Unset):
            issue_id = UNSET
        else:
            issue_id = self.issue_id

        user_id: int | None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        message_id: float | None | str | Unset
        if isinstance(self.message_id, Unset):
            message_id = UNSET
        else:
            message_id = self.message_id

        type_: float | None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        description: float | None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        client_comments: float | None | str | Unset
        if isinstance(self.client_comments, Unset):
            client_comments = UNSET
        else:
            client_comments = self.client_comments

        support_comments: float | None | str | Unset
        if isinstance(self.support_comments, Unset):
            support_comments = UNSET
        else:
            support_comments = self.support_comments

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

        resolved: bool | int | None | str | Unset
        if isinstance(self.resolved, Unset):
            resolved = UNSET
        else:
            resolved = self.resolved

        email_address: float | None | str | Unset
        if isinstance(self.email_address, Unset):
            email_address = UNSET
        else:
            email_address = self.email_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if issue_id is not UNSET:
            field_dict["issue_id"] = issue_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if client_comments is not UNSET:
            field_dict["client_comments"] = client_comments
        if support_comments is not UNSET:
            field_dict["support_comments"] = support_comments
        if status is not UNSET:
            field_dict["status"] = status
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if resolved is not UNSET:
            field_dict["resolved"] = resolved
        if email_address is not UNSET:
            field_dict["email_address"] = email_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        issue_id: int | None | str | Unset = d.pop("issue_id", UNSET)

        user_id: int | None | str | Unset = d.pop("user_id", UNSET)

        message_id: float | None | str | Unset = d.pop("message_id", UNSET)

        type_: float | None | str | Unset = d.pop("type", UNSET)

        description: float | None | str | Unset = d.pop("description", UNSET)

        client_comments: float | None | str | Unset = d.pop("client_comments", UNSET)

        support_comments: float | None | str | Unset = d.pop("support_comments", UNSET)

        status: float | None | str | Unset = d.pop("status", UNSET)

        date_added: int | None | str | Unset = d.pop("date_added", UNSET)

        resolved: bool | int | None | str | Unset = d.pop("resolved", UNSET)

        email_address: float | None | str | Unset = d.pop("email_address", UNSET)

        _instance = cls(
            issue_id,
            user_id,
            message_id,
            type_,
            description,
            client_comments,
            support_comments,
            status,
            date_added,
            resolved,
            email_address,
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
