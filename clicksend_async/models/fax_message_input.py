from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FaxMessageInput")


@_attrs_define
class FaxMessageInput:
    """One recipient of a fax.

    Attributes:
        to (str): Recipient fax number in E.164 format.
        from_ (str | Unset): Your dedicated fax number in E.164 format.
        source (str | Unset): Where the fax comes from, e.g. the name of your application.
        schedule (int | Unset): When to send, as a Unix timestamp; omit to send now.
        custom_string (str | Unset): Your own reference, returned in receipts and history.
        list_id (int | Unset): Send to every contact of this list (its fax numbers) instead of `to`.
        country (str | Unset): ISO 3166 country of a recipient given in national format.
        from_email (str | Unset): Email address to send replies to.
    """

    to: str
    from_: str | Unset = UNSET
    source: str | Unset = UNSET
    schedule: int | Unset = UNSET
    custom_string: str | Unset = UNSET
    list_id: int | Unset = UNSET
    country: str | Unset = UNSET
    from_email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        from_ = self.from_

        source = self.source

        schedule = self.schedule

        custom_string = self.custom_string

        list_id = self.list_id

        country = self.country

        from_email = self.from_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "to": to,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if source is not UNSET:
            field_dict["source"] = source
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if country is not UNSET:
            field_dict["country"] = country
        if from_email is not UNSET:
            field_dict["from_email"] = from_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to = d.pop("to")

        from_ = d.pop("from", UNSET)

        source = d.pop("source", UNSET)

        schedule = d.pop("schedule", UNSET)

        custom_string = d.pop("custom_string", UNSET)

        list_id = d.pop("list_id", UNSET)

        country = d.pop("country", UNSET)

        from_email = d.pop("from_email", UNSET)

        _instance = cls(
            to,
            from_,
            source,
            schedule,
            custom_string,
            list_id,
            country,
            from_email,
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
