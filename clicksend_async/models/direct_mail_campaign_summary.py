from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.direct_mail_area import DirectMailArea


T = TypeVar("T", bound="DirectMailCampaignSummary")


@_attrs_define
class DirectMailCampaignSummary:
    """A direct mail campaign as listed, with its areas.

    Attributes:
        campaign_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an
            empty string when unset.
        user_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        name (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        status (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        date_added (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        schedule (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        custom_string (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        message_id (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        field_total_quantity (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string,
            or an empty string when unset.
        field_areas (list[DirectMailArea] | None | Unset):
    """

    campaign_id: int | None | str | Unset = UNSET
    user_id: int | None | str | Unset = UNSET
    name: float | None | str | Unset = UNSET
    status: float | None | str | Unset = UNSET
    date_added: int | None | str | Unset = UNSET
    schedule: int | None | str | Unset = UNSET
    custom_string: float | None | str | Unset = UNSET
    message_id: float | None | str | Unset = UNSET
    field_total_quantity: int | None | str | Unset = UNSET
    field_areas: list[DirectMailArea] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id: int | None | str | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        user_id: int | None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        name: float | None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

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

        schedule: int | None | str | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        else:
            schedule = self.schedule

        custom_string: float | None | str | Unset
        if isinstance(self.custom_string, Unset):
            custom_string = UNSET
        else:
            custom_string = self.custom_string

        message_id: float | None | str | Unset
        if isinstance(self.message_id, Unset):
            message_id = UNSET
        else:
            message_id = self.message_id

        field_total_quantity: int | None | str | Unset
        if isinstance(self.field_total_quantity, Unset):
            field_total_quantity = UNSET
        else:
            field_total_quantity = self.field_total_quantity

        field_areas: list[dict[str, Any]] | None | Unset
        if isinstance(self.field_areas, Unset):
            field_areas = UNSET
        elif isinstance(self.field_areas, list):
            field_areas = []
            for field_areas_type_0_item_data in self.field_areas:
                field_areas_type_0_item = field_areas_type_0_item_data.to_dict()
                field_areas.append(field_areas_type_0_item)

        else:
            field_areas = self.field_areas

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if field_total_quantity is not UNSET:
            field_dict["_total_quantity"] = field_total_quantity
        if field_areas is not UNSET:
            field_dict["_areas"] = field_areas

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.direct_mail_area import DirectMailArea  # noqa: PLC0415

        d = dict(src_dict)
        campaign_id: int | None | str | Unset = d.pop("campaign_id", UNSET)

        user_id: int | None | str | Unset = d.pop("user_id", UNSET)

        name: float | None | str | Unset = d.pop("name", UNSET)

        status: float | None | str | Unset = d.pop("status", UNSET)

        date_added: int | None | str | Unset = d.pop("date_added", UNSET)

        schedule: int | None | str | Unset = d.pop("schedule", UNSET)

        custom_string: float | None | str | Unset = d.pop("custom_string", UNSET)

        message_id: float | None | str | Unset = d.pop("message_id", UNSET)

        field_total_quantity: int | None | str | Unset = d.pop("_total_quantity", UNSET)

        def _parse_field_areas(data: object) -> list[DirectMailArea] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                field_areas_type_0 = []
                _field_areas_type_0 = data
                for field_areas_type_0_item_data in _field_areas_type_0:
                    field_areas_type_0_item = DirectMailArea.from_dict(field_areas_type_0_item_data)

                    field_areas_type_0.append(field_areas_type_0_item)

                return field_areas_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DirectMailArea] | None | Unset, data)

        field_areas = _parse_field_areas(d.pop("_areas", UNSET))

        _instance = cls(
            campaign_id,
            user_id,
            name,
            status,
            date_added,
            schedule,
            custom_string,
            message_id,
            field_total_quantity,
            field_areas,
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
