from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.calculate_post_letter_price_body_colour import (
    CalculatePostLetterPriceBodyColour,
    check_calculate_post_letter_price_body_colour,
)
from ..models.calculate_post_letter_price_body_duplex import (
    CalculatePostLetterPriceBodyDuplex,
    check_calculate_post_letter_price_body_duplex,
)
from ..models.calculate_post_letter_price_body_priority_post import (
    CalculatePostLetterPriceBodyPriorityPost,
    check_calculate_post_letter_price_body_priority_post,
)
from ..models.calculate_post_letter_price_body_template_used import (
    CalculatePostLetterPriceBodyTemplateUsed,
    check_calculate_post_letter_price_body_template_used,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_recipient_input import PostRecipientInput


T = TypeVar("T", bound="CalculatePostLetterPriceBody")


@_attrs_define
class CalculatePostLetterPriceBody:
    """
    Attributes:
        file_url (str): URL of the PDF file to calculate price for. For docx/doc files, convert them first using the
            /uploads?convert=post endpoint. Supported formats: pdf, docx, doc, jpg, gif, png, bmp.
        recipients (list[PostRecipientInput]): Array of recipient objects. Each recipient represents a person who will
            receive a copy of the letter.
        colour (CalculatePostLetterPriceBodyColour | Unset): Whether letter is printed in colour. 0 = black and white, 1
            = colour. Default is 0.
        duplex (CalculatePostLetterPriceBodyDuplex | Unset): Whether letter is printed double-sided. 0 = single-sided, 1
            = double-sided. Default is 0.
        source (str | Unset): Source identifier for tracking purposes. Can be any string value.
        priority_post (CalculatePostLetterPriceBodyPriorityPost | Unset): Whether the letter is priority post. 0 =
            standard post, 1 = priority post. Default is 0.
        template_used (CalculatePostLetterPriceBodyTemplateUsed | Unset): Whether using a ClickSend template. 0 = not
            using template, 1 = using template. Default is 0.
    """

    file_url: str
    recipients: list[PostRecipientInput]
    colour: CalculatePostLetterPriceBodyColour | Unset = UNSET
    duplex: CalculatePostLetterPriceBodyDuplex | Unset = UNSET
    source: str | Unset = UNSET
    priority_post: CalculatePostLetterPriceBodyPriorityPost | Unset = UNSET
    template_used: CalculatePostLetterPriceBodyTemplateUsed | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_url = self.file_url

        recipients = []
        for recipients_item_data in self.recipients:
            recipients_item = recipients_item_data.to_dict()
            recipients.append(recipients_item)

        colour: int | Unset = UNSET
        if not isinstance(self.colour, Unset):
            colour = self.colour

        duplex: int | Unset = UNSET
        if not isinstance(self.duplex, Unset):
            duplex = self.duplex

        source = self.source

        priority_post: int | Unset = UNSET
        if not isinstance(self.priority_post, Unset):
            priority_post = self.priority_post

        template_used: int | Unset = UNSET
        if not isinstance(self.template_used, Unset):
            template_used = self.template_used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_url": file_url,
                "recipients": recipients,
            }
        )
        if colour is not UNSET:
            field_dict["colour"] = colour
        if duplex is not UNSET:
            field_dict["duplex"] = duplex
        if source is not UNSET:
            field_dict["source"] = source
        if priority_post is not UNSET:
            field_dict["priority_post"] = priority_post
        if template_used is not UNSET:
            field_dict["template_used"] = template_used

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_recipient_input import PostRecipientInput  # noqa: PLC0415

        d = dict(src_dict)
        file_url = d.pop("file_url")

        recipients = []
        _recipients = d.pop("recipients")
        for recipients_item_data in _recipients:
            recipients_item = PostRecipientInput.from_dict(recipients_item_data)

            recipients.append(recipients_item)

        _colour = d.pop("colour", UNSET)
        colour: CalculatePostLetterPriceBodyColour | Unset
        if isinstance(_colour, Unset):
            colour = UNSET
        else:
            colour = check_calculate_post_letter_price_body_colour(_colour)

        _duplex = d.pop("duplex", UNSET)
        duplex: CalculatePostLetterPriceBodyDuplex | Unset
        if isinstance(_duplex, Unset):
            duplex = UNSET
        else:
            duplex = check_calculate_post_letter_price_body_duplex(_duplex)

        source = d.pop("source", UNSET)

        _priority_post = d.pop("priority_post", UNSET)
        priority_post: CalculatePostLetterPriceBodyPriorityPost | Unset
        if isinstance(_priority_post, Unset):
            priority_post = UNSET
        else:
            priority_post = check_calculate_post_letter_price_body_priority_post(_priority_post)

        _template_used = d.pop("template_used", UNSET)
        template_used: CalculatePostLetterPriceBodyTemplateUsed | Unset
        if isinstance(_template_used, Unset):
            template_used = UNSET
        else:
            template_used = check_calculate_post_letter_price_body_template_used(_template_used)

        _instance = cls(
            file_url,
            recipients,
            colour,
            duplex,
            source,
            priority_post,
            template_used,
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
