from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.usage_total import UsageTotal


T = TypeVar("T", bound="StatisticsDay")


@_attrs_define
class StatisticsDay:
    """Counts and prices of one day.

    Attributes:
        date (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        outbound (None | Unset | UsageTotal):
        inbound (None | Unset | UsageTotal):
        bounced (None | Unset | UsageTotal):
    """

    date: int | None | str | Unset = UNSET
    outbound: None | Unset | UsageTotal = UNSET
    inbound: None | Unset | UsageTotal = UNSET
    bounced: None | Unset | UsageTotal = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.usage_total import UsageTotal  # noqa: PLC0415

        date: int | None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        outbound: dict[str, Any] | None | Unset
        if isinstance(self.outbound, Unset):
            outbound = UNSET
        elif isinstance(self.outbound, UsageTotal):
            outbound = self.outbound.to_dict()
        else:
            outbound = self.outbound

        inbound: dict[str, Any] | None | Unset
        if isinstance(self.inbound, Unset):
            inbound = UNSET
        elif isinstance(self.inbound, UsageTotal):
            inbound = self.inbound.to_dict()
        else:
            inbound = self.inbound

        bounced: dict[str, Any] | None | Unset
        if isinstance(self.bounced, Unset):
            bounced = UNSET
        elif isinstance(self.bounced, UsageTotal):
            bounced = self.bounced.to_dict()
        else:
            bounced = self.bounced

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if outbound is not UNSET:
            field_dict["outbound"] = outbound
        if inbound is not UNSET:
            field_dict["inbound"] = inbound
        if bounced is not UNSET:
            field_dict["bounced"] = bounced

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.usage_total import UsageTotal  # noqa: PLC0415

        d = dict(src_dict)
        date: int | None | str | Unset = d.pop("date", UNSET)

        def _parse_outbound(data: object) -> None | Unset | UsageTotal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                outbound_type_0 = UsageTotal.from_dict(data)

                return outbound_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UsageTotal, data)

        outbound = _parse_outbound(d.pop("outbound", UNSET))

        def _parse_inbound(data: object) -> None | Unset | UsageTotal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                inbound_type_0 = UsageTotal.from_dict(data)

                return inbound_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UsageTotal, data)

        inbound = _parse_inbound(d.pop("inbound", UNSET))

        def _parse_bounced(data: object) -> None | Unset | UsageTotal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bounced_type_0 = UsageTotal.from_dict(data)

                return bounced_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UsageTotal, data)

        bounced = _parse_bounced(d.pop("bounced", UNSET))

        _instance = cls(
            date,
            outbound,
            inbound,
            bounced,
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
