from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_reseller_settings_body_allow_public_signups import (
    UpdateResellerSettingsBodyAllowPublicSignups,
    check_update_reseller_settings_body_allow_public_signups,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateResellerSettingsBody")


@_attrs_define
class UpdateResellerSettingsBody:
    """Reseller settings to change (Apiary), and the catalogue's account fields (see the operation's reading: ClickSend
    documents those at PUT /account).

        Attributes:
            company_name (str | Unset): Company name shown on your white-label pages.
            subdomain (str | Unset): Subdomain of your white-label dashboard.
            allow_public_signups (UpdateResellerSettingsBodyAllowPublicSignups | Unset): 1 lets anyone sign up through your
                white-label page, 0 does not.
            colour_navigation (str | Unset): Colour of the dashboard's navigation, e.g. '#9999FF'.
            logo_url_light (str | Unset): URL of your logo for light backgrounds.
            logo_url_dark (str | Unset): URL of your logo for dark backgrounds.
            default_margin (float | Unset): Default margin on your client accounts' messages.
            default_margin_numbers (float | Unset): Default margin on your client accounts' dedicated numbers.
            trial_balance (float | Unset): Trial credit a new client account starts with.
            country (str | Unset): Country code to update (e.g., 'US', 'AU')
            timezone (str | Unset): Account timezone to update (e.g., 'Australia/Melbourne', 'America/New_York')
            user_email (str | Unset): Reseller email address to update
            user_phone (str | Unset): Reseller phone number to update
            account_name (str | Unset): Reseller account name to update
            auto_recharge (int | Unset): Auto recharge enabled status to update (0 or 1)
            user_last_name (str | Unset): Reseller last name to update
            user_first_name (str | Unset): Reseller first name to update
            low_credit_amount (str | Unset): Low credit threshold to update as decimal string
            default_country_sms (str | Unset): Default country for SMS to update
            setting_unicode_sms (int | Unset): Unicode SMS setting to update (0 or 1)
            auto_recharge_amount (str | Unset): Auto recharge amount to update as decimal string
            account_billing_email (str | Unset): Billing email address to update
            setting_fix_sender_id (int | Unset): Fixed sender ID setting to update (0 or 1)
            account_billing_mobile (str | Unset): Billing mobile number to update
            setting_email_sms_subject (int | Unset): Email SMS subject setting to update (0 or 1)
            setting_sms_message_char_limit (int | Unset): SMS character limit setting to update
    """

    company_name: str | Unset = UNSET
    subdomain: str | Unset = UNSET
    allow_public_signups: UpdateResellerSettingsBodyAllowPublicSignups | Unset = UNSET
    colour_navigation: str | Unset = UNSET
    logo_url_light: str | Unset = UNSET
    logo_url_dark: str | Unset = UNSET
    default_margin: float | Unset = UNSET
    default_margin_numbers: float | Unset = UNSET
    trial_balance: float | Unset = UNSET
    country: str | Unset = UNSET
    timezone: str | Unset = UNSET
    user_email: str | Unset = UNSET
    user_phone: str | Unset = UNSET
    account_name: str | Unset = UNSET
    auto_recharge: int | Unset = UNSET
    user_last_name: str | Unset = UNSET
    user_first_name: str | Unset = UNSET
    low_credit_amount: str | Unset = UNSET
    default_country_sms: str | Unset = UNSET
    setting_unicode_sms: int | Unset = UNSET
    auto_recharge_amount: str | Unset = UNSET
    account_billing_email: str | Unset = UNSET
    setting_fix_sender_id: int | Unset = UNSET
    account_billing_mobile: str | Unset = UNSET
    setting_email_sms_subject: int | Unset = UNSET
    setting_sms_message_char_limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_name = self.company_name

        subdomain = self.subdomain

        allow_public_signups: int | Unset = UNSET
        if not isinstance(self.allow_public_signups, Unset):
            allow_public_signups = self.allow_public_signups

        colour_navigation = self.colour_navigation

        logo_url_light = self.logo_url_light

        logo_url_dark = self.logo_url_dark

        default_margin = self.default_margin

        default_margin_numbers = self.default_margin_numbers

        trial_balance = self.trial_balance

        country = self.country

        timezone = self.timezone

        user_email = self.user_email

        user_phone = self.user_phone

        account_name = self.account_name

        auto_recharge = self.auto_recharge

        user_last_name = self.user_last_name

        user_first_name = self.user_first_name

        low_credit_amount = self.low_credit_amount

        default_country_sms = self.default_country_sms

        setting_unicode_sms = self.setting_unicode_sms

        auto_recharge_amount = self.auto_recharge_amount

        account_billing_email = self.account_billing_email

        setting_fix_sender_id = self.setting_fix_sender_id

        account_billing_mobile = self.account_billing_mobile

        setting_email_sms_subject = self.setting_email_sms_subject

        setting_sms_message_char_limit = self.setting_sms_message_char_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if subdomain is not UNSET:
            field_dict["subdomain"] = subdomain
        if allow_public_signups is not UNSET:
            field_dict["allow_public_signups"] = allow_public_signups
        if colour_navigation is not UNSET:
            field_dict["colour_navigation"] = colour_navigation
        if logo_url_light is not UNSET:
            field_dict["logo_url_light"] = logo_url_light
        if logo_url_dark is not UNSET:
            field_dict["logo_url_dark"] = logo_url_dark
        if default_margin is not UNSET:
            field_dict["default_margin"] = default_margin
        if default_margin_numbers is not UNSET:
            field_dict["default_margin_numbers"] = default_margin_numbers
        if trial_balance is not UNSET:
            field_dict["trial_balance"] = trial_balance
        if country is not UNSET:
            field_dict["country"] = country
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if user_phone is not UNSET:
            field_dict["user_phone"] = user_phone
        if account_name is not UNSET:
            field_dict["account_name"] = account_name
        if auto_recharge is not UNSET:
            field_dict["auto_recharge"] = auto_recharge
        if user_last_name is not UNSET:
            field_dict["user_last_name"] = user_last_name
        if user_first_name is not UNSET:
            field_dict["user_first_name"] = user_first_name
        if low_credit_amount is not UNSET:
            field_dict["low_credit_amount"] = low_credit_amount
        if default_country_sms is not UNSET:
            field_dict["default_country_sms"] = default_country_sms
        if setting_unicode_sms is not UNSET:
            field_dict["setting_unicode_sms"] = setting_unicode_sms
        if auto_recharge_amount is not UNSET:
            field_dict["auto_recharge_amount"] = auto_recharge_amount
        if account_billing_email is not UNSET:
            field_dict["account_billing_email"] = account_billing_email
        if setting_fix_sender_id is not UNSET:
            field_dict["setting_fix_sender_id"] = setting_fix_sender_id
        if account_billing_mobile is not UNSET:
            field_dict["account_billing_mobile"] = account_billing_mobile
        if setting_email_sms_subject is not UNSET:
            field_dict["setting_email_sms_subject"] = setting_email_sms_subject
        if setting_sms_message_char_limit is not UNSET:
            field_dict["setting_sms_message_char_limit"] = setting_sms_message_char_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_name = d.pop("company_name", UNSET)

        subdomain = d.pop("subdomain", UNSET)

        _allow_public_signups = d.pop("allow_public_signups", UNSET)
        allow_public_signups: UpdateResellerSettingsBodyAllowPublicSignups | Unset
        if isinstance(_allow_public_signups, Unset):
            allow_public_signups = UNSET
        else:
            allow_public_signups = check_update_reseller_settings_body_allow_public_signups(_allow_public_signups)

        colour_navigation = d.pop("colour_navigation", UNSET)

        logo_url_light = d.pop("logo_url_light", UNSET)

        logo_url_dark = d.pop("logo_url_dark", UNSET)

        default_margin = d.pop("default_margin", UNSET)

        default_margin_numbers = d.pop("default_margin_numbers", UNSET)

        trial_balance = d.pop("trial_balance", UNSET)

        country = d.pop("country", UNSET)

        timezone = d.pop("timezone", UNSET)

        user_email = d.pop("user_email", UNSET)

        user_phone = d.pop("user_phone", UNSET)

        account_name = d.pop("account_name", UNSET)

        auto_recharge = d.pop("auto_recharge", UNSET)

        user_last_name = d.pop("user_last_name", UNSET)

        user_first_name = d.pop("user_first_name", UNSET)

        low_credit_amount = d.pop("low_credit_amount", UNSET)

        default_country_sms = d.pop("default_country_sms", UNSET)

        setting_unicode_sms = d.pop("setting_unicode_sms", UNSET)

        auto_recharge_amount = d.pop("auto_recharge_amount", UNSET)

        account_billing_email = d.pop("account_billing_email", UNSET)

        setting_fix_sender_id = d.pop("setting_fix_sender_id", UNSET)

        account_billing_mobile = d.pop("account_billing_mobile", UNSET)

        setting_email_sms_subject = d.pop("setting_email_sms_subject", UNSET)

        setting_sms_message_char_limit = d.pop("setting_sms_message_char_limit", UNSET)

        _instance = cls(
            company_name,
            subdomain,
            allow_public_signups,
            colour_navigation,
            logo_url_light,
            logo_url_dark,
            default_margin,
            default_margin_numbers,
            trial_balance,
            country,
            timezone,
            user_email,
            user_phone,
            account_name,
            auto_recharge,
            user_last_name,
            user_first_name,
            low_credit_amount,
            default_country_sms,
            setting_unicode_sms,
            auto_recharge_amount,
            account_billing_email,
            setting_fix_sender_id,
            account_billing_mobile,
            setting_email_sms_subject,
            setting_sms_message_char_limit,
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
