from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency
    from ..models.email_addressee import EmailAddressee
    from ..models.email_attachment import EmailAttachment


T = TypeVar("T", bound="TransactionalEmail")


@_attrs_define
class TransactionalEmail:
    """A transactional email as ClickSend reports it: in history, or after a send or price.

    Attributes:
        message_id (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        user_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        subaccount_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an
            empty string when unset.
        from_email_address_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string,
            or an empty string when unset.
        from_name (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        to (list[EmailAddressee] | None | Unset):
        cc (list[EmailAddressee] | None | Unset):
        bcc (list[EmailAddressee] | None | Unset):
        subject (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        body (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        body_plain_text (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        schedule (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        status (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        status_text (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        soft_bounce_count (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or
            an empty string when unset.
        hard_bounce_count (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or
            an empty string when unset.
        price (float | None | str | Unset): A decimal amount (price, balance). ClickSend usually sends it as a string
            such as "0.0770".
        date_added (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        custom_string (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        field_attachments (list[EmailAttachment] | None | Unset):
        field_currency (Currency | None | Unset):
    """

    message_id: float | None | str | Unset = UNSET
    user_id: int | None | str | Unset = UNSET
    subaccount_id: int | None | str | Unset = UNSET
    from_email_address_id: int | None | str | Unset = UNSET
    from_name: float | None | str | Unset = UNSET
    to: list[EmailAddressee] | None | Unset = UNSET
    cc: list[EmailAddressee] | None | Unset = UNSET
    bcc: list[EmailAddressee] | None | Unset = UNSET
    subject: float | None | str | Unset = UNSET
    body: float | None | str | Unset = UNSET
    body_plain_text: float | None | str | Unset = UNSET
    schedule: int | None | str | Unset = UNSET
    status: float | None | str | Unset = UNSET
    status_text: float | None | str | Unset = UNSET
    soft_bounce_count: int | None | str | Unset = UNSET
    hard_bounce_count: int | None | str | Unset = UNSET
    price: float | None | str | Unset = UNSET
    date_added: int | None | str | Unset = UNSET
    custom_string: float | None | str | Unset = UNSET
    field_attachments: list[EmailAttachment] | None | Unset = UNSET
    field_currency: Currency | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.currency import Currency  # noqa: PLC0415

        message_id: float | None | str | Unset
        if isinstance(self.message_id, Unset):
            message_id = UNSET
        else:
            message_id = self.message_id

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

        to: list[dict[str, Any]] | None | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        elif isinstance(self.to, list):
            to = []
            for to_type_0_item_data in self.to:
                to_type_0_item = to_type_0_item_data.to_dict()
                to.append(to_type_0_item)

        else:
            to = self.to

        cc: list[dict[str, Any]] | None | Unset
        if isinstance(self.cc, Unset):
            cc = UNSET
        elif isinstance(self.cc, list):
            cc = []
            for cc_type_0_item_data in self.cc:
                cc_type_0_item = cc_type_0_item_data.to_dict()
                cc.append(cc_type_0_item)

        else:
            cc = self.cc

        bcc: list[dict[str, Any]] | None | Unset
        if isinstance(self.bcc, Unset):
            bcc = UNSET
        elif isinstance(self.bcc, list):
            bcc = []
            for bcc_type_0_item_data in self.bcc:
                bcc_type_0_item = bcc_type_0_item_data.to_dict()
                bcc.append(bcc_type_0_item)

        else:
            bcc = self.bcc

        subject: float | None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

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

        status_text: float | None | str | Unset
        if isinstance(self.status_text, Unset):
            status_text = UNSET
        else:
            status_text = self.status_text

        soft_bounce_count: int | None | str | Unset
        if isinstance(self.soft_bounce_count, Unset):
            soft_bounce_count = UNSET
        else:
            soft_bounce_count = self.soft_bounce_count

        hard_bounce_count: int | None | str | Unset
        if isinstance(self.hard_bounce_count, Unset):
            hard_bounce_count = UNSET
        else:
            hard_bounce_count = self.hard_bounce_count

        price: float | None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

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

        field_attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.field_attachments, Unset):
            field_attachments = UNSET
        elif isinstance(self.field_attachments, list):
            field_attachments = []
            for field_attachments_type_0_item_data in self.field_attachments:
                field_attachments_type_0_item = field_attachments_type_0_item_data.to_dict()
                field_attachments.append(field_attachments_type_0_item)

        else:
            field_attachments = self.field_attachments

        field_currency: dict[str, Any] | None | Unset
        if isinstance(self.field_currency, Unset):
            field_currency = UNSET
        elif isinstance(self.field_currency, Currency):
            field_currency = self.field_currency.to_dict()
        else:
            field_currency = self.field_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id
        if from_email_address_id is not UNSET:
            field_dict["from_email_address_id"] = from_email_address_id
        if from_name is not UNSET:
            field_dict["from_name"] = from_name
        if to is not UNSET:
            field_dict["to"] = to
        if cc is not UNSET:
            field_dict["cc"] = cc
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body is not UNSET:
            field_dict["body"] = body
        if body_plain_text is not UNSET:
            field_dict["body_plain_text"] = body_plain_text
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if status is not UNSET:
            field_dict["status"] = status
        if status_text is not UNSET:
            field_dict["status_text"] = status_text
        if soft_bounce_count is not UNSET:
            field_dict["soft_bounce_count"] = soft_bounce_count
        if hard_bounce_count is not UNSET:
            field_dict["hard_bounce_count"] = hard_bounce_count
        if price is not UNSET:
            field_dict["price"] = price
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if field_attachments is not UNSET:
            field_dict["_attachments"] = field_attachments
        if field_currency is not UNSET:
            field_dict["_currency"] = field_currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.email_addressee import EmailAddressee  # noqa: PLC0415
        from ..models.email_attachment import EmailAttachment  # noqa: PLC0415

        d = dict(src_dict)
        message_id: float | None | str | Unset = d.pop("message_id", UNSET)

        user_id: int | None | str | Unset = d.pop("user_id", UNSET)

        subaccount_id: int | None | str | Unset = d.pop("subaccount_id", UNSET)

        from_email_address_id: int | None | str | Unset = d.pop("from_email_address_id", UNSET)

        from_name: float | None | str | Unset = d.pop("from_name", UNSET)

        def _parse_to(data: object) -> list[EmailAddressee] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                to_type_0 = []
                _to_type_0 = data
                for to_type_0_item_data in _to_type_0:
                    to_type_0_item = EmailAddressee.from_dict(to_type_0_item_data)

                    to_type_0.append(to_type_0_item)

                return to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EmailAddressee] | None | Unset, data)

        to = _parse_to(d.pop("to", UNSET))

        def _parse_cc(data: object) -> list[EmailAddressee] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cc_type_0 = []
                _cc_type_0 = data
                for cc_type_0_item_data in _cc_type_0:
                    cc_type_0_item = EmailAddressee.from_dict(cc_type_0_item_data)

                    cc_type_0.append(cc_type_0_item)

                return cc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EmailAddressee] | None | Unset, data)

        cc = _parse_cc(d.pop("cc", UNSET))

        def _parse_bcc(data: object) -> list[EmailAddressee] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                bcc_type_0 = []
                _bcc_type_0 = data
                for bcc_type_0_item_data in _bcc_type_0:
                    bcc_type_0_item = EmailAddressee.from_dict(bcc_type_0_item_data)

                    bcc_type_0.append(bcc_type_0_item)

                return bcc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EmailAddressee] | None | Unset, data)

        bcc = _parse_bcc(d.pop("bcc", UNSET))

        subject: float | None | str | Unset = d.pop("subject", UNSET)

        body: float | None | str | Unset = d.pop("body", UNSET)

        body_plain_text: float | None | str | Unset = d.pop("body_plain_text", UNSET)

        schedule: int | None | str | Unset = d.pop("schedule", UNSET)

        status: float | None | str | Unset = d.pop("status", UNSET)

        status_text: float | None | str | Unset = d.pop("status_text", UNSET)

        soft_bounce_count: int | None | str | Unset = d.pop("soft_bounce_count", UNSET)

        hard_bounce_count: int | None | str | Unset = d.pop("hard_bounce_count", UNSET)

        price: float | None | str | Unset = d.pop("price", UNSET)

        date_added: int | None | str | Unset = d.pop("date_added", UNSET)

        custom_string: float | None | str | Unset = d.pop("custom_string", UNSET)

        def _parse_field_attachments(data: object) -> list[EmailAttachment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                field_attachments_type_0 = []
                _field_attachments_type_0 = data
                for field_attachments_type_0_item_data in _field_attachments_type_0:
                    field_attachments_type_0_item = EmailAttachment.from_dict(field_attachments_type_0_item_data)

                    field_attachments_type_0.append(field_attachments_type_0_item)

                return field_attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EmailAttachment] | None | Unset, data)

        field_attachments = _parse_field_attachments(d.pop("_attachments", UNSET))

        def _parse_field_currency(data: object) -> Currency | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                field_currency_type_0 = Currency.from_dict(data)

                return field_currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Currency | None | Unset, data)

        field_currency = _parse_field_currency(d.pop("_currency", UNSET))

        _instance = cls(
            message_id,
            user_id,
            subaccount_id,
            from_email_address_id,
            from_name,
            to,
            cc,
            bcc,
            subject,
            body,
            body_plain_text,
            schedule,
            status,
            status_text,
            soft_bounce_count,
            hard_bounce_count,
            price,
            date_added,
            custom_string,
            field_attachments,
            field_currency,
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
