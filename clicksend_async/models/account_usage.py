from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.usage_row import UsageRow
    from ..models.usage_total import UsageTotal


T = TypeVar("T", bound="AccountUsage")


@_attrs_define
class AccountUsage:
    """Usage per subaccount for one month, by channel, with totals.

    Attributes:
        sms (list[UsageRow] | None | Unset):
        mms (list[UsageRow] | None | Unset):
        voice (list[UsageRow] | None | Unset):
        fax (list[UsageRow] | None | Unset):
        post (list[UsageRow] | None | Unset):
        email (list[UsageRow] | None | Unset):
        sms_total (None | Unset | UsageTotal):
        mms_total (None | Unset | UsageTotal):
        voice_total (None | Unset | UsageTotal):
        fax_total (None | Unset | UsageTotal):
        post_total (None | Unset | UsageTotal):
        email_total (None | Unset | UsageTotal):
    """

    sms: list[UsageRow] | None | Unset = UNSET
    mms: list[UsageRow] | None | Unset = UNSET
    voice: list[UsageRow] | None | Unset = UNSET
    fax: list[UsageRow] | None | Unset = UNSET
    post: list[UsageRow] | None | Unset = UNSET
    email: list[UsageRow] | None | Unset = UNSET
    sms_total: None | Unset | UsageTotal = UNSET
    mms_total: None | Unset | UsageTotal = UNSET
    voice_total: None | Unset | UsageTotal = UNSET
    fax_total: None | Unset | UsageTotal = UNSET
    post_total: None | Unset | UsageTotal = UNSET
    email_total: None | Unset | UsageTotal = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.usage_total import UsageTotal  # noqa: PLC0415

        sms: list[dict[str, Any]] | None | Unset
        if isinstance(self.sms, Unset):
            sms = UNSET
        elif isinstance(self.sms, list):
            sms = []
            for sms_type_0_item_data in self.sms:
                sms_type_0_item = sms_type_0_item_data.to_dict()
                sms.append(sms_type_0_item)

        else:
            sms = self.sms

        mms: list[dict[str, Any]] | None | Unset
        if isinstance(self.mms, Unset):
            mms = UNSET
        elif isinstance(self.mms, list):
            mms = []
            for mms_type_0_item_data in self.mms:
                mms_type_0_item = mms_type_0_item_data.to_dict()
                mms.append(mms_type_0_item)

        else:
            mms = self.mms

        voice: list[dict[str, Any]] | None | Unset
        if isinstance(self.voice, Unset):
            voice = UNSET
        elif isinstance(self.voice, list):
            voice = []
            for voice_type_0_item_data in self.voice:
                voice_type_0_item = voice_type_0_item_data.to_dict()
                voice.append(voice_type_0_item)

        else:
            voice = self.voice

        fax: list[dict[str, Any]] | None | Unset
        if isinstance(self.fax, Unset):
            fax = UNSET
        elif isinstance(self.fax, list):
            fax = []
            for fax_type_0_item_data in self.fax:
                fax_type_0_item = fax_type_0_item_data.to_dict()
                fax.append(fax_type_0_item)

        else:
            fax = self.fax

        post: list[dict[str, Any]] | None | Unset
        if isinstance(self.post, Unset):
            post = UNSET
        elif isinstance(self.post, list):
            post = []
            for post_type_0_item_data in self.post:
                post_type_0_item = post_type_0_item_data.to_dict()
                post.append(post_type_0_item)

        else:
            post = self.post

        email: list[dict[str, Any]] | None | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        elif isinstance(self.email, list):
            email = []
            for email_type_0_item_data in self.email:
                email_type_0_item = email_type_0_item_data.to_dict()
                email.append(email_type_0_item)

        else:
            email = self.email

        sms_total: dict[str, Any] | None | Unset
        if isinstance(self.sms_total, Unset):
            sms_total = UNSET
        elif isinstance(self.sms_total, UsageTotal):
            sms_total = self.sms_total.to_dict()
        else:
            sms_total = self.sms_total

        mms_total: dict[str, Any] | None | Unset
        if isinstance(self.mms_total, Unset):
            mms_total = UNSET
        elif isinstance(self.mms_total, UsageTotal):
            mms_total = self.mms_total.to_dict()
        else:
            mms_total = self.mms_total

        voice_total: dict[str, Any] | None | Unset
        if isinstance(self.voice_total, Unset):
            voice_total = UNSET
        elif isinstance(self.voice_total, UsageTotal):
            voice_total = self.voice_total.to_dict()
        else:
            voice_total = self.voice_total

        fax_total: dict[str, Any] | None | Unset
        if isinstance(self.fax_total, Unset):
            fax_total = UNSET
        elif isinstance(self.fax_total, UsageTotal):
            fax_total = self.fax_total.to_dict()
        else:
            fax_total = self.fax_total

        post_total: dict[str, Any] | None | Unset
        if isinstance(self.post_total, Unset):
            post_total = UNSET
        elif isinstance(self.post_total, UsageTotal):
            post_total = self.post_total.to_dict()
        else:
            post_total = self.post_total

        email_total: dict[str, Any] | None | Unset
        if isinstance(self.email_total, Unset):
            email_total = UNSET
        elif isinstance(self.email_total, UsageTotal):
            email_total = self.email_total.to_dict()
        else:
            email_total = self.email_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sms is not UNSET:
            field_dict["sms"] = sms
        if mms is not UNSET:
            field_dict["mms"] = mms
        if voice is not UNSET:
            field_dict["voice"] = voice
        if fax is not UNSET:
            field_dict["fax"] = fax
        if post is not UNSET:
            field_dict["post"] = post
        if email is not UNSET:
            field_dict["email"] = email
        if sms_total is not UNSET:
            field_dict["sms_total"] = sms_total
        if mms_total is not UNSET:
            field_dict["mms_total"] = mms_total
        if voice_total is not UNSET:
            field_dict["voice_total"] = voice_total
        if fax_total is not UNSET:
            field_dict["fax_total"] = fax_total
        if post_total is not UNSET:
            field_dict["post_total"] = post_total
        if email_total is not UNSET:
            field_dict["email_total"] = email_total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.usage_row import UsageRow  # noqa: PLC0415
        from ..models.usage_total import UsageTotal  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_sms(data: object) -> list[UsageRow] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sms_type_0 = []
                _sms_type_0 = data
                for sms_type_0_item_data in _sms_type_0:
                    sms_type_0_item = UsageRow.from_dict(sms_type_0_item_data)

                    sms_type_0.append(sms_type_0_item)

                return sms_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UsageRow] | None | Unset, data)

        sms = _parse_sms(d.pop("sms", UNSET))

        def _parse_mms(data: object) -> list[UsageRow] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                mms_type_0 = []
                _mms_type_0 = data
                for mms_type_0_item_data in _mms_type_0:
                    mms_type_0_item = UsageRow.from_dict(mms_type_0_item_data)

                    mms_type_0.append(mms_type_0_item)

                return mms_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UsageRow] | None | Unset, data)

        mms = _parse_mms(d.pop("mms", UNSET))

        def _parse_voice(data: object) -> list[UsageRow] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                voice_type_0 = []
                _voice_type_0 = data
                for voice_type_0_item_data in _voice_type_0:
                    voice_type_0_item = UsageRow.from_dict(voice_type_0_item_data)

                    voice_type_0.append(voice_type_0_item)

                return voice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UsageRow] | None | Unset, data)

        voice = _parse_voice(d.pop("voice", UNSET))

        def _parse_fax(data: object) -> list[UsageRow] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                fax_type_0 = []
                _fax_type_0 = data
                for fax_type_0_item_data in _fax_type_0:
                    fax_type_0_item = UsageRow.from_dict(fax_type_0_item_data)

                    fax_type_0.append(fax_type_0_item)

                return fax_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UsageRow] | None | Unset, data)

        fax = _parse_fax(d.pop("fax", UNSET))

        def _parse_post(data: object) -> list[UsageRow] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                post_type_0 = []
                _post_type_0 = data
                for post_type_0_item_data in _post_type_0:
                    post_type_0_item = UsageRow.from_dict(post_type_0_item_data)

                    post_type_0.append(post_type_0_item)

                return post_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UsageRow] | None | Unset, data)

        post = _parse_post(d.pop("post", UNSET))

        def _parse_email(data: object) -> list[UsageRow] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                email_type_0 = []
                _email_type_0 = data
                for email_type_0_item_data in _email_type_0:
                    email_type_0_item = UsageRow.from_dict(email_type_0_item_data)

                    email_type_0.append(email_type_0_item)

                return email_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UsageRow] | None | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_sms_total(data: object) -> None | Unset | UsageTotal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sms_total_type_0 = UsageTotal.from_dict(data)

                return sms_total_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UsageTotal, data)

        sms_total = _parse_sms_total(d.pop("sms_total", UNSET))

        def _parse_mms_total(data: object) -> None | Unset | UsageTotal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mms_total_type_0 = UsageTotal.from_dict(data)

                return mms_total_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UsageTotal, data)

        mms_total = _parse_mms_total(d.pop("mms_total", UNSET))

        def _parse_voice_total(data: object) -> None | Unset | UsageTotal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                voice_total_type_0 = UsageTotal.from_dict(data)

                return voice_total_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UsageTotal, data)

        voice_total = _parse_voice_total(d.pop("voice_total", UNSET))

        def _parse_fax_total(data: object) -> None | Unset | UsageTotal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fax_total_type_0 = UsageTotal.from_dict(data)

                return fax_total_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UsageTotal, data)

        fax_total = _parse_fax_total(d.pop("fax_total", UNSET))

        def _parse_post_total(data: object) -> None | Unset | UsageTotal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                post_total_type_0 = UsageTotal.from_dict(data)

                return post_total_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UsageTotal, data)

        post_total = _parse_post_total(d.pop("post_total", UNSET))

        def _parse_email_total(data: object) -> None | Unset | UsageTotal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                email_total_type_0 = UsageTotal.from_dict(data)

                return email_total_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UsageTotal, data)

        email_total = _parse_email_total(d.pop("email_total", UNSET))

        _instance = cls(
            sms,
            mms,
            voice,
            fax,
            post,
            email,
            sms_total,
            mms_total,
            voice_total,
            fax_total,
            post_total,
            email_total,
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
