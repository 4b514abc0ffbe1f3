from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_attachment_input import EmailAttachmentInput
    from ..models.email_recipient import EmailRecipient
    from ..models.email_sender import EmailSender


T = TypeVar("T", bound="CalculateEmailPriceBody")


@_attrs_define
class CalculateEmailPriceBody:
    """
    Attributes:
        to (list[EmailRecipient]): Recipients.
        from_ (EmailSender): Who the email is from: one of the account's verified allowed addresses.
        body (str): The message, HTML or plain text.
        cc (list[EmailRecipient] | Unset): Copied recipients.
        bcc (list[EmailRecipient] | Unset): Blind-copied recipients.
        subject (str | Unset): Subject line.
        attachments (list[EmailAttachmentInput] | Unset): Files to attach.
        schedule (int | Unset): When to send, as a Unix timestamp; omit to send now.
    """

    to: list[EmailRecipient]
    from_: EmailSender
    body: str
    cc: list[EmailRecipient] | Unset = UNSET
    bcc: list[EmailRecipient] | Unset = UNSET
    subject: str | Unset = UNSET
    attachments: list[EmailAttachmentInput] | Unset = UNSET
    schedule: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to = []
        for to_item_data in self.to:
            to_item = to_item_data.to_dict()
            to.append(to_item)

        from_ = self.from_.to_dict()

        body = self.body

        cc: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cc, Unset):
            cc = []
            for cc_item_data in self.cc:
                cc_item = cc_item_data.to_dict()
                cc.append(cc_item)

        bcc: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bcc, Unset):
            bcc = []
            for bcc_item_data in self.bcc:
                bcc_item = bcc_item_data.to_dict()
                bcc.append(bcc_item)

        subject = self.subject

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        schedule = self.schedule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "to": to,
                "from": from_,
                "body": body,
            }
        )
        if cc is not UNSET:
            field_dict["cc"] = cc
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if subject is not UNSET:
            field_dict["subject"] = subject
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if schedule is not UNSET:
            field_dict["schedule"] = schedule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_attachment_input import EmailAttachmentInput  # noqa: PLC0415
        from ..models.email_recipient import EmailRecipient  # noqa: PLC0415
        from ..models.email_sender import EmailSender  # noqa: PLC0415

        d = dict(src_dict)
        to = []
        _to = d.pop("to")
        for to_item_data in _to:
            to_item = EmailRecipient.from_dict(to_item_data)

            to.append(to_item)

        from_ = EmailSender.from_dict(d.pop("from"))

        body = d.pop("body")

        _cc = d.pop("cc", UNSET)
        cc: list[EmailRecipient] | Unset = UNSET
        if _cc is not UNSET:
            cc = []
            for cc_item_data in _cc:
                cc_item = EmailRecipient.from_dict(cc_item_data)

                cc.append(cc_item)

        _bcc = d.pop("bcc", UNSET)
        bcc: list[EmailRecipient] | Unset = UNSET
        if _bcc is not UNSET:
            bcc = []
            for bcc_item_data in _bcc:
                bcc_item = EmailRecipient.from_dict(bcc_item_data)

                bcc.append(bcc_item)

        subject = d.pop("subject", UNSET)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[EmailAttachmentInput] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = EmailAttachmentInput.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        schedule = d.pop("schedule", UNSET)

        _instance = cls(
            to,
            from_,
            body,
            cc,
            bcc,
            subject,
            attachments,
            schedule,
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
