from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_message_input_machine_detection import (
    VoiceMessageInputMachineDetection,
    check_voice_message_input_machine_detection,
)
from ..models.voice_message_input_require_input import (
    VoiceMessageInputRequireInput,
    check_voice_message_input_require_input,
)
from ..models.voice_message_input_voice import VoiceMessageInputVoice, check_voice_message_input_voice
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceMessageInput")


@_attrs_define
class VoiceMessageInput:
    """One voice call to make or price, to `to` or to every contact of `list_id`: the text is read out to the recipient.

    Attributes:
        body (str): The text to read out.
        voice (VoiceMessageInputVoice): The voice that reads the text.
        to (str | Unset): Recipient number in E.164 format (e.g. +61411111111); give this or `list_id`.
        lang (str | Unset): Language and accent of the voice, a code of GET /voice/lang (e.g. en-au).
        source (str | Unset): Where the call comes from, e.g. the name of your application.
        schedule (int | Unset): When to call, as a Unix timestamp; omit to call now.
        custom_string (str | Unset): Your own reference, returned in receipts and history.
        list_id (int | Unset): Call every contact of this list instead of `to`.
        country (str | Unset): ISO 3166 country of a recipient given in national format.
        require_input (VoiceMessageInputRequireInput | Unset): 1 to ask the recipient to press keys; they come back as
            `digits`.
        machine_detection (VoiceMessageInputMachineDetection | Unset): 1 to hang up when an answering machine picks up.
    """

    body: str
    voice: VoiceMessageInputVoice
    to: str | Unset = UNSET
    lang: str | Unset = UNSET
    source: str | Unset = UNSET
    schedule: int | Unset = UNSET
    custom_string: str | Unset = UNSET
    list_id: int | Unset = UNSET
    country: str | Unset = UNSET
    require_input: VoiceMessageInputRequireInput | Unset = UNSET
    machine_detection: VoiceMessageInputMachineDetection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        voice: str = self.voice

        to = self.to

        lang = self.lang

        source = self.source

        schedule = self.schedule

        custom_string = self.custom_string

        list_id = self.list_id

        country = self.country

        require_input: int | Unset = UNSET
        if not isinstance(self.require_input, Unset):
            require_input = self.require_input

        machine_detection: int | Unset = UNSET
        if not isinstance(self.machine_detection, Unset):
            machine_detection = self.machine_detection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
                "voice": voice,
            }
        )
        if to is not UNSET:
            field_dict["to"] = to
        if lang is not UNSET:
            field_dict["lang"] = lang
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
        if require_input is not UNSET:
            field_dict["require_input"] = require_input
        if machine_detection is not UNSET:
            field_dict["machine_detection"] = machine_detection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body")

        voice = check_voice_message_input_voice(d.pop("voice"))

        to = d.pop("to", UNSET)

        lang = d.pop("lang", UNSET)

        source = d.pop("source", UNSET)

        schedule = d.pop("schedule", UNSET)

        custom_string = d.pop("custom_string", UNSET)

        list_id = d.pop("list_id", UNSET)

        country = d.pop("country", UNSET)

        _require_input = d.pop("require_input", UNSET)
        require_input: VoiceMessageInputRequireInput | Unset
        if isinstance(_require_input, Unset):
            require_input = UNSET
        else:
            require_input = check_voice_message_input_require_input(_require_input)

        _machine_detection = d.pop("machine_detection", UNSET)
        machine_detection: VoiceMessageInputMachineDetection | Unset
        if isinstance(_machine_detection, Unset):
            machine_detection = UNSET
        else:
            machine_detection = check_voice_message_input_machine_detection(_machine_detection)

        _instance = cls(
            body,
            voice,
            to,
            lang,
            source,
            schedule,
            custom_string,
            list_id,
            country,
            require_input,
            machine_detection,
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
