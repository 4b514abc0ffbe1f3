from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency
    from ..models.subaccount import Subaccount


T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """The authenticated user's account: balance, contact details and settings.

    Attributes:
        user_id (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        username (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        user_email (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        active (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a boolean or a string.
        banned (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a boolean or a string.
        balance (float | None | str | Unset): A decimal amount (price, balance). ClickSend usually sends it as a string
            such as "0.0770".
        user_phone (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        reply_to (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        delivery_to (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        user_first_name (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        user_last_name (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        account (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric string, or an empty
            string when unset.
        account_name (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers,
            ids) as numbers.
        account_billing_email (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone
            numbers, ids) as numbers.
        account_billing_mobile (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone
            numbers, ids) as numbers.
        country (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids) as
            numbers.
        default_country_sms (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone
            numbers, ids) as numbers.
        auto_recharge (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a boolean or a
            string.
        auto_recharge_amount (float | None | str | Unset): A decimal amount (price, balance). ClickSend usually sends it
            as a string such as "0.0770".
        low_credit_amount (float | None | str | Unset): A decimal amount (price, balance). ClickSend usually sends it as
            a string such as "0.0770".
        setting_unicode_sms (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a boolean
            or a string.
        setting_email_sms_subject (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a
            boolean or a string.
        setting_fix_sender_id (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a boolean
            or a string.
        setting_sms_message_char_limit (int | None | str | Unset): An integer. ClickSend sometimes sends it as a numeric
            string, or an empty string when unset.
        old_dashboard (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a boolean or a
            string.
        balance_commission (float | None | str | Unset): A decimal amount (price, balance). ClickSend usually sends it
            as a string such as "0.0770".
        timezone (float | None | str | Unset): Text. ClickSend sometimes sends digits-only values (phone numbers, ids)
            as numbers.
        private_uploads (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a boolean or a
            string.
        fax_quality (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a boolean or a
            string.
        setting_sms_hide_your_number (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer, a
            boolean or a string.
        setting_sms_hide_business_name (bool | int | None | str | Unset): A 0/1 flag. ClickSend sends it as an integer,
            a boolean or a string.
        field_currency (Currency | None | Unset):
        field_subaccount (None | Subaccount | Unset):
    """

    user_id: int | None | str | Unset = UNSET
    username: float | None | str | Unset = UNSET
    user_email: float | None | str | Unset = UNSET
    active: bool | int | None | str | Unset = UNSET
    banned: bool | int | None | str | Unset = UNSET
    balance: float | None | str | Unset = UNSET
    user_phone: float | None | str | Unset = UNSET
    reply_to: float | None | str | Unset = UNSET
    delivery_to: float | None | str | Unset = UNSET
    user_first_name: float | None | str | Unset = UNSET
    user_last_name: float | None | str | Unset = UNSET
    account: int | None | str | Unset = UNSET
    account_name: float | None | str | Unset = UNSET
    account_billing_email: float | None | str | Unset = UNSET
    account_billing_mobile: float | None | str | Unset = UNSET
    country: float | None | str | Unset = UNSET
    default_country_sms: float | None | str | Unset = UNSET
    auto_recharge: bool | int | None | str | Unset = UNSET
    auto_recharge_amount: float | None | str | Unset = UNSET
    low_credit_amount: float | None | str | Unset = UNSET
    setting_unicode_sms: bool | int | None | str | Unset = UNSET
    setting_email_sms_subject: bool | int | None | str | Unset = UNSET
    setting_fix_sender_id: bool | int | None | str | Unset = UNSET
    setting_sms_message_char_limit: int | None | str | Unset = UNSET
    old_dashboard: bool | int | None | str | Unset = UNSET
    balance_commission: float | None | str | Unset = UNSET
    timezone: float | None | str | Unset = UNSET
    private_uploads: bool | int | None | str | Unset = UNSET
    fax_quality: bool | int | None | str | Unset = UNSET
    setting_sms_hide_your_number: bool | int | None | str | Unset = UNSET
    setting_sms_hide_business_name: bool | int | None | str | Unset = UNSET
    field_currency: Currency | None | Unset = UNSET
    field_subaccount: None | Subaccount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.subaccount import Subaccount  # noqa: PLC0415

        user_id: int | None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        username: float | None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        user_email: float | None | str | Unset
        if isinstance(self.user_email, Unset):
            user_email = UNSET
        else:
            user_email = self.user_email

        active: bool | int | None | str | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        banned: bool | int | None | str | Unset
        if isinstance(self.banned, Unset):
            banned = UNSET
        else:
            banned = self.banned

        balance: float | None | str | Unset
        if isinstance(self.balance, Unset):
            balance = UNSET
        else:
            balance = self.balance

        user_phone: float | None | str | Unset
        if isinstance(self.user_phone, Unset):
            user_phone = UNSET
        else:
            user_phone = self.user_phone

        reply_to: float | None | str | Unset
        if isinstance(self.reply_to, Unset):
            reply_to = UNSET
        else:
            reply_to = self.reply_to

        delivery_to: float | None | str | Unset
        if isinstance(self.delivery_to, Unset):
            delivery_to = UNSET
        else:
            delivery_to = self.delivery_to

        user_first_name: float | None | str | Unset
        if isinstance(self.user_first_name, Unset):
            user_first_name = UNSET
        else:
            user_first_name = self.user_first_name

        user_last_name: float | None | str | Unset
        if isinstance(self.user_last_name, Unset):
            user_last_name = UNSET
        else:
            user_last_name = self.user_last_name

        account: int | None | str | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

        account_name: float | None | str | Unset
        if isinstance(self.account_name, Unset):
            account_name = UNSET
        else:
            account_name = self.account_name

        account_billing_email: float | None | str | Unset
        if isinstance(self.account_billing_email, Unset):
            account_billing_email = UNSET
        else:
            account_billing_email = self.account_billing_email

        account_billing_mobile: float | None | str | Unset
        if isinstance(self.account_billing_mobile, Unset):
            account_billing_mobile = UNSET
        else:
            account_billing_mobile = self.account_billing_mobile

        country: float | None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        default_country_sms: float | None | str | Unset
        if isinstance(self.default_country_sms, Unset):
            default_country_sms = UNSET
        else:
            default_country_sms = self.default_country_sms

        auto_recharge: bool | int | None | str | Unset
        if isinstance(self.auto_recharge, Unset):
            auto_recharge = UNSET
        else:
            auto_recharge = self.auto_recharge

        auto_recharge_amount: float | None | str | Unset
        if isinstance(self.auto_recharge_amount, Unset):
            auto_recharge_amount = UNSET
        else:
            auto_recharge_amount = self.auto_recharge_amount

        low_credit_amount: float | None | str | Unset
        if isinstance(self.low_credit_amount, Unset):
            low_credit_amount = UNSET
        else:
            low_credit_amount = self.low_credit_amount

        setting_unicode_sms: bool | int | None | str | Unset
        if isinstance(self.setting_unicode_sms, Unset):
            setting_unicode_sms = UNSET
        else:
            setting_unicode_sms = self.setting_unicode_sms

        setting_email_sms_subject: bool | int | None | str | Unset
        if isinstance(self.setting_email_sms_subject, Unset):
            setting_email_sms_subject = UNSET
        else:
            setting_email_sms_subject = self.setting_email_sms_subject

        setting_fix_sender_id: bool | int | None | str | Unset
        if isinstance(self.setting_fix_sender_id, Unset):
            setting_fix_sender_id = UNSET
        else:
            setting_fix_sender_id = self.setting_fix_sender_id

        setting_sms_message_char_limit: int | None | str | Unset
        if isinstance(self.setting_sms_message_char_limit, Unset):
            setting_sms_message_char_limit = UNSET
        else:
            setting_sms_message_char_limit = self.setting_sms_message_char_limit

        old_dashboard: bool | int | None | str | Unset
        if isinstance(self.old_dashboard, Unset):
            old_dashboard = UNSET
        else:
            old_dashboard = self.old_dashboard

        balance_commission: float | None | str | Unset
        if isinstance(self.balance_commission, Unset):
            balance_commission = UNSET
        else:
            balance_commission = self.balance_commission

        timezone: float | None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        private_uploads: bool | int | None | str | Unset
        if isinstance(self.private_uploads, Unset):
            private_uploads = UNSET
        else:
            private_uploads = self.private_uploads

        fax_quality: bool | int | None | str | Unset
        if isinstance(self.fax_quality, Unset):
            fax_quality = UNSET
        else:
            fax_quality = self.fax_quality

        setting_sms_hide_your_number: bool | int | None | str | Unset
        if isinstance(self.setting_sms_hide_your_number, Unset):
            setting_sms_hide_your_number = UNSET
        else:
            setting_sms_hide_your_number = self.setting_sms_hide_your_number

        setting_sms_hide_business_name: bool | int | None | str | Unset
        if isinstance(self.setting_sms_hide_business_name, Unset):
            setting_sms_hide_business_name = UNSET
        else:
            setting_sms_hide_business_name = self.setting_sms_hide_business_name

        field_currency: dict[str, Any] | None | Unset
        if isinstance(self.field_currency, Unset):
            field_currency = UNSET
        elif isinstance(self.field_currency, Currency):
            field_currency = self.field_currency.to_dict()
        else:
            field_currency = self.field_currency

        field_subaccount: dict[str, Any] | None | Unset
        if isinstance(self.field_subaccount, Unset):
            field_subaccount = UNSET
        elif isinstance(self.field_subaccount, Subaccount):
            field_subaccount = self.field_subaccount.to_dict()
        else:
            field_subaccount = self.field_subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if username is not UNSET:
            field_dict["username"] = username
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if active is not UNSET:
            field_dict["active"] = active
        if banned is not UNSET:
            field_dict["banned"] = banned
        if balance is not UNSET:
            field_dict["balance"] = balance
        if user_phone is not UNSET:
            field_dict["user_phone"] = user_phone
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if delivery_to is not UNSET:
            field_dict["delivery_to"] = delivery_to
        if user_first_name is not UNSET:
            field_dict["user_first_name"] = user_first_name
        if user_last_name is not UNSET:
            field_dict["user_last_name"] = user_last_name
        if account is not UNSET:
            field_dict["account"] = account
        if account_name is not UNSET:
            field_dict["account_name"] = account_name
        if account_billing_email is not UNSET:
            field_dict["account_billing_email"] = account_billing_email
        if account_billing_mobile is not UNSET:
            field_dict["account_billing_mobile"] = account_billing_mobile
        if country is not UNSET:
            field_dict["country"] = country
        if default_country_sms is not UNSET:
            field_dict["default_country_sms"] = default_country_sms
        if auto_recharge is not UNSET:
            field_dict["auto_recharge"] = auto_recharge
        if auto_recharge_amount is not UNSET:
            field_dict["auto_recharge_amount"] = auto_recharge_amount
        if low_credit_amount is not UNSET:
            field_dict["low_credit_amount"] = low_credit_amount
        if setting_unicode_sms is not UNSET:
            field_dict["setting_unicode_sms"] = setting_unicode_sms
        if setting_email_sms_subject is not UNSET:
            field_dict["setting_email_sms_subject"] = setting_email_sms_subject
        if setting_fix_sender_id is not UNSET:
            field_dict["setting_fix_sender_id"] = setting_fix_sender_id
        if setting_sms_message_char_limit is not UNSET:
            field_dict["setting_sms_message_char_limit"] = setting_sms_message_char_limit
        if old_dashboard is not UNSET:
            field_dict["old_dashboard"] = old_dashboard
        if balance_commission is not UNSET:
            field_dict["balance_commission"] = balance_commission
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if private_uploads is not UNSET:
            field_dict["private_uploads"] = private_uploads
        if fax_quality is not UNSET:
            field_dict["fax_quality"] = fax_quality
        if setting_sms_hide_your_number is not UNSET:
            field_dict["setting_sms_hide_your_number"] = setting_sms_hide_your_number
        if setting_sms_hide_business_name is not UNSET:
            field_dict["setting_sms_hide_business_name"] = setting_sms_hide_business_name
        if field_currency is not UNSET:
            field_dict["_currency"] = field_currency
        if field_subaccount is not UNSET:
            field_dict["_subaccount"] = field_subaccount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.subaccount import Subaccount  # noqa: PLC0415

        d = dict(src_dict)
        user_id: int | None | str | Unset = d.pop("user_id", UNSET)

        username: float | None | str | Unset = d.pop("username", UNSET)

        user_email: float | None | str | Unset = d.pop("user_email", UNSET)

        active: bool | int | None | str | Unset = d.pop("active", UNSET)

        banned: bool | int | None | str | Unset = d.pop("banned", UNSET)

        balance: float | None | str | Unset = d.pop("balance", UNSET)

        user_phone: float | None | str | Unset = d.pop("user_phone", UNSET)

        reply_to: float | None | str | Unset = d.pop("reply_to", UNSET)

        delivery_to: float | None | str | Unset = d.pop("delivery_to", UNSET)

        user_first_name: float | None | str | Unset = d.pop("user_first_name", UNSET)

        user_last_name: float | None | str | Unset = d.pop("user_last_name", UNSET)

        account: int | None | str | Unset = d.pop("account", UNSET)

        account_name: float | None | str | Unset = d.pop("account_name", UNSET)

        account_billing_email: float | None | str | Unset = d.pop("account_billing_email", UNSET)

        account_billing_mobile: float | None | str | Unset = d.pop("account_billing_mobile", UNSET)

        country: float | None | str | Unset = d.pop("country", UNSET)

        default_country_sms: float | None | str | Unset = d.pop("default_country_sms", UNSET)

        auto_recharge: bool | int | None | str | Unset = d.pop("auto_recharge", UNSET)

        auto_recharge_amount: float | None | str | Unset = d.pop("auto_recharge_amount", UNSET)

        low_credit_amount: float | None | str | Unset = d.pop("low_credit_amount", UNSET)

        setting_unicode_sms: bool | int | None | str | Unset = d.pop("setting_unicode_sms", UNSET)

        setting_email_sms_subject: bool | int | None | str | Unset = d.pop("setting_email_sms_subject", UNSET)

        setting_fix_sender_id: bool | int | None | str | Unset = d.pop("setting_fix_sender_id", UNSET)

        setting_sms_message_char_limit: int | None | str | Unset = d.pop("setting_sms_message_char_limit", UNSET)

        old_dashboard: bool | int | None | str | Unset = d.pop("old_dashboard", UNSET)

        balance_commission: float | None | str | Unset = d.pop("balance_commission", UNSET)

        timezone: float | None | str | Unset = d.pop("timezone", UNSET)

        private_uploads: bool | int | None | str | Unset = d.pop("private_uploads", UNSET)

        fax_quality: bool | int | None | str | Unset = d.pop("fax_quality", UNSET)

        setting_sms_hide_your_number: bool | int | None | str | Unset = d.pop("setting_sms_hide_your_number", UNSET)

        setting_sms_hide_business_name: bool | int | None | str | Unset = d.pop("setting_sms_hide_business_name", UNSET)

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

        def _parse_field_subaccount(data: object) -> None | Subaccount | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                field_subaccount_type_0 = Subaccount.from_dict(data)

                return field_subaccount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Subaccount | Unset, data)

        field_subaccount = _parse_field_subaccount(d.pop("_subaccount", UNSET))

        _instance = cls(
            user_id,
            username,
            user_email,
            active,
            banned,
            balance,
            user_phone,
            reply_to,
            delivery_to,
            user_first_name,
            user_last_name,
            account,
            account_name,
            account_billing_email,
            account_billing_mobile,
            country,
            default_country_sms,
            auto_recharge,
            auto_recharge_amount,
            low_credit_amount,
            setting_unicode_sms,
            setting_email_sms_subject,
            setting_fix_sender_id,
            setting_sms_message_char_limit,
            old_dashboard,
            balance_commission,
            timezone,
            private_uploads,
            fax_quality,
            setting_sms_hide_your_number,
            setting_sms_hide_business_name,
            field_currency,
            field_subaccount,
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
